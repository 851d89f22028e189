"""Attribution quality on PolNeAR may not fall below its recorded floor (benchmarks/floors).

A fixed subset (the first 30 dev documents by name, about a minute on one core) keeps this in CI;
the full dev figures are in benchmarks/results/attribution_quality.json
(`.venv/bin/python benchmarks/attribution_quality.py`).
"""
import json

import pytest
from shared_data import DATA, REPO, benchmark

FLOORS = REPO / "benchmarks" / "floors" / "attribution_quality.json"


def _benchmark():
    return benchmark("attribution_quality")


def test_attribution_quality_on_the_fixed_dev_subset_stays_above_the_floor():
    floor = json.loads(FLOORS.read_text())
    bench = _benchmark()
    assert floor["subset"]["documents"] == bench.FAST_SUBSET
    scores = bench.evaluate("dev", bench.FAST_SUBSET)
    assert scores["documents"] == bench.FAST_SUBSET
    for metric, minimum in floor["subset"]["f1"].items():
        assert scores[metric]["f1"] >= minimum, (metric, scores[metric], minimum)


def test_the_scorer_matches_a_nested_report_to_its_own_level():
    # "Reuters reported that Voss said the plant would close": gold has the outer report (content = the
    # whole "Voss said ..." clause) and the inner one (content = "the plant would close"). A prediction of
    # the inner one overlaps both equally; it must be scored against the inner one, whatever the order.
    bench = _benchmark()
    Attr = bench.Attr
    outer = Attr(frozenset({10, 20, 30, 40, 50}), frozenset({1}), frozenset({5}))
    inner = Attr(frozenset({30, 40, 50}), frozenset({10}), frozenset({20}))
    pred = Attr(frozenset({30, 40, 50}), frozenset({10}), frozenset({20}))
    for gold in ([outer, inner], [inner, outer]):
        assert bench.closest(pred, gold) is inner
        tally = bench.Tally()
        tally.add([pred], gold, 1.0)
        assert tally.scores()["source_exact"]["precision"] == 1.0
