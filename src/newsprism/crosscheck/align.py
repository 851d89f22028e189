"""Claim alignment: which claims of different articles state the same thing about the same entities.

The meaning comes from sentence embeddings (`nlp.embed`, cosine); agreement of entities, figures and
dates adds evidence (two claims giving the same x8 change or the same date are likelier the same claim
than their wording alone says). Claims that speak about the same thing but state incompatible figures,
dates, actors or polarity are linked too, as a conflict: that is what makes a contested group.

The caller aligns each sentence as a whole and, when it states several facts, each of its parts
(crosscheck.parts), embedded on their content without the attribution frame ("Jonas Tervald, head of
…, said"): a part can join the group of its fact while the sentence stays where it belongs, but a
sentence and its parts never share a group.

Only counterparts are linked: two claims each of which is the other's closest among the sentences of
the other's article. In a story about one event every sentence is about that event, so alike in
meaning and entities is not enough (the toll of one strike and of another, the same verb with other
figures). Two counterparts that tell the same act (the same verb lemma: "were killed" and ", killing")
are likelier one fact than their embedding says, above all when one tells it in a side clause of a
sentence about another: VERB_BONUS is added to the score their link is judged on, between the closest
members of the two sentences only (a whole sentence holds the verbs of all its parts), and not to the
group average (a story's sentences share its verbs). A clause and a sentence (or two clauses) that share a
two-word phrase few of the story's articles use ("a cracked water main": one source's wording copied) get
PHRASE_BONUS the same way; two whole sentences do not (their embeddings compare all they say, and a phrase
naming a thing, "closed in response to the cracked water main", is no telling of it). Two counterparts that
each date what they tell (not their saying, not a thing they name: contradiction.fact_years) in other years
and tell no act in common
are two facts (a dam opened in 2009, its repair decided "today" in 2024): no link. Grouping is greedy average linkage over the
links, strongest first, so a chain of loosely similar claims does not collapse into one group; and two
whole sentences of one article share a group only when alike (SAME_ARTICLE_MIN): unlike, they tell two
facts that a third sentence telling both would chain. Ties are broken by claim order, which the caller
makes stable.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from newsprism.crosscheck import contradiction, numbers
from newsprism.crosscheck.contradiction import Conflict
from newsprism.records import Claim

LINK = 0.70  # evidence score above which two claims are the same claim
GROUP_AVERAGE = 0.60  # average score a merged group must keep between its articles' claims
# Two whole sentences of one article in one group are at least this alike (cosine), else they tell two facts.
SAME_ARTICLE_MIN = 0.60
FLOOR = 0.35  # below this cosine two claims are not examined further
# Similarity (meaning + entities) above which a conflict of each kind is believed.
NUMBER_MIN = 0.68
DATE_MIN = 0.80
NEGATION_MIN = 0.82
UNCERTAIN_MIN = 0.85  # a figure conflict whose counted thing is unknown on one side
ACTOR_MIN = 0.80
SPECIFIC_NUMBER_MIN = 0.35  # figures of the same act ("injured") that cannot both hold
DATE_EVENT_MIN = 0.45  # the same act dated differently (checked on the parse)

RATIO_BONUS = 0.35  # the same non-trivial change (x8) of the same counted thing
FIGURE_BONUS = 0.20  # the same figure (>= 10) of the same kind of thing
LARGE_FIGURE_BONUS = 0.30  # the same figure (>= 100): two outlets rarely hit one by chance
LOOSE_FIGURE_BONUS = 0.10  # compatible figures, or a thing known on one side only
DATE_BONUS = 0.10
ENTITY_WEIGHT = 0.15
# Two counterparts telling the same act ("killed" / "killing") may link a little below LINK. Not part of
# the group average: a story's sentences share its verbs, and the bonus would chain its facts together.
VERB_BONUS = 0.10
# Two counterparts, one of them a clause, sharing a two-word phrase few of the story's articles use
# ("water main", "sealed off") copy one source's wording of one fact: like VERB_BONUS, on the link
# only. Not between two whole sentences: their embeddings already compare all they say.
PHRASE_BONUS = 0.15
PHRASE_SHARE = 0.4  # a phrase in more than this share of the story's articles is the story's, not a fact's


@dataclass(frozen=True)
class Link:
    """Why two claims were (or were not) taken as the same claim."""

    i: int
    j: int
    similarity: float  # embedding cosine
    score: float  # similarity plus agreement evidence
    agreements: tuple[str, ...] = ()  # readable reasons: figures and dates that agree
    conflicts: tuple[Conflict, ...] = ()
    counterparts: bool = True  # each is the other's closest claim in the other's article
    dated_apart: bool = False  # each dates what it tells in other years, and no act is shared: two facts

    @property
    def linked(self) -> bool:
        return self.counterparts and not self.dated_apart and (bool(self.conflicts) or self.score >= LINK)


@dataclass(frozen=True)
class Alignment:
    groups: tuple[tuple[int, ...], ...]  # claim indices, each group sorted, groups in order of first claim
    links: dict[tuple[int, int], Link]  # examined pairs (i < j)


def fold_text(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def entity_keys(claim: Claim) -> frozenset[str]:
    """Canonical entity ids when resolution filled them, else the mention texts folded."""
    if claim.entity_ids:
        return frozenset(claim.entity_ids)
    return frozenset(" ".join(re.findall(r"\w+", e.lower().replace("’", "'"))) for e in claim.entities if e)


def entity_weights(claims: Sequence[Claim]) -> dict[str, float]:
    """An entity named in every article of the story tells nothing about which claim is which:
    weight = 1 - share of the story's articles whose claims name it."""
    articles = {c.span.article_id for c in claims}
    seen: Counter[str] = Counter()
    for aid in articles:
        keys = set().union(*[entity_keys(c) for c in claims if c.span.article_id == aid]) if claims else set()
        seen.update(keys)
    n = max(1, len(articles))
    return {k: 1.0 - v / n for k, v in seen.items()} if n > 1 else {k: 1.0 for k in seen}


