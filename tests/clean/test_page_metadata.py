"""A saved page's title, byline, outlet and date as its metadata states them, without what the site glues
on: the site's name or a section beside the headline, a weekday or an agency beside a writer's name, a
slogan given as the site's name, a date of something else than the article; and the furniture lines
that slip into the main text set aside."""
import pytest

from newsprism.clean import clean_document
from newsprism.clean.metadata import title_without_site
from newsprism.records import RawDocument, SourceHints
from pasted_page_parts import PAGE_PARAGRAPHS

BODY = "".join(f"<p>{p}</p>" for p in PAGE_PARAGRAPHS)


def saved(head: str, h1: str = "Ferry crews walk out over night-shift pay",
          url: str = "https://www.vantrellgazette.com/news/ferry-crews-walk-out", above: str = "", body: str = BODY):
    html = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body><main><article>"
            f"<h1>{h1}</h1>{above}{body}</article></main></body></html>")
    return clean_document(RawDocument(source="page.html", fetched_at="2022-06-01T00:00:00Z", content_type="text/html",
                                      data=html.encode("utf-8"), encoding="utf-8", hints=SourceHints(url=url)))


@pytest.mark.parametrize("title, sites, headings, expected", [
    ("Ferry crews walk out | Vantrell Gazette", ("Vantrell Gazette",), (), "Ferry crews walk out"),
    ("Ferry crews walk out - vantrellgazette.com", ("vantrellgazette",), (), "Ferry crews walk out"),
    ("Vantrell Gazette: Ferry crews walk out again", ("Vantrell Gazette",), (), "Ferry crews walk out again"),
    ("Ferry crews walk out - Harbour News", ("Vantrell Gazette",), ("Ferry crews walk out",), "Ferry crews walk out"),
    ("Opinion | Why the ferry crews walked out", (), ("Why the ferry crews walked out",),
     "Why the ferry crews walked out"),
    # nothing confirms the cut: a headline may hold a dash or a bar of its own
    ("Ferry crews walk out - and the bay waits", ("Vantrell Gazette",), (), "Ferry crews walk out - and the bay waits"),
    # the heading is the site's logo: the headline is the rest
    ("Ferry crews walk out over pay | Vantrell Gazette Daily", ("Vantrell Gazette Daily",),
     ("Vantrell Gazette Daily",), "Ferry crews walk out over pay"),
    # the site's name alone beside a two-word title is no headline to cut down to
    ("Ferry strike | Vantrell Gazette", ("Vantrell Gazette",), (), "Ferry strike | Vantrell Gazette"),
])
def test_title_without_the_site_or_a_section(title, sites, headings, expected):
    assert title_without_site(title, sites, headings) == expected


def test_a_saved_page_whose_og_title_names_the_site_gets_the_headline_alone():
    article = saved('<title>Ferry crews walk out over night-shift pay - Vantrell Gazette</title>'
                    '<meta property="og:title" content="Ferry crews walk out over night-shift pay - Vantrell Gazette">'
                    '<meta property="og:site_name" content="Vantrell Gazette">')
    assert article.title == "Ferry crews walk out over night-shift pay"
    assert article.outlet == "Vantrell Gazette"


@pytest.mark.parametrize("site", ["Expert advice for weekend sailors", "Copyright 2021"])
def test_a_site_name_that_is_a_slogan_or_a_notice_gives_way_to_the_domain(site):
    article = saved(f'<meta property="og:site_name" content="{site}">')
    assert article.outlet == "Vantrell Gazette"


@pytest.mark.parametrize("site, url", [
    ("Lenholm Evening Post", "https://www.lep.com/news/ferry"),  # a name unlike its domain ("LEP": its initials)
    ("Channel 5 Lenholm", "https://www.c5l.com/news/ferry"),  # a brand's digit makes no phrase
    ("Vantrell Gazette: news for sailors", "https://www.vantrellgazette.com/news/ferry"),  # a slogan naming the site
])
def test_a_site_name_that_reads_as_a_name_or_shares_the_domain_stays(site, url):
    article = saved(f'<meta property="og:site_name" content="{site}">', url=url)
    assert article.outlet == site


def test_a_by_line_above_the_text_names_the_writer_when_the_metadata_names_none():
    article = saved("<title>Ferry crews walk out over night-shift pay</title>",
                    above="<div>By Dana Whitfield on Thursday, March 3rd, 2022 at 9:10 a.m.</div>")
    assert article.byline == "Dana Whitfield"


def test_the_page_authors_field_splits_off_a_weekday_and_an_agency():
    article = saved('<meta name="author" content="Ann Roe, Monday, March 3, 2022">')
    assert article.byline == "Ann Roe"


def test_the_site_name_keeps_the_spelling_the_page_gives_it():
    # trafilatura capitalises a name that starts with a digit or in lower case
    article = saved('<meta property="og:site_name" content="4theBay">', url="https://4thebay.com/news/ferry")
    assert article.outlet == "4theBay"


def test_the_day_in_the_url_outranks_a_day_weeks_away_that_the_page_states_elsewhere():
    # a fact-check page: the checked statement's day heads the page; the URL states the day of the article
    statement = '<p class="statement__meta">— Mark Tennant on Sunday, October 13th, 2019 in a newspaper</p>'
    url = "https://www.vantrellgazette.com/checks/2019/nov/18/mark-tennant/ferry-pay/"
    article = saved("<title>Ferry crews walk out over night-shift pay</title>", url=url, above=statement)
    assert article.published == "2019-11-18"
    near = saved('<meta property="article:published_time" content="2019-11-19T01:10:00+00:00">', url=url)
    assert near.published == "2019-11-19T01:10:00"  # a day from the URL's: the page's own time stands


def test_a_posted_on_date_by_name_line_names_the_writer():
    article = saved("<title>Ferry crews walk out over night-shift pay</title>",
                    above="<div>Posted on March 3, 2022 by Dana Whitfield</div>")
    assert article.byline == "Dana Whitfield"


def test_promotion_copyright_and_tag_lines_inside_the_main_text_are_set_aside():
    furniture = ["DON'T MISS", "Related: Five ferries that crossed the bay in a storm", "Filed under: Ferries |",
                 "copyright Vantrell Gazette 2022 - all rights reserved"]
    body = BODY.replace("</p><p>", f"</p><p>{furniture[0]}</p><p>{furniture[1]}</p><p>", 1)
    article = saved("<title>Ferry crews walk out over night-shift pay</title>",
                    body=body + "".join(f"<p>{line}</p>" for line in furniture[2:]))
    for line in furniture:
        assert line not in article.text
        assert any(s.text == line and s.reason != "outside the main text" for s in article.removed), line
    assert "union steward Olek Brand" in article.text
