"""WARC and WARC.gz archives (warcio): each HTML / text response becomes a document.

The source of a document is "archive.warc.gz#record-N" (N counts every record from 1). The URL
comes from WARC-Target-URI; WARC-Date is the crawl time, so it becomes fetched_at, never the
publication date. Requests, metadata, redirects and images are passed over; HTTP errors are
reported. warcio stops quietly at a cut-off archive, so the end is checked here: a truncated
archive keeps the records read so far, then reports where and why it ends.
"""
from __future__ import annotations

import gzip
import re
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsprism.ingest.codes import refuse
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.ingest.sniff import DOCUMENT_MEDIA_TYPES, parse_content_type
from newsprism.records import InputError, RawDocument, SourceHints, counted, one_line

# documents_from_bytes, passed in by the caller (dispatch imports this module)
FromBytes = Callable[..., Iterator[RawDocument | InputError]]

_DRAIN = 1 << 16
_KEPT = 1 << 18  # the last bytes read, kept to say what is wrong with a header warcio cannot read


class _EndAwareReader:
    """Reads a stream and turns a cut-off gzip or read error into a clean end, remembering why.

    warcio treats such errors as the end of the archive; this keeps the reason and the byte count
    so the archive can be reported as truncated.
    """

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.error: str | None = None
        self.count = 0
        self.recent: deque[bytes] = deque()
        self.recent_size = 0

    def read(self, size: int = -1) -> bytes:
        if self.error:
            return b""
        try:
            # read1: one underlying read, so bytes decompressed before a cut are returned, not lost
            data = self.stream.read1(size if size and size > 0 else _DRAIN)
        except EOFError:
            self.error = "the compressed data ends early (truncated file)"
            return b""
        except (zlib.error, gzip.BadGzipFile, OSError) as exc:
            self.error = f"corrupt compressed data ({exc})"
            return b""
        self.count += len(data)
        self._keep(data)
        return data

    def _keep(self, data: bytes) -> None:
        self.recent.append(data)
        self.recent_size += len(data)
        while self.recent_size - len(self.recent[0]) >= _KEPT:
            self.recent_size -= len(self.recent.popleft())

    def bytes_at(self, offset: int, size: int = 8192) -> bytes:
        """Up to `size` bytes read from `offset` on, if they are still kept (else b"")."""
        start = self.count - self.recent_size
        if offset < start:
            return b""
        return b"".join(self.recent)[offset - start:offset - start + size]


def _drain(record) -> str | None:
    """Read the rest of a record; a reason when it is shorter than its Content-Length says."""
    raw = record.raw_stream
    while raw.read(_DRAIN):
        pass
    remaining = getattr(raw, "limit", None)
    if remaining is None:
        return "a record header without Content-Length (cut off?)"
    if remaining > 0:
        return f"the last record is cut short ({remaining} bytes missing)"
    return None


def warc_documents(source: str, stream: BinaryIO, gzipped: bool, options: IngestOptions, fetched_at: str,
                   from_bytes: FromBytes) -> Iterator[RawDocument | InputError]:
    """Documents of an archive; fetched_at is used only for records without a WARC-Date."""
    reader = _EndAwareReader(gzip.GzipFile(fileobj=stream) if gzipped else stream)
    where = " of the decompressed archive" if gzipped else ""
    records = ArchiveIterator(reader)
    n = 0

    def ended(reason: str, at: int) -> InputError:
        return refuse(source, "E110", f"archive ends early after {n} complete records, at byte {at}{where}: {reason}")

    try:
        for record in records:
            start = records.offset
            documents, problem = _record_documents(record, f"{source}#record-{n + 1}", options, fetched_at,
                                                   from_bytes)
            if problem:
                yield ended(problem, start)
                return
            n += 1
            yield from documents
    except Exception:  # warcio raises assorted errors (AttributeError, ...) on a damaged header
        at = records.offset
        yield refuse(source, "E110", f"record {n + 1} (at byte {at}{where}) has a damaged header: "
                                     f"{_header_problem(reader.bytes_at(at))}; {counted(n, 'record')} before it "
                                     "kept, the rest of the archive not read")
        return
    if reader.error:
        yield ended(reader.error, records.offset)
    elif reader.count - records.offset > 4:  # bytes after the last whole record: a cut-off header
        yield ended("the next record's header is cut off", records.offset)
    elif n == 0:
        yield refuse(source, "E103", "archive holds no records")


