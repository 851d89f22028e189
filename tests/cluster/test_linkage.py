"""Sparse average linkage equals dense average linkage (scipy) when every non-zero pair is given."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from newsprism.cluster.candidates import candidate_pairs
from newsprism.cluster.features import article_features
from newsprism.cluster.linkage import average_linkage
from newsprism.cluster.options import ClusterOptions
from reference_linkage import heap_average_linkage


def partition(labels) -> set[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for i, label in enumerate(labels):
        out.setdefault(int(label), set()).add(i)
    return {frozenset(v) for v in out.values()}


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_equals_scipy_average_linkage(seed):
    rng = np.random.default_rng(seed)
    n = 40
    centres = rng.normal(size=(5, 8))
    points = centres[rng.integers(0, 5, n)] + 0.6 * rng.normal(size=(n, 8))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    sim = np.clip(points @ points.T, 0, None)  # zero stands for "not compared"
    threshold = 0.35
    a, b = np.triu_indices(n, 1)
    keep = sim[a, b] > 0
    ours = average_linkage([1] * n, [False] * n, a[keep], b[keep], sim[a, b][keep], threshold)
    dense = fcluster(linkage(squareform(1 - sim, checks=False), "average"), 1 - threshold, "distance")
    assert partition(ours) == partition(dense)
    assert all(ours[i] == min(np.flatnonzero(ours == ours[i])) for i in range(n))  # label = smallest member


def _random_graph(seed: int):
    """Sparse random pairs (repeated, self and negative ones too), kept nodes of several items, date spans."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(20, 400)), int(rng.integers(50, 4000))
    sizes = np.where(rng.random(n) < 0.2, rng.integers(2, 6, n), 1)
    frozen = (sizes > 1) & (seed % 3 != 0)
    a, b = rng.integers(0, n, m), rng.integers(0, n, m)
    w = rng.normal(0.1, 0.25, m) * sizes[a] * sizes[b]
    if seed % 2:  # sums on a coarse grid: many exactly equal means, so the tie-breaking is exercised
        w = np.round(w * 4) / 4
    first = rng.integers(0, 100, n)
    return sizes, frozen, a, b, w, (first, first + rng.integers(0, 5, n))


@pytest.mark.parametrize("seed", range(40))
def test_rounds_of_reciprocal_pairs_equal_the_best_pair_first_heap(seed):
    # the previous implementation (one heap, the single best pair merged at a time), on graphs with
    # kept clusters, date spans and tied means: the same labels
    sizes, frozen, a, b, w, span = _random_graph(seed)
    merged = 0
    for threshold in (0.05, 0.1, 0.3):
        for limit in (None, 30):
            sp = span if limit is not None else None
            ours = average_linkage(sizes, frozen, a, b, w, threshold, sp, limit)
            ref = heap_average_linkage(sizes, frozen, a, b, w, threshold, sp, limit)
            assert np.array_equal(ours, ref), (threshold, limit)
            merged += len(sizes) - len(set(ours.tolist()))
    assert merged > 0  # something merged: the comparison is not empty


def test_result_does_not_depend_on_the_order_of_the_pairs():
    sizes, frozen, a, b, w, span = _random_graph(7)
    perm = np.random.default_rng(0).permutation(len(a))
    for threshold in (0.05, 0.1):
        one = average_linkage(sizes, frozen, a, b, w, threshold, span, 30)
        other = average_linkage(sizes, frozen, b[perm], a[perm], w[perm], threshold, span, 30)
        assert np.array_equal(one, other)


def test_kept_clusters_never_merge_even_through_tied_means():
    # sums on a coarse grid make many exactly equal means; a kept cluster that absorbed a new node
    # must still never merge with another kept one (an earlier version did, when a mean was unchanged)
    for seed in range(0, 30, 3):
        rng = np.random.default_rng(seed)
        n, m = 400, 4000
        sizes = np.where(rng.random(n) < 0.2, rng.integers(2, 6, n), 1)
        frozen = sizes > 1
        a, b = rng.integers(0, n, m), rng.integers(0, n, m)
        w = np.round(rng.normal(0.1, 0.25, m) * sizes[a] * sizes[b] * 4) / 4
        for threshold in (0.05, 0.1, 0.3):
            kept = average_linkage(sizes, frozen, a, b, w, threshold)[frozen]
            assert len(set(kept.tolist())) == len(kept)


def test_frozen_clusters_absorb_but_never_merge():
    # nodes 0 and 1 are kept clusters of 3 and 2 items, very alike; node 2 is a new item
    a, b, w = np.array([0, 0, 1]), np.array([1, 2, 2]), np.array([6 * 0.9, 3 * 0.8, 2 * 0.2])
    labels = average_linkage([3, 2, 1], [True, True, False], a, b, w, 0.3)
    assert list(labels) == [0, 1, 0]
    labels = average_linkage([3, 2, 1], [False, False, False], a, b, w, 0.3)
    assert list(labels) == [0, 0, 0]


def test_span_limit_keeps_far_dates_apart():
    a, b, w = np.array([0, 1, 0]), np.array([1, 2, 2]), np.array([0.9, 0.9, 0.9])
    first, last = np.array([0, 1 << 40, 1000]), np.array([0, -(1 << 40), 1000])  # node 1 has no date
    labels = average_linkage([1, 1, 1], [False] * 3, a, b, w, 0.5, (first, last), 60)
    assert labels[0] != labels[2]
    assert labels[1] in (labels[0], labels[2])


def test_candidates_respect_the_date_window_and_each_pair_comes_once():
    from cluster_corpus import articles

    arts = articles()
    options = ClusterOptions(ner_fallback=False)
    f = article_features(arts, options=options)
    i, j = candidate_pairs(f, np.arange(len(arts)), options)
    pairs = {(arts[x].id, arts[y].id) for x, y in zip(i, j)}
    assert len(pairs) == len(i) and not any((y, x) in pairs for x, y in pairs)
    ids = {frozenset(p) for p in pairs}
    assert frozenset(("a1", "a2")) in ids and frozenset(("b1", "b2")) in ids
    assert frozenset(("a1", "c1")) not in ids  # 2024 and 2022: further apart than window_days
    assert frozenset(("a4", "c1")) in ids  # an undated article is compared with every date
