"""Dates as news pages write them (the session-12 reading audit on pasted pages): named days that are
no weekdays, upcoming days named without a year, grid addresses, short dates at a sentence's end and
months after a capitalised preposition. Sentences and names are invented."""
import pytest

from newsprism.extract.dates import find_dates

THU = "2023-11-09"  # a Thursday


def dates(text, article_date=THU):
    return [(d.text, d.value) for d in find_dates(text, "a", article_date=article_date)]


@pytest.mark.parametrize("text", [
    "Vantrell's Black Friday deals start early this year.",
    "Dana Whitfield leads in the Super Tuesday states.",
    "Shoppers queued for Cyber Monday bargains at Voss Mall.",
    "Mass will be held on Good Friday, Mark Tennant said.",
])
def test_named_days_are_not_weekdays(text):
    assert [t for t, _ in dates(text) if t.endswith("day")] == []


def test_a_weekday_after_a_name_of_a_day_still_counts_elsewhere():
    assert dates("The Black Friday sale began on Friday.") == [("on Friday", "2023-11-03")]


@pytest.mark.parametrize("text, value", [
    ("The Voss Wolves play their first home game on November 29th against Halden.", "2023-11-29"),
    ("Readers can join the Voss forum on Nov. 10 at 6 pm.", "2023-11-10"),
    ("Tenants can vote by post between Nov. 9 and Nov. 28.", "2023-11-28"),
])
def test_an_upcoming_day_without_a_year_or_a_tense_cue_is_ahead(text, value):
    assert dates(text)[-1][1] == value


@pytest.mark.parametrize("text, value", [
    ("Mara Quist won the race on Nov. 29.", "2022-11-29"),
    ("The Hawks lost to Voss on December 2nd.", "2022-12-02"),
    ("The Vantrell plant closed on Nov. 20.", "2022-11-20"),
    ("Ansel Brandt met the mayor on March 3.", "2023-03-03"),
])
def test_a_day_in_a_past_sentence_stays_behind(text, value):
    assert dates(text)[-1][1] == value


@pytest.mark.parametrize("text", [
    "The van was northbound on 1200E Road near 1875N Road.",
    "Mara Quist turned east onto 2010N and hit a fence.",
    "A truck stalled on County Road 1990E.",
])
def test_grid_addresses_are_not_years(text):
    assert dates(text) == []


def test_a_year_glued_to_a_following_word_is_still_a_year():
    assert dates("Vantrell was founded in 2019The firm grew fast.") == [("2019", "2019")]


def test_a_short_date_at_the_end_of_a_sentence_is_a_date():
    found = dates("Call Voss police quoting ref 4410 2/11/23. Or write to us.")
    assert [t for t, _ in found] == ["2/11/23"]


@pytest.mark.parametrize("text, expected", [
    ("In August and September, the Voss plant shut twice.",
     [("August", "2023-08"), ("September", "2023-09")]),
    ("Since June, Dana Whitfield has led the polls.", [("June", "2023-06")]),
    ("Mark Tennant will speak between May and July.", [("May", "2024-05"), ("July", "2024-07")]),
])
def test_months_after_a_capitalised_preposition_or_another_month(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "After April Voss left, the shop closed.",
    "Mark Tennant and May Quist said the plan was sound.",
])
def test_names_that_are_months_stay_names(text):
    assert dates(text) == []


def test_a_byline_name_is_no_month():
    assert dates("By April Voss and Mark Tennant\nThe council met on Tuesday.") == [("on Tuesday", "2023-11-07")]
