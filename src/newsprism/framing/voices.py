"""Whose words a passage is: the outlet's own, or a quoted speaker's.

Text inside a direct or indirect quote is the speaker's framing, not the outlet's. Scare quotes (a
short quoted phrase with no speaker: “middle east”) are the outlet's own framing. Quotes come from
the extraction; when an article has no extraction at all (extraction not run), quotation marks are
paired here as a fallback, with the speaker unknown.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.records import ArticleExtraction

OUTLET = "outlet"
UNNAMED = "unnamed source"

# Opening mark -> closing marks accepted for it.
_PAIRS = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”\"", "‘": "’"}
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|added|adds|argued|argues|warned|warns|claimed|claims|"
    r"noted|wrote|writes|asked|replied|explained|insisted|announced|declared|according to)\b",
    re.IGNORECASE,
)
SCARE_MAX_WORDS = 4
# A "scare" quote that is someone's words after all: speech in the first or second person or ending
# in its own comma ("“You're just scum,” she barked back"), or a phrase a speech verb hands over
# ("police branded the behaviour 'totally unacceptable'"). It is an unnamed speaker's, not the outlet's.
_SPOKEN_PHRASE = re.compile(r"\b(?:i|we|you|i'm|we're|you're|i've|we've|you've|i'll|we'll|you'll)\b|,\W*$",
                            re.IGNORECASE)
_HANDED_OVER = re.compile(r"(?<!so-)\b(?:branded|brands|labell?ed|dubbed|termed|called|calls|warned|warns|said|"
                          r"says)\b[^.!?\n]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class Voice:
    start: int
    end: int
    speaker: str  # the speaker's name, UNNAMED, or OUTLET for scare quotes
    kind: str  # "direct", "indirect", "scare"


@dataclass(frozen=True)
class Voices:
    """The quoted passages of one article, sorted by start."""

    quotes: tuple[Voice, ...] = ()

    def __post_init__(self):
        spoken = tuple(sorted((q for q in self.quotes if q.kind != "scare"), key=lambda q: (q.start, q.end)))
        reach, ends = 0, []
        for q in spoken:  # the furthest end of any quote so far: where a backward scan may stop
            reach = max(reach, q.end)
            ends.append(reach)
        object.__setattr__(self, "_spoken", spoken)
        object.__setattr__(self, "_starts", [q.start for q in spoken])
        object.__setattr__(self, "_reach", ends)

    def voice_at(self, start: int, end: int) -> Voice | None:
        """The direct or indirect quote holding most of [start, end), if any."""
        best, best_overlap = None, 0
        k = bisect.bisect_left(self._starts, end)  # quotes from k on start at or after `end`
        for i in range(k - 1, -1, -1):
            if self._reach[i] <= start:
                break
            q = self._spoken[i]
            overlap = min(end, q.end) - max(start, q.start)
            # scanning backwards: on a tie the earlier quote wins
            if overlap * 2 >= (end - start) and (overlap > best_overlap or (best and overlap == best_overlap)):
                best, best_overlap = q, overlap
        return best

    def whose(self, start: int, end: int) -> str:
        voice = self.voice_at(start, end)
        return voice.speaker if voice else OUTLET

    def scare_quotes(self) -> tuple[Voice, ...]:
        return tuple(q for q in self.quotes if q.kind == "scare")


def voices_for(text: str, extraction: ArticleExtraction | None) -> Voices:
    if extraction is not None and _has_content(extraction):
        out = []
        for q in extraction.quotes:
            if q.span.end <= q.span.start:
                continue
            if q.kind == "scare" and not _spoken(text, q.span.start, q.span.end):
                out.append(Voice(q.span.start, q.span.end, OUTLET, "scare"))
            elif q.kind == "scare":
                out.append(Voice(q.span.start, q.span.end, UNNAMED, "direct"))
            else:
                out.append(Voice(q.span.start, q.span.end, q.speaker or UNNAMED, q.kind))
        out += embedded_posts(text)
        return Voices(tuple(sorted(out, key=lambda v: (v.start, v.end, v.kind))))
    return Voices(tuple(quote_marks(text) + embedded_posts(text)))


# An embedded post's sign-off line: "— Ann Roe (@annroe) November 19, 2019". The paragraphs above it are the
# post, in its author's words (up to three, back to one with quotation marks or a lead-in ending in a colon).
_SIGN_OFF = re.compile(r"^[—–-]\s*([^\n(]{2,60}?)\s*\(@\w+\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$", re.MULTILINE)
_POST_PARAGRAPHS = 3


def embedded_posts(text: str) -> list[Voice]:
    """The embedded posts of a page (a social network's sign-off under them), as their authors' voices."""
    out: list[Voice] = []
    if "(@" not in text:
        return out  # no handle, no sign-off: one cheap look per article
    for m in _SIGN_OFF.finditer(text):
        end = cursor = len(text[:m.start()].rstrip())
        begin = end
        for _ in range(_POST_PARAGRAPHS):
            para_start = text.rfind("\n", 0, cursor) + 1
            para = text[para_start:cursor].strip()
            if not para or any(c in para for c in "“”\"") or para.endswith(":") or _SIGN_OFF.match(para):
                break
            begin = para_start
            cursor = len(text[:para_start].rstrip())
        if begin < end:
            out.append(Voice(begin, end, m.group(1).strip(), "direct"))
    return out


def _spoken(text: str, start: int, end: int) -> bool:
    """A quoted phrase extraction found no speaker for reads as speech (see _SPOKEN_PHRASE)."""
    phrase = text[start:end].replace("’", "'").strip(" \"'“”‘«»")
    return bool(_SPOKEN_PHRASE.search(phrase) or _HANDED_OVER.search(text, max(0, start - 60), start))


def _has_content(extraction: ArticleExtraction) -> bool:
    return bool(extraction.sentences or extraction.mentions or extraction.quotes or extraction.claims)


def quote_marks(text: str) -> list[Voice]:
    """Paired quotation marks within a paragraph: long ones are quotes of an unknown speaker, short
    ones with no speech verb nearby are scare quotes."""
    out: list[Voice] = []
    for para in re.finditer(r"[^\n]+", text):
        out += _pairs_in(text, para.start(), para.end())
    return out


def _pairs_in(text: str, lo: int, hi: int) -> list[Voice]:
    out, i = [], lo
    while i < hi:
        ch = text[i]
        if ch in _PAIRS and not (ch == "‘" and i > lo and text[i - 1].isalpha()):
            close = _closing(text, i + 1, hi, _PAIRS[ch])
            if close is not None:
                inner_start, inner_end = i + 1, close
                words = len(text[inner_start:inner_end].split())
                if words:
                    out.append(_voice(text, inner_start, inner_end, words, lo, hi))
                i = close + 1
                continue
        i += 1
    return out


def _closing(text: str, start: int, hi: int, closers: str) -> int | None:
    for j in range(start, hi):
        if text[j] in closers:
            # an apostrophe inside a word is not a closing mark
            if text[j] == "’" and j + 1 < hi and text[j + 1].isalpha() and j > start and text[j - 1].isalpha():
                continue
            return j
    return None


def _voice(text: str, start: int, end: int, words: int, lo: int, hi: int) -> Voice:
    context = text[max(lo, start - 60): start] + " " + text[end: min(hi, end + 60)]
    if words <= SCARE_MAX_WORDS and not _SPEECH.search(context):
        return Voice(start, end, OUTLET, "scare")
    return Voice(start, end, UNNAMED, "direct")


def in_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)
