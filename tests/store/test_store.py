"""The SQLite store: a real file, idempotent writes, search, delete, reading back what was written."""
import multiprocessing
import os
import signal
import sqlite3
import time

import pytest

from newsprism.errors import NewsprismError
from newsprism.records import (Analysis, Article, ClaimGroup, Comment, Segment, Span, Story, Storyline,
                               RawDocument, article_id_for)
from newsprism.store import fts_query, open_store


def make_doc(text: str, outlet: str = "Daily Example", published: str | None = "2021-02-20", title=None):
    raw = RawDocument(source=f"{outlet}.txt", fetched_at="2026-01-01T00:00:00+00:00",
                      content_type="text/plain", data=text.encode())
    article = Article(id=article_id_for(raw.data), source=raw.source, outlet=outlet, outlet_found="hint",
                      title=title or text.split(".")[0], byline=None, published=published,
                      published_precision="day" if published else None, published_found="hint",
                      language="en", text=text, comments=(Comment("first!", "2021-02-21"),),
                      removed=(Segment("removed", "Share on Facebook", "share widget"),))
    return raw, article


def test_documents_are_kept_once_and_read_back_whole(tmp_path):
    db = tmp_path / "news.db"
    raw, article = make_doc("The river rose by two metres overnight.")
    with open_store(db) as store:
        assert store.add_document(raw, article) is True
        assert store.add_document(raw, article) is False  # same content: nothing new
        assert store.count_articles() == 1
    with open_store(db, readonly=True) as store:
        assert store.article(article.id) == article
        assert store.article(article.id[:6]) == article  # unique prefix
        assert store.raw_document(article.id).data == raw.data  # the bytes as they arrived


def test_filters_and_full_text_search(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        for text, outlet, date in [("Flood waters reach the old town.", "A", "2021-02-18"),
                                   ("The minister visited the dam.", "B", "2021-02-20"),
                                   ("Rain again; the dam holds.", "A", None)]:
            store.add_document(*make_doc(text, outlet, date))
        assert [a.outlet for a in store.articles()] == ["A", "B", "A"]  # dated first, undated last
        assert {a.text for a in store.articles(query="dam")} == {"The minister visited the dam.",
                                                                   "Rain again; the dam holds."}
        assert [a.outlet for a in store.articles(outlet="B")] == ["B"]
        assert len(store.articles(since="2021-02-19")) == 1
        assert len(store.articles(until="2021-02-19")) == 1
        # search words are data, never FTS syntax or SQL
        assert store.articles(query='dam" OR 1=1; DROP TABLE articles; --') == []
        assert store.count_articles() == 3


def test_fts_query_quotes_every_word():
    assert fts_query('dam "x" NEAR(a b)') == '"dam" "x" "NEAR" "a" "b"'
    assert fts_query("!!!") is None


def test_analysis_round_trip_and_delete(tmp_path):
    raw1, a1 = make_doc("One outlet says twelve were hurt.", "A")
    raw2, a2 = make_doc("Another outlet says two were hurt.", "B")
    story = Story(id="s1", title="Hurt", article_ids=(a1.id, a2.id))
    group = ClaimGroup(id="g1", story_id="s1", claim_ids=("c1", "c2"), status="contested",
                       evidence=(Span(a1.id, 0, 10), Span(a2.id, 0, 10)))
    with open_store(tmp_path / "s.db") as store:
        store.add_document(raw1, a1)
        store.add_document(raw2, a2)
        store.save_analysis(Analysis(articles=(a1, a2), stories=(story,), claim_groups=(group,)))
        back = store.analysis()
        assert back.stories == (story,) and back.claim_groups == (group,)
        assert store.analysis("s1").claim_groups == (group,)
        with pytest.raises(NewsprismError):
            store.analysis("nope")
        assert store.delete_article(a1.id)
        assert store.article(a1.id) is None and store.raw_document(a1.id) is None
        left = store.story("s1")
        assert left.article_ids == (a2.id,)
        assert store.analysis().claim_groups == ()  # no longer holds without the deleted evidence


def test_a_storyline_keeps_what_ties_its_stories_and_an_older_one_still_opens(tmp_path):
    line = Storyline(id="line1", story_ids=("s1", "s2"), shared_entities=("Dana Whitfield", "Brennick Clinic"))
    stories = (Story(id="s1", title="Whitfield checks in", article_ids=(), storyline_id="line1"),
               Story(id="s2", title="Whitfield checks out", article_ids=(), storyline_id="line1"))
    with open_store(tmp_path / "s.db") as store:
        store.save_analysis(Analysis(stories=stories, storylines=(line,)))
        assert store.storyline("line1") == line and store.storyline("nope") is None
        # a storyline kept before its shared entities were: it opens with none
        store.conn.execute("UPDATE storylines SET record = ?", ('{"id":"line1","story_ids":["s1","s2"]}',))
        assert store.storyline("line1") == Storyline(id="line1", story_ids=("s1", "s2"))


def test_not_a_store_is_a_clear_error(tmp_path):
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(NewsprismError, match="E701"):
        open_store(bogus)


def _writer(db, n):
    with open_store(db) as store:
        for i in range(n):
            store.add_document(*make_doc(f"Article number {i} about the flood.", f"O{i % 7}"))


def test_killed_writer_leaves_a_consistent_store_and_a_rerun_completes(tmp_path):
    db = str(tmp_path / "k.db")
    proc = multiprocessing.get_context("spawn").Process(target=_writer, args=(db, 5000))
    proc.start()
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until some but not all articles are in
        time.sleep(0.05)
        try:
            with sqlite3.connect(db) as conn:
                if conn.execute("SELECT count(*) FROM articles").fetchone()[0] > 50:
                    break
        except sqlite3.Error:
            pass
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    with open_store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = store.count_articles()
        orphan_fts = store.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphan_fts == 0
    assert 0 < partial < 5000
    _writer(db, 5000)  # the re-run finishes the job
    with open_store(db) as store:
        assert store.count_articles() == 5000
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids))


