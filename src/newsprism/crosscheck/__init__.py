"""Cross-check: per story, which claims hold across independent outlets, which rest on one, which
conflict, and how faithfully each outlet reproduces the quotes.

    crosscheck_story(story, articles, extractions, duplicates) -> CrossCheck

Modules: parts (the facts of a sentence, and its content without "X said"), align (which claims are
the same claim), numbers (figures that agree), contradiction
(incompatible figures, dates, actors, negation), independence (copies and citations count once),
status (status, explanation, evidence), quotes (quote groups and fidelity), stance (a claim against an
article's text: agree / disagree / discuss / unrelated).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.nlp import _vectors  # noqa: F401  (the shared vector cache; benchmarks prime it)
from newsprism.records import Article, ArticleExtraction, Claim, ClaimGroup, Duplicate, QuoteGroup, Story


@dataclass(frozen=True)
class CrossCheck:
    claim_groups: tuple[ClaimGroup, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    only_here: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (outlet, claim ids no other outlet makes)


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Sentence embeddings, rows following `texts`. Claim vectors were made by extraction (or loaded
    from the store) and are read from the process cache; any other text is embedded once per process."""
    from newsprism import nlp

    return nlp.embed_cached(texts)


def prepare_claims(claims: Sequence[Claim]) -> None:
    """What the cross-check needs of each claim on its own, made ahead by extraction (one batch for all
    its articles): the parse of the claim's text and the vectors of the contents it is aligned on.
    They go into the process caches, where crosscheck_story finds them."""
    from newsprism.crosscheck.parts import claim_parts

    claims = [c for c in claims if c.text.strip()]
    contents: list[str] = []
    for claim, doc in zip(claims, _parse([c.text for c in claims])):
        head, parts = claim_parts(claim, doc)
        if len(_parts) >= _DOC_CACHE_LIMIT * 10:
            _parts.clear()
        _parts[_claim_key(claim)] = (head, parts)
        mine = (head.content,) + tuple(p.content for p in parts)
        if len(contents_of) >= _DOC_CACHE_LIMIT * 10:
            contents_of.clear()
        contents_of[claim.text] = mine
        contents += mine
    embed_texts(contents)


def _claim_key(claim: Claim) -> tuple:
    return (claim.id, claim.span, claim.text)


# claim -> its claim_parts, made by prepare_claims (the parts depend on the claim and its parse only)
_parts: dict[tuple, tuple] = {}


def _parts_of(claims: Sequence[Claim]) -> list[tuple]:
    """claim_parts of each claim: those prepare_claims made, the others from a parse made now."""
    from newsprism.crosscheck.parts import claim_parts

    missing = [c for c in claims if _claim_key(c) not in _parts]
    for claim, doc in zip(missing, _parse([c.text for c in missing])):
        _parts[_claim_key(claim)] = claim_parts(claim, doc)
    return [_parts[_claim_key(c)] for c in claims]


# claim text -> the contents prepare_claims embedded for it (the store keeps their vectors)
contents_of: dict[str, tuple[str, ...]] = {}


_docs: dict[str, object] = {}
_DOC_CACHE_LIMIT = 5_000


def _parse(texts: Sequence[str]):
    """spaCy docs of claim texts, each distinct text parsed once per process (a rerun of a story, or a
    claim repeated by copies, is not parsed again)."""
    from newsprism import nlp

    missing = sorted({t for t in texts if t not in _docs})
    if missing and len(_docs) + len(missing) > _DOC_CACHE_LIMIT:
        _docs.clear()  # the texts this call found cached are gone too: parse every one of them
        missing = sorted(set(texts))
    if missing:
        _docs.update(zip(missing, nlp.parse(missing)))
    return [_docs[t] for t in texts]


def _part_parser(members, parent: Sequence[int | None]):
    """`parse` for the alignment's actor and date tests: a part of a sentence is read in the parse of its
    whole sentence (in context, and without parsing again); whole claims come from the parse cache."""
    within: dict[str, tuple[str, int, int]] = {}
    for k, p in enumerate(parent):
        if p is not None:
            whole, part = members[p].claim, members[k].claim
            within.setdefault(part.text, (whole.text, part.span.start - whole.span.start,
                                          part.span.end - whole.span.start))

    def parse(texts: Sequence[str]):
        docs = dict(zip(texts, _parse([within[t][0] if t in within else t for t in texts])))
        for t in texts:
            if t in within:
                _, lo, hi = within[t]
                piece = docs[t].char_span(lo, hi, alignment_mode="expand")
                docs[t] = piece.as_doc() if piece is not None else _parse([t])[0]
        return [docs[t] for t in texts]
    return parse


