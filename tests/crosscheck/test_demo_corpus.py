"""The cross-check on the demo corpus (examples/corpus) against what examples/expected.json plants.

The earlier stages run for real (ingest, clean, extract, copy detection); the story is the one
expected.json names, so this tests the cross-check itself whatever story clustering does.
"""
import json
import re
from pathlib import Path

import pytest

from newsprism.cluster import find_duplicates
from newsprism.crosscheck import crosscheck_story
from newsprism.extract import extract_articles
from newsprism.records import Story
from newsprism.runners.local import ingest

REPO = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((REPO / "examples" / "expected.json").read_text(encoding="utf-8"))


def file_name(source: str) -> str:
    """"…/scraped-records.jsonl#line-2" → "scraped-records.jsonl#2" (expected.json's naming)."""
    return re.sub(r"#(?:line|entry)-(\d+)$", r"#\1", Path(source).name)


@pytest.fixture(scope="module")
def demo():
    result = ingest([str(REPO / "examples" / "corpus")])
    assert not result.errors
    articles = {file_name(a.source): a for a in result.articles}
    files = EXPECTED["stories"][1]
    story_articles = [articles[f] for f in files]
    extractions = extract_articles(story_articles)
    duplicates = find_duplicates(story_articles)
    story = Story(id="story_vardel", title="Vardel Dam breach", article_ids=tuple(a.id for a in story_articles))
    checked = crosscheck_story(story, story_articles, extractions, duplicates)
    return checked, articles, {a.id: a for a in story_articles}


def evidence_of(group, by_id):
    return [(by_id[s.article_id], by_id[s.article_id].text[s.start:s.end]) for s in group.evidence]


def covers(group, by_id, articles, files, fragments) -> bool:
    """Every (file, fragment) is inside one of the group's evidence spans in that file's article."""
    spans = evidence_of(group, by_id)
    return all(any(a.id == articles[f].id and frag in text for a, text in spans) for f, frag in zip(files, fragments))


def test_every_planted_contradiction_is_found_and_nothing_else(demo):
    checked, articles, by_id = demo
    contested = [g for g in checked.claim_groups if g.status == "contested"]
    for planted in EXPECTED["contested"]:
        found = [g for g in contested if covers(g, by_id, articles, planted["files"], planted["fragments"])]
        assert found, f"not found as contested: {planted['what']}"
        g = found[0]
        odd = articles[planted["files"][0]].outlet  # the outlet stating the other thing comes first
        sides = (g.supporting_outlets, g.contradicting_outlets)
        assert any(odd in side and not {articles[f].outlet for f in planted["files"][1:]} & set(side)
                   for side in sides), (planted["what"], sides)
        assert "Why they conflict" in g.explanation
    assert len(contested) == len(EXPECTED["contested"]), [g.explanation for g in contested]


def test_date_conflict_explains_the_days(demo):
    checked, articles, by_id = demo
    dates = EXPECTED["contested"][1]["dates"]
    g = next(g for g in checked.claim_groups if g.status == "contested" and "dated differently" in g.explanation)
    assert set(dates.values()) <= set(re.findall(r"\d{4}-\d{2}-\d{2}", g.explanation))


def test_number_stated_two_ways_is_one_corroborated_claim(demo):
    checked, articles, by_id = demo
    for planted in EXPECTED["consistent_numbers"]:
        found = [g for g in checked.claim_groups
                 if covers(g, by_id, articles, planted["files"], planted["fragments"])]
        assert found, planted["what"]
        g = found[0]
        assert g.status == "corroborated"
        # wire + its near-duplicate + the partial copy are one source; the Courier and The Open Eye add two
        assert g.independent_sources == 3, g.explanation
        assert "same change" in g.explanation


def test_single_source_claims(demo):
    checked, articles, by_id = demo
    for planted in EXPECTED["single_source"]:
        files = [planted["file"]] + planted.get("also_in", [])
        found = [g for g in checked.claim_groups if covers(g, by_id, articles, [planted["file"]], [planted["fragment"]])]
        assert found, planted["why"]
        g = found[0]
        assert g.status == "single-source" and g.independent_sources == 1, g.explanation
        assert {by_id[s.article_id].outlet for s in g.evidence} == {articles[f].outlet for f in files}


