"""The kind of a document is told by its content, not only its file name."""
import pytest

PAGE = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Body text.</p></body></html>"
TEXT = b"Bridge reopens\n\nThe council voted on Tuesday.\n"


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name, data, content_type", [
    ("page.txt", PAGE, "text/html"),  # HTML saved with the wrong extension
    ("page", PAGE, "text/html"),  # no extension
    ("notes.html", TEXT, "text/html"),  # a .html file is taken at its word when its content says nothing
    ("story.txt", TEXT, "text/plain"),
    ("page.xhtml", b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>',
     "application/xhtml+xml"),
    ("fragment.txt", b"<div class='story'><p>One.</p><p>Two.</p></div>", "text/html"),
    ("update.txt", b"[Updated] The bridge reopened on Tuesday.\n", "text/plain"),  # starts like JSON, is not
    ("comment.html", b"<!-- saved from url=(0022)https://example.org/ -->\n" + PAGE, "text/html"),
])
def test_kind_by_content(tmp_path, read, name, data, content_type):
    docs, errors = read([write(tmp_path, name, data)])
    assert errors == []
    assert docs[0].content_type == content_type and docs[0].data == data


def test_malformed_html_still_arrives_byte_for_byte(tmp_path, read):
    broken = b"<html><head><title>Half</title><body><div><p>Unclosed <b>bold <i>mix</b></i><table><tr><td>cell"
    docs, errors = read([write(tmp_path, "broken.html", broken), write(tmp_path, "ok.txt", TEXT)])
    assert errors == []
    assert docs[0].content_type == "text/html" and docs[0].data == broken
    assert len(docs) == 2


def test_xml_that_is_not_a_feed_is_refused(tmp_path, read, one_error):
    sitemap = write(tmp_path, "sitemap.xml",
                    b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    b"<url><loc>https://example.org/</loc></url></urlset>")
    docs, errors = read([sitemap, write(tmp_path, "ok.txt", TEXT)])
    error = one_error(errors, sitemap)
    assert error.code == "E106" and "<urlset>" in error.reason
    assert len(docs) == 1
