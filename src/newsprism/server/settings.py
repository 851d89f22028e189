"""What an operator can set for `newsprism serve`. docs/server.md documents every field (a test checks)."""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

from newsprism.ingest.options import MB, IngestOptions

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """True for addresses and names that only this machine can reach."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerSettings:
    db_path: Path
    # Write endpoints (ingest, recluster, reanalyze, delete) need `Authorization: Bearer <token>`
    # when a token is set. Without one they are open to whoever can reach the server (loopback).
    token: str | None = None
    # URL ingest may fetch private, loopback and link-local addresses (never on by default).
    allow_private: bool = False
    # No write endpoints at all: the store is only browsed.
    read_only: bool = False
    # Host header values accepted (with any port); "*" accepts any. The default, loopback names only,
    # stops DNS-rebinding pages from reading a local server through a name they control.
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
    max_request_bytes: int = 64 * MB  # a whole request body (all uploaded files together)
    max_files: int = 200  # files in one ingest request
    max_urls: int = 200  # URLs and feed URLs in one ingest request
    max_url_length: int = 2048
    max_page_size: int = 200  # the largest `limit` a list endpoint accepts
    job_history: int = 100  # finished jobs kept in memory for polling
    ingest: IngestOptions = field(default_factory=IngestOptions)  # caps and timeouts for each document

    @property
    def writes_enabled(self) -> bool:
        return not self.read_only
