"""crosscheck_story end to end on records built by hand (invented outlets and events)."""
import random

import pytest

from newsprism.crosscheck import CrossCheck, crosscheck_story
from newsprism.errors import NewsprismError

def _group_with(result: CrossCheck, words: str):
    found = [g for g in result.claim_groups if words in g.text or any(words in e for e in g.explanation.split("“"))]
    assert found, f"no group about {words!r}: {[g.text for g in result.claim_groups]}"
    return found[0]


def test_change_restated_in_other_words_is_corroborated_and_copies_count_once(corpus):
    result = crosscheck_story(*corpus)
    g = next(g for g in result.claim_groups if "eight" in g.text or "4,000" in g.text)
    assert g.status == "corroborated"
    assert set(g.supporting_outlets) == {"Daily Alpha", "Beta News", "Gamma Times", "Delta Wire"}
    assert g.independent_sources == 3  # Delta Wire repeats Beta News
    assert "Delta Wire (2021-02-21) repeats text of Beta News (2021-02-20)" in g.explanation
    assert "same change" in g.explanation
    assert {s.article_id for s in g.evidence} == {"aaaa", "bbbb", "cccc", "dddd"}
    for s in g.evidence:
        text = {a.id: a.text for a in corpus[1]}[s.article_id]
        assert text[s.start:s.end].strip()


def test_death_toll_beyond_tolerance_is_contested_with_both_sides(corpus):
    result = crosscheck_story(*corpus)
    g = next(g for g in result.claim_groups if "Port Lake" in g.text)
    assert g.status == "contested"
    assert set(g.contradicting_outlets) | set(g.supporting_outlets) == {"Daily Alpha", "Beta News", "Delta Wire"}
    assert "Daily Alpha" in g.contradicting_outlets or "Daily Alpha" in g.supporting_outlets
    assert not set(g.contradicting_outlets) & set(g.supporting_outlets)
    assert "at least 10" in g.explanation and "one person" in g.explanation
    assert len(g.evidence) == 3


def test_single_source_and_only_here(corpus):
    result = crosscheck_story(*corpus)
    g = next(g for g in result.claim_groups if "2,500" in g.text)
    assert g.status == "single-source" and g.supporting_outlets == ("Daily Alpha",)
    assert "only Daily Alpha" in g.explanation
    only = dict(result.only_here)
    assert only["Daily Alpha"] == g.claim_ids
    # The vote is stated by Beta News (and its copy) and Gamma Times: corroborated, in nobody's only-here list.
    vote = next(g for g in result.claim_groups if "parliament" in g.text)
    assert vote.status == "corroborated" and vote.independent_sources == 2
    assert not any(set(vote.claim_ids) & set(ids) for ids in only.values())


def test_copies_alone_are_single_source(b):
    a = b.article("a1", "Outlet One", "The bridge over the Vell river will close for repairs in May.", "2021-01-01")
    c = b.article("a2", "Outlet Two", "The bridge over the Vell river will close for repairs in May.", "2021-01-02")
    ex = [b.Extraction(x.id, claims=(b.claim(x, x.text),)) for x in (a, c)]
    dup = b.Duplicate(a="a1", b="a2", share=1.0)
    result = crosscheck_story(b.story(a, c), [a, c], ex, [dup])
    (g,) = result.claim_groups
    assert g.status == "single-source" and g.independent_sources == 1
    assert set(g.supporting_outlets) == {"Outlet One", "Outlet Two"}
    assert "Outlet Two (2021-01-02) repeats text of Outlet One (2021-01-01)" in g.explanation
    assert result.only_here == ()  # two outlets make it


def test_second_hand_claims_count_for_the_cited_outlet(b):
    text1 = "According to Reuters, the dam at Kessel broke after three days of heavy rain."
    text2 = "The Kessel dam broke after three days of heavy rain, Reuters reported."
    text3 = "After three days of heavy rain, the dam at Kessel gave way."
    arts = [b.article(f"m{k}", f"Outlet {k}", t, "2021-03-0%d" % k) for k, t in enumerate((text1, text2, text3), 1)]
    ex = [b.Extraction(arts[0].id, claims=(b.claim(arts[0], text1, attributed_to="Reuters", attributed_is_media=True),)),
          b.Extraction(arts[1].id, claims=(b.claim(arts[1], text2, attributed_to="Reuters", attributed_is_media=True),))]
    result = crosscheck_story(b.story(*arts[:2]), arts[:2], ex, [])
    (g,) = result.claim_groups
    assert g.status == "single-source" and g.independent_sources == 1
    assert "citing Reuters" in g.explanation
    ex.append(b.Extraction(arts[2].id, claims=(b.claim(arts[2], text3),)))
    result = crosscheck_story(b.story(*arts), arts, ex, [])
    (g,) = result.claim_groups
    assert g.status == "corroborated" and g.independent_sources == 2


