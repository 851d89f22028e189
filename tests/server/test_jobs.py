"""Background jobs through the API: uploads ingested by the one writer, progress polled, refusals kept,
deletes, and readers that never wait for the writer."""
import sqlite3
import threading

import server_corpus
from conftest import make_client
from test_security import wait_for

from newsprism.store import open_store

TEXT_A = ("Harbour cranes halted after storm\n\nBy Ana Holm\n\nThe port of Vell stopped all cranes on Friday "
          "after gusts of 120 km/h. \"We will restart when the wind drops,\" said port director Ivo Sand.\n")
TEXT_B = ("Storm closes Vell port\n\nThe Vell port authority halted its cranes on Friday as gusts reached "
          "120 km/h, port director Ivo Sand said. Ferries were cancelled until Saturday.\n")


def test_upload_ingest_reports_progress_and_refusals(tmp_path):
    with make_client(tmp_path / "s.db") as c:
        files = [("files", ("cranes.txt", TEXT_A.encode())), ("files", ("../../etc/storm.txt", TEXT_B.encode())),
                 ("files", ("empty.txt", b"")), ("files", ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8))]
        r = c.post("/api/ingest", files=files, data={"analyse": "false"})
        assert r.status_code == 202
        job = r.json()
        assert job["kind"] == "ingest" and job["state"] in ("queued", "running")
        assert job["inputs"] == ["upload:cranes.txt", "upload:storm.txt", "upload:empty.txt", "upload:photo.jpg"]
        job = wait_for(c, job["id"])
        assert job["state"] == "done" and job["finished"], job
        assert (job["step"], job["added"], job["already_stored"]) == ("finished", 2, 0)
        assert {e["source"]: e["code"] for e in job["errors"]} == {"upload:empty.txt": "E103",
                                                                   "upload:photo.jpg": "E104"}
        stored = c.get("/api/articles").json()["items"]
        assert sorted(a["source"] for a in stored) == ["upload:cranes.txt", "upload:storm.txt"]
        assert sorted(job["article_ids"]) == sorted(a["id"] for a in stored)
        assert {e["source"] for e in c.get("/api/errors").json()["items"]} == {"upload:empty.txt", "upload:photo.jpg"}

        again = wait_for(c, c.post("/api/ingest", files=files[:1], data={"analyse": "false"}).json()["id"])
        assert (again["added"], again["already_stored"]) == (0, 1)  # same content: nothing new
        assert c.get("/api/jobs").json()[0]["id"] == again["id"]  # newest first


def test_the_same_text_twice_in_one_upload_is_named_not_counted_as_already_stored(tmp_path):
    # session 17: "1 article read (1 new, 1 already stored)" added up to two; `newsprism ingest` said nothing
    with make_client(tmp_path / "s.db") as c:
        files = [("files", ("cranes.txt", TEXT_A.encode())), ("files", ("cranes (saved again).txt", TEXT_A.encode()))]
        job = wait_for(c, c.post("/api/ingest", files=files, data={"analyse": "false"}).json()["id"])
        assert (job["added"], job["already_stored"], len(job["article_ids"])) == (1, 0, 1)
        assert job["repeats"] == [{"source": "upload:cranes (saved again).txt", "same_as": "upload:cranes.txt"}]
        assert job["message"].startswith("1 article read (1 new, 0 already stored), 1 repeated input kept once "
                                         "(upload:cranes (saved again).txt: same text as upload:cranes.txt)")


def test_ingest_form_page_redirects_to_a_job_page(tmp_path):
    with make_client(tmp_path / "s.db") as c:
        r = c.post("/ingest", files=[("files", ("cranes.txt", TEXT_A.encode()))], follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        job_id = r.headers["location"].rsplit("/", 1)[1]
        wait_for(c, job_id)
        page = c.get(r.headers["location"])
        assert page.status_code == 200 and "1 article read (1 new" in page.text


def test_delete_removes_the_article_and_its_traces(tmp_path):
    path = tmp_path / "own.db"
    corpus = server_corpus.build(path)
    ledger = corpus["articles"]["ledger"]
    main = corpus["stories"]["main"]
    with make_client(path) as c:
        r = c.delete(f"/api/articles/{ledger.id}")
        assert r.status_code == 202 and r.json()["kind"] == "delete"
        job = wait_for(c, r.json()["id"])
        assert job["article_ids"] == [ledger.id] and f"article {ledger.id} deleted" in job["message"]
        assert c.get(f"/api/articles/{ledger.id}").status_code == 404
        assert ledger.id not in {a["id"] for a in c.get("/api/articles").json()["items"]}
        assert c.get("/api/articles", params={"q": "Ferry services"}).json()["total"] == 0  # out of the index too
        story = c.get(f"/api/stories/{main.id}").json()
        assert ledger.id not in story["stories"][0]["article_ids"]
        assert all(d["b"] != ledger.id for d in story["duplicates"])
        assert c.delete(f"/api/articles/{ledger.id}").status_code == 404


def test_readers_do_not_wait_for_the_writer(corpus):
    """A write transaction held open (as the writer does while saving an analysis) blocks no reader."""
    writer = sqlite3.connect(corpus["path"], timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO input_errors (source, code, reason, at) VALUES ('x', 'E101', 'held', 'now')")
    results = []
    try:
        with make_client(corpus["path"]) as c:
            def read():
                for url in ("/api/articles", f"/stories/{corpus['stories']['main'].id}", "/?q=bridge"):
                    results.append(c.get(url).status_code)
            reader = threading.Thread(target=read)
            reader.start()
            reader.join(timeout=20)  # a blocked reader would wait for the 30 s busy timeout
            assert not reader.is_alive()
            assert results == [200, 200, 200]
            # and the readers see the store as committed, not the writer's unfinished change
            assert c.get("/api/errors").json()["total"] == 0
    finally:
        writer.rollback()
        writer.close()
    with open_store(corpus["path"], readonly=True) as store:
        assert store.errors() == []


def test_a_source_with_bidi_controls_is_shown_escaped_on_the_job_and_article_pages(tmp_path):
    from newsprism.records import Article, RawDocument, article_id_for

    raw = RawDocument(source="saved/Vantrell\u202elmth.txt", fetched_at="2031-05-15T00:00:00+00:00",
                      content_type="text/plain", data=TEXT_B.encode())
    article = Article(id=article_id_for(raw.data), source=raw.source, outlet=None, outlet_found=None,
                      title="Storm closes Vell port", byline=None, published=None, published_precision=None,
                      published_found=None, language="en", text=TEXT_B)
    with open_store(tmp_path / "s.db") as store:
        store.add_document(raw, article)
    with make_client(tmp_path / "s.db") as c:
        page = c.get(f"/articles/{article.id}").text
        assert "\u202e" not in page and "saved/Vantrell\\u202elmth.txt" in page
        job = wait_for(c, c.post("/api/ingest", data={"urls": "javascript:<b>\u202elmth.x", "analyse": "false"})
                       .json()["id"])
        assert job["errors"][0]["source"] == "javascript:<b>\u202elmth.x"  # the data as given
        assert job["errors"][0]["shown"] == "javascript:<b>\\u202elmth.x"  # as the page (and its script) shows it
        page = c.get(f"/jobs/{job['id']}").text
    assert "\u202e" not in page and "javascript:&lt;b&gt;\\u202elmth.x:" in page
