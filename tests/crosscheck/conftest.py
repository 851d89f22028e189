"""Builders for cross-check tests: articles and extraction records made directly (no extraction run)."""
from __future__ import annotations

import re

import pytest

from newsprism.records import (Article, ArticleExtraction, Claim, DateRef, Duplicate, Quantity, Quote, Span,
                               Story, stable_id)


def article(aid: str, outlet: str | None, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", outlet=outlet, outlet_found="meta" if outlet else None,
                   title=None, byline=None, published=published, published_precision="day" if published else None,
                   published_found="meta" if published else None, language="en", text=text)


def span_of(art: Article, part: str, after: int = 0) -> Span:
    start = art.text.index(part, after)
    return Span(art.id, start, start + len(part))


def qty(art: Article, part: str, value, *, within: Span | None = None, **kw) -> Quantity:
    s = span_of(art, part, within.start if within else 0)
    return Quantity(span=s, text=part, value=value, **kw)


def date(art: Article, part: str, value: str, precision: str = "day", within: Span | None = None) -> DateRef:
    s = span_of(art, part, within.start if within else 0)
    return DateRef(span=s, text=part, value=value, precision=precision)


def claim(art: Article, sentence: str, *, quantities=(), dates=(), entities=(), **kw) -> Claim:
    s = span_of(art, sentence)
    built_q = tuple(qty(art, *q[:2], within=s, **(q[2] if len(q) > 2 else {})) for q in quantities)
    built_d = tuple(date(art, *d, within=s) for d in dates)
    if not entities:
        entities = tuple(dict.fromkeys(re.findall(r"\b[A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)*", sentence)))
    return Claim(id=stable_id("cl", art.id, str(s.start)), span=s, text=sentence, quantities=built_q,
                 dates=built_d, entities=tuple(entities), **kw)


def quote(art: Article, part: str, speaker: str | None, kind: str = "direct", **kw) -> Quote:
    s = span_of(art, part)
    return Quote(id=stable_id("qt", art.id, str(s.start)), span=s, text=part, kind=kind, speaker=speaker, **kw)


def story(*arts: Article) -> Story:
    return Story(id="story_test", title="test", article_ids=tuple(a.id for a in arts))


class Builders:
    article = staticmethod(article)
    span_of = staticmethod(span_of)
    qty = staticmethod(qty)
    date = staticmethod(date)
    claim = staticmethod(claim)
    quote = staticmethod(quote)
    story = staticmethod(story)
    Extraction = ArticleExtraction
    Duplicate = Duplicate
    Span = Span


@pytest.fixture
def b() -> Builders:
    return Builders()
