"""Publication dates as a reader reads them, at the precision they are known.

The store keeps ISO values ("2021-02-18T10:32:00+00:00", "2021-02-18", "2021-02", "2021"); pages show
"2021-02-18 10:32 UTC", "2021-02-18", "2021-02" or "2021" (the report's other dates are ISO days too),
inside `<time datetime="...">` holding the stored value for machines.
"""
from __future__ import annotations

import re
from html import escape

_ISO = re.compile(r"(?P<day>\d{4}(?:-\d{2}(?:-\d{2})?)?)"
                  r"(?:[T ](?P<hm>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?")
_DAY_CHARS = {"year": 4, "month": 7, "day": 10}


def _zone(zone: str | None) -> str:
    if not zone:
        return ""  # a local time of the page: its zone is not known
    if zone == "Z" or zone.replace(":", "") in ("+0000", "-0000"):
        return " UTC"
    return f" UTC{zone[:3]}:{zone[-2:]}"


def readable_date(value: str | None, precision: str | None = None, missing: str = "undated") -> str:
    """"2021-02-18 10:32 UTC" from "2021-02-18T10:32:00+00:00"; only the month of a month-precision date.
    A value that is not ISO is shown as it is."""
    if not value:
        return missing
    match = _ISO.fullmatch(value.strip())
    if match is None:
        return value
    day = match.group("day")
    if precision in _DAY_CHARS:
        return day[: _DAY_CHARS[precision]]
    if not match.group("hm"):
        return day
    return f"{day} {match.group('hm')}{_zone(match.group('zone'))}"


def date_html(value: str | None, precision: str | None = None, missing: str = "undated") -> str:
    """The readable date in a `<time>` element whose datetime is the stored value (escaped HTML)."""
    shown = readable_date(value, precision, missing)
    if not value or _ISO.fullmatch(value.strip()) is None:
        return escape(shown)
    return f'<time datetime="{escape(value.strip())}">{escape(shown)}</time>'
