"""A figure with its kind: money ("$5 billion", "$29 Canadian", "200 pounds" as money or weight), percent,
multipliers ("eightfold", "doubled"), fractions ("one-third", "one in three", "half the city"), measures and
temperatures ("300ft", "6-foot-2", "40C"), vague amounts ("dozens of") and the words joined to a figure by a
hyphen ("a 12-year sentence", "the 51-member caucus"): `_measure`.
"""
from __future__ import annotations

import re

from newsprism.extract.quantities.counted import _unit_after
from newsprism.extract.quantities.figures import (_Core, _Tok, _core_at, _glued, _is_number_word, _phrase_before,
                                                  _word_parts, words_to_number)
from newsprism.extract.quantities.words import (APPROX_BEFORE, MEASURE_UNITS, SCALES, UNITS, VAGUE, _CURRENCY_SYMBOLS,
                                                _CURRENCY_WORDS, _FRACTIONS, _MONEY_CUES, _MULT_BASES, _MULT_WORDS,
                                                _PERCENT_WORDS, _STOP, _WEEKDAY_NAMES, _WEIGHT_CUES)


def _half_compound(toks: list[_Tok], i: int) -> _Core | None:
    """"seven-and-a-half", "a two-and-a-half-year term": a number word and a half in one hyphenated token,
    with the unit glued on or in the next word."""
    m = re.fullmatch(r"([a-z-]+?)-and-a-half(?:-([a-z]+))?", toks[i].low)
    value = words_to_number(m.group(1).split("-")) if m else None
    if value is None:
        return None
    core = _Core(i, i + 1, value + 0.5)
    if m.group(2) in MEASURE_UNITS:
        core.unit = MEASURE_UNITS[m.group(2)]
    elif m.group(2) is None and i + 1 < len(toks) and (measure := _unit_after(toks, i + 1)) is not None:
        core.unit, core.end = measure
    return core


# Words that make a "C" or "F" glued to a number a temperature ("temperatures hit 40C"): without one, "1C" or "4F"
# is a flat, a class or a grade, unless the figure has decimals ("warming of 1.5C").
_TEMPERATURE_CUES = frozenset("""temperature temperatures warming warmed warmer warmest warm hotter hottest hot colder
coldest cold cooler cooled heat heatwave highs lows high low degrees thermometer mercury freezing frost celsius
fahrenheit""".split())
_SCALE_LETTERS = {"c": "°C", "f": "°F"}


def _glued_temperature(toks: list[_Tok], i: int) -> bool:
    """"1.5C", "40C" after a word of temperature: a figure with a glued Celsius or Fahrenheit letter."""
    j = i + 1
    if not (_glued(toks, j) and toks[j].text in ("C", "F")) or (j + 1 < len(toks) and _glued(toks, j + 1)
                                                                  and toks[j + 1].text[0].isalnum()):
        return False
    if "." in toks[i].text:
        return True
    for k in range(i - 1, max(-1, i - 9), -1):
        if toks[k].text in (".", "!", "?", ";"):
            return False
        if toks[k].low in _TEMPERATURE_CUES:
            return True
    return False


def _temperature_unit(toks: list[_Tok], i: int, j: int) -> tuple[str, int] | None:
    """A temperature's unit at token j, after the figure at token i: "1.43°C", "2.4 °C", "98°F", "31 degrees
    Celsius", "40 Celsius", "1.5C". (unit, end token)"""
    nxt = toks[j]
    after = toks[j + 1] if j + 1 < len(toks) else None
    if nxt.text in ("°", "º"):
        if after is not None and _glued(toks, j + 1) and after.low in _SCALE_LETTERS:
            return _SCALE_LETTERS[after.low], j + 2
        return "degrees", j + 1
    if nxt.low in ("degree", "degrees") and after is not None and after.low in ("celsius", "centigrade", "fahrenheit"):
        return ("°F" if after.low == "fahrenheit" else "°C"), j + 2
    if nxt.low in ("celsius", "centigrade", "fahrenheit"):
        return ("°F" if nxt.low == "fahrenheit" else "°C"), j + 1
    if _glued_temperature(toks, i) and j == i + 1:
        return _SCALE_LETTERS[nxt.low], j + 1
    return None


_INCREASE_NEAR = re.compile(r"\b(?:increas\w*|ris\w*|rose|grow\w*|grew|expand\w*|multipl\w*|boost\w*|rais\w*|"
                            r"jump\w*|surg\w*|climb\w*|decreas\w*|fell|fall\w*|drop\w*|cut\w*|reduc\w*|shr[iu]nk\w*|"
                            r"larger|bigger|higher|greater|more|less|fewer|smaller|lower|as many|as much)\b", re.I)


