"""The publication date of a pasted page: the date in the article's head, not the page's other dates.

Each rule answers a failure seen on real pages (benchmarks/pasted_text_dates.py); the texts are invented
for these tests (an invented town, outlet and people) and copy only the shapes such pages have.
"""
from __future__ import annotations

from newsprism.clean.metadata import byline_of
from newsprism.clean.text import layout_text
from pasted_page_parts import ARTICLE, HEADLINE, MENU

NOW = "2025-01-01T00:00:00Z"


def _published(text: str) -> str | None:
    layout = layout_text(text, now=NOW)
    return layout.dates[0].reading.iso[:10] if layout.dates else None


def test_the_date_under_the_headline_beats_todays_date_in_the_masthead():
    text = "\n".join(["Thursday, March 10, 2022", *MENU, HEADLINE, "By Mara Quist", "March 3, 2022", *ARTICLE,
                      "More from Lenholm", "Council votes on the coastal road", "March 9, 2022"])
    assert _published(text) == "2022-03-03"


def test_an_updated_line_does_not_beat_the_published_date():
    text = "\n".join([*MENU, HEADLINE, "By Mara Quist", "UPDATED: MARCH 9, 2022", "PUBLISHED: MARCH 3, 2022",
                      *ARTICLE])
    assert _published(text) == "2022-03-03"


def test_a_bylines_date_is_read_when_share_words_follow_it():
    assert byline_of("By Mara Quist Last updated Mar 3, 2022 Share this story:").date_text is not None
    text = "\n".join([*MENU, HEADLINE, "By Mara Quist Last updated Mar 3, 2022 Share this story:", *ARTICLE,
                      "Lenholm opens a new library", "Olek Brand Mar 9, 2022"])
    assert _published(text) == "2022-03-03"


def test_a_byline_in_lower_case_is_a_byline():
    by = byline_of("by mquist on March 3, 2022")
    assert by is not None and by.name == "mquist" and by.date_text == "March 3, 2022"
    assert byline_of("by Mara Quist").name == "Mara Quist"
    assert byline_of("by the way we went") is None
    assert byline_of("by far the best") is None
    assert byline_of("by then on May 3, 2020") is None
    text = "\n".join([*MENU, HEADLINE, "by mquist on March 3, 2022", *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.byline == "mquist"
    assert layout.dates[0].reading.iso[:10] == "2022-03-03"


def test_a_date_set_apart_by_separators_in_a_line_of_short_parts_is_a_dateline():
    from newsprism.clean.text import dateline_reading

    reading = dateline_reading("Blog Home Harbour & Ferry News   •   March 3, 2022", NOW)
    assert reading is not None and reading.iso == "2022-03-03"
    reading = dateline_reading("March 3, 2022 at 09:12 AM | categories: Ferries, Harbour | View Comments", NOW)
    assert reading is not None and reading.iso == "2022-03-03T09:12:00"
    assert dateline_reading("The ferry sailed at dawn. | March 3, 2022", NOW) is None  # a sentence is no part
    text = "\n".join([*MENU, HEADLINE, "March 3, 2022 • words by Mara Quist • pictures by Olek Brand", *ARTICLE])
    assert _published(text) == "2022-03-03"


def test_a_dotted_date_with_the_month_first_is_read_when_the_day_cannot_be_a_month():
    from newsprism.clean.dates import read_dates

    assert read_dates("03.21.2022 09:12 AM")[0].iso == "2022-03-21T09:12:00"
    assert read_dates("21.03.2022")[0].iso == "2022-03-21"
    assert read_dates("03.04.2022")[0].iso == "2022-04-03"  # dotted dates stay day first


def test_a_year_glued_to_the_time_by_the_copy_is_read():
    from newsprism.clean.text import dateline_reading

    reading = dateline_reading("March 3, 20229:12 AM ET", NOW)
    assert reading is not None and reading.iso == "2022-03-03T09:12:00"
