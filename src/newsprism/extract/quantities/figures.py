"""The token reader: the tokens of a text, digits with their separators and number words turned into
values (parse_digits, words_to_number), and the bare figure at a token (`_core_at`: "4,000", "2.5 million",
"$5bn", "two thousand five hundred", "3 1/2").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from newsprism.extract.quantities.words import (SCALES, TENS, UNITS, _CURRENCY_SYMBOLS, _CURRENCY_WORDS, _MULT_BASES,
                                                _MULT_WORDS, _SHORT_SCALES)


_TOKEN = re.compile(
    r"US\$|[$€£¥₹₽]"
    r"|\d+(?:[.,]\d+)*"
    r"|[A-Za-z](?:\.[A-Za-z])+\.?"  # U.S., U.K.
    r"|[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*"
    r"|%|[-–—]|\S",
)


class _Tok(NamedTuple):  # a tuple: made for every word of every article, a frozen dataclass costs 5x more
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def parse_digits(s: str) -> float | None:
    """"4,000" → 4000, "22.1" → 22.1, "10,5" → 10.5 (decimal comma), "1.234.567" → 1234567."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
        return float(s.replace(".", ""))
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return float(s.replace(",", "."))
    return None


def words_to_number(words: list[str]) -> float | None:
    """["two", "thousand", "five", "hundred"] → 2500; hyphenated parts come split ("twenty", "five").
    None when the words are not a well-formed number."""
    total = 0.0
    current = 0.0
    seen = False
    last = None  # "unit", "ten", "hundred", "scale"
    for w in words:
        if w == "and":
            if last not in ("hundred", "scale"):
                return None
            continue
        if w in ("a", "an"):
            if seen:
                return None
            current = 1
            seen = True
            last = "a"
            continue
        if w in UNITS:
            if last in ("unit", "a") or (last == "ten" and UNITS[w] >= 10) or (last == "ten" and UNITS[w] == 0):
                return None
            current += UNITS[w]
            last = "unit"
        elif w in TENS:
            if last in ("unit", "ten", "a"):
                return None
            current += TENS[w]
            last = "ten"
        elif w == "hundred":
            if last == "hundred":
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif w in SCALES:
            if last == "scale" and current == 0:
                return None
            total += (current or 1) * SCALES[w]
            current = 0
            last = "scale"
        elif w == "dozen":
            current = (current or 1) * 12
            last = "unit"
        else:
            return None
        seen = True
    if not seen or last == "a":
        return None
    return total + current


def _is_number_word(w: str) -> bool:
    return w in UNITS or w in TENS or w in SCALES or w == "dozen"


@dataclass
class _Core:
    start: int  # token index
    end: int  # token index, exclusive
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: str | None = None
    unit: str | None = None
    kind: str = "count"
    thing: str | None = None  # a counted noun joined to the figure ("a 51-member caucus")


def _word_parts(tok: _Tok) -> list[str]:
    return tok.low.replace("’", "'").split("-")


def _core_at(toks: list[_Tok], i: int, text: str) -> _Core | None:
    """A bare figure starting at token i: digits (with scale word) or number words."""
    t = toks[i]
    if t.text[0].isdigit():
        value = parse_digits(t.text)
        if value is None or re.fullmatch(r"0\d+", t.text):  # "0845", "007": a code, not a figure
            return None
        j = i + 1
        if "." not in t.text and "," not in t.text:
            value, j = _mixed_fraction(toks, j, value)
            if _and_a_half(toks, j):
                value, j = value + 0.5, j + 3
        # A scale word ("2.5 million", "5bn", "10k")
        if j < len(toks):
            nxt = toks[j]
            glued = nxt.start == t.end
            if nxt.low in SCALES:
                return _Core(i, j + 1, value * SCALES[nxt.low])
            if nxt.low.endswith("-plus") and nxt.low[:-5] in SCALES:
                # "a $2 billion-plus deal": the hyphen glues "plus" to the scale word
                return _Core(i, j + 1, value * SCALES[nxt.low[:-5]], approx="or more")
            if nxt.text in ("-", "–") and glued and _glued(toks, j + 1) and toks[j + 1].low.split("-")[0] in SCALES:
                # "a $30-million centre", "a 2.5-billion-yuan bridge": the scale word joined by a hyphen
                scale, *rest = toks[j + 1].low.split("-")
                money = next((_CURRENCY_WORDS[w] for w in rest if w in _CURRENCY_WORDS), None)
                return _Core(i, j + 2, value * SCALES[scale], unit=money, kind="money" if money else "count")
            if glued and nxt.low in _SHORT_SCALES and (nxt.low not in ("m", "mm", "b", "k") or _money_before(toks, i)
                                                       or _thousands_k(toks, j, value)):
                return _Core(i, j + 1, value * _SHORT_SCALES[nxt.low])
            if nxt.text == "+" and glued:
                return _Core(i, j + 1, value, approx="or more")  # "20+ minutes", "500+ homes"
        return _Core(i, j, value)
    parts = _word_parts(t)
    if not all(_is_number_word(p) or p in ("a", "an") for p in parts):
        return None
    if parts[0] in ("a", "an"):
        if len(parts) > 1 or i + 1 >= len(toks) or not (toks[i + 1].low in SCALES or toks[i + 1].low == "dozen"):
            return None
    words: list[str] = []
    j = i
    best: tuple[int, float] | None = None
    while j < len(toks):
        ps = _word_parts(toks[j])
        if not all(_is_number_word(p) or p in ("a", "an", "and") for p in ps):
            break
        if toks[j].low == "and" and not (j + 1 < len(toks) and all(_is_number_word(p) for p in _word_parts(toks[j + 1]))):
            break
        words.extend(ps)
        value = words_to_number(words)
        if value is None:
            if ps[-1] in ("a", "an", "and"):
                j += 1
                continue
            break
        best = (j + 1, value)
        j += 1
    if best is None:
        return None
    end, value = best
    if _and_a_half(toks, end):
        return _Core(i, end + 3, value + 0.5)  # "two and a half years"
    half = _half_before(toks, i)
    if half is not None and value >= 12:
        return _Core(half, end, value / 2)  # "half a dozen", "half a million", "a half million"
    return _Core(i, end, value)


