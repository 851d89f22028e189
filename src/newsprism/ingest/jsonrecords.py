"""JSON and JSON Lines records: one document per record, its metadata as hints.

Accepted shapes: one record; a list of records; an object holding a list of records under
"articles", "items", "data", ... (JSON Feed included); JSON Lines with one record a line.
A record names its text as text / html / content / body (or similar); keys are matched without
regard to case. A bad record or line is refused on its own; the others go on.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from typing import Any

from newsprism.ingest.codes import refuse
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.records import InputError, RawDocument, SourceHints

HTML_KEYS = ("html", "raw_html", "content_html", "body_html", "html_content", "rawhtml")
TEXT_KEYS = ("text", "content", "body", "article", "article_text", "articlebody", "maintext",
             "content_text", "full_text", "fulltext", "body_text", "story")
URL_KEYS = ("url", "link", "canonical_url", "uri", "permalink", "href")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "pubdate", "date_published",
             "datepublished", "publication_date", "date_publish", "publishedat", "datetime", "created_at")
OUTLET_KEYS = ("outlet", "source", "site", "site_name", "sitename", "publisher", "source_name",
               "newspaper", "publication", "domain", "source_domain")
BYLINE_KEYS = ("byline", "author", "authors", "creator", "writer", "by")
LANGUAGE_KEYS = ("language", "lang", "inlanguage", "locale")
CONTAINER_KEYS = ("articles", "items", "data", "records", "results", "documents", "docs", "entries",
                  "posts", "stories")
_SUBKEYS = ("rendered", "html", "text", "value", "name", "title", "url", "href")  # {"rendered": ...} etc.
_HTML_HINT = ("<p", "<div", "<br", "<html", "<body", "<article", "<span", "<h1", "<h2", "<a ", "<li")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # "\\ud800" escapes JSON allows and UTF-8 cannot hold


def loads(text: str | bytes) -> Any:
    """json.loads, with arrays nested beyond Python's recursion limit refused as malformed JSON."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("arrays or objects nested too deeply", "", 0) from None


