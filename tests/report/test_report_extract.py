"""The report's extraction parts: entities per story, the quotes table, quote / claim highlights."""
from newsprism.records import (Analysis, Article, ArticleExtraction, Claim, Entity, Merge, Quantity, Quote, Span,
                               Story)
from newsprism.report.html import render_report
from newsprism.report.sections import extract as section

TEXT = 'Tervald said: "The <b>water</b> is falling." About 3,400 people left. Critics call it a "miracle".'


def _analysis() -> Analysis:
    article = Article(id="a1", source="a.txt", outlet="Courier <x>", outlet_found=None, title="T", byline=None,
                      published="2025-10-07", published_precision="day", published_found=None, language="en",
                      text=TEXT)
    q_start = TEXT.index('"The')
    q_end = TEXT.index('."') + 2
    c_start = TEXT.index("About")
    c_end = TEXT.index("left.") + 5
    s_start = TEXT.index('"miracle"')
    tervald = Entity(id="e_1", name="Jonas Tervald", type="PERSON", aliases=("Tervald",),
                     merges=(Merge("Tervald", "surname reference"),), mentions=(Span("a1", 0, 7),))
    quotes = (Quote(id="q1", span=Span("a1", q_start, q_end), text=TEXT[q_start:q_end], kind="direct",
                    speaker="Tervald", speaker_entity_id="e_1", cue="said"),
              Quote(id="q2", span=Span("a1", s_start, s_start + 9), text='"miracle"', kind="scare"))
    qty = Quantity(span=Span("a1", c_start, c_start + 11), text="About 3,400", value=3400.0, approx="about",
                   thing="people")
    claims = (Claim(id="c1", span=Span("a1", c_start, c_end), text=TEXT[c_start:c_end], quantities=(qty,)),)
    ext = ArticleExtraction("a1", quotes=quotes, claims=claims)
    story = Story(id="s1", title="Dam <breach>", article_ids=("a1",))
    return Analysis(articles=(article,), extractions=(ext,), entities=(tervald,), stories=(story,))


def test_section_lists_entities_per_story_and_who_said_what_escaped():
    html = section.render(_analysis())
    assert "Dam &lt;breach&gt;" in html and "<breach>" not in html
    assert "Jonas Tervald" in html and "surname reference" in html
    assert "&lt;b&gt;water&lt;/b&gt;" in html and "<b>water" not in html
    assert "Courier &lt;x&gt;" in html
    assert html.count("<tr>") == 2  # header + one row: the scare quote is nobody's statement: not in the table
    assert "Stances attributed" not in html  # no stance reported, no empty section


def test_article_view_highlights_quotes_and_claims_with_hover_details():
    marks = section.highlight_spans(_analysis().articles[0], _analysis())
    by_class = {m[2]: m for m in marks}
    assert by_class["quote"][3] == "direct quote: Jonas Tervald (said)"
    assert "scare" in by_class["quote-scare"][3]
    assert "about 3400 people" in by_class["claim"][3]
    page = render_report(_analysis())
    assert 'class="quote"' in page and 'title="direct quote: Jonas Tervald (said)"' in page
    assert 'id="extract"' in page


def test_stances_are_listed_apart_from_who_said_what():
    base = _analysis()
    text = TEXT
    stance = Quote(id="q3", span=Span("a1", 0, 7), text=text[0:7], kind="indirect", speaker="Critics",
                   cue="believe", act="stance")
    ext = ArticleExtraction("a1", quotes=base.extractions[0].quotes + (stance,), claims=base.extractions[0].claims)
    html = section.render(Analysis(articles=base.articles, extractions=(ext,), entities=base.entities,
                                   stories=base.stories))
    said, held = html.split("Stances attributed, not words")
    assert "Who said what, where (1)" in said and "believe" not in said
    assert held.startswith(" (1)") and "Critics" in held and "believe" in held


def test_offsets_and_entity_counts_are_explained():
    html = section.render(_analysis())
    assert "Where (article @ characters)" in html
    assert 'title="characters ' in html and "of the article's clean text" in html
    assert "its mentions in this story" in html
