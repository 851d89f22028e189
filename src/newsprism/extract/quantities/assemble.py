"""find_quantities, the entry point: every figure of a text with its kind, approximation, range or
change, and counted thing, skipping dates and what is not a quantity.
"""
from __future__ import annotations

import re

from newsprism.extract.dates import date_spans
from newsprism.extract.quantities.counted import _is_head_noun, _thing_after
from newsprism.extract.quantities.figures import (_Core, _Tok, _may_start, _overlaps, _phrase_at, _phrase_before,
                                                  _tokens, parse_digits)
from newsprism.extract.quantities.kinds import _measure
from newsprism.extract.quantities.not_figures import (_after_label, _after_mixed_case_name, _after_name, _ages_listed,
                                                      _day_of_month, _episode_in_words, _full_conviction, _glued_to_name, _is_age, _is_year,
                                                      _listed_after_name, _non_figure_spans, _number_word_in_name,
                                                      _unit_in_title)
from newsprism.extract.quantities.ranges import _from_before, _second_figure
from newsprism.extract.quantities.scores import _rank_start, _ratio_at, _score_at, _won_n_of_m
from newsprism.extract.quantities.words import APPROX_AFTER, APPROX_BEFORE, _CURRENCY_WORDS
from newsprism.records import Quantity, Span


_CHANGE_WORDS = ("increase", "increases", "rise", "rises", "jump", "surge", "growth", "drop", "fall", "decline",
                 "decrease", "cut", "reduction", "gain", "loss")


_PERCENT_CHANGE_BEFORE = tuple(f"{w} of" for w in _CHANGE_WORDS) + tuple(
    f"{w} by" for w in ("increased", "rose", "grew", "fell", "dropped", "decreased", "declined", "jumped", "cut"))


def _finish(text: str, toks: list[_Tok], core: _Core, article_id: str, offset: int,
            thing: str | None, end_tok: int, change_from: float | None = None,
            start_tok: int | None = None) -> Quantity:
    s = toks[start_tok if start_tok is not None else core.start].start
    e = toks[end_tok - 1].end
    return Quantity(span=Span(article_id, offset + s, offset + e), text=text[s:e], value=core.value,
                    low=core.low, high=core.high, unit=core.unit, thing=thing, approx=core.approx,
                    kind=core.kind, change_from=change_from)


def _approx_before(toks: list[_Tok], core: _Core) -> None:
    found = _phrase_before(toks, core.start, APPROX_BEFORE)
    if found and core.approx is None:
        core.approx, core.start = found


