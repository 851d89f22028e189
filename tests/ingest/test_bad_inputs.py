"""A messy folder: odd inputs are read or refused with a code naming them, never a crash of the batch."""
import json

import pytest

from newsprism.clean import clean_document
from newsprism.errors import NewsprismError
from newsprism.ingest import decode_text
from newsprism.records import InputError
from newsprism.runners.local import ingest
from newsprism.store import open_store

BOMB = """<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lenholm Post</title>
<entry><title>Vote &d;</title><id>x</id>
<content type="text">The Vantrell council voted on Tuesday to reopen the bridge, Ann Roe said. &d;</content>
</entry></feed>"""

RSS_HEAD = """<?xml version="1.0"?><rss version="2.0"><channel><title>Vantrell Daily</title>
<item><title>Bridge vote</title><link>http://example.org/a</link><description>The council voted on Tuesday to
reopen the bridge, Mark Tennant said. The repairs cost 4.2 million dollars.</description></item>
"""


def test_a_feed_with_an_internal_subset_is_read_as_a_feed_and_its_entities_stay_unexpanded(tmp_path, read):
    path = tmp_path / "bomb.atom"
    path.write_text(BOMB)
    docs, errors = read([path])
    assert [d.source for d in docs] == [f"{path}#entry-1"]  # was one text document: the DOCTYPE hid the root
    assert docs[0].hints.outlet == "Lenholm Post"
    assert decode_text(docs[0]).count("a") < 100 and len(docs[0].data) < 500  # 10,000 a's unexpanded


def test_an_external_entity_is_never_read(tmp_path, read):
    secret = tmp_path / "secret.txt"
    secret.write_text("Brennick-private-token")
    path = tmp_path / "xxe.rss"
    path.write_text(RSS_HEAD.replace('<?xml version="1.0"?>', f'<?xml version="1.0"?>\n<!DOCTYPE rss '
                                     f'[<!ENTITY xxe SYSTEM "file://{secret}">]>')
                    .replace("Bridge vote", "Bridge vote &xxe;") + "</channel></rss>")
    docs, errors = read([path])
    assert [d.source for d in docs] == [f"{path}#entry-1"]
    assert all("Brennick-private-token" not in (decode_text(d) + str(d.hints)) for d in docs)


def test_other_xml_with_an_internal_subset_is_refused_as_xml(tmp_path, read, one_error):
    path = tmp_path / "notes.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE notes [<!ENTITY who "Mara Quist">]>\n'
                    "<notes><note>&who; called.</note></notes>")
    docs, errors = read([path])
    assert docs == [] and one_error(errors, path).code == "E106" and "<notes>" in errors[0].reason


def test_a_feed_cut_off_mid_item_keeps_its_entries_and_says_it_ends_early(tmp_path, read):
    path = tmp_path / "cut.rss"
    path.write_text(RSS_HEAD + "<item><title>Ferry</title><description>The ferry will clo")
    docs, errors = read([path])
    assert docs[0].source == f"{path}#entry-1"
    cut = [e for e in errors if e.source == str(path)]
    assert len(cut) == 1 and cut[0].code == "E109" and "ends early" in cut[0].reason
    assert "at line 4" in cut[0].reason


def test_a_whole_feed_with_a_stray_entity_is_not_called_truncated(tmp_path, read):
    path = tmp_path / "ok.rss"
    path.write_text(RSS_HEAD.replace("said.", "said &nbsp;.") + "</channel></rss>")
    docs, errors = read([path])
    assert len(docs) == 1 and errors == []


def test_a_plain_text_feed_entry_is_cleaned_not_refused(tmp_path, read):
    path = tmp_path / "plain.rss"
    path.write_text(RSS_HEAD + "</channel></rss>")
    docs, _ = read([path])
    article = clean_document(docs[0])  # was E202 "HTML page with no readable text": a bare fragment
    assert "Mark Tennant said" in article.text and article.title == "Bridge vote"


def test_a_page_whose_root_is_svg_is_refused_with_a_code_not_an_assertion(tmp_path, read):
    path = tmp_path / "drawing.html"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>Map</text></svg>')
    docs, _ = read([path])
    try:
        clean_document(docs[0])
    except NewsprismError as exc:  # was AssertionError from deep inside htmldate, reported as E290
        assert exc.code.startswith("E2")


