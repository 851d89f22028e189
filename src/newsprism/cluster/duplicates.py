"""Copies between articles: whole-text near-duplicates and pasted passages.

1. Each article is cut into passages of a few sentences; a passage ends where a sentence's own
   hash says so (content-defined), so a pasted run of sentences is cut the same way in both
   articles whatever surrounds it.
2. Each passage gets a MinHash of its 5-word shingles (datasketch's "affine32" scheme, computed for
   all passages at once with numpy; equal to `datasketch.MinHash.update_batch`, tested), and goes
   into a `datasketch.MinHashLSH` index keyed by article.
3. Articles whose passages collide are aligned word by word: maximal runs of shared shingles give
   the shared passages as span pairs and the share of the shorter text found in the other.
   Runs inside quotation marks are left out: two outlets quoting one speaker did not copy each other.
"""
from __future__ import annotations

import gc
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.storage import DictListStorage, DictSetStorage

from newsprism.cluster.features import Prepared, day_interval, sentence_spans
from newsprism.cluster.options import ClusterOptions
from newsprism.cluster.tokens import crc32s, words
from newsprism.cluster.workers import Workers
from newsprism.records import Article, Duplicate, Span

_MASK32 = np.uint64(0xFFFFFFFF)
_MUL = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit multiplier for rolling the shingle hash
# Quotation spans: “...”, "...", «...», „...“ (and ‘...’ when it spans several words).
_QUOTED = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"|«[^»]{1,2000}»|„[^“”]{1,2000}[“”]|‘[^’]{10,2000}’")


_WORD = re.compile(r"[^\W_]+")  # a word, as tokens.words finds them
_token_hashes: dict[str, int] = {}


def _hash(token: str) -> int:
    h = _token_hashes.get(token)
    if h is None:
        h = _token_hashes[token] = zlib.crc32(token.encode("utf-8"))
    return h


@dataclass(frozen=True)
class Tokens:
    """Lower-cased words of a text with their character offsets and stable 32-bit hashes."""

    hashes: np.ndarray  # uint64 holding 32-bit values
    starts: np.ndarray
    ends: np.ndarray

    @classmethod
    def of(cls, text: str) -> Tokens:
        """One text (what aligning a pair needs; many texts go through tokens.words at once): the same
        words, offsets and hashes, by regex -- quicker than numpy's set-up for a single text."""
        spans = [m.span() for m in _WORD.finditer(text)]
        lower = text.lower()  # str.lower keeps offsets for all but a few letters; words come from the text below
        words_ = [text[s:e].lower() for s, e in spans] if len(lower) != len(text) else [lower[s:e] for s, e in spans]
        cache = _token_hashes
        hashes = [cache.get(w) or _hash(w) for w in words_]
        bounds = np.array(spans, np.int64).reshape(-1, 2)
        return cls(np.array(hashes, np.uint64), bounds[:, 0].copy(), bounds[:, 1].copy())

    def __len__(self) -> int:
        return len(self.hashes)


def tokens_of(texts: Sequence[str]) -> list[Tokens]:
    """Tokens.of each text, all at once (tokens.words: the same words, offsets and hashes, tested)."""
    if not texts:
        return []
    texts = list(texts)
    w = words(texts)
    h32 = crc32s(w, texts)
    b = w.bounds.tolist()
    return [Tokens(h32[lo:hi], w.starts[lo:hi], w.ends[lo:hi]) for lo, hi in zip(b[:-1], b[1:])]