def _valid(claim: Claim, article: Article) -> bool:
    s = claim.span
    return s.article_id == article.id and 0 <= s.start < s.end <= len(article.text) and bool(claim.text.strip())


def _narrow(members, parent: Sequence[int | None], placed: set[int], groups, vectors: np.ndarray):
    """Members with each whole sentence's evidence narrowed to the parts that went nowhere else: the
    wire's "… gave way on Tuesday, forcing 3,400 residents from their homes" is evidence of the date
    up to "Tuesday" when its evacuation part stands in the evacuation group. Kept whole when the
    remaining parts are not one stretch of text, or when a part that went elsewhere is what ties the
    sentence to its group (closer in meaning to the group's other articles than the parts left)."""
    from dataclasses import replace

    from newsprism.crosscheck.status import Member
    from newsprism.records import Span

    parts: dict[int, list[int]] = {}
    for k, p in enumerate(parent):
        if p is not None:
            parts.setdefault(p, []).append(k)
    group_of = {k: g for g in groups for k in g}
    out = list(members)
    for w, ks in parts.items():
        others = [k for k in group_of.get(w, ()) if members[k].article.id != members[w].article.id]
        ks = sorted(ks, key=lambda k: members[k].claim.span.start)
        away = [i for i, k in enumerate(ks) if k in placed]
        rest = [i for i, k in enumerate(ks) if k not in placed]
        if not away or not rest or rest != list(range(rest[0], rest[-1] + 1)):
            continue
        if others:
            near = vectors[others]
            if max(float((near @ vectors[ks[i]]).max()) for i in away) > \
                    max(float((near @ vectors[ks[i]]).max()) for i in rest):
                continue
        claim = members[w].claim
        lo, hi = members[ks[rest[0]]].claim.span.start, members[ks[rest[-1]]].claim.span.end
        span = Span(claim.span.article_id, lo, hi)
        text = claim.text[lo - claim.span.start:hi - claim.span.start]

        def inside(s, lo=lo, hi=hi) -> bool:
            return lo <= s.start and s.end <= hi
        narrowed = replace(claim, span=span, text=text, quantities=tuple(q for q in claim.quantities if inside(q.span)),
                           dates=tuple(d for d in claim.dates if inside(d.span)))
        out[w] = Member(narrowed, members[w].article)
    return out


def crosscheck_story(story: Story, articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
                     duplicates: Sequence[Duplicate] = ()) -> CrossCheck:
    """Claim groups (corroborated / single-source / contested), quote groups with fidelity, and the
    claims only one outlet makes, for one story. Deterministic whatever the order of the inputs."""
    from newsprism.crosscheck.align import align_claims
    from newsprism.crosscheck.independence import Independence
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
    acts: list[frozenset[str]] = []
    parent: list[int | None] = []  # for a part, the index of its whole claim
    for m, (head, parts) in zip(whole, _parts_of([m.claim for m in whole])):
        at = len(members)
        members.append(Member(head.claim, m.article))
        contents.append(head.content)
        acts.append(head.acts)
        parent.append(None)
        for part in parts:
            members.append(Member(part.claim, m.article))
            contents.append(part.content)
            acts.append(part.acts)
            parent.append(at)
    claims = [m.claim for m in members]
    vectors = embed_texts(contents)
    family = [k if p is None else p for k, p in enumerate(parent)]
    alignment = align_claims(claims, vectors, parse=_part_parser(members, parent), family=family, verbs=acts)
    independence = Independence(story_articles, duplicates)
    kept = []
    for g in alignment.groups:
        group = group_status(story.id, g, members, alignment.links, independence)
        # A part that neither corroborates nor contests anything is already stated by its whole claim.
        if not (group.status == "single-source" and all(parent[k] is not None for k in g)):
            kept.append(g)
    shown = _narrow(members, parent, {k for g in kept for k in g if parent[k] is not None}, kept, vectors)
    groups = [group_status(story.id, g, shown, alignment.links, independence) for g in kept]
    groups.sort(key=lambda g: (STATUS_ORDER[g.status], -g.independent_sources, g.evidence[0], g.id))
    quotes = quote_groups(story.id, story_articles, story_extractions, embed=embed_texts)
    return CrossCheck(claim_groups=tuple(groups), quote_groups=quotes, only_here=only_here(groups))


__all__ = ["CrossCheck", "crosscheck_story", "embed_texts", "prepare_claims"]
