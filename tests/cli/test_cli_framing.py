"""`newsprism framing STORY` and `newsprism outlets` as a user runs them, over the analysed demo corpus."""
import json
from pathlib import Path

import pytest
from cli_run import run

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "corpus"
EXPECTED = json.loads((REPO / "examples" / "expected.json").read_text())


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("framing") / "news.db"
    run("ingest", EXAMPLES, "--db", db, check=0)
    return db


def _vardel(store):
    stories = json.loads(run("check", "--db", store, "--json", check=0).stdout)
    return max(stories, key=lambda s: s["articles"])


def test_framing_json_shows_the_loaded_outlet_and_its_evidence(store):
    story = _vardel(store)
    doc = json.loads(run("framing", story["id"][:12], "--db", store, "--json", check=0).stdout)
    assert doc["story"]["id"] == story["id"]
    profiles = {p["outlet"]: p for p in doc["outlets"]}
    loud = EXPECTED["loaded_outlet"]
    assert max(profiles.values(), key=lambda p: p["loaded_density"])["outlet"] == loud
    assert max(profiles.values(), key=lambda p: p["opinion_share"])["outlet"] == loud
    texts = {a["id"]: a["text"] for a in json.loads(run("report", "--db", store, "--json", "/dev/stdout",
                                                         check=0).stdout)["articles"]}
    evidence = [texts[f["span"]["article_id"]][f["span"]["start"]:f["span"]["end"]] for f in doc["framing"]]
    assert all(e and e == e.strip() for e in evidence)
    fragments = EXPECTED["loaded_fragments"]["open-eye-vardel-opinion.txt"]
    found = [frag for frag in fragments if any(e in frag or frag in e for e in evidence)]
    assert len(found) >= len(fragments) * 2 // 3, (found, evidence)
    assert all(f["whose"] == "outlet" for f in doc["framing"])  # without --quoted: own words only


def test_framing_table_and_unknown_story(store):
    story = _vardel(store)
    out = run("framing", story["id"], "--db", store, "--kind", "slogan", check=0).stdout
    assert "Outlet profiles" in out and "Naming" in out and "Justice for Eastbank!" in out
    assert "loaded " not in out.split("Findings", 1)[1]  # --kind keeps only slogans
    bad = run("framing", "no-such-story", "--db", store)
    assert bad.returncode == 2 and "E911" in bad.stderr


def test_outlets_over_the_store_and_by_month(store):
    rows = json.loads(run("outlets", "--db", store, "--json", check=0).stdout)
    assert list(rows) == ["all"] and len(rows["all"]) >= 6
    monthly = json.loads(run("outlets", "--db", store, "--json", "--by", "month", check=0).stdout)
    assert set(monthly) >= {"2025-09", "2025-10"}
    one = json.loads(run("outlets", "--db", store, "--json", "--outlet", EXPECTED["loaded_outlet"], check=0).stdout)
    assert [p["outlet"] for p in one["all"]] == [EXPECTED["loaded_outlet"]]
    table = run("outlets", "--db", store, check=0).stdout
    assert table.splitlines()[0].split()[:3] == ["OUTLET", "ARTICLES", "SENTENCES"]
    assert run("outlets", "--db", store, "--outlet", "Nobody").returncode == 2


def test_a_one_article_story_and_the_monthly_profiles_read_right(store):
    stories = json.loads(run("check", "--db", store, "--json", check=0).stdout)
    single = next(s for s in stories if s["articles"] == 1)
    out = run("framing", single["id"], "--db", store, check=0).stdout
    assert "(1 article)" in out.splitlines()[0]  # was "(1 articles)"
    # per month, only-here claims are not counted (a claim group spans months): no column of zeros for them
    monthly = run("outlets", "--db", store, "--by", "month", check=0).stdout
    assert "ONLY_HERE" not in monthly and "without --by" in monthly
    assert "ONLY_HERE" in run("outlets", "--db", store, check=0).stdout
