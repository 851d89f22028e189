"""Stories: articles reporting one event, found in two levels of average linkage.

1. Topic groups: average linkage over the candidate pairs with the pair similarity (words, lead,
   entities, a bonus for close dates, a penalty when the leads name different people).
2. Events: inside each group the words are re-weighted by how rare they are *within the group*
   (a word every article of the group uses — "earthquake" in a group of earthquake reports — stops
   counting; "Qeshm" versus "Healdsburg" starts to), and average linkage runs again on a mix of
   that contrastive similarity and the pair similarity.
Two different earthquakes share a topic group but not a story; the 2018 planning of a mission and its
2021 expansion are apart in time and end in different stories, tied later by a storyline.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsprism.cluster.features import ArticleInfo, Features, normalise_rows, rowdot
from newsprism.cluster.options import ClusterOptions
from newsprism.records import Membership, Story, counted

NO_DATE_FLAG = "no-date: placed by content"


def pair_similarity(f: Features, i: np.ndarray, j: np.ndarray, options: ClusterOptions, threads: int = 1) -> np.ndarray:
    """Similarity of the pairs (i[k], j[k]): features missing on either side are left out of the mix."""
    if not len(i):
        return np.zeros(0, np.float32)
    text = rowdot(f.text, i, j, threads=threads)
    lead = rowdot(f.lead, i, j, threads=threads)
    has_ent = np.diff(f.ents.indptr) > 0
    both_ent = has_ent[i] & has_ent[j]
    ents = np.where(both_ent, rowdot(f.ents, i, j, threads=threads), 0.0)
    wt, wl, we = options.w_text, options.w_lead, options.w_entities
    num = wt * text + wl * lead + we * ents
    den = wt + wl + we * both_ent
    if f.emb is not None and len(f.emb):
        wv = options.w_embedding
        num = num + wv * np.einsum("ij,ij->i", f.emb[i], f.emb[j])
        den = den + wv
    sim = num / den
    dated = (f.day_lo[i] >= 0) & (f.day_lo[j] >= 0)
    gap = np.maximum(f.day_lo[i], f.day_lo[j]) - np.minimum(f.day_hi[i], f.day_hi[j])
    sim = sim + options.close_bonus * (dated & (gap <= options.close_days))
    # people named in both leads: penalised by the share of the smaller set not named in the other
    n_people = np.diff(f.people.indptr)
    smaller = np.minimum(n_people[i], n_people[j])
    shared = rowdot(f.people, i, j, threads=threads)
    conflict = np.where(smaller > 0, 1.0 - shared / np.maximum(smaller, 1), 0.0)
    return (sim - options.person_conflict * conflict).astype(np.float64)


def local_similarity(f: Features, group_rows: Sequence[np.ndarray], i: np.ndarray, j: np.ndarray,
                     threads: int = 1) -> np.ndarray:
    """Cosine of (i[k], j[k]) -- two rows of one group -- with word weights scaled by
    log((m+1)/(df+0.5)), m and df counted in that group (each row is in one group)."""
    if not len(i):
        return np.zeros(0, np.float64)
    blocks = []
    position = np.full(len(f), -1, np.int64)
    offset = 0
    for rows in group_rows:
        sub = f.text[rows]
        cols, df = np.unique(sub.indices, return_counts=True)
        factor = np.log((len(rows) + 1.0) / (df + 0.5)).astype(np.float32)
        sub.data = sub.data * factor[np.searchsorted(cols, sub.indices)]
        blocks.append(sub)
        position[rows] = np.arange(offset, offset + len(rows))
        offset += len(rows)
    local = normalise_rows(sparse.vstack(blocks, format="csr"))
    return rowdot(local, position[i], position[j], threads=threads).astype(np.float64)


# ---------------------------------------------------------------- story records


def _sort_key(info: ArticleInfo) -> tuple:
    return (info.published is None, info.published or "", info.id)


def key_entities(infos: Sequence[ArticleInfo], limit: int) -> list[tuple[str, str]]:
    """(key, name) of the entities most members mention (in at least two when there are two members)."""
    counts: Counter[str] = Counter()
    first_rank: dict[str, int] = {}
    names: dict[str, str] = {}
    for info in infos:
        for rank, (key, name) in enumerate(info.entities):
            counts[key] += 1
            first_rank[key] = min(first_rank.get(key, rank), rank)
            names.setdefault(key, name)
    need = 2 if len(infos) > 1 else 1
    ranked = sorted((k for k, c in counts.items() if c >= need),
                    key=lambda k: (-counts[k], first_rank[k], names[k]))
    return [(k, names[k]) for k in ranked[:limit]]


def key_terms(infos: Sequence[ArticleInfo], limit: int = 10) -> list[str]:
    counts: Counter[str] = Counter(t for info in infos for t in info.terms)
    need = 2 if len(infos) > 1 else 1
    return [t for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if c >= need][:limit]


TITLE_CHARS = 60  # a headline's length (and the `stories` table's title column): longer is a sentence
_CLAUSE_END = re.compile(r"\s*(?:[,;:]|\s[-–—])\s")
_END_MARKS = " .,;:!?-–—\"'“”‘’"


def short_title(sentence: str, limit: int = TITLE_CHARS) -> str:
    """A story title from an untitled article's first sentence: the whole sentence when it is short, else
    cut at the last clause break that leaves at least half the limit, else at a word boundary, with "…"."""
    text = " ".join(sentence.split()).rstrip(_END_MARKS + "…")
    if len(text) <= limit:
        return text
    breaks = [m.start() for m in _CLAUSE_END.finditer(text, 0, limit + 1) if m.start() >= limit // 2]
    cut = breaks[-1] if breaks else text.rfind(" ", 0, limit)
    title = text[:cut if cut > 0 else limit].rstrip(_END_MARKS)
    if title[:1] in "\"“" and not any(c in title[1:] for c in "\"”"):
        title = title[1:]  # a quote cut before its closing mark: an opening mark alone reads as a typo
    return title + "…"


def build_story(story_id: str, infos: Sequence[ArticleInfo], sim_sums: Sequence[float],
                storyline_id: str | None, options: ClusterOptions) -> Story:
    """The Story record: members in time order with why each is there, a title, dates, outlets."""
    order = sorted(range(len(infos)), key=lambda k: _sort_key(infos[k]))
    infos = [infos[k] for k in order]
    sims = [float(sim_sums[k]) for k in order]
    n = len(infos)
    mean = [s / (n - 1) if n > 1 else 1.0 for s in sims]
    ents = key_entities(infos, options.story_key_entities)
    ent_keys = {k for k, _ in ents}
    terms = key_terms(infos)
    term_set = set(terms)
    titled = [k for k in range(n) if infos[k].has_title] or list(range(n))
    central = min(titled, key=lambda k: (-mean[k], _sort_key(infos[k])))
    dates = [x.published for x in infos if x.published]
    members = []
    for info, sim in zip(infos, mean):
        shared = tuple(name for key, name in info.entities if key in ent_keys)
        words = [t for t in info.terms if t in term_set][:5]
        if n == 1:
            reason = "the only article of this story"
        else:
            parts = [f"mean similarity {sim:.2f} to the other {counted(n - 1, 'article')}"]
            if shared:
                parts.append("shares " + ", ".join(shared[:5]))
            if words:
                parts.append("common words: " + ", ".join(words))
            parts.append(f"published {info.published}" if info.published else "no date: placed by content")
            reason = "; ".join(parts)
        flags = () if info.published else (NO_DATE_FLAG,)
        members.append(Membership(article_id=info.id, similarity=round(sim, 4), shared_entities=shared,
                                  reason=reason, flags=flags))
    return Story(
        id=story_id,
        title=infos[central].heading if infos[central].has_title else short_title(infos[central].heading),
        article_ids=tuple(x.id for x in infos),
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        outlets=tuple(sorted({x.outlet for x in infos if x.outlet})),
        key_entities=tuple(name for _, name in ents),
        storyline_id=storyline_id,
        members=tuple(members),
    )


def story_seed(infos: Sequence[ArticleInfo]) -> str:
    """The article a new story is named after: its earliest (then smallest id) member."""
    return min(infos, key=_sort_key).id
