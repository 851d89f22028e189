"""Files and folders: walk folders in a fixed order, check each file before reading it.

Folders are read recursively, entries sorted by name (same order on every machine), hidden
files and folders skipped, symbolic links followed but each folder visited once (no loops).
A file's size is checked against the cap before it is read; WARC archives and JSON Lines are
streamed record by record (each record capped) so they may be larger; .gz is read transparently.
"""
from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsprism.ingest import jsonrecords, warc
from newsprism.ingest.codes import refuse
from newsprism.ingest.dispatch import documents_from_bytes, gunzip_or_refusal, gzip_problem
from newsprism.ingest.feeds import FetchPage
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.ingest.sniff import first_json_line_is_whole, is_gzip, is_warc
from newsprism.records import InputError, RawDocument, counted

HEAD = 8192
# Files a saved page drags along: text, but not articles.
NOT_DOCUMENTS = {
    ".css": "a stylesheet", ".js": "a script", ".mjs": "a script", ".map": "a source map",
    ".svg": "an SVG image", ".woff": "a web font", ".woff2": "a web font", ".ttf": "a font", ".otf": "a font",
    ".eot": "a font", ".ico": "an icon",
}
_JSONL_EXTENSIONS = (".jsonl", ".ndjson")


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def walk(root: Path, options: IngestOptions) -> Iterator[Path | InputError]:
    """Files under a folder, depth first, sorted by name; problems as InputErrors, in place."""
    visited: set[tuple[int, int]] = set()
    files = 0

    def entries(folder: Path) -> Iterator[Path | InputError] | None:
        try:
            info = folder.stat()
        except OSError as exc:
            return iter([refuse(str(folder), "E111", f"cannot open folder: {exc.strerror or exc}")])
        key = (info.st_dev, info.st_ino)
        if key in visited:  # reached again through a symbolic link: read once
            return None
        visited.add(key)
        try:
            with os.scandir(folder) as scan:
                names = sorted(entry.name for entry in scan if not entry.name.startswith("."))
        except OSError as exc:
            return iter([refuse(str(folder), "E111", f"cannot list folder: {exc.strerror or exc}")])
        return (folder / name for name in names)

    stack = [entries(root) or iter(())]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        if isinstance(item, InputError):
            yield item
            continue
        try:
            info = item.stat()  # follows links
        except FileNotFoundError:
            yield refuse(str(item), "E111", "broken symbolic link" if item.is_symlink() else "vanished while reading")
            continue
        except OSError as exc:  # e.g. a symbolic link loop on a file
            yield refuse(str(item), "E111", f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(info.st_mode):
            sub = entries(item)
            if sub is not None:
                stack.append(sub)
            continue
        files += 1
        if options.max_files is not None and files > options.max_files:
            yield refuse(str(root), "E112", f"folder holds more than {options.max_files} files; the rest were "
                                            "not read (raise the file limit)")
            return
        yield item


def file_documents(path: Path, options: IngestOptions, fetched_at: str,
                   fetch_page: FetchPage | None = None) -> Iterator[RawDocument | InputError]:
    """Documents of one file; every problem is an InputError naming the file."""
    source = str(path)
    name = path.name.lower()
    inner_name = name[:-3] if name.endswith(".gz") else name
    suffix = os.path.splitext(inner_name)[1]
    if suffix in NOT_DOCUMENTS:
        yield refuse(source, "E106", f"{NOT_DOCUMENTS[suffix]} ({suffix}), not an article")
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield refuse(source, "E111", f"{_special_kind(info.st_mode)}, not a file to read")
            return
        with open(path, "rb") as handle:
            yield from _read_open_file(source, handle, info.st_size, inner_name, options, fetched_at, fetch_page)
    except FileNotFoundError:
        yield refuse(source, "E101", "no such file")
    except PermissionError:
        yield refuse(source, "E111", "permission denied")
    except IsADirectoryError:
        yield refuse(source, "E111", "is a folder")
    except OSError as exc:
        yield refuse(source, "E111", f"cannot read: {exc.strerror or exc}")


def _read_open_file(source: str, handle: BinaryIO, size: int, name: str, options: IngestOptions,
                    fetched_at: str, fetch_page: FetchPage | None) -> Iterator[RawDocument | InputError]:
    head = handle.read(HEAD)
    handle.seek(0)
    if not head:
        yield refuse(source, "E103", "empty file")
        return
    if is_gzip(head):
        yield from _read_gzip_file(source, handle, name, options, fetched_at, fetch_page)
        return
    if is_warc(head):
        yield from warc.warc_documents(source, handle, False, options, fetched_at, documents_from_bytes)
        return
    if _is_jsonl(handle, head, name, options):
        yield from _jsonl_lines(source, handle, options, fetched_at)
        return
    if size > options.max_bytes:
        yield refuse(source, "E102", f"file is {human_bytes(size)}, over the {human_bytes(options.max_bytes)} "
                                     "cap (--max-bytes)")
        return
    data = handle.read(options.max_bytes + 1)  # the file may have grown since stat()
    yield from documents_from_bytes(source, data, options=options, fetched_at=fetched_at, name=name,
                                    fetch_page=fetch_page)


def _read_gzip_file(source: str, handle: BinaryIO, name: str, options: IngestOptions, fetched_at: str,
                    fetch_page: FetchPage | None) -> Iterator[RawDocument | InputError]:
    inner_head, problem = _gzip_head(handle)
    if not inner_head:
        yield refuse(source, "E107", gzip_problem(problem) if problem else "gzip file holds nothing")
        return
    handle.seek(0)
    if is_warc(inner_head):
        yield from warc.warc_documents(source, handle, True, options, fetched_at, documents_from_bytes)
        return
    unzipped = gzip.GzipFile(fileobj=handle)
    if _is_jsonl(unzipped, inner_head, name, options):
        yield from _jsonl_lines(source, unzipped, options, fetched_at)
        return
    data = gunzip_or_refusal(source, unzipped, options.max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    yield from documents_from_bytes(source, data, options=options, fetched_at=fetched_at, name=name,
                                    fetch_page=fetch_page)


def _gzip_head(handle: BinaryIO) -> tuple[bytes, Exception | None]:
    """The first decompressed bytes, as many as a cut-off or damaged file still gives."""
    head = b""
    try:
        with gzip.GzipFile(fileobj=handle) as unzipped:
            while len(head) < HEAD:
                chunk = unzipped.read1(HEAD - len(head))
                if not chunk:
                    break
                head += chunk
    except (EOFError, zlib.error, OSError) as exc:
        return head, exc
    return head, None


def _is_jsonl(handle: BinaryIO, head: bytes, name: str, options: IngestOptions) -> bool:
    """JSON Lines by name, or by content: a whole JSON object on the first line and more after it."""
    if name.endswith(_JSONL_EXTENSIONS):
        return True
    if not head.lstrip().startswith(b"{"):
        return False
    try:
        first = handle.readline(options.max_bytes)
        follow = handle.read(HEAD)
    except (EOFError, zlib.error, OSError):  # a damaged .gz: the full read reports it
        return False
    finally:
        handle.seek(0)
    return first_json_line_is_whole(first + follow)


def _jsonl_lines(source: str, handle: BinaryIO, options: IngestOptions,
                 fetched_at: str) -> Iterator[RawDocument | InputError]:
    """Stream JSON Lines; a cut-off .gz keeps the lines read so far and then says where it ends."""
    lines = _CappedLines(handle, options.max_bytes)
    count = 0
    try:
        for item in jsonrecords.jsonl_documents(source, lines, fetched_at, options):
            count += 1
            yield item
    except (EOFError, zlib.error, OSError) as exc:
        yield refuse(source, "E107", f"{gzip_problem(exc)} (after {counted(lines.count, 'line')})")
        return
    if count == 0:
        yield refuse(source, "E103", "no records: every line is blank")


class _CappedLines:
    """Lines of a binary stream; a line longer than the cap is replaced by its first cap+1 bytes."""

    def __init__(self, handle: BinaryIO, cap: int):
        self.handle = handle
        self.cap = cap
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.handle.readline(self.cap + 1)
            if not line:
                return
            self.count += 1
            if len(line) > self.cap and not line.endswith(b"\n"):
                while True:  # skip the rest of an over-long line
                    rest = self.handle.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
            yield line

