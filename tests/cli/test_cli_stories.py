"""`newsprism stories` / `newsprism story ID` as a user runs them, and stories kept up to date by
`newsprism ingest` (new articles attached to the kept stories) agreeing with `newsprism reanalyze`."""
import json
import re
import shutil
from pathlib import Path

import pytest
from cli_run import run

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "corpus"
EXPECTED = json.loads((REPO / "examples" / "expected.json").read_text())
LATER = ("ostmere-courier-vardel-breach.html", "open-eye-vardel-opinion.txt")  # ingested in a second run


def name(source: str) -> str:
    return re.sub(r"#(?:line|entry)-(\d+)$", r"#\1", Path(source).name)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    root = tmp_path_factory.mktemp("stories")
    first, later = root / "first", root / "later"
    first.mkdir()
    later.mkdir()
    for f in EXAMPLES.iterdir():
        shutil.copy(f, (later if f.name in LATER else first) / f.name)
    db = root / "news.db"
    run("ingest", first, "--db", db, check=0)
    before = json.loads(run("stories", "--db", db, "--json", check=0).stdout)
    run("ingest", later, "--db", db, check=0)  # attaches the two new articles to the kept stories
    updated = json.loads(run("stories", "--db", db, "--json", check=0).stdout)
    run("reanalyze", "--db", db, check=0)  # the full re-cluster
    full = json.loads(run("stories", "--db", db, "--json", check=0).stdout)
    run("recluster", "--db", db, check=0)  # stories only, from the stored extractions
    reclustered = json.loads(run("stories", "--db", db, "--json", check=0).stdout)
    names = {r["id"]: name(r["source"]) for r in json.loads(run("articles", "--db", db, "--json", check=0).stdout)}
    return {"db": db, "before": before, "updated": updated, "full": full, "reclustered": reclustered, "names": names}


def partition(stories, names):
    return {frozenset(names[a] for a in s["article_ids"]) for s in stories}


def test_demo_corpus_gives_the_expected_stories_and_one_storyline(stores):
    assert partition(stores["full"], stores["names"]) == {frozenset(s) for s in EXPECTED["stories"]}
    lines = {s["storyline_id"] for s in stores["full"]}
    assert len(lines) == 1 and None not in lines  # the earlier dam, the breach, the resignation


def test_ingest_attaches_new_articles_as_the_full_run_would(stores):
    names = stores["names"]
    assert not any(n in LATER for s in stores["before"] for n in map(names.get, s["article_ids"]))
    key = lambda stories: sorted((s["id"], tuple(s["article_ids"]), s["storyline_id"]) for s in stories)
    assert key(stores["updated"]) == key(stores["full"])


def test_story_command_says_why_and_shows_copies_and_storyline(stores):
    main = max(stores["full"], key=lambda s: len(s["article_ids"]))
    text = run("story", main["id"][:10], "--db", stores["db"], check=0).stdout
    assert text.startswith(main["title"])
    assert text.count("mean similarity") == len(main["article_ids"])
    assert "near-duplicate" in text and "Part of a storyline of 3 stories tied by " in text
    doc = json.loads(run("story", main["id"], "--db", stores["db"], "--json", check=0).stdout)
    assert doc["storyline_shared_entities"] and ", ".join(doc["storyline_shared_entities"]) in text
    assert doc["story"]["id"] == main["id"]
    assert [s["id"] for s in doc["storyline"]][1] == main["id"]  # the middle chapter of three
    assert all(d["a"] in main["article_ids"] and d["b"] in main["article_ids"] for d in doc["duplicates"])


def test_table_and_unknown_story(stores):
    table = run("stories", "--db", stores["db"], check=0).stdout.splitlines()
    assert table[0].split()[:3] == ["ID", "FIRST", "LAST"] and len(table) == 1 + len(stores["full"])
    bad = run("story", "no-such-story", "--db", stores["db"])
    assert bad.returncode == 2 and "E904" in bad.stderr and "newsprism stories" in bad.stderr


def test_recluster_gives_the_same_stories_as_a_full_reanalysis(stores):
    assert partition(stores["reclustered"], stores["names"]) == partition(stores["full"], stores["names"])
    assert [s["title"] for s in stores["reclustered"]] == [s["title"] for s in stores["full"]]
