"""nlp.token_states: MiniLM's per-word-piece states with character offsets (benchmarks/loaded_token_states.py)."""
import numpy as np

from newsprism import nlp


def test_offsets_point_at_the_word_pieces_and_states_are_contextual():
    texts = ["The dam gave way at dawn.", "", "A bank of the river."]
    out = nlp.token_states(texts)
    assert len(out) == 3
    offsets, states = out[0]
    assert states.shape == (len(offsets), nlp.EMBEDDING_DIM)
    pieces = [texts[0][a:b] for a, b in offsets]
    assert pieces[:3] == ["The", "dam", "gave"] and pieces[-1] == "."
    # the empty text has no word pieces of its own
    assert out[1][0].shape == (0, 2) and out[1][1].shape == (0, nlp.EMBEDDING_DIM)
    # the same word in another sentence gets another state (context), the same sentence the same one
    again = nlp.token_states([texts[0], "The dam held."])
    np.testing.assert_allclose(again[0][1], states, atol=1e-5)
    assert not np.allclose(again[1][1][1], states[1], atol=1e-3)


def test_no_texts():
    assert nlp.token_states([]) == []
