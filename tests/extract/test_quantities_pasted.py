"""Quantities as news pages write them (the session-12 reading audit on pasted pages): temperatures,
labels before a number, hyphenated scales, shooting lines, compound counts, vague durations, upper-case
times of day and footnote markers. Sentences and names are invented."""
import pytest

from quantity_checks import figures, one


# ---------------------------------------------------------------- temperatures keep their unit

@pytest.mark.parametrize("text, value, unit", [
    ("Dana Whitfield said the sea had warmed by 1.43°C since 1900.", 1.43, "°C"),
    ("The Vantrell survey found a rise of about 2.4 °C in the valley.", 2.4, "°C"),
    ("Highs of 98°F are expected in Voss County.", 98, "°F"),
    ("The lake reached 31 degrees Celsius, Mara Quist said.", 31, "°C"),
    ("Warming must stay below 1.5C, Ansel Brandt told the summit.", 1.5, "°C"),
    ("Temperatures hit 40C in Voss on Tuesday.", 40, "°C"),
])
def test_temperatures_keep_their_unit(text, value, unit):
    q = [q for q in figures(text) if q.value == value]
    assert len(q) == 1, [x.text for x in figures(text)]
    assert q[0].unit == unit


@pytest.mark.parametrize("text", [
    "Voting takes place at 12 Bragg Street, Apt. 1C, until noon.",
    "The Vantrell squad lost 3-1 to Class 4C champions.",
])
def test_a_letter_after_a_number_is_no_temperature_without_a_cue(text):
    assert all(q.unit not in ("°C", "°F") for q in figures(text))


# ---------------------------------------------------------------- labels before a number

@pytest.mark.parametrize("text", [
    "Officers can use section 35 powers in Voss.",
    "The move gives tenants access to Section 8 vouchers, Dana Whitfield said.",
    "Mara Quist has lived with type 2 diabetes for years.",
    "Mara Quist was treated for stage 4 cancer.",
    "The Category 5 hurricane hit Voss overnight.",
    "Ansel Brandt invoked Article 50 of the treaty.",
    "The findings are on page 12 of the Vantrell report.",
])
def test_a_number_after_a_label_word_is_no_figure(text):
    assert figures(text) == ()


@pytest.mark.parametrize("text, value", [
    ("At this stage 40 people had been rescued, Mark Tennant said.", 40),
    ("Voss published the article 5 weeks after the vote.", 5),
])
def test_a_label_word_does_not_hide_a_real_count(text, value):
    assert [q.value for q in figures(text)] == [value]


# ---------------------------------------------------------------- hyphenated scale words

@pytest.mark.parametrize("text, value, unit", [
    ("Voss plans a $30-million data centre.", 30e6, "USD"),
    ("The 2.5-billion-yuan bridge took five years to build.", 2.5e9, "CNY"),
    ("The US$40-million stadium opened on Tuesday.", 40e6, "USD"),
    ("Vantrell agreed a £4-billion takeover.", 4e9, "GBP"),
])
def test_a_hyphenated_scale_word_scales_the_figure(text, value, unit):
    q = [q for q in figures(text) if q.kind == "money"]
    assert len(q) == 1, [x.text for x in figures(text)]
    assert (q[0].value, q[0].unit, q[0].low, q[0].high) == (value, unit, None, None)


def test_a_hyphenated_scale_word_without_money_is_a_count():
    q = one("The 10-million-strong diaspora backed Mara Quist.")
    assert (q.value, q.kind) == (10e6, "count")


# ---------------------------------------------------------------- shooting lines

@pytest.mark.parametrize("text", [
    "The Voss guards went 0-for-9 from deep in the third quarter.",
    "Ansel Brandt scored 22 points on 10-for-19 shooting.",
])
def test_a_shooting_line_is_one_score(text):
    scores = [q for q in figures(text) if q.kind == "score"]
    assert len(scores) == 1 and scores[0].text.count("-for-") == 1
    assert not [q for q in figures(text) if q.kind == "count" and q.value in (0, 9, 10)]


