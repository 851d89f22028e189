"""What keeps the server safe to run: headers, Host check, body size cap, and who may write.

- Every response carries a Content-Security-Policy that allows scripts, styles and images from the
  server itself only: no inline script, no inline style, no plug-ins, no framing. Article text is
  escaped in every page; the policy is the second line of defence if an escape is ever missed.
- The Host header must name this server (loopback names by default): a page on another site that
  points its own domain at 127.0.0.1 (DNS rebinding) cannot read or write the store.
- A request body over max_request_bytes is refused before it is read (Content-Length) or as soon as
  it grows past the cap (chunked bodies).
- Writes: refused on a read-only server; refused when the browser says the request comes from
  another site (Origin / Sec-Fetch-Site), so a web page cannot make a local server ingest or delete;
  and, when a token is set, refused without `Authorization: Bearer <token>` (compared in constant time).
"""
from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from newsprism.server.errors import ApiError, error_body
from newsprism.server.settings import ServerSettings

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "cache-control": "no-cache",
}


def host_name(host_header: str) -> str:
    """'[::1]:8765' → '::1'; 'Example.org:80' → 'example.org'."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def token_matches(given: str | None, token: str) -> bool:
    """Constant-time comparison, so response timing says nothing about how much of a guess was right."""
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def bearer(request: Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, credentials = value.partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" and credentials.strip() else None


def cross_site(request: Request) -> bool:
    """True when the browser tells us the request was made by a page of another origin."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return True
    origin = request.headers.get("origin")
    if origin is None:
        return False  # not sent by a browser page (curl, scripts), or a same-origin GET
    if origin == "null":
        return True
    return urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower()


def check_write(request: Request, settings: ServerSettings, token: str | None = None) -> None:
    """Raise ApiError unless this request may change the store. `token` overrides the header (forms)."""
    if settings.read_only:
        raise ApiError("E821", "this server is read-only (started with --read-only)")
    if cross_site(request):
        raise ApiError("E822", "write requests from pages of other sites are refused")
    if settings.token is not None:
        given = token if token is not None else bearer(request)
        if not token_matches(given, settings.token):
            raise ApiError("E820", "this endpoint needs the server's token: send 'Authorization: Bearer <token>'",
                           headers={"WWW-Authenticate": 'Bearer realm="newsprism"'})


class Guard:
    """ASGI middleware: Host check, body size cap, and the security headers on every response."""

    def __init__(self, app, settings: ServerSettings):
        self.app = app
        self.settings = settings
        self.any_host = "*" in settings.allowed_hosts
        self.hosts = {host_name(h) for h in settings.allowed_hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not self.any_host and host_name(headers.get("host", "")) not in self.hosts:
            await self._refuse(scope, receive, send_with_headers, 400, "E823",
                               f"Host header {headers.get('host', '')!r} is not one this server answers to")
            return
        limit = self.settings.max_request_bytes
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                await self._refuse(scope, receive, send_with_headers, 400, "E810", "invalid Content-Length header")
                return
            if int(length) > limit:
                await self._refuse(scope, receive, send_with_headers, 413, "E811",
                                   f"request body of {int(length)} bytes is over the {limit}-byte limit")
                return
        seen = 0

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(413, f"request body over the {limit}-byte limit")
            return message

        await self.app(scope, counted_receive, send_with_headers)

    @staticmethod
    async def _refuse(scope, receive, send, status: int, code: str, message: str) -> None:
        response = JSONResponse(error_body(code, message), status_code=status)
        await response(scope, receive, send)