def test_same_outlet_twice_is_one_source(b):
    a = b.article("s1", "Same Paper", "Fire crews saved the old mill in Harrow on Sunday night.", "2021-01-01")
    c = b.article("s2", "Same Paper", "On Sunday night fire crews saved the old Harrow mill.", "2021-01-02")
    ex = [b.Extraction(x.id, claims=(b.claim(x, x.text),)) for x in (a, c)]
    (g,) = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert g.status == "single-source" and "one source" in g.explanation


def test_negation_makes_a_contest(b):
    a = b.article("n1", "Paper A", "The minister resigned on Friday after the vote.", "2021-05-01")
    c = b.article("n2", "Paper B", "The minister did not resign on Friday after the vote.", "2021-05-01")
    ex = [b.Extraction(x.id, claims=(b.claim(x, x.text),)) for x in (a, c)]
    (g,) = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert g.status == "contested" and "did not happen" in g.explanation


def test_a_refusal_and_a_denial_of_details_say_the_same(b):
    a = b.article("r1", "Paper A", "Lieutenant Voss declined to describe the device in detail but indicated it was "
                                   "powerful.", "2021-05-01")
    c = b.article("r2", "Paper B", "Police could offer no details about the device other than to say it was "
                                   "powerful.", "2021-05-01")
    ex = [b.Extraction(x.id, claims=(b.claim(x, x.text),)) for x in (a, c)]
    groups = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert all(g.status != "contested" for g in groups), [g.explanation for g in groups]
    # a refusal is a negative, as "not" is; a fall in prices is not
    from newsprism.crosscheck.contradiction import is_negated
    assert is_negated(b.claim(a, a.text)) and is_negated(b.claim(c, c.text))
    e = b.article("r3", "Paper C", "Prices declined to their lowest level since 2019.", "2021-05-01")
    assert not is_negated(b.claim(e, e.text))


def test_date_conflict_makes_a_contest(b):
    a = b.article("d1", "Paper A", "The treaty was signed in Vienna on 3 March 2019.", "2021-05-01")
    c = b.article("d2", "Paper B", "The treaty was signed in Vienna on 3 March 2018.", "2021-05-01")
    ex = [b.Extraction(a.id, claims=(b.claim(a, a.text, dates=[("3 March 2019", "2019-03-03")]),)),
          b.Extraction(c.id, claims=(b.claim(c, c.text, dates=[("3 March 2018", "2018-03-03")]),))]
    (g,) = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert g.status == "contested" and "2019-03-03" in g.explanation and "2018-03-03" in g.explanation


def test_unrelated_claims_stay_apart(b):
    a = b.article("u1", "Paper A", "The central bank raised interest rates by half a point.", "2021-05-01")
    c = b.article("u2", "Paper B", "Heavy snow closed the mountain pass for two days.", "2021-05-01")
    ex = [b.Extraction(x.id, claims=(b.claim(x, x.text),)) for x in (a, c)]
    result = crosscheck_story(b.story(a, c), [a, c], ex, [])
    assert [g.status for g in result.claim_groups] == ["single-source", "single-source"]
    assert dict(result.only_here) == {"Paper A": result.claim_groups[0].claim_ids if result.claim_groups[0].supporting_outlets == ("Paper A",) else result.claim_groups[1].claim_ids,
                                      "Paper B": result.claim_groups[1].claim_ids if result.claim_groups[1].supporting_outlets == ("Paper B",) else result.claim_groups[0].claim_ids}


def test_same_result_whatever_the_input_order(corpus):
    story, arts, exts, dups = corpus
    first = crosscheck_story(story, arts, exts, dups)
    rng = random.Random(7)
    for _ in range(3):
        arts2, exts2 = arts[:], exts[:]
        rng.shuffle(arts2)
        rng.shuffle(exts2)
        assert crosscheck_story(story, arts2, exts2, dups) == first


def test_missing_article_is_a_clear_error(corpus):
    story, arts, exts, dups = corpus
    with pytest.raises(NewsprismError) as err:
        crosscheck_story(story, arts[:2], exts, dups)
    assert err.value.code == "E501" and "cccc" in str(err.value)


def test_claim_outside_its_article_is_skipped(b):
    a = b.article("x1", "Paper A", "Short text.", None)
    bad = b.claim(a, "Short text.")
    bad = type(bad)(id="bad", span=b.Span("x1", 0, 500), text="nonsense")
    result = crosscheck_story(b.story(a), [a], [b.Extraction("x1", claims=(bad, b.claim(a, "Short text.")))], [])
    assert [g.claim_ids for g in result.claim_groups] == [(b.claim(a, "Short text.").id,)]


