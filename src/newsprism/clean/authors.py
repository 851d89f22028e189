"""The people a page's author field names.

The author a page states in its metadata (what trafilatura reads as the author) often joins the
writers with their role, desk or credentials: "Ann Roe; Staff writer", "Ola Berg; AP National
Political Writer", "Lee Park; MS; RDN", "Analysis by Ann Roe", "Ann Roe is a reporter at …". The
byline keeps the names, in the "Name; Name" form the text path also gives.
"""
from __future__ import annotations

import re

from newsprism.clean.metadata import ROLE_WORDS

# Words that make a part of the field a role or a desk, never a person's name.
_ROLE = re.compile(rf"\b(?:{ROLE_WORDS}|producer|anchor|bureau|desk|associated press|news service|newsroom|wire)\b",
                   re.I)
_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|R\.?N\.?|M\.?S\.?|B\.?A\.?)$")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_LEAD = re.compile(r"^(?:(?:analysis|opinion|commentary|review|interview|story|words|text|written|reported|"
                   r"posted)\s+)?by\s+", re.I)
_BIO = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\b.*$", re.I)


def page_authors(value: str | None) -> str | None:
    """The names in a page's author field, its roles, desks and credentials left out ("Ann Roe; Staff
    writer" -> "Ann Roe"). The first part always stays (a field that names only a desk or an outlet is
    still the page's own credit); None for an empty field."""
    if not value or not value.strip():
        return None
    names: list[str] = []
    for part in value.split(";"):
        part = _BIO.sub("", _LEAD.sub("", " ".join(part.split()))).strip(" ,")
        if not part:
            continue
        if names and (_CREDENTIAL.match(part) or _ROLE.search(part) or _outlet_desk(part)):
            continue
        names.append(part)
    return "; ".join(dict.fromkeys(names)) if names else " ".join(value.split())


def _outlet_desk(part: str) -> bool:
    """"KTV Business", "KTV Sports": an acronym beside words that are not in capitals (a name in capitals,
    "OLA BERG", is all capitals)."""
    words = part.split()
    return len(words) > 1 and any(_ACRONYM.match(w) for w in words) and not all(w.isupper() for w in words)
