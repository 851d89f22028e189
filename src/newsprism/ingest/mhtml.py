"""MHTML ("Save page as: single file", .mhtml / .mht): a MIME message whose first HTML part is the page.

The page's part is decoded (quoted-printable or base64) and read like a saved page, with the address it
was saved from as the URL hint; images and styles in the other parts are not articles.
"""
from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable, Iterator

from newsprism.ingest.codes import refuse
from newsprism.records import InputError, RawDocument, SourceHints

# documents_from_bytes, passed in by the caller (dispatch imports this module)
FromBytes = Callable[..., Iterator[RawDocument | InputError]]

_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n")


def is_mhtml(head: bytes) -> bool:
    """MIME headers first (From:, Snapshot-Content-Location:, MIME-Version: ...), a multipart/related body."""
    return (_HEADER_LINE.match(head.lstrip(b"\r\n")) is not None and b"multipart/related" in head[:4096].lower()
            and b"mime-version:" in head[:4096].lower())


def mhtml_documents(source: str, data: bytes, from_bytes: FromBytes,
                    **kwargs) -> Iterator[RawDocument | InputError]:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() not in ("text/html", "application/xhtml+xml"):
            continue
        payload = part.get_payload(decode=True) or b""
        url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
        yield from from_bytes(source, payload, declared_type=part.get_content_type(),
                              declared_charset=part.get_content_charset(),
                              hints=SourceHints(url=url.strip() if url else None), **kwargs)
        return
    yield refuse(source, "E106", "MHTML archive without an HTML part: save the page as HTML")