def shingles(hashes: np.ndarray, k: int) -> np.ndarray:
    """32-bit hash of every run of k consecutive words (one run of all words when there are fewer)."""
    hashes = np.asarray(hashes, dtype=np.uint64)
    if len(hashes) == 0:
        return np.zeros(0, np.uint64)
    k = min(k, len(hashes))
    n = len(hashes) - k + 1
    h = np.zeros(n, np.uint64)
    with np.errstate(over="ignore"):
        for d in range(k):
            h = h * _MUL + hashes[d:d + n]
        return (h ^ (h >> np.uint64(32))) & _MASK32


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before its affine permutations."""
    h = h.astype(np.uint32)
    with np.errstate(over="ignore"):
        h ^= h >> np.uint32(16)
        h *= np.uint32(0x85EBCA6B)
        h ^= h >> np.uint32(13)
        h *= np.uint32(0xC2B2AE35)
        h ^= h >> np.uint32(16)
    return h


def permutations(options: ClusterOptions) -> tuple[np.ndarray, np.ndarray]:
    a, b = MinHash(num_perm=options.num_perm, seed=options.seed, scheme="affine32").permutations
    return np.asarray(a, np.uint32), np.asarray(b, np.uint32)


def signatures(groups: Sequence[np.ndarray], options: ClusterOptions) -> np.ndarray:
    """MinHash hash values (rows) of many sets of 32-bit shingle hashes, all at once.

    Equal to datasketch `MinHash(num_perm, seed, scheme="affine32", hashfunc=int).update_batch(set)`.
    """
    sizes = np.array([len(g) for g in groups], np.int64)
    flat = np.concatenate([np.asarray(g, np.uint64) for g in groups]) if len(groups) else np.zeros(0, np.uint64)
    return _signatures(flat, sizes, options)


def _signatures(flat: np.ndarray, sizes: np.ndarray, options: ClusterOptions) -> np.ndarray:
    """signatures() of the groups flat[:sizes[0]], flat[sizes[0]:sizes[0] + sizes[1]], ..."""
    out = np.full((len(sizes), options.num_perm), np.uint32(0xFFFFFFFF), np.uint32)
    nonempty = np.flatnonzero(sizes)
    if not len(nonempty):
        return out
    flat = _fmix32(flat)
    starts = np.concatenate([[0], np.cumsum(sizes[nonempty])[:-1]])
    a, b = permutations(options)
    with np.errstate(over="ignore"):
        for k in range(options.num_perm):
            out[nonempty, k] = np.minimum.reduceat(flat * a[k] + b[k], starts)
    return out


def passages(text: str, tokens: Tokens, options: ClusterOptions,
             sentences: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) of the passages: whole sentences, cut where a sentence's hash ends in 0
    or 1 (mod 4) once passage_min_words are in, and always by passage_max_words."""
    if not len(tokens):
        return []
    ends = [e for _, e in (sentence_spans(text) if sentences is None else sentences)]
    his = np.searchsorted(tokens.starts, ends).tolist()
    out, lo = [], 0
    for hi, e in zip(his, ends):
        h = zlib.crc32(text[max(0, e - 40):e].encode())
        words = hi - lo
        if words >= options.passage_max_words or (words >= options.passage_min_words and h % 4 < 2):
            out.append((lo, hi))
            lo = hi
    if lo < len(tokens):
        if out and len(tokens) - lo < options.passage_min_words // 2:
            out[-1] = (out[-1][0], len(tokens))
        else:
            out.append((lo, len(tokens)))
    return out


def passage_signatures(texts: Sequence[str], options: ClusterOptions) -> tuple[np.ndarray, np.ndarray]:
    """(signatures, article row of each) for every passage of every text."""
    return passage_signatures_of([(Tokens.of(t), None) for t in texts], texts, options)


def body_tokens(prepared: Sequence[Prepared]) -> list[tuple[Tokens, list[tuple[int, int]]]]:
    """(Tokens of the body, its sentences) of each article, from the features pass (features.prepare
    reads title + "\n" + body: the body's words are those from body_start on)."""
    out = []
    for p in prepared:
        w = p.words
        h32 = crc32s(w, p.texts, p.unique)
        for k, sentences in enumerate(p.sentences):
            lo, hi = int(w.bounds[k]), int(w.bounds[k + 1])
            off = int(p.body_start[k])
            lo += int(np.searchsorted(w.starts[lo:hi], off))
            out.append((Tokens(h32[lo:hi], w.starts[lo:hi] - off, w.ends[lo:hi] - off), sentences))
    return out


