"""read_inputs: paths, folders, URLs and '-' (standard input) → RawDocuments and InputErrors, in order."""
from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from newsprism.ingest.codes import refuse
from newsprism.ingest.dispatch import documents_from_bytes
from newsprism.ingest.fetch import Fetcher, FetchRefused, url_scheme
from newsprism.ingest.files import file_documents, walk
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.records import InputError, RawDocument, SourceHints

_LOOKS_LIKE_DOMAIN = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)+(/|$)")


def read_inputs(inputs: Iterable[str], options: IngestOptions = IngestOptions()
                ) -> Iterator[RawDocument | InputError]:
    """Every document found in the inputs, in input order; a bad input yields an InputError and the rest goes on.

    An input is a file, a folder (read recursively), an http(s) URL, or "-" for standard input.
    Files and folders share one fetched_at: the time this call started.
    """
    if isinstance(inputs, (str, os.PathLike)):  # one input given bare, not a list of characters
        inputs = [inputs]
    started = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    fetcher = Fetcher(options)
    try:
        for item in inputs:
            name = os.fspath(item) if isinstance(item, os.PathLike) else str(item)
            for found in _contained(name, _read_one(name, options, started, fetcher)):
                yield _storable(found)
    finally:
        fetcher.close()


_OS_ESCAPE = re.compile("[\udc80-\udcff]")  # bytes of a file name that are not UTF-8, as Python decodes them


def _storable(item: RawDocument | InputError) -> RawDocument | InputError:
    """A source whose file name is not UTF-8 ("caf\\xe9.txt" from an old archive) cannot be stored as text:
    name it with the odd bytes written out as \\xNN instead of failing the batch."""
    if not _OS_ESCAPE.search(item.source):
        return item
    shown = item.source.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return dataclasses.replace(item, source=shown)


def _contained(source: str, items: Iterator[RawDocument | InputError]) -> Iterator[RawDocument | InputError]:
    """Run one input's reader; an unexpected failure becomes an InputError for that input, not a crash."""
    try:
        yield from items
    except Exception as exc:  # a bug or a library failure on strange input: report it, go on
        yield refuse(source, "E199", f"unexpected error while reading: {type(exc).__name__}: {exc}")


def _read_one(name: str, options: IngestOptions, started: str,
              fetcher: Fetcher) -> Iterator[RawDocument | InputError]:
    fetch_page = (lambda url, hints: _url_documents(url, options, fetcher, hints, None)) \
        if options.fetch_links else None
    scheme = url_scheme(name)
    if scheme in ("http", "https"):
        yield from _url_documents(name, options, fetcher, SourceHints(), fetch_page)
        return
    if scheme is not None and not os.path.lexists(name):
        yield refuse(name, "E120", f"unsupported URL scheme '{scheme}': only http and https are fetched")
        return
    if name == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            yield refuse("<stdin>", "E102", f"standard input is over the {human_bytes(options.max_bytes)} cap")
            return
        yield from documents_from_bytes("<stdin>", data, options=options, fetched_at=started, fetch_page=fetch_page)
        return
    path = Path(name)
    if not os.path.lexists(path):
        hint = " (for a web page, give the full URL with https://)" if _LOOKS_LIKE_DOMAIN.match(name) else ""
        yield refuse(name, "E101", f"no such file or folder{hint}")
        return
    if path.is_dir():
        for item in walk(path, options):
            if isinstance(item, InputError):
                yield item
            else:
                yield from _contained(str(item), file_documents(item, options, started, fetch_page))
        return
    if path.is_symlink() and not path.exists():
        yield refuse(name, "E111", "broken symbolic link")
        return
    yield from file_documents(path, options, started, fetch_page)


def _url_documents(url: str, options: IngestOptions, fetcher: Fetcher, hints: SourceHints,
                   fetch_page) -> Iterator[RawDocument | InputError]:
    try:
        page = fetcher.fetch(url)
    except FetchRefused as exc:
        yield refuse(url, exc.code, exc.reason)
        return
    if not page.data.strip():  # the server's answer is empty, not a file: say so, with its status
        empty = "an empty response" if not page.data else "a response of only whitespace"
        yield refuse(url, "E103", f"the URL returned {empty} (HTTP {page.status})")
        return
    page_hints = SourceHints(url=page.final_url, title=hints.title, outlet=hints.outlet,
                             published=hints.published, byline=hints.byline, language=hints.language)
    yield from documents_from_bytes(url, page.data, options=options, fetched_at=page.fetched_at,
                                    name=urlsplit(page.final_url).path, declared_type=page.media_type,
                                    declared_charset=page.charset, hints=page_hints, fetch_page=fetch_page)