def _entity_agreement(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    union = a | b
    if not union:
        return 0.0
    total = sum(weights.get(k, 1.0) for k in union)
    shared = sum(weights.get(k, 1.0) for k in a & b)
    return shared / total if total > 0 else 0.0


def _entity_agreements(keys: Sequence[frozenset[str]], weights: dict[str, float]) -> np.ndarray:
    """`_entity_agreement` of every pair at once: weight of the shared entities over that of their union."""
    vocab = {k: n for n, k in enumerate(sorted(set().union(*keys)))} if keys else {}
    if not vocab:
        return np.zeros((len(keys), len(keys)))
    has = np.zeros((len(keys), len(vocab)))
    for row, ks in enumerate(keys):
        has[row, [vocab[k] for k in ks]] = 1.0
    w = np.array([weights.get(k, 1.0) for k in vocab])
    shared = (has * w) @ has.T
    own = has @ w
    union = own[:, None] + own[None, :] - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(union > 0, shared / np.where(union > 0, union, 1.0), 0.0)


def examine(a: Claim, b: Claim, similarity: float, entity_score: float) -> tuple[float, tuple[str, ...], tuple[Conflict, ...]]:
    """The evidence score of one pair, its agreements, and its conflicts."""
    score = similarity + ENTITY_WEIGHT * entity_score
    topic = score
    agreements: list[str] = []
    pairs = None
    if a.quantities and b.quantities:
        pairs = numbers.match_quantities(a.quantities, b.quantities, a.text, a.span.start, b.text, b.span.start)
        best = 0.0
        for x, y, c in pairs:
            if c.verdict != "consistent":
                continue
            ratio = numbers.change_ratio(x) is not None and numbers.change_ratio(y) is not None
            big = max(abs(x.value or 0), abs(y.value or 0)) >= 10
            if c.certain and ratio:
                bonus = RATIO_BONUS
            elif c.certain and c.exact and big:
                bonus = LARGE_FIGURE_BONUS if max(abs(x.value or 0), abs(y.value or 0)) >= 100 else FIGURE_BONUS
            else:
                bonus = LOOSE_FIGURE_BONUS
            if bonus > best:
                best = bonus
            if fold_text(x.text) != fold_text(y.text):  # "eightfold" = "eightfold" tells a reader nothing
                agreements.append(c.reason)
        score += best
    rel, x, y = contradiction.dates_relation(a, b)
    if rel == "same" and x is not None and y is not None:
        score += DATE_BONUS
        topic += DATE_BONUS
        if x.text.lower() != y.text.lower():
            agreements.append(f"“{x.text}” and “{y.text}” are the same date ({x.value[:7] if len(x.value) > 7 else x.value})")
    conflicts = contradiction.find_conflicts(
        a, b, topic, number_min=NUMBER_MIN, date_min=DATE_MIN, negation_min=NEGATION_MIN,
        uncertain_min=UNCERTAIN_MIN, specific_min=SPECIFIC_NUMBER_MIN, quantity_pairs=pairs)
    if conflicts and topic < NUMBER_MIN and names_apart(a, b):
        conflicts = ()  # loosely alike and about different named things: two facts, not one disputed
    return score, tuple(dict.fromkeys(agreements)), conflicts


def _subject_keys(claim: Claim) -> frozenset[str]:
    """The entities a claim is about: its named entities except the source it is attributed to."""
    return _subject_keys_of(claim.entities, claim.entity_ids, claim.attributed_to)


@lru_cache(maxsize=100_000)
def _subject_keys_of(entities: tuple[str, ...], entity_ids: tuple[str, ...], attributed_to: str | None):
    keys = entity_keys(Claim(id="", span=None, text="", entities=entities, entity_ids=entity_ids))  # type: ignore[arg-type]
    source = fold_text(attributed_to or "")
    return frozenset(k for k in keys if not (source and k in source))


def names_apart(a: Claim, b: Claim) -> bool:
    """Both claims are about named entities and none is shared ("the Sollen Dam" vs "the Vardel Dam")."""
    ka, kb = _subject_keys(a), _subject_keys(b)
    return bool(ka and kb) and not (ka & kb)


def align_claims(claims: Sequence[Claim], vectors: np.ndarray, parse=None,
                 family: Sequence[int] | None = None, verbs: Sequence[frozenset[str]] | None = None) -> Alignment:
    """Group claims (of different articles) that state the same thing; `vectors` are their
    L2-normalised embeddings, row i for claim i (of its content without the attribution frame).
    `parse(texts)` gives spaCy docs for the actor test (only the few strongly similar pairs with
    different actors are parsed); None skips it. `family[i]` names the
    sentence claim i comes from: a sentence and its parts never share a group (each part goes where
    its fact goes; the whole sentence where the sentence goes). `verbs[i]` are the acts claim i tells
    (parts.Part.acts); None gives no act evidence."""
    n = len(claims)
    if n == 0:
        return Alignment((), {})
    sim = np.clip(vectors @ vectors.T, -1.0, 1.0)
    article = [c.span.article_id for c in claims]
    codes = {aid: k for k, aid in enumerate(sorted(set(article)))}
    code = np.array([codes[a] for a in article])
    same_article = code[:, None] == code[None, :]
    score = sim.copy()
    keys = [entity_keys(c) for c in claims]
    weights = entity_weights(claims)
    links: dict[tuple[int, int], Link] = {}
    ii, jj = np.nonzero(np.triu(sim >= FLOOR, k=1) & ~same_article)
    wanted_docs: set[int] = set()
    # Only dates of a day can date one act differently (contradiction.date_event_conflict).
    day_dated = [any(d.value and len(d.value) >= 10 and (d.precision or "day") == "day" for d in c.dates)
                 for c in claims]
    # Most pairs have no figures or no dates on one side and are far from a negation: their score is
    # meaning plus entities and nothing can conflict (what `examine` would find), so it is not asked.
    counted = [bool(c.quantities) for c in claims]
    dated = [any(d.value for d in c.dates) for c in claims]
    agreement = _entity_agreements(keys, weights)
    years = [frozenset(d.value[:4] for d in c.dates if d.value) for c in claims]
    maybe_apart: set[tuple[int, int]] = set()
    candidates = []
    for i, j in zip(ii.tolist(), jj.tolist()):
        s = float(sim[i, j])
        ent = float(agreement[i, j])
        if (counted[i] and counted[j]) or (dated[i] and dated[j]) or s + ENTITY_WEIGHT * ent >= NEGATION_MIN:
            total, agreements, conflicts = examine(claims[i], claims[j], s, ent)
        else:
            total, agreements, conflicts = s + ENTITY_WEIGHT * ent, (), ()
        candidates.append((i, j, s, ent, total, agreements, conflicts))
        if parse is not None and s + ENTITY_WEIGHT * ent >= ACTOR_MIN and keys[i] != keys[j]:
            wanted_docs.update((i, j))
        if parse is not None and not conflicts and s + ENTITY_WEIGHT * ent >= DATE_EVENT_MIN \
                and day_dated[i] and day_dated[j] \
                and contradiction.dates_relation(claims[i], claims[j])[0] == "conflict":
            wanted_docs.update((i, j))
        if parse is not None and verbs is not None and not conflicts and total + VERB_BONUS >= LINK \
                and _years_apart(years[i], years[j]) and verbs[i].isdisjoint(verbs[j]):
            maybe_apart.add((i, j))  # the parse tells which dates date the facts, not their saying
            wanted_docs.update((i, j))
    fam = family if family is not None else list(range(n))
    mutual = _counterparts(article, fam, candidates)
    closest = set()
    if verbs is not None and candidates:
        totals = np.fromiter((c[4] for c in candidates), dtype=float, count=len(candidates))
        closest = _closest_members(fam, ii, jj, totals, _shares_act(verbs, ii, jj))
    docs = {}
    if wanted_docs:
        order = sorted(wanted_docs)
        docs = dict(zip(order, parse([claims[k].text for k in order])))
    phrases = None  # made only when a pair needs them
    for i, j, s, ent, total, agreements, conflicts in candidates:
        topic = s + ENTITY_WEIGHT * ent
        if i in docs and j in docs and not conflicts and topic >= ACTOR_MIN and keys[i] != keys[j]:
            c = contradiction.actor_conflict(claims[i], claims[j], docs[i], docs[j])
            if c is not None and not (claims[i].attributed_to and claims[j].attributed_to):
                conflicts = (c,)
        if i in docs and j in docs and not conflicts and topic >= DATE_EVENT_MIN \
                and not names_apart(claims[i], claims[j]):
            c = contradiction.date_event_conflict(claims[i], claims[j], docs[i], docs[j])
            if c is not None:
                conflicts = (c,)
        apart = (i, j) in maybe_apart and not conflicts and _years_apart(
            contradiction.fact_years(claims[i], docs[i]), contradiction.fact_years(claims[j], docs[j]))
        bonus = VERB_BONUS if (i, j) in closest else 0.0
        if (i, j) in mutual and not conflicts and total + bonus < LINK <= total + PHRASE_BONUS \
                and (fam[i] != i or fam[j] != j):  # a part on one side at least
            phrases = phrases if phrases is not None else _story_phrases(claims, fam)
            if _share_phrase(claims[i], claims[j], phrases):
                bonus = PHRASE_BONUS
        link = Link(i, j, s, total + bonus, agreements, conflicts, (i, j) in mutual, apart)
        links[(i, j)] = link
        # A conflict ties two counterparts into one (contested) group; between claims that are not each
        # other's counterparts it is no evidence of one fact, but marks the group if others join them.
        score[i, j] = score[j, i] = max(total, LINK) if conflicts and link.counterparts else total
    return Alignment(_group(n, score, same_article, links, family), links)


_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# Words of the attribution frame: "officials said" is how outlets cite, not what they tell.
_SAYING = frozenset({"said", "says", "told", "tells", "added", "according", "reported", "reports"})


@lru_cache(maxsize=100_000)
def _phrases(text: str) -> frozenset[str]:
    """Two-word phrases of a claim in which neither word is a stop word or a saying ("water main")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _WORD.findall(text.lower())
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:])
                     if not ({a, b} & STOP_WORDS or {a, b} & _SAYING))


def _story_phrases(claims: Sequence[Claim], family: Sequence[int]) -> tuple[int, dict[str, int]]:
    """How many articles the story has, and for each phrase of its sentences how many of them use it."""
    seen: dict[str, set[str]] = {}
    for k, claim in enumerate(claims):
        if family[k] == k:  # a part's words are its sentence's
            for p in _phrases(claim.text):
                seen.setdefault(p, set()).add(claim.span.article_id)
    return len({c.span.article_id for c in claims}), {p: len(a) for p, a in seen.items()}


def _share_phrase(a: Claim, b: Claim, phrases: tuple[int, dict[str, int]]) -> bool:
    """Do two claims share a phrase that few of the story's articles use? One the whole story uses (its
    main actor: "fire crews") tells nothing about which fact is which, nor does a name ("Port Alder" in
    two facts of one town)."""
    articles, used = phrases
    shared = _phrases(a.text) & _phrases(b.text)
    if shared:
        shared -= frozenset().union(*[_phrases(e) for e in a.entities + b.entities])
    return any(used.get(p, 0) <= PHRASE_SHARE * articles for p in shared)


def _years_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both claims date what they tell, and in no year in common ("opened in 2009" / "Today the board
    decided to repair it" told in 2024): telling no act in common, they tell two facts, however alike their words."""
    return bool(a and b) and a.isdisjoint(b)