# ---------------------------------------------------------------- a number joined to its noun

@pytest.mark.parametrize("text, value, thing", [
    ("Mark Tennant joined the 51-member Vantrell caucus.", 51, "member"),
    ("The Hawks built a 10-point lead before half time.", 10, "point"),
    ("A 12-person jury convicted Ansel Brandt.", 12, "person"),
    ("Voss is run by a five-member board.", 5, "member"),
])
def test_a_number_joined_to_a_noun_counts_that_noun(text, value, thing):
    q = one(text)
    assert (q.value, q.thing, q.unit) == (value, thing, None)


@pytest.mark.parametrize("text", [
    "Dana Whitfield is a two-time champion.",
    "It was a one-off payment, Mara Quist said.",
    "The talks are a two-way street.",
])
def test_joined_words_that_are_no_nouns_give_no_count(text):
    assert all(q.thing not in ("time", "off", "way") for q in figures(text))


# ---------------------------------------------------------------- vague amounts of time

@pytest.mark.parametrize("text, unit, low", [
    ("Dana Whitfield moved to Voss a few weeks later.", "weeks", 2),
    ("Vantrell has not built a school in several years.", "years", 3),
])
def test_a_vague_amount_of_time_keeps_its_unit(text, unit, low):
    q = one(text)
    assert (q.unit, q.low, q.value) == (unit, low, None)


@pytest.mark.parametrize("text, value, unit", [
    ("Ansel Brandt has won the Voss marathon three straight years.", 3, "years"),
    ("Ansel Brandt will serve two more years.", 2, "years"),
    ("The strike lasted five full days.", 5, "days"),
])
def test_an_adjective_before_a_unit_keeps_the_unit(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.thing) == (value, unit, None)


# ---------------------------------------------------------------- times and footnotes

@pytest.mark.parametrize("text", [
    "Office hours: 8 AM to 8 PM, Monday to Friday.",
    "The Voss branch opens at 9 A.M. daily.",
])
def test_upper_case_times_of_day_are_no_figures(text):
    assert figures(text) == ()


def test_footnote_markers_are_no_figures():
    text = ("Among the councillors, Mara Quist (17) leads, according to Voss Line.2 And the papers "
            "backed two candidates, per a list by Ansel Brandt.3")
    assert [q.value for q in figures(text)] == [17, 2]
    assert [q.thing for q in figures(text)] == [None, "candidates"]


# ---------------------------------------------------------------- a range with a unit counts nothing after it

@pytest.mark.parametrize("text, low, high, unit", [
    ("Voss effectively lost 5-7 years through poor planning.", 5, 7, "years"),
    ("Morning temperatures will be two to five degrees lower, Mara Quist said.", 2, 5, "degrees"),
    ("Vantrell is quoting a 3-4 week delivery time.", 3, 4, "weeks"),
])
def test_a_range_with_a_unit_takes_no_counted_thing(text, low, high, unit):
    q = one(text)
    assert (q.low, q.high, q.unit, q.thing) == (low, high, unit, None)


# ---------------------------------------------------------------- headlines in title case

@pytest.mark.parametrize("text, value, thing", [
    ("The 9 Best Garden Chairs at Vantrell, According to Buyers", 9, "Best Garden Chairs"),
    ("Voss Council Names Its Two New Wardens", 2, "New Wardens"),
    ("Top 6 Quiet Towns for Retiring Near Voss", 6, "Quiet Towns"),
])
def test_a_title_case_headline_keeps_its_counted_noun(text, value, thing):
    q = [q for q in figures(text) if q.value == value]
    assert len(q) == 1 and q[0].thing == thing


def test_a_name_after_a_figure_in_running_text_is_still_no_counted_thing():
    q = one("Mark Tennant said 300 Vantrell Workers were laid off, and Voss agreed.")
    assert q.value == 300 and q.thing is None