def passage_signatures_of(tokens: Sequence[tuple[Tokens, list | None]], texts: Sequence[str],
                          options: ClusterOptions) -> tuple[np.ndarray, np.ndarray]:
    """passage_signatures() from the tokens (and sentences, when known) of each text."""
    k = options.shingle
    flat_hashes, owners, ranges, short = [], [], [], []
    offset = 0
    for row, ((tok, sentences), text) in enumerate(zip(tokens, texts)):
        for lo, hi in passages(text, tok, options, sentences):
            if hi - lo < k:
                short.append((len(owners), tok.hashes[lo:hi]))
            ranges.append((offset + lo, offset + hi))
            owners.append(row)
        flat_hashes.append(tok.hashes)
        offset += len(tok)
    if not owners:
        return np.zeros((0, options.num_perm), np.uint32), np.zeros(0, np.int64)
    # every 5-word shingle of all texts at once; a passage takes those starting at lo .. hi - k
    every = shingles(np.concatenate(flat_hashes), k) if offset >= k else np.zeros(0, np.uint64)
    r = np.asarray(ranges, np.int64)
    sizes = np.maximum(r[:, 1] - r[:, 0] - k + 1, 0)
    starts = np.repeat(r[:, 0], sizes)
    within = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    sigs = _signatures(every[starts + within], sizes, options)
    for pos, hashes in short:  # a passage shorter than a shingle is one shingle of all its words
        sigs[pos] = signatures([shingles(hashes, k)], options)[0]
    return sigs, np.asarray(owners, np.int64)


class CopyIndex:
    """Passage MinHashes of many articles in one datasketch LSH index; keys are article rows.

    Inserts and lookups go in bulk: the band keys of all signatures are made at once with numpy --
    the same bytes `MinHashLSH` makes for each band (tested) -- and put into (or looked up in) the
    index's own band tables, so the index stays a `datasketch.MinHashLSH` that `query()` works on."""

    def __init__(self, options: ClusterOptions):
        self.options = options
        rows = options.num_perm // options.lsh_bands
        self.lsh = MinHashLSH(num_perm=options.num_perm, params=(options.lsh_bands, rows))
        # the dtype datasketch keeps these hash values in (its band keys are their bytes)
        self._dtype = self._minhash(np.zeros(options.num_perm, np.uint32)).hashvalues.dtype

    def _minhash(self, sig: np.ndarray) -> LeanMinHash:
        return LeanMinHash(seed=self.options.seed, hashvalues=sig, scheme="affine32")

    def band_keys(self, sigs: np.ndarray) -> list[list[bytes]]:
        """Per band, the bucket key of each signature: MinHashLSH's `bytes(band.byteswap().data)`."""
        swapped = np.asarray(sigs, self._dtype).byteswap()
        out = []
        for lo, hi in self.lsh.hashranges:
            band = np.ascontiguousarray(swapped[:, lo:hi])
            out.append(band.view(np.dtype((np.void, swapped.itemsize * (hi - lo)))).ravel().tolist())
        return out

    def add(self, sigs: np.ndarray, owners: np.ndarray) -> None:
        own = owners.tolist()
        if not own:
            return
        # the first one through MinHashLSH.insert: the index learns the scheme and checks the length
        self.lsh.insert(own[0], self._minhash(sigs[0]), check_duplication=False)
        keys = self.band_keys(sigs[1:])
        rest = own[1:]
        tables, key_store = self.lsh.hashtables, self.lsh.keys
        if type(key_store) is DictListStorage and all(type(t) is DictSetStorage for t in tables):
            # the in-memory storages (what this index always uses): into their dicts directly, as their
            # insert() does (the bytes objects shared with the key store, like one insert() per passage)
            # -- a call per passage and band was most of the time of rebuilding an index after loading.
            # The cyclic garbage collector is paused meanwhile: millions of new sets, none of them in a
            # cycle, would set off full collections over everything (two thirds of the time otherwise).
            paused = gc.isenabled()
            gc.disable()
            try:
                for band, table in zip(keys, tables):
                    buckets = table._dict
                    for h, owner in zip(band, rest):
                        buckets[h].add(owner)
                per_owner = key_store._dict
                for owner, hs in zip(rest, zip(*keys)):
                    per_owner[owner].extend(hs)
            finally:
                if paused:
                    gc.enable()
            return
        for k, owner in enumerate(rest):
            hs = [band[k] for band in keys]
            key_store.insert(owner, *hs)
            for h, table in zip(hs, tables):
                table.insert(h, owner)

    def query(self, sig: np.ndarray) -> list[int]:
        return self.lsh.query(self._minhash(sig))


