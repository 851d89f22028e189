"""Cross-check: per story, which claims hold across independent outlets, which rest on one, which
conflict, and how faithfully each outlet reproduces the quotes.

    crosscheck_story(story, articles, extractions, duplicates) -> CrossCheck

Modules: align (which claims are the same claim), numbers (figures that agree), contradiction
(incompatible figures, dates, actors, negation), independence (copies and citations count once),
status (status, explanation, evidence), quotes (quote groups and fidelity), stance (a claim against an
article's text: agree / disagree / discuss / unrelated).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.records import Article, ArticleExtraction, Claim, ClaimGroup, Duplicate, QuoteGroup, Story

_CACHE_LIMIT = 50_000
_vectors: dict[str, np.ndarray] = {}


@dataclass(frozen=True)
class CrossCheck:
    claim_groups: tuple[ClaimGroup, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    only_here: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (outlet, claim ids no other outlet makes)


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Sentence embeddings, each distinct text embedded once per process (claims repeat across copies
    and across re-runs of the same story). Rows follow `texts`."""
    from newsprism import nlp

    missing = sorted({t for t in texts if t not in _vectors})
    if missing:
        if len(_vectors) + len(missing) > _CACHE_LIMIT:
            _vectors.clear()
        for t, v in zip(missing, nlp.embed(missing)):
            _vectors[t] = v
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack([_vectors[t] for t in texts])


_docs: dict[str, object] = {}
_DOC_CACHE_LIMIT = 5_000


def _parse(texts: Sequence[str]):
    """spaCy docs of claim texts, each distinct text parsed once per process (a rerun of a story, or a
    claim repeated by copies, is not parsed again)."""
    from newsprism import nlp

    missing = sorted({t for t in texts if t not in _docs})
    if missing:
        if len(_docs) + len(missing) > _DOC_CACHE_LIMIT:
            _docs.clear()
        _docs.update(zip(missing, nlp.parse(missing)))
    return [_docs[t] for t in texts]


def _valid(claim: Claim, article: Article) -> bool:
    s = claim.span
    return s.article_id == article.id and 0 <= s.start < s.end <= len(article.text) and bool(claim.text.strip())


def crosscheck_story(story: Story, articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
                     duplicates: Sequence[Duplicate] = ()) -> CrossCheck:
    """Claim groups (corroborated / single-source / contested), quote groups with fidelity, and the
    claims only one outlet makes, for one story. Deterministic whatever the order of the inputs."""
    from newsprism.crosscheck.align import align_claims
    from newsprism.crosscheck.independence import Independence
    from newsprism.crosscheck.parts import claim_parts
    from newsprism.crosscheck.quotes import quote_groups
    from newsprism.crosscheck.status import STATUS_ORDER, Member, group_status, only_here

    by_id = {a.id: a for a in articles}
    missing = sorted(set(story.article_ids) - set(by_id))
    if missing:
        raise NewsprismError("E501", f"story {story.id}: articles not given: {', '.join(missing[:5])}")
    members_ids = sorted(set(story.article_ids))
    story_articles = [by_id[i] for i in members_ids]
    ext_by_id = {e.article_id: e for e in extractions if e.article_id in set(members_ids)}
    story_extractions = [ext_by_id.get(i, ArticleExtraction(i)) for i in members_ids]

    whole: list[Member] = []
    for article, ext in zip(story_articles, story_extractions):
        seen = set()
        for claim in sorted(ext.claims, key=lambda c: (c.span.start, c.span.end, c.id)):
            if _valid(claim, article) and claim.id not in seen:  # a claim outside its text is skipped
                seen.add(claim.id)
                whole.append(Member(claim, article))
    # A sentence stating several facts is aligned as a whole and fact by fact: each of its parts (a
    # clause, with its exact span) can join a different group. What is compared is the content, not
    # who said it.
    members: list[Member] = []
    contents: list[str] = []
    parent: list[int | None] = []  # for a part, the index of its whole claim
    for m, doc in zip(whole, _parse([m.claim.text for m in whole])):
        head, parts = claim_parts(m.claim, doc)
        at = len(members)
        members.append(Member(head.claim, m.article))
        contents.append(head.content)
        parent.append(None)
        for part in parts:
            members.append(Member(part.claim, m.article))
            contents.append(part.content)
            parent.append(at)
    claims = [m.claim for m in members]
    vectors = embed_texts(contents)
    family = [k if p is None else p for k, p in enumerate(parent)]
    alignment = align_claims(claims, vectors, parse=_parse, contents=contents, family=family)
    independence = Independence(story_articles, duplicates)
    groups = []
    for g in alignment.groups:
        group = group_status(story.id, g, members, alignment.links, independence)
        # A part that neither corroborates nor contests anything is already stated by its whole claim.
        if group.status == "single-source" and all(parent[k] is not None for k in g):
            continue
        groups.append(group)
    groups.sort(key=lambda g: (STATUS_ORDER[g.status], -g.independent_sources, g.evidence[0], g.id))
    quotes = quote_groups(story.id, story_articles, story_extractions, embed=embed_texts)
    return CrossCheck(claim_groups=tuple(groups), quote_groups=quotes, only_here=only_here(groups))


__all__ = ["CrossCheck", "crosscheck_story", "embed_texts"]
