"""The claims × outlets matrix, as the terminal (`newsprism check`) and the HTML report show it."""
from newsprism.cli.crosscheck import render_matrix
from newsprism.crosscheck import crosscheck_story
from newsprism.crosscheck.matrix import story_matrix
from newsprism.records import Analysis
from newsprism.report.sections import crosscheck as section


def _analysis(corpus):
    story, arts, exts, dups = corpus
    checked = crosscheck_story(story, arts, exts, dups)
    return Analysis(articles=tuple(arts), extractions=tuple(exts), duplicates=tuple(dups), stories=(story,),
                    claim_groups=checked.claim_groups, quote_groups=checked.quote_groups), checked


def test_cells_follow_the_groups(corpus):
    analysis, checked = _analysis(corpus)
    m = story_matrix(analysis.stories[0], analysis)
    assert m.outlets == ("Beta News", "Daily Alpha", "Delta Wire", "Gamma Times")
    assert [r.group for r in m.rows] == list(checked.claim_groups)
    port = next(r for r in m.rows if "Port Lake" in r.group.text)
    cells = dict(zip(m.outlets, port.cells))
    assert cells["Gamma Times"] == "silent"
    assert sorted(cells[o] for o in ("Beta News", "Daily Alpha", "Delta Wire")) in (
        ["contradicts", "supports", "supports"], ["contradicts", "contradicts", "supports"])
    for r in m.rows:  # evidence text is the span's text, outlet by outlet
        for e in r.evidence:
            art = next(a for a in analysis.articles if a.id == e.article_id)
            assert art.text[e.span.start:e.span.end] == e.text and e.outlet == art.outlet
    only = dict(m.only_here)
    assert [g.text for g in only["Daily Alpha"]] == ["Some 2,500 foreign troops are already in the country."]


def test_terminal_matrix(corpus):
    analysis, _ = _analysis(corpus)
    text = render_matrix(story_matrix(analysis.stories[0], analysis), details=True, width=120)
    lines = text.splitlines()
    assert "   1 = Beta News" in lines and "   4 = Gamma Times" in lines
    header = next(line for line in lines if line.startswith("STATUS"))
    assert header.split()[:6] == ["STATUS", "SRC", "1", "2", "3", "4"]
    contested = [line for line in lines if line.startswith("CONTESTED")]
    assert len(contested) == 1 and "Port Lake" in contested[0] and "✗" in contested[0]
    assert any(line.startswith("CORROB.") and "3" in line.split()[1] for line in lines)
    assert "ONLY HERE (claims no other outlet of the story makes)" in lines
    flat = " ".join(text.split())  # --details: the explanations, wrapped
    assert "Why they conflict" in flat and "Corroborated by 3 independent sources" in flat
    assert all(len(line) <= 120 for line in lines if not line.startswith("      "))


def test_report_section_shows_status_explanation_and_evidence_escaped(corpus):
    story, arts, exts, dups = corpus
    # Hostile text in an article reaches the report only escaped.
    bad = type(arts[0])(**{**arts[0].__dict__, "outlet": "<script>alert(1)</script>"})
    analysis, _ = _analysis((story, [bad] + arts[1:], exts, dups))
    html = section.render(analysis)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('class="badge contested"') == 1 and 'class="badge corroborated"' in html
    assert html.count("<details class=\"xc-claim\">") == len(analysis.claim_groups)
    for g in analysis.claim_groups:
        assert g.explanation.replace("“", "").split()[0] in html
        for s in g.evidence:
            assert f'href="#article-{s.article_id}"' in html and f"[{s.start}:{s.end}]" in html
    assert "Only here" in html


def test_report_section_is_empty_without_groups():
    assert section.render(Analysis()) == ""
