"""What story clustering knows about an article, stored column-wise (sparse rows, one per article).

- words: TF-IDF of the whole text and of the lead (title + first sentences). Word rarity comes from
  wordfreq's general frequencies (English, and the article's own language when it is another one that
  wordfreq knows), not from the corpus, so an article's vector never changes when other articles
  arrive (what makes incremental attachment exact for features).
- key terms: the article's weightiest words; two articles are compared only when they share some.
- entities: extraction's mentions (resolved to canonical entities when given), or spaCy NER when an
  article comes without extraction; people named in the lead are kept apart for the person conflict.
- dates: the publication date as a day interval (a month-precision date covers its month).
Columns are stable hashes of the words (crc32), so vectors from different runs line up.
"""
from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Any

import numpy as np
from scipy import sparse

from newsprism.cluster.options import ClusterOptions
from newsprism.cluster.tokens import Words, words
from newsprism.cluster.workers import Workers, map_threads
from newsprism.records import Article, ArticleExtraction, Entity

DIM = 1 << 22  # hashed columns for words and entities
TOKEN = re.compile(r"[^\W_]+")
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
                           "LAW"})
# A country, city or nationality is shared by unrelated affairs (two Greek riots two years apart)
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
MIN_IDF = 2.0  # words more common than zipf 6 ("said", "the") carry no weight
# A sentence ends at . ! ? (closing quotes or brackets may follow) before a capital or digit, or at a line end.
# Written so that each branch starts with a fixed set of characters (the regex engine then skips ahead
# to the next candidate instead of trying every position): the punctuation is matched, not looked behind.
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*[ \t]+(?=[\"“‘«(\[]?[A-Z0-9])|\n\s*|[^\S\n][^\S\n]*\n\s*")
_ENDS = frozenset(".!?…")
_POSSESSIVE = re.compile(r"['’]s\b")

_terms: dict[str, tuple[int, float]] = {}
_names: dict[str, float] = {}


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, "en")
    except Exception:  # wordfreq refuses some odd strings; treat them as rare
        return 0.0


def term(token: str) -> tuple[int, float]:
    """(column, weight) of a lower-cased word: weight is its rarity in general English (0 for stop words)."""
    hit = _terms.get(token)
    if hit is None:
        weight = max(0.0, 8.0 - max(_zipf(token), 1.0))
        hit = (zlib.crc32(token.encode("utf-8")) & (DIM - 1), weight if weight >= MIN_IDF else 0.0)
        _terms[token] = hit
    return hit


def column(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) & (DIM - 1)


def name_weight(name: str) -> float:
    """Rarity of an entity name: "Stoltenberg" weighs more than "US"."""
    hit = _names.get(name)
    if hit is None:
        hit = _names[name] = max(1.0, 8.0 - max(_zipf(name), 1.0))
    return hit


def normalise_name(name: str) -> str:
    """"The Islamic State's" -> "islamic state": a key that spellings of one name share."""
    words = TOKEN.findall(_POSSESSIVE.sub("", name.lower()))
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, by punctuation and line ends; whitespace trimmed."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start()
        spans.append((start, end + (text[end] in _ENDS)))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def day_interval(published: str | None) -> tuple[int, int]:
    """Proleptic ordinal days covered by a published date ("2021-02" covers February); (-1, -1) if none."""
    if not published:
        return -1, -1
    m = re.match(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", published.strip())
    if not m:
        return -1, -1
    try:
        y = int(m.group(1))
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3))).toordinal()
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            first = date(y, mo, 1).toordinal()
            last = (date(y + (mo == 12), mo % 12 + 1, 1).toordinal()) - 1
            return first, last
        return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    except ValueError:
        return -1, -1


