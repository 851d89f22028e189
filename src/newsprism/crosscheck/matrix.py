"""The claims × outlets view of one story: for each claim group, what each outlet does with it.

    story_matrix(story, analysis) -> StoryMatrix

Shared by the terminal (`newsprism check STORY`) and the HTML report, so both show the same thing.
A cell is "supports" (the outlet states the claim), "contradicts" (it states something incompatible),
"both" (two articles of the outlet take both sides) or "silent" (the outlet does not state it).
"""
from __future__ import annotations

from dataclasses import dataclass

from newsprism.crosscheck.independence import outlet_label
from newsprism.crosscheck.status import STATUS_ORDER
from newsprism.records import Analysis, Article, ClaimGroup, QuoteGroup, Span, Story

MARKS = {"supports": "✓", "contradicts": "✗", "both": "±", "silent": "·"}


@dataclass(frozen=True)
class Evidence:
    outlet: str
    article_id: str
    span: Span
    text: str  # article.text[span.start:span.end]


@dataclass(frozen=True)
class Row:
    group: ClaimGroup
    cells: tuple[str, ...]  # one per StoryMatrix.outlets
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class StoryMatrix:
    story: Story
    outlets: tuple[str, ...]
    rows: tuple[Row, ...]
    only_here: tuple[tuple[str, tuple[ClaimGroup, ...]], ...]  # outlet → the groups only it states
    quote_groups: tuple[QuoteGroup, ...]

    def to_json(self) -> dict:
        return {
            "story": {"id": self.story.id, "title": self.story.title, "first_date": self.story.first_date,
                      "last_date": self.story.last_date},
            "outlets": list(self.outlets),
            "claims": [{"id": r.group.id, "status": r.group.status, "independent_sources": r.group.independent_sources,
                        "text": r.group.text, "explanation": r.group.explanation,
                        "cells": dict(zip(self.outlets, r.cells)),
                        "evidence": [{"outlet": e.outlet, "article_id": e.article_id, "start": e.span.start,
                                      "end": e.span.end, "text": e.text} for e in r.evidence]}
                       for r in self.rows],
            "only_here": {outlet: [g.id for g in groups] for outlet, groups in self.only_here},
            "quote_groups": [{"id": q.id, "speaker": q.speaker, "text": q.text, "speaker_conflict": q.speaker_conflict,
                              "members": [{"outlet": m.outlet, "article_id": m.article_id, "fidelity": m.fidelity,
                                           "diff": m.diff} for m in q.members]}
                             for q in self.quote_groups],
        }


def _cell(outlet: str, group: ClaimGroup) -> str:
    sup, con = outlet in group.supporting_outlets, outlet in group.contradicting_outlets
    return "both" if sup and con else "supports" if sup else "contradicts" if con else "silent"


def story_matrix(story: Story, analysis: Analysis) -> StoryMatrix:
    """The matrix of one story from an Analysis holding (at least) its articles and groups."""
    members = set(story.article_ids)
    articles: dict[str, Article] = {a.id: a for a in analysis.articles if a.id in members}
    outlets = tuple(sorted({outlet_label(a) for a in articles.values()}))
    groups = sorted((g for g in analysis.claim_groups if g.story_id == story.id),
                    key=lambda g: (STATUS_ORDER.get(g.status, 9), -g.independent_sources, g.evidence[:1], g.id))
    rows = []
    for g in groups:
        evidence = tuple(Evidence(outlet_label(articles[s.article_id]), s.article_id, s,
                                  articles[s.article_id].text[s.start:s.end])
                         for s in g.evidence if s.article_id in articles)
        rows.append(Row(g, tuple(_cell(o, g) for o in outlets), evidence))
    # The same rule as status.only_here: groups of one outlet alone that nobody contests.
    alone: dict[str, list[ClaimGroup]] = {}
    for g in groups:
        if g.status == "single-source" and len(g.supporting_outlets) == 1 and not g.contradicting_outlets:
            alone.setdefault(g.supporting_outlets[0], []).append(g)
    quotes = tuple(q for q in analysis.quote_groups if q.story_id == story.id)
    return StoryMatrix(story, outlets, tuple(rows), tuple((o, tuple(gs)) for o, gs in sorted(alone.items())), quotes)

