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


# A story of four invented outlets: a change restated three ways, a death toll in conflict, a wire copy.
A_TEXT = ("The alliance will expand its mission in Freedonia from 500 personnel to around 4,000, its chief "
          "Anna Berg said on Thursday. A bomb attack in Port Lake on Monday killed at least 10 people. "
          "Some 2,500 foreign troops are already in the country.")
B_TEXT = ("Anna Berg said the number of troops in Freedonia would grow eightfold. The Port Lake attack on "
          "Monday killed one person, officials said. The parliament voted in January 2020 to demand that "
          "foreign troops leave.")
C_TEXT = ("Troops of the alliance in Freedonia will increase eight times, Anna Berg announced. In January 2020 "
          "the parliament of Freedonia voted to demand the departure of foreign forces.")


@pytest.fixture
def corpus(b):
    a = b.article("aaaa", "Daily Alpha", A_TEXT, "2021-02-19")
    bb = b.article("bbbb", "Beta News", B_TEXT, "2021-02-20")
    c = b.article("cccc", "Gamma Times", C_TEXT, "2021-02-20")
    d = b.article("dddd", "Delta Wire", B_TEXT + " ", "2021-02-21")  # a wire copy of Beta News
    ea = b.Extraction("aaaa", claims=(
        b.claim(a, "The alliance will expand its mission in Freedonia from 500 personnel to around 4,000, its chief "
                   "Anna Berg said on Thursday.",
                quantities=[("from 500 personnel to around 4,000", 4000,
                             dict(kind="change", change_from=500, approx="around", thing="personnel"))]),
        b.claim(a, "A bomb attack in Port Lake on Monday killed at least 10 people.",
                quantities=[("at least 10 people", 10, dict(approx="at least", thing="people"))],
                dates=[("on Monday", "2021-02-15")]),
        b.claim(a, "Some 2,500 foreign troops are already in the country.",
                quantities=[("Some 2,500 foreign troops", 2500, dict(approx="some", thing="foreign troops"))]),
    ))

    def b_claims(art):
        return (
            b.claim(art, "Anna Berg said the number of troops in Freedonia would grow eightfold.",
                    quantities=[("eightfold", 8, dict(kind="multiplier", unit="times", thing="troops"))]),
            b.claim(art, "The Port Lake attack on Monday killed one person, officials said.",
                    quantities=[("one person", 1, dict(thing="person"))], dates=[("on Monday", "2021-02-15")],
                    attributed_to="officials"),
            b.claim(art, "The parliament voted in January 2020 to demand that foreign troops leave.",
                    dates=[("in January 2020", "2020-01", "month")]),
        )
    eb = b.Extraction("bbbb", claims=b_claims(bb))
    ed = b.Extraction("dddd", claims=b_claims(d))
    ec = b.Extraction("cccc", claims=(
        b.claim(c, "Troops of the alliance in Freedonia will increase eight times, Anna Berg announced.",
                quantities=[("eight times", 8, dict(kind="multiplier", unit="times", thing="troops"))]),
        b.claim(c, "In January 2020 the parliament of Freedonia voted to demand the departure of foreign forces.",
                dates=[("In January 2020", "2020-01", "month")]),
    ))
    dup = b.Duplicate(a="bbbb", b="dddd", share=0.99, kind="near-duplicate", earlier="bbbb")
    return b.story(a, bb, c, d), [a, bb, c, d], [ea, eb, ec, ed], [dup]
