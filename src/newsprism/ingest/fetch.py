"""The safe URL fetcher (httpx): only http(s), public addresses, capped time, size and redirects.

Each redirect hop is followed by hand so its scheme is checked again, and every connection goes
through addresses.GuardedBackend, which refuses private, loopback, link-local, multicast and
reserved addresses (every resolved address, IPv4 and IPv6) unless allow_private is set.
The body is streamed and cut at max_bytes; a server that drips bytes is stopped at total_timeout.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newsprism.ingest.addresses import AddressRefused, GuardedBackend, UnresolvableHost
from newsprism.ingest.options import IngestOptions, human_bytes
from newsprism.ingest.sniff import DOCUMENT_MEDIA_TYPES, parse_content_type

ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,"
          "text/plain;q=0.8,application/json;q=0.8")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


class FetchRefused(Exception):
    """A URL that could not or must not be fetched; code and reason go into an InputError."""

    def __init__(self, code: str, reason: str):
        super().__init__(f"[{code}] {reason}")
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    media_type: str | None
    charset: str | None
    data: bytes
    fetched_at: str


def url_scheme(value: str) -> str | None:
    match = _SCHEME.match(value)
    return match.group(1).lower() if match and len(match.group(1)) > 1 else None  # "C:" is a drive


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchRefused("E120", f"unsupported URL scheme '{parts.scheme}': only http and https are fetched")
    if not parts.hostname:
        raise FetchRefused("E120", "URL has no host name")


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, allow_private: bool):
        super().__init__(trust_env=False)
        # httpx has no option for a network backend: swap its connection pool for one that checks
        # every address it connects to (httpx 0.28 keeps the pool in _pool).
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                             network_backend=GuardedBackend(allow_private))


class Fetcher:
    """One HTTP client for a batch (connections are reused); close() when done."""

    def __init__(self, options: IngestOptions):
        self.options = options
        self._client: httpx.Client | None = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            opts = self.options
            self._client = httpx.Client(
                transport=_GuardedTransport(opts.allow_private),
                timeout=httpx.Timeout(opts.timeout),
                headers={"User-Agent": opts.user_agent, "Accept": ACCEPT},
                follow_redirects=False,
                trust_env=False,  # no proxies from the environment: the address check must see the real peer
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> Fetched:
        """The body of a URL, or FetchRefused with the code and a one-line reason."""
        opts = self.options
        deadline = time.monotonic() + opts.total_timeout
        current = url
        for hop in range(opts.max_redirects + 1):
            try:
                check_url(current)
            except FetchRefused as exc:
                if hop:
                    raise FetchRefused(exc.code, f"redirected to {current}: {exc.reason}") from None
                raise
            try:
                result = self._get(current, url, deadline)
            except AddressRefused as exc:
                prefix = f"redirected to {current}: " if hop else ""
                raise FetchRefused("E121", prefix + exc.reason) from None
            except UnresolvableHost as exc:
                raise FetchRefused("E122", exc.reason) from None
            except httpx.TimeoutException as exc:
                kind = {httpx.ConnectTimeout: "connecting", httpx.ReadTimeout: "waiting for data",
                        httpx.WriteTimeout: "sending", httpx.PoolTimeout: "waiting for a connection"}
                what = kind.get(type(exc), "waiting")
                raise FetchRefused("E123", f"timed out {what} after {opts.timeout:g} s (--timeout)") from None
            except httpx.ConnectError as exc:
                raise FetchRefused("E122", f"cannot connect: {exc}") from None
            except httpx.HTTPError as exc:
                raise FetchRefused("E127", f"HTTP error: {type(exc).__name__}: {exc}") from None
            if isinstance(result, Fetched):
                return result
            current = result  # the next hop
        raise FetchRefused("E124", f"too many redirects (more than {opts.max_redirects}); last was to {current}")

    def _get(self, current: str, asked: str, deadline: float) -> Fetched | str:
        """One request: a Fetched body, or the URL a redirect points to."""
        opts = self.options
        with self._http().stream("GET", current) as response:
            if response.is_redirect:  # a 3xx with a Location header
                return urljoin(str(response.url), response.headers["location"].strip())
            if not 200 <= response.status_code < 300:
                raise FetchRefused("E125", f"HTTP {response.status_code} {response.reason_phrase}".strip())
            media, charset = parse_content_type(response.headers.get("content-type"))
            if media is not None and media not in DOCUMENT_MEDIA_TYPES:
                raise FetchRefused("E126", f"content type {media} is not a document "
                                           "(html, xml, text, json or a feed)")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > opts.max_bytes:
                raise FetchRefused("E102", f"server announces {human_bytes(int(declared))}, over the "
                                           f"{human_bytes(opts.max_bytes)} cap (--max-bytes)")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > opts.max_bytes:
                    raise FetchRefused("E102", f"body over the {human_bytes(opts.max_bytes)} cap (--max-bytes): "
                                               f"stopped after {human_bytes(len(body))}")
                if time.monotonic() > deadline:
                    raise FetchRefused("E123", f"took longer than {opts.total_timeout:g} s in all")
            return Fetched(url=asked, final_url=str(response.url), status=response.status_code,
                           media_type=media, charset=charset, data=bytes(body),
                           fetched_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
