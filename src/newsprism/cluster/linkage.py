"""Average-linkage clustering over a sparse similarity graph, with frozen clusters.

Pairs that are not in the graph count as similarity 0, so the result equals dense average linkage
whenever every non-zero pair is given. Frozen nodes are clusters kept from an earlier run: they can
absorb new nodes but never merge with each other (what lets new articles attach without
re-clustering the store). Ties are broken by node index, so the result depends only on the input.
"""
from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np


def average_linkage(sizes: Sequence[int], frozen: Sequence[bool], a: np.ndarray, b: np.ndarray,
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
    adj: list[dict[int, float] | None] = [{} for _ in range(n)]
    for x, y, v in zip(np.asarray(a).tolist(), np.asarray(b).tolist(), np.asarray(w).tolist()):
        if x == y:
            continue
        row = adj[x]
        row[y] = row.get(y, 0.0) + v  # type: ignore[union-attr]
        adj[y][x] = row[y]  # type: ignore[index]
    size = [int(s) for s in sizes]
    fro = [bool(f) for f in frozen]
    parent = list(range(n))
    if span is not None:
        first = [int(x) for x in span[0]]
        last = [int(x) for x in span[1]]
    heap = []
    for x in range(n):
        for y, s in adj[x].items():  # type: ignore[union-attr]
            if x < y and not (fro[x] and fro[y]):
                avg = s / (size[x] * size[y])
                if avg >= threshold:
                    heap.append((-avg, x, y))
    heapq.heapify(heap)
    while heap:
        neg, x, y = heapq.heappop(heap)
        ax, ay = adj[x], adj[y]
        if ax is None or ay is None or y not in ax or -neg != ax[y] / (size[x] * size[y]):
            continue  # stale: one side merged since this entry was pushed
        if span is not None:
            lo, hi = min(first[x], first[y]), max(last[x], last[y])
            if hi - lo > max_span:  # type: ignore[operator]
                continue  # spans only grow: this pair can never merge
            first[x], last[x] = lo, hi
        # keep x (the smaller index), fold y into it
        parent[y] = x
        size[x] += size[y]
        fro[x] = fro[x] or fro[y]
        del ax[y]
        for z, s in ay.items():
            if z == x:
                continue
            az = adj[z]
            del az[y]  # type: ignore[union-attr]
            ax[z] = ax.get(z, 0.0) + s
            az[x] = ax[z]  # type: ignore[index]
        adj[y] = None
        for z, s in ax.items():
            if fro[x] and fro[z]:
                continue
            avg = s / (size[x] * size[z])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(x, z), max(x, z)))
    labels = np.arange(n)
    for i in range(n):
        r = i
        while parent[r] != r:
            r = parent[r]
        labels[i] = r
    return labels
