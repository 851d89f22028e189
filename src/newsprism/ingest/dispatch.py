"""Bytes in memory → documents: the checks every input passes, whatever it came from.

Order: empty? gzip (decompressed, capped)? WARC? MHTML (its HTML part)? binary? which encoding? then by
kind: HTML and text become one RawDocument holding the bytes unchanged; feeds, JSON and JSON Lines become one
document per entry or record.
"""
from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator

from newsprism.ingest import feeds, jsonrecords, mhtml, warc
from newsprism.ingest.codes import refuse
from newsprism.ingest.encoding import (UndecodableText, bom_encoding, declared_in_markup, detect_encoding,
                                       utf16_without_bom)
from newsprism.ingest.feeds import FetchPage
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.ingest.sniff import binary_kind, document_kind, is_gzip, is_warc, root_element
from newsprism.records import InputError, RawDocument, SourceHints

HEAD = 64 * 1024
CONTENT_TYPES = {"html": "text/html", "xhtml": "application/xhtml+xml", "text": "text/plain"}
_JSON_EXTENSIONS = (".json", ".jsonl", ".ndjson")


def gunzip_capped(stream: gzip.GzipFile, max_bytes: int) -> bytes:
    """Decompress, refusing more than max_bytes out (a small file can hold a huge one).

    Raises EOFError (truncated), ValueError (over the cap) or zlib.error / OSError (corrupt).
    """
    out = stream.read(max_bytes + 1)
    if len(out) > max_bytes:
        raise ValueError(f"decompresses to more than the {human_bytes(max_bytes)} cap (--max-bytes)")
    return out


def gzip_problem(exc: Exception) -> str:
    if isinstance(exc, EOFError):
        return "truncated gzip: the compressed data ends before its end marker"
    return f"corrupt gzip data: {exc}"


def gunzip_or_refusal(source: str, stream: gzip.GzipFile, max_bytes: int) -> bytes | InputError:
    """The decompressed bytes, or the refusal naming why they cannot be had (over the cap, truncated, corrupt)."""
    try:
        return gunzip_capped(stream, max_bytes)
    except ValueError as exc:
        return refuse(source, "E102", str(exc))
    except (EOFError, zlib.error, OSError) as exc:
        return refuse(source, "E107", gzip_problem(exc))


def documents_from_bytes(source: str, data: bytes, *, options: IngestOptions, fetched_at: str, name: str = "",
                         declared_type: str | None = None, declared_charset: str | None = None,
                         hints: SourceHints = SourceHints(),
                         fetch_page: FetchPage | None = None) -> Iterator[RawDocument | InputError]:
    """Every document in `data` (one, or one per feed entry / JSON record / archive record)."""
    if not data.strip():
        yield refuse(source, "E103", "empty file" if not data else "holds only whitespace")
        return
    if len(data) > options.max_bytes:
        yield refuse(source, "E102", f"{human_bytes(len(data))} is over the {human_bytes(options.max_bytes)} "
                                     "cap (--max-bytes)")
        return
    if is_gzip(data):
        inner = gunzip_or_refusal(source, gzip.GzipFile(fileobj=io.BytesIO(data)), options.max_bytes)
        if isinstance(inner, InputError):
            yield inner
            return
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        yield from documents_from_bytes(source, inner, options=options, fetched_at=fetched_at, name=inner_name,
                                        declared_type=None, declared_charset=declared_charset, hints=hints,
                                        fetch_page=fetch_page)
        return
    if is_warc(data[:16]):
        yield from warc.warc_documents(source, io.BytesIO(data), False, options, fetched_at,
                                       documents_from_bytes)
        return
    if mhtml.is_mhtml(data[:HEAD]):
        yield from mhtml.mhtml_documents(source, data, documents_from_bytes, options=options, fetched_at=fetched_at,
                                         name=name, fetch_page=fetch_page)
        return
    if not (bom_encoding(data) or utf16_without_bom(data[:4096])):
        kind = binary_kind(data[:HEAD])
        if kind:
            yield refuse(source, "E104", f"{kind}, not a text document")
            return
    try:
        encoding = detect_encoding(data, declared_charset or declared_in_markup(data[:8192]))
    except UndecodableText as exc:
        yield refuse(source, "E105", str(exc))
        return
    head = data[:HEAD].decode(encoding, errors="replace")
    if not head.strip() and not data.decode(encoding, errors="replace").strip():
        yield refuse(source, "E103", "holds only whitespace")
        return
    kind = document_kind(head, name, declared_type)
    if kind in CONTENT_TYPES:
        yield RawDocument(source=source, fetched_at=fetched_at, content_type=CONTENT_TYPES[kind], data=data,
                          encoding=encoding, hints=hints)
    elif kind == "feed":
        yield from feeds.feed_documents(source, data, fetched_at, options, hints, fetch_page)
    elif kind == "jsonl":
        lines = data.decode(encoding, errors="replace").splitlines()
        yield from jsonrecords.jsonl_documents(source, lines, fetched_at, options, hints)
    elif kind == "json":
        yield from _json_or_text(source, data, encoding, name, fetched_at, options, hints)
    else:
        root = root_element(head) or "?"
        yield refuse(source, "E106", f"XML document with root element <{root}> is neither a feed "
                                     "(RSS, Atom) nor a web page")


def _json_or_text(source: str, data: bytes, encoding: str, name: str, fetched_at: str, options: IngestOptions,
                  hints: SourceHints) -> Iterator[RawDocument | InputError]:
    """JSON records; text that merely starts with '{' or '[' ("[Updated] ...") stays text unless named .json."""
    text = data.decode(encoding, errors="replace")
    try:
        value = jsonrecords.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # a second value follows the first: JSON Lines
            yield from jsonrecords.jsonl_documents(source, text.splitlines(), fetched_at, options, hints)
        elif name.lower().endswith(_JSON_EXTENSIONS):
            yield refuse(source, "E108", f"malformed JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        else:
            yield RawDocument(source=source, fetched_at=fetched_at, content_type="text/plain", data=data,
                              encoding=encoding, hints=hints)
        return
    yield from jsonrecords.value_documents(source, value, fetched_at, options, hints)
