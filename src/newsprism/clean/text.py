"""Scraped plain text, line by line: every line gets exactly one role of records.ROLES and a reason.

The layout of a scraped page is read from structure, not from any page's wording:

1. the comment section: from the first comment-section marker after the article has begun (where
   its main block of running text begins) ("Leave a Reply", "MAKE A COMMENT", "Notify of", a bare
   "Comments" heading confirmed by a form or a comment header just below, "Name on <date> said:")
   to the end; a "Comments" link between share buttons is the share bar's, not a heading;
2. lines that are furniture wherever they stand: share widgets, ratings, captions and photo
   credits, "Source: X" lines, bylines and "Name, Affiliation" credit lines, datelines, copyright,
   tags, promos, navigation and breadcrumb trails;
3. the article's main block: the run of lines whose scores add up to the most, where running text
   adds its words and menu items, link headlines and furniture take a little away; on pasted page
   text (a whole page copied) the menus, link lists, cookie notes and footers fall outside it, and a list
   of other stories' teasers (a summary under a kicker, a headline, a writer, three times or more) no
   longer carries it past the article's text;
4. the title (headline.py): where the article's head has credits (a byline, a dateline) near its text, the
   title-like line just above them (past a standfirst, a comment count, an unlabelled author line or a
   caption; the copy printed twice; a sentence-case line under a headline-cased one is a standfirst);
   else the nearest title-like line of four words or more just above the main block (else the first
   title-like line at the top, or the line matching the container's title); later copies of it are
   set aside. The published date is the one in the article's head (headline to first lines of text)
   before the page's other dates; an "Updated ..." line comes last;
5. the body: the main block, from its first running line to its last; short lines in between are
   section headings; right after it, closing sentences ("Long live ...!") stay, while signature
   lines ("Name / Outlet 2021."), short lines and running text outside the block are set aside.

Invariant: `[s.text for s in layout.segments] == text.splitlines()`.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from newsprism.clean.boilerplate import (author_note_reason, caption_reason, comment_marker, form_reason,
                                         furniture_reason, rating_reason, widget_strength)
from newsprism.clean.comments import _SAYS, _date_header, _is_author, parse_comment_section
from newsprism.clean.dates import DateReading, foreign_dateline, read_dates
from newsprism.clean.metadata import (Opener, _is_name_like, byline_of, credit_line_of, not_a_person,
                                     outlet_of_affiliation, paragraph_opener, source_line_outlet,
                                     split_title_suffix)
from newsprism.clean.headline import headline_above_credits, title_line
from newsprism.clean.lines import SENTENCE_END as _SENTENCE_END
from newsprism.clean.lines import is_prose as _is_prose
from newsprism.clean.lines import is_title_like as _is_title_like
from newsprism.clean.lines import next_nonblank as _next_nonblank
from newsprism.clean.lines import norm as _norm
from newsprism.clean.lines import prev_nonblank as _prev_nonblank
from newsprism.clean.lines import words as _words
from newsprism.records import Comment, Segment

# "Lenholm Gazette staff" alone on its line (a short line ending in "staff"): read as "By Lenholm Gazette staff"
_STAFF_LINE = re.compile(r"^[A-Z][^.!?:;]{2,60}\s(?:staff|Staff|STAFF)$")

_DATE_WORDS = {"published", "updated", "posted", "on", "at", "last", "modified", "date", "created", "time", "am", "pm",
               "by", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "ist", "msk", "a", "m", "p",
               "veröffentlicht", "aktualisiert", "publié", "mis", "jour", "le", "publicado", "actualizado", "el",
               "pubblicato", "il", "am", "um", "uhr", "h",
               # date labels: "Datum 25.01.2022", "Stand: 25.01.2022", "Fecha: ...", "Dated ..."
               "dated", "datum", "stand", "fecha", "data", "erschienen", "gepubliceerd", "op",
               # a reading time printed beside the date: "Nov 3, 2022 at 6:46 pm ET • 2 min read"
               "min", "mins", "read"}
_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised|aktualisiert|mis à jour|actualizado|aggiornato)\b"
                      r"(?:\s+(?:on|at|am|le|el|il))?\W*$", re.I)
# A line that announces its date ("Posted by admin on ...", "Published: ..."): lower-case handles may stand in it.
_DATE_LEAD = re.compile(r"^\W*(?:posted|published|updated|written|submitted|veröffentlicht|publié|publicado|pubblicato)\b",
                        re.I)


@dataclass(frozen=True)
class DateFound:
    reading: DateReading
    found: str  # "dateline", "byline line", "paragraph dateline"
    line: int = -1  # the line it stands on


@dataclass(frozen=True)
class TextLayout:
    segments: tuple[Segment, ...]
    title: str | None
    byline: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    comments: tuple[Comment, ...]
    dates: tuple[DateFound, ...]  # candidates for the published date, best first
    outlets: tuple[tuple[str, str], ...]  # (outlet, where found), best first
    opener: Opener | None = None


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# furniture that stands inside a list of links without ending it: its own promo headings, a teaser's age or
# counter, a media label, the list's "View all", legal links and a newsletter box among them
_LIST_FURNITURE = ("related links / promotion", "page furniture: relative time stamp", "media label",
                   "navigation: list link", "footer links", "newsletter sign-up")


_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WIDE_END = ("。", "！", "？", "」", "』")
_CLAUSE_MARK = re.compile(r"[.,;:!?]\s|[、，。]")


def _size(text: str) -> int:
    """Words in a line; in scripts written without spaces (Chinese, Japanese), two characters count as one."""
    return max(_words(text), len(_WIDE.findall(text)) // 2)


def _block_score(text: str, furniture: bool = False) -> int:
    """What a line adds to the article's main block: running text adds its words; menu items, link
    headlines and furniture take a little away (a whole menu or footer takes a lot away)."""
    if not text:
        return 0
    if furniture:
        return -2
    n = _size(text)
    if n < 25 and _is_signature(text):  # "Name / Outlet 2021.": a credit, not a sentence
        return -1
    if n >= 4 and (text.endswith(_SENTENCE_END[:5] + _WIDE_END) or _QUOTED_SENTENCE_END.search(text)) \
            and (n >= 8 or not _is_title_like(text)):
        return n  # a short question or exclamation is a headline more often than a paragraph
    if n >= 25 and _CLAUSE_MARK.search(text) and not _flat_menu(text):
        return n  # a long paragraph that lacks its final period; without any mark, a tag cloud or a flat menu
    return -1 if n >= 4 else -3


_SENTENCE_BREAK = re.compile(r"[.;]\s")
# a paragraph closing a quotation ('… already.”', '… home?’'): a sentence's end inside curly quotes
_QUOTED_SENTENCE_END = re.compile(r"[.!?…][”’]$")


def _flat_menu(text: str) -> bool:
    """A menu copied as one line ("News Tech Science & Space Forums Videos … About Us More"): nearly every word
    capitalised, no comma and no sentence break, however long (a list of names in running text has commas)."""
    if "," in text or _SENTENCE_BREAK.search(text):
        return False
    words = [w for w in text.split() if re.search(r"[^\W\d_]", w)]
    return bool(words) and sum(1 for w in words if w.lstrip("\"“‘'(")[:1].isupper()) >= 0.85 * len(words)


def _main_block(scores: list[int]) -> tuple[int, int] | None:
    """(first, last) line of the run of lines whose scores add up to the most: the article's main text
    among a pasted page's menus, link lists and footers (the maximum-sum run; None when no line adds)."""
    best, best_span = 0, None
    total, start = 0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    if best_span is None:
        return None
    first, last = best_span
    while scores[first] <= 0:
        first += 1
    return first, last


