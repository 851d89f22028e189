"""Title, byline and outlet: recognising the lines that carry them and naming outlets readably.

Everything here is shape and general vocabulary: "By <Name>" / "Edited by <Name>" bylines,
"Source: <Outlet>" lines, "PLACE, Date (AGENCY) --" datelines at the start of a paragraph, a
title's " | Outlet" suffix (and a page title's site name or section, confirmed by the site's name or its
heading), a site's domain turned into a name ("theguardian.com" → "The Guardian"), and a site name that
is a slogan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from newsprism.clean.dates import read_dates

# Words joining the parts of a person's or an outlet's name; they are not capitalised.
_NAME_JOINERS = {"and", "&", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der", "den",
                 "ten", "ter", "al", "el", "bin", "ibn", "la", "le", "y", "e", "und", "et", "of", "the", "for", "in",
                 "on", "news", "with"}
_MEDIA_WORDS = ("journal", "news", "times", "press", "herald", "tribune", "daily", "agency", "gazette", "observer",
                "chronicle", "courier", "telegraph", "magazine", "zeitung", "presse", "media", "radio", "television",
                "broadcast", "reporter", "dispatch", "bulletin", "review", "weekly", "monitor", "insider", "wire")
_MEDIA_TOKENS = {"tv", "post", "star", "sun", "mail", "express", "mirror", "today", "report", "network", "channel",
                 "standard", "globe", "nation", "voice", "record", "examiner", "inquirer", "independent", "guardian"}
# Any word that can end a news outlet's name ("the Vantrell Gazette", "The Courier"), for readers elsewhere
OUTLET_NAME_WORDS = frozenset(_MEDIA_WORDS) | frozenset(_MEDIA_TOKENS)


def _is_name_like(text: str, max_words: int = 8) -> bool:
    """A person's or an outlet's name: few words, mostly capitalised, no sentence punctuation or digits."""
    words = text.split()
    if not 1 <= len(words) <= max_words or re.search(r"\d", text) or text.rstrip().endswith((";", ":", "?", "!")):
        return False
    if text.rstrip().endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr|Inc|Ltd|Co)\.$", text.rstrip()):
        return False
    alpha = [w for w in words if re.search(r"[^\W\d_]", w) and w.lower().strip(",.") not in _NAME_JOINERS]
    if not alpha:
        return False
    capital = sum(1 for w in alpha if w.lstrip("(\"'“‘")[:1].isupper())
    return capital / len(alpha) >= 0.7


# ---------------------------------------------------------------- bylines

_BYLINE = re.compile(
    r"^\s*\(?\s*(?P<lead>(?:written|edited|reported|compiled|produced|words|text|story|interview|posted|published|"
    r"photos?|additional reporting|reporting|writing|editing|research)\s+by|by|authors?|autor(?:in)?|auteur|"
    r"written|writer|reporter|correspondent|von|par|por|door)\b\s*[:\-–—]?\s*(?P<rest>.*?)\s*\)?\s*$",
    re.I)
# A writer's role in a credit ("Staff Writer", "Correspondent"): never part of a person's name.
ROLE_WORDS = "staff|writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer"
_AFFILIATION = re.compile(rf"\b(?:{ROLE_WORDS}|agency|news|press|media|times|post|daily|service|bureau)\b", re.I)
_BYLINE_SPLIT = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+|\s*\|\s*|,\s*(?=(?:published|updated|posted|on)\b)|\s+(?:on|at)\s+(?=\S*\d)",
                           re.I)


_HANDLE = re.compile(r"@?\w[\w.\-]{1,29}")
# Single words that follow "By" in sentences rather than in bylines.
_NOT_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "then", "now", "contrast", "comparison", "far", "law", "default", "design", "chance", "mistake"}


@dataclass(frozen=True)
class Byline:
    name: str  # "" when the line is only the label ("BY:") and the name follows on the next line
    affiliation: str | None = None
    date_text: str | None = None  # the rest of the line when it carries the date ("By X | Feb 20, 2021")
    credit: bool = False  # "(Reporting by X; Editing by Y)"
    editor: bool = False  # "Edited by X": credited, but the author only when no one else is


def byline_of(line: str) -> Byline | None:
    """The byline a line states: "BY: Valeria Rodriguez", "Edited by Ed Newman", "Author: X | 2021-02-20"."""
    stripped = line.strip()
    if len(stripped) > 200:
        return None
    match = _BYLINE.match(stripped)
    if not match:
        return None
    lead = match.group("lead").lower()
    rest = match.group("rest").strip()
    if lead in ("by", "written", "von", "par", "por", "door") and not re.match(r"^\s*\(?\s*\w+\s*[:\-–—]", stripped) \
            and stripped[:1].islower() and not _lower_byline(lead, rest):
        return None  # "by the way ..." is a sentence, "By Name" / "BY: Name" is a byline
    if not rest:
        return Byline("") if stripped.endswith(":") or stripped.isupper() or lead != "by" else None
    credit = stripped.startswith("(") and ";" in rest
    if credit:  # "(Reporting by X; Editing by Y)"
        return Byline(rest.split(";")[0].strip(), None, None, True)
    date_text = None
    readings = read_dates(rest)
    if readings:
        date_text = rest[readings[0].start:]
        rest = rest[:readings[0].start]
    rest = _unglued(rest)
    rest = re.sub(r"(?:\s+(?:on|at|am|le|el|il|updated|published|posted|modified)|[\s,|·•\-–—]+)+$", "", rest,
                  flags=re.I)  # "By Name Updated Nov. 19, 2019": the date's label is no part of the name
    parts = [p.strip(" ,|·•-–—") for p in _BYLINE_SPLIT.split(rest) if p.strip(" ,|·•-–—")]
    if not parts:
        return None
    name = parts[0]
    affiliation = None
    if len(parts) == 2 and outlet_of_affiliation(parts[1]) and _person(name):
        affiliation = parts[1]  # "By Name | Lenholm Gazette"
    staff = _STAFF_CREDIT.match(name)
    authors = _co_authors(name)
    if staff and outlet_of_affiliation(staff.group("outlet")):  # "By Lenholm Gazette staff"
        return Byline(name, staff.group("outlet"), date_text)
    if authors:  # "By Ann Roe, Olek Brand and Mara Quist", "By Ann Roe , Olek Brand, Lenholm Gazette"
        name, affiliation = "; ".join(authors[0]), authors[1] or affiliation
    elif "," in name:
        head, _, tail = name.partition(",")
        tail = tail.strip()
        if not (_AFFILIATION.search(tail) or _is_name_like(tail, max_words=8)):
            return None  # "By March, the mission will grow" is a sentence
        name, affiliation = head.strip(), tail
    labelled = lead in ("posted by", "published by", "author", "authors", "autor", "autorin", "auteur") \
        or bool(re.match(r"^\s*by\s*:", stripped, re.I)) or bool(date_text and stripped[:1].islower())
    handle = labelled and bool(_HANDLE.fullmatch(name)) and len(stripped.split()) <= 12 and not stripped.endswith(".")
    if not (_is_name_like(name, max_words=10) or handle) or name.lower().strip(".") in _NOT_NAMES:
        return None  # after an explicit label ("Posted by", "Author:") a user handle ("admin") is a name too
    # "Additional reporting by X" credits a contributor: the author only when no one else is named
    return Byline(name, affiliation, date_text, editor=lead.startswith(("edit", "additional")))


# "Lenholm Gazette staff", "Vantrell Post Staff Reports": the outlet credits its newsroom
_STAFF_CREDIT = re.compile(r"^(?P<outlet>.+?)\s+(?:staff(?:\s+reports?|\s+writers?)?|newsroom|news desk)$", re.I)


def outlet_of_affiliation(text: str | None) -> str | None:
    """The outlet a byline's affiliation names ("Lenholm Gazette", "the Vantrell Post"): a name ending in a
    word outlets' names end in, and no writer's role ("Staff Reporter" is a role, not an outlet)."""
    text = " ".join((text or "").split()).strip(" ,.")
    words = text.split()
    if not 1 <= len(words) <= 6 or words[-1].lower() not in OUTLET_NAME_WORDS or re.search(
            rf"\b(?:{ROLE_WORDS})s?\b", " ".join(words[:-1]), re.I) or words[-1].lower() in ROLE_WORDS.split("|"):
        return None
    return text if _is_name_like(text, max_words=6) else None


# a desk or a section after a writer's name ("Ann Roe, Lenholm Business"): no person's name
_DESK = re.compile(r"\b(?:business|sports?|politics|science|health|tech|technology|entertainment|opinion|world|money|"
                   r"weather|travel|culture|staff|editorial|desk|online|digital)\b", re.I)


def _person(text: str) -> bool:
    """A person's name in a list of writers: two to four capitalised words, no outlet's or desk's word and
    no acronym (a name printed in capitals is all capitals)."""
    words = text.split()
    return 2 <= len(words) <= 4 and _is_name_like(text, max_words=4) and not not_a_person(text) \
        and not _AFFILIATION.search(text) and not _DESK.search(text) and not any(_is_media_name(w) for w in words) \
        and (text.isupper() or not any(re.fullmatch(r"[A-Z]{2,}", w) for w in words))


def _co_authors(text: str) -> tuple[list[str], str | None] | None:
    """The writers a byline lists ("Ann Roe, Olek Brand and Mara Quist", "Ann Roe , Olek Brand") and an outlet
    after them ("…, Lenholm Gazette"); None unless it lists two people or more."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", text.strip()) if p.strip()]
    outlet = outlet_of_affiliation(parts[-1]) if len(parts) >= 2 else None
    parts = parts[:-1] if outlet else parts
    names = [n.strip() for p in parts for n in re.split(r"\s+(?:and|&)\s+", p) if n.strip()]
    return (names, outlet) if len(names) >= 2 and all(_person(n) for n in names) else None


