"""Safety: hostile article text escaped on every page, security headers, Host check, tokens, limits,
cross-site writes, and the URL fetcher's private-address refusal kept by the server."""
import http.server
import threading
import time
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from conftest import make_client

from newsprism.server.security import CSP, token_matches
from newsprism.store import open_store


class Tags(HTMLParser):
    """Every tag and attribute of a page, and the text inside <script> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.script_text = ""
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_text += data


def assert_inert(html: str, where: str) -> None:
    """Nothing in the page can run: one external script of ours, no handlers, no script URLs, no inline CSS."""
    page = Tags()
    page.feed(html)
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [{"src": "/static/app.js", "defer": None}], where
    assert page.script_text.strip() == "", where
    for tag, attrs in page.tags:
        assert tag not in ("img", "iframe", "object", "embed", "base", "form") or tag == "form" and \
            attrs.get("action", "/").startswith("/"), (where, tag, attrs)
        for name, value in attrs.items():
            assert not name.startswith("on"), (where, tag, name)
            assert name != "style", (where, tag)
            if name in ("href", "src", "action", "formaction") and value:
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (where, value)


def hostile_pages(corpus):
    a, s, e = corpus["articles"], corpus["stories"], corpus["entities"]
    evil = a["evil"]
    return (["/", "/?sort=contested", "/?q=disgraceful", f"/?outlet={quote(evil.outlet)}", "/articles",
             "/articles?q=hiding", "/outlets", f"/outlets/{quote(evil.outlet, safe='')}", "/entities",
             f"/entities/{e['hostile'].id}", f"/stories/{s['main'].id}", f"/articles/{evil.id}",
             f"/articles/{a['herald'].id}", "/ingest", f"/stories/{quote(evil.title, safe='')}"])


def test_hostile_text_is_inert_on_every_page(client, corpus):
    evil = corpus["articles"]["evil"]
    for url in hostile_pages(corpus):
        r = client.get(url)
        assert r.status_code in (200, 404), url
        assert_inert(r.text, url)
    story = client.get(f"/stories/{corpus['stories']['main'].id}").text
    # the hostile title and outlet are shown, as text
    assert "&lt;script&gt;window.__pwned" in story and "Evil&lt;img src=x onerror=" in story
    article = client.get(f"/articles/{evil.id}").text
    assert "Original source" not in article  # its javascript: URL never becomes a link
    assert "javascript:window.__pwned" in article  # but is shown as text


def test_security_headers_everywhere(client, corpus):
    for url in ["/", f"/stories/{corpus['stories']['main'].id}", "/api/articles", "/static/app.css",
                "/static/app.js", "/nope", "/api/nope"]:
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_unknown_host_header_is_refused(client):
    r = client.get("/api/articles", headers={"host": "rebind.attacker.example"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E823"
    assert client.get("/api/articles", headers={"host": "localhost:8765"}).status_code == 200
    assert client.get("/api/articles", headers={"host": "[::1]:8765"}).status_code == 200


def test_token_is_needed_for_writes_only(corpus):
    with make_client(corpus["path"], token="s3cret-token") as c:
        assert c.get("/api/articles").status_code == 200  # reading needs no token
        for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": "Basic s3cret-token"},
                        {"authorization": "Bearer s3cret-token-and-more"}):
            r = c.post("/api/recluster", headers=headers)
            assert r.status_code == 401 and r.json()["error"]["code"] == "E820", headers
            assert r.headers["www-authenticate"].startswith("Bearer")
        r = c.delete(f"/api/articles/{corpus['articles']['older'].id}")
        assert r.status_code == 401
        r = c.post("/api/ingest", files={"files": ("a.txt", b"x" * 1000)})
        assert r.status_code == 401
        assert c.get("/api").json()["token_required"] is True
        assert 'content="required"' in c.get("/ingest").text
        # right token: accepted (an ingest with only a refused URL leaves the store as it was)
        r = c.post("/api/ingest", data={"urls": "file:///etc/passwd"},
                   headers={"authorization": "Bearer s3cret-token"})
        assert r.status_code == 202


def test_token_comparison():
    assert token_matches("abc", "abc")
    assert not token_matches(None, "abc") and not token_matches("abd", "abc") and not token_matches("", "abc")
    assert token_matches("ünïcode", "ünïcode")


def test_read_only_server_refuses_every_write(corpus):
    with make_client(corpus["path"], read_only=True) as c:
        for method, url in [("POST", "/api/ingest"), ("POST", "/api/recluster"), ("POST", "/api/reanalyze"),
                            ("DELETE", f"/api/articles/{corpus['articles']['older'].id}"), ("POST", "/ingest")]:
            r = c.request(method, url)
            assert r.status_code == 403, url
            if url.startswith("/api"):
                assert r.json()["error"]["code"] == "E821"
        assert "read-only" in c.get("/ingest").text
        assert 'href="/ingest"' not in c.get("/").text


def test_cross_site_writes_are_refused(client, corpus):
    target = f"/api/articles/{corpus['articles']['older'].id}"
    for headers in ({"origin": "http://evil.example"}, {"origin": "null"}, {"sec-fetch-site": "cross-site"},
                    {"sec-fetch-site": "same-site", "origin": "http://127.0.0.1:3000"}):
        r = client.delete(target, headers=headers)
        assert r.status_code == 403 and r.json()["error"]["code"] == "E822", headers
    r = client.post("/ingest", data={"urls": "https://example.org/a"}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403 and "E822" in r.text  # the page form gets an HTML error page
    with open_store(corpus["path"], readonly=True) as store:
        assert store.article(corpus["articles"]["older"].id) is not None


def test_request_size_limits(tmp_path):
    with make_client(tmp_path / "s.db", max_request_bytes=10_000, max_files=2, max_urls=3) as c:
        r = c.post("/api/ingest", files={"files": ("big.txt", b"word " * 5000)})
        assert r.status_code == 413 and r.json()["error"]["code"] == "E811"

        def chunks():  # no Content-Length: the body is counted as it arrives
            yield b'--b\r\ncontent-disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
            for _ in range(20):
                yield b"word " * 200
            yield b"\r\n--b--\r\n"

        r = c.post("/api/ingest", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"})
        assert r.status_code == 413 and r.json()["error"]["code"] == "E811"
        r = c.post("/api/ingest", json={"urls": ["https://example.org/a"]})
        assert r.status_code == 415 and r.json()["error"]["code"] == "E815"
        files = [("files", (f"{n}.txt", b"A short text.")) for n in range(3)]
        r = c.post("/api/ingest", files=files)
        assert r.status_code == 400 and r.json()["error"]["code"] == "E812"
        r = c.post("/api/ingest", data={"urls": "https://a.example/1 https://a.example/2 https://a.example/3 "
                                                "https://a.example/4"})
        assert r.status_code == 400 and r.json()["error"]["code"] == "E812"
        with open_store(tmp_path / "s.db", readonly=True) as store:
            assert store.count_articles() == 0


def wait_for(client, job_id, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["finished"]:
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")


def test_only_http_urls_are_read_never_server_paths(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The launch codes are kept in the drawer. " * 20)
    with make_client(tmp_path / "s.db") as c:
        urls = f"{secret} file://{secret} javascript:alert(1) ftp://example.org/x"
        job = c.post("/api/ingest", data={"urls": urls, "analyse": "false"}).json()
        job = wait_for(c, job["id"])
        assert job["state"] == "done" and job["added"] == 0
        assert [e["code"] for e in job["errors"]] == ["E814"] * 4
        assert c.get("/api/articles").json()["total"] == 0
        assert {e["source"] for e in c.get("/api/errors").json()["items"]} >= {str(secret), "javascript:alert(1)"}


class _Page(http.server.BaseHTTPRequestHandler):
    body = (b"<html><head><title>Local page</title></head><body><article><h1>Local page</h1>"
            + b"<p>The harbour office reported calm water all week and no delays for ferries.</p>" * 5
            + b"</article></body></html>")

    def do_GET(self):
        self.send_response(200)
        self.send_header("content-type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/harbour"
    server.shutdown()


def test_private_addresses_are_refused_unless_allowed(tmp_path, local_site):
    with make_client(tmp_path / "a.db") as c:
        job = wait_for(c, c.post("/api/ingest", data={"urls": local_site, "analyse": "false"}).json()["id"])
        assert job["added"] == 0 and [e["code"] for e in job["errors"]] == ["E121"]
    with make_client(tmp_path / "b.db", allow_private=True) as c:
        job = wait_for(c, c.post("/api/ingest", data={"urls": local_site, "analyse": "false"}).json()["id"])
        assert job["added"] == 1 and job["errors"] == [], job
        article = c.get(f"/api/articles/{job['article_ids'][0]}").json()["articles"][0]
        assert article["url"] == local_site


HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">"><script>window.__pwned=1</script>.txt'


def test_hostile_inputs_are_inert_on_job_pages_and_plain_data_in_the_api(tmp_path):
    """File names, URLs and refusal reasons a user typed are hostile too: shown as text on the job and
    ingest pages; the API gives every hostile string back exactly, as JSON that no browser renders."""
    hostile_urls = ("javascript:window.__pwned=1 data:text/html,<script>window.__pwned=1</script> "
                    "http://127.0.0.1/%22%3E%3Cscript%3E/\"><svg/onload=window.__pwned=1>")
    body = ("Storm <script>window.__pwned=1</script> closes the port\n\nThe port of Vell stopped all cranes on "
            "Friday <img src=x onerror=\"window.__pwned=1\"> after gusts of 120 km/h, the harbour office said.\n")
    with make_client(tmp_path / "s.db") as c:
        job = c.post("/api/ingest", files=[("files", (HOSTILE_NAME, body.encode()))],
                     data={"urls": hostile_urls, "analyse": "false"}).json()
        job = wait_for(c, job["id"])
        assert job["added"] == 1, job
        assert sorted(e["code"] for e in job["errors"]) == ["E121", "E814", "E814"], job["errors"]
        assert job["inputs"][0].startswith("upload:") and "/" not in job["inputs"][0]
        for url in (f"/jobs/{job['id']}", "/ingest", "/articles", f"/articles/{job['article_ids'][0]}", "/"):
            r = c.get(url)
            assert r.status_code == 200, url
            assert_inert(r.text, url)
        assert "javascript:window.__pwned=1" in c.get(f"/jobs/{job['id']}").text  # shown, as text

        r = c.get(f"/api/articles/{job['article_ids'][0]}")
        assert r.headers["content-type"] == "application/json"
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["content-security-policy"] == CSP
        article = r.json()["articles"][0]
        assert article["title"] == "Storm <script>window.__pwned=1</script> closes the port"  # data, unchanged
        assert '<img src=x onerror="window.__pwned=1">' in article["text"]
        for url in ("/api/jobs/" + job["id"], "/api/errors", "/api/stories/<script>x</script>",
                    "/api/outlets/<img src=x onerror=alert(1)>"):
            r = c.get(url)
            assert r.headers["content-type"] == "application/json", url