def candidate_pairs(index: CopyIndex, sigs: np.ndarray, owners: np.ndarray) -> set[tuple[int, int]]:
    """(row, other row) pairs whose passages collide in the index (what `index.query` of each
    signature returns, looked up band by band); the queried rows must be in it."""
    pairs: set[tuple[int, int]] = set()
    own = owners.tolist()
    for band, table in zip(index.band_keys(sigs), index.lsh.hashtables):
        get = table.get
        for h, owner in zip(band, own):
            bucket = get(h)
            if len(bucket) > 1:  # most passages share their bucket with no other article
                for other in bucket:
                    if other != owner:
                        pairs.add((owner, other) if owner < other else (other, owner))
    return pairs


def pairs_with_new(options: ClusterOptions, old_sigs: np.ndarray, old_owners: np.ndarray, new_sigs: np.ndarray,
                   new_owners: np.ndarray) -> set[tuple[int, int]]:
    """The pairs `candidate_pairs` gives for new passages queried against an index of old and new
    ones, made without the big index: the new passages go into a small datasketch index and the old
    passages' band keys are looked up in it (two passages collide when they share a band key, whichever
    side holds the index). Attaching to a state loaded from a store needs only these pairs; building the
    index over every kept passage first (millions of Python sets at 100k articles) was most of the cost."""
    small = CopyIndex(options)
    small.add(new_sigs, new_owners)
    pairs = candidate_pairs(small, new_sigs, new_owners)  # new with new
    old = old_owners.tolist()
    for band, table in zip(small.band_keys(old_sigs), small.lsh.hashtables):
        buckets = table._dict if type(table) is DictSetStorage else None
        for h, owner in zip(band, old):
            bucket = buckets.get(h) if buckets is not None else (table.get(h) if h in table else None)
            if bucket:
                for other in bucket:
                    pairs.add((owner, other) if owner < other else (other, owner))
    return pairs


def _quoted(text: str) -> np.ndarray:
    """Boundaries of quoted regions as a sorted flat array [s0, e0, s1, e1, ...]."""
    return np.array([x for m in _QUOTED.finditer(text) for x in (m.start(), m.end())], np.int64)


def _quoted_share(bounds: np.ndarray, start: int, end: int) -> float:
    if not len(bounds) or end <= start:
        return 0.0
    inside = 0
    for s, e in zip(bounds[0::2], bounds[1::2]):
        inside += max(0, min(e, end) - max(s, start))
    return inside / (end - start)


def _blocks(la: list[int], lb: list[int], min_len: int) -> list[tuple[int, int, int]]:
    """Maximal runs (i in a, j in b, length) of equal consecutive shingles, at least min_len long.

    Walks a from the start: at each position the longest match among the first 8 places of that shingle
    in b; a match of min_len or more is a block (the walk goes on after it), else the walk moves one on.
    A block lies inside a run of shingles of a that are all in b, so only runs of min_len or more are
    walked (the same blocks: elsewhere the walk only moves on); most candidate pairs (passages that
    collided in the LSH index) have no such run and cost one pass over a."""
    in_b = set(lb)
    runs, start = [], -1
    for i, h in enumerate(la):
        if h in in_b:
            if start < 0:
                start = i
        elif start >= 0:
            if i - start >= min_len:
                runs.append((start, i))
            start = -1
    if start >= 0 and len(la) - start >= min_len:
        runs.append((start, len(la)))
    if not runs:
        return []
    in_a = set(la)
    where: dict[int, list[int]] = {}
    for j, h in enumerate(lb):
        if h in in_a:
            where.setdefault(h, []).append(j)
    n, m = len(la), len(lb)
    out = []
    for i, end in runs:
        while end - i >= min_len:
            best_j, best_len = -1, 0
            for j in where[la[i]][:8]:
                length = 0
                while i + length < n and j + length < m and la[i + length] == lb[j + length]:
                    length += 1
                if length > best_len:
                    best_j, best_len = j, length
            if best_len >= min_len:
                out.append((i, best_j, best_len))
                i += best_len
            else:
                i += 1
    return out


def _text_of(article: Article, tokens: Tokens, options: ClusterOptions) -> tuple[Tokens, list[int]]:
    """What aligning needs of one article: its tokens and the list of its shingles."""
    return tokens, shingles(tokens.hashes, options.shingle).tolist()