# a copied page glues the byline's name to what stood beside it: "Name@handle", "Name Surname@handle",
# "Name SurnameOUTLET", "Name SurnameBusiness Columnist". A lower-case run of five letters or more then a
# capital is such a seam (name prefixes glue shorter runs: McDonald, MacKenzie, LaMotte, DeVos)
_HANDLE_SEAM = re.compile(r"\s*@[\w.]+.*$")
_CASE_SEAM = re.compile(r"(?<=\b[A-Z][a-z]{4})[a-z]*(?=[A-Z])")


def _unglued(rest: str) -> str:
    """A byline's text without a handle or an outlet glued to the name by the copy."""
    cut = _HANDLE_SEAM.search(rest)
    if cut and cut.start() > 0:
        rest = rest[:cut.start()]
    seam = _CASE_SEAM.search(rest)
    if seam and seam.end() > 0:
        rest = rest[:seam.end()]
    return rest


def _lower_byline(lead: str, rest: str) -> bool:
    """A byline printed in lower case: "by Mara Quist" alone on its line, "by mquist on March 3, 2022"."""
    if lead != "by" or not rest:
        return False
    readings = read_dates(rest)
    if readings:
        name = re.sub(r"(?:\s+(?:on|at)|[\s,|·•\-–—]+)+$", "", rest[:readings[0].start], flags=re.I)
        return 1 <= len(name.split()) <= 3 and bool(_HANDLE.fullmatch(name) or _is_name_like(name, max_words=3))
    return 2 <= len(rest.split()) <= 4 and all(w[:1].isupper() for w in rest.split()) and _is_name_like(rest, 4)


