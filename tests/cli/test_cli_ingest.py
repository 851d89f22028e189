"""The command line as a user runs it: a real process, a real store file, real inputs."""
import json
from pathlib import Path

import pytest
from cli_run import run

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "corpus"
EXPECTED = REPO / "examples" / "expected.json"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "news.db"
    run("ingest", EXAMPLES, "--db", db, "--no-analysis", check=0)
    return db


def test_ingest_is_idempotent_and_lists_every_article(store):
    rows = json.loads(run("articles", "--db", store, "--json", check=0).stdout)
    expected = json.loads(EXPECTED.read_text())
    assert len(rows) >= len(expected["articles"])
    again = run("ingest", EXAMPLES, "--db", store, "--no-analysis", check=0)
    assert "0 new" in again.stderr
    assert len(json.loads(run("articles", "--db", store, "--json", check=0).stdout)) == len(rows)
    table = run("articles", "--db", store, check=0).stdout.splitlines()
    assert table[0].split()[:3] == ["ID", "OUTLET", "PUBLISHED"]
    assert len(table) == len(rows) + 1


def test_show_prints_body_and_what_was_set_aside(store):
    rows = json.loads(run("articles", "--db", store, "--json", check=0).stdout)
    with_comments = None
    for row in rows:
        article = json.loads(run("show", row["id"][:10], "--db", store, "--json", check=0).stdout)
        if article["comments"]:
            with_comments = article
            break
    assert with_comments is not None, "the demo corpus has reader comments"
    shown = run("show", with_comments["id"], "--db", store, check=0).stdout
    assert with_comments["title"] in shown
    assert "--- reader comments" in shown
    assert with_comments["comments"][0]["text"].split("\n")[0][:30] in shown
    for comment in with_comments["comments"]:
        assert comment["text"] not in with_comments["text"]


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Flood in Example Town\n\nBy Ann Writer\n\n" +
                                       "The river rose two metres overnight and the bridge closed. " * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "furniture.txt").write_text("Facebook\nTwitter\nShare\nLeave a Reply\n")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    proc = run("ingest", tmp_path, "--db", tmp_path / "s.db", "--no-analysis", check=1)
    assert "empty.txt" in proc.stderr and "picture.png" in proc.stderr
    for name in ("empty.txt", "furniture.txt", "picture.png"):  # each refusal names its input once, then the reason
        (line,) = [x for x in proc.stderr.splitlines() if "refused" in x and name in x]
        assert line.count(name) == 1, line
    assert "1 new" in proc.stderr
    errors = run("errors", "--db", tmp_path / "s.db", check=0).stdout
    assert "empty.txt" in errors and "picture.png" in errors


def test_usage_errors_exit_2(tmp_path):
    assert run("show", "nothing", "--db", tmp_path / "missing.db").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("analyze", EXAMPLES).returncode == 2  # no --json / --html
