"""Numbers in article text, normalised: what figure, how approximate, of what.

Covers digits with separators ("4,000", "2.5 million", "$5bn"), numbers in words ("seventeen",
"two thousand five hundred", "a dozen"), approximations ("around", "some", "at least", "up to",
"nearly", "more than"), vague amounts ("several hundreds", "dozens of", "billions of dollars"),
ranges ("between 10 and 20", "10-20"), changes ("from 500 personnel to around 4,000":
change_from=500, value=4000), multipliers ("eightfold", "eight-fold", "eight times", "8x",
"doubled"), percentages ("22.1 percent", "700%"), money ("$5 billion") and fractions
("one-third"). The counted thing is the noun phrase after the figure ("U.S. troops", "personnel").

Years, dates, times and numbers glued to names ("Covid19", "F-16") are not quantities.
Text only, no parse: other stages call this on any piece of text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.extract.dates import date_spans
from newsprism.records import Quantity, Span

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                 "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
              "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}
_MULT_WORDS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4,
               "quadrupling": 4, "halved": 0.5, "halving": 0.5}
_MULT_BASES = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4, "halve": 0.5}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
                   "eur": "EUR", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
                   "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rupees": "INR",
                   "rupee": "INR", "dinars": "IQD", "rials": "IRR", "riyals": "SAR", "lira": "TRY"}
_PERCENT_WORDS = ("percent", "per cent", "pct", "percentage points", "percentage point")

# Approximations before a figure, longest first (they match word by word, lower case).
APPROX_BEFORE = tuple(sorted((
    "around", "about", "approximately", "approx", "roughly", "some", "an estimated", "estimated", "nearly",
    "almost", "close to", "at least", "more than", "over", "above", "upwards of", "upward of",
    "in excess of", "no fewer than", "no less than", "not less than", "up to", "at most", "less than",
    "fewer than", "under", "below", "no more than", "as many as", "as much as", "a maximum of",
    "just under", "just over", "well over", "just shy of", "barely", "only", "circa", "a minimum of",
    "an approximate", "upward", "some more than", "a little over", "a little under", "slightly more than",
    "slightly less than", "just over", "almost exactly",
), key=lambda s: -len(s.split())))
APPROX_AFTER = ("or more", "or so", "or less", "or fewer", "plus")
# Vague amounts: (words, low, high). "several hundreds" = 200..900 and so on.
VAGUE = {
    "several": (3, 9), "a few": (2, 5), "a handful of": (2, 6), "dozens": (24, 144), "scores": (40, 200),
    "hundreds": (200, 999), "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 999e6), "tens of millions": (2e7, 99e6),
    "hundreds of millions": (2e8, 999e6), "billions": (2e9, 999e9), "trillions": (2e12, 999e12),
}
# What may stand between a figure and its counted noun, or end it.
_STOP = frozenset("""
a an the to of in on at for from by with and or but as that which who whom whose is are was were be been
being has have had will would could should may might can must do does did this these those it its their his
her our your my per than into onto across including include includes already also more less each every
all both some any such not no nor so too very just only about around over under between among within
without after before since until while when where if then there here they we he she you i them us him me
what how why out up down off again further once same other another most many much few several own
respectively alone together ago later earlier year years day days week weeks month months percent
""".split())
_SPEECH_OR_VERBS = frozenset("""said says say told tell stated added noted reported claimed killed wounded
injured died were was arrived left fled""".split())

_TOKEN = re.compile(
    r"US\$|[$€£¥₹₽]"
    r"|\d+(?:[.,]\d+)*"
    r"|[A-Za-z](?:\.[A-Za-z])+\.?"  # U.S., U.K.
    r"|[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*"
    r"|%|[-–—]|\S",
)


@dataclass(frozen=True)
class _Tok:
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


def _word_parts(tok: _Tok) -> list[str]:
    return tok.low.replace("’", "'").split("-")


def _core_at(toks: list[_Tok], i: int, text: str) -> _Core | None:
    """A bare figure starting at token i: digits (with scale word) or number words."""
    t = toks[i]
    if t.text[0].isdigit():
        value = parse_digits(t.text)
        if value is None:
            return None
        j = i + 1
        # A scale word ("2.5 million", "5bn", "10k")
        if j < len(toks):
            nxt = toks[j]
            glued = nxt.start == t.end
            if nxt.low in SCALES:
                return _Core(i, j + 1, value * SCALES[nxt.low])
            if glued and nxt.low in _SHORT_SCALES and (nxt.low not in ("m", "b", "k") or _money_before(toks, i)):
                return _Core(i, j + 1, value * _SHORT_SCALES[nxt.low])
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
    # "half a dozen", "half a million"
    return _Core(i, end, value)


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


def _starts_sentence_word(toks: list[_Tok], i: int) -> bool:
    return toks[i].text[:1].isupper()


def _glued_to_name(toks: list[_Tok], i: int, text: str) -> bool:
    """"Covid19", "F-16", "MH17", "G7", "COVID-19": a digit run that belongs to a name."""
    t = toks[i]
    if not t.text[0].isdigit():
        return False
    before = text[max(0, t.start - 2):t.start]
    if before[-1:].isalpha() or re.search(r"[A-Za-z][-–]$", before):
        return True
    after = text[t.end:t.end + 2]
    if re.match(r"[-–][A-Za-z]", after) and not re.match(r"[-–](?:fold|times|plus|strong|year|odd)", text[t.end:t.end + 8], re.I):
        return False
    if after[:1].isalpha():
        word = re.match(r"[A-Za-z]+", text[t.end:]).group().lower()
        return word not in _SHORT_SCALES and word not in ("x", "fold", "st", "nd", "rd", "th", "pc") and word not in SCALES
    return False


def _thing_after(toks: list[_Tok], j: int, text: str, allow_of: bool) -> tuple[str | None, int]:
    """The counted noun phrase after token j ("U.S. troops", "personnel"), and the token after it."""
    k = j
    if allow_of and k < len(toks) and toks[k].low == "of":
        k += 1
        if k < len(toks) and toks[k].low in ("the", "their", "its", "his", "her", "our", "them", "those"):
            return None, j
    words: list[_Tok] = []
    while k < len(toks) and len(words) < 3:
        t = toks[k]
        if k > j and toks[k - 1].end != t.start and text[toks[k - 1].end:t.start].strip():
            break
        if not re.fullmatch(r"[A-Za-z][A-Za-z.’'-]*", t.text) or t.low in _SPEECH_OR_VERBS or (
                t.low in _STOP and not t.text.isupper()):
            break
        if t.low.rstrip(".") in _MONTH_NAMES and t.text[0].isupper():
            break
        words.append(t)
        k += 1
    # The counted noun is the first plural or collective noun ("U.S. troops", "military men"); what
    # follows it is the rest of the sentence ("people live there").
    for n, w in enumerate(words):
        if _is_head_noun(w.low):
            while n + 1 < len(words) and _is_head_noun(words[n + 1].low):  # "security forces members"
                n += 1
            words = words[:n + 1]
            break
    else:
        words = words[:1]
    # A participle or adverb is not the counted noun ("10 killed", "500 already").
    while words and re.search(r"(?:ed|ing|ly)$", words[-1].low) and len(words[-1].low) > 4:
        words.pop()
    if not words:
        return None, j
    # Proper names after a figure are rarely what is counted; keep phrases ending in a common noun or
    # an acronym ("U.S. troops", "Iraqi soldiers", "5 MPs").
    if words[-1].text[0].isupper() and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{2,}s?", words[-1].text):
        return None, j
    k = j + (1 if allow_of and toks[j].low == "of" else 0)
    end = next(n for n in range(k, len(toks)) if toks[n] is words[-1]) + 1
    return text[words[0].start:words[-1].end], end


_COLLECTIVE = frozenset("""people personnel men women children police staff infantry cavalry crew
militia clergy livestock cattle data media youth folk kin aircraft""".split())


def _is_head_noun(word: str) -> bool:
    return word in _COLLECTIVE or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2)


_MONTH_NAMES = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_INCREASE_NEAR = re.compile(r"\b(?:increas\w*|ris\w*|rose|grow\w*|grew|expand\w*|multipl\w*|boost\w*|rais\w*|"
                            r"jump\w*|surg\w*|climb\w*|decreas\w*|fell|fall\w*|drop\w*|cut\w*|reduc\w*|shr[iu]nk\w*|"
                            r"larger|bigger|higher|greater|more|less|fewer|smaller|lower|as many|as much)\b", re.I)
_CHANGE_WORDS = ("increase", "increases", "rise", "rises", "jump", "surge", "growth", "drop", "fall", "decline",
                 "decrease", "cut", "reduction", "gain", "loss")


_PERCENT_CHANGE_BEFORE = tuple(f"{w} of" for w in _CHANGE_WORDS) + tuple(
    f"{w} by" for w in ("increased", "rose", "grew", "fell", "dropped", "decreased", "declined", "jumped", "cut"))


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


_STARTERS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(_MULT_WORDS) | frozenset(
    _MULT_BASES) | {"a", "an", "dozen", "several", "few", "dozens", "scores", "hundreds", "thousands", "millions",
                    "billions", "trillions", "tens", "handful", "us$"} | frozenset(_CURRENCY_SYMBOLS)


def _may_start(tok: _Tok) -> bool:
    """A cheap test before the full parse: can a figure begin at this token?"""
    c = tok.text[0]
    if c.isdigit():
        return True
    low = tok.low
    return low in _STARTERS or low.endswith("fold") or ("-" in low and low.split("-", 1)[0] in _STARTERS)


def _finish(text: str, toks: list[_Tok], core: _Core, article_id: str, offset: int,
            thing: str | None, end_tok: int, change_from: float | None = None,
            start_tok: int | None = None) -> Quantity:
    s = toks[start_tok if start_tok is not None else core.start].start
    e = toks[end_tok - 1].end
    return Quantity(span=Span(article_id, offset + s, offset + e), text=text[s:e], value=core.value,
                    low=core.low, high=core.high, unit=core.unit, thing=thing, approx=core.approx,
                    kind=core.kind, change_from=change_from)


def _is_year(toks: list[_Tok], core: _Core, i: int) -> bool:
    t = toks[core.start]
    if core.end - core.start != 1 or not re.fullmatch(r"(?:1[89]|20)\d\d", t.text):
        return False
    return not (_money_before(toks, core.start) or core.approx)


def _measure(toks: list[_Tok], i: int, text: str) -> _Core | None:
    """A figure at token i with what directly qualifies it: currency, approximation, unit, multiplier."""
    t = toks[i]
    # Multiplier verbs: "doubled", "tripled", "halved", "to double".
    if t.low in _MULT_WORDS:
        return _Core(i, i + 1, _MULT_WORDS[t.low], unit="times", kind="multiplier")
    if t.low in _MULT_BASES and i > 0 and toks[i - 1].low in ("to", "will", "would", "could", "may", "might", "can"):
        return _Core(i, i + 1, _MULT_BASES[t.low], unit="times", kind="multiplier")
    # Word multipliers in one token: "eightfold", "eight-fold", "tenfold", "8-fold".
    m = re.fullmatch(r"([a-z]+?)-?fold", t.low)
    if m and (_is_number_word(m.group(1)) or m.group(1) in ("two", "ten", "hundred", "thousand")):
        value = words_to_number(m.group(1).split("-"))
        if value is not None:
            return _Core(i, i + 1, value, unit="times", kind="multiplier")
    if "-" in t.low and t.low.endswith("-fold"):
        value = words_to_number(t.low[:-5].split("-"))
        if value is not None:
            return _Core(i, i + 1, value, unit="times", kind="multiplier")
    # Fractions: "one-third", "two-thirds", "a quarter of".
    parts = _word_parts(t)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in _FRACTIONS:
        return _Core(i, i + 1, UNITS[parts[0]] / _FRACTIONS[parts[1]], unit="fraction", kind="fraction")
    if t.low in ("a", "one") and i + 2 < len(toks) and toks[i + 1].low in ("third", "quarter", "fifth", "tenth") \
            and toks[i + 2].low == "of":
        return _Core(i, i + 2, 1 / _FRACTIONS[toks[i + 1].low], unit="fraction", kind="fraction")
    # Vague amounts: "several hundred(s)", "hundreds of", "tens of thousands", "a few".
    vague = _vague_at(toks, i)
    if vague:
        return vague
    if t.low in ("one",) and not (i + 1 < len(toks) and (
            toks[i + 1].low in SCALES or toks[i + 1].low in _PERCENT_WORDS or toks[i + 1].low == "%")):
        return None  # a lone "one" is a pronoun far more often than a count
    core = _core_at(toks, i, text)
    if core is None:
        return None
    j = core.end
    # Digit ordinals: "15th", "3rd".
    if t.text[0].isdigit() and j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].low in ("st", "nd", "rd", "th"):
        core.kind, core.end = "ordinal", j + 1
        return core
    # Units after the figure.
    if j < len(toks):
        nxt = toks[j].low
        two = nxt + " " + toks[j + 1].low if j + 1 < len(toks) else ""
        three = two + " " + toks[j + 2].low if j + 2 < len(toks) else ""
        if nxt == "%":
            core.unit, core.kind, core.end = "percent", "percent", j + 1
        elif three in _PERCENT_WORDS:
            core.unit, core.kind, core.end = "percentage points" if "point" in three else "percent", "percent", j + 3
        elif two in _PERCENT_WORDS:
            core.unit, core.kind, core.end = "percentage points" if "point" in two else "percent", "percent", j + 2
        elif nxt in _PERCENT_WORDS:
            core.unit, core.kind, core.end = "percent", "percent", j + 1
        elif nxt in ("-fold", "fold") or (nxt in ("-", "–") and j + 1 < len(toks) and toks[j + 1].low == "fold"):
            core.unit, core.kind, core.end = "times", "multiplier", j + (1 if nxt == "fold" else 2)
        elif nxt == "x" and toks[j].start == toks[j - 1].end:
            core.unit, core.kind, core.end = "times", "multiplier", j + 1
        elif nxt == "times":
            after = " ".join(x.low for x in toks[j + 1:j + 3])
            before = text[max(0, toks[i].start - 80):toks[i].start]
            if re.match(r"(?:more|larger|bigger|higher|greater|less|fewer|smaller|lower|as|over)\b", after) \
                    or _INCREASE_NEAR.search(before.split(".")[-1]):
                core.unit, core.kind, core.end = "times", "multiplier", j + 1
        elif nxt in _CURRENCY_WORDS:
            core.unit, core.kind, core.end = _CURRENCY_WORDS[nxt], "money", j + 1
    # Currency before.
    if core.start > 0 and toks[core.start - 1].low in _CURRENCY_SYMBOLS and core.kind == "count":
        core.unit, core.kind = _CURRENCY_SYMBOLS[toks[core.start - 1].low], "money"
        core.start -= 1
        if core.start > 0 and toks[core.start - 1].low in ("us", "u.s.") and core.unit == "USD":
            core.start -= 1
    return core


def _vague_at(toks: list[_Tok], i: int) -> _Core | None:
    t = toks[i].low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    nxt2 = toks[i + 2].low if i + 2 < len(toks) else ""
    if t in ("several", "a", "few") and (nxt in ("few", "hundred", "hundreds", "thousand", "thousands") or t == "several"):
        if t == "a" and nxt != "few":
            return None
        j = i + 1 if t != "a" else i + 2
        word = "a few" if t == "a" else t
        if t == "a" and j < len(toks) and toks[j].low in ("hundred", "hundreds", "thousand", "thousands"):
            pass
        elif t == "several" and toks[i + 1].low in ("hundred", "hundreds", "thousand", "thousands", "million", "millions"):
            j = i + 1
        else:
            lo, hi = VAGUE[word]
            return _Core(i, j, None, low=lo, high=hi, approx=word)
        scale_word = toks[j].low
        scale = SCALES[scale_word.rstrip("s")]
        lo, hi = VAGUE[word]
        approx = f"{word} {scale_word}"
        return _Core(i, j + 1, None, low=lo * scale, high=hi * scale, approx=approx)
    if t in ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens"):
        if t == "tens":
            if nxt == "of" and nxt2 in ("thousands", "millions"):
                lo, hi = VAGUE[f"tens of {nxt2}"]
                return _Core(i, i + 3, None, low=lo, high=hi, approx=f"tens of {nxt2}")
            return None
        if nxt == "of" and nxt2 in ("thousands", "millions"):
            lo, hi = VAGUE.get(f"{t} of {nxt2}", (None, None))
            if lo is not None:
                return _Core(i, i + 3, None, low=lo, high=hi, approx=f"{t} of {nxt2}")
        if t in ("scores", "dozens") and nxt != "of":
            return None
        lo, hi = VAGUE[t]
        return _Core(i, i + 1, None, low=lo, high=hi, approx=t)
    if t == "handful" and i > 0 and toks[i - 1].low == "a" and nxt == "of":
        lo, hi = VAGUE["a handful of"]
        return _Core(i - 1, i + 1, None, low=lo, high=hi, approx="a handful of")
    return None


def _approx_before(toks: list[_Tok], core: _Core) -> None:
    found = _phrase_before(toks, core.start, APPROX_BEFORE)
    if found and core.approx is None:
        core.approx, core.start = found


def find_quantities(text: str, article_id: str, offset: int = 0) -> tuple[Quantity, ...]:
    """Every quantity in `text`, in order; spans are `offset` + the position in `text`."""
    toks = _tokens(text)
    skip = date_spans(text)
    skip += [(m.start(), m.end()) for m in re.finditer(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.", text)]
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        if not _may_start(toks[i]) or _overlaps((toks[i].start, toks[i].end), skip) or _glued_to_name(toks, i, text):
            i += 1
            continue
        core = _measure(toks, i, text)
        if core is None:
            i += 1
            continue
        _approx_before(toks, core)
        if core.kind == "count" and core.value is not None and _is_year(toks, core, i):
            i = core.end
            continue
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
        thing, after_thing = (None, end)
        if core.kind in ("count", "money", "percent") or core.value is None:
            thing, after_thing = _thing_after(toks, end, text, allow_of=core.value is None or core.kind == "count")
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
                            change_from=core.value, start_tok=core.start - 1)
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


def _phrase_at(toks: list[_Tok], j: int, phrases) -> tuple[str, int] | None:
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = phrase.split()
        if [t.low for t in toks[j:j + len(words)]] == words:
            return phrase, j + len(words)
    return None


def _replace_kind(q: Quantity, kind: str, unit: str | None) -> Quantity:
    return Quantity(span=q.span, text=q.text, value=q.value, low=q.low, high=q.high, unit=unit, thing=q.thing,
                    approx=q.approx, kind=kind, change_from=q.change_from)


def _second_figure(toks: list[_Tok], first: _Core, j: int, text: str, skip):
    """After a figure: "to (around) 4,000 (troops)" or "and 20" → (second core, thing, end token, mode)."""
    if first.value is None or first.kind in ("multiplier", "ordinal", "fraction"):
        return None
    if j >= len(toks):
        return None
    link = toks[j].low
    before = toks[first.start - 1].low if first.start > 0 else ""
    if first.approx and first.start > 0:
        before = toks[first.start - 1].low
    if link == "to" and before == "from":
        mode = "change"
    elif link in ("to", "-", "–") and before != "from":
        mode = "range"
        if link in ("-", "–") and (toks[j].start != toks[j - 1].end or toks[j + 1].start != toks[j].end if j + 1 < len(toks) else True):
            return None
    elif link == "and" and before == "between":
        mode = "range"
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
    if k >= len(toks):
        return None
    second = _measure(toks, k, text)
    if second is None or second.value is None or second.kind in ("ordinal", "multiplier", "fraction"):
        return None
    if _is_year(toks, second, k) and _is_year(toks, _Core(first.start, first.start + 1, first.value), first.start):
        return None
    if mode == "range" and second.value <= first.value:
        return None  # "18-02" is no range; a range runs upwards
    if approx:
        second.approx = approx
        second.start = j + 1
    if first.kind != "count" and second.kind == "count":
        second.kind, second.unit = first.kind, first.unit
    stop = second.end
    second_thing = None
    if second.kind == "count":
        second_thing, after = _thing_after(toks, stop, text, allow_of=False)
        if second_thing:
            stop = after
    return second, second_thing, stop, mode
