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


def _two_story_analysis():
    """Two stories, three outlets; Alpha (hostile name) tells both, in different words."""
    from newsprism.records import Story

    evil = "Alpha" + HOSTILE
    a = article("t1", evil, "ISIS fighters attacked Lenholm at dawn.")
    b = article("t2", "Beta", "Daesh fighters attacked Lenholm at dawn.")
    c = article("t3", evil, "Daesh claimed the Vantrell bombing.")
    d = article("t4", "Gamma", "ISIL claimed the Vantrell bombing.")
    e = article("t5", "Delta", "The Brennick ferry ran late.")
    exts = [extraction(x, [mention(x, n)]) for x, n in ((a, "ISIS"), (b, "Daesh"), (c, "Daesh"), (d, "ISIL"))]
    exts.append(extraction(e, [mention(e, "Brennick", "GPE")]))
    stories = (Story("st_lenholm", "Lenholm attack", ("t1", "t2")),
               Story("st_vantrell", "Vantrell bombing " + HOSTILE, ("t3", "t4")),
               Story("st_ferry", "Brennick ferry", ("t5",)))
    fr = frame_articles([a, b, c, d, e], exts)
    return Analysis(articles=(a, b, c, d, e), extractions=tuple(exts), stories=stories, framing=fr.findings,
                    stances=fr.stances, naming=fr.naming, outlets=fr.outlets)


def _table_in(html: str, story_id: str) -> str:
    start = html.index(f'<div class="st-naming" id="naming-{story_id}">')
    return html[start:html.index("</table>", start)]


def test_a_run_of_two_stories_has_one_naming_table_per_story_with_its_own_outlets():
    html = render_report(_two_story_analysis())
    # one table in each story told by two outlets (the one-outlet story has none), then the run-wide one
    assert html.count('<table class="naming">') == 3
    lenholm, vantrell = _table_in(html, "st_lenholm"), _table_in(html, "st_vantrell")
    assert "Beta" in lenholm and "Gamma" not in lenholm and "ISIS" in lenholm and "ISIL" not in lenholm
    assert "Gamma" in vantrell and "Beta" not in vantrell and "ISIL" in vantrell and "ISIS" not in vantrell
    assert "Delta" not in lenholm + vantrell
    # each table sits inside its story, and the framing section points to them
    assert html.index('id="story-st_lenholm"') < html.index('id="naming-st_lenholm"') < html.index(
        'id="story-st_vantrell"')
    framing = html[html.index('<section id="framing">'):]
    assert 'href="#naming-st_lenholm"' in framing and 'href="#naming-st_ferry"' not in framing
    assert "<script>" not in html and "Alpha&lt;script&gt;" in lenholm
    # across stories, the run-wide table puts each outlet's words side by side, under its own heading
    across = framing[framing.index("Across all stories"):]
    assert "ISIS" in across and "ISIL" in across and "Beta" in across and "Gamma" in across


def test_without_stories_the_run_wide_naming_table_stays():
    analysis = _two_story_analysis()
    from dataclasses import replace

    html = section.render(replace(analysis, stories=()))
    assert html.count('<table class="naming">') == 1 and "Gamma" in html and "Beta" in html
