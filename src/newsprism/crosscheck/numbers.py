"""Numeric consistency: do two Quantity records (from extraction) state compatible figures?

This compares records; it never parses text into numbers (that is `extract.quantities`). It reads
only the words around a quantity to learn what was counted ("killed", "injured") when the counted
thing itself is generic ("people").

- Every figure becomes an interval: exact figures get a small rounding margin, approximations widen
  it ("around", "some": a fifth either side), bounds open one side ("at least 10" is [10, inf)).
- Changes are compared as ratios: "from 500 to 4,000", "eightfold", "eight times" and "an increase of
  700%" all mean x8. A change also agrees with a plain count of its start or end figure.
- Counted things must be compatible (one class in data/crosscheck_things.json): troops and personnel
  may be the same count, troops and bases never are.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsprism.records import Quantity

EXACT_MARGIN = 0.02  # reporters round: "4,000" may stand for 3,960
APPROX_MARGIN = 0.20  # "around 4,000", "some 2,500": a fifth either side

_WIDE = {"around", "about", "approximately", "approx", "roughly", "some", "an estimated", "estimated",
         "circa", "ca", "or so", "more or less", "an approximate", "approximate", "about some"}
_FLOOR = {"at least", "more than", "over", "above", "upwards of", "upward of", "in excess of",
          "no fewer than", "no less than", "not less than", "not fewer than", "+", "or more", "plus",
          "exceeding", "beyond", "greater than", "at minimum", "a minimum of", "well over"}
_CEILING = {"up to", "at most", "less than", "fewer than", "under", "below", "no more than",
            "not more than", "as many as", "as much as", "a maximum of", "at maximum", "maximum",
            "or less", "or fewer", "just under", "shy of"}
_NEAR_BELOW = {"nearly", "almost", "just under", "close to", "approaching", "short of", "barely",
               "just shy of"}
# Words that stress a figure without widening it: "only three defeats" is three.
_EXACT = {"only", "almost exactly"}
_VAGUE = {"several", "a few", "few", "dozens", "dozens of", "hundreds", "hundreds of", "thousands",
          "thousands of", "scores", "scores of", "many", "numerous", "a number of", "several hundred",
          "several hundreds", "several thousand", "tens of thousands", "millions", "a handful"}
# Multipliers and changes read as ratios; percent changes as 1 + p/100.
_RATIO_KINDS = {"multiplier", "change"}
_INCREASE_WORDS = ("increase", "rise", "growth", "jump", "surge", "up ", "grew", "grow", "rose", "higher")
_DECREASE_WORDS = ("decrease", "drop", "fall", "fell", "decline", "cut", "down ", "lower", "reduction")


@dataclass(frozen=True)
class Comparison:
    """How two quantities relate: "consistent", "conflict" or "unrelated", and why (for a reader)."""

    verdict: str
    reason: str
    certain: bool = True  # False when one counted thing is unknown (the match rests on the claims' wording)
    exact: bool = False  # the same figure, not only a compatible one
    specific: bool = False  # both count the same act ("injured", "killed"): a strong sign of the same fact


# ---------------------------------------------------------------- counted things


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], frozenset[frozenset[str]], dict[str, str]]:
    data = json.loads(resources.files("newsprism.data").joinpath("crosscheck_things.json").read_text("utf-8"))
    classes = {term.lower(): name for name, terms in data["classes"].items() for term in terms}
    compatible = frozenset(frozenset(pair) for pair in data["compatible"])
    acts = {term.lower(): name for name, terms in data["acts"].items() for term in terms}
    return classes, compatible, acts


def _norm_thing(thing: str | None) -> str | None:
    if not thing:
        return None
    t = re.sub(r"[^\w\s-]", " ", thing.lower()).replace("-", " ")
    t = " ".join(t.split())
    return t or None


def _class_of_thing(thing: str | None) -> str | None:
    """The class of a counted thing ("U.S. troops" → "military personnel"); unknown things keep their name."""
    t = _norm_thing(thing)
    if t is None:
        return None
    classes, _, acts = _lexicon()
    words = t.split()
    # Longest suffix first: "military bases" before "bases"; the head noun is last in English.
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if tail in classes:
            return classes[tail]
        if tail in acts:
            return acts[tail]
    head = words[-1]
    return head[:-1] if head.endswith("s") and len(head) > 3 and not head.endswith("ss") else head


def _act_near(context: str) -> str | None:
    """An act that qualifies a count of people ("killed at least 10 people"), read from nearby words."""
    _, _, acts = _lexicon()
    words = re.findall(r"[a-z]+", context.lower())
    found = [acts[w] for w in words if w in acts]
    pairs = [acts[f"{a} {b}"] for a, b in zip(words, words[1:]) if f"{a} {b}" in acts]
    found = pairs + found
    return found[0] if found else None


# "the number of workers", "four times as many workers": the counted thing named after the figure.
_THING_AFTER = re.compile(r"\b(?:number|numbers|count|total|totals|as many|as much)\s+(?:of\s+)?(?:the\s+)?([a-z]+)")


def _thing_near(context: str) -> str | None:
    m = _THING_AFTER.search(context.lower())
    return m.group(1) if m and m.group(1) not in ("the", "a", "an", "of", "as") else None


def thing_class(q: Quantity, context: str = "") -> str | None:
    """What a count counts, as a class name; `context` is the text around the quantity."""
    thing = q.thing
    if not thing and context and q.kind in ("count", "change", "multiplier"):
        thing = _thing_near(context)
    cls = _class_of_thing(thing)
    if q.kind in ("count", "change", "multiplier") and cls in (None, "people", "military personnel"):
        act = _act_near(context) if context else None
        if act:
            return act
    return cls


def things_compatible(a: str | None, b: str | None) -> tuple[bool, bool]:
    """(compatible, certain): unknown things are compatible but not certainly so."""
    if a is None or b is None:
        return True, False
    if a == b:
        return True, True
    _, compatible, _ = _lexicon()
    return frozenset((a, b)) in compatible, True


# ---------------------------------------------------------------- intervals


def _approx_kind(approx: str | None) -> str | None:
    if not approx:
        return None
    a = " ".join(approx.lower().replace(".", "").split())
    if a in _EXACT:
        return None
    if a in _NEAR_BELOW:
        return "near-below"
    if a in _FLOOR:
        return "floor"
    if a in _CEILING:
        return "ceiling"
    if a in _VAGUE:
        return "vague"
    if a in _WIDE:
        return "wide"
    # Unknown wording: treat it as an approximation, the cautious reading.
    return "wide"


def _value_interval(v: float, approx: str | None) -> tuple[float, float]:
    kind = _approx_kind(approx)
    if kind == "floor":
        return (v, math.inf)
    if kind == "ceiling":
        return (0.0, v)
    if kind == "near-below":
        return (v * (1 - APPROX_MARGIN), v)
    margin = APPROX_MARGIN if kind in ("wide", "vague") else (EXACT_MARGIN if abs(v) >= 100 else 0.0)
    lo, hi = v * (1 - margin), v * (1 + margin)
    return (min(lo, hi), max(lo, hi))


def interval(q: Quantity) -> tuple[float, float] | None:
    """The values a quantity allows, given its approximation; None when it carries no figure."""
    if q.value is None:
        if q.low is not None or q.high is not None:
            lo = q.low if q.low is not None else 0.0
            hi = q.high if q.high is not None else math.inf
            return (min(lo, hi), max(lo, hi))
        return None
    # A change's low/high (if any) are its two ends, not a range for its value.
    if q.kind != "change" and q.low is not None and q.high is not None and q.low != q.high:
        lo, hi = min(q.low, q.high), max(q.low, q.high)
        if _approx_kind(q.approx) in ("wide", "vague"):
            lo, hi = lo * (1 - APPROX_MARGIN), hi * (1 + APPROX_MARGIN)
        return (lo, hi)
    return _value_interval(q.value, q.approx)


def change_ratio(q: Quantity) -> tuple[float, float] | None:
    """The factor a change or multiplier states, as an interval: x8 for all of "from 500 to 4,000",
    "eightfold", "eight times", "an increase of 700%". None when the quantity states no ratio."""
    text = (q.text or "").lower()
    is_percent = (q.unit or "").lower() in ("percent", "%", "per cent", "pct") or q.kind == "percent"
    if q.kind == "change" and q.change_from and q.value is not None:
        start = _value_interval(q.change_from, None)
        end = interval(q) or _value_interval(q.value, None)
        if start[0] <= 0:
            return None
        return (end[0] / start[1], end[1] / start[0])
    if q.value is None:
        return None
    rng = interval(q) or (q.value, q.value)
    if q.kind == "multiplier" or (q.unit or "").lower() in ("times", "fold", "x"):
        return rng
    # "an increase of 700%" / "a 30% drop": a percent change is a ratio of 1 ± p/100.
    if is_percent and (q.kind == "change" or any(w in text for w in _INCREASE_WORDS + _DECREASE_WORDS)):
        sign = -1.0 if any(w in text for w in _DECREASE_WORDS) else 1.0
        lo, hi = sorted((1 + sign * rng[0] / 100, 1 + sign * rng[1] / 100))
        return (lo, hi)
    return None


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "∞"
    return f"{x:,.0f}" if abs(x) >= 100 or float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _fmt_range(r: tuple[float, float]) -> str:
    lo, hi = r
    if math.isinf(hi):
        return f"≥ {_fmt(lo)}"
    if lo == 0 and not math.isinf(hi):
        return f"≤ {_fmt(hi)}"
    if abs(hi - lo) <= 1e-9 * max(1.0, abs(lo)):
        return _fmt(lo)
    return f"{_fmt(lo)}–{_fmt(hi)}"


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] * (1 + 1e-9) and b[0] <= a[1] * (1 + 1e-9)


def _dimension(q: Quantity) -> str:
    unit = (q.unit or "").lower()
    if q.kind == "money":
        return f"money:{unit or '?'}"
    if q.kind == "percent" and change_ratio(q) is None:
        return "percent"
    if q.kind in ("ordinal", "ratio"):
        return q.kind  # a rank or a ratio ("700:1") compares only with its like
    if change_ratio(q) is not None or q.kind in _RATIO_KINDS:
        return "count"  # changes compare with counts of their start or end
    if unit and unit not in ("times", "fold", "x", "percent", "%"):
        return f"unit:{unit}"
    return "count"


def _quote(q: Quantity) -> str:
    return f"“{q.text}”" if q.text else _fmt_range(interval(q) or (0, 0))


# ---------------------------------------------------------------- comparing


def compare(a: Quantity, b: Quantity, context_a: str = "", context_b: str = "") -> Comparison:
    """Whether two quantities state compatible figures. `context_*` are the words around each quantity
    (to tell a death toll from a count of the injured)."""
    if a.kind == "score" or b.kind == "score":
        return _compare_scores(a, b)
    if _dimension(a) != _dimension(b):
        return Comparison("unrelated", "different kinds of figure")
    ca, cb = thing_class(a, context_a), thing_class(b, context_b)
    ok, certain = things_compatible(ca, cb)
    if not ok:
        return Comparison("unrelated", f"different things counted ({ca} vs {cb})")
    specific = ca is not None and ca == cb and ca in set(_lexicon()[2].values())
    ra, rb = change_ratio(a), change_ratio(b)
    ia, ib = interval(a), interval(b)
    if ra is not None and rb is not None:
        same_ends = (a.kind == b.kind == "change" and a.change_from and b.change_from)
        if _overlap(ra, rb):
            if same_ends and not _overlap(_value_interval(a.change_from, None), _value_interval(b.change_from, None)):
                return Comparison("conflict", f"{_quote(a)} and {_quote(b)} start from different figures",
                                  certain, specific=specific)
            return Comparison("consistent", f"{_quote(a)} and {_quote(b)} state the same change "
                              f"(x{_fmt(_mid(ra))} and x{_fmt(_mid(rb))})", certain,
                              exact=_mid(ra) == _mid(rb), specific=specific)
        return Comparison("conflict", f"{_quote(a)} is a change of x{_fmt_range(ra)} but {_quote(b)} "
                          f"is x{_fmt_range(rb)}", certain, specific=specific)
    if ra is not None or rb is not None:
        # A change against a plain figure: the figure may be the change's start or end value.
        ch, plain, pi = (a, b, ib) if ra is not None else (b, a, ia)
        if pi is None or ch.kind != "change" or ch.value is None:
            return Comparison("unrelated", "a ratio and a figure cannot be compared")
        ends = [interval(ch) or _value_interval(ch.value, None)]
        if ch.change_from is not None:
            ends.append(_value_interval(ch.change_from, None))
        if any(_overlap(pi, e) for e in ends):
            return Comparison("consistent", f"{_quote(plain)} matches a figure of {_quote(ch)}", certain,
                              specific=specific)
        return Comparison("unrelated", f"{_quote(plain)} is neither end of {_quote(ch)}", certain)
    if ia is None or ib is None:
        return Comparison("unrelated", "no figure to compare")
    if _overlap(ia, ib):
        exact = a.value is not None and a.value == b.value
        why = "the same figure" if exact else "figures within what their wording allows"
        return Comparison("consistent", f"{_quote(a)} and {_quote(b)}: {why} "
                          f"({_fmt_range(ia)} and {_fmt_range(ib)})", certain, specific=specific, exact=exact)
    return Comparison("conflict", f"{_quote(a)} ({_fmt_range(ia)}) and {_quote(b)} ({_fmt_range(ib)}) "
                      f"cannot both hold", certain, specific=specific)


def _compare_scores(a: Quantity, b: Quantity) -> Comparison:
    """A score or record ("9-14", "won 31-17") agrees with the same pair of figures; two different ones are
    two games or two dates of a season, no conflict, and a score says nothing of a count."""
    pair_a, pair_b = re.findall(r"\d+", a.text or ""), re.findall(r"\d+", b.text or "")
    if a.kind == b.kind == "score" and pair_a and pair_a == pair_b:
        return Comparison("consistent", f"{_quote(a)} and {_quote(b)}: the same record ({'-'.join(pair_a)})",
                          exact=True)
    return Comparison("unrelated", "a score or record is compared only with the same one")


def _mid(r: tuple[float, float]) -> float:
    if math.isinf(r[1]):
        return r[0]
    return round((r[0] + r[1]) / 2, 1)


def context_of(q: Quantity, text: str, text_start: int, width: int = 40) -> str:
    """The words around a quantity inside a claim's text (`text_start` is the claim's offset)."""
    lo = max(0, q.span.start - text_start - width)
    hi = max(0, q.span.end - text_start + width)
    return text[lo:hi]


def match_quantities(qa, qb, text_a: str = "", start_a: int = 0, text_b: str = "", start_b: int = 0):
    """Pair the quantities of two claims: every comparable pair with its Comparison, best first.

    A quantity that agrees with some quantity of the other claim is not reported as conflicting with a
    different one (a claim may state a start and an end figure)."""
    results = []
    for x in qa:
        cx = context_of(x, text_a, start_a) if text_a else ""
        for y in qb:
            cy = context_of(y, text_b, start_b) if text_b else ""
            c = compare(x, y, cx, cy)
            if c.verdict != "unrelated":
                results.append((x, y, c))
    agreed = {id(x) for x, _, c in results if c.verdict == "consistent"} | \
             {id(y) for _, y, c in results if c.verdict == "consistent"}
    kept = [r for r in results if r[2].verdict == "consistent"
            or (id(r[0]) not in agreed and id(r[1]) not in agreed)]
    kept.sort(key=lambda r: (r[2].verdict != "consistent", not r[2].certain, r[0].span, r[1].span))
    return kept