_TEASER_WORDS = 80  # a teaser's summary: one or a few sentences
_TEASER_HEAD = (2, 8)  # short lines above a teaser's summary: a kicker, the headline, a writer, a section
_TEASER_RUN = 3


def _teaser_summaries(stripped: list[str], scores: list[int], role: list[str | None]) -> set[int]:
    """Lines that read as the summaries of a list of other stories: a paragraph of at most 80 words with no running
    text right after it, under two to eight short lines (a kicker, the teaser's headline, its writer, a section
    label), three or more such in a row. An article's one-paragraph sections have one heading each; lines without
    a letter ("___") do not count, and a question of at most 20 words is a headline's shape, not running text."""
    free = [i for i in range(len(scores)) if role[i] is None and scores[i] != 0 and re.search(r"[^\W_]", stripped[i])]
    running = {i: scores[i] > 0 and not (stripped[i].endswith(("?", "!")) and _words(stripped[i]) <= 20
                                          and _is_title_like(stripped[i])) for i in free}
    lone: list[int] = []  # positions in `free`
    last_running: int | None = None
    for k, i in enumerate(free):
        if not running[i]:
            continue
        above = k - last_running - 1 if last_running is not None else k
        last_running = k
        alone = k + 1 == len(free) or not running[free[k + 1]]
        if alone and scores[i] <= _TEASER_WORDS and _TEASER_HEAD[0] <= above <= _TEASER_HEAD[1]:
            lone.append(k)
    runs: list[list[int]] = []
    for k in lone:
        if runs and k - runs[-1][-1] <= _TEASER_HEAD[1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return {free[k] for run in runs if len(run) >= _TEASER_RUN for k in run}


def _trim_block(block: tuple[int, int], scores: list[int]) -> tuple[int, int]:
    """The main block without a head or a tail that adds nothing once teasers' summaries count for nothing: a list of
    other stories under the article (or above it) no longer carries the block past the article's own text."""
    first, last = block
    best, total, end = None, 0, first
    for i in range(first, last + 1):
        total += scores[i]
        if best is None or total > best:
            best, end = total, i
    best, total, start = None, 0, end
    for i in range(end, first - 1, -1):
        total += scores[i]
        if best is None or total > best:
            best, start = total, i
    return (start, end) if best is not None and best > 0 else block


def dateline_reading(line: str, now: str | None = None, foreign: bool = True) -> DateReading | None:
    """The publication date of a line that is little more than a date ("16.02.2018, Brussel.",
    "Published 7 October 2025, 16:52 · Updated ..."), or None for any other line."""
    stripped = line.strip()
    # separators ("|", "•") are not words: "Published <date> | Updated <date>" is a dateline
    if sum(1 for w in stripped.split() if re.search(r"\w", w)) > 16 or not any(ch.isdigit() for ch in stripped):
        return None
    # a year glued to the time by the copy ("March 3, 20229:12 AM"): the two were printed apart
    stripped = _GLUED_YEAR.sub(r"\1 ", stripped)
    readings = read_dates(stripped, now=now)
    if not readings:
        # "le 3 mars 2022 à 08h15", "3. März 2022, 08:15 Uhr" (through dateparser, when asked: it is slow)
        return foreign_dateline(stripped, now=now) if foreign else None
    residual = stripped
    for reading in reversed(readings):
        residual = residual[:reading.start] + " " + residual[reading.end:]
    words = re.findall(r"[^\W\d_][\w'’.-]*", residual)
    extra = [w for w in words if w.lower().strip(".") not in _DATE_WORDS]
    announced = bool(_DATE_LEAD.match(stripped)) and _words(stripped) <= 12
    lower = [w for w in extra if not w[:1].isupper()]
    if len(extra) > 4 and not lower and _date_then_names(stripped, readings[0]):
        return readings[0]
    if len(extra) > 4 or lower and not (announced and len(extra) <= 2):
        return _dateline_part(stripped, now)  # a sentence with a date in it, not a dateline
    for reading in readings:
        if not _UPDATED.search(stripped[max(0, reading.start - 25):reading.start]):
            return reading
    return readings[0]


def _date_then_names(line: str, reading: DateReading) -> bool:
    """A line that opens with a whole date and goes on with capitalised words only, a writer and categories
    ("13/06/2024 Dana Whitfield News, Books, Reviews"): the article's credits, not a headline."""
    rest = line[reading.end:]
    return reading.start == 0 and reading.precision in ("day", "time") and _words(rest) <= 10 \
        and not rest.rstrip().endswith(_SENTENCE_END[:3])


_GLUED_YEAR = re.compile(r"(,\s*(?:19|20)\d{2})(?=[0-2]?\d:[0-5]\d)")
# "|", "•" between a dateline's parts; "/" before a comment count, a category or the writer
# ("March 3, 2022/0 Comments/in Harbour News/by admin")
_PART_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s*/(?=\s*(?:\d+\s+comments?|in|by)\b)", re.I)
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")


def _dateline_part(line: str, now: str | None) -> DateReading | None:
    """The date of a line of short parts set apart by "|" or "•" where one part is wholly a date:
    "Blog › Harbour • March 3, 2022", "March 3, 2022 at 9:12 AM | categories: Ferries | 4 Comments"; with
    dashes between the parts, only when the date opens the line ("03/05/2022 - Posted by: X - Category: Y"),
    as "Storm hits the coast - March 3, 2022" is a headline."""
    for separator, first_only in ((_PART_SEPARATOR, False), (_DASH_SEPARATOR, True)):
        parts = separator.split(line)
        if len(parts) < 2 or any(_words(part) > 8 or part.rstrip().endswith(".") for part in parts):
            continue
        start = 0
        for part in parts[:1] if first_only else parts:
            at = line.index(part, start)
            start = at + len(part)
            reading = dateline_reading(part, now, foreign=False)
            if reading is not None:
                return dataclasses.replace(reading, start=reading.start + at, end=reading.end + at)
    return None


# "Monday 5:30PM", "Yesterday 9:12 am": a page that dates its articles by the day of the week and the hour
_WEEKDAY_TIME = re.compile(r"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|yesterday)\.?,?\s+"
                           r"(?:at\s+)?[0-2]?\d(?:[:.][0-5]\d)?\s*[ap]\.?m\.?$", re.I)


def _by_over_a_name(stripped: list[str], i: int) -> bool:
    """A bare "By" over a name on the next line ("By" / "Mara Quist"): the byline's label, printed apart."""
    if stripped[i].lower() != "by":
        return False
    k = _next_nonblank(stripped, i)
    return k is not None and 2 <= _words(stripped[k]) <= 4 and _is_name_like(stripped[k], max_words=4) \
        and not not_a_person(stripped[k])


def _comment_start(stripped: list[str], now: str | None) -> int:
    """Index of the line that opens the comment section (len(lines) when there is none).

    The article begins where its main block of running text begins: on a pasted page a cookie note or
    a teaser above the article is not where the comment links of the share bar stop being furniture."""
    n = len(stripped)
    first_prose = next((i for i, t in enumerate(stripped) if t and _words(t) >= 8), n)
    block = _main_block([_block_score(t, bool(t) and _is_furniture_line(t)) for t in stripped])
    if block is not None:
        first_prose = max(first_prose, block[0])
    for i in range(first_prose + 1, n):
        text = stripped[i]
        if not text:
            continue
        strength = comment_marker(text)
        if strength and (_in_share_bar(stripped, i, text) or _NO_COMMENTS.match(text)):
            continue
        if strength == "strong" or _says_header(stripped, i, now):
            return i
        if strength == "weak":
            ahead = [t for t in stripped[i + 1:] if t][:4]
            if not ahead or any(comment_marker(t) or form_reason(t) or dateline_reading(t, now) for t in ahead):
                return i
    return n


# "0 Comments": a count in the article's credits bar; a section that holds no comment opens at its form, if anywhere
_NO_COMMENTS = re.compile(r"^\s*(?:0|no)\s+(?:comments?|responses?|replies)\s*:?\s*$", re.I)
_SAID_AT_END = re.compile(r"\b(?:says|said|wrote|replied|commented)\s*:?\s*$", re.I)
_COMMENT_COUNT = re.compile(r"^\s*(?:\d+\s+)?comments?\s*(?:\(\s*\d+\s*\))?\s*:?\s*$", re.I)


def _in_share_bar(stripped: list[str], i: int, text: str) -> bool:
    """A bare "Comments" / "12 Comments" between share buttons is a link of the share bar, not the
    heading of the comment section."""
    if not _COMMENT_COUNT.match(text):
        return False
    near = [j for j in (_prev_nonblank(stripped, i), _next_nonblank(stripped, i)) if j is not None]
    return any(widget_strength(stripped[j]) == "strong" for j in near)


def _is_furniture_line(text: str) -> bool:
    return bool(widget_strength(text) == "strong" or furniture_reason(text) or comment_marker(text)
                or form_reason(text) or rating_reason(text))


def _says_header(stripped: list[str], i: int, now: str | None) -> bool:
    """"Name says:" with a date on one of the next two lines, or "Name on <date> said:" on one line: a
    reader comment's header, even without any heading above the comment section."""
    if _SAID_AT_END.search(stripped[i]) and len(stripped[i]) <= 100:
        header = _date_header(stripped[i], now, None)
        if header is not None and header.author:
            return True
    said = _SAYS.match(stripped[i])
    if not said or not _is_author(said.group("name")):
        return False
    ahead = [t for t in stripped[i + 1:] if t][:2]
    return any(_date_header(t, now, None) for t in ahead)


def _sole_line(stripped: list[str]) -> int | None:
    """The index of the text's only non-blank line, or None when it has none or several."""
    filled = [i for i, t in enumerate(stripped) if t.strip(_INVISIBLE).strip()]
    return filled[0] if len(filled) == 1 else None


def layout_text(text: str, now: str | None = None, hint_title: str | None = None,
                one_line_body: bool = True) -> TextLayout:
    """Read the layout of a scraped text. `now` is the fetch time (dates after it are implausible).
    `one_line_body`: a text of one line is its own body (False for a page's text lines, whose one line is
    its <title>)."""
    lines = text.splitlines()
    stripped = [line.strip() for line in lines]
    n = len(lines)
    role: list[str | None] = [None] * n
    reason: list[str] = [""] * n
    captions: list[str] = []
    outlets: list[tuple[str, str]] = []
    dates: list[DateFound] = []
    bylines: list[str] = []
    editors: list[str] = []
    credits: list[str] = []  # "Name, Affiliation" lines: the writer, or a photographer: named last

    for i, t in enumerate(stripped):
        if not t:
            role[i], reason[i] = "removed", "blank line"

    cstart = _comment_start(stripped, now)

    # 2. furniture that is furniture wherever it stands
    weak: set[int] = set()
    byline_label_at: int | None = None
    for i in range(cstart):
        t = stripped[i]
        if not t:
            continue
        strength = widget_strength(t)
        if strength == "strong":
            role[i], reason[i] = "removed", "share widget"
            continue
        if _by_over_a_name(stripped, i):
            role[i], reason[i] = "byline", "byline"
            byline_label_at = i
            continue
        if _NO_COMMENTS.match(t):  # "0 Comments" in the credits bar: a count, whatever its neighbours
            role[i], reason[i] = "removed", "comment count / link"
            continue
        # "BY:" is a byline label and "Home" a menu word, whatever their neighbours
        if strength == "weak" and byline_of(t) is None and not furniture_reason(t):
            weak.add(i)
            continue
        if rating_reason(t):
            role[i], reason[i] = "removed", "rating widget"
            continue
        cap = caption_reason(t)
        if cap:
            role[i], reason[i] = "caption", cap
            captions.append(" ".join(t.split()))
            continue
        outlet = source_line_outlet(t)
        if outlet:
            role[i], reason[i] = "removed", "source line (names the outlet)"
            outlets.append((outlet, "source line"))
            continue
        by = byline_of(t)
        if by is not None:
            role[i], reason[i] = "byline", "credit line" if by.credit else "byline"
            if by.name:
                (editors if by.editor else bylines).append(by.name)
                if outlet := outlet_of_affiliation(by.affiliation):  # "By Dana Whitfield, Lenholm Gazette"
                    outlets.append((outlet, "byline"))
            else:
                byline_label_at = i
            if by.date_text:
                reading = dateline_reading(by.date_text, now)
                if reading is None:  # "By X Nov 8, 2023 Share this:": the date right after the name
                    reading = next(iter(read_dates(by.date_text, now=now)), None)
                    reading = reading if reading is not None and reading.start == 0 else None
                if reading:
                    dates.append(DateFound(reading, "byline line", i))
            continue
        if byline_label_at is not None and i == _next_nonblank(stripped, byline_label_at) and _words(t) <= 6 \
                and not _is_prose(t):
            if not_a_person(t):  # "Author:" over "The Daily Brief": the credit's line, but no person's name
                role[i], reason[i] = "byline", "byline (organisation below its label)"
            else:
                role[i], reason[i] = "byline", "byline (name below its label)"
                bylines.append(t)
            continue
        credited = credit_line_of(t)
        if credited:
            role[i], reason[i] = "byline", "credit line (name, affiliation)"
            credits.append(credited)
            if outlet := outlet_of_affiliation(t.partition(",")[2]):  # "Dana Whitfield, Lenholm Gazette"
                outlets.append((outlet, "byline"))
            continue
        staff = byline_of(f"By {t}") if _STAFF_LINE.match(t) else None
        if staff is not None and staff.affiliation:  # "Lenholm Gazette staff": the outlet's own credit
            role[i], reason[i] = "byline", "byline (the outlet's staff)"
            credits.append(staff.name)
            outlets.append((staff.affiliation, "byline"))
            continue
        reading = dateline_reading(t, now)
        if reading:
            role[i], reason[i] = "dateline", "dateline"
            # "Updated: March 3, 2022" alone on its line: the article's date is the published one
            update = bool(_UPDATED.search(t[max(0, reading.start - 25):reading.start]))
            dates.append(DateFound(reading, "updated line" if update else "dateline", i))
            continue
        if _WEEKDAY_TIME.match(t):  # the article's credits, though no date can be read from them
            role[i], reason[i] = "dateline", "dateline (day and time only)"
            continue
        furn = furniture_reason(t)
        if furn:
            role[i], reason[i] = "removed", furn
            continue
        if comment_marker(t):
            role[i], reason[i] = "removed", "comment count / link"
            continue

    # weak widget words ("X", "Email") count only in a run beside other widget lines
    for i in sorted(weak):
        prev_i, next_i = _prev_nonblank(stripped, i), _next_nonblank(stripped, i)
        near = [j for j in (prev_i, next_i) if j is not None]
        if any(reason[j] == "share widget" or j in weak for j in near):
            role[i], reason[i] = "removed", "share widget"
    for i in sorted(weak, reverse=True):  # a second pass reaches runs that start with weak words
        if role[i] is None:
            near = [j for j in (_prev_nonblank(stripped, i), _next_nonblank(stripped, i)) if j is not None]
            if any(reason[j] == "share widget" for j in near):
                role[i], reason[i] = "removed", "share widget"

    # "Name Surname" over "1 day ago": the article's credits on a page that dates it by its age
    for i in range(cstart):
        k = _prev_nonblank(stripped, i)
        if reason[i] == "page furniture: relative time stamp" and k is not None and role[k] is None \
                and 2 <= _words(stripped[k]) <= 4 and _is_name_like(stripped[k], max_words=4) \
                and not not_a_person(stripped[k]):
            role[i], reason[i] = "dateline", "dateline (age, under the writer's name)"

    # headlines listed under a promo heading ("Related articles", "More from ...", "Most read") are links,
    # not paragraphs, however long: up to the next line that ends a sentence
    for i in range(cstart):
        if reason[i] != "related links / promotion" or _words(stripped[i]) > 6 or re.search(r"[:|»>]\s*\S", stripped[i]):
            continue
        for j in range(i + 1, min(cstart, i + 25)):
            t = stripped[j]
            if not t:
                continue
            # the list ends at a sentence or a line introducing what follows ("Here are the highlights:"), and
            # at furniture of another kind (a menu's share icons, a tag list, a byline): past it stands the
            # page's next part, perhaps the article's own headline
            if role[j] is not None and reason[j] not in _LIST_FURNITURE \
                    or t.endswith(_SENTENCE_END[:5]) and not _cut_off(t) \
                    or _words(t) > 25 or t.endswith(":") and _words(t) >= 3:
                break
            if role[j] is None:
                role[j], reason[j] = "removed", "related link (under a promo heading)"

    # 3. the article's main block: the run of lines with the most running text (menus, link lists,
    # footers and cookie notes of a pasted page fall outside it)
    free = [i for i in range(cstart) if role[i] is None]
    scores = [0 if not stripped[i] or role[i] in ("caption", "byline", "dateline")
              else _block_score(stripped[i], furniture=role[i] is not None) for i in range(cstart)]
    block = _main_block(scores)
    teasers = _teaser_summaries(stripped, scores, role)
    if block is not None and teasers:
        block = _trim_block(block, [0 if i in teasers else score for i, score in enumerate(scores)])
    first_body, last_body = block if block else (None, None)

    # 4. the title: the headline stands just above the article's text, under the page's menus
    title: str | None = None
    title_at: int | None = None
    above = [i for i in free if first_body is None or i < first_body]
    if hint_title:
        target = _norm(hint_title)
        title_at = next((i for i in reversed(above) if target and _norm(stripped[i]) == target), None)
        if title_at is None:
            title_at = next((i for i in free[:8] if target and _norm(stripped[i]) == target), None)
        title = hint_title.strip()
    else:
        title_at, head_end = headline_above_credits(stripped, role, reason, first_body)
        if title_at is None:
            title_at = title_line(stripped, above, first_body)
        elif first_body is not None and head_end >= first_body:
            # the block took the headline (and its credits) for its opening lines: the text begins below them
            first_body = next((i for i in range(head_end + 1, last_body + 1) if role[i] is None and stripped[i]
                               and i != title_at), None)
            if first_body is None:
                first_body, last_body = None, None
                block = None
        if title_at is not None:
            title, suffix_outlet = split_title_suffix(stripped[title_at].lstrip("#").strip())
            if suffix_outlet:
                outlets.append((suffix_outlet, "title"))
    # a text of one line (a one-sentence dispatch, a pasted headline) is its own body, and its title too:
    # set aside as the title it left no text, and the input was refused
    sole = _sole_line(stripped) if one_line_body else None
    if title_at is not None and title_at != sole:
        role[title_at], reason[title_at] = "title", "title"
    if title:
        key = _norm(title)
        for i in range(cstart):
            if role[i] is None and key and i != sole and _norm(stripped[i]) == key:
                role[i], reason[i] = "removed", "title repeated"

    # 5. the body: from the first to the last line of the main block; after it, closing sentences that
    # follow it directly stay, signature lines and everything else are set aside
    free = [i for i in range(cstart) if role[i] is None]
    if block is None:  # no running text at all: every free line is body (or the text is refused later)
        last_long = max((i for i in free if _words(stripped[i]) >= 8), default=-1)
        prose = [i for i in free if _is_prose(stripped[i]) and not (i > last_long and _is_signature(stripped[i]))]
        first_body = prose[0] if prose else None
        last_body = prose[-1] if prose else None
    closing = True
    after = 0  # lines after the main block so far: a credit line names the outlet only right after the text
    for i in free:
        t = stripped[i]
        if last_body is not None and i > last_body:
            after += 1
        if first_body is None:
            role[i], reason[i] = "body", "paragraph"
        elif i < first_body:
            role[i], reason[i] = "removed", ("text before the article's main block" if _is_prose(t)
                                             else "short line before the article text")
        elif i <= last_body:
            heading = not _is_prose(t) and not t.endswith(_SENTENCE_END[:5])
            role[i], reason[i] = "body", "section heading" if heading else "paragraph"
        elif _is_signature(t):
            role[i], reason[i] = "removed", "signature line"
            # the article's own credit line stands right after its text ("Name / Outlet 2021."); further down a
            # pasted page's menus, teasers and footers ("Elections 2020", "© 2021 Owner Inc") name no outlet
            outlet = _signature_outlet(t) if closing and after <= _SIGNATURE_REACH else None
            if outlet:
                outlets.append((outlet, "signature line"))
        elif closing and t.endswith(_SENTENCE_END[:5]) and _words(t) < 8:
            role[i], reason[i] = "body", "closing line"
        else:
            closing = False
            role[i], reason[i] = "removed", ("text after the article's main block" if _is_prose(t)
                                             else "short line after the article text")

    for i in teasers:  # the summaries the trimmed block left out: a list of other stories, not stray text
        if reason[i] in ("text before the article's main block", "text after the article's main block"):
            reason[i] = "teaser (summary in a list of other stories)"
    _set_aside_copies_and_teasers(stripped, role, reason)
    _set_aside_dated_teasers(stripped, role, reason)

    # 6. the comment section
    comments: tuple[Comment, ...] = ()
    if cstart < n:
        section = parse_comment_section(lines[cstart:], now=now, not_before=_first_day(dates))
        for offset, (r, why) in enumerate(section.lines):
            role[cstart + offset], reason[cstart + offset] = r, why
        comments = section.comments

    # a line of zero-width characters only (a layout's spacer) is no paragraph; it stays out of the body
    # (set aside only now: as a short line it still bounds the main block, as it did before)
    for i in range(n):
        if role[i] == "body" and not stripped[i].strip(_INVISIBLE).strip():
            role[i], reason[i] = "removed", "blank line (zero-width characters only)"

    paragraphs = tuple(" ".join(stripped[i].split()) for i in range(n) if role[i] == "body")
    opener = paragraph_opener(paragraphs[0]) if paragraphs else None
    if opener and opener.outlet:
        outlets.append((opener.outlet, "dateline"))
    if opener and opener.date_text:
        for reading in read_dates(opener.date_text, now=now):
            if reading.iso:
                dates.append(DateFound(reading, "paragraph dateline",
                                       next((i for i in range(n) if role[i] == "body"), -1)))
            break

    segments = tuple(Segment(role=role[i] or "body", text=lines[i], reason=reason[i]) for i in range(n))
    byline = "; ".join(dict.fromkeys(bylines or editors or credits)) or None
    order = {"dateline": 0, "byline line": 1, "paragraph dateline": 2}
    head = [i for i in (title_at, first_body) if i is not None]
    body_lines = [i for i in range(n) if role[i] == "body"]
    if head and body_lines:
        # the article's head: from its headline to its first lines of text (credits, datelines, the
        # opening paragraph's dateline); a date there is the article's, while a page's other dates
        # (today's date in the masthead, teasers' and comments' dates) stand further away
        top, bottom = min(head) - 3, body_lines[0] + 3
        dates.sort(key=lambda d: (d.found == "updated line", 0 if top <= d.line <= bottom else 1,
                                  order.get(d.found, 9)))
    else:
        dates.sort(key=lambda d: order.get(d.found, 9))  # stable: within a kind, the first line wins
    return TextLayout(segments, title, byline, paragraphs, tuple(captions), comments, tuple(dates), tuple(outlets),
                      opener)


_CUT_OFF = re.compile(r"(?:\w|[’'\"”)])\s?(?:\.\.\.|…)$")


def _cut_off(text: str) -> bool:
    """A headline cut short by a teaser list ("Ferry crews vote to strike over night-shift…"): at most 20 words,
    ending with an ellipsis right after a word."""
    return _words(text) <= 20 and bool(_CUT_OFF.search(text))


def _set_aside_copies_and_teasers(stripped: list[str], role: list[str | None], reason: list[str]) -> None:
    """Body lines that are no part of the article's text, read from their neighbours:
    - a line printed twice (a teaser's headline under its link and its label, a caption under the picture and
      in the gallery): the copy, when the same line stands among the two lines above it;
    - a run of three or more headlines cut short ("...", "…"): a list of other stories;
    - a note on the writer ("Name is a staff writer at ...") among the body's last three lines (higher up, such
      a sentence is as likely the news: a journalist detained, a writer interviewed)."""
    lines = [i for i, t in enumerate(stripped) if t]
    body = [i for i in lines if role[i] == "body"]
    for k, i in enumerate(lines):
        if role[i] != "body" or _words(stripped[i]) < 4 or "\t" in stripped[i]:
            continue
        key = _norm(stripped[i])
        if any(_norm(stripped[j]) == key for j in lines[max(0, k - 2):k]):
            role[i], reason[i] = "removed", "line printed twice (the copy)"
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and _cut_off(stripped[lines[end]]):
            end += 1
        if end - k >= 3:
            for i in lines[k:end]:
                if role[i] == "body":
                    role[i], reason[i] = "removed", "teaser (headline cut off)"
        k = max(end, k + 1)
    for i in body[max(len(body) // 2, len(body) - 3):]:
        if role[i] == "body" and _words(stripped[i]) <= 40 and author_note_reason(stripped[i]):
            role[i], reason[i] = "removed", "note on the writer"


_AGE_STAMP = "page furniture: relative time stamp"


def _set_aside_dated_teasers(stripped: list[str], role: list[str | None], reason: list[str]) -> None:
    """Body lines between teasers' ages ("Headline" / "Summary." / "2H ago", three or more times): a list of other
    stories, each closed by its age stamp; the first teaser's lines stand above the first stamp. Only lines of at
    most 40 words, one or two between stamps (an article's text between two such stamps runs longer)."""
    lines = [i for i, t in enumerate(stripped) if t]
    stamps = [k for k, i in enumerate(lines) if reason[i] == _AGE_STAMP]
    runs: list[list[int]] = []
    for a, b in zip(stamps, stamps[1:]):
        between = lines[a + 1:b]
        if 1 <= len(between) <= 2 and all(_words(stripped[i]) <= 40 and role[i] in ("body", "removed") for i in between):
            if runs and runs[-1][-1] == a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    for run in runs:
        if len(run) < 3:
            continue
        first_gap = run[1] - run[0] - 1
        for k in range(max(0, run[0] - first_gap), run[-1]):
            i = lines[k]
            if role[i] == "body" and _words(stripped[i]) <= 40:
                role[i], reason[i] = "removed", "teaser (above its age stamp)"


def _first_day(dates: list[DateFound]) -> str | None:
    for found in dates:
        if found.reading.iso and found.reading.precision in ("day", "time"):
            return found.reading.iso[:10]
    return None


_SIGNATURE_YEAR = re.compile(r"(?:©|\(c\)|\b(?:19|20)\d{2}\b)", re.I)


def _is_signature(text: str) -> bool:
    """A short credit line after the article: "Name / Outlet 2021.", "© 2021 Outlet"."""
    if _words(text) > 10 or not _SIGNATURE_YEAR.search(text):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text)]
    if not words:
        return True
    return sum(1 for w in words if w[:1].isupper()) / len(words) >= 0.75


_SIGNATURE_REACH = 2  # the credit line is the first or second line after the article's text
# what a menu, a teaser, an offer or a copyright notice holds, and an outlet's name never does
_NOT_OUTLET = re.compile(r"[»«›‹\"“”„<>%$€£¥#:?!]|\d|\b(?:copyright|rights|reserved|inc|llc|ltd|corp(?:oration)?|"
                         r"save|price|deals?|offers?|subscribe|sign|click|read|watch|more|prev(?:ious)?|next|"
                         r"shop|buy|login|log)\b", re.I)
_GLUED_PROMPT = re.compile(r"\b(?:[Pp]rev(?:ious)?|[Nn]ext|[Mm]ore|[Rr]ead|[Ww]atch)(?=[A-Z])")  # "PrevPreviousTitle"


def _signature_outlet(text: str) -> str | None:
    """The publisher a signature line names: the last of "Source / Publisher 2021.". Only a name: a short
    run of capitalised words without prices, quotes, arrows, digits, copyright or prompt words."""
    body = _SIGNATURE_YEAR.sub(" ", text)
    parts = [p.strip(" .,-–—|") for p in re.split(r"\s*[/|]\s*", body)]
    parts = [" ".join(p.split()) for p in parts if re.search(r"[^\W\d_]{2,}", p)]
    if not parts or _NOT_OUTLET.search(parts[-1]) or _GLUED_PROMPT.search(parts[-1]) or not _is_name_like(parts[-1], max_words=5):
        return None
    return parts[-1]
