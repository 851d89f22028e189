"""The story page's claims × outlets matrix over articles without an outlet (session 17): the cross-check
names each such article `unknown outlet (<id>)`, an outlet of its own; the page gives it a column and
reads the side of its evidence from that name."""
from newsprism.records import Analysis, Article, ClaimGroup, Span, Story
from newsprism.server.views import claim_matrix


def art(aid, source, text):
    return Article(id=aid, source=source, outlet=None, outlet_found=None, title=None, byline=None, published=None,
                   published_precision=None, published_found=None, language="en", text=text)


def test_each_article_without_an_outlet_is_a_column_and_its_contradiction_is_shown_as_one():
    a = art("aaaa0000aaaa0000", "saved/quay-one.txt", "Three dock workers were injured.")
    b = art("bbbb0000bbbb0000", "saved/quay-two.txt", "Five dock workers were injured.")
    story = Story(id="story_q", title="Crane falls", article_ids=(a.id, b.id))
    group = ClaimGroup("g1", "story_q", ("c1", "c2"), "contested", ("unknown outlet (aaaa0000)",),
                       ("unknown outlet (bbbb0000)",), 2, "The figures differ.",
                       (Span(a.id, 0, 32), Span(b.id, 0, 31)), "Three dock workers were injured.")
    columns, rows = claim_matrix(Analysis(articles=(a, b), stories=(story,), claim_groups=(group,)), story)
    assert [(c.shown, c.article_id) for c in columns] == [("unknown outlet quay-one.txt", a.id),
                                                          ("unknown outlet quay-two.txt", b.id)]
    assert [cell for _, cell in rows[0].cells] == ["supports", "contradicts"]
    sides = {e.article_id: (e.side, e.outlet, e.outlet_known) for e in rows[0].evidence}
    assert sides[b.id] == ("contradicts", "unknown outlet quay-two.txt", False)  # was "supports"
    assert sides[a.id][0] == "supports"
