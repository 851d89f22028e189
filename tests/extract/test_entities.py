"""Entity mentions tidied from the parser's named entities, whatever the parser cut."""
from spacy.tokens import Span as DocSpan

from newsprism import nlp
from newsprism.extract.entities import find_mentions


def _with_ents(text: str, ents: list[tuple[str, str]]):
    """A parse of `text` whose named entities are exactly `ents` (text, label), as a parser might give."""
    doc = nlp.parse_one(text)
    spans = []
    for piece, label in ents:
        start = text.index(piece)
        span = doc.char_span(start, start + len(piece), label=label)
        assert span is not None, piece
        spans.append(span)
    doc.ents = spans
    return doc


def test_a_name_cut_after_a_joining_word_is_joined_and_never_ends_in_it():
    text = ("Units operate under the umbrella of the Vantrell Coalition to Defeat Lenholm, Dana Whitfield said. "
            "The Ostrava Fund for will pay.")
    doc = _with_ents(text, [("Vantrell Coalition to", "ORG"), ("Defeat Lenholm", "ORG"),
                            ("Dana Whitfield", "PERSON"), ("Ostrava Fund for", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Vantrell Coalition to Defeat Lenholm", "ORG") in names, names
    assert ("Ostrava Fund", "ORG") in names, names
    assert not any(n.endswith((" to", " for")) for n, _ in names), names
    assert ("Defeat Lenholm", "ORG") not in names
