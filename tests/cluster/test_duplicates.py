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


def test_bulk_index_equals_datasketch_insert_and_query():
    # the bulk band keys and lookups give what MinHashLSH.insert / query give, on real collisions
    from datasketch import LeanMinHash, MinHashLSH

    from newsprism.cluster.duplicates import CopyIndex, candidate_pairs, passage_signatures

    options = ClusterOptions()
    texts = [A_WIRE, A_LOCAL, B_ONE, D_ONE, A_WIRE.replace("officials", "staff"), B_ONE + "\n\n" + A_WIRE]
    sigs, owners = passage_signatures(texts, options)
    index = CopyIndex(options)
    index.add(sigs, owners)
    plain = MinHashLSH(num_perm=options.num_perm, params=(options.lsh_bands, options.num_perm // options.lsh_bands))
    lean = [LeanMinHash(seed=options.seed, hashvalues=s, scheme="affine32") for s in sigs]
    for m, owner in zip(lean, owners.tolist()):
        plain.insert(owner, m, check_duplication=False)
    expected = {(min(o, x), max(o, x)) for m, o in zip(lean, owners.tolist()) for x in plain.query(m) if x != o}
    assert candidate_pairs(index, sigs, owners) == expected
    assert {(0, 4), (0, 5)} <= expected  # copies collide: the comparison is not empty
    for m in lean:
        assert sorted(index.lsh.query(m)) == sorted(plain.query(m))
    band = index.band_keys(sigs[:1])
    assert [b[0] for b in band] == [plain._H(lean[0].hashvalues[lo:hi]) for lo, hi in plain.hashranges]


def test_tokens_of_one_text_equal_the_batch_words():
    # align() tokenises one text by regex; the features pass tokenises many at once with numpy
    from newsprism.cluster.tokens import crc32s, words

    texts = [A_WIRE, B_ONE, "Ünïcode café naïve_x 3.5 ½ ΣΊΣΥΦΟΣ, O'Brien's  2024-03-05!", "", "a"]
    w = words(texts)
    hashes = crc32s(w, texts)
    for k, text in enumerate(texts):
        one = Tokens.of(text)
        lo, hi = w.bounds[k], w.bounds[k + 1]
        assert np.array_equal(one.starts, w.starts[lo:hi]) and np.array_equal(one.ends, w.ends[lo:hi])
        assert np.array_equal(one.hashes, hashes[lo:hi])
    assert len(Tokens.of(texts[2])) == 14  # "½" is a word (a number), "_" is not part of one
