"""Outlet profiles: how each outlet tells its stories, comparable across outlets and over time.

A profile gathers, for one outlet over a set of articles: the share of its sentences that are its own
opinion, its loaded-language density (charged passages in its own words per 100 words: emotive words,
labels, slogans, doubt, exaggeration, appeals to fear, rhetorical questions, scare quotes; overlapping
findings count once; mandatory labels are left out, being set phrases and not the outlet's choice), the labels
it attaches, the sources it cites (quoted speakers and media it attributes to), and the claims only
it makes (single-source claim groups from cross-check). Profiles are computed from findings and
stances, so the same function serves one run, one story, or one month of the store.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from newsprism.framing.naming import outlet_of
from newsprism.framing.voices import OUTLET
from newsprism.records import (Analysis, Article, ArticleExtraction, ClaimGroup, Entity, FramingFinding,
                               OutletProfile, SentenceStance)

NOT_CHARGED = ("mandatory-label",)
LABEL_KINDS = ("label", "mandatory-label")
TOP_LABELS = 12
TOP_SOURCES = 15


def outlet_profiles(articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
                    findings: Iterable[FramingFinding], stances: Iterable[SentenceStance],
                    claim_groups: Sequence[ClaimGroup] = (), entities: Sequence[Entity] = ()) -> list[OutletProfile]:
    outlet_by_article = {a.id: outlet_of(a) for a in articles}
    text_by_article = {a.id: a.text for a in articles}
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        groups[outlet_of(a)].append(a)
    charged: dict[str, list[tuple[int, int]]] = defaultdict(list)  # article id -> own charged spans
    labels: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        outlet = outlet_by_article.get(f.span.article_id)
        if outlet is None or f.whose != OUTLET:
            continue
        if f.kind not in NOT_CHARGED:
            charged[f.span.article_id].append((f.span.start, f.span.end))
        if f.kind in LABEL_KINDS:
            phrase = " ".join(text_by_article[f.span.article_id][f.span.start:f.span.end].split())
            labels[outlet][phrase] += 1
    loaded = Counter()
    for aid, spans in charged.items():
        loaded[outlet_by_article[aid]] += _distinct(spans)
    sentences, opinions = Counter(), Counter()
    for s in stances:
        outlet = outlet_by_article.get(s.span.article_id)
        if outlet is None:
            continue
        sentences[outlet] += 1
        opinions[outlet] += s.kind == "opinion"
    sources = _cited_sources(extractions, outlet_by_article, entities)
    only_here = _only_here(claim_groups)
    out = []
    for outlet in sorted(groups):
        arts = groups[outlet]
        words = sum(a.words for a in arts)
        out.append(OutletProfile(
            outlet=outlet,
            articles=len(arts),
            sentences=sentences[outlet],
            opinion_share=round(opinions[outlet] / sentences[outlet], 4) if sentences[outlet] else 0.0,
            loaded_density=round(100.0 * loaded[outlet] / words, 4) if words else 0.0,
            labels=_top(labels[outlet], TOP_LABELS),
            cited_sources=_top(sources[outlet], TOP_SOURCES),
            only_here_claims=tuple(sorted(only_here.get(outlet, ()))),
        ))
    return out


def charged_passages(findings: Iterable[FramingFinding]) -> int:
    """The charged passages among `findings` as a profile counts them (own words, set labels left out,
    overlaps once): a story's framing card gives the same figure as the outlet's page."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for f in findings:
        if f.whose == OUTLET and f.kind not in NOT_CHARGED:
            spans[f.span.article_id].append((f.span.start, f.span.end))
    return sum(_distinct(s) for s in spans.values())


def _distinct(spans: list[tuple[int, int]]) -> int:
    """How many passages the spans make once overlapping ones are merged."""
    n, reach = 0, -1
    for start, end in sorted(spans):
        if start >= reach:
            n += 1
        reach = max(reach, end)
    return n


def _cited_sources(extractions: Sequence[ArticleExtraction], outlet_by_article: dict[str, str],
                   entities: Sequence[Entity]) -> dict[str, Counter]:
    names = {e.id: e.name for e in entities}
    known = _entity_of_alias(entities)
    out: dict[str, Counter] = defaultdict(Counter)
    for ext in extractions:
        outlet = outlet_by_article.get(ext.article_id)
        if outlet is None:
            continue
        for q in ext.quotes:
            if q.kind == "scare" or not (q.speaker or q.speaker_entity_id):
                continue
            name = names.get(q.speaker_entity_id or "", q.speaker or "")
            out[outlet][(name + " (media)") if q.speaker_is_media else name] += 1
        for c in ext.claims:
            if c.attributed_to:
                # under the entity's name, as its quotes are ("LNA" in a claim, the agency's name in a quote)
                name = known.get(c.attributed_to, c.attributed_to) + (" (media)" if c.attributed_is_media else "")
                out[outlet][name] += 1
    return out


def _entity_of_alias(entities: Sequence[Entity]) -> dict[str, str]:
    """Each name or alias -> its entity's name, for the names only one entity goes by."""
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for alias in (e.name, *e.aliases):
            owners[alias].add(e.name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}


def _only_here(claim_groups: Sequence[ClaimGroup]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for g in claim_groups:
        if g.status == "single-source" and len(set(g.supporting_outlets)) == 1:
            out[g.supporting_outlets[0]].update(g.claim_ids)
    return out


def _top(counter: Counter, n: int) -> tuple[str, ...]:
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].lower(), kv[0]))
    return tuple(k for k, _ in ranked[:n] if k)


def period_of(article: Article, by: str = "month") -> str:
    """The article's period: "2021-02" by month, "2021" by year, "unknown" with no date."""
    if not article.published:
        return "unknown"
    return article.published[:7] if by == "month" else article.published[:4]


def profiles_from_analysis(analysis: Analysis, by: str | None = None) -> dict[str, list[OutletProfile]]:
    """Profiles over everything in an analysis (key "all"), or one set per period (by="month"/"year")."""
    if by not in (None, "month", "year"):
        raise ValueError(f"period must be 'month' or 'year', not {by!r}")
    buckets: dict[str, list[Article]] = defaultdict(list)
    for a in analysis.articles:
        buckets["all" if by is None else period_of(a, by)].append(a)
    out = {}
    for period in sorted(buckets):
        arts = buckets[period]
        ids = {a.id for a in arts}
        out[period] = outlet_profiles(
            arts,
            [e for e in analysis.extractions if e.article_id in ids],
            [f for f in analysis.framing if f.span.article_id in ids],
            [s for s in analysis.stances if s.span.article_id in ids],
            analysis.claim_groups if by is None else (),
            analysis.entities,
        )
    return out
