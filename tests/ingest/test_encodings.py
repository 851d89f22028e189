"""Text encodings: the bytes are kept as they came, and the encoding found decodes them to the right text."""
import codecs

import pytest

from newsprism.ingest import decode_text
from newsprism.ingest.encoding import detect_encoding

FRENCH = ("Le conseil municipal a voté mardi la réouverture du pont. « Ça coûte très cher », a déclaré "
          "l'élue, près de la crèche du quartier. Les élèves étaient présents.\n")
QUOTES = ("The mayor said \u201cthe bridge will reopen\u201d \u2014 officials called it a \u2018new phase\u2019. "
          "Repairs cost \u20ac5 million\u2026 and took two years.\n")
POLISH = "Rada miasta zdecydowała we wtorek o ponownym otwarciu mostu. Żołnierze przybędą wkrótce, powiedział.\n"
GERMAN = "Die Brücke über den Fluss wird größer und schöner, heißt es aus dem Rathaus. Bürger begrüßen das.\n"


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text, codec", [
    (FRENCH, "latin-1"),
    (GERMAN, "latin-1"),
    (QUOTES, "cp1252"),
    (POLISH, "cp1250"),
    (FRENCH, "utf-16"),  # with a byte-order mark
    (QUOTES, "utf-16-be"),  # no mark: told by the NUL pattern
    (POLISH, "utf-8-sig"),
])
def test_legacy_and_unicode_encodings_decode_to_the_original_text(tmp_path, read, text, codec):
    data = text.encode(codec)
    path = write(tmp_path, "article.txt", data)
    good = write(tmp_path, "other.txt", b"Another article.\n")
    docs, errors = read([path, good])
    assert errors == []
    assert docs[0].data == data  # raw bytes kept
    assert decode_text(docs[0]).lstrip("\ufeff") == text
    assert docs[0].content_type == "text/plain"
    assert docs[1].source == str(good)


def test_declared_charset_of_an_html_page_is_used(tmp_path, read):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<title>Мост</title></head><body><p>Мост откроют во вторник.</p></body></html>')
    data = page.encode("cp1251")
    docs, errors = read([write(tmp_path, "page.html", data)])
    assert errors == [] and docs[0].encoding == "cp1251"
    assert "Мост откроют во вторник" in decode_text(docs[0])


def test_mostly_utf8_with_a_stray_byte_stays_utf8(tmp_path, read):
    data = ("Le café était fermé. " * 20).encode("utf-8") + b"caf\xe9 " + "Déjà vu.".encode("utf-8")
    docs, errors = read([write(tmp_path, "mixed.txt", data)])
    assert errors == [] and docs[0].encoding == "utf-8"
    assert decode_text(docs[0]).startswith("Le café était fermé.")


def test_hopeless_bytes_are_refused_with_a_reason(tmp_path, read, one_error):
    data = bytes(range(0x80, 0x100)) * 40  # no NUL, no text encoding makes words of it
    path = write(tmp_path, "noise.txt", data)
    good = write(tmp_path, "good.txt", b"Plain words.\n")
    docs, errors = read([path, good])
    error = one_error(errors, path)
    assert error.code in ("E104", "E105")
    assert [d.source for d in docs] == [str(good)]


def test_detect_encoding_prefers_utf8_over_a_wrong_declaration():
    data = "Der Bürgermeister sagte: »Die Brücke öffnet.«".encode("utf-8")
    assert detect_encoding(data, declared="iso-8859-1") == "utf-8"


def test_utf32_bom():
    data = codecs.BOM_UTF32_LE + "Bridge".encode("utf-32-le")
    assert detect_encoding(data) == "utf-32"
