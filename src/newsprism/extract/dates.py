"""Dates in article text: absolute ("January 3, 2020", "16.02.2018", "in 2018") and relative ones
("on Thursday", "last year", "in January", "last week", "two days ago") resolved against the
article's own date.

Values are ISO 8601 at the precision found: "2020-01-03" (day), "2020-01" (month), "2020" (year);
"week" precision gives the Monday of that week; "decade" ("the 1990s") and "century" ("the 19th
century") give no value; "season" ("the spring of 2015", "last summer") gives the year; "quarter" ("Q1
2015", "the first quarter of 2015", "last quarter") gives its first month ("2015-01"), as a week gives
its Monday.
A relative expression is read as the past (on or before the article's date) unless the words
around it say it is ahead ("next", "tomorrow", "will", "due to", "by May 1", "is scheduled for"):
news reports what happened, and a wrong future date is worse than a past one; but a day named
without a year within two months after the article is the one to come unless its own verb is in the
past ("asked for the papers ahead of the Nov. 29 meeting", "the forum on Nov. 10"; "won the race on
Nov. 29" is last year's). Without an article date, relative expressions keep value None. A time
word inside a name ("World News Tonight", "USA Today"), a named day ("Black Friday", "Super Tuesday"),
a figure in a size ("2880 x 1800"), a count ("around 1800 houses") and a grid address ("1875N Road")
are no dates; "1998's hurricane" is the year 1998. A short date with a two-digit year ("2/11/23") is read
when one of its two orders falls in the month up to the article's day.
"""
from __future__ import annotations

from functools import lru_cache

import datetime as dt
import re
from dataclasses import dataclass

from newsprism.clean.metadata import OUTLET_NAME_WORDS
from newsprism.records import DateRef, Span

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "several": None, "few": None, "a few": None}

# Month names are matched case-sensitively on their capital (so "may" the verb is not a month);
# the full names and the dotted or bare abbreviations.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "late December", and "Late December" after "in" or opening a sentence
_PART = r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]|the (?:end|beginning|start|middle) of |(?:the )?(?:first|second|third|last) (?:week|half) of )"
_REL = r"(?:last|this|next|past|coming|previous)"
_CNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

