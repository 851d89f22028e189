"""Descriptors: the words an outlet attaches to an entity, kept with the mention for framing.

- Modifiers before a name inside its noun phrase: "Iran's legendary commander General Qassem Soleimani"
  → "legendary commander General"; "Iranian Maj. Gen. Qasem Soleimani" → "Iranian Maj. Gen.".
- Appositions: "Hussein Suleimani …, Iran's highest general" → "Iran's highest general".
- The head noun a name modifies: "the Taliban freedom fighters" → "freedom fighters",
  "the US regime" → "regime".

A descriptor is words, not the punctuation around them: a hyphen or bracket at either end is left out
("US-imperialists" → "imperialists", "ISIL (organization" → "organization"), a range that crosses a
closing bracket or a "--" keeps only its side nearest the name (a dateline "Lenholm, May 4 (VNA)-- …"
describes nobody), and a figure ("14.70 percent"), a date, a bare adverb ("now") or a range ending in another
name is not a descriptor.
"""
from __future__ import annotations

import re

from newsprism.extract.mentions import Found, doc_text

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "advmod", "npadvmod"})


def _chars(doc, left: int, right: int) -> tuple[int, int]:
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def attach_descriptors(doc, found: list[Found]) -> None:
    """Fill `descriptors` (character ranges) on each mention."""
    taken = [(f.start, f.end) for f in found]
    for f in found:
        if f.source == "title":
            continue
        spans: list[tuple[int, int]] = []
        inner = set(range(f.tok_start, f.tok_end))
        head = doc[f.tok_end - 1]
        while head.head.i in inner and head.head.i != head.i:
            head = head.head
        # Pre-modifiers of the name's own head, outside the name ("legendary commander General").
        mods = [c for c in head.children if c.i < f.tok_start and c.dep_ in _MODIFIER_DEPS | {"appos"}]
        if mods:
            left = min(m.left_edge.i for m in mods)
            while left < f.tok_start and (doc[left].dep_ in ("det", "poss", "case") or doc[left].is_punct):
                left += 1
            if left < f.tok_start:
                spans.append(_chars(doc, left, f.tok_start - 1))
        # A head noun ending the phrase holds the name as a modifier ("the US regime", "Taliban freedom fighters").
        elif head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            noun = head.head
            left = head.i + 1
            if doc[left].tag_ == "POS":
                left += 1
            if left <= noun.i:
                spans.append(_chars(doc, left, noun.i))
        # The noun this name is in apposition to ("Iran's legendary commander, Qassem Soleimani").
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            noun = head.head
            left = noun.left_edge.i
            while left < noun.i and doc[left].dep_ == "det":
                left += 1
            if noun.i < f.tok_start and all(i < f.tok_start for i in range(left, noun.i + 1)):
                span = _chars(doc, left, noun.i)
                if not any(s <= span[0] < e for s, e in spans):
                    spans.append(span)
        # Appositions after the name ("Hussein Suleimani in Iraq, Iran's highest general").
        for c in head.children:
            if c.dep_ == "appos" and c.i >= f.tok_end and c.pos_ in ("NOUN", "PROPN"):
                left, right = c.left_edge.i, c.i
                while left < right and doc[left].is_punct:
                    left += 1
                spans.append(_chars(doc, left, right))
        tidy = (_tidy(doc, sp, sp[1] <= f.start) for sp in spans)
        f.descriptors = [sp for sp in tidy if sp is not None and (_plausible(doc_text(doc)[sp[0]:sp[1]], sp, taken)
                                                                  or doc_text(doc)[sp[0]:sp[1]].split() == f.titles)]


# Punctuation that ends a descriptor: a bracket without its pair, a "--" or a dash line, a bar, a colon.
_BOUNDARY = re.compile(r"--+|—|\)|\(|\||;|:")


def _tidy(doc, span: tuple[int, int], before_name: bool) -> tuple[int, int] | None:
    """The words of a descriptor's character range: cut at a bracket or "--" (keeping the side nearest
    the name), hyphens and brackets left out at both ends; None when no word of content is left."""
    start, end = span
    piece = doc_text(doc)[start:end]
    cuts = [m for m in _BOUNDARY.finditer(piece)]
    opened = [m for m in cuts if m.group() == "("]
    closed = [m for m in cuts if m.group() == ")"]
    # a bracket pair inside the range ("(formerly X)") is kept; anything else is a boundary
    if len(opened) == len(closed) == 1 and opened[0].start() < closed[0].start():
        cuts = [m for m in cuts if m is not opened[0] and m is not closed[0]]
    if cuts:
        start, end = (start + cuts[-1].end(), end) if before_name else (start, start + cuts[0].start())
    chosen = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    tokens = list(chosen or [])
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in tokens):
        return None
    if tokens[0].like_num and tokens[-1].lower_ in _UNITS or all(t.ent_type_ in _FIGURES for t in tokens):
        return None  # a figure ("14.70 percent") or a date ("February 20") is not a word about the entity
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


_FIGURES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
_UNITS = frozenset({"percent", "per", "cent", "%", "pct", "points", "point"})


def _plausible(text: str, span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """A descriptor is a few words on one line, with a word in it, and not itself a name."""
    if "\n" in text or not re.search(r"[a-z]", text) or len(text.split()) > 8:
        return False
    # a range ending in another name is that name with its own words, not words about this one
    return not any(s <= span[0] and span[1] <= e or s < span[1] <= e for s, e in taken)
