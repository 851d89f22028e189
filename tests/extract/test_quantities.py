"""Quantities: what a reader would check in a figure — value, approximation, counted thing, kind."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.extract.quantities import find_quantities
from quantity_checks import one


@pytest.mark.parametrize("text, value, approx, thing", [
    ("Some 2,500 U.S. troops are already stationed there.", 2500, "some", "U.S. troops"),
    ("The attack killed at least 10 people, including a contractor.", 10, "at least", "people"),
    ("They sent seventeen soldiers.", 17, None, "soldiers"),
    ("She bought a dozen eggs.", 12, None, "eggs"),
    ("two thousand five hundred troops arrived", 2500, None, "troops"),
    ("about 4.5 million people live there", 4_500_000, "about", "people"),
    ("up to 300 soldiers", 300, "up to", "soldiers"),
    ("more than 1,000 civilians fled", 1000, "more than", "civilians"),
    ("twenty-five", 25, None, None),
])
def test_counts(text, value, approx, thing):
    q = one(text)
    assert (q.value, q.approx, q.thing, q.kind) == (value, approx, thing, "count")


def test_change_from_to_keeps_both_ends_and_the_counted_thing():
    q = one("The size of our mission will increase from 500 personnel to around 4,000.")
    assert (q.kind, q.change_from, q.value, q.approx, q.thing) == ("change", 500, 4000, "around", "personnel")
    assert q.text == "from 500 personnel to around 4,000"


@pytest.mark.parametrize("text, value", [
    ("would increase eightfold", 8), ("would increase eight-fold", 8), ("grew 8x", 8),
    ("will increase its troops in Iraq eight times", 8), ("the budget doubled", 2), ("a 10-fold rise", 10),
])
def test_multipliers(text, value):
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("multiplier", value, "times")


def test_times_without_a_change_is_not_a_multiplier():
    assert all(q.kind != "multiplier" for q in find_quantities("He visited the city eight times.", "a"))


@pytest.mark.parametrize("text, value, unit", [
    ("contributes 22.1 percent of the budget", 22.1, "percent"), ("an increase of 700%", 700, "percent"),
    ("nearly 40 per cent", 40, "percent"),
])
def test_percentages(text, value, unit):
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("percent", value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("a $5 billion deal", 5e9, "USD"), ("US$3bn", 3e9, "USD"), ("€2.5 million", 2.5e6, "EUR"),
    ("40 million dollars", 4e7, "USD"),
])
def test_money(text, value, unit):
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("money", value, unit)


def test_vague_amounts_carry_bounds_but_no_value():
    q = one("several hundreds of military men could be sent")
    assert q.value is None and q.low == 300 and q.high == 900 and q.approx == "several hundreds"
    assert q.thing == "military men"
    money = one("where billions of dollars in oil wealth are stored")
    assert (money.kind, money.unit, money.value) == ("money", "USD", None)


def test_ranges():
    q = one("between 10 and 20 people")
    assert (q.value, q.low, q.high, q.thing) == (None, 10, 20, "people")
    assert one("10-20 people").low == 10


@pytest.mark.parametrize("text", [
    "In 2018 the mission began.", "on January 3, 2020", "Covid19 and the F-16 and COVID-19", "at 10:30 a.m.",
    "16.02.2018", "one of the things", "18-02-21 21:33",
])
def test_not_quantities(text):
    assert find_quantities(text, "a") == ()


def test_offset_shifts_spans():
    text = "prefix: some 2,500 troops"
    q = find_quantities(text[8:], "art", offset=8)[0]
    assert q.span.article_id == "art" and text[q.span.start:q.span.end] == q.text


# ---------------------------------------------------------------- properties

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """A plain reference spelling of n (below a billion), written independently of the parser."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10 - 2] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        return _UNITS[n // 100] + " hundred" + (" and " + _words(n % 100) if n % 100 else "")
    for size, name in ((1_000_000, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            return _words(n // size) + " " + name + ((" " + _words(rest)) if rest else "")
    raise AssertionError(n)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=999_999_999))
def test_words_round_trip(n):
    text = f"They counted {_words(n)} ballots."
    q = one(text)
    assert q.value == n and q.thing == "ballots"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "some ", "around ", "at least "]))
def test_digits_with_separators_round_trip(n, approx):
    text = f"Officials said {approx}{n:,} people were counted."
    if 1800 <= n <= 2099 and not approx:
        return  # a bare four-digit figure in that range reads as a year ("in 2018")
    q = one(text)
    assert q.value == n and q.thing == "people" and (q.approx or "") == approx.strip()


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False))
def test_percent_round_trip(d):
    q = one(f"turnout was {d} percent")
    assert q.kind == "percent" and q.value == pytest.approx(float(d))
