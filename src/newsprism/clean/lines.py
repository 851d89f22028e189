"""The shape of one line of a scraped page, as the layout readers (text.py, headline.py) judge it."""
from __future__ import annotations

import re

SENTENCE_END = (".", "!", "?", "…", "\"", "”", "’", "'", ")", ":", "»")


def words(text: str) -> int:
    return len(text.split())


def is_prose(text: str) -> bool:
    """A line of running text: long, or a sentence of a few words."""
    n = words(text)
    return n >= 8 or (n >= 4 and text.rstrip().endswith(SENTENCE_END[:5]))


def is_title_like(text: str) -> bool:
    text = text.strip().lstrip("#").strip()
    n = words(text)
    return 2 <= n <= 30 and len(text) <= 250 and not text.endswith((".", ",", ";", ":")) or \
        (2 <= n <= 30 and text.endswith("..."))


# An apostrophe set off by spaces before a contraction's ending ("he ’ s", "can ’ t", "the company ’ s"): text
# pasted from a corpus that spaced every token. No closing quotation mark stands before a lone "s" or "ve".
_SPACED_APOSTROPHE = re.compile(r"(?<=\w) ([’']) (?=(?:s|t|d|m|ll|re|ve)\b)")


def rejoin_apostrophes(text: str) -> str:
    """"he ’ s" -> "he’s": the parser reads a spaced apostrophe as a quotation mark."""
    return _SPACED_APOSTROPHE.sub(r"\1", text)


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def next_nonblank(stripped: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(stripped)) if stripped[j]), None)


def prev_nonblank(stripped: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if stripped[j]), None)
