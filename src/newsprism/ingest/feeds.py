"""RSS and Atom feeds (feedparser): each entry becomes a document; its page is fetched only on request.

The entry's own content (or its summary) is the document, as HTML, with the entry's link, title,
date (published; updated when that is all the feed gives, as RSS 1.0's dc:date is) and author,
and the feed's title as the outlet, as hints. With fetch_links the linked page is fetched through
the safe fetcher instead; when that fails, the refusal is reported and the entry's own text is kept.
"""
from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator

import feedparser

from newsprism.ingest.codes import refuse
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.records import InputError, RawDocument, SourceHints, counted

FetchPage = Callable[[str, SourceHints], Iterable[RawDocument | InputError]]


def _entry_body(entry) -> tuple[str | None, str]:
    """(content, media type) of an entry: full content preferred (HTML first), else the summary."""
    contents = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    contents.sort(key=lambda c: 0 if "html" in (c.get("type") or "") else 1)
    if contents:
        return contents[0]["value"], contents[0].get("type") or "text/html"
    summary = entry.get("summary")
    if summary and summary.strip():
        detail = entry.get("summary_detail") or {}
        return summary, detail.get("type") or "text/html"
    return None, "text/html"


def _media(kind: str) -> str:
    return "text/plain" if kind == "text/plain" else "text/html"


def _parse_problem(exc) -> str:
    """The XML parser's message without its `<unknown>:LINE:COL:` prefix, which names no file."""
    text = str(exc)
    m = re.match(r"<unknown>:(\d+):(\d+): (.*)", text)
    return f"{m.group(3)} at line {m.group(1)}, column {m.group(2)}" if m else text


_CUT_OFF = ("no element found", "unclosed token")  # expat: the document ends inside its root element


def _cut_off(parsed) -> str | None:
    """Why a feed read leniently is cut off (a truncated download), or None when it is whole."""
    problem = _parse_problem(parsed.get("bozo_exception")) if parsed.get("bozo") else ""
    return problem if problem.startswith(_CUT_OFF) else None


def feed_documents(source: str, data: bytes, fetched_at: str, options: IngestOptions,
                   feed_hints: SourceHints = SourceHints(),
                   fetch_page: FetchPage | None = None) -> Iterator[RawDocument | InputError]:
    # A stream, never a string: feedparser would fetch a string that looks like a URL or open a path.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield refuse(source, "E109", f"malformed feed: {_parse_problem(parsed.get('bozo_exception'))}")
        else:
            yield refuse(source, "E109", "feed has no entries")
        return
    feed = parsed.get("feed") or {}
    outlet = feed.get("title") or feed_hints.outlet
    language = feed.get("language") or feed_hints.language
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#entry-{n}"
        hints = SourceHints(
            url=entry.get("link") or None,
            title=entry.get("title") or None,
            outlet=outlet or None,
            published=entry.get("published") or entry.get("updated") or None,
            byline=entry.get("author") or None,
            language=language or None,
        )
        body, kind = _entry_body(entry)
        if options.fetch_links and fetch_page is not None and hints.url:
            results = list(fetch_page(hints.url, hints))
            yield from results
            if any(isinstance(r, RawDocument) for r in results) or body is None:
                continue
            # the page was refused: keep the entry's own text so nothing is lost
        if body is None:
            yield refuse(where, "E103", "feed entry has no content or summary"
                         + ("" if options.fetch_links else " (--fetch-links fetches its page)"))
            continue
        payload = body.encode("utf-8")
        if len(payload) > options.max_bytes:
            yield refuse(where, "E102", f"entry is {human_bytes(len(payload))}, over the "
                                        f"{human_bytes(options.max_bytes)} cap (--max-bytes)")
            continue
        yield RawDocument(source=where, fetched_at=fetched_at, content_type=_media(kind), data=payload,
                          encoding="utf-8", hints=hints)
    cut = _cut_off(parsed)
    if cut:  # the entries before the cut were kept; the last one may have lost its end
        yield refuse(source, "E109", f"feed ends early (truncated?): {cut}; {counted(len(parsed.entries), 'entry')} "
                                     "read before the end, the last may be incomplete")
