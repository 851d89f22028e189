"""Storylines: stories about one ongoing subject, in time order, with the entities that tie them.

Two stories are linked when they share key entities (at least `storyline_entities`; key terms when
there are no entities) and their word centroids are alike; a storyline is a connected set of
linked stories. Dates do not split storylines -- that is their point: the 2018 planning of a mission
and its 2021 expansion are two stories of one storyline.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsprism.cluster.features import rowdot
from newsprism.cluster.options import ClusterOptions
from newsprism.records import Storyline, stable_id

_MAX_POSTING = 1000  # a key shared by more stories than this proposes no links (too general)


@dataclass(frozen=True)
class StoryProfile:
    entities: tuple[tuple[str, str], ...]  # (key, name) of the story's key entities
    terms: tuple[str, ...]
    first: tuple  # sort key: (undated, first date, story id)


def link_stories(profiles: Sequence[StoryProfile], touched: Sequence[int],
                 centroids: Callable[[np.ndarray], sparse.csr_matrix],
                 options: ClusterOptions) -> set[tuple[int, int]]:
    """Links (a, b), a < b, between each touched story and any other story."""
    postings: dict[str, list[int]] = {}
    for s, p in enumerate(profiles):
        for key, _ in p.entities:
            postings.setdefault("e:" + key, []).append(s)
        for t in p.terms:
            postings.setdefault("t:" + t, []).append(s)
    pairs: set[tuple[int, int]] = set()
    for s in touched:
        p = profiles[s]
        shared: Counter[int] = Counter()
        shared_terms: Counter[int] = Counter()
        for key, _ in p.entities:
            post = postings.get("e:" + key, ())
            if len(post) <= _MAX_POSTING:
                shared.update(post)
        for t in p.terms:
            post = postings.get("t:" + t, ())
            if len(post) <= _MAX_POSTING:
                shared_terms.update(post)
        for other in set(shared) | set(shared_terms):
            if other == s:
                continue
            q = profiles[other]
            if p.entities and q.entities:
                ok = shared[other] >= options.storyline_entities
            else:
                ok = shared_terms[other] >= options.storyline_entities + 1
            if ok:
                pairs.add((min(s, other), max(s, other)))
    if not pairs:
        return set()
    ordered = sorted(pairs)
    a = np.array([x for x, _ in ordered], np.int64)
    b = np.array([y for _, y in ordered], np.int64)
    needed = np.unique(np.concatenate([a, b]))
    cents = centroids(needed)
    pos = np.searchsorted(needed, a), np.searchsorted(needed, b)
    sims = rowdot(cents, pos[0], pos[1])
    return {pair for pair, sim in zip(ordered, sims.tolist()) if sim >= options.storyline_min_similarity}


def components(n_stories: int, links: set[tuple[int, int]]) -> np.ndarray:
    """Component label of each story (stories without links are alone)."""
    if not links:
        return np.arange(n_stories)
    a = np.array([x for x, _ in links], np.int64)
    b = np.array([y for _, y in links], np.int64)
    graph = sparse.coo_matrix((np.ones(len(a)), (a, b)), shape=(n_stories, n_stories))
    return connected_components(graph, directed=False)[1]


def build_storyline(story_ids: Sequence[str], profiles: Sequence[StoryProfile]) -> Storyline:
    """One storyline from its stories (given in any order): time order, entities shared by two or more."""
    order = sorted(range(len(story_ids)), key=lambda k: profiles[k].first)
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for k in order:  # names as the earliest story spells them, whatever order the stories came in
        for key, name in profiles[k].entities:
            counts[key] += 1
            names.setdefault(key, name)
    shared = [names[k] for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], names[kv[0]])) if c >= 2]
    ids = tuple(story_ids[k] for k in order)
    return Storyline(id=stable_id("storyline", ids[0]), story_ids=ids, shared_entities=tuple(shared[:10]))
