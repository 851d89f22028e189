"""Publication dates in the forms pages print them, with a precision and honest ambiguity.

`read_dates(text)` finds every date expression in a short text (a dateline, a byline line, a meta
value); `parse_published(value)` gives the first one as `(iso, precision, flags)`.

No date is better than a wrong date: a numeric date with more than one plausible reading
("02/03/2018", "18-02-21") keeps only what all readings share (the year, when they agree) and is
flagged "date-ambiguous"; a reading is implausible when it is not a calendar date or lies in the
future of the reference time (the fetch time). Dates without a year ("February 20") are found but
not resolved: guessing the year is how wrong dates are made.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

PRECISIONS = ("time", "day", "month", "year")
_TWO_DIGIT_FLOOR = 1990

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# a whole word: "mar" is March, the "mar" of "mars" (French) is not
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"
# A time after the date: "10:06:02", ", 16:52", " at 9:41 pm", " - 21h33", "T10:06:02Z", "10.41 am".
_TIME = (r"(?:(?:\s*,\s*|\s+at\s+|\s*[-–|·•@]\s*|T|\s+)"
         r"(?P<H>[01]?\d|2[0-3])(?::|h|\.(?=\d{2}\s*[ap]\.?m))(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?:\.\d+)?"
         r"(?:\s*(?P<ampm>[ap])\.?m\.?)?"
         r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT|[A-Z]{2,4}T)\b)?)?")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 2021-02-20, 2021-02-20T10:06:02+01:00, 2021-02-20 10:06:02, 2021/02/20
    ("ymd", re.compile(r"(?<![\d./-])" + _YEAR4 + r"(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/])"
                       + _TIME, re.I)),
    # 16.02.2018 (dotted dates are day first wherever they are written)
    ("dotted", re.compile(r"(?<![\d./-])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2}|\d{2})(?![\d.]\d)"
                          + _TIME, re.I)),
    # 16/02/2018, 02-16-2018, 18-02-21: day or month first (and, with two-digit years, maybe year first)
    ("numeric", re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<c>(?:19|20)\d{2}|\d{2})"
                           r"(?![\d/-])" + _TIME, re.I)),
    # Friday, February 20, 2021 at 10:06 / Feb. 20th 2021 / February 20
    ("month-day", re.compile(r"(?<!\w)" + _WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
                             r"(?:,?\s+" + _YEAR4 + r"(?!\d))?" + _TIME, re.I)),
    # 20 February 2021, 20th of February, 2021, 7 October 2025, 16:52 / 20 February
    ("day-month", re.compile(r"(?<![\w.])" + _WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + _MONTH
                             + r"(?:,?\s+" + _YEAR4 + r"(?!\d))?" + _TIME, re.I)),
    # February 2021
    ("month-year", re.compile(r"(?<!\w)" + _MONTH + r",?\s+" + _YEAR4 + r"(?!\d)", re.I)),
)


@dataclass(frozen=True)
class DateReading:
    """One date expression found in a text, and what it resolves to."""

    text: str  # the expression as written
    start: int
    end: int
    iso: str | None  # "YYYY-MM-DDTHH:MM:SS", "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when unresolved
    precision: str | None  # one of PRECISIONS
    flags: tuple[str, ...] = ()  # "date-ambiguous", "date-no-year", "date-in-future"


def _reference(now: str | datetime | date | None) -> date | None:
    if now is None or isinstance(now, date) and not isinstance(now, datetime):
        return now  # type: ignore[return-value]
    if isinstance(now, datetime):
        return now.date()
    try:
        return datetime.fromisoformat(now.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _year(two_or_four: str, ref: date | None) -> int:
    value = int(two_or_four)
    if len(two_or_four) == 4:
        return value
    pivot = (ref.year % 100) + 1 if ref else 69  # two-digit years: the latest century not in the future
    return 2000 + value if value <= pivot else 1900 + value


def _valid(y: int, m: int, d: int, ref: date | None, not_before: date | None) -> date | None:
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    if y < 1900 or (ref and value > ref + timedelta(days=1)) or (not_before and value < not_before):
        return None
    return value


def _time(match: re.Match[str]) -> tuple[int, int, int] | None:
    if not match.group("H"):
        return None
    hour, minute, second = int(match.group("H")), int(match.group("M")), int(match.group("S") or 0)
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if (hour, minute, second) == (0, 0, 0):
        return None  # midnight is far more often a placeholder than a publication time
    return hour, minute, second


def _resolve(kind: str, match: re.Match[str], ref: date | None, day_first: bool | None,
             not_before: date | None) -> tuple[str | None, str | None, tuple[str, ...]]:
    g = match.group
    if kind == "month-year":
        y, m = int(g("y")), _MONTHS[g("mon").lower().rstrip(".")]
        if y < 1900 or (ref and (y, m) > (ref.year, ref.month)):
            return None, None, ("date-in-future",)
        return f"{y:04d}-{m:02d}", "month", ()
    if kind in ("month-day", "day-month"):
        if not g("y"):
            return None, None, ("date-no-year",)
        candidates = [(int(g("y")), _MONTHS[g("mon").lower().rstrip(".")], int(g("d")))]
    elif kind == "ymd":
        candidates = [(int(g("y")), int(g("m")), int(g("d")))]
    elif kind == "dotted":
        day, month = int(g("d")), int(g("m"))
        if month > 12 >= day:  # 01.21.2020: no thirteenth month, so the month came first
            day, month = month, day
        candidates = [(_year(g("y"), ref), month, day)]
    else:  # numeric: which field is the day is not written down
        a, b, c = g("a"), g("b"), g("c")
        candidates = []
        if day_first is not False:
            candidates.append((_year(c, ref), int(b), int(a)))
        if day_first is not True:
            candidates.append((_year(c, ref), int(a), int(b)))
        if len(c) == 2 and g("sep") == "-" and day_first is None:
            candidates.append((_year(a, ref), int(b), int(c)))  # yy-mm-dd
    if kind == "numeric" and len(g("c")) == 2:
        # a two-digit year on a web page is not from before the web: 25-12-19 is not 1925
        candidates = [(y, m, d) for y, m, d in candidates if y >= _TWO_DIGIT_FLOOR]
    readings = sorted({v for v in (_valid(y, m, d, ref, not_before) for y, m, d in candidates) if v})
    if not readings:
        return None, None, (("date-in-future",) if ref and any(_valid(y, m, d, None, None) for y, m, d in candidates)
                            else ())
    if len(readings) > 1:
        if len({r.year for r in readings}) == 1:
            return f"{readings[0].year:04d}", "year", ("date-ambiguous",)
        return None, None, ("date-ambiguous",)
    day = readings[0]
    clock = _time(match)
    if clock:
        return f"{day.isoformat()}T{clock[0]:02d}:{clock[1]:02d}:{clock[2]:02d}", "time", ()
    return day.isoformat(), "day", ()


def read_dates(text: str, now: str | datetime | date | None = None, day_first: bool | None = None,
               not_before: str | date | None = None) -> tuple[DateReading, ...]:
    """Every date expression in `text`, left to right (overlapping matches: the longest wins).

    `now`: the reference time (fetch time); later dates are implausible. `day_first`: the order the
    page is known to write numeric dates in (None: unknown). `not_before`: earliest plausible date
    (a reader comment is not older than its article).
    """
    ref = _reference(now)
    floor = _reference(not_before) if not_before is not None else None
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append((match.start(), -match.end(), kind, match))
    found.sort(key=lambda item: (item[0], item[1]))
    readings: list[DateReading] = []
    taken_until = -1
    for start, neg_end, kind, match in found:
        if start < taken_until:
            continue
        end = -neg_end
        iso, precision, flags = _resolve(kind, match, ref, day_first, floor)
        readings.append(DateReading(text[start:end].strip(), start, end, iso, precision, flags))
        taken_until = end
    return tuple(readings)


# Month names (and their usual abbreviations) in the languages dateparser is asked about; a value
# without one is not worth dateparser's time (it costs milliseconds a call, read_dates microseconds).
_FOREIGN_MONTHS = frozenset("""
januar jänner februar feber märz april mai juni juli august september oktober november dezember
jan feb mär mrz apr jun jul aug sep sept okt nov dez
janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre
janv févr fevr avr juil déc
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene dic
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ago set ott
janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro fev out
januari februari maart mei augustus mrt
""".split())
_DATEPARSER_LANGUAGES = ["de", "fr", "es", "it", "pt", "nl", "en"]


def _dateparser_fallback(value: str, ref: date | None) -> tuple[str, str, tuple[str, ...]] | None:
    """Dates written with month names of other languages ("20. Februar 2021", "16 février 2021")."""
    if len(value) > 60 or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", value):
        return None
    if not any(word.rstrip(".") in _FOREIGN_MONTHS for word in re.findall(r"[^\W\d_]+\.?", value.lower())):
        return None
    parsed = _dateparser(value)
    if parsed is None or parsed.year < 1900 or (ref and parsed.date() > ref + timedelta(days=1)):
        return None
    if re.search(r"\d{1,2}[:h]\d{2}", value) and (parsed.hour, parsed.minute, parsed.second) != (0, 0, 0):
        return parsed.strftime("%Y-%m-%dT%H:%M:%S"), "time", ()
    return parsed.date().isoformat(), "day", ()


_ANNOUNCED = re.compile(r"^\W*(?:(?:posted|published|updated|publicado|actualizado|publié|mis à jour|veröffentlicht|"
                        r"aktualisiert|pubblicato|aggiornato|gepubliceerd)\b\s*(?:on|el|le|am|il|op|:)?\s*|"
                        r"(?:on|el|le|am|il|op)\s+)", re.I)


@lru_cache(maxsize=8192)
def _dateparser(value: str) -> datetime | None:
    import dateparser

    return dateparser.parse(value, languages=_DATEPARSER_LANGUAGES, settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY", "STRICT_PARSING": True,
    })

# the writer named after the date: "Posted on 27 Oktober 2015 by admin"
_CREDITED = re.compile(r"\s+(?:by|von|par|por|door|oleh|da)\s+\S[^\d]{0,40}$", re.I)


def foreign_dateline(line: str, now: str | datetime | date | None = None) -> DateReading | None:
    """A short line that is wholly a date written with another language's month names
    ("le 3 mars 2022 à 08h15", "3. März 2022, 08:15 Uhr"), as one reading; None otherwise."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 8:
        return None
    # "Publicado el 3 de marzo de 2022": the date is what follows; "21. Januar 2022 | Politik": what precedes
    start = 0
    for part in re.split(r"\s+[|·•]\s+", stripped)[:2]:
        value = _CREDITED.sub("", _ANNOUNCED.sub("", part))
        found = _dateparser_fallback(value, _reference(now)) if re.search(r"\d", value) else None
        if found is not None:
            at = stripped.index(part, start)
            return DateReading(part, at, at + len(part), found[0], found[1], found[2])
        start += len(part)
    return None


def parse_published(value: str, now: str | datetime | date | None = None,
                    day_first: bool | None = None) -> tuple[str, str, tuple[str, ...]] | None:
    """(iso, precision, flags) of the first date written in `value`, or None when there is none that
    can be stated without guessing. Precision is "time", "day", "month" or "year"; flags may hold
    "date-ambiguous" (then only the year that every reading shares is given)."""
    if not value or not value.strip():
        return None
    for reading in read_dates(value, now=now, day_first=day_first):
        if reading.iso:
            return reading.iso, reading.precision or "day", reading.flags
        if "date-ambiguous" in reading.flags or "date-in-future" in reading.flags:
            return None
    return _dateparser_fallback(value.strip(), _reference(now))