def _counterparts(article: Sequence[str], family: Sequence[int], candidates) -> set[tuple[int, int]]:
    """The examined pairs (i, j) whose claims are each other's closest: j's sentence scores highest with
    i among the sentences of j's article, and i's among those of i's article. Sentences, not claims: a
    sentence and its parts (family) are one counterpart, so each part of a sentence stating several
    facts can still find its own counterpart in another article."""
    best: dict[tuple[int, str], dict[int, float]] = {}
    for i, j, _, _, total, _, _ in candidates:
        for a, b in ((i, j), (j, i)):
            sentences = best.setdefault((a, article[b]), {})
            sentences[family[b]] = max(sentences.get(family[b], -1.0), total)

    def closest(a: int, b: int) -> bool:
        sentences = best[(a, article[b])]
        return sentences[family[b]] >= max(sentences.values())
    return {(i, j) for i, j, *_ in candidates if closest(i, j) and closest(j, i)}


def _shares_act(verbs: Sequence[frozenset[str]], ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """For each pair (ii[k], jj[k]), whether its two claims tell an act by the same verb."""
    return np.fromiter((not verbs[i].isdisjoint(verbs[j]) for i, j in zip(ii.tolist(), jj.tolist())),
                       dtype=bool, count=len(ii))


def _closest_members(family: Sequence[int], ii: np.ndarray, jj: np.ndarray, totals: np.ndarray,
                     wanted: np.ndarray) -> set[tuple[int, int]]:
    """Of the examined pairs (ii[k], jj[k]) marked in `wanted`, those (i, j) in which j is i's closest
    (by `totals`) among the members of j's sentence (the sentence and its parts) and i is j's among those
    of i's. A sentence holds the verbs of all its parts: its flooding is told better by its part
    "flooding the town" than by the whole sentence."""
    if not wanted.any():
        return set()
    fam = np.unique(np.asarray(family), return_inverse=True)[1]
    best = np.full((len(fam), int(fam.max()) + 1), -np.inf)
    a, b = np.concatenate([ii, jj]), np.concatenate([jj, ii])
    np.maximum.at(best, (a, fam[b]), np.concatenate([totals, totals]))
    i, j, t = ii[wanted], jj[wanted], totals[wanted]
    keep = (t >= best[i, fam[j]]) & (t >= best[j, fam[i]])
    return set(zip(i[keep].tolist(), j[keep].tolist()))


def _unlike_in_one_article(block: np.ndarray, mask: np.ndarray, whole_a: np.ndarray, whole_b: np.ndarray) -> bool:
    """Would a merge put two unlike sentences of one article in one group? An article that states a fact
    twice (in its first paragraph and again below) states it in like words; two of its sentences that are
    not alike tell two facts, and a group holding both has chained them through a third sentence telling
    both ("In 2008, Voss stopped Brand in the 11th round" and "Voss floored Brand in the fifth"). Whole
    sentences only: a part is a clause, never as alike as a sentence. `block`: the two sides' scores, the
    cosine where they share an article (~mask)."""
    same = ~mask & whole_a[:, None] & whole_b[None, :]
    return bool(same.any()) and float(block[same].min()) < SAME_ARTICLE_MIN


def _group(n: int, score: np.ndarray, same_article: np.ndarray, links: dict[tuple[int, int], Link],
           family: Sequence[int] | None = None):
    fam = list(family) if family is not None else list(range(n))
    whole = np.array([fam[i] == i for i in range(n)])
    families: dict[int, set[int]] = {i: {fam[i]} for i in range(n)}
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    root = list(range(n))
    edges = sorted((l for l in links.values() if l.linked), key=lambda l: (-round(l.score, 6), l.i, l.j))
    for link in edges:
        ra, rb = root[link.i], root[link.j]
        if ra == rb:
            continue
        a, b = members[ra], members[rb]
        if families[ra] & families[rb]:
            continue
        block = score[np.ix_(a, b)]
        mask = ~same_article[np.ix_(a, b)]
        if not mask.any():
            continue
        # A conflict names what the two claims are about (the same act, counted or dated differently): a
        # lone claim joins the group it conflicts with even when the rest of that group is worded apart.
        lone_conflict = bool(link.conflicts) and (len(a) == 1 or len(b) == 1)
        if not lone_conflict and (float(block[mask].mean()) < GROUP_AVERAGE
                                  or _unlike_in_one_article(block, mask, whole[a], whole[b])):
            continue
        keep, drop = (ra, rb) if ra < rb else (rb, ra)
        members[keep] = sorted(members[keep] + members[drop])
        families[keep] |= families.pop(drop)
        for k in members[drop]:
            root[k] = keep
        del members[drop]
    return tuple(tuple(m) for _, m in sorted(members.items(), key=lambda kv: kv[1][0]))