def align(a: Article, b: Article, options: ClusterOptions = ClusterOptions(),
          tokens: dict[str, Tokens] | None = None) -> Duplicate | None:
    """What b shares with a, as a Duplicate (near-duplicate or partial copy), or None."""
    cache = tokens if tokens is not None else {}
    ta = cache.get(a.id) or cache.setdefault(a.id, Tokens.of(a.text))
    tb = cache.get(b.id) or cache.setdefault(b.id, Tokens.of(b.text))
    return _align(a, b, _text_of(a, ta, options), _text_of(b, tb, options), options)


def _align(a: Article, b: Article, text_a: tuple[Tokens, list[int]], text_b: tuple[Tokens, list[int]],
           options: ClusterOptions) -> Duplicate | None:
    if a.id > b.id:
        a, b, text_a, text_b = b, a, text_b, text_a
    (ta, sha), (tb, shb) = text_a, text_b
    k = options.shingle
    if len(ta) < k or len(tb) < k:
        return None
    min_len = max(1, options.min_block_words - k + 1)
    blocks = _blocks(sha, shb, min_len)
    if not blocks:
        return None
    qa, qb = _quoted(a.text), _quoted(b.text)
    kept = []
    for i, j, length in blocks:
        sa, ea = int(ta.starts[i]), int(ta.ends[i + length + k - 2])
        sb, eb = int(tb.starts[j]), int(tb.ends[j + length + k - 2])
        if _quoted_share(qa, sa, ea) >= 0.8 or _quoted_share(qb, sb, eb) >= 0.8:
            continue  # the same quotation, not a copy
        kept.append((i, j, length, sa, ea, sb, eb))
    if not kept:
        return None
    copied = sum(length + k - 1 for _, _, length, *_ in kept)
    share = min(1.0, copied / min(len(ta), len(tb)))
    if share >= options.near_duplicate_share:
        kind = "near-duplicate"
    elif copied >= options.min_copy_words:
        kind = "partial copy"
    else:
        return None
    passages_ = tuple((Span(a.id, sa, ea), Span(b.id, sb, eb)) for _, _, _, sa, ea, sb, eb in kept)
    return Duplicate(a=a.id, b=b.id, share=round(share, 4), passages=passages_, kind=kind,
                     earlier=_earlier(a, b))


def _earlier(a: Article, b: Article) -> str | None:
    da, db = day_interval(a.published), day_interval(b.published)
    if da[0] < 0 or db[0] < 0:
        return None
    if da[1] < db[0]:
        return a.id
    if db[1] < da[0]:
        return b.id
    if a.published and b.published and len(a.published) > 10 and len(b.published) > 10 \
            and a.published != b.published:
        return a.id if a.published < b.published else b.id  # both carry a time of day
    return None


def find_duplicates(articles: Sequence[Article], options: ClusterOptions = ClusterOptions()) -> tuple[Duplicate, ...]:
    """Every copy among the articles (a one-shot helper; the incremental path keeps the index)."""
    articles = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    sigs, owners = passage_signatures([a.text for a in articles], options)
    index = CopyIndex(options)
    index.add(sigs, owners)
    return align_pairs(articles, candidate_pairs(index, sigs, owners), options)


def align_pairs(articles: Sequence[Article], pairs: Iterable[tuple[int, int]], options: ClusterOptions,
                pool: Workers | None = None, batch: int = 500) -> tuple[Duplicate, ...]:
    """The copies among candidate pairs (x, y) of articles[x], articles[y], aligned in batches of `batch`
    pairs (each batch tokenises its articles at once). With a `pool` of worker processes the batches
    run there when the pool is running already or there are at least four (about 2 s of work); each
    pair is aligned on its own, so the result is the same."""
    ordered = sorted(pairs)
    jobs = [([(articles[x], articles[y]) for x, y in ordered[lo:lo + batch]], options)
            for lo in range(0, len(ordered), batch)]
    found = [d for part in (pool or Workers(1)).map(_align_job, jobs, min_jobs=4) for d in part]
    return tuple(sorted(found, key=lambda d: (d.a, d.b)))


def _align_job(job: tuple) -> list[Duplicate]:
    pairs, options = job
    distinct = {a.id: a for pair in pairs for a in pair}
    texts = {aid: _text_of(a, t, options)
             for (aid, a), t in zip(distinct.items(), tokens_of([a.text for a in distinct.values()]))}
    return [d for d in (_align(a, b, texts[a.id], texts[b.id], options) for a, b in pairs) if d is not None]
