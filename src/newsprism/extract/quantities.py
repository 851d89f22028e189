"""Numbers in article text, normalised: what figure, how approximate, of what.

Covers digits with separators ("4,000", "2.5 million", "$5bn"), numbers in words ("seventeen",
"two thousand five hundred", "a dozen"), approximations ("around", "some", "at least", "up to",
"nearly", "more than"), vague amounts ("several hundreds", "dozens of", "billions of dollars"),
ranges ("between 10 and 20", "10-20"), changes ("from 500 personnel to around 4,000":
change_from=500, value=4000), multipliers ("eightfold", "eight-fold", "eight times", "8x",
"doubled"), percentages ("22.1 percent", "700%"), money ("$5 billion", "$2 billion-plus") and fractions
("one-third", "3 1/2", "3½", "two and a half years", "more than half the city", "one in three"). The counted thing is the noun phrase after the figure ("U.S. troops",
"personnel", "three other explosions"). Durations and measures carry their unit ("15 years",
"a 12-year sentence", "300ft", "6-foot-2" = 74 inches); "pounds" is a weight (lb) unless money is
spoken of ("paid 200 pounds", "pounds sterling"). Scores and records ("won 31-17", "22-of-30 passes")
are one figure of kind "score" without a value, and so are shooting lines ("went 0-for-9"); ranks ("the No. 3
official") are ordinals; a colon pair no clock can mean is a ratio ("a 700:1 contrast ratio" = 700). Temperatures carry °C / °F ("1.5°C", "31 degrees Celsius", "temperatures hit 40C"); a
scale word joined by a hyphen scales the figure ("a $30-million centre"); a noun joined by a hyphen is what is
counted ("the 51-member caucus": member); vague amounts keep a unit after them ("a few weeks").

Years, dates, times of day ("1400 GMT", "at 9 the next morning"), phone and emergency numbers,
street addresses, sizes ("2880 x 1800"), footnote markers ("… Ledger.2 And"), numbers that belong to names
("Covid19", "F-16", "iOS 6", "Route 66", "Week 12") and numbers after a label word ("section 35", "Type 2
diabetes", "stage 4", "page 12") are not quantities.
Text only, no parse: other stages call this on any piece of text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

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
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
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


def _unit_table(rows: str) -> dict[str, str]:
    """"years: year years yr yrs" lines → {"year": "years", ...}: every spelling to one written unit."""
    table = {}
    for line in rows.strip().splitlines():
        unit, spellings = line.split(":")
        table.update({w: unit.strip() for w in spellings.split()})
    return table


# Units of duration and measure after a figure ("15 years", "300 ft", "a 9-acre site").
MEASURE_UNITS = _unit_table("""
seconds: second seconds sec secs
minutes: minute minutes min mins
hours: hour hours hr hrs
days: day days
weeks: week weeks
months: month months
years: year years yr yrs
decades: decade decades
centuries: century centuries
feet: foot feet ft
inches: inch inches
yards: yard yards yd yds
miles: mile miles
metres: metre metres meter meters
km: km kilometre kilometres kilometer kilometers
cm: cm centimetre centimetres centimeter centimeters
mm: mm millimetre millimetres millimeter millimeters
kg: kg kilogram kilograms kilo kilos
grams: gram grams
mg: mg milligram milligrams
lb: lb lbs
oz: oz ounce ounces
tons: ton tons
tonnes: tonne tonnes
acres: acre acres
hectares: hectare hectares
mph: mph
knots: knot knots
degrees: degree degrees
litres: litre litres liter liters
gallons: gallon gallons
ml: ml
GHz: ghz
MHz: mhz
kHz: khz
Hz: hz
TB: tb
GB: gb
MB: mb
KB: kb
kW: kw
MW: mw
GW: gw
kWh: kwh
MWh: mwh
GWh: gwh
mAh: mah
""")
# Only these may be written glued to the figure ("300ft", "3GHz"); a glued "m", "b" or "G" is a scale or a name.
_GLUED_UNITS = frozenset("""ft km cm mm kg mg lb lbs oz mph ghz mhz khz hz tb gb mb kb kw mw gw kwh mwh gwh mah
ml yr yrs hr hrs min mins sec secs""".split())
# "pounds" is money only with "£", "sterling" or a money word near it; otherwise it is a weight.
_MONEY_CUES = frozenset("""pay pays paid paying cost costs costing fine fines fined worth price priced prices
spend spends spent spending sell sells sold buy buys bought charge charged charges earn earns earned earning
salary wage wages budget fund funds funded funding raise raised raising donate donated donation compensation
damages bail bonus fee fees tax taxes sum won win prize award awarded owe owes owed debt loan invest invested
investment deal contract profit profits revenue bill cash grant reward note notes ticket tickets""".split())
_WEIGHT_CUES = frozenset("""weigh weighs weighed weighing weight heavy heavier lighter lost gained gain bag
bags sack sacks load""".split())

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
injured died were was arrived left fled got get gets""".split())

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
    # "half a dozen", "half a million"
    return _Core(i, end, value)


