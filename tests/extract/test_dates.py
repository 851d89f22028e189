"""Dates: absolute forms parse to ISO; relative ones resolve against the article's date, never past it
when the text speaks of the past."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.extract.dates import find_dates

SAT = "2021-02-20"  # a Saturday


def one(text, article_date=SAT):
    found = find_dates(text, "a", article_date=article_date)
    assert len(found) == 1, [d.text for d in found]
    d = found[0]
    assert text[d.span.start:d.span.end] == d.text
    return d


@pytest.mark.parametrize("text, value, precision", [
    ("in a drone strike in Baghdad on January 3, 2020.", "2020-01-03", "day"),
    ("on 3 January 2020", "2020-01-03", "day"),
    ("Back in January 2020, the parliament voted", "2020-01", "month"),
    ("16.02.2018, Brussel.", "2018-02-16", "day"),
    ("posted 2021-02-20 10:06:02", "2021-02-20", "day"),
    ("The mission was launched in 2018.", "2018", "year"),
    ("on Feb. 3, 2019", "2019-02-03", "day"),
])
def test_absolute(text, value, precision):
    d = one(text)
    assert (d.value, d.precision, d.relative) == (value, precision, False)


@pytest.mark.parametrize("text, value, precision", [
    ("Stoltenberg said at a Thursday press conference", "2021-02-18", "day"),
    ("IRNA reported on Friday.", "2021-02-19", "day"),
    ("A rocket attack on Monday killed at least 10 people", "2021-02-15", "day"),
    ("the protests that shook Iraq last year", "2020", "year"),
    ("Last week, the agency said", "2021-02-08", "week"),
    ("it reported last month that", "2021-01", "month"),
    ("the generals killed in January of last year", "2020-01", "month"),
    ("Deutsche Welle reported on February 15th.", "2021-02-15", "day"),
    ("The vote took place in March.", "2020-03", "month"),
    ("He arrived yesterday.", "2021-02-19", "day"),
    ("It happened two days ago.", "2021-02-18", "day"),
])
def test_relative_past(text, value, precision):
    d = one(text)
    assert (d.value, d.precision, d.relative) == (value, precision, True)


@pytest.mark.parametrize("text, value", [
    ("the force is due to withdraw by May 1", "2021-05-01"),
    ("The summit will be held next Thursday.", "2021-02-25"),
    ("They meet tomorrow.", "2021-02-21"),
    ("Elections will take place in June.", "2021-06"),
])
def test_relative_future_only_when_the_text_says_so(text, value):
    assert one(text).value == value


def test_relative_without_article_date_has_no_value():
    d = one("IRNA reported on Friday.", article_date=None)
    assert d.value is None and d.relative


def test_may_the_verb_is_no_month():
    assert find_dates("Troops may leave soon, officials say.", "a", article_date=SAT) == ()


_PAST_EXPRESSIONS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
                     "on Sunday", "last week", "last month", "last year", "in January", "in June",
                     "in December", "on March 3", "on December 31", "yesterday", "today", "three days ago",
                     "last Friday", "this Thursday", "earlier this year", "in mid-February"]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.sampled_from(_PAST_EXPRESSIONS), st.sampled_from(["said", "reported", "was announced"]))
def test_past_relative_date_never_after_article_date(day, expression, verb):
    text = f"The decision {verb} {expression}, officials told reporters."
    d = one(text, article_date=day.isoformat())
    assert d.relative and d.value is not None
    # Compare at the expression's precision: "2021-02" is not after 2021-02-20.
    assert d.value <= day.isoformat()[:len(d.value)], (text, day, d)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_absolute_dates_round_trip(day):
    text = f"It happened on {day.strftime('%B')} {day.day}, {day.year} in the capital."
    assert one(text).value == day.isoformat()
