"""The per-parse readers (extract/mentions.py) give what spaCy's Tokens give, word for word, on invented text."""
from newsprism import nlp
from newsprism.extract import parse_paragraphs
from newsprism.extract.mentions import sentence_bounds, token_lemmas, token_lowers, token_pos, token_tags


def test_per_parse_readers_match_the_tokens():
    nlp.parse(["Warm up."])
    doc = parse_paragraphs(["Mayor Dana Whitfield said the Vantrell plant was closing.\n"
                            "Workers in Lenholm were told on Monday. “We are angry,” Mark Tennant said."])[0]
    tokens = list(doc)
    assert token_lowers(doc) == [t.lower_ for t in tokens]
    assert token_lemmas(doc) == [t.lemma_.lower() for t in tokens]
    assert token_pos(doc) == [t.pos_ for t in tokens]
    assert token_tags(doc) == [t.tag_ for t in tokens]
    assert "PROPN" in token_pos(doc) and "VERB" in token_pos(doc)
    assert sentence_bounds(doc) == [(t.sent.start, t.sent.end) for t in tokens]
    assert len({b for b in sentence_bounds(doc)}) >= 3  # the line break and the full stops end sentences