_K_DISTANCES = frozenset("run runs race races walk walks marathon ride".split())


def _thousands_k(toks: list[_Tok], j: int, value: float) -> bool:
    """"110k jobs", "one of the 450k": a glued "k" on a figure of 100 or more is thousands; a smaller one
    is often a race's length in kilometres ("a 10k run")."""
    nxt = toks[j + 1].low if j + 1 < len(toks) else ""
    return value >= 100 and nxt not in _K_DISTANCES


def _and_a_half(toks: list[_Tok], j: int) -> bool:
    """Tokens j.. read "and a half", the end of "two and a half years" (a figure, not "two" alone)."""
    return [t.low for t in toks[j:j + 3]] == ["and", "a", "half"]


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
    if _glued_temperature(toks, i):
        return False  # "1.5C", "temperatures hit 40C"
    if re.match(r"[-–][A-Z](?![A-Za-z])|[BMK](?![A-Za-z])", text[t.end:t.end + 3]) and not _money_before(toks, i):
        return True  # "3-D", "1B Leon Pratt": a capital letter after the digits makes a name
    if re.match(r"[-–][A-Za-z]", after) and not re.match(r"[-–](?:fold|times|plus|strong|year|odd)", text[t.end:t.end + 8], re.I):
        return False
    if after[:1].isalpha():
        word = re.match(r"[A-Za-z]+", text[t.end:]).group().lower()
        return word not in _SHORT_SCALES and word not in ("x", "fold", "st", "nd", "rd", "th", "pc") and word not in SCALES \
            and word not in _GLUED_UNITS
    return False


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


_NUMBER_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Highway|Hwy"
           r"|Parkway|Pkwy|Terrace|Square|Crescent|Close)\b")


def _compiled(entry) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    # (pattern, a literal it cannot match without): the literal's quick search spares the pattern's slow
    # try at every place of an article that lacks it
    pattern, needs = entry if isinstance(entry, tuple) else (entry, None)
    return re.compile(pattern), (re.compile(needs) if needs else None)


