"""What is not a quantity: phone and emergency numbers, times of day, street addresses and sizes,
years, numbers that belong to names ("Covid19", "F-16", "Route 66", "12 News") or follow a label word
("section 35", "stage 4", "episode six"), a date's day, a text short code, ages, units in a title-case line,
and "100 percent" as a degree of conviction.
"""
from __future__ import annotations

import re

from newsprism.extract.quantities.counted import _is_head_noun, _title_case_line, _unit_after
from newsprism.extract.quantities.figures import _Core, _Tok, _is_number_word, _money_before
from newsprism.extract.quantities.kinds import _glued_temperature
from newsprism.extract.quantities.words import (APPROX_BEFORE, MEASURE_UNITS, SCALES, _CURRENCY_WORDS, _GLUED_UNITS,
                                                _MONTH_NAMES, _PERCENT_WORDS, _SHORT_SCALES, _STOP, _WEEKDAY_NAMES)


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
        word = re.match(r"[^\W\d_]+", text[t.end:]).group().lower()  # any script's letters: "10µg", "9시"
        return word not in _SHORT_SCALES and word not in ("x", "fold", "st", "nd", "rd", "th", "pc") and word not in SCALES \
            and word not in _GLUED_UNITS
    return False


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
    # (the look-ahead names every alternative's first character: a third of the time of trying them all at each place)
    r"(?i)(?=[cdprt019])(?:\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|phoned|rang|ring"
    r"|text|texted) (?:911|999|112)\b|\b(?:911|999|112|000|111|119|110)(?=[ -](?:call|calls|caller|callers|dispatch\w*"
    r"|operators?|cent(?:er|re)s?|system|line|tapes?|supervisors?)\b)"
    r"|\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling|phoned|rang|ring)(?: to)? \d{2,4}"
    r"(?=\s*(?:[,.;:)]|$)|\s(?:and|or|with|for|from|after|when|but)\b))",
    # "1400 GMT", "0930 local time".
    (r"\b(?:[01]\d|2[0-3])[0-5]\d"
     r"(?= ?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|local time)\b)",
     "GMT|UTC|BST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|local time"),  # ("CEST" holds "EST")
    # "at 9 or 10 the next morning", "at about nine in the evening", "10 o'clock".
    r"(?i)\bat (?:about |around |roughly |approximately )?" + _NUMBER_WORD + r"(?: or " + _NUMBER_WORD + r")?"
    r"(?= (?:in the|the next|the following|the previous|that|this|last|tomorrow|on \w+)"
    r" (?:morning|afternoon|evening|night)\b| at night\b| tonight\b)",
    (r"(?i)\b" + _NUMBER_WORD + r" o['’]clock", "(?i)clock"),
    # "1600 Pennsylvania Avenue", "112th Street", "3170 W. County Road", "the 4500 block of".
    r"\b\d{1,5}(?:st|nd|rd|th)? (?:[A-Z][a-z]+\.? |[NSEW]\. ){0,3}" + _STREET,
    (r"\b\d{1,5} block of\b", "block of"),
    # "the 7th and 8th Districts", "11th and Vantrell Streets", "the 3rd Precinct": numbered districts and streets.
    (r"\b\d{1,3}(?:st|nd|rd|th) (?:and|&) (?:\d{1,3}(?:st|nd|rd|th) |(?:[A-Z][a-z]+ ){1,2})"
     r"(?:Streets|Avenues|Roads|Districts|Precincts|Wards)\b", "Streets|Avenues|Roads|Districts|Precincts|Wards"),
    (r"\b\d{1,3}(?:st|nd|rd|th) (?:Congressional )?(?:District|Precinct|Ward|Circuit)\b", "District|Precinct|Ward|Circuit"),
    # "2880 x 1800" pixels, "10 x 12" feet.
    (r"\b\d+(?:\.\d+)? ?[x×] ?\d+(?:\.\d+)?\b", r"\d ?[x×] ?\d"),
    # A footnote marker glued to the full stop after a word: "according to the Voss Ledger.2 And".
    (r"(?<=[a-z]{3}\.)\d{1,2}(?=\s|$)", r"[a-z]\.\d"),
    # A reference marker in square brackets, glued to a word ("beeps per shift[1]") or opening the note's
    # line ("[2] Vantrell Board …"); an editor's insertion with a unit ("[1.2% to 1.5%]") stays a figure.
    (r"(?m)(?<=[\w.,;:)”\"’])\[\d{1,3}\]|^[ \t]*\[\d{1,3}\](?= )", r"\[\d"),
    # A list item's number opening its line ("3. Establish your target", "4. VANTRELL"), a retirement plan ("a 401(k)",
    # "403(b)"), a basketball shot ("a 3-pointer") and a product's "3-in-1" are names, not figures.
    r"(?m)^[ \t]*\d{1,2}\.(?= [A-Z])",
    (r"\b\d{3}\([a-z]\)", r"\d\("),
    (r"(?i)\b(?:[23]|two|three)-pointers?\b", "(?i)-pointer"),
    (r"\b[2-9]-in-1\b(?![\d-])", "-in-1"),
    # "spoke to 12 News Lenholm": a station's number inside a sentence.
    (r"(?<=[a-z] )\d{1,2}(?= News\b)", "News"),
    # "text VOSS to 80888", "text us at 50411": a text message's short code.
    (r"\b[Tt]ext(?:ing|ed)? (?:us |me |[A-Z0-9]{2,} )?(?:at|to) \d{4,6}\b", "ext"),
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


