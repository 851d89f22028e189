"""Shared helpers for the ingest tests: a real HTTP server on 127.0.0.1 and a batch reader."""
from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsprism.ingest import IngestOptions, read_inputs
from newsprism.records import InputError, RawDocument

ARTICLE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
           "<p>The council voted on Tuesday to reopen the river bridge.</p></article></body></html>")
BIG_TOTAL = 50 * 1024 * 1024


def _read(inputs, **options):
    """Run read_inputs; return (documents, errors) in order."""
    items = list(read_inputs([str(i) for i in inputs], IngestOptions(**options)))
    assert all(isinstance(i, (RawDocument, InputError)) for i in items)
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, InputError)]


def _one_error(errors, source=None):
    assert len(errors) == 1, errors
    error = errors[0]
    if source is not None:
        assert error.source == str(source)
    assert error.code.startswith("E1") and error.reason
    assert str(error.source) in str(error)
    return error


@pytest.fixture
def read():
    """read(inputs, **IngestOptions fields) → (documents, errors)."""
    return _read


@pytest.fixture
def one_error():
    """one_error(errors, source=None) → the single error, checked to name its input and a reason."""
    return _one_error


class _Handler(BaseHTTPRequestHandler):
    server_version = "test/1"

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in headers:
            self.send_header(key, value)
        if not any(k.lower() == "content-length" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 (http.server's name)
        state = self.server.state
        state["paths"].append(self.path)
        state["agents"].append(self.headers.get("User-Agent"))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/ok":
            return self._send(200, ARTICLE.format(title="Bridge reopens").encode())
        if path.startswith("/article/"):
            return self._send(200, ARTICLE.format(title=f"Article {path.rsplit('/', 1)[1]}").encode())
        if path == "/latin1":
            return self._send(200, "Le café était fermé, dit-il.".encode("latin-1"),
                              "text/plain; charset=ISO-8859-1")
        if path == "/gzipped":
            return self._send(200, gzip.compress(ARTICLE.format(title="Zipped").encode()),
                              headers=[("Content-Encoding", "gzip")])
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            return self._send(302, headers=[("Location", "/ok" if n == 0 else f"/redirect/{n - 1}")])
        if path == "/to-ftp":
            return self._send(302, headers=[("Location", "ftp://127.0.0.1/file.html")])
        if path == "/to-other-host":
            port = self.server.server_address[1]
            return self._send(302, headers=[("Location", f"http://127.0.0.2:{port}/ok")])
        if path == "/image":
            return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        if path == "/no-type":
            return self._send(200, b"Plain words without a declared type.", None)
        if path == "/big-declared":
            return self._send(200, b"<p>tiny</p>", headers=[("Content-Length", str(10**10))])
        if path == "/big":
            return self._big()
        if path == "/slow":
            time.sleep(1.0)
            return self._send(200, b"<p>late</p>")
        if path == "/drip":
            return self._drip()
        if path == "/empty":
            return self._send(200, b"")
        if path == "/blank":
            return self._send(200, b"  \n\n ")
        if path == "/feed.xml":
            return self._send(200, FEED.format(base=base).encode(), "application/rss+xml")
        return self._send(404, b"<p>not here</p>")

    def _big(self):
        state = self.server.state
        state["big_sent"] = 0
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
            while state["big_sent"] < BIG_TOTAL:
                self.wfile.write(chunk)
                state["big_sent"] += len(chunk)
        except OSError:
            pass  # the client hung up: what we wanted
        finally:
            state["big_done"].set()

    def _drip(self):
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Riverside Courier</title><link>{base}/</link><language>en</language>
<item><title>Bridge reopens</title><link>{base}/article/1</link><pubDate>Tue, 02 Mar 2021 09:00:00 GMT</pubDate>
<author>desk@courier.example (Ana Field)</author><description>&lt;p&gt;Summary one.&lt;/p&gt;</description></item>
<item><title>Council budget</title><link>{base}/article/2</link><description>Summary two.</description></item>
<item><title>Gone story</title><link>{base}/missing</link><description>&lt;p&gt;Summary three.&lt;/p&gt;</description></item>
</channel></rss>"""


@pytest.fixture(scope="session")
def http_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.state = {"paths": [], "agents": [], "big_sent": 0, "big_total": BIG_TOTAL,
                    "big_done": threading.Event()}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()