def _text(value: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", value)  # json.loads has already joined the valid pairs


def _flat(value: Any) -> str | None:
    """A field's value as one string: lists joined, {"rendered": "..."} / {"name": "..."} unwrapped."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return _text(value).strip() or None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        for key in _SUBKEYS:
            if key in lowered:
                return _flat(lowered[key])
        return None
    if isinstance(value, (list, tuple)):
        parts = [p for p in (_flat(v) for v in value) if p]
        return ", ".join(parts) if parts and all(len(p) < 80 for p in parts) else ("\n\n".join(parts) or None)
    return None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(key, value) of the first key present with a usable value."""
    for key in keys:
        if key in record:
            value = _flat(record[key])
            if value:
                return key, value
    return None, None


def _date(record: dict[str, Any]) -> str | None:
    for key in DATE_KEYS:
        value = record.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds or seconds
            try:
                return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            except (OverflowError, OSError, ValueError):
                continue
        flat = _flat(value)
        if flat:
            return flat
    return None


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return any(tag in head for tag in _HTML_HINT)


def record_document(record: Any, source: str, fetched_at: str, options: IngestOptions,
                    defaults: SourceHints = SourceHints()) -> RawDocument | InputError:
    """One JSON record → one RawDocument (its text or HTML as UTF-8 bytes), or the reason it can't be."""
    if not isinstance(record, dict):
        return refuse(source, "E108", f"a record must be a JSON object, not {type(record).__name__}")
    fields = {_text(str(k)).lower(): v for k, v in record.items()}
    key, body = _first(fields, HTML_KEYS)
    content_type = "text/html"
    if body is None:
        key, body = _first(fields, TEXT_KEYS)
        content_type = "text/html" if body is not None and looks_like_html(body) else "text/plain"
    if body is None:
        present = [k for k in HTML_KEYS + TEXT_KEYS if k in fields]
        if present:
            return refuse(source, "E103", f"record's {present[0]!r} field is empty")
        return refuse(source, "E108", "record has no text: expected a field named text, html, content or body "
                                      f"(found: {', '.join(sorted(fields)[:12]) or 'no fields'})")
    data = body.encode("utf-8")
    if len(data) > options.max_bytes:
        return refuse(source, "E102", f"record's {key!r} field is {human_bytes(len(data))}, over the "
                                      f"{human_bytes(options.max_bytes)} cap (--max-bytes)")
    hints = SourceHints(
        url=_first(fields, URL_KEYS)[1] or defaults.url,
        title=_first(fields, TITLE_KEYS)[1] or defaults.title,
        outlet=_first(fields, OUTLET_KEYS)[1] or defaults.outlet,
        published=_date(fields) or defaults.published,
        byline=_first(fields, BYLINE_KEYS)[1] or defaults.byline,
        language=_first(fields, LANGUAGE_KEYS)[1] or defaults.language,
    )
    return RawDocument(source=source, fetched_at=fetched_at, content_type=content_type, data=data,
                       encoding="utf-8", hints=hints)


def _container(value: dict[str, Any]) -> tuple[list[Any] | None, SourceHints]:
    """The list of records an object holds, and hints that apply to all of them (JSON Feed title)."""
    fields = {_text(str(k)).lower(): v for k, v in value.items()}
    for key in CONTAINER_KEYS:
        items = fields.get(key)
        if isinstance(items, list) and any(isinstance(item, dict) for item in items):
            defaults = SourceHints()
            if "jsonfeed" in str(fields.get("version", "")):
                defaults = SourceHints(outlet=_flat(fields.get("title")), language=_flat(fields.get("language")))
            return items, defaults
    return None, SourceHints()


def json_documents(source: str, text: str, fetched_at: str, options: IngestOptions,
                   defaults: SourceHints = SourceHints()) -> Iterator[RawDocument | InputError]:
    """Records of a whole JSON document. JSON Lines given here (a parse stops at 'Extra data') go line by line."""
    try:
        value = loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from jsonl_documents(source, text.splitlines(), fetched_at, options, defaults)
            return
        yield refuse(source, "E108", f"malformed JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    yield from value_documents(source, value, fetched_at, options, defaults)


def value_documents(source: str, value: Any, fetched_at: str, options: IngestOptions,
                    defaults: SourceHints = SourceHints()) -> Iterator[RawDocument | InputError]:
    """Records of a parsed JSON value: one record, a list of them, or an object holding a list."""
    if isinstance(value, list):
        items, container_hints = value, defaults
    elif isinstance(value, dict):
        items, container_hints = _container(value)
        if items is None:
            yield record_document(value, source, fetched_at, options, defaults)
            return
        container_hints = _merge(container_hints, defaults)
    else:
        yield refuse(source, "E108", f"JSON holds a {type(value).__name__}, not records (objects with a text field)")
        return
    if not items:
        yield refuse(source, "E103", "JSON list holds no records")
        return
    for n, item in enumerate(items, start=1):
        yield record_document(item, f"{source}#item-{n}", fetched_at, options, container_hints)


def jsonl_documents(source: str, lines: Iterable[bytes | str], fetched_at: str, options: IngestOptions,
                    defaults: SourceHints = SourceHints()) -> Iterator[RawDocument | InputError]:
    """One record a line; blank lines skipped; line numbers count from 1 like an editor's."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}#line-{n}"
        if len(line) > options.max_bytes:
            yield refuse(where, "E102", f"line is over the {human_bytes(options.max_bytes)} cap (--max-bytes)")
            continue
        try:
            value = loads(line)
        except json.JSONDecodeError as exc:
            yield refuse(where, "E108", f"malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        except UnicodeDecodeError as exc:
            yield refuse(where, "E105", f"line is not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        yield record_document(value, where, fetched_at, options, defaults)


def _merge(first: SourceHints, second: SourceHints) -> SourceHints:
    return SourceHints(**{f: getattr(first, f) or getattr(second, f) for f in SourceHints.__dataclass_fields__})