def find_quantities(text: str, article_id: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Every quantity in `text`, in order; spans are `offset` + the position in `text`."""
    toks = _tokens(text)
    skip = date_spans(text)
    skip += [(m.start(), m.end()) for m in re.finditer(
        r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|[AP]\.M\.|[AP]M\b)",
        text)]
    skip += _non_figure_spans(text)
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        if not _may_start(toks[i]) or _overlaps((toks[i].start, toks[i].end), skip) or _glued_to_name(toks, i, text):
            i += 1
            continue
        score = _score_at(toks, i, text)
        if score is not None:
            end, thing = score
            out.append(_finish(text, toks, _Core(i, end, None, kind="score"), article_id, offset, thing, end))
            i = end
            continue
        won = _won_n_of_m(toks, i)
        if won is not None:
            thing, end = _thing_after(toks, won, text, allow_of=False)
            thing = thing if thing and _is_head_noun(thing.split()[-1].lower()) else None  # not "despite"
            out.append(_finish(text, toks, _Core(i, won, None, kind="score"), article_id, offset, thing,
                               end if thing else won))
            i = end if thing else won
            continue
        ratio = _ratio_at(toks, i, text)
        if ratio is not None:
            end, kind, value = ratio
            out.append(_finish(text, toks, _Core(i, end, value, kind=kind), article_id, offset, None, end))
            i = end
            continue
        if toks[i].text[0].isdigit() and (_after_name(toks, i, text) or _after_label(toks, i)
                                          or _day_of_month(toks, i, text) or _listed_after_name(toks, i, text)
                                          or _after_mixed_case_name(toks, i, text)) \
                or _number_word_in_name(toks, i, text) or _episode_in_words(toks, i):
            i += 1
            continue
        rank = _rank_start(toks, i) if toks[i].text[0].isdigit() else None
        if rank is not None:
            out.append(_finish(text, toks, _Core(rank, i + 1, parse_digits(toks[i].text), kind="ordinal"), article_id,
                               offset, None, i + 1))
            i += 1
            continue
        if _unit_in_title(toks, i, text):
            i += 2
            continue
        core = _measure(toks, i, text)
        if core is None:
            i += 1
            continue
        if _full_conviction(toks, core):
            i = core.end
            continue
        _approx_before(toks, core)
        if core.kind == "count" and core.unit is None and core.value is not None and _is_year(toks, core, i):
            i = core.end
            continue
        if _is_age(toks, core, text) or _ages_listed(toks, core):
            core.unit = "years"  # "Ann Roe, 35," / "at the age of 95" state an age, as "a 35-year-old" does
        end = core.end
        # Approximations after: "4,000 or more", "4,000-plus".
        if end < len(toks):
            after = _phrase_at(toks, end, APPROX_AFTER)
            if after and core.approx is None:
                core.approx = {"plus": "or more"}.get(after[0], after[0])
                end = after[1]
            elif toks[end].low in ("-",) and end + 1 < len(toks) and toks[end + 1].low == "plus":
                core.approx, end = "or more", end + 2
        # Ranges: "10 to 20", "10-20", "between 10 and 20"; changes: "from 500 (personnel) to (around) 4,000".
        thing, after_thing = (core.thing, end)
        if (core.kind in ("count", "money", "percent") or core.value is None) and core.unit is None and not thing:
            thing, after_thing = _thing_after(toks, end, text, allow_of=core.value is None or core.kind == "count",
                                              skip=skip)
        if core.kind in ("money", "percent"):
            thing, after_thing = None, end
        elif thing and thing.split()[-1].lower() in _CURRENCY_WORDS:  # "billions of dollars"
            core.kind, core.unit, thing = "money", _CURRENCY_WORDS[thing.split()[-1].lower()], None
            end = after_thing
        pair = _second_figure(toks, core, after_thing, text, skip)
        if pair is not None:
            second, second_thing, stop, mode = pair
            if mode == "change":
                q = _finish(text, toks, second, article_id, offset, second_thing or thing, stop,
                            change_from=core.value, start_tok=_from_before(toks, core.start))
                q = _replace_kind(q, "change", second.unit or core.unit)
            else:
                lo, hi = sorted((core.value, second.value))
                q = _finish(text, toks, second, article_id, offset, second_thing or thing, stop, start_tok=core.start)
                q = Quantity(span=q.span, text=q.text, value=None, low=lo, high=hi, unit=second.unit or core.unit,
                             thing=q.thing, approx=core.approx or second.approx, kind=second.kind if second.kind != "count" else core.kind)
            out.append(q)
            i = stop
            continue
        if core.kind == "percent":
            # "an increase of 700%", "a 30% drop": the change word is part of what the figure says.
            found = _phrase_before(toks, core.start, _PERCENT_CHANGE_BEFORE)
            if found:
                core.start = found[1]
            elif end < len(toks) and toks[end].low in _CHANGE_WORDS:
                end += 1
        q = _finish(text, toks, core, article_id, offset, thing if core.kind in ("count",) or core.value is None else None,
                    max(end, after_thing if (thing and core.kind == "count") else end))
        out.append(q)
        i = max(end, i + 1)
    return tuple(out)


def _replace_kind(q: Quantity, kind: str, unit: str | None) -> Quantity:
    return Quantity(span=q.span, text=q.text, value=q.value, low=q.low, high=q.high, unit=unit, thing=q.thing,
                    approx=q.approx, kind=kind, change_from=q.change_from)
