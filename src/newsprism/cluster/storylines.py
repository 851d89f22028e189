"""Storylines: stories about one ongoing subject, in time order, with the entities that tie them.

Two stories are linked when they share key entities (at least `storyline_entities`, or one and
`storyline_entities` + 1 key terms; key terms alone when there are no entities; places never count)
and their word centroids are alike; a storyline is a connected set of linked stories. What the two
stories are about must agree, not only what surrounds them: stories led by two different people, or
tied by organisations alone while each has a leading name the other never mentions (one company
buying two firms), are not linked; a story whose entities are all names of one (a short text) is
linked to the story that one leads. Dates do not split storylines -- that is their point: the 2018
planning of a mission and its 2021 expansion are two stories of one storyline.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsprism.cluster.features import normalise_name, rowdot, unique
from newsprism.cluster.options import ClusterOptions
from newsprism.records import Storyline, stable_id

_MAX_POSTING = 1000  # a key shared by more stories than this proposes no links (too general)
_ONE_NAME_TIES = 4  # a story with more ties than this is not a short text naming one entity


@dataclass(frozen=True)
class StoryProfile:
    entities: tuple[tuple[str, str], ...]  # (key, name) of the story's key entities
    terms: tuple[str, ...]
    first: tuple  # sort key: (undated, first date, story id)
    places: tuple[str, ...] = ()  # keys of `entities` that are places: shown, but they tie no stories
    people: tuple[str, ...] | None = None  # keys of `entities` that are people; None: unknown (an older state)

    def ties(self) -> list[str]:
        """The entity keys that may tie this story to another: a person, organisation, event..., not a
        place -- a country or city is shared by unrelated affairs (riots there two years apart)."""
        return [k for k, _ in self.entities if k not in self.places]

    def to_list(self) -> list:
        return [[list(e) for e in self.entities], list(self.terms), list(self.first), list(self.places),
                None if self.people is None else list(self.people)]

    @classmethod
    def from_list(cls, v: list) -> StoryProfile:
        people = v[4] if len(v) > 4 else None
        return cls(tuple((a, b) for a, b in v[0]), tuple(v[1]), tuple(v[2]), tuple(v[3]) if len(v) > 3 else (),
                    None if people is None else tuple(people))


@dataclass(frozen=True)
class _Subject:
    """What a story is about, to tell two affairs apart: its ties, its leading ones, the words of its names."""
    ties: frozenset[str]
    lead: str
    lead_words: frozenset[str]
    top_words: tuple[frozenset[str], ...]  # words of the two leading ties' names
    words: frozenset[str]  # words of all its entity names (places too)
    terms: frozenset[str]  # its key terms
    people: frozenset[str] | None
    one_name: bool  # every tie is a name of the leading one ("Whitfield", "Dana Whitfield")


def _words(name: str) -> frozenset[str]:
    return frozenset(normalise_name(name).split())


def _subject(p: StoryProfile) -> _Subject | None:
    ties = p.ties()
    if not ties:
        return None
    names = dict(p.entities)
    lead_words = _words(names[ties[0]])
    return _Subject(frozenset(ties), ties[0], lead_words, tuple(_words(names[k]) for k in ties[:2]),
                    frozenset(w for _, n in p.entities for w in _words(n)), frozenset(p.terms),
                    None if p.people is None else frozenset(p.people),
                    all(_words(names[k]) & lead_words for k in ties))


def _other_subjects(a: _Subject, b: _Subject) -> bool:
    """True when two stories sharing entities are about different things (their link is dropped):
    - tied by organisations (teams, products...) alone, each has among its two leading names one the
      other never mentions: one company buying two firms, one team's two games against two opponents;
    - both are led by a person, two people neither story names the other of, not even among its key
      terms (the deaths of two figures of one old affair, tied by the affair's other names)."""
    if a.people is None or b.people is None:  # an older state: not known who is a person
        return False
    if not (a.ties & b.ties & (a.people | b.people)):
        if any(not w & b.words for w in a.top_words) and any(not w & a.words for w in b.top_words):
            return True
    return (a.lead != b.lead and a.lead in a.people and b.lead in b.people
            and not a.lead_words & (b.words | b.terms) and not b.lead_words & (a.words | a.terms))


def _one_name_of(a: _Subject, b: _Subject) -> bool:
    """A story whose entities are all names of one (a short text naming only her) and a story she leads."""
    return (a.one_name and bool(a.lead_words & b.lead_words)) or (b.one_name and bool(b.lead_words & a.lead_words))


def _shared_counts(keys: Sequence[Sequence[str]], touched: np.ndarray) -> sparse.csr_matrix:
    """(touched story, story) -> how many keys they share, counting only keys of at most _MAX_POSTING
    stories (a key shared by more is too general to tie two stories)."""
    column: dict[str, int] = {}
    cols = [column.setdefault(k, len(column)) for ks in keys for k in ks]
    rows = np.repeat(np.arange(len(keys)), [len(ks) for ks in keys])
    m = sparse.csr_matrix((np.ones(len(cols), np.int32), (rows, np.asarray(cols, np.int64))),
                          shape=(len(keys), len(column)))
    m.sum_duplicates()
    m.data[:] = 1
    posting = np.bincount(m.indices, minlength=len(column))
    m.data[posting[m.indices] > _MAX_POSTING] = 0
    m.eliminate_zeros()
    return sparse.csr_matrix(m[touched] @ m.T)


def link_stories(profiles: Sequence[StoryProfile], touched: Sequence[int],
                 centroids: Callable[[np.ndarray], sparse.csr_matrix],
                 options: ClusterOptions, threads: int = 1) -> set[tuple[int, int]]:
    """Links (a, b), a < b, between each touched story and any other story."""
    touched = np.asarray(sorted(set(touched)), np.int64)
    if not len(touched) or not len(profiles):
        return set()
    # stories that both have key entities (not places) are tied by them; otherwise by their key terms.
    # One shared entity is enough when the key terms agree as well (the same person checking into a
    # clinic and, six weeks later, out of it)
    ties = [p.ties() for p in profiles]
    ents = _shared_counts(ties, touched).tocoo()
    terms = _shared_counts([list(p.terms) for p in profiles], touched).tocoo()
    has_ents = np.array([bool(p.entities) for p in profiles])  # places only: no link (nor by terms)
    n = len(profiles)
    s_e, o_e = touched[ents.row], ents.col
    s_t, o_t = touched[terms.row], terms.col
    many_terms = terms.data >= options.storyline_entities + 1
    one_and_terms = np.isin(s_e * n + o_e, (s_t * n + o_t)[many_terms])
    by_ents = (((ents.data >= options.storyline_entities) | one_and_terms)
               & has_ents[s_e] & has_ents[o_e] & (s_e != o_e))
    by_terms = many_terms & ~(has_ents[s_t] & has_ents[o_t]) & (s_t != o_t)
    few = np.array([len(t) <= _ONE_NAME_TIES for t in ties])  # may be all names of one
    by_ents = _subjects_agree(profiles, s_e, o_e, by_ents,
                              has_ents[s_e] & has_ents[o_e] & (s_e != o_e) & (few[s_e] | few[o_e]))
    s = np.concatenate([s_e[by_ents], s_t[by_terms]])
    o = np.concatenate([o_e[by_ents], o_t[by_terms]])
    if not len(s):
        return set()
    key = unique(np.minimum(s, o) * n + np.maximum(s, o))  # each pair once, in (a, b) order
    a, b = key // n, key % n
    needed = unique(np.concatenate([a, b]))
    cents = centroids(needed)
    sims = rowdot(cents, np.searchsorted(needed, a), np.searchsorted(needed, b), threads=threads)
    keep = sims >= options.storyline_min_similarity
    return set(zip(a[keep].tolist(), b[keep].tolist()))


def _subjects_agree(profiles: Sequence[StoryProfile], s: np.ndarray, o: np.ndarray, linked: np.ndarray,
                    may_join: np.ndarray) -> np.ndarray:
    """`linked` without the pairs about different things, with those of the pairs `may_join` (sharing an
    entity) whose one name is the whole of one story and the lead of the other."""
    out = linked.copy()
    subjects: dict[int, _Subject | None] = {}

    def subject(k: int) -> _Subject | None:
        if k not in subjects:
            subjects[k] = _subject(profiles[k])
        return subjects[k]

    for idx in np.flatnonzero(linked | may_join).tolist():
        a, b = subject(int(s[idx])), subject(int(o[idx]))
        if a is None or b is None:
            continue
        out[idx] = (not _other_subjects(a, b)) if linked[idx] else _one_name_of(a, b)
    return out


def components(n_stories: int, links: set[tuple[int, int]] | np.ndarray) -> np.ndarray:
    """Component label of each story (stories without links are alone); links as pairs or (n, 2) rows."""
    if not len(links):
        return np.arange(n_stories)
    if isinstance(links, np.ndarray):
        a, b = links[:, 0], links[:, 1]
    else:
        a = np.array([x for x, _ in links], np.int64)
        b = np.array([y for _, y in links], np.int64)
    graph = sparse.coo_matrix((np.ones(len(a)), (a, b)), shape=(n_stories, n_stories))
    return connected_components(graph, directed=False)[1]


def build_storyline(story_ids: Sequence[str], profiles: Sequence[StoryProfile]) -> Storyline:
    """One storyline from its stories (given in any order): time order, and what ties them -- the entities
    two or more of them name, without the places (they tie no stories: "tied by" a city would mislead;
    a name one story takes for a place and another not is shown)."""
    order = sorted(range(len(story_ids)), key=lambda k: profiles[k].first)
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    tie = set()
    for k in order:  # names as the earliest story spells them, whatever order the stories came in
        tie.update(profiles[k].ties())
        for key, name in profiles[k].entities:
            counts[key] += 1
            names.setdefault(key, name)
    shared = [names[k] for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]]))
              if c >= 2 and k in tie]
    ids = tuple(story_ids[k] for k in order)
    return Storyline(id=stable_id("storyline", ids[0]), story_ids=ids,
                     shared_entities=tuple(_fuller_names(shared)[:10]))


def _fuller_names(names: Sequence[str]) -> list[str]:
    """"Whitfield" beside "Dana Whitfield" is one person named twice: shown once, by the fuller name, where
    the first of the two stood."""
    words = [normalise_name(n).split() for n in names]
    out: list[str] = []
    for w, name in zip(words, names):
        fuller = next((names[j] for j, v in enumerate(words) if w and len(v) > len(w) and v[-len(w):] == w), name)
        if fuller not in out:
            out.append(fuller)
    return out