def _doubled_down(toks: list[_Tok], i: int) -> bool:
    """"to double down on", "doubled down": holding firm, no multiplier."""
    return i + 1 < len(toks) and toks[i + 1].low == "down"


def _measure(toks: list[_Tok], i: int, text: str) -> _Core | None:
    """A figure at token i with what directly qualifies it: currency, approximation, unit, multiplier."""
    t = toks[i]
    # Multiplier verbs: "doubled", "tripled", "halved", "to double".
    if t.low in _MULT_WORDS and not _doubled_down(toks, i):
        return _Core(i, i + 1, _MULT_WORDS[t.low], unit="times", kind="multiplier")
    if t.low in _MULT_BASES and i > 0 and toks[i - 1].low in ("to", "will", "would", "could", "may", "might", "can") \
            and not _doubled_down(toks, i):
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
        if vague.end < len(toks) and (measure := _unit_after(toks, vague.end)) is not None:
            vague.unit, vague.end = measure  # "a few weeks later", "in several years"
        return vague
    ratio = _one_in(toks, i)
    if ratio is not None:
        return ratio
    if _idiom_zero(toks, i):
        return None
    single = _a_unit(toks, i) or _a_group(toks, i)
    if single is not None:
        return single
    half = _half_of(toks, i)
    if half is not None:
        return half
    if t.low in ("one",) and not (i + 1 < len(toks) and (
            toks[i + 1].low in SCALES or toks[i + 1].low in _PERCENT_WORDS or toks[i + 1].low == "%"
            or _one_unit(toks, i + 1) or [w.low for w in toks[i + 1:i + 3]] == ["or", "two"])):
        return None  # a lone "one" is a pronoun far more often than a count ("one or two" is a range)
    if "-" in t.low and not t.text[0].isdigit():
        compound = _half_compound(toks, i) or _word_compound(toks, i)
        if compound is not None:
            return compound
    core = _core_at(toks, i, text)
    if core is None:
        return None
    j = core.end
    # Digit ordinals: "15th", "3rd".
    if t.text[0].isdigit() and j < len(toks) and toks[j].start == toks[j - 1].end \
            and re.fullmatch(r"(?:st|nd|rd|th)-degree", toks[j].low):
        return None  # "2nd-degree arson": a grade of the crime
    if t.text[0].isdigit() and j < len(toks) and toks[j].start == toks[j - 1].end and toks[j].low in ("st", "nd", "rd", "th"):
        if i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low in _WEEKDAY_NAMES:
            return None  # "on Monday the 2nd": a day of the month, not a rank
        if j + 1 < len(toks) and toks[j + 1].low == "degree" \
                or j + 2 < len(toks) and toks[j + 1].text in ("-", "–") and toks[j + 2].low == "degree":
            return None  # "1st degree murder": a grade of the crime, not a rank
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
            # "three times more / longer than", "12 times the bandwidth", "25 times their expenses" (not "three
            # times the next day")
            if re.match(r"(?:more|larger|bigger|higher|greater|less|fewer|smaller|lower|as|over)\b|[a-z]+er than\b"
                        r"|(?:the|their|your|his|her|its|our|my) (?!following|next|previous|last|first|same)[a-z]",
                        after) \
                    or _INCREASE_NEAR.search(before.split(".")[-1]):
                core.unit, core.kind, core.end = "times", "multiplier", j + 1
        elif nxt in ("pound", "pounds") or (nxt in ("-", "–") and j + 1 < len(toks) and toks[j + 1].low == "pound"):
            end = j + 1 if nxt.startswith("pound") else j + 2
            if _pounds_are_money(toks, i, end, core):
                core.unit, core.kind, core.end = "GBP", "money", end + (end < len(toks) and toks[end].low == "sterling")
            else:
                core.unit, core.end = "lb", end
        elif nxt in _CURRENCY_WORDS:
            core.unit, core.kind, core.end = _CURRENCY_WORDS[nxt], "money", j + 1
        elif (dollar := _national_dollar(toks, j)) is not None and toks[dollar[1] - 1].low.startswith("dollar"):
            core.unit, core.end = dollar  # "29 Canadian dollars"
            core.kind = "money"
        elif (measure := _temperature_unit(toks, i, j)) is not None:
            core.unit, core.end = measure
        elif nxt in ("”", "″") and _glued(toks, j) and _inch_mark(text, toks[j].start):
            core.unit, core.end = "inches", j + 1
        elif (measure := _unit_after(toks, j)) is not None:
            core.unit, core.end = measure
            _feet_and_inches(toks, core)
        elif nxt in _UNIT_ADJECTIVES and not _glued(toks, j) and j + 1 < len(toks) and not _glued(toks, j + 1) \
                and (measure := _unit_after(toks, j + 1)) is not None:
            core.unit, core.end = measure  # "three straight years", "two more years", "five full days"
        elif (joined := _joined_noun(toks, j)) is not None:
            core.thing, core.end = joined
    # Currency before.
    if core.start > 0 and toks[core.start - 1].low in _CURRENCY_SYMBOLS and core.kind == "count":
        core.unit, core.kind = _CURRENCY_SYMBOLS[toks[core.start - 1].low], "money"
        core.start -= 1
        if core.start > 0 and toks[core.start - 1].low in ("us", "u.s.") and core.unit == "USD":
            core.start -= 1
        elif core.unit == "USD" and (dollar := _national_dollar(toks, core.end)) is not None:
            core.unit, core.end = dollar
    return core