_CREDIT_ROLE = re.compile(rf"\b(?:{ROLE_WORDS}|agency|press|bureau|wire|news service)\b", re.I)


def credit_line_of(line: str) -> str | None:
    """The name of a "Name, Affiliation" line without any "By": "Mara Quist, Staff Writer",
    "Olek Brand and Ana Roth, Lenholm Press". Such lines credit a writer (or, under a photo, the
    photographer); they are never headlines or paragraphs. None for any other line."""
    stripped = " ".join(line.split())
    if not 2 <= len(stripped.split()) <= 12 or stripped.endswith((".", "!", "?", ":", ";")) and \
            not re.search(r"\b[A-Z]\.$", stripped):
        return None
    head, sep, tail = stripped.partition(",")
    if not sep or "," in tail or len(tail.split()) > 6 or not (
            _CREDIT_ROLE.search(tail) or any(w.lower().strip(".") in _MEDIA_WORDS for w in tail.split())):
        return None  # "Name, Staff Writer", "Name, Lenholm Press", "Name, Business Monitor"
    names = [n.strip() for n in re.split(r"\s+(?:and|&)\s+", head.strip())]
    if not all(2 <= len(n.split()) <= 4 and _is_name_like(n, max_words=4) and not not_a_person(n) for n in names):
        return None
    if not _is_name_like(tail.strip(), max_words=6):
        return None
    return "; ".join(names) if all(_person(n) for n in names) else head.strip()  # each writer, as bylines give them