# Digits that are no figure: phone numbers, emergency numbers, times of day, street addresses, dimensions.
_NON_FIGURES = [_compiled(p) for p in (
    # "dialed 911", "a 911 call" (the verb is part of the span: it is no figure either); any short number
    # called with nothing counted after it ("a call to 119, the emergency number", "rang 000 and"), as
    # "called 12 witnesses" or "called 10 times" count
    r"(?i)\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|phoned|rang|ring|text|texted)"
    r" (?:911|999|112)\b|\b(?:911|999|112|000|111|119|110)(?=[ -](?:call|calls|caller|callers|dispatch\w*|operators?"
    r"|cent(?:er|re)s?|system|line|tapes?|supervisors?)\b)"
    r"|\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|phoned|rang|ring)(?: to)? \d{2,4}"
    r"(?=\s*(?:[,.;:)]|$)|\s(?:and|or|with|for|from|after|when|but)\b)",
    # "1400 GMT", "0930 local time".
    r"\b(?:[01]\d|2[0-3])[0-5]\d"
    r"(?= ?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|local time)\b)",
    # "at 9 or 10 the next morning", "at about nine in the evening", "10 o'clock".
    r"(?i)\bat (?:about |around |roughly |approximately )?" + _NUMBER_WORD + r"(?: or " + _NUMBER_WORD + r")?"
    r"(?= (?:in the|the next|the following|the previous|that|this|last|tomorrow|on \w+)"
    r" (?:morning|afternoon|evening|night)\b| at night\b| tonight\b)",
    (r"(?i)\b" + _NUMBER_WORD + r" o['’]clock", "(?i)clock"),
    # "1600 Pennsylvania Avenue", "112th Street", "the 4500 block of".
    r"\b\d{1,5}(?:st|nd|rd|th)? (?:[A-Z][a-z]+\.? ){0,3}" + _STREET,
    (r"\b\d{1,5} block of\b", "block of"),
    # "the 7th and 8th Districts", "11th and Vantrell Streets", "the 3rd Precinct": numbered districts and streets.
    (r"\b\d{1,3}(?:st|nd|rd|th) (?:and|&) (?:\d{1,3}(?:st|nd|rd|th) |(?:[A-Z][a-z]+ ){1,2})"
     r"(?:Streets|Avenues|Roads|Districts|Precincts|Wards)\b", "Streets|Avenues|Roads|Districts|Precincts|Wards"),
    (r"\b\d{1,3}(?:st|nd|rd|th) (?:Congressional )?(?:District|Precinct|Ward|Circuit)\b", "District|Precinct|Ward|Circuit"),
    # "2880 x 1800" pixels, "10 x 12" feet.
    r"\b\d+(?:\.\d+)? ?[x×] ?\d+(?:\.\d+)?\b",
    # A footnote marker glued to the full stop after a word: "according to the Voss Ledger.2 And".
    r"(?<=[a-z]{3}\.)\d{1,2}(?=\s|$)",
)]


_DIGIT_GROUPS = re.compile(r"(?<![\w.,+])(\+\d{1,3}[ .-]?)?(\(\d{2,5}\)[ .-]?)?(\d{2,5}(?:[ .-]\d{2,5})+)(?!\w|[.,]\d)")


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """"0161 496 0777", "+44 20 7946 0958", "(555) 123-4567", "555-123-4567": three digit groups or more,
    or two after a "+", an area code in brackets or a leading 0. A thousands grouping ("12 345 678") is no
    phone number, nor are two figures with a dot between unless each has three digits or more."""
    spans = []
    for m in _DIGIT_GROUPS.finditer(text):
        groups = re.split(r"[ .-]", m.group(3))
        if "." in m.group(3) and min(len(g) for g in groups) < 3:
            continue
        thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        lead = bool(m.group(1) or m.group(2)) or groups[0].startswith("0")
        if lead or (len(groups) >= 3 and not thousands):
            spans.append((m.start(), m.end()))
    return spans


def _non_figure_spans(text: str) -> list[tuple[int, int]]:
    return _phone_spans(text) + [(m.start(), m.end()) for p, needs in _NON_FIGURES if needs is None or needs.search(text)
                                 for m in p.finditer(text)]


_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_APPROX_WORDS = frozenset(w for phrase in APPROX_BEFORE for w in phrase.split())


def _after_name(toks: list[_Tok], i: int, text: str) -> bool:
    """A figure that ends a name: "iOS 6", "USB 3.0", "Week 12", "P.S. 41", "Route 66", "John Hale 3rd",
    "Nova OS 7". The word before is capitalised and not the first of the sentence (a sentence may open with
    "Some 40"); month, weekday and currency words take figures ("On Monday 300 marched", "USD 5"). A whole
    number followed by a plural noun stays a count ("told CNN 300 people"). Title-case lines are headlines."""
    if i == 0 or text[toks[i - 1].end:toks[i].start] != " ":
        return False
    prev = toks[i - 1]
    if not re.fullmatch(r"[A-Za-z][A-Za-z.-]*", prev.text) or not any(c.isupper() for c in prev.text):
        return False  # a possessive ("IBM's 10 percent share") is followed by what it owns
    if i - 1 == 0 or toks[i - 2].text in (".", "!", "?", '"', "“", "(", ":", "—") \
            or "\n" in text[toks[i - 2].end:prev.start]:
        return _channel_name(toks, i, text)
    low = prev.low.rstrip(".")
    if (low in _STOP and low not in MEASURE_UNITS) or low in _APPROX_WORDS or low in _MONTH_NAMES \
            or low in _WEEKDAY_NAMES or low in _CURRENCY_WORDS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt and (nxt.low in SCALES or nxt.low in _PERCENT_WORDS or nxt.low == "%" or nxt.low in _CURRENCY_WORDS
                or (nxt.low in MEASURE_UNITS and nxt.text.islower()) or _unit_after(toks, i + 1)):
        return False  # "Trump 58 percent", "Fund 5 million", "MacBook Pro 17-inch": a measure, not a name's number
    if not toks[i].text.endswith(".0") and nxt and _is_head_noun(nxt.low) and nxt.text.islower() \
            and nxt.low not in _STOP and not re.search(r"['’]", nxt.low):
        return False  # "Voss 14.9 points"; "USB 3.0 ports" is a version; "the iPhone 6 was" is no count
    if nxt and nxt.low == "to" and i + 2 < len(toks) and toks[i + 2].text[0].isdigit():
        return False  # "beat Trump 46 to 40 percent": a pair of figures
    if nxt and nxt.low in _BARE_COUNT_VERBS:
        return False  # "In Gaza 20 were killed", "in Halden County 12 died": a count of people
    return not _title_case_line(text, toks[i].start)


