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
