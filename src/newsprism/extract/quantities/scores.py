"""Scores and records ("won 31-17", "went 0-for-9"), ranks ("the No. 3 official") and colon ratios
("a 700:1 contrast ratio").
"""
from __future__ import annotations

import re

from newsprism.extract.quantities.counted import _thing_after
from newsprism.extract.quantities.figures import _Tok, _glued, _glued_mark, parse_digits
from newsprism.extract.quantities.kinds import _small_number
from newsprism.extract.quantities.words import MEASURE_UNITS, SCALES


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
    if _records_in_brackets(toks, i):
        return i + 3, None
    if before == "to" and i >= 2 and toks[i - 2].low in _RECORD_MOVES or _record_verb_before(toks, i) \
            or after in ("start", "mark", "lifetime") or _record_wording(toks, i):
        return i + 3, None
    return None


# Words a team stands at its record after: "floundering at 9-14", "wound up at 40-42". Not "stood at" nor
# "remained at": a toll stands at a range ("the toll stood at 30-40").
_STANDING_AT = frozenset("up sitting stuck floundering languishing struggling slumping".split())
_LAST_OWNERS = frozenset("their its his her the".split())


def _record_wording(toks: list[_Tok], i: int) -> bool:
    """A record named by the words around the pair at i: "a record of 9-14", "floundering at 9-14", "his record …
    stands at 284-286", "2-8 in their last ten". "put at 10-15" and "2-8 people in their last year" stay ranges."""
    before = toks[i - 1].low if i > 0 else ""
    if i >= 2 and before == "of" and toks[i - 2].low in ("record", "mark"):
        return True
    if i >= 2 and before == "at" and (toks[i - 2].low in _STANDING_AT
                                      or any(t.low in ("record", "mark") for t in toks[max(0, i - 12):i - 1])):
        return True  # "… record as a head coach stands at 284-286"
    nxt = [t.low for t in toks[i + 3:i + 6]]
    return len(nxt) == 3 and nxt[0] in ("in", "over") and nxt[1] in _LAST_OWNERS and nxt[2] == "last"


def _won_n_of_m(toks: list[_Tok], i: int) -> int | None:
    """"have won 12 of 13", "lost four of five": a record after a verb of winning or losing, one figure of kind
    "score" (end token), not a count of 12 and a count of 13 ("three of the employees" has no verb before it)."""
    if i == 0 or i + 2 >= len(toks) or toks[i - 1].low not in _SCORE_BEFORE or toks[i + 1].low != "of":
        return None
    n, m = _small_number(toks[i].low), _small_number(toks[i + 2].low)
    return i + 3 if n is not None and m is not None and n <= m else None


def _records_in_brackets(toks: list[_Tok], i: int) -> bool:
    """"the Hawks (6-5, 3-4)": two or more hyphen pairs listed in brackets after a name are a team's records
    (overall, in its league); "children (5-10, 11-14)" stays ranges."""
    k = i - 1
    while k >= 3 and toks[k].text == "," and toks[k - 1].text.isdigit() and toks[k - 2].text in ("-", "–") \
            and toks[k - 3].text.isdigit():
        k -= 4
    m = i + 3
    while m + 3 < len(toks) and toks[m].text == "," and toks[m + 1].text.isdigit() and toks[m + 2].text in ("-", "–") \
            and toks[m + 3].text.isdigit():
        m += 4
    if (k, m) == (i - 1, i + 3) or k < 2 or toks[k].text != "(" or m >= len(toks) or toks[m].text != ")":
        return False
    return toks[k - 1].text[:1].isupper() and toks[k - 2].text not in (".", "!", "?", "“", '"')


_RECORD_MOVES = frozenset("fell falls fall dropped drops slipped slips improved improves moved moves".split())
# Verbs that put a team's record right after them: "started 3-4", "went 6-10", "finished the season 7-9".
_RECORD_VERBS = frozenset("""start starts started starting finish finishes finished finishing went goes stood stands
sits sat opened opens""".split())


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
