"""The framing part of the HTML report: legend, profile cards, naming table, escaped highlights."""
from framing.builders import article, extraction, mention

from newsprism.framing import frame_articles
from newsprism.records import Analysis
from newsprism.report.html import render_report
from newsprism.report.sections import framing as section

HOSTILE = '<script>alert(1)</script>'


def _analysis():
    a = article("r1", "Alpha", "ISIS fighters attacked the town. Washington sent aid.")
    b = article("r2", HOSTILE, "Daesh terrorists attacked the town. The US regime sent this disgraceful aid!")
    exts = [extraction(a, [mention(a, "ISIS")]), extraction(b, [mention(b, "Daesh", "ORG", ("terrorists",))])]
    fr = frame_articles([a, b], exts)
    return Analysis(articles=(a, b), extractions=tuple(exts), framing=fr.findings, stances=fr.stances,
                    naming=fr.naming, outlets=fr.outlets)


def test_section_has_legend_cards_and_naming_table():
    html = section.render(_analysis())
    assert html.startswith('<section id="framing">')
    assert "loaded or emotive wording" in html and "opinion sentence" in html  # the legend
    assert html.count('class="profile"') == 2
    assert '<table class="naming">' in html and "Daesh" in html and "ISIS" in html and "terrorists" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_findings_are_highlighted_with_their_reason():
    analysis = _analysis()
    marks = section.highlight_spans(analysis.articles[1], analysis)
    text = analysis.articles[1].text
    kinds = {m[2].split()[0] for m in marks}
    assert "fr-loaded" in kinds and "st-opinion" in kinds
    for start, end, css, title in marks:
        assert 0 <= start < end <= len(text) and title
    page = render_report(analysis)
    assert 'class="fr-loaded' in page and "<script>alert" not in page
    assert 'href="#framing"' in page


def test_no_framing_no_section():
    assert section.render(Analysis()) == ""


def test_loaded_findings_on_weak_evidence_are_shown_faint_and_say_so():
    from newsprism.records import FramingFinding, Span
    from newsprism.server.views import marks_for

    a = article("w1", "Port levy", "The council passed a sweeping levy and a disgraceful rule.")
    def at(word: str) -> Span:
        return Span("w1", a.text.index(word), a.text.index(word) + len(word))

    weak_one = FramingFinding(at("sweeping"), "loaded", "Loaded_Language", ("sweeping",), 0.22)
    strong_one = FramingFinding(at("disgraceful"), "loaded", "Loaded_Language", ("disgraceful",), 0.71)
    analysis = Analysis(articles=(a,), framing=(weak_one, strong_one))
    marks = {a.text[s:e]: (css, title) for s, e, css, title in section.highlight_spans(a, analysis)}
    assert "fr-weak" in marks["sweeping"][0].split() and marks["sweeping"][1].startswith("weak evidence")
    assert "fr-weak" not in marks["disgraceful"][0].split()
    web = {a.text[s:e]: css for s, e, css, _ in marks_for(a, analysis)}
    assert "hl-frame-weak" in web["sweeping"].split() and "hl-frame-weak" not in web["disgraceful"].split()
    assert "weak evidence" in section.render(analysis)  # the legend explains the dotted marks
