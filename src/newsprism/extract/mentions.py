"""A named mention while an article is read (`Found`), and what every step reads of a parse once: its
text, each token's sentence, lower-case form and lemma.
"""
from __future__ import annotations

from dataclasses import dataclass, field

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC")


@dataclass
class Found:
    """A mention while the article is being read (token indices kept for the parse-based steps)."""

    start: int  # character offsets in the article text
    end: int
    text: str
    label: str
    tok_start: int  # token indices in the doc (end exclusive)
    tok_end: int
    source: str = "ner"  # "ner", "alias", "title"
    titles: list[str] = field(default_factory=list)
    refers_to: str | None = None
    reason: str | None = None
    descriptors: list[tuple[int, int]] = field(default_factory=list)


def doc_text(doc) -> str:
    """The text of a parse, computed once (spaCy rebuilds Doc.text from its tokens on every access)."""
    text = doc.user_data.get("newsprism_text")
    if text is None:
        text = doc.user_data["newsprism_text"] = doc.text
    return text


def _per_parse(doc, key: str, read):
    """`read(doc)`, kept with the parse: one list item per token, so a list of another length is stale."""
    value = doc.user_data.get(key)
    if value is None or len(value) != len(doc):
        value = doc.user_data[key] = read(doc)
    return value


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Per token, the start and end token of its sentence, read once per parse (`Token.sent` walks the
    parse again on every access)."""
    return _per_parse(doc, "newsprism_sentences", _sentence_bounds)


def _sentence_bounds(doc) -> list[tuple[int, int]]:
    out = []
    for sent in doc.sents:
        out.extend([(sent.start, sent.end)] * len(sent))  # one tuple per sentence, shared by its tokens
    return out


def token_lowers(doc) -> list[str]:
    """Every token's lower-case text, read once per parse: a rule for a few words finds them here without
    making a spaCy Token of every word of the article."""
    return _per_parse(doc, "newsprism_lowers", lambda d: _token_strings(d, "LOWER"))


def token_lemmas(doc) -> list[str]:
    """Every token's lemma in lower case, read once per parse (see token_lowers)."""
    return _per_parse(doc, "newsprism_lemmas", lambda d: _token_strings(d, "LEMMA", str.lower))


def token_pos(doc) -> list[str]:
    """Every token's coarse part of speech ("VERB", "PROPN", …), read once per parse (see token_lowers)."""
    return _per_parse(doc, "newsprism_pos", lambda d: _token_strings(d, "POS"))


def token_tags(doc) -> list[str]:
    """Every token's fine-grained tag ("VBD", "JJR", …), read once per parse (see token_lowers)."""
    return _per_parse(doc, "newsprism_tags", lambda d: _token_strings(d, "TAG"))


def _token_strings(doc, attr: str, fold=None) -> list[str]:
    """One string attribute of every token (through `fold` if given), read from the parse's array of string
    ids: the same strings as `Token.lower_`, `.lemma_`, `.pos_`, `.tag_`, without making a Token of every
    word; each distinct id is looked up once."""
    ids = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    by_id = {i: fold(strings[i]) if fold else strings[i] for i in set(ids)}
    return [by_id[i] for i in ids]


def token_span(doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens (start, end exclusive) covering these characters, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end
