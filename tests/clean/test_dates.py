"""Published dates: the common forms, their precision, and ambiguity kept honest."""
import pytest

from newsprism.clean.dates import parse_published, read_dates


@pytest.mark.parametrize("value, expected", [
    ("2021-02-20", ("2021-02-20", "day", ())),
    ("2021-02-20 10:06:02", ("2021-02-20T10:06:02", "time", ())),
    ("2021-02-20T10:06:02+01:00", ("2021-02-20T10:06:02", "time", ())),
    ("2021-02-20T00:00:00Z", ("2021-02-20", "day", ())),  # midnight is a placeholder, not a time
    ("2021/02/20", ("2021-02-20", "day", ())),
    ("16.02.2018", ("2018-02-16", "day", ())),
    ("16.02.2018, Brussel.", ("2018-02-16", "day", ())),
    ("February 20, 2021", ("2021-02-20", "day", ())),
    ("Feb. 20th, 2021", ("2021-02-20", "day", ())),
    ("Saturday, 20 February 2021", ("2021-02-20", "day", ())),
    ("20th of February, 2021", ("2021-02-20", "day", ())),
    ("7 October 2025, 16:52", ("2025-10-07T16:52:00", "time", ())),
    ("October 9, 2025 at 9:41 pm", ("2025-10-09T21:41:00", "time", ())),
    ("February 2021", ("2021-02", "month", ())),
    ("16/02/2018", ("2018-02-16", "day", ())),  # 16 cannot be a month
    ("02/16/2018", ("2018-02-16", "day", ())),  # nor here
    ("20. Februar 2021", ("2021-02-20", "day", ())),  # other languages through dateparser
])
def test_common_forms_with_their_precision(value, expected):
    assert parse_published(value) == expected


def test_day_month_order_unknown_keeps_only_the_shared_year():
    assert parse_published("02/03/2018") == ("2018", "year", ("date-ambiguous",))
    assert parse_published("02/03/2018", day_first=True) == ("2018-03-02", "day", ())
    assert parse_published("02/03/2018", day_first=False) == ("2018-02-03", "day", ())


def test_two_digit_years_are_ambiguous_unless_one_reading_is_plausible():
    # 18-02-21: 18 February 2021 or 21 February 2018? Both are in the past: no date rather than a guess.
    assert parse_published("18-02-21 21:33") is None
    assert read_dates("18-02-21 21:33")[0].flags == ("date-ambiguous",)
    # Fetched in March 2021 and not before an article of January 2021: only 18 February 2021 fits.
    reading = read_dates("18-02-21 21:33", now="2021-03-01T00:00:00Z", not_before="2021-01-01")[0]
    assert (reading.iso, reading.precision) == ("2021-02-18T21:33:00", "time")
    # 25-12-19: the 25th month does not exist, and year 2025 is after a 2020 fetch: only 25 December 2019.
    assert parse_published("25-12-19", now="2020-06-01") == ("2019-12-25", "day", ())


def test_dates_after_the_fetch_are_not_publication_dates():
    assert parse_published("March 3, 2031", now="2021-02-22T08:00:00Z") is None
    assert parse_published("March 3, 2021", now="2021-02-22T08:00:00Z") is None
    assert parse_published("February 22, 2021", now="2021-02-22T08:00:00Z") == ("2021-02-22", "day", ())


def test_no_date_rather_than_a_wrong_one():
    assert parse_published("February 20") is None  # no year: not guessed
    assert parse_published("in 2018 the mission began") is None  # a year alone in prose is no date
    assert parse_published("version 1.2.3 released") is None
    assert parse_published("") is None
    assert parse_published("30.02.2021") is None  # not a calendar date


def test_read_dates_gives_every_expression_with_its_place():
    line = "Published 7 October 2025, 16:52 · Updated 7 October 2025, 18:10"
    readings = read_dates(line)
    assert [r.iso for r in readings] == ["2025-10-07T16:52:00", "2025-10-07T18:10:00"]
    assert all(line[r.start:r.end].strip() == r.text for r in readings)
    assert read_dates("Brussels, February 20 (RHC)--")[0].flags == ("date-no-year",)