@dataclass(frozen=True)
class ArticleInfo:
    """What a story record needs to say about one member (kept in the incremental state)."""

    id: str
    heading: str  # the title, or the first sentence when there is none
    has_title: bool
    outlet: str | None
    published: str | None  # ISO date (day part) or a coarser ISO prefix
    entities: tuple[tuple[str, str], ...] = ()  # (key, display name), weightiest first
    terms: tuple[str, ...] = ()  # key terms, weightiest first
    places: tuple[str, ...] = ()  # keys of `entities` named as places (GPE, LOC, NORP): they tie no storyline
    # keys of `entities` named as people; None in a state saved before they were kept (unknown)
    people: tuple[str, ...] | None = None

    def to_list(self) -> list:
        return [self.id, self.heading, self.has_title, self.outlet, self.published,
                [list(e) for e in self.entities], list(self.terms), list(self.places),
                None if self.people is None else list(self.people)]

    @classmethod
    def from_list(cls, v: list) -> ArticleInfo:
        people = v[8] if len(v) > 8 else None
        return cls(v[0], v[1], bool(v[2]), v[3], v[4], tuple((a, b) for a, b in v[5]), tuple(v[6]),
                   tuple(v[7]) if len(v) > 7 else (), None if people is None else tuple(people))


def _csr(rows: list[dict[int, float]], dtype=np.float32, normalise: bool = True) -> sparse.csr_matrix:
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    cols, vals = [], []
    for i, row in enumerate(rows):
        items = sorted(row.items())
        cols.extend(c for c, _ in items)
        vals.extend(v for _, v in items)
        indptr[i + 1] = len(cols)
    m = sparse.csr_matrix((np.asarray(vals, dtype=dtype), np.asarray(cols, dtype=np.int32), indptr),
                          shape=(len(rows), DIM))
    return normalise_rows(m) if normalise else m


def unique(values: np.ndarray) -> np.ndarray:
    """np.unique(values) by sorting: numpy 2's hashing path for plain np.unique is ~100x slower on
    arrays of pair keys (i * n + j: millions of structured int64s)."""
    values = np.sort(np.asarray(values).ravel())
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def normalise_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    out = sparse.csr_matrix(sparse.diags((1.0 / norms).astype(m.dtype)) @ m)
    out.sort_indices()
    return out


@dataclass
class Features:
    """Features of many articles, row i describing ids[i]."""

    ids: list[str]
    day_lo: np.ndarray  # int32, -1 when undated
    day_hi: np.ndarray
    text: sparse.csr_matrix  # L2-normalised TF-IDF of title + body
    lead: sparse.csr_matrix  # L2-normalised TF-IDF of title + lead sentences
    keys: sparse.csr_matrix  # 1 for each key term
    ents: sparse.csr_matrix  # L2-normalised entity weights
    people: sparse.csr_matrix  # 1 for each person (surname) named in the lead
    emb: np.ndarray | None  # MiniLM of the lead, when embeddings are on
    info: list[ArticleInfo] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def dated(self) -> np.ndarray:
        return self.day_lo >= 0

    @classmethod
    def empty(cls, embeddings: bool) -> Features:
        z = sparse.csr_matrix((0, DIM), dtype=np.float32)
        return cls([], np.zeros(0, np.int32), np.zeros(0, np.int32), z, z, z, z, z,
                   np.zeros((0, 384), np.float32) if embeddings else None, [])

    def concat(self, other: Features) -> Features:
        if not len(other):
            return self
        if not len(self):
            return other
        emb = None if self.emb is None else np.vstack([self.emb, other.emb])
        return Features(self.ids + other.ids, np.concatenate([self.day_lo, other.day_lo]),
                        np.concatenate([self.day_hi, other.day_hi]),
                        *(sparse.vstack([getattr(self, n), getattr(other, n)], format="csr")
                          for n in ("text", "lead", "keys", "ents", "people")),
                        emb, self.info + other.info)


def _lead_end(article: Article, sentences: list[tuple[int, int]], k: int) -> int:
    """End offset in the body of the first k sentences (a title repeated as first line is skipped)."""
    title = (article.title or "").strip().lower()
    taken, end = 0, 0
    for s, e in sentences:
        if title and taken == 0 and article.text[s:e].strip().lower() == title:
            continue
        end = e
        taken += 1
        if taken >= k:
            break
    return end


