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


def test_a_name_a_place_noun_describes_is_a_place_whatever_the_parser_called_it():
    text = ("Tanks moved on the southern town of Lenholm Vale. Strikes hit the cities of Vantrell and Voss. "
            "Troops entered the second largest city, Olek Brand, today. Shells hit the Quist refugee camp and "
            "al-Tennant school. Others stayed in Roe district. Mara Quist said so.")
    doc = _with_ents(text, [("Lenholm Vale", "PERSON"), ("Vantrell", "PERSON"), ("Voss", "ORG"), ("Olek Brand", "PERSON"),
                            ("Quist", "PERSON"), ("al-Tennant", "PERSON"), ("Roe", "ORG"), ("Mara Quist", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Lenholm Vale", "GPE") in names and ("Voss", "GPE") in names, names
    assert ("Vantrell", "GPE") in names and ("Olek Brand", "GPE") in names, names
    assert ("al-Tennant", "FAC") in names and ("Roe", "GPE") in names, names
    # "Quist" is the surname of a person the article names in full: the person's name stays a person
    assert ("Quist", "PERSON") in names and ("Mara Quist", "PERSON") in names, names


def test_a_rank_before_a_surname_is_a_title_and_a_police_force_is_no_person():
    text = ("Senior Trooper Olek Brand died. Trooper Brand had served for years, Lenholm Police said. "
            "Vantrell Fire and Rescue came.")
    doc = _with_ents(text, [("Olek Brand", "PERSON"), ("Trooper Brand", "PERSON"), ("Lenholm Police", "PERSON"),
                            ("Vantrell Fire", "PERSON")])
    found = find_mentions(doc, None)
    names = [(f.text, f.label) for f in found]
    assert ("Brand", "PERSON") in names and ("Lenholm Police", "ORG") in names, names
    assert ("Vantrell Fire", "ORG") in names, names
    assert next(f for f in found if f.text == "Brand").titles == ["Trooper"]
