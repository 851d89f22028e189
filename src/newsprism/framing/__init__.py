"""framing stage: loaded language, labels and naming, techniques, opinion vs report, outlet profiles.

    frame_articles(articles, extractions, entities, stories=(), claim_groups=()) -> Framing

Findings say whose words they are: text inside a quote is the speaker's framing, not the outlet's.
Nothing here rates truth; every finding is a span with its kind, its terms, a score and the reason.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.errors import NewsprismError
from newsprism.framing.context import make_context
from newsprism.framing.kinds import KINDS, technique_of
from newsprism.framing.labels import find_labels
from newsprism.framing.lexicon import Lexicon, load_lexicon
from newsprism.framing.loaded import find_loaded
from newsprism.framing.naming import naming_rows
from newsprism.framing.profiles import outlet_profiles
from newsprism.framing.stance import classify_sentences
from newsprism.framing.techniques import find_techniques
from newsprism.records import (Article, ArticleExtraction, ClaimGroup, Entity, FramingFinding, NamingRow,
                               OutletProfile, SentenceStance, Story)

__all__ = ["Framing", "frame_article", "frame_articles", "KINDS", "technique_of", "load_lexicon"]


@dataclass(frozen=True)
class Framing:
    findings: tuple[FramingFinding, ...] = ()
    stances: tuple[SentenceStance, ...] = ()
    naming: tuple[NamingRow, ...] = ()
    outlets: tuple[OutletProfile, ...] = ()


def frame_article(article: Article, extraction: ArticleExtraction | None = None,
                  lexicon: Lexicon | None = None) -> tuple[list[FramingFinding], list[SentenceStance]]:
    """Findings and sentence stances of one article (English only; others get none)."""
    if not isinstance(article, Article):
        raise NewsprismError("E603", f"expected an Article, got {type(article).__name__}")
    if article.language not in (None, "en") or not article.text.strip():
        return [], []
    lexicon = lexicon or load_lexicon()
    ctx = make_context(article, extraction, lexicon)
    findings = [f for f in find_loaded(ctx) + find_labels(ctx) + find_techniques(ctx)
                if f.span.end > f.span.start]  # no finding without evidence
    findings = _outer_only(findings)
    return findings, classify_sentences(ctx, findings)


def frame_articles(articles: Sequence[Article], extractions: Sequence[ArticleExtraction] = (),
                   entities: Sequence[Entity] = (), stories: Sequence[Story] = (),
                   claim_groups: Sequence[ClaimGroup] = (), *, lexicon: Lexicon | None = None) -> Framing:
    """Frame every article; naming rows per entity × outlet; one profile per outlet.

    `stories` is accepted for the stage contract: profiles cover the articles given, so a caller
    wanting one story's profiles passes that story's articles.
    """
    lexicon = lexicon or load_lexicon()
    for bad in (a for a in articles if not isinstance(a, Article)):
        warnings.warn(f"[E603] framing skipped {bad!r:.80}: not an Article", stacklevel=2)
    # same output whatever the input order
    articles = sorted((a for a in articles if isinstance(a, Article)), key=lambda a: a.id)
    by_id = {e.article_id: e for e in extractions}
    findings: list[FramingFinding] = []
    stances: list[SentenceStance] = []
    for article in articles:
        try:
            f, s = frame_article(article, by_id.get(article.id), lexicon)
        except Exception as exc:  # one article's failure must not stop the batch; say which
            warnings.warn(f"[E690] framing skipped article {getattr(article, 'id', article)!r}: "
                          f"{type(exc).__name__}: {exc}", stacklevel=2)
            continue
        findings += f
        stances += s
    return Framing(
        findings=tuple(findings),
        stances=tuple(stances),
        naming=tuple(naming_rows(articles, [by_id[a.id] for a in articles if a.id in by_id], entities)),
        outlets=tuple(outlet_profiles(articles, list(by_id.values()), findings, stances, claim_groups, entities)),
    )


def _outer_only(findings: list[FramingFinding]) -> list[FramingFinding]:
    """One finding per kind on a stretch of text: a finding inside a longer one of the same kind ("in
    history" inside "the longest shutdown in history") says the same thing twice."""
    reach: dict[str, int] = {}  # kind -> the furthest end of its findings so far (they come by start)
    out = []
    for f in sorted(findings, key=lambda f: (f.span.start, -f.span.end)):
        if f.span.end <= reach.get(f.kind, -1):
            continue
        reach[f.kind] = f.span.end
        out.append(f)
    return sorted(out, key=_order)


def _order(f: FramingFinding):
    return (f.span.article_id, f.span.start, f.span.end, f.kind, f.terms)