def _number_word_in_name(toks: list[_Tok], i: int, text: str) -> bool:
    """"told Vantrell Six", "the Lenholm Eight", "Channel Four said": a number word capitalised inside a sentence,
    right after a capitalised word, is part of a name (a sentence opens "Three soldiers …"; a headline
    capitalises every word)."""
    t = toks[i]
    if i == 0 or not re.fullmatch(r"[A-Z][a-z]+", t.text) or not _is_number_word(t.low) \
            or text[toks[i - 1].end:t.start] != " " or not re.fullmatch(r"[A-Z][A-Za-z]*", toks[i - 1].text):
        return False
    return not _title_case_line(text, t.start)


def _channel_name(toks: list[_Tok], i: int, text: str) -> bool:
    """"KVTR 2 News reports …", "WLNH 4 News said": at the start of a sentence, a figure between an acronym and
    a capitalised word is part of a broadcaster's name ("Some 40 Democrats" opens with no acronym)."""
    prev, nxt = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else None
    return bool(re.fullmatch(r"[A-Z]{2,}", prev.text) and re.fullmatch(r"\d{1,2}", toks[i].text) and nxt is not None
                and re.fullmatch(r"[A-Z][a-z]+", nxt.text) and text[toks[i].end:nxt.start] == " "
                and not _title_case_line(text, toks[i].start))


def _listed_after_name(toks: list[_Tok], i: int, text: str) -> bool:
    """"the iPhone 5 and 6", "Windows 7 or 8": a figure listed right after a name's number names a model too."""
    return i >= 3 and toks[i - 1].low in ("and", "or", "&") and re.fullmatch(r"\d{1,2}", toks[i].text) is not None \
        and re.fullmatch(r"\d{1,2}", toks[i - 2].text) is not None and _after_name(toks, i - 2, text)


# Words after which a number names a part, a class or a place rather than counting anything: "section 35",
# "Section 8 housing", "type 2 diabetes", "stage 4 cancer", "Category 5", "Article 50", "page 12".
_LABEL_WORDS = frozenset("""section sections subsection article chapter clause paragraph schedule type category
phase stage tier grade level page pages room apartment apt gate platform terminal exit junction precinct
ward week""".split())
# ... unless a word before it makes it a point in time or a sequence: "at this stage 40 people had left".
_NOT_LABEL_BEFORE = frozenset("""this that these those each every which what first second third final last next
same early late later current""".split())


_WEEK_LABEL_BEFORE = frozenset("in into of for during since through after before until from by".split())


def _after_label(toks: list[_Tok], i: int) -> bool:
    """A number after a label word ("section 35 powers", "Type 2 diabetes", "page 12") is a name of a
    part, class or place. Not when a unit, a percent or a scale word follows ("the article 5 weeks after")."""
    if i == 0 or toks[i - 1].low.rstrip(".") not in _LABEL_WORDS or not re.fullmatch(r"\d{1,4}", toks[i].text):
        return False
    if i >= 2 and toks[i - 2].low in _NOT_LABEL_BEFORE:
        return False
    if toks[i - 1].low == "week" and not (i >= 2 and toks[i - 2].low in _WEEK_LABEL_BEFORE):
        return False  # "in week 14" of a season; not "a week 10 people died"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return not (nxt and (nxt.low in MEASURE_UNITS or nxt.low in SCALES or nxt.low in _PERCENT_WORDS or nxt.low == "%"
                         or _unit_after(toks, i + 1)))


