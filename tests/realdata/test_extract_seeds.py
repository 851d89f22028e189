"""The seed articles (../shared/samples/seeds): Stoltenberg's quotes with Stoltenberg as speaker, the
Soleimani spellings and the Islamic State aliases one entity each, and the mission's figures normalised."""
import re

import pytest
from shared_data import SEEDS

from newsprism.extract import extract_articles
from newsprism.resolve import resolve_entities
from newsprism.runners.local import ingest


@pytest.fixture(scope="module")
def seeds():
    result = ingest([str(SEEDS)])
    assert not result.errors and len(result.articles) == 5
    articles = sorted(result.articles, key=lambda a: a.id)
    entities, extractions = resolve_entities(articles, extract_articles(articles))
    return articles, extractions, entities


def _entity_named(entities, name):
    hits = [e for e in entities if e.name == name or name in e.aliases]
    assert len(hits) == 1, (name, [(e.name, e.aliases) for e in hits])
    return hits[0]


def _entity_ids_of_mentions(extractions, pattern):
    return {m.span.article_id: m for x in extractions for m in x.mentions if re.search(pattern, m.text)}


def test_stoltenberg_is_the_speaker_of_his_quotes_in_every_article_that_has_them(seeds):
    articles, extractions, entities = seeds
    jens = _entity_named(entities, "Jens Stoltenberg")
    with_him = [a for a in articles if "Stoltenberg" in a.text]
    assert len(with_him) == 5
    by_id = {x.article_id: x for x in extractions}
    for article in with_him:
        quotes = [q for q in by_id[article.id].quotes if q.kind != "scare"]
        his = [q for q in quotes if q.speaker_entity_id == jens.id]
        assert his, (article.source, [(q.speaker, q.text[:40]) for q in quotes])
        # His words about the training mission are never given to anyone else.
        for q in quotes:
            if re.search(r"training mission in Iraq|size of our mission|Training activities will", q.text):
                assert q.speaker_entity_id == jens.id, (article.source, q.speaker, q.text[:60])


def test_soleimani_spellings_are_one_entity_and_al_muhandis_too(seeds):
    _, extractions, entities = seeds
    soleimani = _entity_named(entities, "Qassem Soleimani")
    assert {"Qasem Soleimani", "Soleimani"} <= set(soleimani.aliases)
    for m in (m for x in extractions for m in x.mentions if re.search(r"Qass?em Soleimani|^Soleimani$", m.text)):
        assert m.span in soleimani.mentions, m.text
    muhandis = _entity_named(entities, "Abu Mahdi al-Muhandis")
    assert "Al – Mohandes" in muhandis.aliases
    # A different given name is another person: kept apart, not guessed into Qassem Soleimani.
    assert _entity_named(entities, "Hussein Suleimani").id != soleimani.id


def test_islamic_state_aliases_are_one_entity_with_their_reasons(seeds):
    _, extractions, entities = seeds
    isis = _entity_named(entities, "Daesh")
    assert isis.name == "Islamic State"
    assert {"ISIS", "ISIL", "Daesh", "Islamic state"} <= set(isis.aliases)
    reasons = {m.alias: m.reason for m in isis.merges}
    assert reasons["ISIL"] == "alias file" and reasons["Islamic state"] == "same name after normalising"
    nato = _entity_named(entities, "NATO")
    assert "North Atlantic alliance" in nato.aliases and nato.name == "North Atlantic Treaty Organization"


def test_mission_figures_are_normalised_in_the_claims(seeds):
    _, extractions, _ = seeds
    quantities = [q for x in extractions for c in x.claims for q in c.quantities]
    changes = [q for q in quantities if q.change_from == 500 and q.value == 4000]
    assert len(changes) >= 3, [q.text for q in quantities]
    assert any(q.approx for q in changes)  # "from 500 personnel to around 4,000"
    multipliers = [q for q in quantities if q.kind == "multiplier" and q.value == 8]
    assert {q.text.lower() for q in multipliers} >= {"eightfold", "eight-fold", "eight times"}, [q.text for q in multipliers]
    troops = [q for q in quantities if q.value == 2500]
    assert troops and troops[0].approx == "some" and "troops" in (troops[0].thing or "")
