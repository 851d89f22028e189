"""The words of many texts at once, with numpy: offsets and a stable 64-bit id per lower-cased word.

A word is a maximal run of letters and digits -- what the regex `[^\\W_]+` finds, since Python's
`\\w` is `str.isalnum()` plus "_" -- so this is the tokenisation the rest of the stage always used,
done on code-point arrays instead of one regex match object per word (which was most of the cost of
clustering). The id is a polynomial hash of the lower-cased code points, finished with the
splitmix64 mixer: equal words get equal ids in every text and every run. Ids only group equal words
within a run; what is kept (feature columns, copy signatures) comes from the words' crc32 as before,
looked up once per distinct word, so saved cluster states stay valid.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np

_ALNUM = np.array([chr(c).isalnum() for c in range(128)], bool)
_LOWER = np.array([ord(chr(c).lower()) for c in range(128)], np.uint32)
_other: dict[int, tuple[bool, int]] = {}  # code point >= 128 -> (is a word character, lower-case code point)
_P = np.uint64(0x100000001B3)  # odd multiplier of the polynomial hash
_powers = np.ones(1, np.uint64)


def _char_info(cp: int) -> tuple[bool, int]:
    hit = _other.get(cp)
    if hit is None:
        ch = chr(cp)
        low = ch.lower()
        hit = _other[cp] = (ch.isalnum(), ord(low) if len(low) == 1 else cp)  # "İ" -> two chars: keep it
    return hit


def _pow(n: int) -> np.ndarray:
    global _powers
    if len(_powers) < n:
        size = max(n, 2 * len(_powers))
        p = np.full(size, _P, np.uint64)
        p[0] = 1
        with np.errstate(over="ignore"):
            _powers = np.multiply.accumulate(p)
    return _powers[:n]


def mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit reaches every output bit."""
    h = h.astype(np.uint64, copy=True)
    with np.errstate(over="ignore"):
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return h


@dataclass(frozen=True)
class Words:
    """Words of several texts: text k owns words bounds[k]:bounds[k+1]; offsets are within each text."""

    starts: np.ndarray  # int64
    ends: np.ndarray  # int64
    ids: np.ndarray  # uint64, equal for equal lower-cased words
    bounds: np.ndarray  # int64, len(texts) + 1


def words(texts: list[str]) -> Words:
    """Words of the texts (one numpy pass over all of them)."""
    offsets = np.zeros(len(texts) + 1, np.int64)
    if texts:
        np.cumsum([len(t) + 1 for t in texts], out=offsets[1:])
    # "\0" between texts: not a word character, so no word runs from one text into the next
    cps = np.frombuffer("\0".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    ascii_ = cps < 128
    if ascii_.all():
        mask = _ALNUM[cps]
        low = _LOWER[cps]
    else:
        mask = np.empty(len(cps), bool)
        low = np.empty(len(cps), np.uint32)
        mask[ascii_] = _ALNUM[cps[ascii_]]
        low[ascii_] = _LOWER[cps[ascii_]]
        rest = ~ascii_
        uniq, inv = np.unique(cps[rest], return_inverse=True)
        info = [_char_info(int(c)) for c in uniq.tolist()]
        mask[rest] = np.array([a for a, _ in info], bool)[inv]
        low[rest] = np.array([b for _, b in info], np.uint32)[inv]
    edge = np.diff(mask.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edge == 1)
    ends = np.flatnonzero(edge == -1)
    lengths = ends - starts
    if len(starts):
        inside = np.flatnonzero(mask)
        first = np.zeros(len(starts), np.int64)
        np.cumsum(lengths[:-1], out=first[1:])
        pos = np.arange(len(inside), dtype=np.int64) - np.repeat(first, lengths)
        with np.errstate(over="ignore"):
            terms = (low[inside].astype(np.uint64) + np.uint64(1)) * _pow(int(lengths.max()))[pos]
            h = np.add.reduceat(terms, first) ^ (lengths.astype(np.uint64) << np.uint64(56))
        ids = mix64(h)
    else:
        ids = np.zeros(0, np.uint64)
    bounds = np.searchsorted(starts, offsets)
    owner_offset = np.repeat(offsets[:-1], np.diff(bounds))
    return Words(starts - owner_offset, ends - owner_offset, ids, bounds.astype(np.int64))


_crc: dict[int, int] = {}  # word id -> crc32 of the lower-cased word


def crc32s(w: Words, texts: list[str], unique: tuple | None = None) -> np.ndarray:
    """crc32 of each lower-cased word (uint64): the word hashes the copy signatures were always made
    of, so signatures kept in a saved state stay valid. Computed once per distinct word.
    `unique` is np.unique(w.ids, return_index=True, return_inverse=True) when already known."""
    if not len(w.ids):
        return np.zeros(0, np.uint64)
    uniq, first, inv = unique if unique is not None else np.unique(w.ids, return_index=True, return_inverse=True)
    got = [_crc.get(h, -1) for h in uniq.tolist()]
    missing = [k for k, v in enumerate(got) if v < 0]
    if missing:
        owner = np.searchsorted(w.bounds, first[missing], side="right") - 1
        for k, i, t in zip(missing, first[missing].tolist(), owner.tolist()):
            got[k] = _crc[int(uniq[k])] = zlib.crc32(texts[t][w.starts[i]:w.ends[i]].lower().encode("utf-8"))
    return np.asarray(got, np.uint64)[inv]
