"""Which pairs of articles are compared at all: the step that keeps clustering sub-quadratic.

Two articles are candidates when they share key terms (their weightiest words; terms found in a
large share of the store propose nothing, like stop words) and their dates allow one story (both
undated, one undated, or at most window_days apart). Each article keeps its best `neighbours`
candidates by number of shared key terms, ties broken by row. The products run on sparse matrices,
block by block over a date-sorted window, so the cost follows the number of real candidates,
not n².
"""
from __future__ import annotations

import numpy as np
from scipy import sparse

from newsprism.cluster.features import Features
from newsprism.cluster.options import ClusterOptions


def _proposing_keys(f: Features, options: ClusterOptions) -> sparse.csr_matrix:
    keys = f.keys.copy()
    if keys.nnz:
        cols, counts = np.unique(keys.indices, return_counts=True)
        cap = max(options.min_term_articles, options.max_term_share * len(f))
        common = cols[counts > cap]
        if len(common):
            keys.data[np.isin(keys.indices, common)] = 0
            keys.eliminate_zeros()
    return keys


def _top(rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, m: int) -> np.ndarray:
    """Mask keeping each row's m best (most shared terms, then smallest column)."""
    order = np.lexsort((cols, -counts, rows))
    rows_sorted = rows[order]
    starts = np.flatnonzero(np.r_[True, rows_sorted[1:] != rows_sorted[:-1]])
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    keep = np.zeros(len(order), bool)
    keep[order[rank < m]] = True
    return keep


def candidate_pairs(f: Features, new: np.ndarray, options: ClusterOptions,
                    block: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i, j) with i in `new` and j any other row; each unordered pair once."""
    n = len(f)
    new = np.asarray(new, np.int64)
    if not len(new) or n < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    keys = _proposing_keys(f, options)
    w = options.window_days
    lo, hi = f.day_lo.astype(np.int64), f.day_hi.astype(np.int64)
    dated = lo >= 0
    dated_rows = np.flatnonzero(dated)
    by_day = dated_rows[np.argsort(lo[dated_rows], kind="stable")]
    sorted_lo = lo[by_day]
    undated_rows = np.flatnonzero(~dated)
    new_sorted = new[np.lexsort((new, np.where(dated[new], lo[new], np.iinfo(np.int64).max)))]
    out_i, out_j = [], []
    for start in range(0, len(new_sorted), block):
        chunk = new_sorted[start:start + block]
        if dated[chunk].all():
            a = int(lo[chunk].min()) - w - 366  # an interval is at most a year long
            b = int(hi[chunk].max()) + w
            window = by_day[np.searchsorted(sorted_lo, a, "left"):np.searchsorted(sorted_lo, b, "right")]
            window = np.concatenate([window, undated_rows])
        else:
            window = np.arange(n)
        prod = (keys[chunk] @ keys[window].T).tocoo()
        r, c = chunk[prod.row], window[prod.col]
        v = prod.data
        ok = r != c
        both = dated[r] & dated[c]
        gap = np.maximum(lo[r], lo[c]) - np.minimum(hi[r], hi[c])
        ok &= ~both | (gap <= w)
        r, c, v = r[ok], c[ok], v[ok]
        keep = _top(r, c, v, options.neighbours)
        out_i.append(r[keep])
        out_j.append(c[keep])
    i = np.concatenate(out_i)
    j = np.concatenate(out_j)
    # each unordered pair once, the new row first when only one of them is new
    isnew = np.zeros(n, bool)
    isnew[new] = True
    swap = ~isnew[i] | (isnew[j] & (j < i))
    i, j = np.where(swap, j, i), np.where(swap, i, j)
    pairs = np.unique(np.stack([i, j], axis=1), axis=0) if len(i) else np.zeros((0, 2), np.int64)
    return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
