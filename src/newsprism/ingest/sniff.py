"""What kind of input some bytes are, judged by their content first and the file name second.

Kinds: "html", "xhtml", "text", "feed", "json", "jsonl", "xml" (XML that is neither a
feed nor a web page). Binary formats are told by their magic numbers so the refusal can say
"a PDF document" rather than "cannot decode".
"""
from __future__ import annotations

import json
import re

GZIP_MAGIC = b"\x1f\x8b"

_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"\x00\x00\x01\x00", "an icon image"),
    (0, b"PK\x03\x04", "a zip archive (or a docx / odt / epub file, which are zip archives)"),
    (0, b"PK\x05\x06", "an empty zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (0, b"\xfd7zXZ\x00", "an xz-compressed file"),
    (0, b"\x28\xb5\x2f\xfd", "a zstd-compressed file"),
    (0, b"\x7fELF", "an executable program"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"OggS", "an Ogg audio/video file"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"\x1aE\xdf\xa3", "a WebM / Matroska video"),
    (0, b"wOFF", "a web font"),
    (0, b"wOF2", "a web font"),
    (0, b"{\\rtf", "an RTF document (save it as text or HTML)"),
    (4, b"ftyp", "an MP4 / QuickTime video or HEIC image"),
    (257, b"ustar", "a tar archive"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def is_warc(head: bytes) -> bool:
    return head.lstrip(b"\r\n")[:6] == b"WARC/1" or head.lstrip(b"\r\n")[:6] == b"WARC/0"


def binary_kind(head: bytes) -> str | None:
    """'a PDF document', 'binary data (NUL bytes)', ... or None for bytes that may be text.

    Call it only after ruling out UTF-16/32 (whose text is full of NUL bytes).
    """
    if head[:4] == b"RIFF" and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return "a bzip2-compressed file"
    for offset, magic, label in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return label
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data (it holds NUL bytes)"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls > 0.05 * len(sample):
        return f"binary data ({100 * controls // len(sample)}% control bytes)"
    return None


# ---------------------------------------------------------------- document kinds

HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".mhtml"}
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_HTML_ELEMENTS = {
    "html", "head", "body", "div", "p", "article", "section", "main", "header", "footer", "nav",
    "span", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "li", "br", "img", "meta",
    "title", "script", "style", "link", "form", "figure", "blockquote", "em", "strong", "b", "i",
    "aside", "base", "iframe", "noscript", "pre", "center", "font", "hr", "time", "picture",
}
_LEADING_JUNK = re.compile(r"\A(?:\s+|<!--.*?-->|<\?(?!xml\b).*?\?>|<!(?!doctype)[^>]*>)+", re.S | re.I)
_XML_DECL = re.compile(r"\A<\?xml\b[^>]*\?>", re.I)
# An internal subset ("[<!ENTITY ...>]") holds '>' of its own: skip it whole, or the root is never found.
_DOCTYPE = re.compile(r"\A<!doctype\s+([a-z:_-]+)[^>\[]*(?:\[.*?\]\s*)?>", re.I | re.S)
_ROOT = re.compile(r"\A<([a-zA-Z][\w:.-]*)")
_HTML_ANYWHERE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_TAG = re.compile(r"</?(?:p|div|br|span|a|article|h[1-6]|li|em|strong)\b[^>]*>", re.I)


def _skip_prolog(text: str) -> tuple[str, bool, str | None]:
    """Strip XML declaration, comments, processing instructions; return (rest, had_xml_decl, doctype)."""
    text = text.lstrip("\ufeff")
    had_xml = False
    doctype = None
    while True:
        text = _LEADING_JUNK.sub("", text)
        match = _XML_DECL.match(text)
        if match:
            had_xml = True
            text = text[match.end():]
            continue
        match = _DOCTYPE.match(text)
        if match:
            doctype = match.group(1).lower()
            text = text[match.end():]
            continue
        return text, had_xml, doctype


_ANY_TAG = re.compile(r"<[a-zA-Z/!][^<>]*>")


def _markup_on_first_line_only(text: str) -> bool:
    """Pasted page text whose first line is stray markup (a <noscript> image tag a browser shows as text)
    and whose many other lines hold none: text, not a page."""
    _, _, rest = text.partition("\n")
    rest = rest[:8192]
    return sum(1 for line in rest.splitlines() if line.strip()) >= 10 and not _ANY_TAG.search(rest)


def root_element(head_text: str) -> str | None:
    rest, _, _ = _skip_prolog(head_text)
    match = _ROOT.match(rest)
    return match.group(1).lower() if match else None


def document_kind(head_text: str, name: str = "", declared_type: str | None = None) -> str:
    """Kind of a document from its decoded start (a few KB), its file name and a declared media type."""
    name = name.lower()
    ext = "." + name.rsplit(".", 1)[1] if "." in name.rsplit("/", 1)[-1] else ""
    rest, had_xml, doctype = _skip_prolog(head_text)
    if doctype == "html":
        return "xhtml" if had_xml else "html"
    match = _ROOT.match(rest)
    if match:
        root = match.group(1).lower()
        if root in _FEED_ROOTS:
            return "feed"
        if root == "html":
            return "xhtml" if had_xml else "html"
        if had_xml or ext in (".xml", ".rss", ".atom", ".rdf") or (declared_type or "").endswith("xml"):
            return "xml" if root not in _HTML_ELEMENTS else "html"
        if ext not in HTML_EXTENSIONS and declared_type not in ("text/html", "application/xhtml+xml") \
                and _markup_on_first_line_only(rest):
            return "text"
        return "html"  # a fragment or a page with an unusual first element
    if rest and rest[0] in "{[":
        if ext in (".jsonl", ".ndjson"):
            return "jsonl"
        return "json"
    if ext in (".jsonl", ".ndjson") or declared_type in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    if ext == ".json" or declared_type in ("application/json", "application/feed+json"):
        return "json"
    if ext in HTML_EXTENSIONS or declared_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if _HTML_ANYWHERE.search(head_text[:2048]) or len(_TAG.findall(head_text[:8192])) >= 5:
        return "html"
    return "text"


def first_json_line_is_whole(data: bytes) -> bool:
    """True when the first line is a complete JSON value and more follows: JSON Lines, not JSON."""
    line, _, rest = data.lstrip().partition(b"\n")
    if not rest.strip():
        return False
    try:
        json.loads(line)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False
    return True


# ---------------------------------------------------------------- media types

DOCUMENT_MEDIA_TYPES = frozenset({
    "text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml",
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml",
    "application/feed+json", "application/json", "application/ld+json", "application/x-ndjson",
    "application/jsonl", "text/markdown",
})


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """'text/html; charset=ISO-8859-1' → ('text/html', 'ISO-8859-1')."""
    if not value:
        return None, None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return (media.strip().lower() or None), charset
