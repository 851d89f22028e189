"""A text longer than the parser takes (a whole file on one line) is parsed in pieces, its text unchanged."""
from newsprism import nlp


def test_pieces_cut_after_a_space_and_join_back():
    from newsprism.nlp import _pieces

    text = "The council voted. " * 40 + "x" * 50
    pieces = _pieces(text, 100)
    assert "".join(pieces) == text and all(len(p) <= 100 for p in pieces)
    assert all(p.endswith(" ") for p in pieces[:-2])
    assert _pieces("y" * 250, 100) == ["y" * 100, "y" * 100, "y" * 50]  # no space: cut where it must


def test_a_text_over_the_parsers_limit_is_parsed_not_refused(monkeypatch):
    pipeline = nlp.spacy_pipeline()
    monkeypatch.setattr(pipeline, "max_length", 400)  # as a 10 MB single-line file meets the real limit
    long = "Mark Tennant said the Vantrell council voted on Tuesday to reopen the bridge.  " * 20
    short = "Ann Roe said the repairs cost 4.2 million dollars."
    docs = nlp.parse([short, long, short])  # was spaCy's E088 ValueError, which stopped the whole analysis
    assert [d.text for d in docs] == [short, long, short]
    assert any(ent.text == "Mark Tennant" for ent in docs[1].ents)