_ORGANISATION = re.compile(r"^(?:the\s|©|\(c\)|copyright\b)|['’]s\b", re.I)


def not_a_person(name: str) -> bool:
    """A credit that names no person: an organisation ("The Courier"), a copyright notice ("© The
    Courier"), or a possessive heading ("Name's Latest Stories")."""
    return bool(_ORGANISATION.search(name.strip()))



# ---------------------------------------------------------------- "Source: X" lines

_SOURCE = re.compile(
    r"^\s*(?:(?:source|sources|quelle|quellen|fuente|fonte|bron|kilde|källa|źródło|via|courtesy(?: of)?)\s*[:\-–]|"
    r"(?:originally|first) (?:published|appeared|posted) (?:in|on|at|by)|"
    r"this (?:article|story|piece|post|report) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|posted|republished) (?:in|on|at|by|from)|republished (?:from|with permission (?:from|of)))"
    r"\s*:?\s*(?P<name>.+?)\s*\.?\s*$", re.I)


def source_line_outlet(line: str) -> str | None:
    """The outlet a "Source: X" / "Originally published in X" line credits, or None."""
    stripped = line.strip()
    if len(stripped) > 160:
        return None
    match = _SOURCE.match(stripped)
    if not match:
        return None
    name = match.group("name").strip(" .\"'“”")
    if re.match(r"^(?:https?://|www\.)\S+$", name) or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name):
        return site_name(name)
    return name if _is_name_like(name, max_words=10) else None


# ---------------------------------------------------------------- "PLACE, Date (AGENCY) --" paragraph openers

_OPENER = re.compile(r"^(?P<head>[^\W\d_][^\n]{0,90}?)(?:\s*(?:--+|—|–)\s*|\s+-\s+)(?=\S)")


@dataclass(frozen=True)
class Opener:
    place: str | None
    outlet: str | None  # an outlet or agency named in the opener: "(RHC)", "PEJOURNAL –"
    date_text: str | None
    length: int = 0  # characters of the opener with its dash: the paragraph's own text starts there


def _is_media_name(token: str) -> bool:
    low = token.lower().strip(".,")
    if low in _MEDIA_TOKENS:
        return True
    return any(low.startswith(w) or low.endswith(w) for w in _MEDIA_WORDS)


def paragraph_opener(paragraph: str) -> Opener | None:
    """The dateline that opens a news paragraph: "Brussels, February 20 (RHC)-- ...",
    "WASHINGTON (AP) — ...", "PEJOURNAL – ...". None when the paragraph starts otherwise."""
    match = _OPENER.match(paragraph)
    if not match:
        return None
    head = match.group("head").strip()
    if len(head.split()) > 10:
        return None
    outlet = None
    agency = re.search(r"\(\s*(?P<a>[^()]{1,40}?)\s*\)\s*$", head)
    if agency:
        outlet = agency.group("a")
        head = head[:agency.start()].strip(" ,")
        if not _is_name_like(outlet, max_words=6):
            return None
    place, _, rest = head.partition(",")
    place = place.strip()
    date_text = None
    if rest.strip():
        readings = read_dates(rest)
        if not readings or readings[0].start > 2:
            return None
        date_text = readings[0].text
    if not place or len(place.split()) > 4 or not _is_name_like(place, max_words=4):
        return None
    if outlet is None and date_text is None:
        # A bare "WORD –" opener: an outlet when it reads like one, else a place ("IRAQ –").
        if not (place.isupper() or len(place.split()) == 1):
            return None
        if any(_is_media_name(w) for w in place.split()):
            return Opener(None, place, None, match.end())
        return Opener(place, None, None, match.end())
    return Opener(place, outlet, date_text, match.end())


