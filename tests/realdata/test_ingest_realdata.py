"""Real pages and scraped articles from ../shared pass through read_inputs with their bytes intact."""
import gzip

from shared_data import DATA, SEEDS

from newsprism.ingest import decode_text, read_inputs
from newsprism.records import InputError, RawDocument

BENCHMARK = DATA / "article-extraction-benchmark" / "html"
HTMLDATE = DATA / "htmldate-eval" / "html"


def test_extraction_benchmark_pages_arrive_as_html_with_their_bytes():
    files = sorted(BENCHMARK.glob("*.html.gz"))
    assert len(files) >= 100
    missing = str(BENCHMARK / "not-there.html.gz")
    inputs = [str(f) for f in files[:60]] + [missing] + [str(f) for f in files[60:]]
    items = list(read_inputs(inputs))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(e.source, e.code) for e in errors] == [(missing, "E101")]  # the batch went on past it
    assert [d.source for d in docs] == [str(f) for f in files]
    for doc, path in zip(docs, files):
        assert doc.content_type in ("text/html", "application/xhtml+xml"), path
        assert doc.data == gzip.decompress(path.read_bytes()), path
        assert doc.encoding in ("utf-8", "utf-8-sig"), (path, doc.encoding)


def test_seed_articles_arrive_as_text_in_folder_order():
    files = sorted(SEEDS.glob("*.txt"))
    assert len(files) == 5
    items = list(read_inputs([str(SEEDS)]))
    assert all(isinstance(i, RawDocument) for i in items), items
    assert [d.source for d in items] == [str(f) for f in files]
    for doc, path in zip(items, files):
        assert doc.content_type == "text/plain" and doc.encoding == "utf-8"
        assert doc.data == path.read_bytes()
        assert decode_text(doc) == path.read_text(encoding="utf-8")


def test_many_language_pages_all_arrive_and_decode():
    """htmldate's evaluation pages: many languages and some legacy encodings; none is refused."""
    files = sorted(p for p in HTMLDATE.iterdir() if not p.name.startswith("."))
    items = list(read_inputs([str(HTMLDATE)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors == []
    assert len(items) == len(files)
    legacy = [d for d in items if d.encoding not in ("utf-8", "utf-8-sig")]
    assert legacy  # the set holds Latin-1 / Windows-1252 / ISO-8859-15 pages
    for doc in items:
        assert doc.content_type in ("text/html", "application/xhtml+xml"), doc.source
    for doc in legacy:
        assert "\ufffd" not in decode_text(doc), doc.source
