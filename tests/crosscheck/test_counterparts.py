import numpy as np

from newsprism.crosscheck.align import align_claims


def _unit(*xs):
    v = np.array(xs, dtype=float)
    return v / np.linalg.norm(v)


def test_a_count_of_another_incident_is_no_contest_when_each_article_has_its_own_counterpart(b):
    """A story about one event mentions others: "four soldiers were killed by friendly fire" and "at least
    43 people were killed in the school" count the same act differently, but the school's toll has its own
    counterpart in the first article (40 killed in the school): the soldiers' deaths are another fact."""
    a = b.article("k1", "Paper A", "Shells hit the Vantrell school, killing 40 people. "
                                   "Four soldiers were killed by friendly fire near Vantrell.", "2026-01-07")
    c = b.article("k2", "Paper B", "At least 43 people were killed when shells hit the Vantrell school.", "2026-01-07")
    school_a = b.claim(a, "Shells hit the Vantrell school, killing 40 people.",
                       quantities=[("40 people", 40, dict(thing="people"))])
    soldiers = b.claim(a, "Four soldiers were killed by friendly fire near Vantrell.", entities=("Vantrell",),
                       
                       quantities=[("Four soldiers", 4, dict(thing="soldiers"))])
    school_b = b.claim(c, "At least 43 people were killed when shells hit the Vantrell school.",
                       quantities=[("At least 43 people", 43, dict(approx="at least", thing="people"))])
    vectors = np.array([_unit(1, 0.2, 0), _unit(0.3, 0.2, 1), _unit(1, 0.35, 0.25)])
    alignment = align_claims([school_a, soldiers, school_b], vectors)
    assert (0, 2) in [tuple(g) for g in alignment.groups]  # the two tolls of the school: one (contested) fact
    assert not alignment.links[(1, 2)].linked
    assert (1,) in [tuple(g) for g in alignment.groups]


def _with_cosines(gram):
    """Unit vectors whose pairwise cosines are the given Gram matrix."""
    return np.linalg.cholesky(np.array(gram, dtype=float))


def _three_reports(b):
    texts = ["the dam gave way and the water flooded the valley below it.",
             "floodwater swept through the valley below the dam.",
             "residents of the valley were flooded out of their homes."]
    arts = [b.article(f"v{k}", f"Paper {k}", t, "2026-03-02") for k, t in enumerate(texts)]
    return [b.claim(a, t, entities=("valley",)) for a, t in zip(arts, texts)]


def test_counterparts_telling_the_same_act_link_a_little_below_the_link_threshold(b):
    """Worded apart (cosine 0.65) but both tell the flooding: the same act verb is the evidence the
    embedding misses; without it the two stay apart."""
    claims = _three_reports(b)[:2]
    vectors = _with_cosines([[1, 0.65], [0.65, 1]])
    same_act = align_claims(claims, vectors, verbs=[frozenset({"give", "flood"}), frozenset({"flood", "sweep"})])
    assert same_act.links[(0, 1)].linked and (0, 1) in same_act.groups
    other_acts = align_claims(claims, vectors, verbs=[frozenset({"give"}), frozenset({"sweep"})])
    assert not other_acts.links[(0, 1)].linked and (0, 1) not in other_acts.groups


def test_a_shared_act_verb_does_not_count_in_the_group_average(b):
    """Every report of a story tells its acts: the verb links two counterparts, but a third joins their
    group only if it is alike in meaning to the group as a whole (here 0.45 and 0.65: average 0.55)."""
    claims = _three_reports(b)
    vectors = _with_cosines([[1, 0.75, 0.45], [0.75, 1, 0.65], [0.45, 0.65, 1]])
    alignment = align_claims(claims, vectors, verbs=[frozenset({"flood"})] * 3)
    assert alignment.links[(1, 2)].linked
    assert alignment.groups == ((0, 1), (2,))


def _two_fights(b):
    """Article A tells two facts in two sentences (an earlier fight, and this one's knockdown); article B
    tells both in one sentence; article C only the earlier fight."""
    a = b.article("f1", "Paper A", "In 2019, Voss stopped Brand in the 11th round. "
                                   "Voss floored Brand with a right hand in the fifth round.", "2026-05-03")
    c = b.article("f2", "Paper B", "Voss, who had stopped Brand in 2019, floored him with a right in the fifth.",
                  "2026-05-03")
    d = b.article("f3", "Paper C", "In 2019, Voss stopped Brand in the eleventh.", "2026-05-03")
    names = dict(entities=("Voss", "Brand"))
    return [b.claim(a, "In 2019, Voss stopped Brand in the 11th round.", **names),
            b.claim(a, "Voss floored Brand with a right hand in the fifth round.", **names),
            b.claim(c, "Voss, who had stopped Brand in 2019, floored him with a right in the fifth.", **names),
            b.claim(d, "In 2019, Voss stopped Brand in the eleventh.", **names)]


def _fight_cosines(same_article: float):
    # A's two sentences, B's sentence telling both, C's earlier fight; cross-article pairs average 0.70
    return _with_cosines([[1, same_article, 0.7, 0.9], [same_article, 1, 0.85, 0.6],
                          [0.7, 0.85, 1, 0.8], [0.9, 0.6, 0.8, 1]])


def test_a_sentence_telling_two_facts_does_not_chain_them_into_one_group(b):
    """B's sentence is the counterpart of A's knockdown and of C's earlier fight: merging the two groups
    would put A's two unlike sentences (cosine 0.40) in one group "corroborated by 3 sources" holding
    two facts. An article telling one fact twice tells it in like words: with A's two sentences alike
    (0.65, as when an article restates a fact below its first paragraph) the same links make one group."""
    alignment = align_claims(_two_fights(b), _fight_cosines(0.40))
    assert alignment.links[(2, 3)].linked
    assert alignment.groups == ((0, 3), (1, 2))
    assert align_claims(_two_fights(b), _fight_cosines(0.65)).groups == ((0, 1, 2, 3),)