def after_opener(text: str, start: int) -> int:
    """Where a stretch of text starting at `start` really begins: past a dateline opening its paragraph
    ("LENHOLM, March 3 (Reuters) - Ferry crews …"), which is no part of what someone said."""
    if start and text[start - 1] != "\n":
        return start
    opener = paragraph_opener(text[start:start + 200])
    return start + opener.length if opener is not None else start


# ---------------------------------------------------------------- titles

_TITLE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[|]\s+(?P<outlet>[^|]{2,60})$")


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """'NATO to expand mission | Some Outlet' → ('NATO to expand mission', 'Some Outlet')."""
    match = _TITLE_SUFFIX.match(title.strip())
    if match and len(match.group("title").split()) >= 3 and _is_name_like(match.group("outlet"), max_words=5):
        return match.group("title").strip(), match.group("outlet").strip()
    return title.strip(), None


# A page's <title> / og:title often joins the headline to the site's name or a section: "Headline | Site",
# "Headline - Section", "Opinion | Headline". The separator is spaced; a colon only ever ends a prefix.
_TITLE_PARTS = re.compile(r"\s+(?:[|\-–—·•»]|::)\s+")
_SITE_PREFIX = re.compile(r"^(?P<site>[^:|]{2,40}?)\s*(?::|\s[|\-–—]\s)\s*(?P<title>.+)$")


def site_key(text: str) -> str:
    """A name compared without case, spaces, punctuation or a domain ending: "Vantrell.com" = "vantrell"."""
    text = re.sub(r"\.(?:com|org|net|co\.uk|co|uk|info|news)$", "", text.strip().lower())
    return re.sub(r"[\W_]+", "", text)


def title_without_site(title: str, sites: tuple[str, ...] = (), headings: tuple[str, ...] = ()) -> str:
    """A page title without the site's name or a section the page added to the headline:
    "Ferry crews walk out | Vantrell Gazette" → "Ferry crews walk out" when the site is the Vantrell
    Gazette; "Opinion | Ferry crews walk out" → "Ferry crews walk out" when the page's own heading says
    so. A title the site or the heading does not confirm stays whole (a headline may hold a dash)."""
    title = " ".join(title.split())
    site_keys = {site_key(s) for s in sites if s and site_key(s)}
    heading_keys = {site_key(h) for h in headings if h and len(h.split()) >= 3}
    if site_key(title) in heading_keys:
        return title
    cuts = list(_TITLE_PARTS.finditer(title))
    # the headline the page shows: the longer side of a cut, holding most of the title's words
    for cut in cuts:
        for part in (title[:cut.start()], title[cut.end():]):
            if site_key(part) in heading_keys and site_key(part) not in site_keys \
                    and len(part.split()) * 2 >= len(title.split()):
                return part.strip()
    # else the site's name at either end
    while site_keys:
        cuts = list(_TITLE_PARTS.finditer(title))
        if cuts and site_key(title[cuts[-1].end():]) in site_keys and len(title[:cuts[-1].start()].split()) >= 3:
            title = title[:cuts[-1].start()].strip()
            continue
        prefix = _SITE_PREFIX.match(title)
        if prefix and site_key(prefix.group("site")) in site_keys and len(prefix.group("title").split()) >= 3:
            title = prefix.group("title").strip()
            continue
        break
    return title


# ---------------------------------------------------------------- outlet names from sites

_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition.", "en.", "english.", "news.", "web.")
_LOWER_IN_NAMES = {"of", "the", "and", "on", "in", "for", "de", "du", "des", "der", "die", "das", "del", "di", "y"}
_ACRONYMS = {"tv", "uk", "us", "usa", "eu", "un", "fm", "nyc"}
# Country domains whose sites mostly write in another language: their words segment the name too.
_TLD_LANGUAGE = {"fr": "fr", "be": "fr", "de": "de", "at": "de", "ch": "de", "es": "es", "mx": "es", "ar": "es",
                 "it": "it", "nl": "nl", "pt": "pt", "br": "pt", "pl": "pl", "ru": "ru", "se": "sv", "no": "nb",
                 "dk": "da", "fi": "fi", "cz": "cs", "tr": "tr", "ro": "ro", "hu": "hu", "gr": "el", "id": "id"}


