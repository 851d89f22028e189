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

from newsprism.cluster.features import Features, unique
from newsprism.cluster.options import ClusterOptions
from newsprism.cluster.workers import map_threads


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
    # one int64 key (row, then most shared, then column): a single argsort instead of a 3-key lexsort
    # (counts are whole numbers: products of 0/1 key-term rows; a row's columns are distinct, so keys are too)
    counts = np.rint(counts).astype(np.int64)
    span = int(cols.max()) + 1 if len(cols) else 1
    top = int(counts.max()) + 1 if len(counts) else 1
    order = np.argsort((rows * top + (top - 1 - counts)) * span + cols)
    rows_sorted = rows[order]
    starts = np.flatnonzero(np.r_[True, rows_sorted[1:] != rows_sorted[:-1]])
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    keep = np.zeros(len(order), bool)
    keep[order[rank < m]] = True
    return keep


def candidate_pairs(f: Features, new: np.ndarray, options: ClusterOptions,
                    block: int = 1024, threads: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i, j) with i in `new` and j any other row; each unordered pair once. Blocks of
    `block` new rows run in `threads` threads (sparse products and sorts let go of the GIL); the
    result does not depend on it."""
    n = len(f)
    new = np.asarray(new, np.int64)
    if not len(new) or n < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    keys = _proposing_keys(f, options)
    w = options.window_days
    lo, hi = f.day_lo.astype(np.int64), f.day_hi.astype(np.int64)
    dated = lo >= 0
    # the longest date interval (0 when every date is a day; a year-precision date covers a year): a row
    # whose dates are within w days of a new row's starts at most w + longest days before it
    longest = int((hi - lo)[dated].max()) if dated.any() else 0
    dated_rows = np.flatnonzero(dated)
    by_day = dated_rows[np.argsort(lo[dated_rows], kind="stable")]
    sorted_lo = lo[by_day]
    undated_rows = np.flatnonzero(~dated)
    # rows in day order, the undated ones last: a block's window is a slice of it, plus that tail; only
    # the span any new row can reach is kept (all of it in a full run, a few weeks when attaching news)
    if dated[new].all():
        first = int(np.searchsorted(sorted_lo, int(lo[new].min()) - w - longest, "left"))
        last = int(np.searchsorted(sorted_lo, int(hi[new].max()) + w, "right"))
    else:
        first, last = 0, len(by_day)
    ordered = np.concatenate([by_day[first:last], undated_rows])
    sorted_lo = sorted_lo[first:last]
    # those rows' key terms numbered 0..k-1 (same order): products and transposes no longer walk the
    # 4M hashed columns
    reached = keys[ordered]
    used, compact = np.unique(reached.indices, return_inverse=True)
    reached = sparse.csr_matrix((reached.data, compact.astype(np.int32), reached.indptr),
                                shape=(len(ordered), max(1, len(used))))
    columns = sparse.csc_matrix(reached.T)  # column k: the key terms of row ordered[k]
    # a new row's key terms in the same numbering (terms no reachable row has cannot pair it with one)
    new_keys = keys[new]
    known = np.isin(new_keys.indices, used)
    where = np.searchsorted(used, new_keys.indices).clip(0, max(0, len(used) - 1))
    new_keys = sparse.csr_matrix((new_keys.data * known, where, new_keys.indptr), shape=(len(new), max(1, len(used))))
    new_keys.eliminate_zeros()
    row_of = np.full(n, -1, np.int64)
    row_of[new] = np.arange(len(new))
    new_sorted = new[np.lexsort((new, np.where(dated[new], lo[new], np.iinfo(np.int64).max)))]

    def pairs_of(start: int) -> tuple[np.ndarray, np.ndarray]:
        chunk = new_sorted[start:start + block]
        if dated[chunk].all():
            a = int(lo[chunk].min()) - w - longest
            b = int(hi[chunk].max()) + w
            spans = [(int(np.searchsorted(sorted_lo, a, "left")), int(np.searchsorted(sorted_lo, b, "right")))]
            if len(undated_rows):
                spans.append((len(sorted_lo), len(ordered)))
        else:
            spans = [(0, len(ordered))]
        rs, cs, vs = [], [], []
        chunk_keys = new_keys[row_of[chunk]]
        for s, e in spans:
            prod = (chunk_keys @ columns[:, s:e]).tocoo()
            rs.append(chunk[prod.row])
            cs.append(ordered[s + prod.col])
            vs.append(prod.data)
        r, c, v = np.concatenate(rs), np.concatenate(cs), np.concatenate(vs)
        ok = r != c
        both = dated[r] & dated[c]
        gap = np.maximum(lo[r], lo[c]) - np.minimum(hi[r], hi[c])
        ok &= ~both | (gap <= w)
        r, c, v = r[ok], c[ok], v[ok]
        keep = _top(r, c, v, options.neighbours)
        return r[keep], c[keep]

    found = map_threads(pairs_of, list(range(0, len(new_sorted), block)), threads)
    i = np.concatenate([x for x, _ in found])
    j = np.concatenate([y for _, y in found])
    # each unordered pair once, the new row first when only one of them is new
    isnew = np.zeros(n, bool)
    isnew[new] = True
    swap = ~isnew[i] | (isnew[j] & (j < i))
    i, j = np.where(swap, j, i), np.where(swap, i, j)
    # sorted by (i, j), each pair once (one int64 key per pair: np.unique(axis=0) is many times slower)
    key = unique(i.astype(np.int64) * n + j)
    return key // n, key % n
