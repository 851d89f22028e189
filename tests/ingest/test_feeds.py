"""RSS and Atom files: one document per entry with its metadata; broken feeds are refused with the reason."""
from newsprism.ingest import decode_text

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Riverside Courier</title><link>https://courier.example/</link><language>en</language>
<item><title>Bridge reopens</title><link>https://courier.example/bridge</link>
<pubDate>Tue, 02 Mar 2021 09:00:00 GMT</pubDate><dc:creator>Ana Field</dc:creator>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The council voted on <b>Tuesday</b>.</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>Budget passes</title><link>https://courier.example/budget</link>
<description>&lt;p&gt;The budget passed.&lt;/p&gt;</description></item>
<item><title>Only a title</title><link>https://courier.example/title-only</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Herald</title><id>urn:x</id><updated>2021-03-02T10:00:00Z</updated>
<entry><title>Bridge back</title><link href="https://herald.example/b"/><id>urn:1</id>
<published>2021-03-02T08:00:00Z</published><updated>2021-03-02T10:00:00Z</updated><author><name>Li Wen</name></author>
<content type="html">&lt;p&gt;The bridge is back.&lt;/p&gt;</content></entry>
</feed>"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rss_entries_become_documents_with_hints(tmp_path, read, one_error):
    path = write(tmp_path, "courier.xml", RSS)
    docs, errors = read([path])
    assert [d.source for d in docs] == [f"{path}#entry-1", f"{path}#entry-2"]
    first, second = docs
    # full content preferred to the summary, kept verbatim (escaping is the report's job)
    assert decode_text(first) == "<p>The council voted on <b>Tuesday</b>.</p><script>alert(1)</script>"
    assert first.content_type == "text/html"
    assert (first.hints.url, first.hints.title, first.hints.outlet, first.hints.byline, first.hints.language) == (
        "https://courier.example/bridge", "Bridge reopens", "Riverside Courier", "Ana Field", "en")
    assert first.hints.published == "Tue, 02 Mar 2021 09:00:00 GMT"
    assert decode_text(second) == "<p>The budget passed.</p>"
    error = one_error(errors, f"{path}#entry-3")
    assert error.code == "E103" and "--fetch-links" in error.reason


def test_atom_entry(tmp_path, read):
    docs, errors = read([write(tmp_path, "herald.atom", ATOM)])
    assert errors == []
    hints = docs[0].hints
    assert (hints.url, hints.outlet, hints.byline, hints.published) == (
        "https://herald.example/b", "Valley Herald", "Li Wen", "2021-03-02T08:00:00Z")
    assert decode_text(docs[0]) == "<p>The bridge is back.</p>"


def test_malformed_feed_recovered_when_entries_survive(tmp_path, read):
    broken = RSS.replace("</channel></rss>", "<item><title>Unclosed & bad</title>")  # not well-formed XML
    docs, errors = read([write(tmp_path, "broken.xml", broken)])
    assert len(docs) == 2  # feedparser's lenient parser still finds the entries


def test_hopeless_feed_is_refused_and_the_rest_arrives(tmp_path, read, one_error):
    hopeless = write(tmp_path, "hopeless.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>T</ti')
    good = write(tmp_path, "good.xml", ATOM)
    docs, errors = read([hopeless, good])
    error = one_error(errors, hopeless)
    assert error.code == "E109" and error.reason
    assert "<unknown>" not in error.reason and "at line 1, column" in error.reason  # where, not a placeholder
    assert [d.source for d in docs] == [f"{good}#entry-1"]
