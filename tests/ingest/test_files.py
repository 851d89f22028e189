"""Files and folders: order, hidden files, links, caps, binary and empty files — the batch always goes on."""
import gzip
import os
import sys

import pytest

from newsprism.ingest import IngestOptions, read_inputs

TEXT = "Bridge reopens\n\nThe council voted on Tuesday to reopen the river bridge.\n"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_folder_is_read_recursively_sorted_hidden_skipped(tmp_path, read):
    write(tmp_path / "b.txt", TEXT)
    write(tmp_path / "a" / "z.txt", TEXT + "z")
    write(tmp_path / "a" / "c.html", "<html><body><p>x</p></body></html>")
    write(tmp_path / ".hidden.txt", TEXT)
    write(tmp_path / ".git" / "config.txt", TEXT)
    docs, errors = read([tmp_path])
    assert errors == []
    assert [d.source for d in docs] == [str(tmp_path / "a" / "c.html"), str(tmp_path / "a" / "z.txt"),
                                        str(tmp_path / "b.txt")]
    assert [d.content_type for d in docs] == ["text/html", "text/plain", "text/plain"]


def test_hidden_file_named_explicitly_is_read(tmp_path, read):
    docs, errors = read([write(tmp_path / ".note.txt", TEXT)])
    assert errors == [] and docs[0].data == TEXT.encode()


def test_symlink_loop_is_safe_and_each_folder_read_once(tmp_path, read):
    write(tmp_path / "root" / "sub" / "one.txt", TEXT)
    os.symlink(tmp_path / "root", tmp_path / "root" / "sub" / "loop")
    os.symlink(tmp_path / "root" / "sub", tmp_path / "root" / "again")
    docs, errors = read([tmp_path / "root"])
    assert errors == []
    assert len(docs) == 1 and docs[0].data == TEXT.encode()


def test_broken_symlink_is_reported_and_the_rest_arrives(tmp_path, read, one_error):
    write(tmp_path / "d" / "good.txt", TEXT)
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "d" / "broken.txt")
    docs, errors = read([tmp_path / "d"])
    error = one_error(errors, tmp_path / "d" / "broken.txt")
    assert "broken symbolic link" in error.reason
    assert [d.source for d in docs] == [str(tmp_path / "d" / "good.txt")]


def test_missing_input_named_with_reason(tmp_path, read, one_error):
    good = write(tmp_path / "good.txt", TEXT)
    docs, errors = read([tmp_path / "missing.txt", good, "www.example.org/news"])
    assert len(docs) == 1
    assert [e.code for e in errors] == ["E101", "E101"]
    assert errors[0].source == str(tmp_path / "missing.txt") and "no such file" in errors[0].reason
    assert "https://" in errors[1].reason  # a hint for a URL typed without its scheme


def test_empty_and_whitespace_files(tmp_path, read):
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.html", b"  \n\t\n")
    good = write(tmp_path / "good.txt", TEXT)
    docs, errors = read([empty, blank, good])
    assert [d.source for d in docs] == [str(good)]
    assert [(e.source, e.code) for e in errors] == [(str(empty), "E103"), (str(blank), "E103")]
    assert "empty" in errors[0].reason and "whitespace" in errors[1].reason


@pytest.mark.parametrize("data, label", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20, "PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00" + os.urandom(500), "zip archive"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + os.urandom(500), "JPEG image"),
    (b"some words\x00\x01\x02\x03 then binary" * 10, "NUL bytes"),
])
def test_binary_files_are_refused_with_their_kind(tmp_path, read, one_error, data, label):
    binary = write(tmp_path / "article.txt", data)  # the name says text; the content decides
    good = write(tmp_path / "good.txt", TEXT)
    docs, errors = read([binary, good])
    error = one_error(errors, binary)
    assert error.code == "E104" and label in error.reason
    assert [d.source for d in docs] == [str(good)]


def test_file_over_the_cap_is_refused_before_reading(tmp_path, read, one_error):
    big = write(tmp_path / "big.html", b"<p>" + b"a" * 5000 + b"</p>")
    good = write(tmp_path / "good.txt", TEXT)
    docs, errors = read([big, good], max_bytes=1000)
    error = one_error(errors, big)
    assert error.code == "E102" and "cap" in error.reason and "--max-bytes" in error.reason
    assert [d.source for d in docs] == [str(good)]
    docs, errors = read([big], max_bytes=10_000)  # the cap is configurable
    assert errors == [] and len(docs) == 1


