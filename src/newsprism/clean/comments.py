"""A comment section, line by line: form furniture set aside, each reader comment with its author and date.

A comment starts at a header (an author line, a date line, or "Name on March 3, 2021 at 5:00 pm");
the lines after it are its text until the next header. Without headers every line is a comment of
its own. Comment dates are resolved on their own terms (never before the article, never after the
fetch); when they cannot be read without guessing, the date is kept as written.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.clean.boilerplate import (comment_marker, form_reason, furniture_reason, rating_reason,
                                         widget_strength)
from newsprism.clean.dates import read_dates
from newsprism.records import Comment

_HEADER_WORDS = {"at", "on", "um", "le", "am", "pm", "a", "m", "p", "says", "said", "wrote", "posted", "edited",
                 "replied", "reply", "commented", "ago", "utc", "gmt", "h"}
_RELATIVE = re.compile(r"(?:(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|yesterday|today|just now)"
                       r"\s*$", re.I)
_SAYS = re.compile(r"^(?P<name>.{1,60}?)\s+(?:says|said|wrote|replied|commented)\s*:?\s*$", re.I)
_HANDLE = re.compile(r"^@?[\w.\-]{2,30}$")


@dataclass(frozen=True)
class _Header:
    author: str | None
    date: str | None  # ISO when resolved, else the date as written


def _is_author(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 60 or len(text.split()) > 5 or text.endswith(("?", "!", ",", ";")) \
            or text.endswith(".") and not re.search(r"\b[^\W\d_]\.$", text):
        return False
    if _HANDLE.match(text):
        return True
    words = [w for w in text.split() if re.search(r"[^\W\d_]", w)]
    return bool(words) and all(w[:1].isupper() or w.lower() in ("de", "van", "von", "al", "bin") for w in words)


def _date_header(line: str, now: str | None, not_before: str | None) -> _Header | None:
    """A line holding a comment's date (and maybe its author): "18-02-21 21:33", "Greta Holm 8 October 2025"."""
    stripped = line.strip()
    relative = _RELATIVE.search(stripped)
    if relative:  # "2 hours ago", "olek_b · 2 hours ago": the date as written, never resolved
        before = stripped[:relative.start()].strip(" |·•-–—,:")
        if not before:
            return _Header(None, stripped)
        if _is_author(before):
            return _Header(before, relative.group(0).strip())
    if len(stripped) > 100:
        return None
    readings = read_dates(stripped, now=now, not_before=not_before)
    if not readings:
        return None
    residual = stripped
    for reading in reversed(readings):
        residual = residual[:reading.start] + " " + residual[reading.end:]
    words = re.findall(r"[^\W\d_][\w.'’-]*", residual)
    extra = [w for w in words if w.lower().strip(".") not in _HEADER_WORDS]
    author = None
    if extra:
        before = stripped[:readings[0].start].strip(" |·•-–—,:")
        before = re.sub(r"\s+(?:on|at|am|le|um)$", "", before, flags=re.I).strip()
        # after the date only header words may follow: "Name on March 3, 2022 at 9:12 pm said:"
        after = [w.lower().strip(".:") for w in stripped[readings[-1].end:].strip(" |·•-–—,:").split()]
        if not before or len(extra) > 5 or not _is_author(before) or any(w not in _HEADER_WORDS for w in after):
            return None
        author = before
    first = readings[0]
    return _Header(author, first.iso or first.text)


@dataclass(frozen=True)
class CommentSection:
    lines: tuple[tuple[str, str], ...]  # (role, reason) for every input line
    comments: tuple[Comment, ...]


def parse_comment_section(lines: Sequence[str], now: str | None = None,
                          not_before: str | None = None) -> CommentSection:
    """Roles for the lines of a comment section and the reader comments they hold."""
    roles: list[tuple[str, str]] = []
    comments: list[list] = []  # [author, date, [texts]]
    open_header = False  # the last comment started at a header and may take text lines
    pending_author: str | None = None
    stripped = [line.strip() for line in lines]
    nonblank_after = [None] * len(lines)
    following = None
    for i in range(len(lines) - 1, -1, -1):
        nonblank_after[i] = following
        if stripped[i]:
            following = i
    for i, text in enumerate(stripped):
        if not text:
            roles.append(("removed", "blank line"))
            continue
        if comment_marker(text):
            roles.append(("removed", "comment section heading"))
            open_header = False
            continue
        reason = form_reason(text) or rating_reason(text) or furniture_reason(text)
        if reason is None and widget_strength(text) == "strong":
            reason = "share widget"
        if reason:
            roles.append(("removed", reason))
            continue
        header = _date_header(text, now, not_before)
        if header:
            author = header.author or pending_author
            if pending_author is not None and comments and comments[-1][0] == pending_author and not comments[-1][2]:
                comments[-1][1] = header.date
            else:
                comments.append([author, header.date, []])
            pending_author = None
            open_header = True
            roles.append(("comments", "reader comment: date"))
            continue
        said = _SAYS.match(text)
        nxt = nonblank_after[i]
        if said and _is_author(said.group("name")):
            comments.append([said.group("name").strip(), None, []])
            pending_author, open_header = said.group("name").strip(), True
            roles.append(("comments", "reader comment: author"))
            continue
        if _is_author(text) and nxt is not None and _date_header(stripped[nxt], now, not_before) \
                and _date_header(stripped[nxt], now, not_before).author is None:
            comments.append([text, None, []])
            pending_author, open_header = text, True
            roles.append(("comments", "reader comment: author"))
            continue
        pending_author = None
        if open_header and comments:
            comments[-1][2].append(text)
        else:
            comments.append([None, None, [text]])
        roles.append(("comments", "reader comment"))
    found = tuple(Comment(text="\n".join(texts), date=date, author=author)
                  for author, date, texts in comments if texts)
    return CommentSection(tuple(roles), found)
