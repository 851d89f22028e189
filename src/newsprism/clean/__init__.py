"""clean stage: a RawDocument becomes an Article with its title, outlet, byline, date, language and
clean body, and everything else set aside with its reason.

    clean_document(raw) -> Article          raises NewsprismError (E2xx) for a document it refuses

Modules: text.py (scraped text, line by line), html.py (pages, through trafilatura), boilerplate.py
(what furniture lines look like), comments.py (comment sections), metadata.py (bylines, "Source:"
lines, outlet names), dates.py (published dates; `parse_published` is shared with other stages),
language.py (py3langid).

Error codes:
    E201  the bytes cannot be decoded as text
    E202  no text at all (empty, or only whitespace)
    E203  binary data, not a text document
    E204  a content type the clean stage does not read (JSON, feeds and archives are ingest's to split)
    E205  no article text: every line was set aside (page furniture, comments), or a page's main text is
          only link texts (a menu)
    E206  the article text is longer than any article (MAX_TEXT characters): a book or a dump, not one article
"""
from __future__ import annotations

import re
from collections import Counter

from newsprism.clean.dates import parse_published
from newsprism.clean.html import extract_html, html_text_lines
from newsprism.clean.language import detect_language
from newsprism.clean.lines import rejoin_apostrophes
from newsprism.clean.metadata import outlet_name, site_name, site_slogan
from newsprism.clean.text import layout_text
from newsprism.errors import NewsprismError
from newsprism.records import Article, RawDocument, Segment, article_id_for

__all__ = ["clean_document", "parse_published"]

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_REFUSED_TYPES = {"application/json", "application/ld+json", "application/x-ndjson", "application/jsonl",
                  "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
                  "application/warc", "application/gzip", "application/zip", "application/pdf"}
_LOOKS_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[/-]"
                       r"(0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)", re.I)  # "/2022/03/03/", "/2022/mar/03/"
_URL_MONTHS = {m: str(i) for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                                 "nov", "dec"), start=1)}
URL_DATE_GAP = 3  # days: a page's URL and its metadata disagree by more only when a date in the page was misread


def _decode(raw: RawDocument) -> str:
    data = raw.data
    if not data.strip():
        raise NewsprismError("E202", f"{raw.source}: no text at all ({len(data)} bytes, nothing but whitespace)")
    text = None
    if raw.encoding:
        try:
            text = data.decode(raw.encoding, errors="replace")
        except LookupError:
            text = None
    if text is None:
        for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if data.startswith(bom):
                text = data.decode(name, errors="replace")
                break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:200_000]).best()
            if best is None:
                raise NewsprismError("E201", f"{raw.source}: not UTF-8, and no known text encoding fits the bytes")
            text = data.decode(best.encoding, errors="replace")
    text = text.lstrip("\ufeff")
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in sample or controls > 0.01 * len(sample):
        raise NewsprismError("E203", f"{raw.source}: binary data, not a text document "
                                     f"({controls} control characters in the first {len(sample)})")
    if not text.strip():
        raise NewsprismError("E202", f"{raw.source}: no text at all")
    return text


def _kind(raw: RawDocument, text: str) -> str:
    media = (raw.content_type or "").split(";")[0].strip().lower()
    if media in _HTML_TYPES:
        return "html"
    if media in _REFUSED_TYPES:
        raise NewsprismError("E204", f"{raw.source}: {media} is not an article; ingest splits containers "
                                     "(JSON, feeds, archives) into documents before cleaning")
    if media.startswith("text/") and media != "text/xml":
        return "text"
    return "html" if _LOOKS_HTML.search(text[:4096]) else "text"


def _url(raw: RawDocument, found: str | None = None) -> str | None:
    for value in (raw.hints.url, found, raw.source):
        if value and re.match(r"^https?://", value, re.I):
            return value
    return None


def _url_date(url: str | None) -> tuple[str, str, tuple[str, ...]] | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = match.groups()
    return parse_published(f"{year}-{_URL_MONTHS.get(month.lower()[:3], month)}-{day}")


