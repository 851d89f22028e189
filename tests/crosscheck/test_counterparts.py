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



def _mission(b):
    """Article A tells the mission's start in 2018; B, published in 2021, its widening agreed "today" and told
    at a Thursday briefing; C the start again."""
    a = b.article("m1", "Paper A", "Lenholm's training mission began in 2018.", "2021-02-19")
    c = b.article("m2", "Paper B", "“We agreed today to widen the Lenholm mission,” Voss said at a Thursday briefing.",
                  "2021-02-18")
    d = b.article("m3", "Paper C", "The allies set up a mission in Lenholm in 2018 to train its army.", "2021-02-20")
    return [b.claim(a, a.text, dates=[("2018", "2018", "year")]),
            b.claim(c, c.text, dates=[("today", "2021-02-18"), ("Thursday", "2021-02-18")]),
            b.claim(d, d.text, dates=[("2018", "2018", "year")])]


def test_two_claims_dating_different_acts_in_different_years_are_two_facts(b):
    """The 2021 widening is no corroboration of the 2018 start, however alike their words (0.76): each dates
    what it tells ("began in 2018", "agreed today"; "Thursday" dates the saying), in other years, and they
    tell no act in common. The two tellings of the start stay one fact."""
    from newsprism import nlp

    vectors = _with_cosines([[1, 0.76, 0.8], [0.76, 1, 0.72], [0.8, 0.72, 1]])
    acts = [frozenset({"begin"}), frozenset({"agree", "widen"}), frozenset({"set", "train"})]
    alignment = align_claims(_mission(b), vectors, parse=nlp.parse, verbs=acts)
    assert not alignment.links[(0, 1)].linked and not alignment.links[(1, 2)].linked
    assert alignment.groups == ((0, 2), (1,))
    # The same act dated in two years stays linked: whether it is one fact is the dates' contest.
    shared = align_claims(_mission(b), vectors, parse=nlp.parse,
                          verbs=[frozenset({"begin"}), frozenset({"agree", "begin"}), frozenset({"set"})])
    assert shared.links[(0, 1)].linked


def test_only_a_date_of_the_act_told_dates_a_claim(b):
    """A date of the saying ("said on Thursday") or naming a thing ("the 2006 film", "the draft of 2013")
    dates no act of the claim; "in 2018" of a verb and "today" do."""
    from newsprism import nlp
    from newsprism.crosscheck.contradiction import fact_years

    def years(text, *dates):
        art = b.article("y1", "Paper A", text, "2021-02-18")
        claim = b.claim(art, text, dates=dates)
        return fact_years(claim, nlp.parse([text])[0])

    assert years("The Lenholm plant will triple its output, Mara Quist said on Thursday.",
                 ("Thursday", "2021-02-18")) == set()
    assert years("Voss starred in the 2006 film about Lenholm.", ("2006", "2006", "year")) == set()
    assert years("Brennick kept the first pick in the draft of 2013.", ("2013", "2013", "year")) == set()
    assert years("The Brennick plant opened in 2018.", ("2018", "2018", "year")) == {"2018"}
    assert years("We chose today to close the Brennick plant.", ("today", "2021-02-18")) == {"2021"}


_OTHER_FACTS = ("The fire crews left at dawn.", "A school stayed shut on Monday.", "The mayor visited the scene.")


def _five_reports(b, clause: str, second: str, others=_OTHER_FACTS):
    """Five articles of one story. The first tells two facts in one sentence, the second of them in a clause
    that the second article tells as a sentence (cosine 0.62, below the link threshold; the first sentence
    as a whole is at 0.50 with it); the other three tell other facts. Claims: the first sentence, its
    clause, then one sentence per article."""
    first = f"The branch shut at noon, after {clause}"
    texts = [first, second, *others]
    arts = [b.article(f"p{k}", f"Paper {k}", t, "2026-04-11") for k, t in enumerate(texts)]
    claims = [b.claim(arts[0], first), b.claim(arts[0], clause)] + [b.claim(a, t) for a, t in zip(arts[1:], texts[1:])]
    gram = np.full((6, 6), 0.1)
    np.fill_diagonal(gram, 1.0)
    gram[0, 1] = gram[1, 0] = 0.7
    gram[0, 2] = gram[2, 0] = 0.5
    gram[1, 2] = gram[2, 1] = 0.62
    return claims, _with_cosines(gram), [0, 0, 2, 3, 4, 5]


def test_a_clause_sharing_a_phrase_few_articles_use_links_a_little_below_the_link_threshold(b):
    """A clause and another outlet's sentence telling a fact in one source's words ("a cracked water
    main") tell one fact, though the embedding puts them at 0.62; without the phrase in common they stay
    apart."""
    claims, vectors, family = _five_reports(b, "a cracked water main flooded the vault.",
                                            "Crews found a cracked water main under the square.")
    alignment = align_claims(claims, vectors, family=family)
    assert alignment.links[(1, 2)].linked and (1, 2) in alignment.groups
    claims, vectors, family = _five_reports(b, "a burst pipe flooded the vault.",
                                            "Crews found a cracked water main under the square.")
    alignment = align_claims(claims, vectors, family=family)
    assert not alignment.links[(1, 2)].linked and (1, 2) not in alignment.groups


def test_a_phrase_is_no_evidence_between_whole_sentences_nor_when_the_story_uses_it_or_it_is_a_name(b):
    """Two whole sentences are compared whole by their embedding: one that names the leak as the cause of
    something else ("closed in response to a cracked water main") does not tell the leak. "fire crews" in most
    of the story's articles, or a place's name, is said of every fact of the story; a phrase of the fact
    itself beside the name is evidence."""
    texts = ["The bank closed its vault in response to a cracked water main.",
             "Crews found a cracked water main under the square.",
             "The fire crews left at dawn.", "A school stayed shut on Monday.", "The mayor visited the scene."]
    arts = [b.article(f"w{k}", f"Paper {k}", t, "2026-04-11") for k, t in enumerate(texts)]
    gram = np.full((5, 5), 0.1)
    np.fill_diagonal(gram, 1.0)
    gram[0, 1] = gram[1, 0] = 0.62
    alignment = align_claims([b.claim(a, t) for a, t in zip(arts, texts)], _with_cosines(gram))
    assert not alignment.links[(0, 1)].linked
    claims, vectors, family = _five_reports(b, "two fire crews found a second body in the cellar.",
                                            "Three fire crews cut power to the whole street.",
                                            others=("Some fire crews left at dawn.", "A school stayed shut on Monday.",
                                                    "The mayor visited the scene."))
    assert not align_claims(claims, vectors, family=family).links[(1, 2)].linked
    claims, vectors, family = _five_reports(b, "a second body was found in a cellar in Port Alder.",
                                            "Power was cut to a whole street of Port Alder.")
    assert not align_claims(claims, vectors, family=family).links[(1, 2)].linked
    claims, vectors, family = _five_reports(b, "a second body was found in a cellar in Port Alder.",
                                            "Searchers in Port Alder recovered a second body late on Sunday.")
    assert align_claims(claims, vectors, family=family).links[(1, 2)].linked