# Words that follow a bare count of people, never a version or a label ("Windows 8 was released")
_BARE_COUNT_VERBS = frozenset("were are have had died remain remained survived dead injured wounded killed".split())


def _title_case_line(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[A-Za-z]{4,}", line)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _rank_start(toks: list[_Tok], i: int) -> int | None:
    """"the No. 3 official", "the number 2 man", "#1": a rank, not a count of what follows. The token where
    the rank's wording starts, or None."""
    if i >= 2 and toks[i - 2].low in ("no", "nos") and toks[i - 1].text == ".":
        return i - 2
    if i >= 1 and toks[i - 1].text == "#" and toks[i - 1].end == toks[i].start:
        return i - 1
    if i >= 2 and toks[i - 1].low == "number" and toks[i - 2].low in ("the", "a", "its", "their", "his", "her") \
            and re.fullmatch(r"\d{1,2}", toks[i].text):
        return i - 1
    return None


_SCORE_BEFORE = frozenset("""won win wins beat beats defeated defeat lost lose loses drew draw tied led leads trailed
trail trails routed edged""".split())
_SCORE_AFTER = frozenset("""win wins victory defeat loss losses draw tie record lead decision vote ruling verdict
margin score scoreline triumph rout""".split())


def _score_at(toks: list[_Tok], i: int, text: str) -> tuple[int, str | None] | None:
    """A sports score or record, or a vote tally: "won 31-17", "are now 9-4", "a 27-24 loss", "a 5-4 ruling",
    "22-of-30 passes", a shooting line "went 0-for-9". One figure of kind "score", not two counts. (end token, what
    the "N-of-M" form counts)
    Two figures joined by a hyphen make a score when the second is not larger (a range runs upwards) or
    when a word of winning, losing or voting stands next to them."""
    if not re.fullmatch(r"\d{1,3}", toks[i].text) or i + 2 >= len(toks) or toks[i + 1].text not in ("-", "–") \
            or not (_glued(toks, i + 1) and _glued(toks, i + 2)):
        return None
    if toks[i + 2].low in ("of", "for") and i + 4 < len(toks) and _glued_mark(toks, i + 3, "-") \
            and _glued(toks, i + 4) \
            and re.fullmatch(r"\d{1,3}", toks[i + 4].text) and int(toks[i].text) <= int(toks[i + 4].text):
        thing, end = _thing_after(toks, i + 5, text, allow_of=False)
        return (end if thing else i + 5), thing
    second = toks[i + 2]
    if not re.fullmatch(r"0|[1-9]\d{0,2}", second.text):
        return None
    if re.match(r"[-–/.,:]?\d|%| ?(?:percent|per cent)\b", text[second.end:]):
        return None
    if i + 3 < len(toks) and (toks[i + 3].low in MEASURE_UNITS or toks[i + 3].low in SCALES):
        return None
    before = toks[i - 1].low if i > 0 else ""
    after = toks[i + 3].low if i + 3 < len(toks) else ""
    if int(second.text) <= int(toks[i].text) or before in _SCORE_BEFORE or after in _SCORE_AFTER:
        return i + 3, None
    # A team's win-loss record, whichever side is larger: "the Vantrell Hawks (5-10)", "fell to 2-6".
    # A range of the same shape is lower case around it ("children (5-10)", "rose to 5-10 percent").
    if before == "(" and after == ")" and i >= 3 and toks[i - 2].text[:1].isupper() \
            and toks[i - 3].text not in (".", "!", "?", "“", '"'):  # a name, not a sentence's first word
        return i + 3, None
    if before == "to" and i >= 2 and toks[i - 2].low in _RECORD_MOVES or _record_verb_before(toks, i) \
            or after in ("start", "mark"):
        return i + 3, None
    return None


_RECORD_MOVES = frozenset("fell falls fall dropped drops slipped slips improved improves moved moves".split())
# Verbs that put a team's record right after them: "started 3-4", "went 6-10", "finished the season 7-9".
_RECORD_VERBS = frozenset("""start starts started starting finish finishes finished finishing went goes stood stands
sits sat""".split())


def _record_verb_before(toks: list[_Tok], i: int) -> bool:
    """A record verb before the figure at i, over "the year / season" and the close of an aside ("a long way
    back from (starting the year) 3-4")."""
    k = i - 1
    if k >= 0 and toks[k].text == ")":
        k -= 1
    if k >= 1 and toks[k].low in ("year", "season", "campaign") and toks[k - 1].low in ("the", "this", "that"):
        k -= 2
    return k >= 0 and toks[k].low in _RECORD_VERBS


# Results after a colon pair: "won 2:1", "a 3:2 victory" are scores, not ratios.
_RESULT_AFTER = frozenset("win wins victory defeat loss losses draw tie triumph rout".split())


def _ratio_at(toks: list[_Tok], i: int, text: str) -> tuple[int, str, float | None] | None:
    """"a 700:1 contrast ratio", "a 3:1 margin": one ratio, not two counts; "won 2:1" is a score. Only where a
    clock time cannot be meant: minutes have two digits and hours are at most 24. (end token, kind, value)"""
    if i + 2 >= len(toks) or not _glued_mark(toks, i + 1, ":") or not _glued(toks, i + 2):
        return None
    first, second = toks[i].text, toks[i + 2].text
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})*", first) or not re.fullmatch(r"\d{1,3}(?:,\d{3})*", second):
        return None
    if re.match(r"[:.,]?\d", text[toks[i + 2].end:]) or len(second) == 2 and int(first) <= 24 and int(second) < 60:
        return None
    if i >= 2 and toks[i - 1].text[:1].isupper() and toks[i - 2].text not in (".", "!", "?", "“", '"'):
        return None  # "Psalm 23:1", a numbered part of a name
    before = toks[i - 1].low if i > 0 else ""
    after = toks[i + 3].low if i + 3 < len(toks) else ""
    if before in _SCORE_BEFORE or after in _RESULT_AFTER:
        return i + 3, "score", None
    a, b = parse_digits(first), parse_digits(second)
    return i + 3, "ratio", (a / b if b else None)


