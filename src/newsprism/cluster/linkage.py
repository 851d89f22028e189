"""Average-linkage clustering over a sparse similarity graph, with frozen clusters.

Pairs that are not in the graph count as similarity 0, so the result equals dense average linkage
whenever every non-zero pair is given. Frozen nodes are clusters kept from an earlier run: they can
absorb new nodes but never merge with each other (what lets new articles attach without
re-clustering the store). Ties are broken by node index, so the result depends only on the input.

How: rounds of reciprocal nearest neighbours, each round a few numpy passes over the remaining pairs.
Average linkage is *reducible*: the mean similarity of a merged cluster A+B to any C is a weighted
mean of A's and B's, so it is never above the better of the two. The two limits keep that true (a pair
of kept clusters stays forbidden once one side grows; a merged cluster's date span covers both
sides' spans). Under reducibility, two clusters that are each other's best partner (by mean, then
node indices) are merged by the best-pair-first procedure too, and merging them first changes no other
merge -- so merging every such pair of a round at once gives the same clusters as taking the single
best pair at a time (the classic heap version this replaced: tested equal, and against scipy).
A cluster with no partner at or above the threshold is final (a weighted mean of values below the
threshold stays below it), and its pairs are dropped; so each round works on fewer pairs.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def average_linkage(sizes: Sequence[int], frozen: Sequence[bool], a: np.ndarray, b: np.ndarray,
                    w: np.ndarray, threshold: float, span: tuple[np.ndarray, np.ndarray] | None = None,
                    max_span: int | None = None) -> np.ndarray:
    """Cluster label of every node: the smallest node index in its cluster.

    sizes[i] is the number of items node i stands for; (a[k], b[k], w[k]) adds w[k] to the summed
    similarity between nodes a[k] and b[k]. Two clusters merge, best first, while the mean
    similarity over all their item pairs is at least `threshold` (ties: the pair of smallest node
    indices first). With `span` = (first, last day of each node; first > last for a node without
    dates), a merge that would make a cluster cover more than `max_span` days is refused: dates far
    apart never share a cluster, however similar.
    """
    n = len(sizes)
    size = np.asarray(sizes, np.int64).copy()
    fro = np.asarray(frozen, bool).copy()
    parent = np.arange(n, dtype=np.int64)
    limit = max_span if span is not None and max_span is not None else None
    if limit is not None:
        first = np.asarray(span[0], np.int64).copy()
        last = np.asarray(span[1], np.int64).copy()
    u, v, s = _summed(np.asarray(a, np.int64), np.asarray(b, np.int64), np.asarray(w, np.float64), n)
    while len(u):
        # pairs that can never merge: two kept clusters, or too long a span (both only get worse)
        ok = ~(fro[u] & fro[v])
        if limit is not None:
            ok &= np.maximum(last[u], last[v]) - np.minimum(first[u], first[v]) <= limit
        mean = s / (size[u] * size[v])
        good = ok & (mean >= threshold)
        if not good.any():
            break
        # a cluster without a good pair is final: keep only pairs between clusters that still have one
        live = np.zeros(n, bool)
        live[u[good]] = True
        live[v[good]] = True
        keep = ok & live[u] & live[v]
        good = good[keep]
        u, v, s, mean = u[keep], v[keep], s[keep], mean[keep]
        # each cluster's best partner: highest mean, then the smallest index (for a given cluster x,
        # ordering its pairs by (smaller index, larger index) is ordering them by the partner's index)
        src = np.concatenate([u[good], v[good]])
        dst = np.concatenate([v[good], u[good]])
        gm = np.tile(mean[good], 2)
        top = np.full(n, -np.inf)
        np.maximum.at(top, src, gm)
        at_top = gm == top[src]
        best = np.full(n, n, np.int64)
        np.minimum.at(best, src[at_top], dst[at_top])
        x = np.flatnonzero(best < n)
        x = x[(best[best[x]] == x) & (x < best[x])]
        y = best[x]
        # fold y into x (the smaller index), all pairs at once
        parent[y] = x
        size[x] += size[y]
        fro[x] |= fro[y]
        if limit is not None:
            first[x] = np.minimum(first[x], first[y])
            last[x] = np.maximum(last[x], last[y])
        remap = np.arange(n, dtype=np.int64)
        remap[y] = x
        u, v, s = _summed(remap[u], remap[v], s, n)
    labels = parent
    while True:
        up = labels[labels]
        if np.array_equal(up, labels):
            return labels
        labels = up


def _summed(a: np.ndarray, b: np.ndarray, w: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unordered pairs (u < v) with their summed weights, sorted; self pairs dropped."""
    keep = a != b
    a, b, w = a[keep], b[keep], w[keep]
    if not len(a):
        return a, b, w
    key = np.minimum(a, b) * n + np.maximum(a, b)
    # a stable sort: after a round the keys are still nearly in order, which it notices
    order = np.argsort(key, kind="stable")
    key = key[order]
    head = np.r_[True, key[1:] != key[:-1]]
    inv = np.empty(len(key), np.int64)
    inv[order] = np.cumsum(head) - 1
    key = key[head]
    return key // n, key % n, np.bincount(inv, weights=w, minlength=len(key))
