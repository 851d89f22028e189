"""What the attribution rules share: the Attribution record (one cue, one source, one or more content
pieces), quotation-mark tokens, pronouns, places, the texts that carry someone's words, and the characters
of a token's subtree or of a token range without an aside.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsprism.extract.coref import GROUP_PRONOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, THING_PRONOUNS
from newsprism.extract.mentions import Found


# Quotation-mark tokens (a token is one mark, or two apostrophes / backticks written for one).
_OPENERS = ("“", "\"", "‘", "«", "„", "``", "''")
_CLOSERS = ("”", "\"", "’", "»", "''")
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Attribution:
    """One act of attribution: one cue, one source, one or more content pieces."""

    contents: list[tuple[int, int]]
    kind: str  # "direct", "indirect", "scare"
    cue: tuple[int, int] | None = None
    cue_text: str | None = None
    source: tuple[int, int] | None = None  # the source as written here ("he", "the source", "Reuters")
    speaker: str | None = None  # the name it stands for
    speaker_found: Found | None = None
    media: bool = False
    cue_token: int | None = None
    parts: list[int] = field(default_factory=list)
    title: bool = False  # a scare quote that names a work or an event ('the “Patriot Act”'): nobody's words


# Texts that carry someone's words: the one named with them wrote or said them ("a statement from X"), and
# where words were said ("said in a statement that …").
_DOCUMENTS = frozenset("""statement statements letter post posts tweet tweets email e-mail message release memo
filing note""".split())


def _subtree_span(doc, tok, stop_at: int | None = None) -> tuple[int, int]:
    """The characters of a token's subtree, outer punctuation left out; `stop_at`: a token where it ends
    (not included)."""
    left, right = tok.left_edge.i, tok.right_edge.i
    if stop_at is not None and left < stop_at <= right:
        right = stop_at - 1
    while right > left and (doc[right].is_space or (doc[right].is_punct and doc[right].text not in _CLOSERS)):
        right -= 1
    while left < right and (doc[left].is_space or (doc[left].is_punct and doc[left].text not in _OPENERS)):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


_CONTRAST_OPENERS = frozenset({"though", "although", "but", "while", "whereas"})


def _loose(tok) -> bool:
    """Punctuation or space at a piece's edge; a sign that belongs to a figure ("3%", "$") is not."""
    return tok.is_space or (tok.is_punct and tok.text not in "%$€£¥")


def _range_minus(doc, left: int, right: int, skip_left: int, skip_right: int) -> list[tuple[int, int]]:
    """Tokens [left, right] without [skip_left, skip_right] and the punctuation around it."""
    pieces = []
    while right > left and _loose(doc[right]) and doc[right].text not in _CLOSERS:
        right -= 1
    a_end = skip_left - 1
    while a_end >= left and _loose(doc[a_end]):
        a_end -= 1
    if a_end >= left and not _only_connectives(doc[left:a_end + 1]):
        pieces.append((doc[left].idx, doc[a_end].idx + len(doc[a_end].text)))
    b_start = skip_right + 1
    while b_start <= right and _loose(doc[b_start]):
        b_start += 1
    if b_start <= right:
        pieces.append((doc[b_start].idx, doc[right].idx + len(doc[right].text)))
    return pieces


def _only_connectives(toks) -> bool:
    """"But", "First", "And so" before an aside ("First, he said, there was a dinner"): they join the
    sentence to the one before; what was said is the clause after the aside."""
    return all(t.pos_ in ("CCONJ", "INTJ") or t.lower_ in _LINKING_ADVERBS or _loose(t) for t in toks)


# Adverbs that order or link sentences, not part of a statement's content ("Slowly, she said, …" is)
_LINKING_ADVERBS = frozenset("""first second third then next now so also too still yet however meanwhile instead
indeed anyway moreover besides furthermore finally again well""".split())
