"""The ingest error codes (E1xx). The table in ingest/__init__.py documents the same codes."""
from __future__ import annotations

from newsprism.records import InputError

CODES: dict[str, str] = {
    "E101": "input not found",
    "E102": "over the size cap",
    "E103": "empty: nothing to read",
    "E104": "binary file, not a text document",
    "E105": "text encoding cannot be determined",
    "E106": "not a document newsprism reads",
    "E107": "compressed data truncated or corrupt",
    "E108": "malformed JSON / JSONL, or a record without text",
    "E109": "malformed feed, or a feed without entries",
    "E110": "WARC archive truncated or corrupt",
    "E111": "cannot read the file or folder",
    "E112": "folder holds more files than the limit",
    "E120": "URL scheme not allowed",
    "E121": "address refused (private, loopback, link-local, ...)",
    "E122": "cannot resolve or connect",
    "E123": "timed out",
    "E124": "too many redirects",
    "E125": "HTTP error status",
    "E126": "content type refused",
    "E127": "HTTP protocol error",
    "E199": "unexpected error while reading (a bug: please report it)",
}


def refuse(source: str, code: str, reason: str) -> InputError:
    """The one way ingest reports a bad input: a record naming it, never an exception."""
    if code not in CODES:
        raise ValueError(f"unknown ingest error code {code}")
    return InputError(source=str(source), code=code, reason=" ".join(reason.split()))
