"""One error shape for the whole API: `{"error": {"code": "E8xx", "message": "..."}}`.

Bad input is always a 4xx with a message that names the input and says what is wrong; a 500
(E899) means a bug in newsprism and never carries a traceback to the client. Page requests (not
under /api) get the same code and message as a small HTML page.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprism.errors import NewsprismError

log = logging.getLogger("newsprism.server")

# code → (HTTP status, what it means); docs/server.md lists the same table (a test checks).
CODES: dict[str, tuple[int, str]] = {
    "E800": (404, "no such endpoint or page"),
    "E801": (404, "no article with this id"),
    "E802": (404, "no story with this id"),
    "E803": (404, "no outlet with this name"),
    "E804": (404, "no entity with this id"),
    "E805": (404, "no job with this id (finished jobs are kept for a while, then forgotten)"),
    "E806": (405, "method not allowed on this endpoint"),
    "E810": (400, "invalid parameter or request body"),
    "E811": (413, "request body over the size limit"),
    "E812": (400, "too many files or URLs in one request"),
    "E813": (400, "nothing to ingest: no files, URLs or feed URLs given"),
    "E814": (400, "not an http(s) URL, or a URL over the length limit"),
    "E815": (415, "unsupported content type for this endpoint"),
    "E820": (401, "write endpoint: token missing or wrong"),
    "E821": (403, "the server is read-only"),
    "E822": (403, "cross-site write refused (the request came from another site)"),
    "E823": (400, "Host header not accepted (see --allowed-host)"),
    "E899": (500, "internal error: a bug in newsprism (please report it)"),
}


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class ApiError(Exception):
    """Raise anywhere in a handler to answer with the error shape."""

    def __init__(self, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.status = CODES[code][0]
        self.message = message
        self.headers = headers or {}


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path == "/api" or path.startswith("/api/") or path.startswith("/static/"))


def error_response(request: Request, code: str, message: str, status: int | None = None,
                   headers: dict[str, str] | None = None):
    status = status or CODES[code][0]
    if wants_html(request):
        from newsprism.server.pages import render_error_page  # pages import this module

        return HTMLResponse(render_error_page(request, status, code, message), status_code=status,
                            headers=headers)
    return JSONResponse(error_body(code, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body",)]
        where = f"{loc[0]} parameter '{'.'.join(loc[1:])}'" if len(loc) > 1 else (loc[0] if loc else "request")
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


_STATUS_CODES = {404: "E800", 405: "E806", 413: "E811", 415: "E815"}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(request, exc.code, exc.message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return error_response(request, "E810", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = _STATUS_CODES.get(exc.status_code, "E810" if exc.status_code < 500 else "E899")
        message = CODES[code][1] if exc.status_code in _STATUS_CODES else str(exc.detail)
        if exc.status_code == 404:
            message = f"no such endpoint or page: {request.url.path}"
        return error_response(request, code, message, status=exc.status_code,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(NewsprismError)
    async def _newsprism(request: Request, exc: NewsprismError):
        # The store says "no story with id ..." as E702; anything else from a stage is a bug here.
        if exc.code == "E702":
            return error_response(request, "E802", exc.reason)
        log.exception("unexpected newsprism error on %s", request.url.path)
        return error_response(request, "E899", f"internal error [{exc.code}]")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return error_response(request, "E899", "internal error: a bug in newsprism (please report it)")
