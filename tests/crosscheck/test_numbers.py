"""Numeric consistency between Quantity records (the records are built directly here)."""
import math

from newsprism.crosscheck import numbers
from newsprism.records import Quantity, Span

S = Span("a", 0, 1)


def q(value, **kw) -> Quantity:
    return Quantity(span=S, text=kw.pop("text", str(value)), value=value, **kw)


CHANGE = q(4000, text="from 500 personnel to around 4,000", kind="change", change_from=500, approx="around",
           thing="personnel")
EIGHTFOLD = q(8, text="eightfold", kind="multiplier", unit="times", thing="troops")
EIGHT_TIMES = q(8, text="eight times", kind="multiplier", unit="times")
PERCENT_RISE = q(700, text="an increase of 700%", kind="change", unit="percent")


def test_the_same_change_in_four_wordings():
    for a, b in [(CHANGE, EIGHTFOLD), (CHANGE, EIGHT_TIMES), (EIGHTFOLD, PERCENT_RISE), (CHANGE, PERCENT_RISE)]:
        c = numbers.compare(a, b)
        assert c.verdict == "consistent", (a.text, b.text, c)
    lo, hi = numbers.change_ratio(PERCENT_RISE)
    assert lo < 8 < hi and hi - lo < 0.5
    lo, hi = numbers.change_ratio(CHANGE)
    assert lo < 8 < hi


def test_a_different_change_conflicts():
    c = numbers.compare(CHANGE, q(3, text="threefold", kind="multiplier", unit="times", thing="troops"))
    assert c.verdict == "conflict" and "x3" in c.reason


def test_same_ratio_from_different_start_conflicts():
    other = q(8000, text="from 1,000 to 8,000", kind="change", change_from=1000, thing="troops")
    assert numbers.compare(CHANGE, other).verdict == "conflict"


def test_change_agrees_with_a_count_of_either_end():
    assert numbers.compare(CHANGE, q(4000, thing="troops")).verdict == "consistent"
    assert numbers.compare(q(500, thing="soldiers"), CHANGE).verdict == "consistent"
    # Another figure is not a contradiction of a change: it may count something else.
    assert numbers.compare(CHANGE, q(2500, approx="some", thing="troops")).verdict == "unrelated"


def test_approximations_widen_tolerance():
    assert numbers.compare(q(2500, approx="some", thing="troops"), q(2200, thing="troops")).verdict == "consistent"
    assert numbers.compare(q(2500, thing="troops"), q(2200, thing="troops")).verdict == "conflict"
    assert numbers.compare(q(4000, thing="troops"), q(4050, thing="troops")).verdict == "consistent"  # rounding
    assert numbers.compare(q(10, thing="people"), q(11, thing="people")).verdict == "conflict"


def test_bounds():
    at_least = q(10, approx="at least", thing="people")
    assert numbers.interval(at_least) == (10, math.inf)
    assert numbers.compare(at_least, q(1, thing="people")).verdict == "conflict"
    assert numbers.compare(at_least, q(14, thing="people")).verdict == "consistent"
    assert numbers.compare(q(100, approx="up to", thing="people"), q(60, thing="people")).verdict == "consistent"
    assert numbers.compare(q(100, approx="nearly", thing="people"), q(120, thing="people")).verdict == "conflict"
    assert numbers.compare(q(100, approx="nearly", thing="people"), q(90, thing="people")).verdict == "consistent"


def test_vague_amounts_use_their_range():
    several_hundred = Quantity(span=S, text="several hundreds", value=None, low=200, high=900, approx="several",
                               thing="military men")
    assert numbers.compare(several_hundred, q(500, thing="troops")).verdict == "consistent"
    assert numbers.compare(several_hundred, q(4000, thing="troops")).verdict == "conflict"
    assert numbers.compare(several_hundred, Quantity(span=S, text="many", value=None)).verdict == "unrelated"


def test_counted_things_must_be_compatible():
    assert numbers.compare(q(500, thing="personnel"), q(500, thing="U.S. troops")).verdict == "consistent"
    assert numbers.compare(q(5, thing="bases"), q(500, thing="troops")).verdict == "unrelated"
    assert numbers.compare(q(3, thing="air bases"), q(4, thing="bases")).verdict == "conflict"
    # Unknown things stay comparable, but not certainly so.
    c = numbers.compare(q(500), q(600, thing="troops"))
    assert c.verdict == "conflict" and not c.certain


