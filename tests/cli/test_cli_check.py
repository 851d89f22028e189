"""`newsprism check` as a user runs it: a real process over a store the demo corpus was analysed into."""
import json
from pathlib import Path

import pytest
from cli_run import run

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("check") / "news.db"
    run("ingest", EXAMPLES, "--db", db, check=0)
    return db


def test_check_lists_stories_then_prints_the_matrix(store):
    stories = json.loads(run("check", "--db", store, "--json", check=0).stdout)
    vardel = next(s for s in stories if "Vardel" in s["title"] or s["articles"] >= 6)
    assert vardel["contested"] >= 2 and vardel["corroborated"] >= 1
    out = run("check", vardel["id"][:12], "--db", store, check=0).stdout
    lines = out.splitlines()
    assert lines[0].endswith(f"[{vardel['id']}]")
    legend = [line.split("= ", 1)[1] for line in lines if line[:5].strip().isdigit() and "= " in line]
    assert {"Northline Press Agency", "Halvard Daily Post", "Ostmere Courier", "Orm Valley Radio"} <= set(legend)
    header = next(line for line in lines if line.startswith("STATUS"))
    assert header.split()[2:2 + len(legend)] == [str(k) for k in range(1, len(legend) + 1)]
    assert sum(line.startswith("CONTESTED") for line in lines) == vardel["contested"]
    assert "QUOTES (fidelity of each outlet's copy against the fullest one)" in lines
    assert any(line.strip().startswith("altered") and "The Open Eye" in line for line in lines)


def test_check_json_has_cells_and_evidence(store):
    stories = json.loads(run("check", "--db", store, "--json", check=0).stdout)
    doc = json.loads(run("check", stories[0]["id"], "--db", store, "--json", check=0).stdout)
    assert doc["story"]["id"] == stories[0]["id"]
    for claim in doc["claims"]:
        assert set(claim["cells"]) == set(doc["outlets"])
        assert set(claim["cells"].values()) <= {"supports", "contradicts", "both", "silent"}
        assert claim["explanation"] and claim["evidence"]
        assert all(e["text"] for e in claim["evidence"])


def test_check_unknown_story_is_a_clear_error(store):
    proc = run("check", "no-such-story", "--db", store)
    assert proc.returncode == 2 and "E911" in proc.stderr and "no-such-story" in proc.stderr
    proc = run("check", "x", "--db", store.parent / "missing.db")
    assert proc.returncode == 2 and "missing.db" in proc.stderr


def test_whole_pipeline_finds_the_planted_contradictions(store):
    """Through every stage (clustering included): the story holding the wire shows both planted
    contradictions, and no other contradiction among the articles expected.json puts in that story (a
    clustering that merges in the earlier dam story may add its own: that is the clustering's finding)."""
    expected = json.loads((REPO / "examples" / "expected.json").read_text(encoding="utf-8"))
    rows = json.loads(run("articles", "--db", store, "--json", check=0).stdout)
    name = {r["id"]: Path(r["source"]).name.replace("#line-", "#").replace("#entry-", "#") for r in rows}
    gold = set(expected["stories"][1])
    stories = json.loads(run("check", "--db", store, "--json", check=0).stdout)
    docs = [json.loads(run("check", s["id"], "--db", store, "--json", check=0).stdout) for s in stories]
    doc = next(d for d in docs if any(name[e["article_id"]] == "scraped-records.jsonl#1"
                                      for c in d["claims"] for e in c["evidence"]))
    contested = [c for c in doc["claims"] if c["status"] == "contested"]

    def is_planted(c, planted):
        return all(any(name[e["article_id"]] == f and frag in e["text"] for e in c["evidence"])
                   for f, frag in zip(planted["files"], planted["fragments"]))

    for planted in expected["contested"]:
        assert any(is_planted(c, planted) for c in contested), planted["what"]
    others = [c for c in contested if not any(is_planted(c, p) for p in expected["contested"])]
    for c in others:  # anything else contested must come from articles clustering added to the story
        assert {name[e["article_id"]] for e in c["evidence"]} - gold, c["explanation"]
