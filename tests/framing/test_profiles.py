"""Outlet profiles: opinion share, loaded-language density, labels, cited sources, only-here claims."""
from framing.builders import article, extraction, quote

from newsprism.framing import frame_articles
from newsprism.framing.profiles import profiles_from_analysis
from newsprism.records import Analysis, ClaimGroup


def _corpus():
    calm = article("p1", "Calm Wire", "The bridge reopened on Monday. The mayor said repairs cost 2 million euros.",
                   "2021-02-01")
    loud = article("p2", "Loud Post", "The shameful, disgraceful bridge fiasco goes on. Why do these corrupt "
                   "clowns still rule? Down with the cowardly thugs!", "2021-03-05")
    exts = [extraction(calm, quotes=[quote(calm, "repairs cost 2 million euros", "the mayor", "indirect")]),
            extraction(loud)]
    groups = [ClaimGroup("g1", "s1", ("c9",), "single-source", supporting_outlets=("Loud Post",))]
    return [calm, loud], exts, groups


def test_the_loud_outlet_has_more_opinion_and_loaded_language():
    arts, exts, groups = _corpus()
    framing = frame_articles(arts, exts, (), (), groups)
    prof = {p.outlet: p for p in framing.outlets}
    assert set(prof) == {"Calm Wire", "Loud Post"}
    calm, loud = prof["Calm Wire"], prof["Loud Post"]
    assert loud.loaded_density > calm.loaded_density == 0.0
    assert loud.opinion_share > calm.opinion_share
    assert calm.opinion_share == 0.0 and calm.sentences == 2 and loud.sentences == 3
    assert any("thugs" in label for label in loud.labels)
    assert calm.cited_sources == ("the mayor",)
    assert loud.only_here_claims == ("c9",) and calm.only_here_claims == ()


def test_profiles_by_period_from_a_stored_analysis():
    arts, exts, groups = _corpus()
    framing = frame_articles(arts, exts, (), (), groups)
    analysis = Analysis(articles=tuple(arts), extractions=tuple(exts), claim_groups=tuple(groups),
                        framing=framing.findings, stances=framing.stances)
    by_month = profiles_from_analysis(analysis, by="month")
    assert sorted(by_month) == ["2021-02", "2021-03"]
    assert [p.outlet for p in by_month["2021-02"]] == ["Calm Wire"]
    assert profiles_from_analysis(analysis)["all"] == list(framing.outlets)


def test_one_broken_article_does_not_stop_the_batch():
    import warnings

    arts, exts, _ = _corpus()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        framing = frame_articles([arts[0], "not an article", arts[1]], exts)  # type: ignore[list-item]
    assert {f.span.article_id for f in framing.findings} == {"p2"}
    assert any("E603" in str(w.message) for w in caught)


def test_a_source_cited_by_its_acronym_in_a_claim_and_its_name_in_a_quote_is_cited_once():
    from dataclasses import replace

    from newsprism.records import Claim, Entity, Span
    art = article("p3", "Calm Wire", "The Lenholm News Agency said the port shut. LNA also said the mill shut.")
    q = replace(quote(art, "the port shut", "Lenholm News Agency", "indirect"), speaker_entity_id="e1",
                speaker_is_media=True)
    claim = Claim("c1", Span("p3", 44, 73), "LNA also said the mill shut.", attributed_to="LNA",
                  attributed_is_media=True)
    ext = replace(extraction(art, quotes=[q]), claims=(claim,))
    agency = Entity("e1", "Lenholm News Agency", "ORG", aliases=("LNA",))
    (prof,) = frame_articles([art], [ext], [agency]).outlets
    assert prof.cited_sources == ("Lenholm News Agency (media)",)