_SLASHED = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")
_FRACTION_BELOW = frozenset((2, 3, 4, 5, 8, 10, 16))  # denominators fractions are written with


def _slashed_spans(text: str) -> list[tuple[int, int]]:
    """"24/7", "9/11", "5/12": two small figures joined by a slash that are no fraction (a numerator as large
    as its denominator, or a denominator fractions are not written with) are a day or an idiom, no figures.
    "1/2", "3/4", "3 1/2" stay fractions."""
    if "/" not in text:
        return []
    return [(m.start(), m.end()) for m in _SLASHED.finditer(text)
            if int(m.group(1)) >= int(m.group(2)) or int(m.group(2)) not in _FRACTION_BELOW]


_SEASON = re.compile(r"(?<![\d.,])((?:1[89]|20)\d\d)[-–/](\d\d)(?![\d.,]\d|\d)")


def _season_spans(text: str) -> list[tuple[int, int]]:
    """"the 1998-99 season", "in 2008-09", "served 1954-73": a year and a later one's last two digits name a
    season or a span of years, no figure."""
    return [(m.start(), m.end()) for m in _SEASON.finditer(text)
            if int(m.group(1)) % 100 < int(m.group(2)) or (int(m.group(1)) + 1) % 100 == int(m.group(2))]


def _non_figure_spans(text: str) -> list[tuple[int, int]]:
    return _phone_spans(text) + _slashed_spans(text) + _season_spans(text) + [
        (m.start(), m.end()) for p, needs in _NON_FIGURES if needs is None or needs.search(text) for m in p.finditer(text)]


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
        return _channel_name(toks, i, text) or _model_with_singular_verb(toks, i, text)
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


_MIXED_CASE = re.compile(r"[a-z]+[A-Z][A-Za-z]*|(?!Ma?c)[A-Z]?[a-z]*[a-z]{2}[A-Z][A-Za-z]*|[A-Z][a-z]-[A-Z][a-z]")


def _after_mixed_case_name(toks: list[_Tok], i: int, text: str) -> bool:
    """"AirPods 2", "iPhone 7 units", "Wi-Fi 6 devices": a product's name in mixed case takes a model number, at the
    start of a sentence too and before a plural noun (which the model is, not what is counted); not before a unit
    or a percent ("iPhone 12 percent"). "McRoe" and "MacLeod" are names of people."""
    if i == 0 or not re.fullmatch(r"\d{1,2}", toks[i].text) or text[toks[i - 1].end:toks[i].start] != " " \
            or not _MIXED_CASE.fullmatch(toks[i - 1].text):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return not (nxt and (nxt.low in SCALES or nxt.low in _PERCENT_WORDS or nxt.low == "%" or nxt.low in MEASURE_UNITS
                         or nxt.low in _CURRENCY_WORDS or _unit_after(toks, i + 1)))