def test_empty_story(b):
    a = b.article("e1", None, "Nothing to check here.", None)
    assert crosscheck_story(b.story(a), [a], [], []) == CrossCheck()


def test_counts_of_the_same_act_conflict_even_when_worded_apart(b):
    a = b.article("i1", "Paper A", "At least 12 people were injured, most of them cut by debris, and were treated "
                                   "at the city hospital.", "2025-10-08")
    c = b.article("i2", "Paper B", "Two people were slightly hurt, the civil protection service said.", "2025-10-07")
    ex = [b.Extraction(a.id, claims=(b.claim(a, a.text, entities=("city hospital",), quantities=[
              ("At least 12 people", 12, dict(approx="at least", thing="people"))]),)),
          b.Extraction(c.id, claims=(b.claim(c, c.text, entities=("civil protection service",),
                                             attributed_to="the civil protection service",
                                             quantities=[("Two people", 2, dict(thing="people"))]),))]
    (g,) = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert g.status == "contested" and "cannot both hold" in g.explanation


def test_other_named_things_counted_alike_are_not_a_conflict(b):
    a = b.article("e1", "Paper A", "About 60 people were evacuated from farms below the Sollen Dam.", "2025-09-02")
    c = b.article("e2", "Paper B", "About 3,400 people were evacuated from Eastbank.", "2025-10-07")
    ex = [b.Extraction(a.id, claims=(b.claim(a, a.text, entities=("Sollen Dam",), quantities=[
              ("About 60 people", 60, dict(approx="about", thing="people"))]),)),
          b.Extraction(c.id, claims=(b.claim(c, c.text, entities=("Eastbank",), quantities=[
              ("About 3,400 people", 3400, dict(approx="about", thing="people"))]),))]
    groups = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert [g.status for g in groups] == ["single-source", "single-source"]


def test_the_same_act_on_two_different_days_is_contested(b):
    a = b.article("w1", "Paper A", "The dam at Kessel gave way on 6 March, flooding the lower town.", "2025-03-07")
    c = b.article("w2", "Paper B", "The Kessel dam gave way on Tuesday morning, flooding the lower town and forcing "
                                   "hundreds of families from their homes.", "2025-03-05")
    ex = [b.Extraction(a.id, claims=(b.claim(a, a.text, entities=("Kessel",), dates=[("6 March", "2025-03-06")]),)),
          b.Extraction(c.id, claims=(b.claim(c, c.text, entities=("Kessel",),
                                             dates=[("on Tuesday morning", "2025-03-04")]),))]
    groups = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    (g,) = [g for g in groups if g.status == "contested"]
    assert "2025-03-06" in g.explanation and "2025-03-04" in g.explanation
    # The flooding both state is a fact of its own: corroborated.
    by_id = {a.id: a, c.id: c}
    (flood,) = [g for g in groups if g.status == "corroborated"]
    assert {s.article_id for s in flood.evidence} == {a.id, c.id}
    assert all("flooding the lower town" in by_id[s.article_id].text[s.start:s.end] for s in flood.evidence)
    # Different years for a similar act are two facts, not a conflict ("started in 2011" / "in 2014").
    a2 = b.article("y1", "Paper A", "The war started in 2011 when the coalition deployed its troops.", None)
    c2 = b.article("y2", "Paper B", "In 2014 the coalition started an operation against the militants.", None)
    ex2 = [b.Extraction(a2.id, claims=(b.claim(a2, a2.text, entities=("coalition",), dates=[("in 2011", "2011", "year")]),)),
           b.Extraction(c2.id, claims=(b.claim(c2, c2.text, entities=("coalition",), dates=[("In 2014", "2014", "year")]),))]
    assert all(g.status != "contested" for g in crosscheck_story(b.story(a2, c2), [a2, c2], ex2, []).claim_groups)


def test_a_week_agrees_with_its_days():
    from newsprism.crosscheck.contradiction import day_range
    from newsprism.records import DateRef, Span

    week = DateRef(Span("a", 0, 1), "this week", "2025-10-06", "week")
    lo, hi = day_range(week)
    assert str(lo) == "2025-10-06" and str(hi) == "2025-10-12"
    assert day_range(DateRef(Span("a", 0, 1), "January 2020", "2020-01", "month"))[1].isoformat() == "2020-01-31"
    assert day_range(DateRef(Span("a", 0, 1), "junk", "soon", "day")) is None


