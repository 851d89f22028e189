"""Storyline links between stories: what may tie two stories (invented stories and names)."""
import numpy as np
from scipy import sparse

from newsprism.cluster import ClusterOptions
from newsprism.cluster.features import ArticleInfo
from newsprism.cluster.storylines import StoryProfile, link_stories


def _alike(rows: np.ndarray) -> sparse.csr_matrix:
    """Word centroids that are all the same: only the entity and term rule decides."""
    return sparse.csr_matrix(np.ones((len(rows), 4), np.float32) / 2.0)


def _links(*profiles: StoryProfile) -> set[tuple[int, int]]:
    return link_stories(profiles, range(len(profiles)), _alike, ClusterOptions())


def _story(entities, terms, places=(), day="2024-03-01", sid="s"):
    return StoryProfile(tuple((k, k.title()) for k in entities), tuple(terms), (False, day, sid), tuple(places))


def test_a_shared_country_and_city_tie_no_stories():
    # riots in Lenholm two years apart: same country, same city, nobody and nothing else in common
    riot = _story(["vantrell", "lenholm", "mara quist"], ["riot", "police", "square"], ["vantrell", "lenholm"])
    later = _story(["vantrell", "lenholm", "olek brand"], ["strike", "budget", "union"], ["vantrell", "lenholm"],
                   day="2026-05-01", sid="t")
    assert _links(riot, later) == set()


def test_one_person_and_agreeing_terms_make_a_later_chapter():
    # Dana Whitfield checks into a clinic, six weeks later out of it: one name, and the words agree
    checks_in = _story(["dana whitfield", "brennick clinic"], ["whitfield", "rehab", "clinic", "lawyer"])
    checks_out = _story(["dana whitfield", "malibu"], ["whitfield", "rehab", "clinic", "leaves"],
                        day="2024-04-12", sid="t")
    assert _links(checks_in, checks_out) == {(0, 1)}


def test_one_person_without_agreeing_terms_is_no_link():
    # Mark Tennant named in two unrelated stories
    trial = _story(["mark tennant", "voss"], ["trial", "jury", "fraud"])
    match = _story(["mark tennant", "ann roe"], ["goal", "season", "tennant"], sid="t")
    assert _links(trial, match) == set()


def test_people_and_organisations_still_tie_with_a_place_among_them():
    shooting = _story(["ann roe", "vantrell foods", "lenholm"], ["shooting", "plant"], ["lenholm"])
    verdict = _story(["ann roe", "vantrell foods", "lenholm"], ["verdict", "jury"], ["lenholm"],
                     day="2026-03-01", sid="t")
    assert _links(shooting, verdict) == {(0, 1)}


def test_saved_profiles_and_infos_of_the_old_form_still_load():
    assert StoryProfile.from_list([[["n:voss", "Voss"]], ["voss"], [False, "2024-01-01", "s"]]).places == ()
    old = ArticleInfo.from_list(["a", "Voss wins", True, "x.test", None, [["n:voss", "Voss"]], ["voss"]])
    assert old.places == () and ArticleInfo.from_list(old.to_list()) == old
    p = _story(["voss", "lenholm"], ["voss"], ["lenholm"])
    assert StoryProfile.from_list(p.to_list()) == p