def test_claim_vectors_made_by_extraction_survive_a_restart(tmp_path, monkeypatch):
    import numpy as np

    from newsprism import nlp
    from newsprism.crosscheck import contents_of
    from newsprism.extract import extract_articles

    raw, a = make_doc("The council said on Monday that 40 homes were flooded. Officials closed the bridge.", "A")
    (ext,) = extract_articles([a])
    claims = [c.text for c in ext.claims]
    assert claims and all(t in contents_of for t in claims)  # extraction prepared its claims
    made = {t: nlp._vectors[t].copy() for c in claims for t in contents_of[c]}
    indirect = [q.text for q in ext.quotes if q.kind == "indirect"]
    assert indirect and all(t in nlp._vectors for t in indirect)  # paraphrase candidates, embedded too
    made.update({t: nlp._vectors[t].copy() for t in indirect})
    with open_store(tmp_path / "s.db") as store:
        store.add_document(raw, a)
        store.save_extractions([ext])
    for t in made:  # a new process: nothing cached
        nlp._vectors.pop(t, None)
    for c in claims:
        del contents_of[c]
    monkeypatch.setattr(nlp, "embed", lambda *_: (_ for _ in ()).throw(AssertionError("embedded again")))
    with open_store(tmp_path / "s.db") as store:
        (back,) = store.extractions(vectors=True)
    assert back == ext
    assert all(c in contents_of for c in claims)
    for t, v in made.items():
        assert np.array_equal(nlp.embed_cached([t])[0], v)


def test_migration_adds_the_vector_table_to_an_older_store(tmp_path):
    from newsprism.store.schema import MIGRATIONS

    conn = sqlite3.connect(tmp_path / "old.db")
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with open_store(tmp_path / "old.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert store.conn.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0


def test_state_rows_are_written_and_deleted_together(tmp_path):
    with open_store(tmp_path / "news.db") as store:
        store.set_states({"cluster": b"head", "cluster/part/a": b"1", "cluster/part/b": b"2", "other": b"x"})
        assert store.state_keys("cluster/part/") == ["cluster/part/a", "cluster/part/b"]
        store.set_states({"cluster": b"head 2", "cluster/part/c": b"3"}, delete=["cluster/part/a"])
        assert store.state_keys("cluster/part/") == ["cluster/part/b", "cluster/part/c"]
        assert store.get_state("cluster") == b"head 2" and store.get_state("other") == b"x"
        with pytest.raises(sqlite3.Error):  # one transaction: a failing write leaves every row as it was
            store.set_states({"cluster": b"head 3", "cluster/part/d": None}, delete=["cluster/part/b"])
        assert store.get_state("cluster") == b"head 2" and store.state_keys("cluster/part/b") == ["cluster/part/b"]


def test_outlet_in_any_case_and_until_inclusive_at_any_precision(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        for text, outlet, date in [("Voss opened the bridge.", "Lenholm Herald", "2021-02-18T09:30:00"),
                                   ("Dana Whitfield visited the dam.", "Vantrell Post", "2021-03-02")]:
            store.add_document(*make_doc(text, outlet, date))
        assert [a.outlet for a in store.articles(outlet="lenholm herald")] == ["Lenholm Herald"]
        assert len(store.articles(until="2021-02")) == 1  # the whole of February
        assert len(store.articles(until="2021")) == 2
        assert len(store.articles(until="2021-02-18")) == 1  # the day, whatever the time
        assert len(store.articles(until="2021-02-17")) == 0


def test_a_file_that_is_no_store_is_a_clear_error(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("Mark Tennant said the bridge would reopen.\n" * 50)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    for path in (text, other):
        with pytest.raises(NewsprismError, match=r"E701.*not a newsprism store"):
            open_store(path, readonly=True)
    with pytest.raises(NewsprismError, match=r"E701.*something else"):
        open_store(other)  # tables of another program: nothing is added to its file
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["things"]