def test_web_page_assets_are_not_articles(tmp_path, read, one_error):
    style = write(tmp_path / "page_files" / "site.css", "body { color: red }")
    docs, errors = read([style])
    error = one_error(errors, style)
    assert error.code == "E106" and "stylesheet" in error.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_not_read(tmp_path, read, one_error):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)  # reading it would block forever
    good = write(tmp_path / "good.txt", TEXT)
    docs, errors = read([pipe, good])
    assert one_error(errors, pipe).code == "E111"
    assert len(docs) == 1


def test_folder_of_three_thousand_files(tmp_path, read):
    folder = tmp_path / "many"
    for i in range(3000):
        write(folder / f"d{i % 10}" / f"article-{i:04d}.txt", f"Story {i}\n\nBody of story number {i}.\n")
    write(folder / "d3" / "bad.bin", b"\x00\x01binary")
    docs, errors = read([folder])
    assert len(docs) == 3000
    assert [e.source for e in errors] == [str(folder / "d3" / "bad.bin")]
    sources = [d.source for d in docs]
    assert sources[:2] == [str(folder / "d0" / "article-0000.txt"), str(folder / "d0" / "article-0010.txt")]
    assert len(set(sources)) == 3000


def test_max_files_stops_a_folder_with_a_clear_error(tmp_path, read, one_error):
    for i in range(5):
        write(tmp_path / "f" / f"{i}.txt", TEXT + str(i))
    docs, errors = read([tmp_path / "f"], max_files=3)
    assert len(docs) == 3
    error = one_error(errors, tmp_path / "f")
    assert error.code == "E112" and "more than 3 files" in error.reason


def test_gzip_is_read_transparently(tmp_path, read):
    page = "<html><head><title>T</title></head><body><p>Zipped page</p></body></html>".encode()
    docs, errors = read([write(tmp_path / "page.html.gz", gzip.compress(page))])
    assert errors == []
    assert docs[0].data == page and docs[0].content_type == "text/html"


def test_truncated_gzip_is_refused_and_the_rest_arrives(tmp_path, read, one_error):
    whole = gzip.compress(("<p>" + "word " * 5000 + "</p>").encode())
    cut = write(tmp_path / "cut.html.gz", whole[: len(whole) // 2])
    good = write(tmp_path / "good.txt", TEXT)
    docs, errors = read([cut, good])
    error = one_error(errors, cut)
    assert error.code == "E107" and "truncated" in error.reason
    assert [d.source for d in docs] == [str(good)]


def test_gzip_bomb_is_stopped_at_the_cap(tmp_path, read, one_error):
    bomb = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 5_000_000))
    assert bomb.stat().st_size < 10_000
    docs, errors = read([bomb], max_bytes=100_000)
    error = one_error(errors, bomb)
    assert error.code == "E102" and "decompresses" in error.reason


def test_standard_input(monkeypatch, read):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    docs, errors = read(["-"])
    assert errors == [] and docs[0].source == "<stdin>" and docs[0].data == TEXT.encode()


def test_unexpected_failure_is_contained(tmp_path, monkeypatch, read, one_error):
    from newsprism.ingest import files

    first = write(tmp_path / "a" / "1.txt", TEXT)
    second = write(tmp_path / "a" / "2.txt", TEXT + "2")

    def explode(*args, **kwargs):
        raise RuntimeError("parser bug")
        yield  # pragma: no cover

    real = files._read_open_file
    monkeypatch.setattr(files, "_read_open_file",
                        lambda source, *a: explode() if source.endswith("1.txt") else real(source, *a))
    docs, errors = read([tmp_path / "a"])
    error = one_error(errors, first)
    assert error.code == "E199" and "parser bug" in error.reason
    assert [d.source for d in docs] == [str(second)]


def test_same_input_same_output(tmp_path):
    write(tmp_path / "x" / "b.txt", TEXT)
    write(tmp_path / "x" / "a.html", "<p>a</p>")
    runs = [[(d.source, d.data, d.content_type) for d in read_inputs([str(tmp_path / "x")])] for _ in range(2)]
    assert runs[0] == runs[1]


def test_options_are_validated():
    with pytest.raises(ValueError):
        IngestOptions(max_bytes=0)
    assert IngestOptions().max_bytes == 20 * 1024 * 1024
    assert IngestOptions().user_agent.startswith("newsprism/")
    assert list(read_inputs([])) == []