def test_json_nested_past_the_recursion_limit_is_malformed_json(tmp_path, read, one_error):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    docs, errors = read([path])
    assert docs == [] and one_error(errors, path).code == "E108" and "nested" in errors[0].reason


def test_a_deep_first_line_is_not_taken_for_json_lines(tmp_path, read):
    path = tmp_path / "deep.txt"
    path.write_text('{"a": ' + "[" * 100_000 + "\nmore\n")
    docs, errors = read([path])
    assert all(e.code != "E199" for e in errors)


def test_lone_surrogate_escapes_in_json_become_replacement_characters(tmp_path, read):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"text": "The council voted \ud800 on Tuesday, Ann Roe said.",
                                "title": "Vote \udfff", "sm\udc00ile": "\ud83d\ude00 kept"}))
    docs, errors = read([path])
    assert errors == []  # was E199: UnicodeEncodeError
    assert decode_text(docs[0]) == "The council voted \ufffd on Tuesday, Ann Roe said."
    assert docs[0].hints.title == "Vote \ufffd"


def test_a_file_name_that_is_not_utf8_is_stored_and_named(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    try:
        (folder / "caf\udce9 vote.txt").write_bytes(b"Cafe vote\n\nThe council voted on Tuesday to reopen "
                                                    b"the bridge, Ann Roe said.\n")
        (folder / "empty\udce9.txt").write_bytes(b"")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system takes only UTF-8 names")
    with open_store(tmp_path / "s.db") as store:
        result = ingest([str(folder)], store=store)  # was UnicodeEncodeError from SQLite: the batch stopped
        assert [a.source for a in store.articles()] == [f"{folder}/caf\\xe9 vote.txt"]
        assert [e.source for e in store.errors()] == [f"{folder}/empty\\xe9.txt"]
    assert result.added == 1


def test_an_error_stays_one_line_whatever_the_file_is_named():
    error = InputError("saved/a\nb\u202etxt.html", "E103", "empty file")
    assert str(error) == "[E103] saved/a\\nb\\u202etxt.html: empty file"
    assert str(InputError("saved/caf\u00e9 \u4e2d.txt", "E103", "empty file")) == \
        "[E103] saved/caf\u00e9 \u4e2d.txt: empty file"


MHTML = (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://vantrell.example/news/bridge\r\n"
         b"Subject: Bridge vote\r\nMIME-Version: 1.0\r\n"
         b'Content-Type: multipart/related; type="text/html"; boundary="----b"\r\n\r\n'
         b"------b\r\nContent-Type: text/html\r\nContent-ID: <frame-1>\r\n"
         b"Content-Transfer-Encoding: quoted-printable\r\n"
         b"Content-Location: https://vantrell.example/news/bridge\r\n\r\n"
         b"<html><head><meta charset=3D\"utf-8\"><title>Bridge vote</title></head><body><article>"
         b"<h1>Bridge vote</h1><p>The Vantrell council voted on Tuesday to reopen the Lenholm bridge, Mayor Mark =\r\n"
         b"Tennant said. The repairs cost 4.2 million dollars, the council said in a statement =\r\n"
         b"issued after the vote, and Ann Roe said the caf=C3=A9 by the bridge would reopen too.</p>"
         b"</article></body></html>\r\n"
         b"------b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
         b"Content-Location: https://vantrell.example/logo.png\r\n\r\niVBORw0KGgo=\r\n------b--\r\n")


def test_a_single_file_saved_page_is_read_from_its_html_part(tmp_path, read):
    path = tmp_path / "bridge.mhtml"
    path.write_bytes(MHTML)
    docs, errors = read([path])
    assert errors == [] and [d.source for d in docs] == [str(path)]
    assert docs[0].hints.url == "https://vantrell.example/news/bridge"
    article = clean_document(docs[0])  # was E202 "no readable text": the MIME wrapping was read as the page
    assert "Mayor Mark Tennant said" in article.text and "caf\u00e9" in article.text
    assert article.title == "Bridge vote"


def test_an_mhtml_file_without_a_page_is_refused_by_name(tmp_path, read, one_error):
    path = tmp_path / "logo.mht"
    path.write_bytes(MHTML.split(b"------b\r\nContent-Type: text/html")[0]
                     + b"------b\r\nContent-Type: image/png\r\n\r\nxx\r\n------b--\r\n")
    docs, errors = read([path])
    assert docs == [] and one_error(errors, path).code == "E106" and "MHTML" in errors[0].reason