def _half_before(toks: list[_Tok], i: int) -> int | None:
    """Where "half a" or "a half" before the figure's scale word starts, or None."""
    if i >= 1 and toks[i].low in ("a", "an") and toks[i - 1].low == "half":
        return i - 1
    if i >= 2 and toks[i - 1].low == "half" and toks[i - 2].low in ("a", "an") and not (
            i >= 3 and toks[i - 3].low == "and"):  # "one and a half million" is no half million
        return i - 2
    return None


_K_DISTANCES = frozenset("run runs race races walk walks marathon ride".split())


def _thousands_k(toks: list[_Tok], j: int, value: float) -> bool:
    """"110k jobs", "one of the 450k": a glued "k" on a figure of 100 or more is thousands; a smaller one
    is often a race's length in kilometres ("a 10k run")."""
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    return value >= 100 and nxt not in _K_DISTANCES


def _and_a_half(toks: list[_Tok], j: int) -> bool:
    """Tokens j.. read "and a half", the end of "two and a half years" (a figure, not "two" alone)."""
    return [t.low for t in toks[j:j + 3]] == ["and", "a", "half"]


_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8, "⅜": 3 / 8,
           "⅝": 5 / 8, "⅞": 7 / 8}


def _mixed_fraction(toks: list[_Tok], j: int, value: float) -> tuple[float, int]:
    """"3 1/2" → 3.5 and "3½" → 3.5: the fraction after a whole number at token j; (value, next token)."""
    if j < len(toks) and toks[j].text in _VULGAR and toks[j].start - toks[j - 1].end <= 1:
        return value + _VULGAR[toks[j].text], j + 1
    if j + 2 < len(toks) and toks[j].start == toks[j - 1].end + 1 and toks[j + 1].text == "/" \
            and toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end \
            and toks[j].text.isdigit() and toks[j + 2].text.isdigit() \
            and 0 < int(toks[j].text) < int(toks[j + 2].text) <= 16 and not _glued_mark(toks, j + 3, "/"):
        return value + int(toks[j].text) / int(toks[j + 2].text), j + 3
    return value, j


def _glued(toks: list[_Tok], j: int) -> bool:
    """Token j exists and touches the token before it."""
    return 0 < j < len(toks) and toks[j].start == toks[j - 1].end


def _glued_mark(toks: list[_Tok], j: int, mark: str) -> bool:
    """Token j is `mark`, glued to the token before it."""
    return _glued(toks, j) and toks[j].text == mark


def _money_before(toks: list[_Tok], i: int) -> bool:
    return i > 0 and toks[i - 1].low in _CURRENCY_SYMBOLS


def _phrase_before(toks: list[_Tok], i: int, phrases) -> tuple[str, int] | None:
    """The longest phrase (lower case, word by word) that ends right before token i."""
    for phrase in phrases:
        words = phrase.split()
        k = i - len(words)
        if k < 0:
            continue
        if [toks[k + n].low for n in range(len(words))] == words:
            return phrase, k
    return None


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


_STARTERS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(_MULT_WORDS) | frozenset(
    _MULT_BASES) | {"a", "an", "dozen", "several", "few", "dozens", "scores", "hundreds", "thousands", "millions",
                    "billions", "trillions", "tens", "handful", "us$", "half"} | frozenset(_CURRENCY_SYMBOLS)


def _may_start(tok: _Tok) -> bool:
    """A cheap test before the full parse: can a figure begin at this token?"""
    c = tok.text[0]
    if c.isdigit():
        return True
    low = tok.low
    return low in _STARTERS or low.endswith("fold") or ("-" in low and low.split("-", 1)[0] in _STARTERS)


def _phrase_at(toks: list[_Tok], j: int, phrases) -> tuple[str, int] | None:
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = phrase.split()
        if [t.low for t in toks[j:j + len(words)]] == words:
            return phrase, j + len(words)
    return None
