"""The HTML report is one self-contained, escaped page; the JSON document has the promised shape."""
import json
import re

from newsprism.records import Analysis, Article, Comment, InputError, Segment
from newsprism.report.document import SCHEMA, SCHEMA_VERSION, build_document, write_document
from newsprism.report.highlight import render_marked
from newsprism.report.html import render_report

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'


def hostile_article():
    return Article(id="abc123", source="evil.html", outlet=HOSTILE, outlet_found="meta", title=HOSTILE,
                   byline=HOSTILE, published="2021-02-20", published_precision="day",
                   published_found="meta", language="en", text="Body " + HOSTILE,
                   comments=(Comment(HOSTILE, "2021-02-21"),),
                   removed=(Segment("removed", HOSTILE, "share widget"),), captions=(HOSTILE,))


def test_hostile_text_is_escaped_everywhere():
    page = render_report(Analysis(articles=(hostile_article(),),
                                  errors=(InputError(HOSTILE, "E101", HOSTILE),)))
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert not re.search(r"""href\s*=\s*["']?javascript:""", page, re.I)
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page))  # only in-page links
    assert "onerror=" not in page.replace("onerror=&quot;", "")  # only as escaped text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_report_is_self_contained_and_marks_set_aside_parts():
    page = render_report(Analysis(articles=(hostile_article(),)))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing fetched from outside
    assert "Content-Security-Policy" in page
    assert "Set aside as boilerplate: 1" in page
    assert "Reader comments (not part of the article): 1" in page


def test_overlapping_marks_are_flattened_and_escaped():
    html = render_marked("a <b> c", [(0, 5, "quote", "said X"), (2, 7, "loaded", "<i>")])
    assert html == ('<mark class="quote" title="said X">a </mark>'
                    '<mark class="loaded quote" title="said X | &lt;i&gt;">&lt;b&gt;</mark>'
                    '<mark class="loaded" title="&lt;i&gt;"> c</mark>')


def test_json_document_shape(tmp_path):
    doc = write_document(Analysis(articles=(hostile_article(),)), tmp_path / "out.json")
    loaded = json.loads((tmp_path / "out.json").read_text())
    assert loaded["schema"] == SCHEMA == "newsprism/analysis" and loaded["version"] == SCHEMA_VERSION
    article = loaded["articles"][0]
    for key in ("id", "source", "outlet", "title", "byline", "published", "published_precision",
                "language", "text", "captions", "comments", "removed"):
        assert key in article
    assert doc == build_document(Analysis(articles=(hostile_article(),))) | {"generated_at": doc["generated_at"]}


def _plain(article_id: str, published: str | None, title: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", outlet="Lenholm Herald", outlet_found=None,
                   title=title, byline=None, published=published, published_precision="day" if published else None,
                   published_found=None, language="en", text=f"{title}. Voss spoke to reporters.")


def test_articles_are_shown_oldest_first_with_a_legend_of_the_highlights():
    articles = (_plain("a1", "2021-03-02", "Later report"), _plain("b2", None, "Undated note"),
                _plain("c3", "2021-02-18", "First report"))
    page = render_report(Analysis(articles=articles))
    section = page[page.index('<section id="articles">'):]
    order = [section.index(t) for t in ("First report", "Later report", "Undated note")]
    assert order == sorted(order)  # by date, undated last, not by id
    assert "Highlights:" in section and "a claim" in section and "a direct quote" in section
    assert '<a href="#framing">' in section  # the framing colours are explained in the Framing section


def test_quote_fidelity_table_explains_its_word_change_marks():
    from newsprism.records import QuoteGroup, QuoteMember, Story
    from newsprism.report.sections import crosscheck

    group = QuoteGroup(id="qg1", story_id="s1", speaker="Mara Quist", text="The ferry will run again in May",
                       members=(QuoteMember("q1", "a1", "Lenholm Herald", "verbatim"),
                                QuoteMember("q2", "c3", "Vantrell Post", "altered",
                                            "The ferry … again in [-May-] {+June+}")))
    story = Story(id="s1", title="Ferry", article_ids=("a1", "c3"))
    html = crosscheck.render(Analysis(articles=(_plain("a1", "2021-02-18", "Ferry"),
                                                _plain("c3", "2021-02-19", "Ferry again")),
                                      stories=(story,), quote_groups=(group,)))
    assert "[-May-] {+June+}" in html
    assert "left out of the fullest copy" in html and "put in" in html and "unchanged words skipped" in html


def test_report_subtitle_counts_in_english():
    page = render_report(Analysis(articles=(_plain("a1", "2021-03-02", "Ferry"),),
                                  errors=(InputError("x.bin", "E104", "binary data"),)))
    assert "1 article from 1 outlet · 0 stories · 1 input refused" in page


def test_a_file_name_with_bidi_controls_is_shown_escaped_in_its_real_order():
    from newsprism.records import Membership, Story

    name = "saved/<b>Vantrell\u202elmth.txt\u200f"  # would read as "...txt.html" reversed
    article = Article(id="rt1", source=name, outlet=None, outlet_found=None, title="Bridge vote",
                      byline=None, published=None, published_precision=None, published_found=None,
                      language="en", text="The Vantrell council voted on Tuesday.")
    story = Story(id="s1", title="Bridge vote", article_ids=("rt1",),
                  members=(Membership("rt1", 1.0, (), "the only article"),))
    page = render_report(Analysis(articles=(article,), stories=(story,)))
    assert "\u202e" not in page and "\u200f" not in page
    assert "<dd>saved/&lt;b&gt;Vantrell\\u202elmth.txt\\u200f</dd>" in page  # the Source cell, still escaped
    assert '<span class="src">&lt;b&gt;Vantrell\\u202elmth.txt\\u200f</span>' in page  # the story's outlet cell