def _thing_after(toks: list[_Tok], j: int, text: str, allow_of: bool,
                 skip: list[tuple[int, int]] = ()) -> tuple[str | None, int]:
    """The counted noun phrase after token j ("U.S. troops", "personnel"), and the token after it.
    It ends where a date begins ("50 last year": nothing is counted) and "other" / "more" before it
    are not part of it ("three other explosions": explosions)."""
    k = j
    if allow_of and k < len(toks) and toks[k].low == "of":
        k += 1
        if k < len(toks) and toks[k].low in ("the", "their", "its", "his", "her", "our", "them", "those"):
            return None, j
    if k < len(toks) and toks[k].low == "strong":
        k += 1  # "a 10,000 strong militia": the size of the militia, not a count of "strong"
    other = k + 1 < len(toks) and toks[k].low in ("other", "more") and toks[k + 1].low not in _STOP
    k += other
    first = k
    words: list[_Tok] = []
    while k < len(toks) and len(words) < 3:
        t = toks[k]
        if k > first and toks[k - 1].end != t.start and text[toks[k - 1].end:t.start].strip():
            break
        if _overlaps((t.start, t.end), skip):
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
            words += _paired_noun(toks, first + n, text)
            break
    else:
        words = [] if other else words[:1]  # "261 other got hurt": no noun after "other"
    # A participle or adverb is not the counted noun ("10 killed", "500 already").
    while words and re.search(r"(?:ed|ing|ly)$", words[-1].low) and len(words[-1].low) > 4:
        words.pop()
    if not words:
        return None, j
    # Proper names after a figure are rarely what is counted; keep phrases ending in a common noun or
    # an acronym ("U.S. troops", "Iraqi soldiers", "5 MPs"). A headline in title case capitalises its common
    # nouns too: there a plural is what is counted ("The 9 Best Garden Chairs", "Its Two New Wardens").
    if words[-1].text[0].isupper() and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{2,}s?", words[-1].text) \
            and not (_is_head_noun(words[-1].low) and re.fullmatch(r"[A-Z][a-z]+", words[-1].text)
                     and "\n" not in text[toks[j - 1].start:words[-1].end] and _title_case_line(text, words[-1].start)):
        return None, j
    end = next(n for n in range(first, len(toks)) if toks[n] is words[-1]) + 1
    return text[words[0].start:words[-1].end], end


