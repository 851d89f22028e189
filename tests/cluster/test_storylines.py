"""Storyline links between stories: what may tie two stories (invented stories and names)."""
import numpy as np
from scipy import sparse

from newsprism.cluster import ClusterOptions
from newsprism.cluster.features import ArticleInfo
from newsprism.cluster.storylines import StoryProfile, build_storyline, link_stories
from newsprism.records import Storyline, storyline_summary


def _alike(rows: np.ndarray) -> sparse.csr_matrix:
    """Word centroids that are all the same: only the entity and term rule decides."""
    return sparse.csr_matrix(np.ones((len(rows), 4), np.float32) / 2.0)


def _links(*profiles: StoryProfile) -> set[tuple[int, int]]:
    return link_stories(profiles, range(len(profiles)), _alike, ClusterOptions())


def _story(entities, terms, places=(), day="2024-03-01", sid="s", people=None):
    return StoryProfile(tuple((k, k.title()) for k in entities), tuple(terms), (False, day, sid), tuple(places),
                        None if people is None else tuple(people))


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


def test_one_company_buying_two_firms_is_two_storylines():
    # Vantrell buys Lenholm Software, a year later Quist Labs: the buyer and its rival in both, no one else
    first = _story(["lenholm software", "vantrell", "brennick"], ["acquisition", "software", "deal"], people=[])
    second = _story(["quist labs", "vantrell", "brennick"], ["acquisition", "labs", "chips"], people=[],
                    day="2025-03-01", sid="t")
    assert _links(first, second) == set()


def test_a_deal_and_its_completion_stay_one_storyline():
    announced = _story(["lenholm software", "vantrell", "brennick"], ["acquisition", "software"], people=[])
    completed = _story(["lenholm software", "vantrell"], ["completes", "software"], people=[],
                       day="2024-04-02", sid="t")
    assert _links(announced, completed) == {(0, 1)}


def test_the_deaths_of_two_people_of_one_old_affair_are_two_storylines():
    # Mark Tennant and Olek Brand, both of the Voss inquiry, die four years apart; each story names
    # the inquiry and its judge, neither names the other man
    tennant = _story(["mark tennant", "voss inquiry", "ann roe"], ["tennant", "inquiry", "died"],
                     people=["mark tennant", "ann roe"])
    brand = _story(["olek brand", "voss inquiry", "ann roe"], ["brand", "inquiry", "died"],
                   people=["olek brand", "ann roe"], day="2028-03-01", sid="t")
    assert _links(tennant, brand) == set()


def test_a_short_text_naming_only_her_joins_her_story():
    # a two-line item naming only Dana Whitfield, and the story she leads: one name, one word in common
    story = _story(["dana whitfield", "brennick clinic", "mara quist"], ["whitfield", "clinic", "singer"],
                   people=["dana whitfield", "mara quist"])
    item = _story(["whitfield", "dana whitfield"], ["whitfield", "died"], people=["whitfield", "dana whitfield"],
                  sid="t")
    assert _links(story, item) == {(0, 1)}


def test_saved_profiles_and_infos_of_the_old_form_still_load():
    old_profile = StoryProfile.from_list([[["n:voss", "Voss"]], ["voss"], [False, "2024-01-01", "s"]])
    assert old_profile.places == () and old_profile.people is None
    old = ArticleInfo.from_list(["a", "Voss wins", True, "x.test", None, [["n:voss", "Voss"]], ["voss"]])
    assert old.places == () and old.people is None and ArticleInfo.from_list(old.to_list()) == old
    p = _story(["voss", "lenholm"], ["voss"], ["lenholm"])
    assert StoryProfile.from_list(p.to_list()) == p
    q = _story(["voss", "lenholm"], ["voss"], ["lenholm"], people=["voss"])
    assert StoryProfile.from_list(q.to_list()) == q


def test_stories_of_an_older_state_keep_their_links():
    # who is a person is not known in a state saved before: the two firms' stories stay linked as before
    first = _story(["lenholm software", "vantrell", "brennick"], ["acquisition", "software", "deal"])
    second = _story(["quist labs", "vantrell", "brennick"], ["acquisition", "labs", "chips"], sid="t")
    assert _links(first, second) == {(0, 1)}


def test_a_storyline_says_what_ties_it_once_and_without_places():
    # what the report shows after "tied by": a surname beside the full name is one person; the city
    # both stories name ties nothing
    checks_in = _story(["whitfield", "dana whitfield", "brennick clinic", "lenholm"], ["rehab"], ["lenholm"])
    checks_out = _story(["dana whitfield", "whitfield", "brennick clinic", "lenholm"], ["rehab"], ["lenholm"],
                        day="2024-04-12", sid="t")
    line = build_storyline(["a", "b"], [checks_out, checks_in])
    assert line.story_ids == ("b", "a")
    assert line.shared_entities == ("Brennick Clinic", "Dana Whitfield")


def test_a_storyline_is_explained_in_the_same_words_everywhere():
    # the report, the web UI's storyline bar and `newsprism story ID` all say it so
    checks_in = _story(["dana whitfield", "brennick clinic"], ["rehab"])
    checks_out = _story(["dana whitfield", "brennick clinic"], ["rehab"], day="2024-04-12", sid="t")
    line = build_storyline(["a", "b"], [checks_in, checks_out])
    assert storyline_summary(line) == "Part of a storyline of 2 stories tied by Brennick Clinic, Dana Whitfield"
    # kept before the shared entities were: how many stories, no "tied by" with nothing after it
    assert storyline_summary(Storyline("l", ("a", "b", "c"))) == "Part of a storyline of 3 stories"