def test_a_quarter_agrees_with_its_three_months_only():
    from newsprism.crosscheck.contradiction import _dates_agree, day_range
    from newsprism.records import DateRef, Span

    q1 = DateRef(Span("a", 0, 1), "Q1 2015", "2015-01", "quarter")
    assert [str(x) for x in day_range(q1)] == ["2015-01-01", "2015-03-31"]
    assert [str(x) for x in day_range(DateRef(Span("a", 0, 1), "Q4 2014", "2014-10", "quarter"))] == \
        ["2014-10-01", "2014-12-31"]
    # "Q1 2015" is the days of March 2015, not January's alone, and none of April's
    assert _dates_agree(q1, DateRef(Span("b", 0, 1), "March 2015", "2015-03", "month"))
    assert _dates_agree(q1, DateRef(Span("b", 0, 1), "March 3, 2015", "2015-03-03", "day"))
    assert not _dates_agree(q1, DateRef(Span("b", 0, 1), "April 2015", "2015-04", "month"))


def test_weeks_ago_published_a_day_apart_is_the_same_date():
    from newsprism.crosscheck.contradiction import _dates_agree
    from newsprism.records import DateRef, Span

    # the same "two weeks ago", resolved against publication dates one day apart
    a = DateRef(Span("a", 0, 1), "two weeks ago", "2005-06-12", "day", relative=True)
    b = DateRef(Span("b", 0, 1), "about two weeks ago", "2005-06-11", "day", relative=True)
    assert _dates_agree(a, b)
    # a stated day stays a day, and weeks apart still differ
    assert not _dates_agree(DateRef(Span("a", 0, 1), "June 12", "2005-06-12", "day"),
                            DateRef(Span("b", 0, 1), "June 11", "2005-06-11", "day"))
    assert not _dates_agree(a, DateRef(Span("b", 0, 1), "five weeks ago", "2005-05-22", "day", relative=True))
    # "today" in two outlets a day apart is one day; "on Tuesday" against a stated 6 October is not
    assert _dates_agree(DateRef(Span("a", 0, 1), "today", "2012-06-11", "day", relative=True),
                        DateRef(Span("b", 0, 1), "Today", "2012-06-12", "day", relative=True))
    assert not _dates_agree(DateRef(Span("a", 0, 1), "on Tuesday", "2025-10-07", "day", relative=True),
                            DateRef(Span("b", 0, 1), "on 6 October", "2025-10-06", "day"))


def test_sources_quoted_apart_with_different_figures_are_named_in_the_explanation(b):
    """Outlet A reports the UN's toll, outlet B the hospital's: the outlets do not contradict each other,
    but a reader must see that the sources they quote disagree."""
    a = b.article("t1", "Paper A", "The UN said 40 people were killed when shells hit the Vantrell school.", "2026-01-07")
    c = b.article("t2", "Paper B", "The city hospital said 42 people were killed when shells hit the Vantrell school.",
                  "2026-01-07")
    ex = [b.Extraction(a.id, claims=(b.claim(a, a.text, entities=("UN", "Vantrell"), attributed_to="The UN",
                                             quantities=[("40 people", 40, dict(thing="people"))]),)),
          b.Extraction(c.id, claims=(b.claim(c, c.text, entities=("Vantrell",), attributed_to="The city hospital",
                                             quantities=[("42 people", 42, dict(thing="people"))]),))]
    (g,) = crosscheck_story(b.story(a, c), [a, c], ex, []).claim_groups
    assert g.status != "contested"  # the outlets report two sources faithfully
    assert "different figures" in g.explanation and "The UN (Paper A)" in g.explanation, g.explanation
    assert "The city hospital (Paper B)" in g.explanation and "“40 people”" in g.explanation


def test_an_agreement_is_told_once_whichever_way_round(b):
    # session 20: two links of one group gave "“May 2019” and “2019” are the same date" and "“2019” and
    # “May 2019” are the same date": the reader saw one agreement twice
    from newsprism.crosscheck.align import Link
    from newsprism.crosscheck.independence import Independence
    from newsprism.crosscheck.status import Member, group_status

    texts = ["Voss opened the Lenholm mill in May 2019.", "Voss opened the Lenholm mill in 2019.",
             "The Lenholm mill was opened by Voss in May 2019."]
    arts = [b.article(f"a{k}", f"Outlet {k}", t, f"2021-01-0{k + 1}") for k, t in enumerate(texts)]
    members = [Member(b.claim(a, a.text), a) for a in arts]
    links = {(0, 1): Link(0, 1, 0.9, 0.9, ("“May 2019” and “2019” are the same date (2019-05)",)),
             (1, 2): Link(1, 2, 0.9, 0.9, ("“2019” and “May 2019” are the same date (2019)",)),
             (0, 2): Link(0, 2, 0.9, 0.9)}
    g = group_status("s", [0, 1, 2], members, links, Independence(arts, ()))
    assert g.status == "corroborated"
    assert g.explanation.count("are the same date") == 1