# (kind, pattern); earlier patterns win where matches overlap at the same start, longer wins overall. A look-ahead
# after the first "\b" names the characters a match can open with: the engine then skips the other places at once.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(" + _YEAR + r")-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d])")),
    ("numeric", re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(" + _YEAR + r")(?![\d])")),
    # "18-02-21": day, month and year order cannot be told apart; kept as a date without a value.
    ("numeric_short", re.compile(r"(?<![\d./-])\d{1,2}([-./])\d{1,2}\1\d{2}(?![\d/-]|\.\d)")),
    ("month_day", re.compile(
        r"\b(?=[A-Z]|early|mid|late|the )(?:(?P<wd>" + _WEEKDAY + r"),?\s+)?(?P<part>" + _PART + r")?(?P<m>" + _MONTH + r")\s+(?P<d>" + _DAY
        + r")(?![\d])(?:,?\s+(?P<y>" + _YEAR + r")(?![\d]))?")),
    ("day_month", re.compile(
        r"\b(?=[A-Z\d]|the )(?:(?P<wd>" + _WEEKDAY + r"),?\s+)?(?:the\s+)?(?<![\d])(?P<d>" + _DAY + r")\s+(?:of\s+)?(?P<m>" + _MONTH
        + r")(?:,?\s+(?P<y>" + _YEAR + r")(?![\d]))?")),
    ("month_year", re.compile(
        r"\b(?=[A-Z]|early|mid|late|the )(?P<part>" + _PART + r")?(?P<m>" + _MONTH + r")(?:\s+of)?,?\s+(?:(?P<y>" + _YEAR
        + r")(?![\d])|(?P<rel>last|this|next|the (?:previous|following)) year)")),
    ("rel_month", re.compile(r"(?:(?P<rel>" + _REL + r")\s+)(?P<m>" + _MONTH + r")")),
    ("month", re.compile(
        r"(?=[A-Z]|early|mid|late|the )(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bof )|(?<=\bfrom )|(?<=\bduring )"
        r"|(?<=\bthrough )|(?<=\bbefore )|(?<=\bafter )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\bmid )"
        r"|(?<=\bbetween )"
        # the same words opening a sentence ("In August, ..."; not "By", which opens bylines: "By April Voss"),
        # and a month after another ("in August and September")
        r"|(?<=\bIn )|(?<=\bSince )|(?<=\bUntil )|(?<=\bFrom )|(?<=\bDuring )|(?<=\bThrough )|(?<=\bBetween )"
        + "".join(f"|(?<={m} and )|(?<={m} or )|(?<={m} to )|(?<={m} through )|(?<={m} until )"
                  for m in ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December"))
        + r")"
        r"(?P<part>" + _PART + r")?(?P<m>" + _MONTH + r")(?!\s*\d)")),
    ("decade", re.compile(r"\b(?=the|early|mid|late|1|2)(?:the\s+)?(?:(?:early|mid|late)[- ])?(?<![\d])(?P<y>1[89]\d0|20\d0)['’]?s\b")),
    # "the early ’90s", "the '80s": a decade written with two digits after an apostrophe (bare "the 90s" may be
    # a temperature or an age)
    ("decade", re.compile(r"(?:\b(?:the\s+)?(?:(?:early|mid|late)[- ])|\bthe\s+)?['’](?P<y>[0-9]0)s\b")),
    # "the 19th century", "the early 20th-century": a century, which no "19th" count or rank is
    ("century", re.compile(r"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?P<c>1\d|2[01]|[1-9])(?:st|nd|rd|th)[- ]centur(?:y|ies)\b",
                           re.I)),
    # "the spring of 2015", "in fall 2014", "late summer 2013": a season of a year; "this fall", "last summer"
    ("season", re.compile(r"\b(?=[TtEeLlMmSsFfAaWw])(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?P<s>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn"
                          r"|[Ww]inter)(?:\s+of)?,?\s+(?P<y>" + _YEAR + r")(?![\d%]|[.,]\d)")),
    ("rel_season", re.compile(r"\b(?=[LlTtNnPpCc])(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?P<s>spring|summer|fall|autumn"
                              r"|winter)\b")),
    # "Q1 2015", "the first quarter of 2015", "fourth-quarter 2014", "the first quarter of last year": a quarter of a
    # calendar year (a fiscal one is some other span: "fiscal Q1 2015" stays its year); "this quarter", "last
    # quarter" (not "the last quarter", a game's last period, nor "last quarter of the match")
    ("quarter", re.compile(r"(?<!fiscal )(?<!fiscal-)\b(?:(?:[Tt]he\s+)?(?P<o>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal"
                           r"|[Ll]ast|1st|2nd|3rd|4th)[- ]quarter|Q(?P<n>[1-4]))(?:\s+of)?,?\s+(?:(?P<y>" + _YEAR
                           + r")(?![\d%]|[.,]\d)|(?P<rel>this|last|next) year\b)")),
    ("rel_quarter", re.compile(r"(?<!the )\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Cc]urrent)"
                               r"\s+quarter\b(?![-‐]|\s+(?:of|century|mile|hour|pound|final)\b)")),
    ("year_rel", re.compile(r"\b(?P<pre>earlier|later) (?P<rel>this|last|next) (?P<unit>year|month|week)\b", re.I)),
    ("rel_unit", re.compile(r"\b(?=[lnpct])(?P<rel>" + _REL + r"|the previous|the following)\s+(?P<unit>week|weekend|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?=[\dasotfelnt])(?P<n>" + _CNT + r")\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b", re.I)),
    ("weekday", re.compile(r"\b(?=[A-Z]|last|this|next|on|past|coming)(?:(?P<rel>last|this|next|on|past|coming)\s+)?(?P<wd>" + _WEEKDAY + r")(?!['’]s)")),
    ("deictic", re.compile(r"\b(?=[tyl])(?P<w>today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b", re.I)),
    # "in 1998", "1998's hurricane" (a possessive; "1990's" and "1990s" are decades).
    # "1875N Road", "onto 2010E": a letter glued to the figure makes a grid address (a word glued by a
    # lost line break, "2019The", keeps its year).
    ("year", re.compile(r"(?<![\d,.$€£/:-])(?P<y>" + _YEAR + r")(?![\d%]|[.,]\d|s\b|(?<=0)['’]s\b|-\d"
                        r"|[a-z]|[A-Z](?![a-z])"
                        r"|\s*(?:percent|per cent|million|billion|thousand)\b)")),
]

# Words that put a relative date ahead of the article; words that put it behind.
# "he'll", "they’ll" (the apostrophe made straight first); "expects to", "expect to" as "expected to" is.
_FUTURE = re.compile(r"(?:will|shall|\w*'ll|upcoming|due|expects?|expected|scheduled|plans?|planned|planning|intends?"
                     r"|aims?|next|coming|tomorrow)", re.I)
_DEADLINE = {"by", "until", "till"}
_PAST = re.compile(r"(?:said|says|told|announced|reported|was|were|had|did|has|have|ago|last|yesterday|\w{3,}ed"
                   r"|began|took|came|went|fell|rose|spoke|wrote|gave|ran|saw|broke|became|grew|knew|drew|flew|threw"
                   r"|drove|chose|won|lost|met|made|held|led|shot|left|sent|paid|found|got|struck|fought|caught|brought"
                   r"|bought|sold|kept|spent|stood|sat|thought|felt|heard|meant|ate|wore|hid|fled|dealt|taught|sought"
                   r"|swore|stole|froze|woke|slept|bent|built|lent|lit|hung|dug|spun|stuck|swept|swung|tore)", re.I)
# "is scheduled for", "are planned for": after these a participle in -ed speaks of what is still ahead.
_PRESENT = {"is", "are", "be", "being", "remains", "remain", "now"}
_SAYING = {"said", "says", "say", "told", "tells", "announced", "reported", "added", "stated", "noted"}
# How far after the article's date a day named without a year may lie and still be read as ahead when its
# sentence has no tense ("the forum on Nov. 10"): news announces what comes in the next weeks by day and month.
UPCOMING_DAYS = 31
# A day and month written without a year, at most this many days after the article's date, is the one to come
# whatever the tense of the rest of its sentence ("asked for the papers ahead of a Nov. 29 meeting"): news writes
# the year of a day a year back. Past and future cues decide for other days, and for a day its own verb puts
# in the past ("won the race on Nov. 29").
SAME_YEAR_DAYS = 62
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“‘'(])|\n")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    groups: dict


# What a pattern cannot match without (a word or a short pattern, under the pattern's own case rule), searched
# first: a pattern with no fixed first character tries every place of the article, at 5-20 times the cost.
_MONTH_NAME, _YEAR_FIGURE = re.compile(_MONTH), re.compile(_YEAR)
_NEEDS = {"iso": re.compile(r"\d-\d\d-\d"), "numeric": re.compile(r"\d[./]\d{1,2}[./]\d"),
          "numeric_short": re.compile(r"\d[-./]\d{1,2}[-./]\d\d"),
          **dict.fromkeys(("month_day", "day_month", "month_year", "rel_month", "month"), _MONTH_NAME),
          "decade": re.compile(r"0['’]?s"), "century": re.compile("centur", re.I), "season": _YEAR_FIGURE,
          "quarter": re.compile("quarter|Q[1-4]"), "rel_quarter": re.compile("quarter"), "ago": re.compile("ago", re.I),
          "weekday": re.compile(_WEEKDAY), "year": _YEAR_FIGURE}


@lru_cache(maxsize=8)  # date_spans and find_dates read the same article one after the other
def _matches(text: str) -> tuple[_Found, ...]:
    found: list[_Found] = []
    for kind, pattern in _PATTERNS:
        if kind in _NEEDS and not _NEEDS[kind].search(text):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Found(m.start(), m.end(), kind, {**m.groupdict(), "_groups": m.groups()}))
    # Longest first at each place; a match inside an earlier, longer one is dropped.
    order = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}
    found.sort(key=lambda f: (-(f.end - f.start), order[f.kind], f.start))
    kept: list[_Found] = []
    for f in found:
        if _in_name(text, f) or _in_dimensions(text, f) or _named_day(text, f) or _day_in_brackets(text, f) \
                or _a_count(text, f) or _house_number(text, f):
            continue
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return tuple(sorted(kept, key=lambda f: f.start))


