"""The best-pair-first average linkage that newsprism.cluster.linkage used before its rounds of
reciprocal nearest neighbours: one heap of pairs, the single best pair merged at a time. Kept here
as the reference the faster version must equal (it was itself tested against scipy's dense linkage,
and it handles kept clusters and date spans, which scipy does not)."""
from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np


def heap_average_linkage(sizes: Sequence[int], frozen: Sequence[bool], a: np.ndarray, b: np.ndarray,
                    w: np.ndarray, threshold: float, span: tuple[np.ndarray, np.ndarray] | None = None,
                    max_span: int | None = None) -> np.ndarray:
    """Cluster label of every node: the smallest node index in its cluster.

    sizes[i] is the number of items node i stands for; (a[k], b[k], w[k]) adds w[k] to the summed
    similarity between nodes a[k] and b[k]. Two clusters merge, best first, while the mean
    similarity over all their item pairs is at least `threshold`. With `span` = (first, last day of
    each node; first > last for a node without dates), a merge that would make a cluster cover more
    than `max_span` days is refused: dates far apart never share a cluster, however similar.
    """
    n = len(sizes)
    a, b, w = np.asarray(a, np.int64), np.asarray(b, np.int64), np.asarray(w, np.float64)
    adj: list[dict[int, float] | None] = [{} for _ in range(n)]
    for x, y, v in zip(a.tolist(), b.tolist(), w.tolist()):
        if x == y:
            continue
        row = adj[x]
        row[y] = row.get(y, 0.0) + v  # type: ignore[union-attr]
        adj[y][x] = row[y]  # type: ignore[index]
    size = [int(s) for s in sizes]
    fro = [bool(f) for f in frozen]
    parent = list(range(n))
    limit = max_span if span is not None and max_span is not None else None
    if limit is not None:
        first = [int(x) for x in span[0]]  # type: ignore[index]
        last = [int(x) for x in span[1]]  # type: ignore[index]
    # A pair whose merge would be refused for its span is never queued: spans only grow, so it stays
    # refused (the same merges as queueing it and refusing it when it comes up, with less heap traffic).
    init_neg, init_x, init_y = [], [], []
    for x in range(n):
        for y, s in adj[x].items():  # type: ignore[union-attr]
            if x < y and not (fro[x] and fro[y]):
                avg = s / (size[x] * size[y])
                if avg >= threshold and (limit is None or max(last[x], last[y]) - min(first[x], first[y]) <= limit):
                    init_neg.append(-avg)
                    init_x.append(x)
                    init_y.append(y)
    # The first entries come sorted (numpy) and are read in order; only pairs queued during the merges
    # go through the heap: the same order as one heap of everything, at a fraction of its cost.
    order = np.lexsort((init_y, init_x, init_neg)) if init_neg else np.zeros(0, np.int64)
    init_neg = np.asarray(init_neg, np.float64)[order].tolist()
    init_x = np.asarray(init_x, np.int64)[order].tolist()
    init_y = np.asarray(init_y, np.int64)[order].tolist()
    cursor, n_init = 0, len(init_neg)
    heap: list[tuple[float, int, int]] = []
    pop, push = heapq.heappop, heapq.heappush
    # Queue entries are upper bounds: a pair whose mean fell (one side grew, the sum did not) keeps its
    # old entry and is re-queued at its true mean when that entry comes up; a pair whose ids or sum
    # changed (the neighbours of the absorbed cluster) is queued afresh. So the pair taken is always
    # the one with the best true (mean, ids) -- as if every pair were re-queued after each merge.
    while True:
        if cursor < n_init:
            entry = (init_neg[cursor], init_x[cursor], init_y[cursor])
            if heap and heap[0] < entry:
                entry = pop(heap)
            else:
                cursor += 1
        elif heap:
            entry = pop(heap)
        else:
            break
        neg, x, y = entry
        ax, ay = adj[x], adj[y]
        if ax is None or ay is None or y not in ax:
            continue  # one side was absorbed since: its pairs were queued again under the new ids
        avg = ax[y] / (size[x] * size[y])
        if avg != -neg:
            if avg < -neg and avg >= threshold and not (fro[x] and fro[y]) and (
                    limit is None or max(last[x], last[y]) - min(first[x], first[y]) <= limit):
                push(heap, (-avg, x, y))  # it fell: queue its true mean
            continue  # (it rose: the fresher entry is queued)
        if fro[x] and fro[y]:
            continue  # two kept clusters (one became kept since this entry was queued)
        if limit is not None:
            lo, hi = min(first[x], first[y]), max(last[x], last[y])
            if hi - lo > limit:
                continue  # spans only grow: this pair can never merge
            first[x], last[x] = lo, hi
        # keep x (the smaller index), fold y into it
        parent[y] = x
        size[x] += size[y]
        fro[x] = fro[x] or fro[y]
        del ax[y]
        sx, fx = size[x], fro[x]
        if limit is not None:
            lo, hi = first[x], last[x]
        for z, s in ay.items():
            if z == x:
                continue
            az = adj[z]
            del az[y]  # type: ignore[union-attr]
            ax[z] = total = ax.get(z, 0.0) + s
            az[x] = total  # type: ignore[index]
            if fx and fro[z]:
                continue
            avg = total / (sx * size[z])
            if avg >= threshold and (limit is None or max(hi, last[z]) - min(lo, first[z]) <= limit):
                push(heap, (-avg, x, z) if x < z else (-avg, z, x))
        adj[y] = None
    labels = np.arange(n)
    for i in range(n):
        r = i
        while parent[r] != r:
            r = parent[r]
        labels[i] = r
    return labels
