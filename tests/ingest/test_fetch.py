"""The safe fetcher against a real HTTP server on 127.0.0.1 (which needs allow_private)."""
import pytest

from newsprism.ingest import addresses, decode_text
from newsprism.ingest.addresses import address_problem

LOCAL = {"allow_private": True, "timeout": 2.0}


def test_page_is_fetched_with_a_clear_user_agent(http_server, read):
    docs, errors = read([f"{http_server.base}/ok"], **LOCAL)
    assert errors == []
    doc = docs[0]
    assert doc.source == f"{http_server.base}/ok" and doc.hints.url == f"{http_server.base}/ok"
    assert doc.content_type == "text/html" and b"Bridge reopens" in doc.data
    assert doc.fetched_at.endswith("Z")
    assert http_server.state["agents"][-1].startswith("newsprism/")


def test_loopback_refused_without_allow_private(http_server, read, one_error, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A local article.\n")
    before = len(http_server.state["paths"])
    url = f"{http_server.base}/ok"
    docs, errors = read([url, f"http://localhost:{http_server.server_address[1]}/ok", good])
    assert [d.source for d in docs] == [str(good)]
    assert [(e.source, e.code) for e in errors] == [(url, "E121"), (errors[1].source, "E121")]
    assert errors[0].reason == "refused: 127.0.0.1 is a loopback address (use --allow-private)"
    assert "localhost resolves to" in errors[1].reason and "loopback" in errors[1].reason
    assert len(http_server.state["paths"]) == before  # nothing reached the server


def test_ipv6_loopback_refused(read, one_error):
    docs, errors = read(["http://[::1]:9/page"])
    error = one_error(errors, "http://[::1]:9/page")
    assert error.code == "E121" and "::1 is a loopback address" in error.reason


@pytest.mark.parametrize("address, problem", [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.5", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"),
    ("100.64.0.1", "not a public"), ("240.0.0.1", "reserved"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("fc00::1", "private"), ("ff02::1", "multicast"), ("::ffff:127.0.0.1", "loopback"),
    ("64:ff9b::a00:1", "private"), ("8.8.8.8", None), ("2606:4700:4700::1111", None),
])
def test_address_classes(address, problem):
    found = address_problem(address)
    assert (found is None) if problem is None else (problem in found)


def test_redirect_chain_followed_and_capped(http_server, read, one_error):
    docs, errors = read([f"{http_server.base}/redirect/2"], max_redirects=3, **LOCAL)
    assert errors == [] and docs[0].hints.url == f"{http_server.base}/ok"
    assert docs[0].source == f"{http_server.base}/redirect/2"
    url = f"{http_server.base}/redirect/9"
    docs, errors = read([url, f"{http_server.base}/ok"], max_redirects=3, **LOCAL)
    error = one_error(errors, url)
    assert error.code == "E124" and "more than 3" in error.reason
    assert len(docs) == 1


def test_every_redirect_hop_is_checked(http_server, read, one_error, monkeypatch):
    url = f"{http_server.base}/to-ftp"
    docs, errors = read([url], **LOCAL)
    error = one_error(errors, url)
    assert error.code == "E120" and "redirected to ftp://" in error.reason
    # Pretend the test server is a public address: the hop to another loopback address is still refused.
    real = addresses.address_problem
    monkeypatch.setattr(addresses, "address_problem", lambda a: None if a == "127.0.0.1" else real(a))
    url = f"{http_server.base}/to-other-host"
    docs, errors = read([url])
    error = one_error(errors, url)
    assert error.code == "E121" and "redirected to http://127.0.0.2" in error.reason
    assert "127.0.0.2 is a loopback address" in error.reason


def test_big_body_is_cut_not_downloaded_whole(http_server, read, one_error):
    http_server.state["big_done"].clear()
    url = f"{http_server.base}/big"
    docs, errors = read([url, f"{http_server.base}/ok"], max_bytes=256 * 1024, **LOCAL)
    error = one_error(errors, url)
    assert error.code == "E102" and "stopped after" in error.reason
    assert len(docs) == 1  # the batch went on
    assert http_server.state["big_done"].wait(5)
    # the server's own count of what it managed to send before the client hung up
    assert http_server.state["big_sent"] < http_server.state["big_total"] / 5


def test_announced_size_over_the_cap_is_refused_before_reading(http_server, read, one_error):
    url = f"{http_server.base}/big-declared"
    docs, errors = read([url], **LOCAL)
    error = one_error(errors, url)
    assert error.code == "E102" and "announces" in error.reason


def test_wrong_content_type_refused(http_server, read, one_error):
    url = f"{http_server.base}/image"
    docs, errors = read([url, f"{http_server.base}/ok"], **LOCAL)
    error = one_error(errors, url)
    assert error.code == "E126" and "image/png" in error.reason
    assert len(docs) == 1


def test_http_error_status(http_server, read, one_error):
    url = f"{http_server.base}/missing"
    docs, errors = read([url], **LOCAL)
    error = one_error(errors, url)
    assert error.code == "E125" and "404" in error.reason


def test_slow_server_times_out(http_server, read, one_error):
    url = f"{http_server.base}/slow"
    docs, errors = read([url, f"{http_server.base}/ok"], allow_private=True, timeout=0.3)
    error = one_error(errors, url)
    assert error.code == "E123" and "timed out" in error.reason
    assert len(docs) == 1


def test_dripping_server_stopped_by_the_total_timeout(http_server, read, one_error):
    url = f"{http_server.base}/drip"
    docs, errors = read([url], allow_private=True, timeout=1.0, total_timeout=0.4)
    error = one_error(errors, url)
    assert error.code == "E123" and "in all" in error.reason


def test_declared_charset_and_content_encoding(http_server, read):
    docs, errors = read([f"{http_server.base}/latin1", f"{http_server.base}/gzipped",
                         f"{http_server.base}/no-type"], **LOCAL)
    assert errors == []
    assert decode_text(docs[0]) == "Le café était fermé, dit-il." and docs[0].content_type == "text/plain"
    assert b"Zipped" in docs[1].data and docs[1].content_type == "text/html"
    assert docs[2].content_type == "text/plain"  # no declared type: sniffed


def test_feed_entries_without_fetching_links(http_server, read):
    before = list(http_server.state["paths"])
    feed = f"{http_server.base}/feed.xml"
    docs, errors = read([feed], **LOCAL)
    assert errors == []
    assert [d.source for d in docs] == [f"{feed}#entry-{n}" for n in (1, 2, 3)]
    assert docs[0].hints.outlet == "Riverside Courier" and docs[0].hints.title == "Bridge reopens"
    new_paths = http_server.state["paths"][len(before):]
    assert new_paths == ["/feed.xml"]  # linked pages were not fetched


def test_feed_with_fetch_links(http_server, read, one_error):
    feed = f"{http_server.base}/feed.xml"
    docs, errors = read([feed], fetch_links=True, **LOCAL)
    pages = [d for d in docs if d.source.startswith(f"{http_server.base}/article/")]
    assert [d.source for d in pages] == [f"{http_server.base}/article/1", f"{http_server.base}/article/2"]
    assert b"<title>Article 1</title>" in pages[0].data
    assert pages[0].hints.title == "Bridge reopens" and pages[0].hints.outlet == "Riverside Courier"
    assert pages[0].hints.published == "Tue, 02 Mar 2021 09:00:00 GMT"
    error = one_error(errors, f"{http_server.base}/missing")
    assert error.code == "E125"
    # the refused page's entry text is kept, so nothing is lost
    assert docs[-1].source == f"{feed}#entry-3" and b"Summary three" in docs[-1].data


def test_fetch_links_does_not_bypass_the_address_check(http_server, read, one_error, monkeypatch):
    real = addresses.address_problem
    monkeypatch.setattr(addresses, "address_problem",
                        lambda a: None if a == "127.0.0.1" else real(a))
    feed = f"{http_server.base}/feed.xml"
    # the feed links to 127.0.0.1, now "public"; without allow_private the links are fetched
    docs, errors = read([feed], fetch_links=True)
    assert errors[0].source == f"{http_server.base}/missing"
    monkeypatch.setattr(addresses, "address_problem", real)
    docs, errors = read([feed], fetch_links=True)
    assert [e.code for e in errors] == ["E121"] and errors[0].source == feed


def test_an_empty_answer_is_named_as_the_urls_response_with_its_status(http_server, read):
    docs, errors = read([f"{http_server.base}/empty", f"{http_server.base}/blank"], **LOCAL)
    assert docs == []
    assert [(e.code, e.reason) for e in errors] == [
        ("E103", "the URL returned an empty response (HTTP 200)"),  # was "empty file"
        ("E103", "the URL returned a response of only whitespace (HTTP 200)")]