def test_the_counted_act_is_read_around_a_generic_count():
    killed = q(10, approx="at least", thing="people")
    injured = q(300, thing="people")
    assert numbers.compare(killed, injured, "attack killed at least 10 people", "injured 300 people").verdict == "unrelated"
    assert numbers.compare(killed, q(1, thing="people"), "killed at least 10 people",
                           "one person was killed").verdict == "conflict"


def test_kinds_of_figure_do_not_mix():
    money = q(5, kind="money", unit="USD")
    assert numbers.compare(money, q(5, kind="money", unit="EUR")).verdict == "unrelated"
    assert numbers.compare(money, q(5, thing="troops")).verdict == "unrelated"
    assert numbers.compare(q(22.1, kind="percent", unit="percent"), q(22.1, kind="percent", unit="percent")).verdict \
        == "consistent"


def test_match_prefers_agreement_over_a_second_conflicting_pair():
    a = [q(500, thing="troops"), q(4000, thing="troops")]
    b = [q(4000, thing="troops")]
    verdicts = [c.verdict for _, _, c in numbers.match_quantities(a, b)]
    assert verdicts == ["consistent"]


def test_counts_of_the_same_act_are_specific_and_conflict_beyond_tolerance():
    injured = q(12, text="At least 12 people", approx="at least", thing="people")
    hurt = q(2, text="Two people", thing="people")
    c = numbers.compare(injured, hurt, "At least 12 people were injured, most of them", "Two people were slightly hurt")
    assert c.verdict == "conflict" and c.specific and c.certain
    # The same figures without an act said around them: people counted, but not the same act known.
    c = numbers.compare(injured, hurt, "At least 12 people", "Two people")
    assert c.verdict == "conflict" and not c.specific


def test_counted_thing_read_after_the_figure():
    four = q(4, text="four times", kind="multiplier", unit="times")
    quadruple = q(4, text="quadruple", kind="multiplier", unit="times")
    rise = q(480, text="from 120 to about 480", kind="change", change_from=120, approx="about")
    workers = numbers.thing_class(four, "money for four times as many workers at the dam")
    assert workers is not None
    assert numbers.thing_class(quadruple, "would quadruple the number of workers at the site") == workers
    assert numbers.thing_class(four, "four times as many bases") not in (None, workers)
    c = numbers.compare(rise, four, "raise the number of workers at the site from 120 to about 480",
                        "four times as many workers")
    assert c.verdict == "consistent" and c.certain
    c = numbers.compare(four, q(4, text="four times", kind="multiplier", unit="times"),
                        "four times as many workers", "four times as many bases")
    assert c.verdict == "unrelated"


def test_a_ratio_compares_only_with_a_ratio():
    ratio = q(3, text="3:1", kind="ratio")
    assert numbers.compare(ratio, q(3, text="3")).verdict == "unrelated"
    assert numbers.compare(ratio, q(3, text="3:1", kind="ratio")).verdict == "consistent"
    assert numbers.compare(ratio, q(2, text="2:1", kind="ratio")).verdict == "conflict"


def test_only_stresses_a_figure_without_widening_it():
    # session 20: "only three defeats" was read as 2.4-3.6, as if "only" were "around"
    c = numbers.compare(q(3, text="3"), q(3, text="only three defeats", approx="only"))
    assert c.reason.endswith("(3 and 3)")
    assert numbers.compare(q(30, approx="only"), q(35)).verdict == "conflict"


def test_a_record_agrees_with_the_same_record_only():
    # session 20: "10 games" was "within what the wording allows" of a team's record "9-14"
    rec = q(None, text="9-14", kind="score")
    same = numbers.compare(rec, q(None, text="9-14", kind="score"))
    assert (same.verdict, same.exact) == ("consistent", True) and "same record" in same.reason
    assert numbers.compare(rec, q(10, text="10 games", thing="games")).verdict == "unrelated"
    assert numbers.compare(rec, q(None, text="10-13", kind="score")).verdict == "unrelated"
