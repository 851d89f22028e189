"""The web app: `create_app(db_path, token=None, allow_private=False)` → a FastAPI (ASGI) application.

    uvicorn.run(create_app("newsprism.db"), host="127.0.0.1", port=8765)   # or: newsprism serve

Reads go through per-thread read-only connections (server/db.py); writes are jobs on one writer
thread (server/jobs.py). docs/server.md documents every endpoint and setting.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from newsprism import __version__
from newsprism.report.sections import articles as articles_section
from newsprism.server import api, pages
from newsprism.server.db import Readers
from newsprism.server.errors import ApiError, error_response, install_error_handlers
from newsprism.server.jobs import JobQueue
from newsprism.server.security import Guard, check_write
from newsprism.server.settings import ServerSettings
from newsprism.store import open_store

STATIC = Path(__file__).resolve().parent / "static"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class EmptyFieldsDropped:
    """A page's GET form sends its empty fields too ("?q=dam&since=&until="): for the pages they mean "not
    given", not a malformed date (E810). The API keeps refusing them: a script means what it sends."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if query and scope["method"] == "GET" and not scope["path"].startswith("/api"):
            kept = [pair for pair in query.split(b"&") if pair.partition(b"=")[2]]
            scope = {**scope, "query_string": b"&".join(kept)}
        await self.app(scope, receive, send)


class WriteGate:
    """Refuse writes before their body is read: read-only server, cross-site request, missing token."""

    def __init__(self, app, settings: ServerSettings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            request = Request(scope)
            try:
                check_write(request, self.settings)
            except ApiError as exc:
                response = error_response(request, exc.code, exc.message, headers=exc.headers)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _openapi(app: FastAPI):
    """The schema, with the one error shape in place of FastAPI's 422 validation body."""
    def build() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        error_ref = {"$ref": "#/components/schemas/ErrorResponse"}
        for path in schema.get("paths", {}).values():
            for op in path.values():
                responses = op.setdefault("responses", {})
                if responses.pop("422", None) is not None or op.get("parameters") or op.get("requestBody"):
                    responses.setdefault("400", {"description": "Bad request (E810: invalid parameter)",
                                                 "content": {"application/json": {"schema": error_ref}}})
        schemas = schema.get("components", {}).get("schemas", {})
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        app.openapi_schema = schema
        return schema
    return build


def create_app(db_path: str | Path, token: str | None = None, allow_private: bool = False,
               **options: Any) -> FastAPI:
    """The app over the store at db_path (created if missing). `options`: any ServerSettings field."""
    settings = ServerSettings(db_path=Path(db_path), token=token or None, allow_private=allow_private, **options)
    with open_store(settings.db_path):  # create the file and run the migrations before readers open it
        pass
    readers = Readers(settings.db_path)
    jobs = JobQueue(settings.db_path, history=settings.job_history)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        jobs.start()
        try:
            yield
        finally:
            jobs.stop()
            readers.close()

    app = FastAPI(
        title="newsprism", version=__version__, lifespan=lifespan,
        description="Stories, claims, quotes and framing across outlets, with evidence spans. "
                    "Every error is `{\"error\": {\"code\", \"message\"}}`. Write endpoints need "
                    "`Authorization: Bearer <token>` when the server has a token.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",  # the doc UIs load from a CDN
    )
    app.state.settings = settings
    app.state.readers = readers
    app.state.jobs = jobs
    install_error_handlers(app)

    sections_css = articles_section.CSS.encode("utf-8")

    @app.get("/static/sections.css", include_in_schema=False)
    def _sections_css() -> Response:
        # the report's article-card CSS, so cards rendered by report/sections look the same here
        return Response(sections_css, media_type="text/css")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.openapi = _openapi(app)
    app.add_middleware(EmptyFieldsDropped)
    app.add_middleware(WriteGate, settings=settings)
    app.add_middleware(Guard, settings=settings)  # outermost: headers on every response, Host, size
    return app