def _number_word_in_name(toks: list[_Tok], i: int, text: str) -> bool:
    """"told Vantrell Six", "the Lenholm Eight", "Channel Four said": a number word capitalised inside a sentence,
    right after a capitalised word, is part of a name (a sentence opens "Three soldiers …"; a headline
    capitalises every word)."""
    t = toks[i]
    if i == 0 or not re.fullmatch(r"[A-Z][a-z]+", t.text) or not _is_number_word(t.low) \
            or text[toks[i - 1].end:t.start] != " " or not re.fullmatch(r"[A-Z][A-Za-z]*", toks[i - 1].text):
        return False
    return not _title_case_line(text, t.start)


def _episode_in_words(toks: list[_Tok], i: int) -> bool:
    """"in episode six", "chapter two": a number word after these labels names a part, as digits do."""
    return i > 0 and toks[i - 1].low in ("episode", "chapter") and _is_number_word(toks[i].low) \
        and not (i + 1 < len(toks) and (toks[i + 1].low in MEASURE_UNITS or _unit_after(toks, i + 1)))


_FULL_MONTHS = frozenset(m for m in _MONTH_NAMES if len(m) > 4 or m in ("march", "april", "may", "june", "july"))


def _day_of_month(toks: list[_Tok], i: int, text: str) -> bool:
    """"between 1 January and 18 August this year": a day before a capitalised month name is a date's day even
    where the date reader took the month with a word after it instead."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and re.fullmatch(r"[1-9]|[12]\d|3[01]", toks[i].text) is not None \
        and text[toks[i].end:nxt.start] == " " and nxt.text[:1].isupper() and nxt.low in _FULL_MONTHS


def _model_with_singular_verb(toks: list[_Tok], i: int, text: str) -> bool:
    """"Vantrell 3 is staying": opening a sentence, a capitalised word and a small figure taking a singular verb name
    one thing (a count of people takes "are" / "were": "Some 40 were")."""
    prev, nxt = toks[i - 1], toks[i + 1] if i + 1 < len(toks) else None
    low = prev.low.rstrip(".")
    return bool(nxt is not None and nxt.low in ("is", "was", "has") and re.fullmatch(r"\d{1,2}", toks[i].text)
                and low not in _STOP and low not in _APPROX_WORDS and low not in _MONTH_NAMES
                and low not in _WEEKDAY_NAMES and not _title_case_line(text, toks[i].start))


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
ward week episode episodes""".split())
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


def _is_year(toks: list[_Tok], core: _Core, i: int) -> bool:
    t = toks[core.start]
    if core.end - core.start != 1 or not re.fullmatch(r"(?:1[89]|20)\d\d", t.text):
        return False
    return not (_money_before(toks, core.start) or core.approx)


_AGE_BEFORE = frozenset("aged age".split())
_AGE_CLOSERS = (",", ".", ";", "—", ")")
_KIN_NOUNS = frozenset("""wife husband spouse son daughter mother father brother sister boyfriend girlfriend
fiance fiancé fiancee fiancée partner widow widower grandson granddaughter grandmother grandfather""".split())


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
        if name.low in _KIN_NOUNS:
            return True  # "his wife, 30, was …": a relative stands for the name
        return bool(re.fullmatch(r"[A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)*", name.text)) and name.low not in _WEEKDAY_NAMES \
            and name.low not in _MONTH_NAMES and any(c.islower() for c in name.text)
    return _pronoun_was(toks, core)


def _pronoun_was(toks: list[_Tok], core: _Core) -> bool:
    """"He was 88." / "she is 34,": a bare figure that is all a person's "is" / "was" says is the age."""
    i = core.start
    return i >= 2 and toks[i - 1].low in ("is", "was") and toks[i - 2].low in ("he", "she") \
        and core.end < len(toks) and toks[core.end].text in (".", ",", ";", "—")


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