def _far_from_url(value: tuple[str, str, tuple[str, ...]] | None, url: str | None) -> bool:
    """A day found in the page more than URL_DATE_GAP days away from the day its own URL states: htmldate
    took another date of the page (the day a checked statement was made, an event's) for its publication."""
    from datetime import date

    stated = _url_date(url)
    if not value or not stated or value[1] not in ("day", "time"):
        return False
    return abs((date.fromisoformat(value[0][:10]) - date.fromisoformat(stated[0][:10])).days) > URL_DATE_GAP


def _pick_date(candidates: list[tuple[tuple[str, str, tuple[str, ...]] | None, str]], seen_flags: set[str]):
    """The first candidate stated to the day; else the first stated at all. Returns (value, found)."""
    usable = [(value, found) for value, found in candidates if value]
    for value, found in usable:
        seen_flags.update(value[2])
    for value, found in usable:
        if value[1] in ("time", "day"):
            return value, found
    return (usable[0] if usable else (None, None))


def _flags(language: str | None, published: str | None, extra: set[str]) -> tuple[str, ...]:
    flags = set(extra)
    if language is None:
        flags.add("language-unknown")
    elif language != "en":
        flags.add("non-english")
    if published is None:
        flags.add("no-date")
    return tuple(sorted(flags))


def _refuse_empty(raw: RawDocument, segments: tuple[Segment, ...]) -> None:
    reasons = Counter(s.reason for s in segments if s.text.strip())
    summary = ", ".join(f"{why} ×{count}" for why, count in reasons.most_common(4)) or "no lines"
    raise NewsprismError("E205", f"{raw.source}: no article text: every line was set aside ({summary})")


def _clean_text(raw: RawDocument, text: str, content_flags: set[str] = frozenset()) -> Article:
    hints = raw.hints
    layout = layout_text(text, now=raw.fetched_at, hint_title=hints.title,
                         one_line_body="html-fallback" not in content_flags)
    if not layout.paragraphs:
        _refuse_empty(raw, layout.segments)
    body = rejoin_apostrophes("\n\n".join(layout.paragraphs))  # the lines themselves stay as given
    url = _url(raw)
    flags = set(content_flags)
    for found in layout.dates:
        flags.update(f for f in found.reading.flags if f in ("date-ambiguous", "date-in-future"))
    candidates = [(parse_published(hints.published, now=raw.fetched_at) if hints.published else None, "hint")]
    candidates += [((d.reading.iso, d.reading.precision, d.reading.flags) if d.reading.iso else None, d.found)
                   for d in layout.dates]
    candidates.append((_url_date(url), "url"))
    (published, precision, _), published_found = _unpack(_pick_date(candidates, flags))
    rank = {"source line": 0, "title": 2, "dateline": 3, "signature line": 4}
    found_in_text = sorted(layout.outlets, key=lambda o: rank.get(o[1], 9))
    outlet, outlet_found = _first_outlet(
        [(lambda: hints.outlet and outlet_name(hints.outlet), "hint")]
        + [(lambda name=name: name, found) for name, found in found_in_text if found == "source line"]
        + [(lambda: url and site_name(url), "url")]
        + [(lambda name=name: name, found) for name, found in found_in_text if found != "source line"])
    language = detect_language(body, hints.language)
    return Article(
        id=article_id_for(raw.data),
        source=raw.source,
        outlet=outlet,
        outlet_found=outlet_found,
        title=layout.title,
        byline=(hints.byline or layout.byline),
        published=published,
        published_precision=precision,
        published_found=published_found,
        language=language,
        text=body,
        url=url,
        captions=layout.captions,
        comments=layout.comments,
        removed=tuple(s for s in layout.segments if s.role == "removed" and s.text.strip()),
        segments=layout.segments,
        flags=_flags(language, published, flags),
        fetched_at=raw.fetched_at,
        content_type=raw.content_type,
    )


