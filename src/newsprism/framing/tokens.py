"""Words and sentences of an article, found without a model.

Framing runs after extraction, which has already parsed every article; parsing again would cost
more than all of framing's own work. So framing reads words with one regular expression and takes
sentence boundaries from the extraction (`ArticleExtraction.sentences`), splitting by punctuation
only when the extraction has none.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.records import Span

# Letters and digits, joined by inner apostrophes or hyphens: "fear-mongering", "Iran's", "US-led".
WORD = re.compile(r"[^\W_]+(?:['’\-‐][^\W_]+)*")

# Words that end a sentence-like abbreviation; a period after them does not end the sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen maj col lt sgt capt cmdr adm gov sen rep rev st sr jr no vs etc inc ltd co "
    "corp dept jan feb mar apr jun jul aug sep sept oct nov dec approx est fig al e.g i.e u.s u.k u.n "
    "a.m p.m".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n+")


@dataclass(frozen=True)
class Token:
    text: str
    lower: str  # lowercase, curly apostrophe made straight
    start: int
    end: int
    sentence: int  # index of the sentence holding it
    first: bool  # first word of its sentence (a capital there says nothing about a name)
    headline: bool = False  # in a title-case line, where capitals say nothing either


def words_of(text: str) -> list[str]:
    return [m.group() for m in WORD.finditer(text)]


def normal(word: str) -> str:
    return word.lower().replace("’", "'").replace("‐", "-")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries by punctuation and line breaks (used when extraction gave none)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group().startswith((".",)) and not m.group().startswith("..."):
            before = re.search(r"([\w.]+)\.$", text[start:m.start() + 1])
            word = before.group(1).lower() if before else ""
            if word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
        _append(text, start, end, out)
        start = end
    _append(text, start, len(text), out)
    return out


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def sentence_bounds(text: str, sentences: Sequence[Span] = ()) -> list[tuple[int, int]]:
    """The extraction's sentences when it has them (sorted, clipped to the text), else our own."""
    spans: list[tuple[int, int]] = []
    for a, b in sorted({(max(0, s.start), min(len(text), s.end)) for s in sentences if s.end > s.start}):
        _append(text, a, b, spans)  # the parser leaves line breaks on a sentence's end: trim them
    return spans or split_sentences(text)


def tokenize(text: str, bounds: Sequence[tuple[int, int]]) -> list[Token]:
    """Every word of the text with the index of its sentence (words outside all sentences get the
    nearest sentence before them)."""
    starts = [a for a, _ in bounds]
    out: list[Token] = []
    k, last_sentence = 0, -1
    for m in WORD.finditer(text):
        while k + 1 < len(starts) and starts[k + 1] <= m.start():
            k += 1
        sentence = k if starts and starts[0] <= m.start() else 0
        word = m.group()
        out.append(Token(word, normal(word), m.start(), m.end(), sentence, sentence != last_sentence))
        last_sentence = sentence
    return _mark_headlines(out)


def _mark_headlines(tokens: list[Token]) -> list[Token]:
    """Words of title-case sentences ("Dramatic Expansion Of The Mission") get headline=True."""
    by_sentence: dict[int, list[int]] = {}
    for i, t in enumerate(tokens):
        by_sentence.setdefault(t.sentence, []).append(i)
    for idx in by_sentence.values():
        long_words = [tokens[i] for i in idx if len(tokens[i].text) >= 4 and tokens[i].text[0].isalpha()]
        if 2 <= len(long_words) and len(idx) <= 25:
            capitals = sum(1 for t in long_words if t.text[0].isupper())
            if capitals >= 0.75 * len(long_words):
                for i in idx:
                    t = tokens[i]
                    tokens[i] = Token(t.text, t.lower, t.start, t.end, t.sentence, t.first, True)
    return tokens