def _zipf(word: str, languages: tuple[str, ...]) -> float:
    from wordfreq import zipf_frequency

    return max(zipf_frequency(word, lang) for lang in languages)


@lru_cache(maxsize=4096)
def _segment(label: str, languages: tuple[str, ...] = ("en",)) -> tuple[str, ...]:
    """Split a run of letters into the likeliest words ("theguardian" → the, guardian)."""

    def cost(word: str) -> float:
        need = 5.0 if len(word) <= 2 else 4.0 if len(word) == 3 else 3.0
        zipf = _zipf(word, languages) if len(word) >= 2 else 0.0
        return zipf - 12.0 if zipf >= need else -11.0 - 1.5 * len(word)

    best: list[tuple[float, tuple[str, ...]]] = [(0.0, ())] + [(-1e9, ())] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 20), end):
            score = best[start][0] + cost(label[start:end])
            if score > best[end][0]:
                best[end] = (score, best[start][1] + (label[start:end],))
    return best[len(label)][1]


def _word_case(word: str, languages: tuple[str, ...] = ("en",)) -> str:
    if word in _ACRONYMS or (len(word) <= 3 and _zipf(word, languages) < 5.0) or not re.search(r"[aeiouy]", word):
        return word.upper()
    return word.capitalize()


def registered_label(host: str) -> str | None:
    """The name part of a host's registered domain: 'www.bbc.co.uk' → 'bbc'."""
    host = host.lower().split(":")[0].strip(".")
    if not host or re.fullmatch(r"[\d.]+", host):
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    from tld import get_tld

    parsed = get_tld("http://" + host, as_object=True, fail_silently=True)
    if parsed is not None and getattr(parsed, "domain", None):
        return parsed.domain
    labels = host.split(".")
    return labels[-2] if len(labels) >= 2 else labels[0]


def site_name(url_or_host: str) -> str | None:
    """A readable outlet name from a URL or host: 'https://www.theguardian.com/x' → 'The Guardian'."""
    value = url_or_host.strip()
    host = urlsplit(value if "://" in value else "http://" + value).hostname or ""
    label = registered_label(host)
    if not label:
        return None
    local = _TLD_LANGUAGE.get(host.rsplit(".", 1)[-1])
    languages = ("en", local) if local else ("en",)
    words: list[str] = []
    for part in label.split("-"):
        letters = re.findall(r"[a-z]+|\d+", part)
        for chunk in letters:
            words += [chunk] if chunk.isdigit() else [_word_case(w, languages) for w in _segment(chunk, languages)]
    words = [w.lower() if i and w.lower() in _LOWER_IN_NAMES else w for i, w in enumerate(words)]
    return " ".join(words) or None


def site_slogan(name: str, url: str | None) -> bool:
    """A page's site name that is the site's slogan or a piece of its title, not its name: it reads like
    a phrase ("Expert advice for weekend sailors", "Recipes under 10 minutes. Reviews") or a copyright
    notice ("Copyright 2014"), and shares no word with the site's domain. The domain then names the outlet.
    A digit alone makes no phrase: brands hold them ("Channel 5 Lenholm"). A list of sections
    ("News | Sports | Weather") is no name either."""
    if len(re.split(r"\s*\|\s*", name)) >= 3:
        return bool(url)  # "News | Sports | Weather": the site's menu of sections, not its name
    words = name.split()
    phrase = bool(re.search(r"[.!?;]\s|[.!?]$|^(?:©|\(c\)|copyright\b)", name, re.I)) or any(
        w[:1].islower() and w.lower() not in _NAME_JOINERS for w in words[1:])
    if not phrase or not url:
        return False
    label = site_key(registered_label(urlsplit(url if "://" in url else "http://" + url).hostname or "") or "")
    return bool(label) and not any(len(k) >= 4 and (k in label or label in k) for k in map(site_key, words + [name]))


def outlet_name(value: str) -> str:
    """An outlet as a container named it: domains become names, names stay as written."""
    value = " ".join(value.split())
    if re.fullmatch(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", value, re.I):
        return site_name(value) or value
    return value
