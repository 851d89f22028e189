"""Check-worthy claims: the sentences of an article that state an event, a number, a date, a cause or
a comparison — apart from opinion, rhetorical questions, slogans and calls to action.

Each claim carries its span (the sentence, trimmed), the entities in it, its quantities and dates
normalised (extract.quantities / extract.dates, relative dates resolved against the article's
date), who it is attributed to when it sits in a quote or reported speech, and whether it is negated.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsprism.extract.coref import canonical
from newsprism.extract.dates import find_dates
from newsprism.extract.entities import Found, doc_text
from newsprism.extract.quantities import find_quantities
from newsprism.extract.quotes import Attribution
from newsprism.records import Article, Claim, Span, stable_id

_CAUSE = re.compile(r"\b(?:because|due to|as a result|in response to|in retaliation|led to|leads to|caused|"
                    r"causing|in order to|so that|therefore|thus|after which|resulted in|blamed)\b", re.I)
_OPINION_OPENERS = re.compile(r"^(?:i|we)\s+(?:think|believe|feel|hope|guess|suppose)\b|^in (?:my|our) (?:view|opinion)\b"
                              r"|^(?:it is|it's) (?:clear|obvious|time)\b|^(?:of course|surely|clearly)\b", re.I)
_OBLIGATION = frozenset({"should", "must", "ought", "shall"})
MIN_WORDS = 5
# A page's time stamp ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: …") states when the page changed,
# not a fact of the story; what is left of such a line without its dates and these words is nothing.
_STAMP = re.compile(r"\b(?:posted|updated|published|modified)\b", re.I)
_STAMP_PARTS = re.compile(r"\b(?:posted|updated|published|modified|created|last|on|at|am|pm|a\.m|p\.m|et|est|edt|"
                          r"ct|cst|cdt|pt|pst|pdt|gmt|utc|cet|cest|bst)\b\.?|\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?",
                          re.I)


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    """Word → emotive valence, from the VADER lexicon that ships with vaderSentiment."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    return dict(SentimentIntensityAnalyzer().lexicon)


def _skip_reason(sent, words: list[str], has_facts: bool) -> str | None:
    """Why a sentence is not a check-worthy claim (None when it is one)."""
    text = sent.text.strip()
    if len(words) < MIN_WORDS:
        return "too short"
    if text.rstrip("”\"’' ").endswith("?"):
        return "question"
    root = sent.root
    if text.rstrip("”\"’' ").endswith("!") and not has_facts:
        return "slogan"
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) \
            and root.i == sent.start + next((k for k, t in enumerate(sent) if not t.is_punct and not t.is_space), 0):
        return "call to action"
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return "no verb"
    if _OPINION_OPENERS.search(text.lstrip("“\"‘' ")):
        return "opinion"
    if any(c.lower_ in _OBLIGATION for c in root.children if c.dep_ == "aux") and not has_facts:
        return "opinion"
    if not has_facts:
        lex = _valence()
        loaded = sum(1 for w in words if abs(lex.get(w.lower(), 0.0)) >= 1.5)
        if loaded >= 2 and loaded / len(words) > 0.08:
            return "opinion"
    return None


def _kind(sent, quantities, dates, text: str) -> str:
    if quantities:
        return "number"
    if any(t.tag_ in ("JJR", "RBR") for t in sent) or re.search(r"\bthan\b", text):
        return "comparison"
    if _CAUSE.search(text):
        return "cause"
    if dates:
        return "event"
    return "statement"


def _negated(sent) -> bool:
    root = sent.root
    heads = [root] + [c for c in root.children if c.dep_ == "conj"]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def find_claims(doc, article: Article, found: list[Found], attributions: list[Attribution]) -> tuple[Claim, ...]:
    text = doc_text(doc)
    # Figures and dates are read once over the whole text (relative dates see their neighbours).
    all_quantities = find_quantities(text, article.id)
    all_dates = find_dates(text, article.id, article_date=article.published)
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        body = text[s:e]
        words = re.findall(r"[A-Za-z][\w'’-]*|\d[\d,.]*", body)
        quantities = tuple(q for q in all_quantities if s <= q.span.start and q.span.end <= e)
        dates = tuple(d for d in all_dates if s <= d.span.start and d.span.end <= e)
        mentions = [f for f in found if s <= f.start and f.end <= e]
        has_facts = bool(quantities or [d for d in dates if d.value])
        if dates and _is_time_stamp(body, s, dates):
            continue
        if _skip_reason(sent, words, has_facts):
            continue
        if not (has_facts or mentions or _CAUSE.search(body)):
            continue  # nothing a reader could check: no figure, date, name or cause
        attributed, media = _attribution_for(s, e, attributions)
        names = tuple(dict.fromkeys(canonical(f) for f in mentions))
        out.append(Claim(id=stable_id("c", article.id, str(s), str(e)), span=Span(article.id, s, e), text=body,
                         quantities=quantities, dates=dates, entities=names, attributed_to=attributed,
                         attributed_is_media=media, negated=_negated(sent), kind=_kind(sent, quantities, dates, body)))
    return tuple(out)


def _is_time_stamp(body: str, start: int, dates) -> bool:
    """The sentence is a page's posted / updated stamp: nothing but those words, dates and times."""
    if not _STAMP.search(body):
        return False
    rest = list(body)
    for d in dates:
        rest[d.span.start - start:d.span.end - start] = " " * (d.span.end - d.span.start)
    return not re.search(r"\w", _STAMP_PARTS.sub(" ", "".join(rest)))


def _attribution_for(s: int, e: int, attributions: list[Attribution]) -> tuple[str | None, bool]:
    """The speaker whose words (quote or reported clause) make up most of the sentence, if any."""
    best, best_share = None, 0.0
    for att in attributions:
        if att.kind == "scare" or not att.speaker:
            continue
        covered = sum(max(0, min(e, ce) - max(s, cs)) for cs, ce in att.contents)
        share = covered / max(1, e - s)
        if share > best_share:
            best, best_share = att, share
    if best is None or best_share < 0.3:
        return None, False
    return best.speaker, best.media
