"""Incompatible statements between two aligned claims: numbers beyond tolerance, dates, actors, negation.

Each test looks only at two claims already found to speak about the same thing (alignment decides
that); a conflict carries a reason a reader can check and the spans on both sides.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from newsprism.crosscheck import numbers
from newsprism.records import Claim, DateRef, Span

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


@dataclass(frozen=True)
class Conflict:
    kind: str  # "number", "date", "actor", "negation"
    reason: str
    spans: tuple[Span, ...] = ()
    certain: bool = True


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files("newsprism.data").joinpath("crosscheck_cues.json").read_text("utf-8"))
    return {k: frozenset(w.lower() for w in v) for k, v in data.items() if not k.startswith("_")}


def words_of(text: str) -> list[str]:
    """Lower-case word tokens, with "n't" split off as its own token and typographic apostrophes folded."""
    text = text.lower().replace("’", "'").replace("n't", " n't")
    return re.findall(r"n't|[a-z0-9]+(?:'[a-z]+)?", text)


def cue_count(words: list[str], kind: str) -> int:
    """How many cue words (and two-word cues) of one kind occur in a token list."""
    lexicon = cues()[kind]
    singles = sum(1 for w in words if w in lexicon)
    pairs = sum(1 for a, b in zip(words, words[1:]) if f"{a} {b}" in lexicon)
    return singles + pairs


# A refusal says the act did not happen as plainly as a negator: "declined to describe the device" and
# "offered no details about the device" say the same. (Kept apart from the stance model's negator cues,
# which it was fitted with.) Only before a verb: "prices declined to their lowest level" is a fall.
_REFUSALS = re.compile(r"\b(?:declin|refus)(?:e|es|ed|ing)\s+to\s+(?!(?:the|a|an|their|its|his|her|our|my|your|this|"
                       r"that|these|those|some|about|around|just|only|record|new|pre|levels?)\b|\d)[a-z]", re.I)


def is_negated(claim: Claim) -> bool:
    """Negative polarity: extraction's flag, a negator or a refusal ("declined to") in the claim's own words."""
    if claim.negated:
        return True
    return cue_count(words_of(claim.text), "negators") > 0 or bool(_REFUSALS.search(claim.text))


# ---------------------------------------------------------------- dates


_WEEKS_AGO = re.compile(r"\bweeks?\s+ago\b", re.I)


def day_range(d: DateRef) -> tuple[date, date] | None:
    """The days a date may mean, given its precision: "January 2020" is the whole month, "Q1 2020" its
    three months, "this week" seven days, "3 January 2020" one day. None when the value cannot be read."""
    try:
        parts = [int(x) for x in (d.value or "")[:10].split("-")]
    except ValueError:
        return None
    precision = d.precision or ("day" if len(parts) == 3 else "month" if len(parts) == 2 else "year")
    try:
        if precision == "year" or len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if precision == "quarter" and len(parts) == 2:  # "Q1 2015" ("2015-01"): its three months
            first = date(parts[0], parts[1], 1)
            last = parts[1] + 2  # a quarter's first month is 1, 4, 7 or 10: it ends within its year
            nxt = date(parts[0] + (last == 12), last % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if precision == "month" or len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        day = date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
    if precision == "week":
        return day, day + timedelta(days=6)
    if d.relative and _WEEKS_AGO.search(d.text):
        # "two weeks ago" is counted loosely (a fortnight, give or take a few days): two outlets
        # publishing a day apart must not date the same wedding differently
        return day - timedelta(days=3), day + timedelta(days=3)
    return day, day


def _dates_agree(x: DateRef, y: DateRef) -> bool | None:
    rx, ry = day_range(x), day_range(y)
    if rx is None or ry is None:
        return None
    if x.relative and y.relative and " ".join(x.text.lower().split()) == " ".join(y.text.lower().split()):
        # the same words ("today", "on Tuesday") read against publication dates a day apart (time zones,
        # overnight editions) are the same day, not two
        rx, ry = (rx[0] - timedelta(days=1), rx[1] + timedelta(days=1)), ry
    return rx[0] <= ry[1] and ry[0] <= rx[1]


def dates_relation(a: Claim, b: Claim) -> tuple[str, DateRef | None, DateRef | None]:
    """("same" | "conflict" | "none", the two dates shown). Dates are compared as the days they may mean
    ("January 2020" agrees with "January 3, 2020"; "this week" with any of its seven days); a claim with
    several dates conflicts only when none of them agrees with any date of the other."""
    return _relation([d for d in a.dates if d.value], [d for d in b.dates if d.value])


def _relation(da: Sequence[DateRef], db: Sequence[DateRef]) -> tuple[str, DateRef | None, DateRef | None]:
    differing = None
    for x in da:
        for y in db:
            agree = _dates_agree(x, y)
            if agree:
                return "same", x, y
            if agree is False and differing is None:
                differing = (x, y)
    if differing is None:
        return "none", None, None
    return "conflict", differing[0], differing[1]


_GENERIC_VERBS = {"be", "have", "do", "make", "take", "get", "go", "come"}


def _date_events(claim: Claim, doc) -> dict[str, list[DateRef]]:
    """Verb lemma → the days it is dated by in this claim ("gave way in the early hours of 6 October":
    give → [6 October]), read from the parse by climbing from the date to its governing verb. Only dates
    of a day: "the war started in 2011" and "the operation started in 2014" are different acts, while one
    act given two different days within one story is a contradiction."""
    speech = cues()["speech_verbs"]
    found: dict[str, list[DateRef]] = {}
    for d in claim.dates:
        if not d.value or (d.precision or "day") != "day" or len(d.value) < 10:
            continue
        offset = d.span.start - claim.span.start
        tok = next((t for t in doc if t.idx + len(t) > offset), None)
        for _ in range(8):
            if tok is None or tok.pos_ == "VERB" or tok.head is tok:
                break
            tok = tok.head
        if tok is None or tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        if lemma in speech or lemma in _GENERIC_VERBS:
            continue
        found.setdefault(lemma, []).append(d)
    return found


def fact_years(claim: Claim, doc) -> frozenset[str]:
    """The years of the dates that date what the claim tells: a date hung on a verb, directly or by a
    preposition ("was opened in 2009", "Today the board decided …"), but not on a saying ("Voss said on Thursday",
    "announced Friday") and not a date naming a thing ("the 2006 film", "the team of 2008", "the 2013
    draft"): those date no act of the claim."""
    speech = cues()["speech_verbs"]
    years = set()
    for d in claim.dates:
        verb = _dated_verb(claim, d, doc) if d.value else None
        if verb is not None and verb.lemma_.lower() not in speech:
            years.add(d.value[:4])
    return frozenset(years)


def _dated_verb(claim: Claim, d: DateRef, doc):
    """The verb a date is an adverbial of ("in 2009" of "opened", "Today" of "decided"), else None."""
    lo, hi = d.span.start - claim.span.start, d.span.end - claim.span.start
    inside = [t for t in doc if lo <= t.idx < hi]
    top = next((t for t in inside if not lo <= t.head.idx < hi or t.head is t), None)
    if top is None or top.head is top:
        return None
    head = top.head
    if head.pos_ == "ADP" and top.dep_ == "pobj":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def date_event_conflict(a: Claim, b: Claim, doc_a, doc_b) -> Conflict | None:
    """The same act (the verb a date is attached to) given days that cannot both hold: "the dam gave way
    on 6 October" against "gave way before dawn on Tuesday" (7 October)."""
    if quoted_apart(a, b):
        return None
    ea, eb = _date_events(a, doc_a), _date_events(b, doc_b)
    for verb in sorted(set(ea) & set(eb)):
        rel, x, y = _relation(ea[verb], eb[verb])
        if rel == "conflict" and x is not None and y is not None:
            return Conflict("date", f"the same event (“{verb}”) is dated differently: “{x.text}” ({x.value}) "
                            f"vs “{y.text}” ({y.value})", (x.span, y.span))
    return None


def quoted_apart(a: Claim, b: Claim) -> bool:
    """Two different (non-media) sources quoted apart: X says one thing, Y another. That is a disagreement
    between them which both outlets may report faithfully, not outlets stating incompatible things."""
    return bool(a.attributed_to and b.attributed_to and _actor_key(a.attributed_to) != _actor_key(b.attributed_to)
                and not (a.attributed_is_media or b.attributed_is_media))


# ---------------------------------------------------------------- actors


@lru_cache(maxsize=50_000)  # asked for every pair of claims: a few hundred distinct sources per story
def _actor_key(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"^(the|a|an)\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _agents(doc) -> dict[str, set[str]]:
    """Main verb lemma → the named actors doing it (active subject or passive "by" agent)."""
    speech = cues()["speech_verbs"]
    found: dict[str, set[str]] = {}
    for tok in doc:
        verb = None
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = tok.head.head
        if verb is None or verb.lemma_.lower() in speech or tok.ent_type_ not in _ACTOR_LABELS:
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            found.setdefault(verb.lemma_.lower(), set()).add(_actor_key(ent.text))
    return found


def actor_conflict(a: Claim, b: Claim, doc_a, doc_b) -> Conflict | None:
    """The same act (main verb) done by different named actors, neither named in the other claim."""
    ga, gb = _agents(doc_a), _agents(doc_b)
    text_a, text_b = _actor_key(a.text), _actor_key(b.text)
    for verb in sorted(set(ga) & set(gb)):
        only_a = sorted(x for x in ga[verb] - gb[verb] if x and x not in text_b
                        and not any(x in y or y in x for y in gb[verb]))
        only_b = sorted(y for y in gb[verb] - ga[verb] if y and y not in text_a
                        and not any(y in x or x in y for x in ga[verb]))
        if only_a and only_b:
            return Conflict("actor", f"who did it differs: “{only_a[0]}” vs “{only_b[0]}” ({verb})",
                            (a.span, b.span))
    return None


# ---------------------------------------------------------------- all tests


def find_conflicts(a: Claim, b: Claim, similarity: float, *, number_min: float, date_min: float,
                   negation_min: float, uncertain_min: float, specific_min: float = 1.0,
                   quantity_pairs=None) -> tuple[Conflict, ...]:
    """Every incompatibility between two claims about the same thing, strongest evidence first.

    The thresholds are similarities above which a conflict of that kind is believed: a number or date
    that differs between two claims only loosely alike is more likely another fact than a contradiction.
    Figures counting the same act ("12 people were injured" / "two people were slightly hurt") are believed
    from `specific_min` on: the act itself says they are about the same thing, whatever else the two
    sentences hold. The actor and dated-event tests need parses and are run apart (`actor_conflict`,
    `date_event_conflict`). `quantity_pairs`: `numbers.match_quantities` of the two, when the caller
    has it already."""
    if quoted_apart(a, b):
        return ()
    found: list[Conflict] = []
    if a.quantities and b.quantities and similarity >= min(number_min, specific_min):
        pairs = quantity_pairs if quantity_pairs is not None else \
            numbers.match_quantities(a.quantities, b.quantities, a.text, a.span.start, b.text, b.span.start)
        agree = any(c.verdict == "consistent" for _, _, c in pairs)
        for x, y, c in pairs:
            if c.verdict != "conflict" or agree:
                continue
            if similarity < number_min and not (c.specific and c.certain):
                continue
            if not c.certain and similarity < uncertain_min:
                continue
            found.append(Conflict("number", c.reason, (x.span, y.span), c.certain))
            break
    if similarity >= date_min:
        rel, x, y = dates_relation(a, b)
        if rel == "conflict" and x is not None and y is not None:
            found.append(Conflict("date", f"“{x.text}” ({x.value}) vs “{y.text}” ({y.value})", (x.span, y.span)))
    if similarity >= negation_min and is_negated(a) != is_negated(b):
        neg = a if is_negated(a) else b
        found.append(Conflict("negation", f"one says it did not happen: “{_short(neg.text)}”", (a.span, b.span)))
    return tuple(found)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"
