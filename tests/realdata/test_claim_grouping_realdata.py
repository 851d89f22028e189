"""Claim groups on real multi-outlet stories (four ECB+ stories, 34 articles) against a fact-level gold:
the benchmark's own `evaluate()` (benchmarks/claim_grouping.py), about 10-30 s."""
from __future__ import annotations

import json

from shared_data import REPO, benchmark

FLOOR = json.loads((REPO / "benchmarks" / "floors" / "claim_grouping.json").read_text())


def test_claim_groups_hold_one_fact_as_often_as_the_floor_says():
    result = benchmark("claim_grouping").evaluate()
    assert result["stories"] == 4 and result["documents"] == 34, result
    assert result["pair_precision"] >= FLOOR["pair_precision"], result
    assert result["pair_recall"] >= FLOOR["pair_recall"], result
    # a contest between two different facts is a false alarm a reader would act on
    assert result["contested_groups"] >= 1 and result["contested_pure"] >= FLOOR["contested_pure"], result
    # a corroboration mixing facts overstates the evidence ("corroborated by 5 sources" over two facts)
    assert result["corroborated_pure"] >= FLOOR["corroborated_pure"], result
