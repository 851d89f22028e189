"""The second figure of a range or a change ("between 10 and 20", "10-20", "from 500 to around 4,000").
"""
from __future__ import annotations

import re

from newsprism.extract.quantities.counted import _thing_after
from newsprism.extract.quantities.figures import _Core, _Tok, _glued, _overlaps
from newsprism.extract.quantities.kinds import _measure
from newsprism.extract.quantities.not_figures import _is_year
from newsprism.extract.quantities.words import APPROX_BEFORE, SCALES, _CURRENCY_SYMBOLS, _SHORT_SCALES


_CHANGE_VERB = re.compile(r"(?:rose|risen|rise|rises|fell|fallen|falls|dropped|drops|jumped|jumps|climbed|gained|lost"
                         r"|slipped|declined|increased|decreased|grew|shrank|added|cut|surged|soared|plunged|tumbled"
                         r"|slid|sank|up|down)")


def _shared_scale(toks: list[_Tok], first: _Core, second: _Core) -> float:
    """The first figure's value: "between $140 and $150 million", "10 to 20 million" share the second's
    scale word when the first has none (it ends in digits) and stays below the second."""
    last = toks[second.end - 1].low
    scale = SCALES.get(last) or (_SHORT_SCALES.get(last) if _glued(toks, second.end - 1) else None)
    if scale and toks[first.end - 1].text[0].isdigit() and first.value * scale <= second.value:
        return first.value * scale
    return first.value


def _from_before(toks: list[_Tok], start: int) -> int | None:
    """The token "from" that opens the figure at `start`: right before it, or before "the (current)"."""
    k = start - 1
    while k >= 0 and start - k <= 3 and toks[k].low in ("the", "current", "its", "their"):
        k -= 1
    return k if k >= 0 and toks[k].low == "from" else None


def _bare_count(core: _Core) -> bool:
    return core.kind == "count" and core.unit is None and not core.thing


def _neighbours(low: float, high: float) -> bool:
    """"one or two", "five or six", "20 or 30", "10 or 15": an estimate between neighbouring figures (the next
    whole number, or round figures at most twice the first), not a choice of two far apart."""
    if high <= low or low != int(low) or high != int(high):
        return False
    return high == low + 1 or (low % 5 == 0 and high % 5 == 0 and high <= 2 * low)


def _second_figure(toks: list[_Tok], first: _Core, j: int, text: str, skip):
    """After a figure: "to (around) 4,000 (troops)" or "and 20" → (second core, thing, end token, mode)."""
    if first.value is None or first.kind in ("multiplier", "ordinal", "fraction"):
        return None
    if j >= len(toks):
        return None
    link = toks[j].low
    before = toks[first.start - 1].low if first.start > 0 else ""
    if before in ("age", "ages", "aged") and first.start > 1 and toks[first.start - 2].low == "between":
        before = "between"  # "between age 15 and 19"
    from_at = _from_before(toks, first.start)
    if from_at is not None:
        before = "from"  # "from 500 to 4,000", "from the current $7.25 to $12": a change
    if link == "to" and before == "from" and from_at and toks[from_at - 1].low in ("range", "ranges", "ranged",
                                                                                     "ranging"):
        mode = "range"  # "valuations range from $75 billion to $85 billion"
    elif link == "to" and before == "from":
        mode = "change"
    elif link in ("to", "-", "–") and before != "from":
        mode = "range"
        if link in ("-", "–") and (toks[j].start != toks[j - 1].end or toks[j + 1].start != toks[j].end if j + 1 < len(toks) else True):
            return None
    elif link == "and" and before == "between":
        mode = "range"
    elif link == "or" and before != "from":
        mode = "or"  # "one or two players", "20 or 30 minutes": a range if the figures are neighbours
    else:
        return None
    k = j + 1
    if k >= len(toks) or _overlaps((toks[k].start, toks[k].end), skip):
        return None
    # An approximation may sit before the second figure: "to around 4,000".
    approx = None
    for phrase in APPROX_BEFORE:
        words = phrase.split()
        if [t.low for t in toks[k:k + len(words)]] == words:
            approx = phrase
            k += len(words)
            break
    if k + 1 < len(toks) and toks[k].low in _CURRENCY_SYMBOLS:
        k += 1  # "between $40 million and $55 million": _measure takes the symbol back
    if k >= len(toks):
        return None
    second = _measure(toks, k, text)
    if second is None or second.value is None or second.kind in ("ordinal", "fraction") \
            or second.kind == "multiplier" and not _bare_count(first):
        return None  # "between 25 and 30 times their expenses" is a range of multipliers
    if _is_year(toks, second, k) and _is_year(toks, _Core(first.start, first.start + 1, first.value), first.start):
        return None
    if first.kind != "count" and second.kind != "count" and (first.kind, first.unit) != (second.kind, second.unit):
        return None  # "rose 2.1% to $2.12": two different figures
    first_value = _shared_scale(toks, first, second)
    if mode == "range" and second.value <= first_value:
        return None  # "18-02" is no range; a range runs upwards
    if mode == "or":
        if not _neighbours(first_value, second.value) or first.kind != "count" and first.kind != second.kind:
            return None  # "10 or 100 times", "rose 2% or $5": two figures
        mode = "range"
    if mode == "range" and link == "to" and first.kind != "percent" and _CHANGE_VERB.fullmatch(before) \
            and second.value > 2 * first_value:
        return None  # "dropped $100 to $1,199": the change and where it ended; "rose 10 to 15 percent" is a range
    first.value = first_value
    if approx:
        second.approx = approx
        second.start = j + 1
    if first.kind != "count" and second.kind == "count":
        second.kind, second.unit = first.kind, first.unit
    stop = second.end
    second_thing = None
    if second.kind == "count" and second.unit is None:
        second_thing, after = _thing_after(toks, stop, text, allow_of=False, skip=skip)
        if second_thing:
            stop = after
    return second, second_thing, stop, mode