def _mentions(articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
              entities: Sequence[Entity], options: ClusterOptions) -> list[list[tuple[str, str, str, int]]]:
    """Per article: (key, display name, label, start offset) of each named-entity mention."""
    by_span: dict[tuple[str, int, int], Entity] = {}
    for ent in entities:
        for sp in ent.mentions:
            by_span[(sp.article_id, sp.start, sp.end)] = ent
    ext_by_id = {e.article_id: e for e in extractions}
    out: list[list[tuple[str, str, str, int]]] = [[] for _ in articles]
    missing = []
    for i, a in enumerate(articles):
        ext = ext_by_id.get(a.id)
        if ext is None:
            missing.append(i)
            continue
        for m in ext.mentions:
            if m.label not in ENTITY_LABELS:
                continue
            ent = by_span.get((m.span.article_id, m.span.start, m.span.end))
            if ent is not None:
                out[i].append((ent.id, ent.name, m.label, m.span.start))
            else:
                name = m.refers_to or m.text
                key = normalise_name(name)
                if key:
                    out[i].append(("n:" + key, name.strip(), m.label, m.span.start))
    if missing and options.ner_fallback:
        from newsprism import nlp

        docs = nlp.parse_entities([articles[i].text[: options.ner_chars] for i in missing])
        for i, doc in zip(missing, docs):
            for e in doc.ents:
                key = normalise_name(e.text)
                if e.label_ in ENTITY_LABELS and key:
                    out[i].append(("n:" + key, e.text.strip(), e.label_, e.start_char))
    return out


@dataclass(frozen=True)
class Prepared:
    """What the copy search needs from the pass that made the features (so no text is read twice):
    the words of each title + "\n" + body, where the body starts, and the body's sentences."""

    texts: list[str]  # title + "\n" + body of each article
    words: Words
    body_start: np.ndarray  # int64 offset of the body in each title + "\n" + body
    sentences: list[list[tuple[int, int]]]  # sentence spans of each body
    unique: tuple  # np.unique(words.ids, return_index=True, return_inverse=True)


# Word ids (tokens.words) -> vocabulary index; per index the column, the weight and the word itself.
_vocab: dict[int, int] = {}
_vocab_col: list[int] = []
_vocab_weight: list[float] = []
_vocab_word: list[str] = []
_LOG = np.array([0.0] + [math.log(k) for k in range(1, 1 << 16)])  # math.log: the same floats as before


