"""Framing on real data: the PTC floor (benchmarks/floors/framing_ptc.json) and the seed articles.

The PTC check frames the held-out two thirds of ../shared/data/ptc without extraction (framing reads
quotation marks and sentence ends itself), which takes well under a minute; the full benchmark
with extraction is `python benchmarks/framing_ptc.py --write` (a few minutes).
"""
import json

import pytest
from shared_data import DATA, REPO, SEEDS, benchmark

FLOOR = json.loads((REPO / "benchmarks" / "floors" / "framing_ptc.json").read_text())


def _bench():
    return benchmark("framing_ptc")


@pytest.fixture(scope="module")
def ptc_scores():
    if not (DATA / "ptc" / "labels.tsv").exists():
        pytest.fail("../shared/data/ptc is not there")
    return _bench().evaluate("heldout", with_extraction=False)


@pytest.mark.parametrize("block", ["loaded_language", "name_calling_labeling", "union_of_our_techniques"])
def test_ptc_span_f1_stays_above_the_floor(ptc_scores, block):
    assert ptc_scores["articles"] == FLOOR["articles"]
    floor = FLOOR["without_extraction"][block]
    got = ptc_scores[block]
    assert got["f1"] >= floor["f1"], (block, got, floor)
    assert got["precision"] >= floor["precision"] and got["recall"] >= floor["recall"], (block, got, floor)


def test_the_split_is_fixed_and_disjoint():
    bench = _bench()
    fit, _ = bench.load_ptc("fit")
    held, _ = bench.load_ptc("heldout")
    assert fit and held and not set(fit) & set(held)
    assert len(held) == FLOOR["articles"]


# ---------------------------------------------------------------- the seed articles

@pytest.fixture(scope="module")
def seeds():
    from newsprism.extract import extract_articles
    from newsprism.framing import frame_articles
    from newsprism.runners.local import ingest

    articles = sorted(ingest([str(SEEDS)]).articles, key=lambda a: a.source)
    assert len(articles) == 5
    extractions = extract_articles(articles)
    return articles, extractions, frame_articles(articles, extractions, ())


def _by_seed(seeds, field):
    """Seed file prefix (000..004) -> the profile field of its outlet."""
    from newsprism.framing.naming import outlet_of

    articles, _, framing = seeds
    profile = {p.outlet: p for p in framing.outlets}
    assert len(profile) == 5  # one outlet per seed
    return {a.source.rsplit("/", 1)[-1][:3]: getattr(profile[outlet_of(a)], field) for a in articles}


def _agency_2018(articles):
    hits = [a for a in articles if (a.published or "").startswith("2018")]
    assert len(hits) == 1
    return hits[0].source.rsplit("/", 1)[-1][:3]


def _seed(articles, text):
    hits = [a for a in articles if text in a.text]
    assert len(hits) == 1, text
    return hits[0].source.rsplit("/", 1)[-1][:3]


def test_the_two_most_opinionated_seeds_have_the_highest_loaded_density(seeds):
    articles, _, _ = seeds
    density = _by_seed(seeds, "loaded_density")
    slogans = _seed(articles, "Long live")
    freedom = _seed(articles, "freedom fighters")
    top_two = sorted(density, key=density.get, reverse=True)[:2]
    assert set(top_two) == {slogans, freedom}, density


def test_the_agency_and_radio_reports_have_the_least_opinion(seeds):
    articles, _, _ = seeds
    share = _by_seed(seeds, "opinion_share")
    agency = _agency_2018(articles)
    radio = _seed(articles, "(RHC)")
    assert set(sorted(share, key=share.get)[:2]) == {agency, radio}, share


@pytest.mark.xfail(strict=True, reason="known gap: the agency report's two charged passages are its own words "
                   "('so-called' before a name, 'radical Islamists'; nothing quoted, no military vocabulary), while "
                   "the 2021 analysis piece frames by insinuation in few words over 945 ('under the guise of', 'with "
                   "the excuse of' -- one of which extraction gives to a cited source) and falls below it (0.32 vs "
                   "0.55 per 100 words); see benchmarks/README.md, framing_ptc")
def test_the_agency_and_radio_reports_have_the_lowest_loaded_density(seeds):
    articles, _, _ = seeds
    density = _by_seed(seeds, "loaded_density")
    agency = _agency_2018(articles)
    radio = _seed(articles, "(RHC)")
    assert set(sorted(density, key=density.get)[:2]) == {agency, radio}, density


def test_the_naming_table_shows_isis_daesh_and_isil_side_by_side(seeds):
    _, _, framing = seeds
    rows = [r for r in framing.naming if {"ISIS", "Daesh", "ISIL"} & set(r.names)]
    entity_ids = {r.entity_id for r in rows}
    assert len(entity_ids) == 1, rows  # one entity ...
    names = {n for r in rows for n in r.names}
    assert {"ISIS", "Daesh", "ISIL"} <= names  # ... named three ways
    assert len({r.outlet for r in rows}) >= 3


def test_every_seed_finding_has_a_span_whose_text_matches(seeds):
    articles, _, framing = seeds
    text = {a.id: a.text for a in articles}
    assert framing.findings
    for f in framing.findings:
        evidence = text[f.span.article_id][f.span.start:f.span.end]
        assert evidence and evidence == evidence.strip(), f
        if f.kind in ("loaded", "repeated", "label", "doubt", "minimisation"):
            assert any(t.lower() in evidence.lower() for t in f.terms), (f, evidence)


def test_slogans_and_the_mandatory_label_are_found_in_the_seeds(seeds):
    articles, _, framing = seeds
    text = {a.id: a.text for a in articles}
    slogans = {text[f.span.article_id][f.span.start:f.span.end] for f in framing.findings if f.kind == "slogan"}
    assert any(s.startswith("Down with") for s in slogans) and any(s.startswith("Long live") for s in slogans)
    mandatory = [f for f in framing.findings if f.kind == "mandatory-label"]
    assert len(mandatory) >= 2 and all(f.whose == "outlet" for f in mandatory)
