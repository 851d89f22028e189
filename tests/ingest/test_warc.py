"""WARC archives built with warcio: pages become documents, the rest is passed over, damage is reported."""
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = [f"<html><head><title>Story {i}</title></head><body><p>{'Body words here. ' * 300}</p></body></html>"
         for i in range(6)]


def build_warc(gzipped: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for i, page in enumerate(PAGES):
        url = f"https://courier.example/story/{i}"
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                            http_headers=StatusAndHeaders(f"GET /story/{i} HTTP/1.1", [],
                                                                          is_http_request=True))
        writer.write_record(request)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                      http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": f"2021-03-0{i + 1}T10:00:00Z"}))
        if i == 1:  # an image and a missing page between the articles
            png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://courier.example/logo.png", "response",
                                                          payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 50),
                                                          http_headers=png))
            gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://courier.example/gone", "response",
                                                          payload=io.BytesIO(b"<p>Not found</p>"),
                                                          http_headers=gone))
    return buffer.getvalue()


@pytest.mark.parametrize("gzipped, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_archive_pages_become_documents(tmp_path, read, one_error, gzipped, name):
    path = tmp_path / name
    path.write_bytes(build_warc(gzipped))
    docs, errors = read([path])
    assert [d.data.decode() for d in docs] == PAGES
    assert [d.hints.url for d in docs] == [f"https://courier.example/story/{i}" for i in range(6)]
    assert all(d.content_type == "text/html" and d.encoding == "utf-8" for d in docs)
    # WARC-Date is when the page was crawled: fetched_at, never a publication date
    assert docs[0].fetched_at == "2021-03-01T10:00:00Z" and docs[0].hints.published is None
    # warcinfo is record 1; each story is a request then a response
    assert docs[0].source == f"{path}#record-3" and docs[1].source == f"{path}#record-5"
    error = one_error(errors)
    assert error.source.startswith(f"{path}#record-") and error.code == "E125"
    assert "404" in error.reason and "https://courier.example/gone" in error.reason


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_archive_keeps_the_records_read_then_says_where_it_ends(tmp_path, read, gzipped):
    whole = build_warc(gzipped)
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    path.write_bytes(whole[: int(len(whole) * 0.55)])
    good = tmp_path / "after.txt"
    good.write_text("The next input still arrives.\n")
    docs, errors = read([path, good])
    archived = [d for d in docs if d.source.startswith(str(path))]
    assert 1 <= len(archived) < len(PAGES)
    assert [d.data.decode() for d in archived] == PAGES[: len(archived)]  # complete pages only
    assert docs[-1].source == str(good)
    truncation = [e for e in errors if e.source == str(path)]
    assert len(truncation) == 1 and truncation[0].code == "E110"
    assert "ends early after" in truncation[0].reason and "at byte" in truncation[0].reason


def test_every_cut_of_a_small_archive_is_reported(tmp_path, read):
    """Wherever the file is cut, the pages read are whole and the cut is reported (warcio alone stays silent)."""
    whole = build_warc(True)
    path = tmp_path / "cut.warc.gz"
    for fraction in (0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999):
        path.write_bytes(whole[: int(len(whole) * fraction)])
        docs, errors = read([path])
        assert [d.data.decode() for d in docs] == PAGES[: len(docs)]
        assert [e.code for e in errors if e.source == str(path)] == ["E110"], fraction


def test_record_over_the_cap_is_refused_alone(tmp_path, read):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(True))
    docs, errors = read([path], max_bytes=2000)
    assert docs == []
    assert sorted({e.code for e in errors}) == ["E102", "E125"]
    assert sum(e.code == "E102" for e in errors) == len(PAGES)


def _hand_record(header: str) -> bytes:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The Vantrell council voted.</p>"
    return (header + f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1") + body + b"\r\n\r\n"


URI = "WARC-Target-URI: https://courier.example/b\r\n"
REST = "WARC-Date: 2021-03-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:2>\r\nContent-Type: application/http\r\n"


@pytest.mark.parametrize("header, says", [
    ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Targ\x00garbage\xff\xfeexample/b\r\n" + REST,
     "header line 3 holds garbled bytes ('WARC-Targ\\x00garbage\\xff\\xfeexample/b')"),
    ("WARC/1.0\r\nWARC-Type: response\r\n" + REST, "it lacks WARC-Target-URI"),
    ("HELLO/1.0\r\nWARC-Type: response\r\n" + URI + REST,
     "it does not start with a WARC/1.x version line (found 'HELLO/1.0')"),
])
@pytest.mark.parametrize("gzipped", [True, False])
def test_a_damaged_record_header_is_named_with_its_place_and_what_is_wrong(tmp_path, read, gzipped, header, says):
    import gzip

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://courier.example/a", "response",
                                                  payload=io.BytesIO(PAGES[0].encode()), http_headers=headers))
    good = buffer.getvalue()
    damaged = _hand_record(header)
    path = tmp_path / "crawl.warc"
    path.write_bytes(good + (gzip.compress(damaged) if gzipped else damaged))
    docs, errors = read([path])
    assert [d.data.decode() for d in docs] == [PAGES[0]]  # the good record is kept
    [error] = errors
    assert error.code == "E110" and "Error" not in error.reason and "NoneType" not in error.reason
    decompressed = " of the decompressed archive" if gzipped else ""
    at = len(gzip.decompress(good)) if gzipped else len(good)
    assert error.reason == (f"record 2 (at byte {at}{decompressed}) has a damaged header: {says}; "
                            "1 record before it kept, the rest of the archive not read")
