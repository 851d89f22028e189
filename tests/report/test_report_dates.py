"""Publication dates read as dates in the report, at the precision they are known, machine value kept."""
import pytest

from newsprism.records import Analysis, Article, Membership, Story
from newsprism.report.dates import date_html, readable_date
from newsprism.report.html import render_report


@pytest.mark.parametrize("value, precision, shown", [
    ("2021-02-18T10:32:00+00:00", "time", "2021-02-18 10:32 UTC"),
    ("2021-02-18T10:32:00Z", "time", "2021-02-18 10:32 UTC"),
    ("2021-02-18T10:32:45+0100", "time", "2021-02-18 10:32 UTC+01:00"),
    ("2021-02-18T10:32:00", "time", "2021-02-18 10:32"),  # the page's own clock: zone unknown
    ("2021-02-18", "day", "2021-02-18"),
    ("2021-02-18T10:32:00", "day", "2021-02-18"),
    ("2021-02", "month", "2021-02"),
    ("2021-02-01", "month", "2021-02"),  # known to the month only: the day would be invented
    ("2021", "year", "2021"),
    ("2021-02-18T10:32:00", None, "2021-02-18 10:32"),
    ("last Tuesday", "day", "last Tuesday"),  # not ISO: shown as stored
    (None, None, "undated"),
])
def test_readable_date_respects_the_precision(value, precision, shown):
    assert readable_date(value, precision) == shown


def test_date_html_keeps_the_stored_value_for_machines_and_escapes():
    assert date_html("2021-02-18T10:32:00+00:00", "time") == \
        '<time datetime="2021-02-18T10:32:00+00:00">2021-02-18 10:32 UTC</time>'
    assert date_html("<b>soon</b>") == "&lt;b&gt;soon&lt;/b&gt;"
    assert date_html(None, missing="unknown") == "unknown"


def _article(aid, published, precision):
    return Article(id=aid, source=f"{aid}.txt", outlet="Lenholm Herald", outlet_found=None,
                   title="Ferry to Vantrell suspended", byline=None, published=published,
                   published_precision=precision, published_found="meta", language="en",
                   text="Voss said the ferry to Vantrell would not run.")


def test_story_table_and_article_cards_show_readable_dates_in_time_elements():
    timed, monthly = _article("t1", "2021-02-18T10:32:00+00:00", "time"), _article("m1", "2021-02-01", "month")
    story = Story(id="story_x", title="Ferry to Vantrell suspended", article_ids=("t1", "m1"),
                  first_date="2021-02-01", last_date="2021-02-18", outlets=("Lenholm Herald",),
                  members=(Membership("t1", 1.0, (), "shares Voss"), Membership("m1", 1.0, (), "shares Voss")))
    page = render_report(Analysis(articles=(timed, monthly), stories=(story,)))
    assert "2021-02-18T10:32:00+00:00<" not in page and ">2021-02-18T10:32" not in page  # never shown raw
    table = page.split('<table class="st-members">')[1].split("</table>")[0]
    assert '<td><time datetime="2021-02-18T10:32:00+00:00">2021-02-18 10:32 UTC</time></td>' in table
    assert '<td><time datetime="2021-02-01">2021-02</time></td>' in table
    card = page.split('id="article-t1"')[1].split("</article>")[0]
    assert '<dd><time datetime="2021-02-18T10:32:00+00:00">2021-02-18 10:32 UTC</time> (time precision; ' \
           "from meta)</dd>" in card
