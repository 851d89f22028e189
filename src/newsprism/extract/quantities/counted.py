"""What comes after a figure: the counted thing ("U.S. troops", "three other explosions", "women and
children") and the unit of duration or measure ("15 years", "300 ft").
"""
from __future__ import annotations

import re

from newsprism.extract.quantities.figures import _Tok, _overlaps
from newsprism.extract.quantities.words import MEASURE_UNITS, _GLUED_UNITS, _MONTH_NAMES, _SPEECH_OR_VERBS, _STOP


def _title_case_line(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[A-Za-z]{4,}", line)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


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
    first, quoted = k, False
    words: list[_Tok] = []
    # "two new Spanish-language TV ads": an adjective before the noun phrase leaves room for one word more
    room = 3 + (k < len(toks) and toks[k].low in _PRENOMINAL)
    while k < len(toks) and len(words) < room:
        t = toks[k]
        if _opens_quoted_word(toks, k) or words and _closes_quoted_word(toks, k):
            # "active “businesses”", "two “horrific” nights": quotation marks are no boundary
            quoted = quoted or toks[k].text == "“" or not words
            k += 1
            continue
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
        # "261 other got hurt": no noun after "other"; an adjective alone is not what is counted either
        words = [] if other or quoted or words and words[0].low in _PRENOMINAL else words[:1]
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
    return re.sub(r"[“”\"]", "", text[words[0].start:words[-1].end]), end


def _closes_quoted_word(toks: list[_Tok], k: int) -> bool:
    """A closing quotation mark glued to the word before it, with a lower-case word after a space."""
    return toks[k].text in ("”", '"') and toks[k - 1].end == toks[k].start and k + 1 < len(toks) \
        and toks[k + 1].start == toks[k].end + 1 and toks[k + 1].text[:1].islower()


def _opens_quoted_word(toks: list[_Tok], k: int) -> bool:
    """An opening quotation mark glued to the lower-case word after it."""
    return toks[k].text in ("“", '"') and k + 1 < len(toks) and toks[k + 1].start == toks[k].end \
        and toks[k + 1].text[:1].islower()


def _paired_noun(toks: list[_Tok], at: int, text: str) -> list[_Tok]:
    """"25,000 women and children", "40 soldiers and police": a second plural noun joined by "and" is counted
    with the first, token `at` (a verb or a figure after "and" starts a new clause: "10 soldiers and
    wounded 5")."""
    last, k = toks[at], at + 1
    if k + 1 < len(toks) and toks[k].low == "and" and text[last.end:toks[k + 1].start] == " and " \
            and toks[k + 1].low in _COLLECTIVE | _PAIRED_PLURALS:
        return [toks[k], toks[k + 1]]
    return []


# Adjectives that stand before a counted noun phrase and never are the thing counted ("two new … ads")
_PRENOMINAL = frozenset("new old big small major key main top young senior former separate different additional "
                        "extra further similar large".split())


# Plural nouns often counted together with another ("women and children", "soldiers and civilians")
_PAIRED_PLURALS = frozenset("""men women children boys girls adults soldiers civilians fighters officers troops
police students teachers doctors nurses patients workers families""".split())
_COLLECTIVE = frozenset("""people personnel men women children police staff infantry cavalry crew
militia clergy livestock cattle data media youth folk kin aircraft""".split())


def _is_head_noun(word: str) -> bool:
    return word in _COLLECTIVE or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2)


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
        parts = toks[j + 1].low.split("-")
        if head == "square" and len(parts) > 1 and MEASURE_UNITS.get(parts[1]) in _LENGTHS:
            return "square " + MEASURE_UNITS[parts[1]], j + 2  # "a 37,000-square-foot building"
    return None


_DIMENSIONS = frozenset("wide long high tall deep thick".split())
_LENGTHS = frozenset(("feet", "inches", "yards", "miles", "metres", "km", "cm", "mm"))