def _paired_noun(toks: list[_Tok], at: int, text: str) -> list[_Tok]:
    """"25,000 women and children", "40 soldiers and police": a second plural noun joined by "and" is counted
    with the first, token `at` (a verb or a figure after "and" starts a new clause: "10 soldiers and
    wounded 5")."""
    last, k = toks[at], at + 1
    if k + 1 < len(toks) and toks[k].low == "and" and text[last.end:toks[k + 1].start] == " and " \
            and toks[k + 1].low in _COLLECTIVE | _PAIRED_PLURALS:
        return [toks[k], toks[k + 1]]
    return []


# Plural nouns often counted together with another ("women and children", "soldiers and civilians")
_PAIRED_PLURALS = frozenset("""men women children boys girls adults soldiers civilians fighters officers troops
police students teachers doctors nurses patients workers families""".split())
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
                    "billions", "trillions", "tens", "handful", "us$", "half"} | frozenset(_CURRENCY_SYMBOLS)


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
            or _one_unit(toks, i + 1))):
        return None  # a lone "one" is a pronoun far more often than a count
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
            # "three times more / longer than", "12 times the bandwidth" (not "three times the next day")
            if re.match(r"(?:more|larger|bigger|higher|greater|less|fewer|smaller|lower|as|over)\b|[a-z]+er than\b"
                        r"|the (?!following|next|previous|last|first|same)[a-z]", after) \
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


def _idiom_zero(toks: list[_Tok], i: int) -> bool:
    if toks[i].low.startswith("zero-"):
        return toks[i].low[5:] in _ZERO_AFTER  # "zero-tolerance", "zero-hour"
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


