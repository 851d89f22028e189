"""Which outlets are independent sources for a claim.

- Articles of the same outlet are one source.
- Copies count once: articles found as near-duplicates, and a claim lying in a passage one article
  shares with another (a partial copy), count toward the same source. Who copied whom is read from the
  copy record (`Duplicate.earlier`) or else from the publication dates.
- A claim an outlet attributes to another outlet ("according to Reuters", "Sputnik said") is
  second-hand: it counts toward the cited outlet, not the citing one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsprism.records import Article, Claim, Duplicate, Span, outlet_label, outlet_name

NEAR_DUPLICATE_SHARE = 0.8  # above this share the whole article is a copy, passage by passage or not
_MEDIA_WORDS = {"news", "agency", "tv", "television", "channel", "newspaper", "daily", "radio", "network",
                "website", "service", "press", "wire", "broadcaster", "outlet", "media", "magazine",
                "the", "a", "an", "of", "reported", "reports", "said", "says", "com", "www", "net", "org",
                "co", "uk", "online", "newswire", "state", "run", "owned", "official", "officially",
                "semi", "web", "site", "portal", "journal"}


def media_key(name: str) -> str:
    """A comparable key for an outlet or a cited medium: "Russia's Sputnik news agency" → "sputnik"."""
    text = name.lower().replace("’", "'")
    text = re.sub(r"https?://", " ", text)
    words = re.findall(r"[\w']+", text)
    # "Russia's Sputnik": a possessive place before the name is not part of it.
    kept = [w for w in words if not w.endswith("'s") and w not in _MEDIA_WORDS]
    kept = [w.strip("'") for w in kept if w.strip("'")]
    return " ".join(kept) or " ".join(words)


def _same_media(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    # "sputnik" inside "sputnik international"; "al mayadeen" inside "lebanon al mayadeen"
    return len(short) >= 1 and all(w in long_ for w in short) and len("".join(short)) >= 3


@dataclass(frozen=True)
class Copy:
    """One article repeating another's text, seen from a claim."""

    copier: str  # article id
    original: str | None  # article id published first, None when the dates do not tell
    other: str  # the other article of the pair
    share: float
    kind: str


class Independence:
    """The copy relations and outlets of one story, answering "which source does this claim count for"."""

    def __init__(self, articles: Sequence[Article], duplicates: Iterable[Duplicate] = ()):
        self.articles = {a.id: a for a in articles}
        self.outlet_keys = {a.id: self._outlet_key(a) for a in articles}
        self._pairs: dict[frozenset[str], Duplicate] = {}
        for d in duplicates:
            if d.a in self.articles and d.b in self.articles and d.a != d.b:
                key = frozenset((d.a, d.b))
                old = self._pairs.get(key)
                if old is None or (d.share, d.kind) > (old.share, old.kind):
                    self._pairs[key] = d

    @staticmethod
    def _outlet_key(article: Article) -> str:
        if article.outlet:
            return "outlet:" + (media_key(article.outlet) or article.outlet.lower())
        return "article:" + article.id

    def _cited_key(self, cited: str) -> str:
        key = media_key(cited)
        for aid in sorted(self.articles):
            outlet = self.articles[aid].outlet
            if outlet and _same_media(key, media_key(outlet)):
                return self.outlet_keys[aid]
        return "media:" + key

    def source_key(self, claim: Claim) -> str:
        """The source a claim counts toward before copies are merged."""
        if claim.attributed_is_media and claim.attributed_to:
            return self._cited_key(claim.attributed_to)
        return self.outlet_keys.get(claim.span.article_id, "article:" + claim.span.article_id)

    def source_label(self, claim: Claim) -> str:
        if claim.attributed_is_media and claim.attributed_to:
            return claim.attributed_to
        article = self.articles.get(claim.span.article_id)
        return outlet_name(article) if article else claim.span.article_id

    def copy_between(self, a: Claim, b: Claim) -> Copy | None:
        """The copy relation that makes these two claims one source, if any."""
        da = self._pairs.get(frozenset((a.span.article_id, b.span.article_id)))
        if da is None:
            return None
        whole = da.kind == "near-duplicate" or da.share >= NEAR_DUPLICATE_SHARE
        if not whole and not (self._in_passage(a.span, da) or self._in_passage(b.span, da)):
            return None
        original = self._earlier(da)
        copier = (da.b if original == da.a else da.a) if original else b.span.article_id
        other = da.a if copier == da.b else da.b
        return Copy(copier=copier, original=original, other=other, share=da.share, kind=da.kind)

    @staticmethod
    def _in_passage(span: Span, d: Duplicate) -> bool:
        for pa, pb in d.passages:
            for p in (pa, pb):
                if p.article_id != span.article_id:
                    continue
                overlap = min(p.end, span.end) - max(p.start, span.start)
                if overlap > 0 and overlap >= 0.5 * (span.end - span.start):
                    return True
        return False

    def _earlier(self, d: Duplicate) -> str | None:
        if d.earlier in (d.a, d.b):
            return d.earlier
        pa = self.articles[d.a].published
        pb = self.articles[d.b].published
        if pa and pb and pa[:10] != pb[:10]:
            return d.a if pa < pb else d.b
        return None

    def sources(self, claims: Sequence[Claim]) -> tuple[list[list[int]], list[tuple[int, int, Copy]]]:
        """Independent sources among claims: lists of claim indices that count as one source (sorted,
        stable), and the copy links found between them."""
        parent = list(range(len(claims)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        keys = [self.source_key(c) for c in claims]
        first: dict[str, int] = {}
        for i, k in enumerate(keys):
            if k in first:
                union(first[k], i)
            else:
                first[k] = i
        copies = []
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                if claims[i].span.article_id == claims[j].span.article_id:
                    continue
                c = self.copy_between(claims[i], claims[j])
                if c is not None:
                    copies.append((i, j, c))
                    union(i, j)
        groups: dict[int, list[int]] = {}
        for i in range(len(claims)):
            groups.setdefault(find(i), []).append(i)
        return sorted(groups.values()), copies

    def describe_copy(self, c: Copy) -> str:
        """"B repeats A's text (near-duplicate, 92% shared; A published first, 2021-02-19)"."""
        def name(aid: str) -> str:
            a = self.articles[aid]
            return f"{outlet_name(a)} ({a.published[:10]})" if a.published else outlet_name(a)

        how = f"{c.kind}, {round(c.share * 100)}% shared"
        if c.original:
            return f"{name(c.copier)} repeats text of {name(c.original)} ({how}; the latter was published first)"
        return f"{name(c.copier)} and {name(c.other)} share text ({how}; the dates do not tell who copied whom)"
