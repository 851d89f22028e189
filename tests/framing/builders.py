"""Builders for framing tests: articles and extraction records made directly (no parse needed)."""
from __future__ import annotations

from newsprism.records import Article, ArticleExtraction, Mention, Quote, Span, stable_id


def article(aid: str, outlet: str | None, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", outlet=outlet, outlet_found="meta" if outlet else None,
                   title=None, byline=None, published=published, published_precision="day" if published else None,
                   published_found="meta" if published else None, language="en", text=text)


def span_of(art: Article, part: str, after: int = 0) -> Span:
    start = art.text.index(part, after)
    return Span(art.id, start, start + len(part))


def mention(art: Article, name: str, label: str = "ORG", descriptors: tuple[str, ...] = (),
            after: int = 0) -> Mention:
    s = span_of(art, name, after)
    dspans = tuple(span_of(art, d, max(0, s.start - 60)) for d in descriptors)
    return Mention(span=s, text=name, label=label, descriptors=descriptors, descriptor_spans=dspans)


def quote(art: Article, content: str, speaker: str, kind: str = "direct") -> Quote:
    s = span_of(art, content)
    return Quote(id=stable_id("q", art.id, str(s.start)), span=s, text=content, kind=kind, speaker=speaker)


def extraction(art: Article, mentions=(), quotes=()) -> ArticleExtraction:
    return ArticleExtraction(article_id=art.id, mentions=tuple(mentions), quotes=tuple(quotes))


def evidence(art: Article, finding) -> str:
    assert finding.span.article_id == art.id
    return art.text[finding.span.start:finding.span.end]