def _unit_after(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    """A unit of measure at token j, right after a figure: "15 years", "300ft", "2,000 square feet",
    and the hyphen compounds "a 12-year sentence", "a 9-acre site", "a 15-year-old". (unit, end token)"""
    nxt = toks[j]
    glued = nxt.start == toks[j - 1].end
    if nxt.low in MEASURE_UNITS and (not glued or nxt.low in _GLUED_UNITS):
        return MEASURE_UNITS[nxt.low], j + 1
    head, _, tail = nxt.low.partition("-")
    if tail in _DIMENSIONS and head in MEASURE_UNITS and (not glued or head in _GLUED_UNITS):
        return MEASURE_UNITS[head], j + 1  # "a 50ft-wide crater", "a 3 metre-deep pit"
    if nxt.low == "stone" and not (j + 1 < len(toks) and re.fullmatch(r"[a-z]+", toks[j + 1].text)
                                   and toks[j + 1].low not in _STOP):
        return "stone", j + 1  # "weighed 20 stone" (14 lb); not "three stone walls"
    if nxt.low == "square" and j + 1 < len(toks) and MEASURE_UNITS.get(toks[j + 1].low) in _LENGTHS:
        return "square " + MEASURE_UNITS[toks[j + 1].low], j + 2
    if nxt.text in ("-", "–") and glued and j + 1 < len(toks) and toks[j + 1].start == nxt.end:
        head = toks[j + 1].low.split("-")[0]
        if head in MEASURE_UNITS and (not toks[j + 1].text[0].isupper() or head in _GLUED_UNITS):
            return MEASURE_UNITS[head], j + 2  # "a 12-year sentence", "a 2.66-GHz chip"
    return None


_DIMENSIONS = frozenset("wide long high tall deep thick".split())
_LENGTHS = frozenset(("feet", "inches", "yards", "miles", "metres", "km", "cm", "mm"))


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
        ratio = _ratio_at(toks, i, text)
        if ratio is not None:
            end, kind, value = ratio
            out.append(_finish(text, toks, _Core(i, end, value, kind=kind), article_id, offset, None, end))
            i = end
            continue
        if toks[i].text[0].isdigit() and (_after_name(toks, i, text) or _after_label(toks, i)
                                          or _listed_after_name(toks, i, text)) or _number_word_in_name(toks, i, text):
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


_AGE_BEFORE = frozenset("aged age".split())
_AGE_CLOSERS = (",", ".", ";", "—", ")")


def _is_age(toks: list[_Tok], core: _Core, text: str) -> bool:
    """A bare figure that states a person's age: "died at the age of 95", "aged 40", or set off by commas
    after a name ("Ann Roe, 35, was arrested"; not after a weekday or month: "On Friday, 12, ...")."""
    if core.kind != "count" or core.unit or core.thing or core.value is None or core.approx \
            or core.end - core.start != 1 or not re.fullmatch(r"\d{1,3}", toks[core.start].text) \
            or not 0 < core.value < 120 \
            or core.end < len(toks) and toks[core.end].low in ("to", "-", "–", "and", "or"):  # "aged 15 to 19"
        return False
    i = core.start
    if i >= 1 and toks[i - 1].low in _AGE_BEFORE or i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low == "age":
        return True
    # set off by commas, or by a comma and a closing dash or bracket ("his lover — Ann Roe, 21 — said"); a
    # surname may hold a capital ("Ann McRoe, 58, and …")
    if i >= 2 and toks[i - 1].text == "," and core.end < len(toks) and toks[core.end].text in _AGE_CLOSERS:
        name = toks[i - 2]
        return bool(re.fullmatch(r"[A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)*", name.text)) and name.low not in _WEEKDAY_NAMES \
            and name.low not in _MONTH_NAMES and any(c.islower() for c in name.text)
    return False


def _ages_listed(toks: list[_Tok], core: _Core) -> bool:
    """"two boys, ages 6 and 16", "ages 6, 9 and 12": every figure of a list after "ages" is an age."""
    i = core.start
    while i >= 2 and toks[i - 1].low in (",", "and") and re.fullmatch(r"\d{1,3}", toks[i - 2].text):
        i -= 2
    return core.kind == "count" and core.value is not None and not core.unit and i >= 1 and toks[i - 1].low == "ages" \
        and re.fullmatch(r"\d{1,3}", toks[core.start].text) is not None


def _unit_in_title(toks: list[_Tok], i: int, text: str) -> bool:
    """"spoke on Lenholm 30 Minutes", "a Vantrell 24 Hours episode": a unit word capitalised inside a sentence names a show or
    a work, it measures nothing (a headline capitalises every word)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return bool(toks[i].text.isdigit() and nxt is not None and nxt.low in MEASURE_UNITS
                and re.fullmatch(r"[A-Z][a-z]{2,}", nxt.text) and text[toks[i].end:nxt.start] == " "
                and not _title_case_line(text, toks[i].start))


# Words around "100 percent" that make it a degree of conviction or support, not a share of anything:
# "I believe 100 percent that …", "100 percent sure", "we are 100 percent behind her".
_CONVICTION_BEFORE = frozenset("believe believes believed agree agrees agreed support supports supported".split())
_CONVICTION_AFTER = frozenset("""sure certain confident convinced committed behind right wrong honest true correct
positive serious confirmed""".split())


def _full_conviction(toks: list[_Tok], core: _Core) -> bool:
    if core.kind != "percent" or core.value != 100:
        return False
    before = toks[core.start - 1].low if core.start > 0 else ""
    after = toks[core.end].low if core.end < len(toks) else ""
    return before in _CONVICTION_BEFORE or after in _CONVICTION_AFTER


def _phrase_at(toks: list[_Tok], j: int, phrases) -> tuple[str, int] | None:
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = phrase.split()
        if [t.low for t in toks[j:j + len(words)]] == words:
            return phrase, j + len(words)
    return None


def _replace_kind(q: Quantity, kind: str, unit: str | None) -> Quantity:
    return Quantity(span=q.span, text=q.text, value=q.value, low=q.low, high=q.high, unit=unit, thing=q.thing,
                    approx=q.approx, kind=kind, change_from=q.change_from)


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
    if second is None or second.value is None or second.kind in ("ordinal", "multiplier", "fraction"):
        return None
    if _is_year(toks, second, k) and _is_year(toks, _Core(first.start, first.start + 1, first.value), first.start):
        return None
    if first.kind != "count" and second.kind != "count" and (first.kind, first.unit) != (second.kind, second.unit):
        return None  # "rose 2.1% to $2.12": two different figures
    first_value = _shared_scale(toks, first, second)
    if mode == "range" and second.value <= first_value:
        return None  # "18-02" is no range; a range runs upwards
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
