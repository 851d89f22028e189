"""The headline of a scraped page: the title-like line above the article's credits (byline, dateline),
past standfirsts, captions and comment counts; else the nearest title-like line above its text."""
from __future__ import annotations

import re

from newsprism.clean.lines import SENTENCE_END, is_prose, is_title_like, next_nonblank, norm, prev_nonblank, words
from newsprism.clean.metadata import split_title_suffix


_CREDIT_ROLES = ("byline", "dateline")
_STATEMENT_END = (".", "…", "\"")  # a sentence's end, but for a question's or an exclamation's
_NAMES_ONLY = re.compile(r"[^\W\d_][\w'’.\-]*(?:,?\s+(?:(?:and|&)\s+)?[^\W\d_][\w'’.\-]*){1,11}")


def _capital_share(text: str) -> float:
    """The share of capitalised words after the first: headlines capitalise more than standfirsts do."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)[1:]
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


def _names_only(text: str) -> bool:
    """"Ana Roth Lenholm Press", "Ana Roth and Olek Brand": a line of capitalised names (an unlabelled
    byline), no lower-case word but "and"."""
    return bool(_NAMES_ONLY.fullmatch(text)) and all(w[:1].isupper() or w in ("and", "&")
                                                     for w in text.replace(",", " ").split())


def _counts_before_credits(stripped: list[str], role: list[str | None], j: int) -> bool:
    """Whether a line at the top of the main block counts against finding the article's credits below it:
    a headline's copy, an unlabelled author line ("Ana Roth"), page furniture and short menu lines
    (a search box's "Search form", "Home") stand between a headline and its credits without being text."""
    t = stripped[j]
    k = prev_nonblank(stripped, j)
    if k is not None and norm(stripped[k]) == norm(t):
        return False
    if role[j] is not None or words(t) < 4 and not t.endswith(SENTENCE_END[:5]):
        return False
    if is_title_like(t) and words(t) <= 20 and not t.endswith(_STATEMENT_END):
        return False  # the headline itself (perhaps a question), a kicker or a section label
    return not (_names_only(t) and words(t) <= 4)


def _credits_below(stripped: list[str], role: list[str | None], first_body: int) -> tuple[int | None, int]:
    """(credits, lines of text passed) under a standfirst, or under a headline the block took for text: the
    first credit line within the block's first lines, past at most two lines of text."""
    seen = scanned = 0
    for j in range(first_body, len(stripped)):
        if not stripped[j]:
            continue
        if role[j] in _CREDIT_ROLES:
            return j, seen
        scanned += 1
        if words(stripped[j]) > 60 or scanned > 12:
            break
        seen += _counts_before_credits(stripped, role, j)
        if seen > 2:
            break
    return None, seen


def _credits_above(stripped: list[str], role: list[str | None], reason: list[str], first_body: int, reach: int,
                   photo_credits: bool) -> int | None:
    """The credit line nearest above the text, within `reach` lines ("Name, Agency" lines only when asked)."""
    seen = 0
    for j in range(first_body - 1, -1, -1):
        if not stripped[j]:
            continue
        if role[j] in _CREDIT_ROLES and (photo_credits or not reason[j].startswith("credit line")):
            return j
        seen += 1
        if seen > reach:
            break
    return None


def headline_above_credits(stripped: list[str], role: list[str | None], reason: list[str],
                            first_body: int | None) -> tuple[int | None, int]:
    """(headline, last line of the article's head) when the article's head has credits: the headline is
    the title-like line just above the byline or the dateline nearest to the article's text (a kicker
    above it, a standfirst, a comment count, an unlabelled author line or a caption below it are
    skipped). Between two headline-like lines there: the one printed twice, else the nearer one, unless
    the nearer one is written in sentence case and the upper one capitalises clearly more (the nearer is
    then a standfirst). (None, -1) when the text has no credits near its start."""
    if first_body is None:
        return None, -1
    anchor, passed = _credits_below(stripped, role, first_body)
    if anchor is not None and passed:
        # past a standfirst or a caption: credits standing right above the text are the article's own
        anchor = _credits_above(stripped, role, reason, first_body, 3, photo_credits=False) or anchor
    for photo_credits in (False, True):  # "Name, Agency" lines credit a photo as often as the writer
        if anchor is None:
            anchor = _credits_above(stripped, role, reason, first_body, 40, photo_credits)
    if anchor is None:
        return None, -1
    head_end = anchor
    while True:  # the rest of the credits below the anchor ("By X" / "Published ...")
        k = next_nonblank(stripped, head_end)
        if k is None or role[k] not in _CREDIT_ROLES:
            break
        head_end = k
    candidates: list[int] = []
    steps = scanned = 0
    j = anchor
    while steps < 4 and scanned < 12:
        j = prev_nonblank(stripped, j)
        if j is None:
            break
        scanned += 1
        if role[j] in _CREDIT_ROLES:
            if candidates:
                break  # a dateline above the headline: what stands above it is a kicker or a menu
            continue
        if role[j] is not None and not reason[j].startswith("related link"):
            continue  # share buttons, ratings, captions
        steps += 1
        t = stripped[j].lstrip("#").strip()
        if not is_title_like(t) or is_prose(t) and t.endswith(SENTENCE_END[:5]) and not t.endswith(("?", "!")):
            # a headline in title case may end with a period ("Prices Fall. Why It Matters."); a standfirst is
            # written in sentence case
            if not (t.endswith(".") and 4 <= words(t) <= 20 and _capital_share(t) >= 0.6):
                continue
        if not candidates and _names_only(t) and words(t) <= 12:
            above, below = prev_nonblank(stripped, j), next_nonblank(stripped, j)
            if below is not None and role[below] in _CREDIT_ROLES and above is not None \
                    and (role[above] in _CREDIT_ROLES or is_title_like(stripped[above]) and role[above] is None):
                continue  # "Ana Roth Lenholm Press" beside the byline or the date: an unlabelled credit
        candidates.append(j)
    long = [i for i in candidates if words(stripped[i]) >= 4]
    if not long:
        # no headline above the credits: a headline printed under them ("Name / Section / date / Headline")
        k, gap = head_end, 0
        while gap < 3:
            k = next_nonblank(stripped, k)
            if k is None or k >= first_body and k != first_body:
                break
            gap += 1
            t = stripped[k]
            if role[k] is None and is_title_like(t) and words(t) >= 4 and not t.endswith(_STATEMENT_END):
                return k, k  # a headline may ask or exclaim; a standfirst states
        return (candidates[0] if candidates else None), head_end
    for i in long:  # a headline printed twice in a row (the page's heading and its copy)
        k = prev_nonblank(stripped, i)
        if k is not None and k in long and norm(stripped[k]) == norm(stripped[i]):
            return k, head_end
    short = [i for i in long if words(stripped[i]) <= 20]  # longer: a caption or a standfirst
    best = (short or long)[0]
    upper = [i for i in (short or long) if i < best][:1]  # the next headline-like line up
    if upper and _upper_is_headline(stripped, reason, upper[0], best):
        best = upper[0]
    return best, head_end


_REPORTED = re.compile(r"\b(?:said|told)\b")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’\-]{3,}")