def _vocab_index(uniq: np.ndarray, word_of: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(vocabulary index, column, weight) of each distinct word id; word_of(k) spells uniq[k]."""
    got = [_vocab.get(h, -1) for h in uniq.tolist()]
    for k, v in enumerate(got):
        if v < 0:
            tok = word_of(k)
            col, w = term(tok)
            got[k] = _vocab[int(uniq[k])] = len(_vocab_word)
            _vocab_col.append(col)
            _vocab_weight.append(w)
            _vocab_word.append(tok)
    idx = np.asarray(got, np.int64)
    return idx, np.asarray(_vocab_col, np.int64)[idx], np.asarray(_vocab_weight, np.float64)[idx]


def _frequency_language(code: str | None) -> str:
    """The wordfreq language an article's words are weighed in: its own when wordfreq knows it."""
    code = (code or "en").split("-")[0].lower()
    return code if code in _wordfreq_languages() else "en"


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


_foreign_weight: dict[tuple[str, int], float] = {}


def _in_language(vocab: tuple[np.ndarray, np.ndarray, np.ndarray], code: str):
    """`vocab` with each word's weight taken from its rarity in `code` as well as in English (the rarer
    reading never wins: a word common in either says little)."""
    from wordfreq import zipf_frequency

    idx, cols, weights = vocab
    out = np.empty(len(idx), np.float64)
    for k, v in enumerate(idx.tolist()):
        hit = _foreign_weight.get((code, v))
        if hit is None:
            try:
                z = zipf_frequency(_vocab_word[v], code)
            except Exception:  # wordfreq refuses some odd strings; treat them as rare
                z = 0.0
            weight = min(float(_vocab_weight[v]), max(0.0, 8.0 - max(z, 1.0)))
            hit = _foreign_weight[(code, v)] = weight if weight >= MIN_IDF else 0.0
        out[k] = hit
    return idx, cols, out


def _word_matrix(rows: np.ndarray, inv: np.ndarray, vocab: tuple[np.ndarray, np.ndarray, np.ndarray], n: int,
                 key_terms: int = 0):
    """TF-IDF rows (unnormalised, float32) from word occurrences (row, distinct word k); vocab holds
    per distinct word (vocabulary index, column, weight). With key_terms, also each row's key_terms
    weightiest words -- ties by the word -- as (keys matrix, words per row)."""
    idx, cols, weights = vocab
    size = len(idx)
    pair, counts = np.unique(rows * size + inv, return_counts=True)
    r, u = pair // size, pair % size
    keep = weights[u] > 0
    r, u, counts = r[keep], u[keep], counts[keep]
    x = (1.0 + _LOG[np.minimum(counts, len(_LOG) - 1)]) * weights[u]
    m = sparse.csr_matrix((x, (r, cols[u])), shape=(n, DIM))
    m.sum_duplicates()
    m = sparse.csr_matrix((m.data.astype(np.float32), m.indices.astype(np.int32), m.indptr.astype(np.int64)),
                          shape=(n, DIM))
    if not key_terms:
        return m, None, None
    order_words = sorted(range(size), key=lambda k: _vocab_word[idx[k]])
    rank = np.empty(size, np.int64)
    rank[order_words] = np.arange(size)
    o = np.lexsort((rank[u], -x, r))
    ro = r[o]
    starts = np.flatnonzero(np.r_[True, ro[1:] != ro[:-1]]) if len(ro) else np.zeros(0, np.int64)
    within = np.arange(len(o)) - np.repeat(starts, np.diff(np.r_[starts, len(o)]))
    top = o[within < key_terms]
    keys = sparse.csr_matrix((np.ones(len(top), np.float32), (r[top], cols[u[top]])), shape=(n, DIM))
    keys.sum_duplicates()
    keys.data[:] = 1.0
    keys = sparse.csr_matrix((keys.data, keys.indices.astype(np.int32), keys.indptr.astype(np.int64)), shape=(n, DIM))
    per_row: list[list[str]] = [[] for _ in range(n)]
    for row, k in zip(r[top].tolist(), idx[u[top]].tolist()):
        per_row[row].append(_vocab_word[k])
    return m, keys, per_row


def article_features(articles: Sequence[Article], extractions: Sequence[ArticleExtraction] = (),
                     entities: Sequence[Entity] = (), options: ClusterOptions = ClusterOptions()) -> Features:
    """Features of articles, in the order given."""
    return prepare(articles, extractions, entities, options)


CHUNK = 2000  # articles per chunk of the features pass (one unit of work for a worker process)


def prepare(articles: Sequence[Article], extractions: Sequence[ArticleExtraction] = (),
            entities: Sequence[Entity] = (), options: ClusterOptions = ClusterOptions(),
            each: Callable[[Sequence[Article], Prepared, ClusterOptions], Any] | None = None,
            done: Callable[[int, Any], None] | None = None, chunk: int | None = None,
            pool: Workers | None = None) -> Features:
    """Features of articles, in the order given, made chunk by chunk.

    `each(chunk's articles, prepared, options)` sees each chunk's words and sentences (what the copy
    search reuses) where the chunk is made, before they are let go; `done(first row, what each
    returned)` gets its result here, chunk after chunk in order. With a `pool` of worker processes the
    chunks are made there when there are at least three (`each` must then be a module-level
    function); the result is the same as in this process (each chunk is made by the same pure
    function of its articles)."""
    if not articles:
        return Features.empty(options.embeddings)
    mentions = _mentions(articles, extractions, entities, options)
    chunk = chunk or CHUNK
    starts = range(0, len(articles), chunk)
    jobs = [(articles[lo:lo + chunk], mentions[lo:lo + chunk], options, each) for lo in starts]
    parts, leads = [], []
    for k, (f, lead_texts, extra) in enumerate((pool or Workers(1)).map(_chunk_job, jobs, min_jobs=3)):
        parts.append(f)
        leads += lead_texts
        if done is not None:
            done(starts[k], extra)
    f = parts[0] if len(parts) == 1 else Features(
        [i for x in parts for i in x.ids], np.concatenate([x.day_lo for x in parts]),
        np.concatenate([x.day_hi for x in parts]),
        *(sparse.vstack([getattr(x, name) for x in parts], format="csr")
          for name in ("text", "lead", "keys", "ents", "people")),
        None, [i for x in parts for i in x.info])
    if options.embeddings:
        from newsprism import nlp

        f.emb = nlp.embed(leads)
    return f


def _chunk_job(job: tuple) -> tuple[Features, list[str], Any]:
    """One chunk of the features pass (run here or in a worker process): its features, the leads to
    embed (when embeddings are on) and what `each` made of its words and sentences."""
    part, mentions, options, each = job
    f, p = _prepare_chunk(part, mentions, options)
    leads = []
    if options.embeddings:
        for a, sentences in zip(part, p.sentences):
            title = (a.title or "").strip()
            leads.append((title + "\n" + (a.text or "")[:_lead_end(a, sentences, options.lead_sentences)]).strip())
    return f, leads, (each(part, p, options) if each is not None else None)


def _prepare_chunk(articles: Sequence[Article], mentions: list, options: ClusterOptions) -> tuple[Features, Prepared]:
    n = len(articles)
    titles = [(a.title or "").strip() for a in articles]
    texts = [t + "\n" + (a.text or "") for t, a in zip(titles, articles)]
    w = words(texts)
    body_start = np.array([len(t) + 1 for t in titles], np.int64)
    row = np.repeat(np.arange(n, dtype=np.int64), np.diff(w.bounds))
    # the lead: title + first sentences -- the words ending before the lead's end (a sentence end is
    # never inside a word, so these are exactly the words of that prefix)
    all_sentences, lead_ends, people_ends = [], np.zeros(n, np.int64), []
    for k, a in enumerate(articles):
        sentences = sentence_spans(a.text or "")
        all_sentences.append(sentences)
        lead_ends[k] = body_start[k] + _lead_end(a, sentences, options.lead_sentences)
        people_ends.append(_lead_end(a, sentences, options.people_sentences))
    long_ = (w.ends - w.starts) > 1
    unique = np.unique(w.ids, return_index=True, return_inverse=True)
    uniq, first, inv = unique

    def word_of(k: int) -> str:
        i = int(first[k])
        return texts[row[i]][w.starts[i]:w.ends[i]].lower()

    vocab = _vocab_index(uniq, word_of)
    # Each article's words weigh by their rarity in its own language: "die", "und", "werden" are rare in
    # English but say nothing in a German article (unrelated German pages would otherwise share them).
    langs = [_frequency_language(a.language) for a in articles]
    codes = sorted(set(langs))
    lang = np.array([codes.index(x) for x in langs], np.int64)
    occ_lang = lang[row] if len(codes) > 1 else None  # one language (the usual case): no masking
    in_lead = w.ends <= lead_ends[row]
    text_m = lead_m = keys_m = None
    key_words: list[list[str]] = [[] for _ in range(n)]
    for number, code in enumerate(codes):
        mine = long_ if occ_lang is None else long_ & (occ_lang == number)
        v = vocab if code == "en" else _in_language(vocab, code)
        sel = np.flatnonzero(mine)
        t, k, per_row = _word_matrix(row[sel], inv[sel], v, n, options.key_terms)
        sel_lead = np.flatnonzero(mine & in_lead)
        lm, _, _ = _word_matrix(row[sel_lead], inv[sel_lead], v, n)
        text_m, lead_m, keys_m = ((t, lm, k) if text_m is None else (text_m + t, lead_m + lm, keys_m + k))
        for r in np.flatnonzero(lang == number).tolist():
            key_words[r] = per_row[r]
    if text_m is None:  # no articles
        text_m, keys_m, key_words = _word_matrix(row, inv, vocab, n, options.key_terms)
        lead_m = text_m

    ent_rows, people_rows, infos = [], [], []
    day_lo = np.full(n, -1, np.int32)
    day_hi = np.full(n, -1, np.int32)
    for i, a in enumerate(articles):
        body = a.text or ""
        ent_counts: Counter[str] = Counter()
        place_votes: Counter[str] = Counter()  # mentions labelled a place minus the others
        person_votes: Counter[str] = Counter()  # ... a person minus the others
        names: dict[str, str] = {}
        people: dict[int, float] = {}
        for key, name, label, start in mentions[i]:
            ent_counts[key] += 1
            place_votes[key] += 1 if label in PLACE_LABELS else -1
            person_votes[key] += 1 if label == "PERSON" else -1
            names.setdefault(key, name)
            if label == "PERSON" and start < people_ends[i]:
                surname = normalise_name(name).split()
                if surname:
                    people[column("p:" + surname[-1])] = 1.0
        ent_row: dict[int, float] = {}
        ranked = []
        for key, c in ent_counts.items():
            wt = name_weight(normalise_name(names[key]) or key) * math.log1p(c)
            col = column(key)
            ent_row[col] = ent_row.get(col, 0.0) + wt
            ranked.append((-wt, names[key], key))
        ranked.sort()
        ent_rows.append(ent_row)
        people_rows.append(people)

        day_lo[i], day_hi[i] = day_interval(a.published)
        heading = titles[i]
        if not heading:
            s = next(iter(all_sentences[i]), (0, 0))
            heading = body[s[0]:s[1]].strip()
            heading = heading if len(heading) <= 200 else heading[:199].rstrip() + "…"
        infos.append(ArticleInfo(
            id=a.id, heading=heading, has_title=bool(titles[i]), outlet=a.outlet,
            published=(a.published or "")[:10] or None,
            entities=tuple((key, name) for _, name, key in ranked[:12]),
            terms=tuple(key_words[i][:10]),
            places=tuple(key for _, _, key in ranked[:12] if place_votes[key] > 0),
            people=tuple(key for _, _, key in ranked[:12] if person_votes[key] > 0),
        ))
    features = Features(
        ids=[a.id for a in articles], day_lo=day_lo, day_hi=day_hi,
        text=normalise_rows(text_m), lead=normalise_rows(lead_m), keys=keys_m,
        ents=_csr(ent_rows), people=_csr(people_rows, normalise=False), emb=None, info=infos,
    )
    return features, Prepared(texts, w, body_start, all_sentences, unique)


def rowdot(m: sparse.csr_matrix, i: np.ndarray, j: np.ndarray, chunk: int = 20_000, threads: int = 1) -> np.ndarray:
    """m[i[k]] · m[j[k]] for every k, in chunks (sparse rows, no dense n x n anywhere); the chunks run
    in `threads` threads (scipy's row merge lets go of the GIL) -- the same values either way."""
    if not m.has_canonical_format:
        m = m.copy()
        m.sum_duplicates()

    def part(lo: int) -> np.ndarray:
        a = m[i[lo:lo + chunk]]
        b = m[j[lo:lo + chunk]]
        # rows of a canonical matrix are canonical; saying so lets scipy merge the rows directly instead
        # of its general path, which walks arrays as wide as the 4M hashed columns (4x slower)
        a.has_canonical_format = b.has_canonical_format = True
        return np.asarray(a.multiply(b).sum(axis=1)).ravel()

    out = np.zeros(len(i), dtype=np.float32)
    starts = list(range(0, len(i), chunk))
    for lo, values in zip(starts, map_threads(part, starts, threads)):
        out[lo:lo + chunk] = values
    return out
