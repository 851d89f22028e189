"""The people a page's author field names.

The author a page states in its metadata (what trafilatura reads as the author) often joins the
writers with their role, desk or credentials: "Ann Roe; Staff writer", "Ola Berg; AP National
Political Writer", "Lee Park; MS; RDN", "Analysis by Ann Roe", "Ann Roe is a reporter at …", and the
first words of a date printed after the name ("Ann Roe Monday; November", "Ann Roe Published") or the
agency ("Ann Roe Associated Press"). The byline keeps the names, in the "Name; Name" form the text path
also gives.
"""
from __future__ import annotations

import re

from newsprism.clean.metadata import ROLE_WORDS, site_key

# Words that make a part of the field a role or a desk, never a person's name.
_ROLE = re.compile(rf"\b(?:{ROLE_WORDS}|producer|anchor|bureau|desk|associated press|news service|newsroom|wire)\b",
                   re.I)
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|R\.?N\.?|M\.?S\.?|B\.?A\.?)$")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_LEAD = re.compile(r"^(?:(?:analysis|opinion|commentary|review|interview|story|words|text|written|reported|"
                   r"posted)\s+)?by\s+", re.I)
_BIO = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\b.*$", re.I)
# A site that prints "Name, Monday, November 18, 2019" in its author field: the field splits at the commas
# into "Name Monday" and "November" (or "Name", "Monday", "November 18"); the weekday starts the date, which
# is no part of the name.
_WEEKDAY = re.compile(r"(?:^|\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*$", re.I)
_DATE_PART = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,4}\w*)*$|"
                        r"^\d[\d\s:./-]*$", re.I)
# The author field read up to the first digit of a date printed after it: "Ann Roe November" (from "Ann Roe
# November 18, 2019"), "Ann Roe Published" (from "Ann Roe Published 9:10 a.m."). "May" is a surname too.
_DATE_WORDS_END = re.compile(r"(?:\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|"
                             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|published|updated|posted|modified|last|on|at)"
                             r"\.?)+$", re.I)
# "Name Surname Associated Press": the agency printed after the writer it credits.
_AGENCY_TAIL = re.compile(r"\s+(?:the\s+)?(?:associated press|news service|wire service)$", re.I)


# "Ann Roe News reporter", "Ann Roe Senior Political Correspondent": the writer's desk and role after the name
_DESKS = ("news|senior|chief|staff|political|politics|business|sports?|science|health|technology|tech|economics|"
          "entertainment|foreign|home|affairs|data|digital|crime|education|environment|culture|arts|travel|"
          "weather|local|national|international|security|defence|defense|money|royal|social|media|breaking")
_ROLE_TAIL = re.compile(rf"(?:\s+(?:{_DESKS}))*\s+(?!staff\b)(?:{ROLE_WORDS})s?$", re.I)  # "X staff" names a newsroom


def page_authors(value: str | None, owners: tuple[str, ...] = ()) -> str | None:
    """The names in a page's author field, its roles, desks and credentials left out ("Ann Roe; Staff
    writer" -> "Ann Roe"). The first part always stays (a field that names only a desk or an outlet is
    still the page's own credit), unless it is one of the page's `owners` (its site, its publisher, the
    company its copyright line names) beside a writer ("Owner Media; Ann Roe" -> "Ann Roe"); None for an
    empty field."""
    if not value or not value.strip():
        return None
    names: list[str] = []
    parts = [_BIO.sub("", _LEAD.sub("", " ".join(part.split()))).strip(" ,") for part in value.split(";")]
    in_date = False
    for i, part in enumerate(parts):
        if in_date and _DATE_PART.match(part):
            continue
        # a weekday starts a date only when the date goes on in the next part ("Ann Roe; Mark Friday" is a name)
        dated = _WEEKDAY.sub("", part) if i + 1 < len(parts) and _DATE_PART.match(parts[i + 1]) else part
        in_date = dated != part
        part = _without_role(_without_agency(dated))
        if not part:
            continue
        if i == len(parts) - 1:
            undated = _DATE_WORDS_END.sub("", part)
            part = undated if len(undated.split()) >= 2 else part
        if names and (_CREDENTIAL.match(part) or _ROLE.search(part) or _outlet_desk(part)):
            continue
        names.append(part)
    writers = [n for n in names if not _is_owner(n, owners)]
    names = writers if writers and len(writers) < len(names) else names
    return "; ".join(dict.fromkeys(names)) if names else " ".join(value.split())


def _is_owner(part: str, owners: tuple[str, ...]) -> bool:
    """"Vantrell Media" beside "Vantrell Media Group" or "vantrellmedia": the site or its owner, no writer."""
    key = site_key(part)
    return len(key) >= 5 and any(key in owner or owner in key for owner in map(site_key, owners) if len(owner) >= 5)


def _without_role(part: str) -> str:
    """"Ann Roe News reporter" -> "Ann Roe": a role (and its desk) printed after a name of two words or more."""
    tail = _ROLE_TAIL.search(part)
    return part[:tail.start()] if tail and len(part[:tail.start()].split()) >= 2 else part


def _without_agency(part: str) -> str:
    """"Ann Roe Associated Press" -> "Ann Roe"; an agency's name alone stays."""
    tail = _AGENCY_TAIL.search(part)
    return part[:tail.start()] if tail and len(part[:tail.start()].split()) >= 2 else part


def _outlet_desk(part: str) -> bool:
    """"KTV Business", "KTV Sports": an acronym beside words that are not in capitals (a name in capitals,
    "OLA BERG", is all capitals)."""
    words = part.split()
    return len(words) > 1 and any(_ACRONYM.match(w) for w in words) and not all(w.isupper() for w in words)