def _upper_is_headline(stripped: list[str], reason: list[str], upper: int, best: int) -> bool:
    """Whether the headline-like line above the nearest one is the headline, the nearer one a standfirst:
    the upper capitalises clearly more than a sentence-case nearer line; or it is written in title case
    while the nearer one, longer and capitalised only where it names people and places, has lower-case
    words; or the nearer one reports speech in the past tense ("…," the mayor said), as headlines do not.
    Never a banner in capitals, a line of names (a menu), a line that holds the nearer one (a breadcrumb
    glued to it), a line opening with a dash (a quotation's source), nor a line set apart from it by a
    promo heading or a menu (a menu item above a list's link)."""
    t, near = stripped[upper], stripped[best]
    letters = [c for c in t if c.isalpha()]
    shouting = sum(1 for c in letters if c.isupper()) > len(letters) / 2  # a banner, a label
    between = [reason[k] for k in range(upper + 1, best) if stripped[k]]
    if shouting or _names_only(t) or norm(near) in norm(t) or t.startswith(("—", "–", "-")) \
            or any(r == "related links / promotion" or r.startswith("navigation") for r in between):
        return False
    if _capital_share(near) < 0.25 and _capital_share(t) >= _capital_share(near) + 0.15:
        return True
    lower = [w for w in _LONG_WORD.findall(near)[1:] if w[:1].islower()]
    if _capital_share(t) >= 0.8 and len(lower) >= 3 and words(near) > words(t) + 3:
        return True
    return bool(_REPORTED.search(near)) and not _REPORTED.search(t)


def title_line(stripped: list[str], above: list[int], first_body: int | None) -> int | None:
    """The headline among the free lines above the article's text: the nearest title-like line of four
    words or more within the dozen lines above it (menus, kickers and author names are shorter; its
    first copy when the page prints it twice), else the first title-like line at the top."""
    head = [i for i in above if is_title_like(stripped[i])]
    if first_body is not None:
        near = [i for i in head if words(stripped[i]) >= 4
                and sum(1 for t in stripped[i:first_body] if t) <= 12]
        if near:
            # a headline printed twice (once with the outlet: "Title | Outlet") is read at its first copy
            key = norm(stripped[near[-1]].lstrip("#"))
            return next(i for i in head if norm(split_title_suffix(stripped[i].lstrip("#").strip())[0]) == key
                        or i == near[-1])
    head = head[:8]
    return next((i for i in head if words(stripped[i]) >= 4), head[0] if head else None)