def _inch_mark(text: str, at: int) -> bool:
    """"the 17” model", "a 15″ screen": a double prime (or a closing quotation mark typed for one) glued to a
    figure, with no quotation open before it in its paragraph, is an inch mark."""
    para = text[text.rfind("\n", 0, at) + 1:at]
    return text[at] == "″" or para.count("“") == len(re.findall(r"(?<!\d)”", para))  # (other inch marks apart)


# Dollars of other countries, named after the figure: "$29 Canadian", "$40 Australian dollars".
_NATIONAL_DOLLARS = {"canadian": "CAD", "australian": "AUD", "singapore": "SGD", "taiwan": "TWD",
                     "zealand": "NZD", "kong": "HKD"}


def _national_dollar(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    k = j + 1 if j < len(toks) and toks[j].low in ("new", "hong") else j
    if k >= len(toks) or toks[k].low not in _NATIONAL_DOLLARS or not toks[k].text[0].isupper():
        return None
    end = k + 1 + (k + 1 < len(toks) and toks[k + 1].low in ("dollar", "dollars"))
    return _NATIONAL_DOLLARS[toks[k].low], end


def _one_unit(toks: list[_Tok], j: int) -> bool:
    """"one week", "one month", "one mile": "one" before a unit is a count of it. Not "one day" ("One day
    he left" tells no length)."""
    return toks[j].low in MEASURE_UNITS and toks[j].low != "day" and not _glued(toks, j)


def _one_in(toks: list[_Tok], i: int) -> _Core | None:
    """"one in three", "one-in-five", "1 in 4": a share of a group, a fraction (1/3), not a count of three."""
    parts = _word_parts(toks[i])
    if len(parts) == 3 and parts[1] == "in":
        first, second, end = parts[0], parts[2], i + 1
    elif len(parts) == 1 and i + 2 < len(toks) and toks[i + 1].low == "in":
        first, second, end = parts[0], toks[i + 2].low, i + 3
    else:
        return None
    n, d = (_small_number(w) for w in (first, second))
    if n is None or d is None or not 0 < n < d:
        return None
    return _Core(i, end, n / d, unit="fraction", kind="fraction")


# "ground zero", "patient zero", "zero tolerance", "zero hour": a figure of speech, no count of nothing.
_ZERO_BEFORE = frozenset("ground patient year day".split())
_ZERO_AFTER = frozenset("tolerance hour".split())
_ZERO_VERB_BEFORE = frozenset("to will would can could must should may might".split())


def _idiom_zero(toks: list[_Tok], i: int) -> bool:
    if toks[i].low.startswith("zero-"):
        return toks[i].low[5:] in _ZERO_AFTER  # "zero-tolerance", "zero-hour"
    if toks[i].low == "zero" and i + 1 < len(toks) and toks[i + 1].low == "in" and (
            i + 2 < len(toks) and toks[i + 2].low == "on" or i > 0 and toks[i - 1].low in _ZERO_VERB_BEFORE):
        return True  # "police will zero in on the suspects", "trying to zero in any cause": a verb
    return toks[i].low == "zero" and ((i > 0 and toks[i - 1].low in _ZERO_BEFORE)
                                      or (i + 1 < len(toks) and toks[i + 1].low in _ZERO_AFTER))


# Units "a" / "an" counts as one of when a distance follows ("a mile from the city")
_DISTANCE_UNITS = frozenset(("miles", "km", "metres", "yards", "feet"))


def _a_unit(toks: list[_Tok], i: int) -> _Core | None:
    """"barely a mile from", "nearly a decade", "just over a week", "more than an hour": the article is one
    unit when a hedge stands before it or a distance is measured from somewhere ("a week later" alone
    tells no length worth checking)."""
    if toks[i].low not in ("a", "an") or i + 1 >= len(toks) or toks[i + 1].low not in MEASURE_UNITS             or toks[i + 1].low.endswith("s") or _glued(toks, i + 1):
        return None
    unit = MEASURE_UNITS[toks[i + 1].low]
    hedged = _phrase_before(toks, i, APPROX_BEFORE) is not None
    measured = unit in _DISTANCE_UNITS and i + 2 < len(toks) and toks[i + 2].low in ("from", "away", "long", "wide")
    return _Core(i, i + 2, 1.0, unit=unit) if hedged or measured else None


# "a pair of", "a trio of": a group of a known size; "a couple of" is loosely two.
_GROUP_SIZES = {"pair": 2, "trio": 3, "quartet": 4, "couple": 2}
# Things that come in a pair and are one object ("a pair of jeans")
_ONE_PAIR = frozenset("""jeans trousers pants shorts scissors glasses spectacles sunglasses binoculars pliers
tongs tights leggings handcuffs shoes boots socks gloves earrings""".split())


def _a_group(toks: list[_Tok], i: int) -> _Core | None:
    if toks[i].low not in ("a", "an") or i + 2 >= len(toks) or toks[i + 1].low not in _GROUP_SIZES \
            or toks[i + 2].low != "of" or any(t.low in _ONE_PAIR for t in toks[i + 3:i + 6]):
        return None
    word = toks[i + 1].low
    core = _Core(i, i + 2, float(_GROUP_SIZES[word]), approx="a couple of" if word == "couple" else None)
    if i + 3 < len(toks) and (measure := _unit_after(toks, i + 3)) is not None:
        core.unit, core.end = measure  # "a couple of years"
    return core


def _small_number(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    return words_to_number(word.split("-")) if all(_is_number_word(p) for p in word.split("-")) else None


# Words before "half" that make it a part of time or play ("the second half of the year", "in half", "half-time").
_NOT_FRACTION_HALF = frozenset("first second other back latter former in a an the by".split())


def _half_of(toks: list[_Tok], i: int) -> _Core | None:
    """"half the city", "more than half of the total": one half of something, a fraction."""
    if toks[i].low != "half" or i + 1 >= len(toks) or toks[i + 1].low not in (
            "of", "the", "its", "their", "his", "her", "our", "all", "them", "those", "these"):
        return None
    if i > 0 and toks[i - 1].low in _NOT_FRACTION_HALF:
        return None
    return _Core(i, i + 1, 0.5, unit="fraction", kind="fraction")


def _feet_and_inches(toks: list[_Tok], core: _Core) -> None:
    """"6-foot-2": a height in feet and inches, written as inches (74)."""
    k = core.end
    if core.unit == "feet" and _glued(toks, k) and _glued(toks, k + 1) and toks[k].text in ("-", "–") \
            and re.fullmatch(r"\d{1,2}", toks[k + 1].text) and int(toks[k + 1].text) < 12:
        core.value = core.value * 12 + int(toks[k + 1].text)
        core.unit, core.end = "inches", k + 2


# Adjectives that may stand between a figure and its unit: "three straight years", "two more weeks".
_UNIT_ADJECTIVES = frozenset("straight consecutive successive more full further additional extra long whole".split())
# Words joined to a figure by a hyphen that are no counted noun ("a 5,000-strong crowd", "a two-time champion",
# "won 2-nil", "a one-off"), besides the glue words of _STOP and words ending like adjectives or participles.
_NOT_JOINED = frozenset("""old plus odd fold times strong something somethings time way ish nil love noon
midnight""".split())


def _joined_noun(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    """A noun joined by a hyphen to the figure before token j: "the 51-member caucus", "a 10-point lead",
    "a 12-person jury" count members, points, persons. (noun, end token)"""
    if not (_glued(toks, j) and toks[j].text in ("-", "–") and j + 1 < len(toks) and _glued(toks, j + 1)) \
            or not re.fullmatch(r"\d{1,3}(?:,\d{3})*", toks[j - 1].text):
        return None  # "python:3.8-slim" is a version
    word = toks[j + 1].text
    return (word, j + 2) if _countable_word(word) else None  # "2019-10-flint-flake" (a web address) is none


def _countable_word(word: str) -> bool:
    return bool(re.fullmatch(r"[a-z]{3,}", word)) and word not in _STOP and word not in _NOT_JOINED \
        and not word.endswith(("ed", "al", "ing", "ly", "ish"))


def _word_compound(toks: list[_Tok], i: int) -> _Core | None:
    """A number word joined to a unit in one token: "five-year", "ten-mile", "twenty-five-year-old",
    "six-foot-two" (74 inches), "a five-pound bag" (weight) or "a five-pound note" (money)."""
    parts = _word_parts(toks[i])
    for n in range(1, len(parts)):
        if parts[n] in MEASURE_UNITS or parts[n] == "pound":
            value = words_to_number(parts[:n])
            if value is None:
                return None
            core = _Core(i, i + 1, value, unit=MEASURE_UNITS.get(parts[n], "lb"))
            if parts[n] == "pound" and _pounds_are_money(toks, i, i + 1, core):
                core.unit, core.kind = "GBP", "money"
            inches = words_to_number(parts[n + 1:]) if parts[n] in ("foot", "feet") and n + 1 < len(parts) else None
            if inches is not None and inches < 12:
                core.value, core.unit = value * 12 + inches, "inches"
            return core
    # "a six-figure fortune": a sum with that many digits, in a currency the phrase does not name
    if len(parts) == 2 and parts[1] == "figure" and (digits := _small_number(parts[0])) and digits >= 2:
        return _Core(i, i + 1, None, low=10 ** (digits - 1), high=10 ** digits - 1, kind="money")
    # "a five-member board", "a three-judge panel": a number word joined to the noun it counts
    n = next((k for k, p in enumerate(parts) if not _is_number_word(p)), None)
    value = words_to_number(parts[:n]) if n else None
    # the noun ends the word and is written in lower case: not "six-point-six", not "Two-Factor Authentication"
    if value is not None and value >= 2 and n == len(parts) - 1 and _countable_word(toks[i].text.split("-")[n]):
        return _Core(i, i + 1, value, thing=parts[n])
    return None


def _pounds_are_money(toks: list[_Tok], i: int, end: int, core: _Core) -> bool:
    """Is "pounds" after the figure at token i money (GBP) rather than a weight? "pounds sterling", a scale
    word ("2 million pounds") or the nearest money or weight word in the clause tells; a weight by default."""
    if end < len(toks) and toks[end].low == "sterling":
        return True
    if core.value is not None and core.value >= 1_000_000 and toks[core.end - 1].low in SCALES:
        return True
    for k in range(i - 1, max(-1, i - 10), -1):
        w = toks[k].low
        if w in (".", ";", ":", "!", "?"):
            break
        if w in _MONEY_CUES or w in _WEIGHT_CUES:
            return w in _MONEY_CUES
    for t in toks[end:end + 2]:
        if t.low in _MONEY_CUES or t.low in _WEIGHT_CUES:
            return t.low in _MONEY_CUES
    return False


def _vague_at(toks: list[_Tok], i: int) -> _Core | None:
    t = toks[i].low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    nxt2 = toks[i + 2].low if i + 2 < len(toks) else ""
    if t in ("several", "a", "few") and (nxt in ("few", "hundred", "hundreds", "thousand", "thousands", "dozen") or t == "several"):
        if t == "a" and nxt != "few":
            return None
        j = i + 1 if t != "a" else i + 2
        word = "a few" if t == "a" else t
        if t == "a" and j < len(toks) and toks[j].low in ("hundred", "hundreds", "thousand", "thousands", "dozen"):
            pass
        elif t == "several" and nxt in ("hundred", "hundreds", "thousand", "thousands", "million", "millions",
                                                    "dozen"):
            j = i + 1
        else:
            lo, hi = VAGUE[word]
            return _Core(i, j, None, low=lo, high=hi, approx=word)
        scale_word = toks[j].low
        scale = 12 if scale_word == "dozen" else SCALES[scale_word.rstrip("s")]  # "several dozen": 36 to 108
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
        if t == "scores" and nxt != "of":
            return None  # "scores" alone is the plural of a score
        lo, hi = VAGUE[t]
        return _Core(i, i + 1, None, low=lo, high=hi, approx=t)
    if t == "handful" and i > 0 and toks[i - 1].low == "a" and nxt == "of":
        lo, hi = VAGUE["a handful of"]
        return _Core(i - 1, i + 1, None, low=lo, high=hi, approx="a handful of")
    return None