_GARBLED = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_REQUIRED = ("WARC-Type", "WARC-Record-ID", "WARC-Date", "Content-Length")
_WITH_URI = ("response", "request", "resource", "revisit", "conversion")


def _header_problem(head: bytes) -> str:
    """What is wrong with a record header that warcio could not read, in a user's words."""
    lines = [line.rstrip(b"\r") for line in re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0].split(b"\n")]
    if not head.strip():
        return "the header is missing (blank or no bytes)"
    if not lines[0].startswith(b"WARC/"):
        return f"it does not start with a WARC/1.x version line (found '{_shown(lines[0])}')"
    fields = {}
    for number, line in enumerate(lines[1:], start=2):
        if _GARBLED.search(line) or not _is_utf8(line):
            return f"header line {number} holds garbled bytes ('{_shown(line)}')"
        name, _, value = line.decode().partition(":")
        fields[name.strip().lower()] = value.strip()
    needed = _REQUIRED + (("WARC-Target-URI",) if fields.get("warc-type") in _WITH_URI else ())
    missing = [name for name in needed if name.lower() not in fields]
    if missing:
        return f"it lacks {', '.join(missing)}"
    if not fields["content-length"].isdigit():
        return f"its Content-Length is not a number ('{_shown(fields['content-length'].encode())}')"
    return "it could not be read"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True


def _shown(line: bytes) -> str:
    text = line[:60].decode("utf-8", "backslashreplace")
    return one_line(text) + ("…" if len(line) > 60 else "")


def _record_documents(record, where: str, options: IngestOptions, fetched_at: str,
                      from_bytes: FromBytes) -> tuple[list[RawDocument | InputError], str | None]:
    """Documents of one record (read whole first) and, if the record is cut short, why."""
    kind = record.rec_type
    if kind not in ("response", "resource", "conversion"):
        return [], _drain(record)
    uri = record.rec_headers.get_header("WARC-Target-URI")
    crawled = record.rec_headers.get_header("WARC-Date") or fetched_at
    if kind == "response":
        if record.http_headers is None:  # dns: records and other non-HTTP responses
            return [], _drain(record)
        status = int(record.http_headers.get_statuscode() or 0)
        content_type = record.http_headers.get_header("Content-Type")
        if not 200 <= status < 300:
            problem = _drain(record)
            if status >= 400 and not problem:
                return [refuse(where, "E125", f"archived response for {uri} is HTTP {status}")], None
            return [], problem  # redirects and other non-pages
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media, charset = parse_content_type(content_type)
    if media is not None and media not in DOCUMENT_MEDIA_TYPES:
        return [], _drain(record)  # images, scripts, styles: not articles
    payload = record.content_stream().read(options.max_bytes + 1)
    problem = _drain(record)
    if problem:
        return [], problem
    if len(payload) > options.max_bytes:
        return [refuse(where, "E102", f"record payload is over the {human_bytes(options.max_bytes)} cap "
                                      "(--max-bytes)")], None
    try:
        docs = list(from_bytes(where, payload, options=options, fetched_at=crawled, name=uri or "",
                               declared_type=media, declared_charset=charset, hints=SourceHints(url=uri)))
    except Exception as exc:  # one record's failure is not the archive's
        docs = [refuse(where, "E199", f"unexpected error while reading: {type(exc).__name__}: {exc}")]
    return docs, None