def test_syndicated_copy_never_counts_as_independent(demo):
    checked, articles, by_id = demo
    for planted in EXPECTED["syndicated"]:
        copy, original = articles[planted["copy"]].outlet, articles[planted["original"]].outlet
        both = [g for g in checked.claim_groups
                if {copy, original} <= {by_id[s.article_id].outlet for s in g.evidence}
                and planted["kind"] == "near-duplicate"]
        for g in both:
            outlets = set(g.supporting_outlets) | set(g.contradicting_outlets)
            assert g.independent_sources <= len(outlets) - 1, g.explanation
            assert f"{copy} (" in g.explanation and f"repeats text of {original}" in g.explanation
    # The 11-dams claim: four outlets, one source, and the radio's citation is counted for the wire.
    dams = next(g for g in checked.claim_groups if "11 other dams" in g.text)
    assert "citing Northline Press Agency" in dams.explanation
    assert "counted for Northline Press Agency" in dams.explanation


def test_quote_fidelity(demo):
    checked, articles, by_id = demo
    (planted,) = EXPECTED["quote_groups"]
    groups = [q for q in checked.quote_groups if planted["text_fragment"] in q.text]
    assert len(groups) == 1
    q = groups[0]
    assert q.speaker and planted["speaker"].split()[-1] in q.speaker and not q.speaker_conflict
    got = {m.article_id: m.fidelity for m in q.members}
    assert got == {articles[f].id: fid for f, fid in planted["fidelity"].items()}
    for f, change in planted["altered_words"].items():
        member = next(m for m in q.members if m.article_id == articles[f].id)
        assert f"[-{change['from']}-]" in member.diff and f"{{+{change['to']}+}}" in member.diff
    for m in q.members:  # each member's span is its rendering in the article
        text = by_id[m.article_id].text[m.span.start:m.span.end]
        assert "lower town" in text


@pytest.mark.parametrize("planted", EXPECTED["corroborated"], ids=lambda p: p["what"])
def test_every_planted_corroboration_is_found(demo, planted):
    """Each fact is corroborated with evidence in every file that states it, even where a file states
    it inside a sentence about other facts (the wire's first sentence: the breach, its date and the
    evacuation; its embankment sentence: the gap and the year the dam was completed)."""
    checked, articles, by_id = demo
    found = [g for g in checked.claim_groups if covers(g, by_id, articles, planted["files"], planted["fragments"])]
    assert found, f"not one group with evidence in every file: {planted['what']}"
    g = found[0]
    assert g.status == "corroborated" and g.independent_sources >= 2, g.explanation
    # The evidence of a multi-fact sentence is the part that states this fact, not the whole sentence.
    for f, frag in zip(planted["files"], planted["fragments"]):
        spans = [s for s in g.evidence if s.article_id == articles[f].id]
        assert any(frag in by_id[s.article_id].text[s.start:s.end] for s in spans)


def test_one_speaker_saying_different_things_is_not_one_claim(demo):
    """Jonas Tervald's briefing (the situation stabilised), his call for patience and his warning to
    stay away are different statements: the same name and frame around them do not make them one claim."""
    checked, articles, by_id = demo
    statements = ("stabilised by midday", "asked residents for patience", "urged residents to stay away")
    for g in checked.claim_groups:
        texts = [by_id[s.article_id].text[s.start:s.end] for s in g.evidence]
        said = {m for m in statements if any(m in t for t in texts)}
        assert len(said) <= 1, (g.status, texts)
        if said:
            assert g.status == "single-source", (g.explanation, texts)


def test_evidence_spans_point_into_their_articles(demo):
    checked, articles, by_id = demo
    for g in checked.claim_groups:
        assert g.explanation and g.evidence
        for s in g.evidence:
            assert 0 <= s.start < s.end <= len(by_id[s.article_id].text)
    only = dict(checked.only_here)
    assert set(only) <= {a.outlet for a in by_id.values()}
    assert only["Halvard Business Journal"]  # the insurers, the bonds: claims of its own
