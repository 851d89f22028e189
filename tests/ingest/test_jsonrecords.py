"""JSON and JSON Lines: one document per record, metadata as hints, a bad line refused on its own."""
import gzip
import json

from newsprism.ingest import decode_text


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


RECORDS = [
    {"url": "https://courier.example/bridge", "title": "Bridge reopens", "text": "The bridge reopened on Tuesday.",
     "date": "2021-03-02", "outlet": "Riverside Courier", "byline": "Ana Field", "language": "en"},
    {"link": "https://herald.example/b", "headline": "Bridge back", "html": "<p>The <b>bridge</b> is back.</p>",
     "published_at": 1614675600, "source": {"id": "herald", "name": "Valley Herald"},
     "authors": [{"name": "Li Wen"}, {"name": "Sam Ode"}]},
    {"Title": {"rendered": "Bridge news"}, "Content": {"rendered": "<p>Rendered body.</p>"}, "Lang": "en"},
]


def test_jsonl_one_document_per_line_with_hints_and_a_bad_line(tmp_path, read, one_error):
    lines = [json.dumps(RECORDS[0]), "{not json", "", json.dumps(RECORDS[1]), json.dumps(RECORDS[2])]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    docs, errors = read([path])
    error = one_error(errors, f"{path}#line-2")
    assert error.code == "E108" and "malformed JSON" in error.reason
    assert [d.source for d in docs] == [f"{path}#line-1", f"{path}#line-4", f"{path}#line-5"]
    first, second, third = docs
    assert first.content_type == "text/plain" and first.data == b"The bridge reopened on Tuesday."
    assert (first.hints.url, first.hints.title, first.hints.published, first.hints.outlet, first.hints.byline,
            first.hints.language) == ("https://courier.example/bridge", "Bridge reopens", "2021-03-02",
                                      "Riverside Courier", "Ana Field", "en")
    assert second.content_type == "text/html" and decode_text(second) == "<p>The <b>bridge</b> is back.</p>"
    assert second.hints.outlet == "Valley Herald" and second.hints.byline == "Li Wen, Sam Ode"
    assert second.hints.published == "2021-03-02T09:00:00Z" and second.hints.url == "https://herald.example/b"
    assert third.hints.title == "Bridge news" and third.content_type == "text/html"


def test_jsonl_told_by_content_without_the_extension(tmp_path, read):
    path = write(tmp_path, "export.txt", "\n".join(json.dumps(r) for r in RECORDS))
    docs, errors = read([path])
    assert errors == [] and [d.source for d in docs] == [f"{path}#line-{n}" for n in (1, 2, 3)]


def test_json_list_and_container_object(tmp_path, read):
    listing = write(tmp_path, "list.json", json.dumps(RECORDS))
    wrapped = write(tmp_path, "api.json", json.dumps({"status": "ok", "totalResults": 2, "articles": RECORDS[:2]}))
    single = write(tmp_path, "one.json", json.dumps(RECORDS[0], indent=2))
    docs, errors = read([listing, wrapped, single])
    assert errors == []
    assert [d.source for d in docs] == [f"{listing}#item-1", f"{listing}#item-2", f"{listing}#item-3",
                                        f"{wrapped}#item-1", f"{wrapped}#item-2", str(single)]


def test_json_feed_title_becomes_the_outlet(tmp_path, read):
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Valley Herald",
            "items": [{"id": "1", "url": "https://herald.example/1", "content_html": "<p>One.</p>",
                       "date_published": "2021-03-02T09:00:00Z", "authors": [{"name": "Li Wen"}]}]}
    docs, errors = read([write(tmp_path, "feed.json", json.dumps(feed))])
    assert errors == []
    assert docs[0].hints.outlet == "Valley Herald" and docs[0].hints.published == "2021-03-02T09:00:00Z"
    assert docs[0].hints.byline == "Li Wen" and docs[0].content_type == "text/html"


def test_records_without_text_are_refused_each_on_their_own(tmp_path, read):
    path = write(tmp_path, "mixed.json", json.dumps([{"title": "No body", "url": "https://x.example/1"},
                                                     {"title": "Empty", "text": "  "}, 42, RECORDS[0]]))
    docs, errors = read([path])
    assert [(e.source, e.code) for e in errors] == [(f"{path}#item-1", "E108"), (f"{path}#item-2", "E103"),
                                                   (f"{path}#item-3", "E108")]
    assert "text" in errors[0].reason and "title" in errors[0].reason  # says what it looked for and found
    assert [d.source for d in docs] == [f"{path}#item-4"]


def test_malformed_json_file(tmp_path, read, one_error):
    bad = write(tmp_path, "bad.json", '{"title": "x", "text": "unterminated')
    docs, errors = read([bad, write(tmp_path, "ok.json", json.dumps(RECORDS[0]))])
    error = one_error(errors, bad)
    assert error.code == "E108" and "line 1" in error.reason
    assert len(docs) == 1


def test_over_long_line_is_refused_and_the_next_line_read(tmp_path, read, one_error):
    long_record = json.dumps({"title": "Long", "text": "word " * 3000})
    path = write(tmp_path, "long.jsonl", long_record + "\n" + json.dumps(RECORDS[0]) + "\n")
    docs, errors = read([path], max_bytes=5000)
    assert one_error(errors, f"{path}#line-1").code == "E102"
    assert [d.source for d in docs] == [f"{path}#line-2"]


def test_truncated_jsonl_gz_keeps_the_lines_read(tmp_path, read):
    lines = "".join(json.dumps({"title": f"Story {i}", "text": f"Body {i} " * 40}) + "\n" for i in range(300))
    whole = gzip.compress(lines.encode())
    path = write(tmp_path, "dump.jsonl.gz", whole[: int(len(whole) * 0.6)])
    docs, errors = read([path])
    assert 50 < len(docs) < 300
    assert [d.source for d in docs] == [f"{path}#line-{n}" for n in range(1, len(docs) + 1)]
    assert errors[-1].source == str(path) and errors[-1].code == "E107" and "truncated" in errors[-1].reason
    assert all(e.code == "E108" for e in errors[:-1])  # at most the cut-off last line
