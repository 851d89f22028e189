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
