"""Copies: MinHash signatures as datasketch computes them, whole and partial copies, quotations."""
from __future__ import annotations

import numpy as np
from cluster_corpus import A_LOCAL, A_WIRE, B_ONE, D_ONE, make
from datasketch import MinHash

from newsprism.cluster import ClusterOptions, align, find_duplicates
from newsprism.cluster.duplicates import Tokens, passages, shingles, signatures


def test_signatures_equal_datasketch_minhash():
    options = ClusterOptions()
    rng = np.random.default_rng(3)
    groups = [rng.integers(0, 2**32, size=n, dtype=np.uint64) for n in (1, 5, 40, 300)]
    ours = signatures(groups, options)
    for group, row in zip(groups, ours):
        m = MinHash(num_perm=options.num_perm, seed=options.seed, scheme="affine32", hashfunc=int)
        m.update_batch([int(x) for x in group])
        assert np.array_equal(np.asarray(m.hashvalues, np.uint32), row)


def test_shingles_follow_the_words_not_the_spacing():
    a = Tokens.of("The  bridge,\nfell into the river Sell.")
    b = Tokens.of("the bridge fell -- into THE river sell")
    assert np.array_equal(shingles(a.hashes, 5), shingles(b.hashes, 5))
    assert len(shingles(a.hashes, 5)) == 3


def test_passages_cover_the_text_in_whole_sentences():
    tokens = Tokens.of(A_WIRE)
    cuts = passages(A_WIRE, tokens, ClusterOptions())
    assert cuts[0][0] == 0 and cuts[-1][1] == len(tokens)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))


def test_same_article_under_two_urls_is_a_near_duplicate():
    a = make("p1", "One", "Bridge falls", A_WIRE, "2024-03-05")
    b = make("p2", "Two", "Bridge falls", A_WIRE.replace("city officials said", "officials said"), "2024-03-06")
    [dup] = find_duplicates([b, a])
    assert (dup.a, dup.b, dup.kind) == ("p1", "p2", "near-duplicate")
    assert dup.share > 0.95 and dup.earlier == "p1"


def test_pasted_paragraphs_are_a_partial_copy_with_their_spans():
    pasted = "\n\n".join(A_WIRE.split("\n\n")[1:4])
    host = make("h", "Host", None, D_ONE + "\n\n" + pasted + "\n\n" + B_ONE, None)
    source = make("s", "Source", None, A_WIRE, None)
    dup = align(source, host)
    assert dup is not None and dup.kind == "partial copy"
    start = host.text.index(pasted)
    [(in_h, in_s)] = [(p, q) if p.article_id == "h" else (q, p) for p, q in dup.passages]
    words = pasted.rstrip(".")  # a passage runs from its first word to its last
    assert (in_h.start, in_h.end) == (start, start + len(words))
    assert source.text[in_s.start:in_s.end] == words
    assert dup.earlier is None  # no dates: nobody can tell who copied whom


def test_two_reports_quoting_one_speaker_are_not_copies():
    quote = ("\u201cWe will rebuild the crossing stone by stone, and every family that lost a car or a shop "
             "will be helped by the city before the summer,\u201d")
    a = make("q1", "One", None, f"{quote} the mayor said at a press conference on Wednesday.\n\n{A_LOCAL}", None)
    b = make("q2", "Two", None, f"Speaking to residents, Lina Havers promised: {quote} and left.\n\n{B_ONE}", None)
    assert align(a, b) is None
    assert find_duplicates([a, b]) == ()


def test_independent_reports_of_one_event_are_not_copies():
    a = make("r1", "One", None, A_WIRE, "2024-03-05")
    b = make("r2", "Two", None, A_LOCAL, "2024-03-05")
    assert find_duplicates([a, b]) == ()