def _first_outlet(candidates) -> tuple[str | None, str | None]:
    """The first outlet a source gives, in order of trust; each source is only asked when needed."""
    for get, found in candidates:
        name = get()
        if name:
            return name, found
    return None, None


def _unpack(picked):
    value, found = picked
    if value is None:
        return (None, None, ()), None
    return value, found


LINK_SENTENCE = 8  # words: a sentence this long is prose, never a menu item
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _only_links(paragraphs: tuple[str, ...], link_paragraphs: int) -> bool:
    """A page whose main text is a menu: nearly every paragraph the whole text of a link, and no
    sentence long enough to be prose (an article with links keeps its sentences)."""
    if len(paragraphs) < 3 or link_paragraphs < 0.9 * len(paragraphs):
        return False
    return not any(len(s.split()) >= LINK_SENTENCE for p in paragraphs for s in _SENTENCE_BREAK.split(p))


def _clean_html(raw: RawDocument, text: str) -> Article:
    hints = raw.hints
    page = extract_html(text, url=_url(raw), fetched_at=raw.fetched_at)
    if page is None:
        # trafilatura found no main text: read the page's text lines with the text rules instead
        lines = html_text_lines(text)
        if not lines:
            raise NewsprismError("E202", f"{raw.source}: HTML page with no readable text")
        return _clean_text(raw, "\n".join(lines), {"html-fallback"})
    if _only_links(page.paragraphs, page.link_paragraphs):
        raise NewsprismError("E205", f"{raw.source}: no article text: the page's main text is "
                                     f"{len(page.paragraphs)} link texts (a menu or a list of links) and no "
                                     f"sentence of {LINK_SENTENCE} or more words")
    url = _url(raw, page.url)
    body = "\n\n".join(page.paragraphs)
    flags: set[str] = set()
    candidates = [(parse_published(hints.published, now=raw.fetched_at) if hints.published else None, "hint"),
                  (None if _far_from_url(page.published, url) else page.published, "meta"), (_url_date(url), "url"),
                  (page.page_dateline, "page dateline")]
    (published, precision, _), published_found = _unpack(_pick_date(candidates, flags))
    sitename = " ".join((page.sitename or "").split())
    sitename = "" if site_slogan(sitename, url) else sitename  # the domain names the outlet then
    outlet, outlet_found = _first_outlet([
        (lambda: hints.outlet and outlet_name(hints.outlet), "hint"),
        (lambda: sitename and outlet_name(sitename), "meta" if sitename and outlet_name(sitename) == sitename else "url"),
        (lambda: url and site_name(url), "url")])
    language = detect_language(body, hints.language or page.declared_language)
    return Article(
        id=article_id_for(raw.data),
        source=raw.source,
        outlet=outlet,
        outlet_found=outlet_found,
        title=page.title or (hints.title.strip() if hints.title else None),
        byline=(hints.byline or page.byline),
        published=published,
        published_precision=precision,
        published_found=published_found,
        language=language,
        text=body,
        url=url,
        captions=page.captions,
        comments=page.comments,
        removed=page.removed,
        segments=(),
        flags=_flags(language, published, flags),
        fetched_at=raw.fetched_at,
        content_type=raw.content_type,
    )


# Far above the longest news article (~50,000 words); the analysis of a text grows with its length (a
# 10 MB text file on one line took over 4 GB to parse), so a longer text is refused, with its length.
MAX_TEXT = 1_000_000


def clean_document(raw: RawDocument) -> Article:
    """The Article in a RawDocument. Raises NewsprismError (E2xx) naming the input when it refuses it."""
    text = _decode(raw)
    article = _clean_html(raw, text) if _kind(raw, text) == "html" else _clean_text(raw, text)
    if len(article.text) > MAX_TEXT:
        raise NewsprismError("E206", f"{raw.source}: the article text is {len(article.text):,} characters, longer "
                                     f"than any article ({MAX_TEXT:,}): split the file into articles")
    return article