# "of 1948 Vantrell Drive", "at 2071 Lenholm Street": a year-like figure after a word of place and before the name
# of a street is a house number (spelt-out street words only; "In 2016 <Name> Road was closed" keeps its year).
_STREET_AFTER = re.compile(r" (?:[A-Z][a-z]+ |[NSEW]\. ){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Place|Court"
                           r"|Parkway|Terrace)\b")
_AT_ADDRESS = re.compile(r"\b(?:at|of|near|outside|behind|to|from|on)\s+$")


def _house_number(text: str, f: _Found) -> bool:
    return f.kind == "year" and bool(_STREET_AFTER.match(text, f.end)) \
        and bool(_AT_ADDRESS.search(text[max(0, f.start - 10):f.start]))


def _in_name(text: str, f: _Found) -> bool:
    """"World News Tonight", "CBS This Morning", "USA Today": a time word written with a capital after a
    capitalised word, inside a sentence, is part of a name (a programme, a newspaper), not a date."""
    if f.kind != "deictic" or not text[f.start].isupper() \
            or f.groups["w"].lower() in ("yesterday", "tomorrow", "last night"):
        return False
    m = re.search(r"(\S+) +$", text[max(0, f.start - 40):f.start])
    word = m.group(1).lstrip("\"“‘'") if m else ""  # a quoted title opens on its mark: "“Lenholm This Morning”"
    if not word or not word[0].isupper() or re.search(r"[.!?:\"“”]$", word):
        return False
    line = text[text.rfind("\n", 0, f.start) + 1:(text.find("\n", f.end) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[A-Za-z]{4,}", line)
    return not all(w[0].isupper() for w in words)  # a headline in title case capitalises every word


# "today (Thursday)": a British paper's gloss on a statement's "today"; the bracketed weekday is the day meant
# (the statement may be a day older than the article), so the "today" itself gives no date.
_BRACKETED_WEEKDAY = re.compile(r"\s*\(" + _WEEKDAY + r"\)")


_TODAY_OPEN = re.compile(r"(?i:\b(?:today|tonight|this (?:morning|afternoon|evening)))\s*\($")


def _day_in_brackets(text: str, f: _Found) -> bool:
    return f.kind == "deictic" and bool(_BRACKETED_WEEKDAY.match(text, f.end))


def _glossed_today(text: str, f: _Found, ref: dt.date | None) -> str | None:
    """The weekday of "today (Thursday)": that day of the article's week, on or before the article's day
    (a future cue in the statement speaks of the day itself, not of the week after)."""
    if f.kind != "weekday" or ref is None or not _TODAY_OPEN.search(text[max(0, f.start - 30):f.start]):
        return None
    return (ref - dt.timedelta(days=(ref.weekday() - WEEKDAYS[f.groups["wd"].lower()]) % 7)).isoformat()


# "Black Friday", "Super Tuesday", "Good Friday": days named by the word before them, not a weekday of the
# article's week.
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Good|Holy|Maundy|Palm|Easter|Shrove|Ash|Bloody|Giving|Fat|Whit"
                        r"|Small Business|Trinity)\s+$")


# "the Sunday Times", "a Monday Telegraph columnist": a weekday starting a medium's name is no day. Not after
# a preposition ("on Sunday Times Square was packed").
_MEDIUM_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
_DAY_PREPOSITION = re.compile(r"(?i:\b(?:on|by|since|until|till|from|before|after|last|this|next|every|each))\s+$")


# "Monday Night Football", "Saturday Night Live", "Sunday Morning Futures": a weekday, a time of day and a
# third word, each capitalised, name a programme or an event, even after "on" or "for".
_PROGRAMME_AFTER = re.compile(r"\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z][a-z]")


def _named_day(text: str, f: _Found) -> bool:
    if f.kind != "weekday" or f.groups.get("rel"):
        return False
    if _NAMED_DAY.search(text[max(0, f.start - 20):f.start]) or _PROGRAMME_AFTER.match(text, f.end):
        return True
    medium = _MEDIUM_AFTER.match(text, f.end)
    return bool(medium) and medium.group(1).lower() in OUTLET_NAME_WORDS \
        and not _DAY_PREPOSITION.search(text[max(0, f.start - 12):f.start])


def _in_dimensions(text: str, f: _Found) -> bool:
    """"2880 x 1800" (pixels, feet): a year-like figure in a product of sizes is no year."""
    return f.kind == "year" and bool(re.search(r"\d\s?[x×]\s?$", text[max(0, f.start - 4):f.start])
                                     or re.match(r"\s?[x×]\s?\d", text[f.end:f.end + 4]))


# "around 1800 houses", "some 2000 people": a word of approximation before a year-like figure and a plural noun
# after it make the figure a count. Without the approximation a year often stands before a plural ("the 2016
# elections", "2019 levels"), and "than" is left out: "lower than 2019 levels" compares with a year.
_APPROXIMATELY = re.compile(r"\b(?:around|about|some|nearly|almost|roughly|approximately|estimated|least)\s+$", re.I)
# a plural noun: a lower-case word in -s that is no verb or function word, or a plural without the -s
_COUNTED_PLURAL = re.compile(r"\s+(?!(?:was|has|is|as|its|this|thus|does|goes|us|his|plus|always|levels)\b)"
                             r"(?:[a-z]{2,}s|people|men|women|children)\b")


def _a_count(text: str, f: _Found) -> bool:
    return f.kind == "year" and bool(_COUNTED_PLURAL.match(text, f.end)) \
        and bool(_APPROXIMATELY.search(text[max(0, f.start - 16):f.start]))


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of every date expression in `text` (for callers that must skip them)."""
    return [(f.start, f.end) for f in _matches(text)]


def parse_article_date(value) -> dt.date | None:
    """The article's own date from an ISO string ("2021-02-20", "2021-02-20T10:06:02") or a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _sentence_cues(text: str, start: int, end: int):
    """The nearest future and past cues before and after the date, within its sentence, and the words after it."""
    before = text[max(0, start - 120):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    before = before[cut:]
    after = text[end:end + 120]
    stop = _SENTENCE_END.search(after)
    after = after[:stop.start()] if stop else after
    before, after = _inside_aside(before, after)
    before_words = re.findall(r"[\w']+", before.replace("’", "'"))[::-1]
    after_words = re.findall(r"[\w']+", after.replace("’", "'"))
    before_tokens = [_past_form_name(w, i == len(before_words) - 1) for i, w in enumerate(before_words)]
    after_tokens = [_past_form_name(w, False) for w in after_words]
    return (*_cues(before_tokens, "before"), *_cues(after_tokens, "after"), after_tokens)


_ASIDE_DASH = re.compile(r"\s?—\s?|\s–\s|\s--\s")  # (not a bare en dash: "2010–2015")


def _inside_aside(before: str, after: str) -> tuple[str, str]:
    """A date inside an aside set off by dashes ("The fair – which will open its tenth season in January – drew
    …"): only the aside's words speak of its tense."""
    opens = list(_ASIDE_DASH.finditer(before))
    closes = _ASIDE_DASH.search(after)
    if len(opens) % 2 == 1 and closes is not None:
        return before[opens[-1].end():], after[:closes.start()]
    return before, after


def _past_form_name(word: str, first: bool) -> str:
    """The word as a cue token (lower case). A capitalised word in -ed inside a sentence is a name ("the United
    Auto Workers", "Acme Limited"), not a verb in the past: it is kept out of the cues."""
    if not first and word[:1].isupper() and word[1:].islower() and word.lower().endswith("ed"):
        return "_"
    return word.lower()


def _own_past_verb(text: str, start: int) -> bool:
    """A past tense among the four words before the date ("closed on Nov. 20", "won the race on Nov. 29",
    "was announced on March 3"); "last" there is an adjective ("Her last day is April 1")."""
    before = text[max(0, start - 60):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    words = re.findall(r"[\w']+", before[cut:].replace("’", "'"))[::-1][:5]
    return any(_PAST.fullmatch(_past_form_name(w, False)) and not _FUTURE.fullmatch(w) and w.lower() != "last"
               and not _after_bare_be(words, k)
               for k, w in enumerate(words[:4]))  # "expected to come on Dec. 16", "scheduled for March 15" look ahead


def _after_bare_be(words: list[str], k: int) -> bool:
    """"will be terminated on Dec. 9", "is set to be completed by May 2": a participle after a bare "be" (an
    adverb between allowed) is a passive to come or a plan, not a past tense. `words` run backwards."""
    rest = words[k + 1:k + 3]
    if rest[:1] and rest[0].lower().endswith("ly"):
        rest = rest[1:]
    return bool(rest) and rest[0].lower() == "be"


def _no_tense(text: str, start: int, end: int) -> bool:
    """Nothing in the date's sentence says whether it lies ahead or behind ("Readers can join the forum on
    Nov. 10", "The Wolves play Halden on November 29th")."""
    return all(x is None for x in _sentence_cues(text, start, end)[:4])


def _ahead(text: str, start: int, end: int) -> bool:
    """Do the words nearest to the date, within its sentence, say it lies after the article's date?"""
    future_b, past_b, future_a, past_a, after_tokens = _sentence_cues(text, start, end)
    # "The vote will take place on Friday, officials said": a verb of saying after the date dates the
    # saying, not the vote, when the words before the date speak only of what is ahead.
    if future_b is not None and past_b is None and past_a is not None and after_tokens[past_a] in _SAYING:
        return True
    future = min((x for x in (future_b, future_a) if x is not None), default=None)
    past = min((x for x in (past_b, past_a) if x is not None), default=None)
    if future is None:
        return False
    return past is None or future < past


def _cues(tokens: list[str], side: str) -> tuple[int | None, int | None]:
    """How far (in words) the nearest future cue and the nearest past cue are from the date."""
    future = past = None
    for i, tok in enumerate(tokens):
        if tok in _DEADLINE:
            if side == "before" and i == 0:  # "by May 1", "until Friday"
                future = 0
            continue
        if side == "before":
            prev = tokens[i + 1] if i + 1 < len(tokens) else ""
        else:
            prev = tokens[i - 1] if i else ""
        if (future is None or i < future) and (_FUTURE.fullmatch(tok) or _would_ahead(tokens, i, side)):
            future = i
        # "scheduled", "planned", "expected": past forms too, unless "is" / "are" puts them ahead; and a
        # participle after a bare "be" ("will be allowed to vote on Sunday") is a passive to come ("was due
        # to be freed in September" keeps its past: the "be" of an infinitive).
        if (past is None or i < past) and _PAST.fullmatch(tok) and not (_FUTURE.fullmatch(tok) and prev in _PRESENT) \
                and not (prev == "be" and _word_before_be(tokens, i, side) != "to"):
            past = i
    return future, past


def _word_before_be(tokens: list[str], i: int, side: str) -> str:
    k = i + 2 if side == "before" else i - 2
    return tokens[k] if 0 <= k < len(tokens) else ""


# Verbs of a fixture in the present tense: "The Hawks play Saturday", "Lenholm: Host the Comets on Friday".
_FIXTURE_VERBS = frozenset("play plays host hosts visit visits face faces meet meets".split())


# Verbs of a timetable in the present tense before a day and month: "the tour kicks off June 12 and concludes
# October 3", "the convention that opens July 21", "the schedule picks up February 9".
_SCHEDULE_VERBS = frozenset("open opens begin begins start starts end ends conclude concludes continue continues "
                            "resume resumes kick kicks pick picks wrap wraps close closes".split())


def _fixture_ahead(text: str, start: int, end: int, verbs: frozenset = _FIXTURE_VERBS) -> bool:
    """A weekday at most four words after a fixture verb in the present tense (a day and month after a
    verb of a timetable), in a sentence with no past cue, is the next such day: a timetable in the present
    speaks of what is ahead."""
    future_b, past_b, future_a, past_a, _ = _sentence_cues(text, start, end)
    if past_b is not None or past_a is not None:
        return False
    before = text[max(0, start - 60):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    words = re.findall(r"[\w']+", before[cut:].lower())[::-1][:4]
    return any(w in verbs for w in words)


def _would_ahead(tokens: list[str], i: int, side: str) -> bool:
    """"said relatives would hold a vigil Thursday": a future seen from the past, ahead of the report (not
    "would have", which looks back). Only before the date: after it, "would" is mostly another clause's
    ("announced on Friday that he would …"). `tokens` run backwards from the date on its "before" side."""
    if side != "before" or tokens[i] != "would":
        return False
    return (tokens[i - 1] if i else "") not in ("have", "not", "never", "be")


def _month_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_months(d: dt.date, months: int) -> tuple[int, int]:
    n = d.year * 12 + (d.month - 1) + months
    return n // 12, n % 12 + 1


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def _month_of(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _resolve(f: _Found, text: str, ref: dt.date | None) -> tuple[str | None, str | None, bool]:
    """(value, precision, relative) for one match."""
    g = f.groups
    kind = f.kind
    if kind == "iso":
        y, m, d = (int(x) for x in g["_groups"][:3])
        day = _month_day(y, m, d)
        return (day.isoformat() if day else None), "day", False
    if kind == "numeric":
        a, sep, b, y = g["_groups"]
        a, b, y = int(a), int(b), int(y)
        # Dots are day.month.year; slashes are month/day/year unless the first part cannot be a month.
        d, m = (a, b) if sep == "." or a > 12 else (b, a)
        day = _month_day(y, m, d)
        return (day.isoformat() if day else None), "day", False
    if kind in ("month_day", "day_month"):
        month = _month_of(g["m"])
        d = int(re.match(r"\d+", g["d"]).group())
        if g.get("y"):
            day = _month_day(int(g["y"]), month, d)
            return (day.isoformat() if day else None), "day", False
        if ref is None:
            return None, "day", True
        year = ref.year
        cand = _month_day(year, month, d)
        if cand is None:
            return None, "day", True
        if 0 < (cand - ref).days <= SAME_YEAR_DAYS and not _own_past_verb(text, f.start):
            return cand.isoformat(), "day", True
        ahead = _ahead(text, f.start, f.end) or _fixture_ahead(text, f.start, f.end, _SCHEDULE_VERBS)
        if not ahead and cand > ref and not ((cand - ref).days <= UPCOMING_DAYS and _no_tense(text, f.start, f.end)):
            # a day within a month after the article, in a sentence with no tense at all, is one still to come;
            # further ahead, or in a past sentence, it is last year's
            cand = _month_day(year - 1, month, d)
        elif ahead and cand < ref:
            cand = _month_day(year + 1, month, d)
        return (cand.isoformat() if cand else None), "day", True
    if kind == "month_year":
        month = _month_of(g["m"])
        if g.get("y"):
            return f"{int(g['y']):04d}-{month:02d}", "month", False
        if ref is None:
            return None, "month", True
        rel = g["rel"]
        year = ref.year + (-1 if rel in ("last", "the previous") else 1 if rel in ("next", "the following") else 0)
        if rel == "this" and not _ahead(text, f.start, f.end) and month > ref.month:
            return None, "month", True  # "this year" named a month still to come in a past sentence
        return f"{year:04d}-{month:02d}", "month", True
    if kind in ("month", "rel_month"):
        month = _month_of(g["m"])
        if ref is None:
            return None, "month", True
        rel = (g.get("rel") or "").lower()
        if rel in ("next", "coming"):
            ahead = True
        elif rel in ("last", "past", "previous"):
            ahead = False
        else:
            ahead = _ahead(text, f.start, f.end)
        year = ref.year
        if ahead:
            if month < ref.month or (month == ref.month and rel == "next"):
                year += 1
        else:
            if month > ref.month or (month == ref.month and rel in ("last", "previous")):
                year -= 1
        return f"{year:04d}-{month:02d}", "month", True
    if kind in ("decade", "century"):
        return None, kind, False
    if kind == "numeric_short":
        return _short_date(f.groups["_groups"][0], text[f.start:f.end], ref), "day", False
    if kind == "year":
        return f"{int(g['y']):04d}", "year", False
    if kind == "season":
        return f"{int(g['y']):04d}", "season", False
    if kind == "quarter":
        return _quarter(g, ref)
    if kind == "rel_quarter":
        return _rel_quarter(g["rel"].lower(), ref), "quarter", True
    if kind == "rel_season":
        return _season_year(g["rel"].lower(), g["s"].lower(), ref), "season", True
    if ref is None:
        precision = {"weekday": "day", "deictic": "day"}.get(kind)
        if kind in ("rel_unit", "year_rel", "ago"):
            unit = g["unit"].lower()
            precision = {"weekend": "day", "decade": "year"}.get(unit, unit)
            if kind == "ago" and unit == "week":
                precision = "day"
        return None, precision, True
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        if rel in ("next", "coming"):
            ahead = True
        elif rel in ("last", "past"):
            ahead = False
        else:
            ahead = _ahead(text, f.start, f.end) or _fixture_ahead(text, f.start, f.end)
        if ahead:
            delta = (wd - ref.weekday()) % 7 or (7 if rel == "next" else 0)
            return (ref + dt.timedelta(days=delta)).isoformat(), "day", True
        delta = (ref.weekday() - wd) % 7 or (7 if rel == "last" else 0)
        return (ref - dt.timedelta(days=delta)).isoformat(), "day", True
    if kind == "deictic":
        w = g["w"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
        return (ref + dt.timedelta(days=shift)).isoformat(), "day", True
    if kind in ("rel_unit", "year_rel"):
        rel = g["rel"].lower()
        unit = g["unit"].lower()
        step = -1 if rel in ("last", "past", "previous", "the previous") else 1 if rel in (
            "next", "coming", "the following") else 0
        if unit in ("week", "weekend"):
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
            if unit == "weekend":
                saturday = monday + dt.timedelta(days=5)
                if step == 0 and saturday > ref:  # "this weekend" in a past report: the one just gone
                    saturday -= dt.timedelta(weeks=1)
                if step < 0 and ref.weekday() >= 5:
                    saturday = ref - dt.timedelta(days=ref.weekday() - 5) - dt.timedelta(weeks=1)
                return saturday.isoformat(), "day", True
            return monday.isoformat(), "week", True
        if unit == "month":
            y, m = _shift_months(ref, step)
            return f"{y:04d}-{m:02d}", "month", True
        return f"{ref.year + step:04d}", "year", True
    if kind == "ago":
        n = _count(g["n"])
        unit = g["unit"].lower()
        if n is None:
            return None, {"decade": "year", "week": "day"}.get(unit, unit), True
        if unit == "day":
            return (ref - dt.timedelta(days=n)).isoformat(), "day", True
        if unit == "week":
            return (ref - dt.timedelta(weeks=n)).isoformat(), "day", True
        if unit == "month":
            y, m = _shift_months(ref, -n)
            return f"{y:04d}-{m:02d}", "month", True
        years = n * (10 if unit == "decade" else 1)
        return f"{ref.year - years:04d}", "year", True
    return None, None, False


# How far back from the article's day a date written with a two-digit year ("2/11/23") may lie to be read.
SHORT_DATE_DAYS = 31


def _short_date(sep: str, written: str, ref: dt.date | None) -> str | None:
    """"quoting log 2/11/23" in an article of 3 November 2023: day-month or month-day cannot be told from the
    figures, but a news report's short date is a recent one. Of the two readings (year 20YY), the one in the
    month up to the article's day is taken when it is the only one there; otherwise no value."""
    if ref is None:
        return None
    a, b, y = (int(x) for x in written.split(sep))
    readings = {_month_day(2000 + y, m, d) for d, m in ((a, b), (b, a))}
    recent = [day for day in readings if day and 0 <= (ref - day).days <= SHORT_DATE_DAYS]
    return recent[0].isoformat() if len(recent) == 1 else None


# First and last month of a season (northern hemisphere, as the news in English mostly is)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}


def _season_year(rel: str, season: str, ref: dt.date | None) -> str | None:
    """The year of "last summer", "this fall", "next spring" seen from the article's date: "last" is the
    latest one over by then, "next" the first not yet begun. A season's value is its year (precision
    "season"); winter straddles two years and keeps no value."""
    if ref is None or season not in _SEASONS:
        return None
    first, last = _SEASONS[season]
    if rel in ("last", "past"):
        year = ref.year if ref.month > last else ref.year - 1
    elif rel in ("next", "coming"):
        year = ref.year if ref.month < first else ref.year + 1
    else:
        year = ref.year
    return f"{year:04d}"


_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                     "final": 4, "last": 4}


def _quarter(g: dict, ref: dt.date | None) -> tuple[str | None, str, bool]:
    """"Q1 2015" → "2015-01": a quarter's value is its first month (as a week's is its Monday), precision
    "quarter"; "the first quarter of last year" is read against the article's date."""
    q = int(g["n"]) if g.get("n") else _QUARTER_ORDINALS[g["o"].lower()]
    if g.get("y"):
        return f"{int(g['y']):04d}-{3 * q - 2:02d}", "quarter", False
    if ref is None:
        return None, "quarter", True
    year = ref.year + {"last": -1, "next": 1}.get(g["rel"], 0)
    return f"{year:04d}-{3 * q - 2:02d}", "quarter", True


def _rel_quarter(rel: str, ref: dt.date | None) -> str | None:
    """The first month of "this quarter", "last quarter", "next quarter" seen from the article's date."""
    if ref is None:
        return None
    step = -1 if rel in ("last", "past", "previous") else 1 if rel in ("next", "coming") else 0
    y, m = _shift_months(dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1), 3 * step)
    return f"{y:04d}-{m:02d}"


def find_dates(text: str, article_id: str, offset: int = 0, article_date=None) -> tuple[DateRef, ...]:
    """Every date expression in `text`, in order; spans are `offset` + the position in `text`.

    `article_date` ("YYYY-MM-DD", an ISO datetime, or a date) anchors the relative expressions.
    """
    ref = parse_article_date(article_date)
    morning = _published_in_morning(article_date)
    out = []
    found = _matches(text)
    for f in found:
        value, precision, relative = _resolve(f, text, ref)
        value = _glossed_today(text, f, ref) or value
        if value and f.kind == "deictic" and (_last_night(f) or morning and _night_before(text, f)):
            value = (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
        if f.kind in ("month_day", "day_month") and not f.groups.get("y"):
            value = _year_of_sentence(f, found, text) or value
        if f.kind == "rel_unit" and f.groups["unit"].lower() == "year" and (step := _neighbour_step(f, text)):
            value = _next_to_named_year(f, out, text, offset, step) or value
        if f.kind == "month" and not f.groups.get("rel"):
            value = _month_after_named_month(f, out, text, offset) or value
        out.append(DateRef(span=Span(article_id, offset + f.start, offset + f.end), text=text[f.start:f.end],
                           value=value, precision=precision, relative=relative))
    return tuple(out)


def _last_night(f: _Found) -> bool:
    """"last night" is the evening before the article's day, whatever its hour: written after midnight it is
    the evening just gone, written by day or evening it is still the one before ("tonight" would name that
    day's). A bare day as the stamp reads so too: on PolNeAR and htmldate's pages the day before was right 10
    times and the article's day twice (files dated a day early)."""
    return " ".join(f.groups["w"].lower().split()) == "last night"


def _published_in_morning(value) -> bool:
    """An article stamped before noon: a "tonight" it reports was said the evening before its day. A bare
    day, or a midnight stamp (often a day written as a datetime), says nothing of the hour."""
    if isinstance(value, dt.datetime):
        hour, minute = value.hour, value.minute
    else:
        m = re.match(r"\s*\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})", str(value or ""))
        if not m:
            return False
        hour, minute = int(m.group(1)), int(m.group(2))
    return hour < 12 and (hour, minute) != (0, 0)


def _night_before(text: str, f: _Found) -> bool:
    """In an article stamped before noon, a "tonight" inside a quotation reported in the past (police said:
    "We've put an order in place tonight"; "this evening", "this afternoon" alike): a statement of the evening
    before, as that evening had not come yet on the article's morning. A "tonight" with any future cue ("will
    meet tonight") and the writer's own "tonight" stay the article's day (a morning preview says "is not holding a
    rally tonight, aides said")."""
    word = " ".join(f.groups["w"].lower().split())
    if word not in ("tonight", "this evening", "this afternoon"):
        return False
    future_b, past_b, future_a, past_a, _ = _sentence_cues(text, f.start, f.end)
    return (past_b is not None or past_a is not None) and future_b is None and future_a is None \
        and _in_quotation(text, f.start)


def _in_quotation(text: str, at: int) -> bool:
    """Is `at` between quotation marks, in its paragraph? (Only the paragraph is scanned.)"""
    from newsprism.extract.quotes.marks import quote_marks  # the quotes package imports this module
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    para = text[start:end if end >= 0 else len(text)]
    return any(m.inner_start <= at - start < m.inner_end for m in quote_marks(para))


_NEIGHBOUR_YEAR = {"the previous": -1, "the following": 1}


def _neighbour_step(f: _Found, text: str) -> int:
    """-1 or 1 for a year told from another year ("the previous year", "the following year", "resigned the next
    year"); 0 otherwise. "over the next year", "within the next year" are the months to come."""
    rel = f.groups["rel"].lower()
    if rel in _NEIGHBOUR_YEAR:
        return _NEIGHBOUR_YEAR[rel]
    before = text[max(0, f.start - 20):f.start].lower().split()
    if rel != "next" or before[-1:] != ["the"] or before[-2:-1] and before[-2] in ("over", "within", "in", "during",
                                                                                   "for", "throughout", "through"):
        return 0
    return 1


def _next_to_named_year(f: _Found, before: list[DateRef], text: str, offset: int, step: int) -> str | None:
    """"sold 3,417 cars last year, up 4 percent from the previous year", "$4 billion in 2018, down from $7
    billion the previous year": the year before (or after) the year its sentence named last, not the
    article's. A sentence opening on it ("… in August 2016. The next year, the group released …") looks back
    to the sentence before."""
    lead = text[max(0, f.start - 20):f.start].split("\n")[-1].rsplit(". ", 1)[-1]
    opens = re.fullmatch(r"(?i)\s*(?:(?:in|the)\s+)*", lead) is not None
    for ref in reversed(before):
        end = ref.span.end - offset
        if end > f.start:
            return None
        ends = len(_SENTENCE_END.findall(text[end:f.start]))
        if ends > (1 if opens else 0) or "\n" in text[end:f.start] and ends:
            return None
        if ref.value and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", ref.value):
            return f"{int(ref.value[:4]) + step:04d}"
    return None


# The few words that may open a sentence before a month told from the month before ("But by December, …").
_MONTH_LEAD = re.compile(r"(?i)\s*(?:(?:but|and|then|by|in|until|from|early|late|later|that|through)\s+){0,3}")


def _month_after_named_month(f: _Found, before: list[DateRef], text: str, offset: int) -> str | None:
    """"moved to Lenholm in November 2016. But by December, the mill had closed": a month named without a year, in
    the sentence of a month (or day) named with its year or opening the sentence after it, is the first such
    month from then on (the story's time, not the article's)."""
    if not before or not before[-1].value or before[-1].relative \
            or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", before[-1].value):
        return None
    end = before[-1].span.end - offset
    start = before[-1].span.start - offset
    # not from "since <month>" (a span up to now) nor after a word of the future ("is expected to act in December")
    if end > f.start or "\n" in text[end:f.start] or re.search(r"(?i)\bsince\s+$", text[max(0, start - 8):start]) \
            or _future_word_in_sentence(text, f.start, f.end):
        return None
    ends = len(_SENTENCE_END.findall(text[end:f.start]))
    lead = re.split(r"[.!?]\s", text[max(0, f.start - 40):f.start])[-1]
    if ends > 1 or ends and not _MONTH_LEAD.fullmatch(lead):
        return None
    year, month = int(before[-1].value[:4]), int(before[-1].value[5:7])
    named = _month_of(f.groups["m"])
    return f"{year + (named < month):04d}-{named:02d}"


def _future_word_in_sentence(text: str, start: int, end: int) -> bool:
    """A word of the future ("will", "expected", "would") nearer to the date than any past tense, in its
    sentence ("By December, it had spread to the next town": the past verb is nearer)."""
    before = text[max(0, start - 120):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    after = text[end:end + 120]
    stop = _SENTENCE_END.search(after)
    sides = (re.findall(r"[\w']+", before[cut:].replace("’", "'"))[::-1],
             re.findall(r"[\w']+", (after[:stop.start()] if stop else after).replace("’", "'")))
    future = min((i for words in sides for i, w in enumerate(words) if _FUTURE.fullmatch(w) or w.lower() == "would"),
                 default=None)
    past = min((i for words in sides for i, w in enumerate(words) if _PAST.fullmatch(w.lower())), default=None)
    return future is not None and (past is None or future < past)


def _year_of_sentence(f: _Found, found, text: str) -> str | None:
    """"was killed June 24, 2005, while investigating a June 20 shooting": a day named without a year takes
    the year of a full date in its sentence when it then lies within a month of it (not "born March 3,
    1980, died June 20", months apart)."""
    month = _month_of(f.groups["m"])
    d = int(re.match(r"\d+", f.groups["d"]).group())
    for other in found:
        if other.kind not in ("month_day", "day_month") or not other.groups.get("y"):
            continue
        lo, hi = sorted((f, other), key=lambda x: x.start)
        if _SENTENCE_END.search(text[lo.end:hi.start]):
            continue
        full = _month_day(int(other.groups["y"]), _month_of(other.groups["m"]),
                          int(re.match(r"\d+", other.groups["d"]).group()))
        for year in (full.year - 1, full.year, full.year + 1) if full else ():
            cand = _month_day(year, month, d)
            if cand is not None and abs((cand - full).days) <= 31:
                return cand.isoformat()
    return None
