"""The REST API under /api. Read endpoints answer from a read snapshot of the store; write endpoints
queue a job on the one writer thread and answer 202 with the job, to poll at /api/jobs/{id}.

The JSON shapes are the analysis document's (report/document.py): one story or one article is an
analysis document restricted to it; list items are the same records with a few counts added.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BaseModel

from newsprism import __version__
from newsprism.records import Analysis, InputError, Story, to_json
from newsprism.report.document import SCHEMA, SCHEMA_VERSION, build_document
from newsprism.server import jobs as jobwork
from newsprism.server.errors import ApiError, ErrorResponse
from newsprism.server.security import check_write
from newsprism.server.settings import ServerSettings
from newsprism.store import Store, article_row
from newsprism.store import queries

DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"  # a month 13 matched nothing, silently
StorySort = Literal["newest", "biggest", "contested"]


# ------------------------------------------------------------------ shapes, for the OpenAPI schema
class Page(BaseModel):
    """One page of a list: `items` from `offset`, at most `limit`, out of `total`."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class JobOut(BaseModel):
    id: str
    kind: str
    inputs: list[str]
    state: Literal["queued", "running", "done", "failed"]
    finished: bool
    step: str
    done: int
    total: int | None
    added: int
    already_stored: int
    repeats: list[dict[str, str]] = []  # {"source", "same_as"}: inputs kept once, their text read before
    article_ids: list[str]
    errors: list[dict[str, str]]
    message: str
    created_at: str
    started_at: str | None
    finished_at: str | None


class Document(BaseModel):
    """An analysis document (docs/analysis-json.md) restricted to one story or one article: schema,
    version, articles, entities, mentions, quotes, claims, stories, duplicates, claim_groups,
    quote_groups, framing, stances, naming, story_naming, outlets (and, for an article, raw)."""

    model_config = {"extra": "allow"}
    version: int
    articles: list[dict[str, Any]]


ERRORS = {status: {"model": ErrorResponse} for status in (400, 404)}
WRITE_ERRORS = {status: {"model": ErrorResponse} for status in (400, 401, 403, 413)}

bearer_scheme = HTTPBearer(auto_error=False, description="the server's token (--token / NEWSPRISM_TOKEN)")


def settings_of(request: Request) -> ServerSettings:
    return request.app.state.settings


def writer(request: Request,
           _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)] = None) -> None:
    """Write endpoints: read-only servers, cross-site requests and wrong tokens are refused."""
    check_write(request, settings_of(request))


def reading(request: Request):
    with request.app.state.readers.read() as store:
        yield store


StoreDep = Annotated[Store, Depends(reading)]


def limit_param(request: Request, limit: Annotated[int, Query(ge=1, description="items per page")] = 50) -> int:
    cap = settings_of(request).max_page_size
    if limit > cap:
        raise ApiError("E810", f"query parameter 'limit': at most {cap}")
    return limit


Limit = Annotated[int, Depends(limit_param)]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


def real_day(value: str | None) -> str | None:
    """Refuse a day no calendar has ("2021-02-30"): the store compares dates as text, so it matched silently."""
    if value is not None:
        datetime.date.fromisoformat((value + "-01-01")[:10])  # ValueError names what is wrong
    return value


RealDay = AfterValidator(real_day)
Since = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD"), RealDay]
Until = Annotated[str | None, Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
                 RealDay]
Words = Annotated[str | None, Query(max_length=500, description="full-text search words (all required)")]
Outlet = Annotated[str | None, Query(max_length=500, description="outlet name as listed (any case)")]

router = APIRouter(prefix="/api")


# ------------------------------------------------------------------ helpers shared with pages
def story_analysis(store: Store, story_id: str) -> tuple[Story, Analysis]:
    """One story's part of the store: naming from its own articles, outlet profiles of its outlets."""
    found = queries.story_part(store, story_id)
    if found is None:
        raise ApiError("E802", f"no story with id {story_id!r}")
    return found


def article_analysis(store: Store, article_id: str) -> Analysis:
    """One article with what the stages found in it, and the claim groups of its stories."""
    article = store.article(article_id)
    if article is None:
        raise ApiError("E801", f"no article with id {article_id!r}")
    story_ids = queries.stories_of_articles(store, [article.id]).get(article.id, [])
    stories = [s for s in (store.story(i) for i in story_ids) if s is not None]
    claim_ids = {c.id for e in store.extractions([article.id]) for c in e.claims}
    quote_ids = {x.id for e in store.extractions([article.id]) for x in e.quotes}
    duplicates = queries.duplicates_of(store, article.id)
    others = {d.a for d in duplicates} | {d.b for d in duplicates}
    others.discard(article.id)
    return Analysis(
        articles=(article, *(a for a in (store.article(i) for i in sorted(others)) if a is not None)),
        extractions=tuple(store.extractions([article.id])),
        entities=tuple(queries.entities_in_articles(store, [article.id])),
        duplicates=tuple(duplicates),
        stories=tuple(stories),
        claim_groups=tuple(g for g in queries.claim_groups_of_stories(store, story_ids)
                           if claim_ids.intersection(g.claim_ids)),
        quote_groups=tuple(g for g in queries.quote_groups_of_stories(store, story_ids)
                           if any(m.quote_id in quote_ids for m in g.members)),
        framing=tuple(queries.framing_of(store, article.id)),
        stances=tuple(queries.stances_of(store, article.id)),
    )


def story_item(row: queries.StoryRow) -> dict[str, Any]:
    return {**to_json(row.story), "size": len(row.story.article_ids), "claim_status": row.status_counts}


def entity_item(store: Store, entity) -> dict[str, Any]:
    article_ids = [m.article_id for m in entity.mentions]
    story_ids = sorted({s for ids in queries.stories_of_articles(store, article_ids).values() for s in ids})
    titles = queries.story_titles(store, story_ids)
    stories = [{"id": s, "title": titles[s][0], "first_date": titles[s][1]} for s in story_ids if s in titles]
    stories.sort(key=lambda s: (s["first_date"] is None, s["first_date"] or "", s["id"]))
    return {**to_json(entity), "stories": stories}


def page(total: int, limit: int, offset: int, items: list) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# ------------------------------------------------------------------ writes shared with pages
_SAFE_NAME = re.compile(r"[^\w.\-() ]+")


def safe_filename(name: str | None, n: int) -> str:
    """An uploaded file's own name, reduced to a plain file name (no folders, no control characters)."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    base = _SAFE_NAME.sub("_", base).strip(" .")[:120]
    return base or f"upload-{n}"


def checked_urls(text: str, settings: ServerSettings) -> tuple[list[str], list[InputError]]:
    """http(s) URLs pass; anything else (a path, javascript:, file:) is refused here, never read."""
    good, bad = [], []
    for item in text.split():
        shown = item if len(item) <= 200 else item[:200] + "…"
        parts = urlsplit(item)
        if len(item) > settings.max_url_length:
            bad.append(InputError(shown, "E814", f"URL longer than {settings.max_url_length} characters"))
        elif parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            bad.append(InputError(shown, "E814", "not an http(s) URL: the server reads uploaded files and "
                                                 "http(s) URLs only"))
        else:
            good.append(item)
    return good, bad


FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def start_ingest(request: Request, files: list[UploadFile], urls: str, feeds: str, fetch_links: bool,
                 analyse: bool = True) -> dict[str, Any]:
    settings = settings_of(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in FORM_TYPES:
        raise ApiError("E815", f"send a form ({' or '.join(FORM_TYPES)}), not {content_type[:60]}")
    files = [f for f in files if f.filename or f.size]
    url_list, url_errors = checked_urls(urls, settings)
    feed_list, feed_errors = checked_urls(feeds, settings)
    if len(files) > settings.max_files:
        raise ApiError("E812", f"{len(files)} files in one request; at most {settings.max_files}")
    if len(url_list) + len(feed_list) + len(url_errors) + len(feed_errors) > settings.max_urls:
        raise ApiError("E812", f"too many URLs in one request; at most {settings.max_urls}")
    if not files and not url_list and not feed_list and not url_errors and not feed_errors:
        raise ApiError("E813", "nothing to ingest: give files, urls or feeds")
    upload_dir = None
    paths = []
    if files:
        upload_dir = Path(tempfile.mkdtemp(prefix="newsprism-upload-"))
        used: set[str] = set()
        try:
            for n, upload in enumerate(files, start=1):
                name = safe_filename(upload.filename, n)
                stem, dot, ext = name.partition(".")
                k = 2
                while name in used:
                    name, k = f"{stem} ({k}){dot}{ext}", k + 1
                used.add(name)
                path = upload_dir / name
                with path.open("wb") as out:
                    shutil.copyfileobj(upload.file, out, 1024 * 1024)
                paths.append(str(path))
        except BaseException:
            shutil.rmtree(upload_dir, ignore_errors=True)
            raise
    options = dataclasses.replace(settings.ingest, allow_private=settings.allow_private, fetch_links=fetch_links)
    work = jobwork.ingest_work(paths + url_list, options, feeds=feed_list, upload_dir=upload_dir, analyse=analyse)
    shown = [f"upload:{Path(p).name}" for p in paths] + url_list + feed_list
    refused = url_errors + feed_errors

    def with_refusals(store, job, progress):
        for error in refused:
            store.add_error(error)
            job.errors.append(error)
        work(store, job, progress)

    return request.app.state.jobs.submit("ingest", with_refusals, shown + [e.source for e in refused])


def start_job(request: Request, kind: str, article_id: str | None = None) -> dict[str, Any]:
    if kind == "recluster":
        return request.app.state.jobs.submit(kind, jobwork.recluster_work())
    if kind == "reanalyze":
        return request.app.state.jobs.submit(kind, jobwork.reanalyze_work())
    if kind == "delete" and article_id:
        return request.app.state.jobs.submit(kind, jobwork.delete_work(article_id), [article_id])
    raise ValueError(kind)


# ------------------------------------------------------------------ read endpoints
@router.get("", summary="What this server is and what it allows")
def info(request: Request, store: StoreDep) -> dict[str, Any]:
    settings = settings_of(request)
    return {
        "name": "newsprism", "version": __version__, "schema": SCHEMA, "schema_version": SCHEMA_VERSION,
        "articles": store.count_articles(), "writes": settings.writes_enabled,
        "token_required": settings.token is not None and settings.writes_enabled,
        "openapi": "/api/openapi.json",
    }


@router.get("/articles", summary="Stored articles, filtered and paginated", responses={200: {"model": Page}, **ERRORS})
def list_articles(store: StoreDep, limit: Limit, offset: Offset = 0,
                  outlet: Outlet = None, since: Since = None, until: Until = None,
                  language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639-1")] = None,
                  q: Words = None,
                  story: Annotated[str | None, Query(max_length=100, description="a story id")] = None):
    filters = {"outlet": outlet, "since": since, "until": until, "language": language, "query": q,
               "story_id": story}
    total = queries.count_articles(store, **filters)
    items = [{**article_row(a), "url": a.url, "flags": list(a.flags)}
             for a in store.articles(**filters, limit=limit, offset=offset)]
    return page(total, limit, offset, items)


@router.get("/articles/{article_id}", summary="One article as an analysis document, with its raw source",
            responses={200: {"model": Document}, **ERRORS})
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    analysis = article_analysis(store, article_id)
    article = analysis.articles[0]
    raw = store.raw_document(article.id)
    doc = build_document(analysis)
    doc["articles"] = doc["articles"][:1]  # the others were only there to name copies' outlets
    doc["raw"] = {"source": raw.source if raw else article.source, "url": article.url,
                  "content_type": raw.content_type if raw else None, "fetched_at": raw.fetched_at if raw else None,
                  "bytes": len(raw.data) if raw else None, "href": f"/api/articles/{quote(article.id)}/raw"}
    return doc


@router.get("/articles/{article_id}/raw", summary="The document exactly as it arrived (a download)",
            response_class=Response, responses={200: {"content": {"application/octet-stream": {}}}, **ERRORS})
def get_raw(article_id: str, store: StoreDep) -> Response:
    article = store.article(article_id)
    raw = store.raw_document(article.id) if article else None
    if raw is None:
        raise ApiError("E801", f"no article with id {article_id!r}")
    # Never rendered by the browser (it is hostile HTML): a download, sandboxed, its type not sniffed.
    return Response(raw.data, media_type="application/octet-stream", headers={
        "content-disposition": f'attachment; filename="{article.id}.raw"',
        "content-security-policy": "sandbox; default-src 'none'",
        "x-newsprism-content-type": re.sub(r"[^\w/+.;= -]", "", raw.content_type)[:100]})


@router.get("/stories", summary="Stories: newest, biggest or most contested first",
            responses={200: {"model": Page}, **ERRORS})
def list_stories(store: StoreDep, limit: Limit, offset: Offset = 0, sort: StorySort = "newest",
                 q: Words = None, outlet: Outlet = None, since: Since = None, until: Until = None,
                 storyline: Annotated[str | None, Query(max_length=100)] = None):
    total, rows = queries.story_rows(store, sort, q, outlet, since, until, storyline, limit, offset)
    return page(total, limit, offset, [story_item(r) for r in rows])


@router.get("/stories/{story_id}", summary="One story as an analysis document: articles, claim groups, "
            "quote groups, framing, naming", responses={200: {"model": Document}, **ERRORS})
def get_story(story_id: str, store: StoreDep) -> dict[str, Any]:
    _, analysis = story_analysis(store, story_id)
    return build_document(analysis)


@router.get("/entities", summary="Canonical entities, with the stories they appear in",
            responses={200: {"model": Page}, **ERRORS})
def list_entities(store: StoreDep, limit: Limit, offset: Offset = 0,
                  q: Annotated[str | None, Query(max_length=200, description="name or alias contains")] = None,
                  type: Annotated[str | None, Query(max_length=40, description="PERSON, ORG, GPE, ... (any case)")] = None):
    total, entities = queries.entity_rows(store, q, type, limit, offset)
    return page(total, limit, offset, [entity_item(store, e) for e in entities])


@router.get("/entities/{entity_id}", summary="One entity, with its stories", responses=ERRORS)
def get_entity(entity_id: str, store: StoreDep) -> dict[str, Any]:
    entity = queries.entity(store, entity_id)
    if entity is None:
        raise ApiError("E804", f"no entity with id {entity_id!r}")
    return entity_item(store, entity)


@router.get("/outlets", summary="Outlets with their article and story counts and profiles", responses=ERRORS)
def list_outlets(store: StoreDep) -> list[dict[str, Any]]:
    profiles = queries.outlet_profiles(store)
    stories = queries.outlet_story_counts(store)
    return [{"outlet": name, "articles": n, "stories": stories.get(name, 0),
             "profile": to_json(profiles[name]) if name in profiles else None} for name, n in store.outlets()]


@router.get("/outlets/{outlet:path}", summary="One outlet: profile, month by month, stories, claims only it made",
            responses=ERRORS)
def get_outlet(outlet: str, store: StoreDep) -> dict[str, Any]:
    wanted, outlet = outlet, queries.outlet_named(store, outlet)  # any case or spacing, as the filters
    summary = queries.outlet_summary(store, outlet) if outlet else None
    if summary is None:
        raise ApiError("E803", queries.unknown_outlet(store, wanted, "GET /api/outlets"))
    profile = queries.outlet_profiles(store).get(outlet)
    _, rows = queries.story_rows(store, "newest", outlet=outlet, limit=None)
    return {**summary, "profile": to_json(profile) if profile else None, "months": queries.outlet_months(store, outlet),
            "story_list": [story_item(r) for r in rows],
            "only_here": to_json(queries.claim_groups_only_from(store, outlet))}


@router.get("/errors", summary="Inputs that were refused, with the reason", responses={200: {"model": Page}, **ERRORS})
def list_errors(store: StoreDep, limit: Limit, offset: Offset = 0):
    errors = store.errors()
    return page(len(errors), limit, offset, to_json(errors[offset:offset + limit]))


@router.get("/jobs", summary="Recent background jobs, newest first", response_model=list[JobOut])
def list_jobs(request: Request) -> list[dict[str, Any]]:
    return request.app.state.jobs.recent(50)


@router.get("/jobs/{job_id}", summary="One job's progress", response_model=JobOut, responses=ERRORS)
def get_job(job_id: str, request: Request) -> dict[str, Any]:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise ApiError("E805", f"no job with id {job_id!r}")
    return job


# ------------------------------------------------------------------ write endpoints
@router.post("/ingest", status_code=202, response_model=JobOut, dependencies=[Depends(writer)],
             summary="Queue files, URLs and feed URLs for ingest (multipart form); poll the job",
             responses=WRITE_ERRORS)
def ingest(request: Request,
           files: Annotated[list[UploadFile], File(description="documents: text, HTML, JSON/JSONL, feeds, WARC")] = [],
           urls: Annotated[str, Form(description="http(s) URLs of pages or feeds, separated by white space")] = "",
           feeds: Annotated[str, Form(description="feed URLs whose entries' linked pages are fetched too when "
                                                  "fetch_links is set")] = "",
           fetch_links: Annotated[bool, Form(description="for feeds: also fetch each entry's linked page")] = False,
           analyse: Annotated[bool, Form(description="update stories and cross-checks after reading")] = True,
           ) -> dict[str, Any]:
    return start_ingest(request, files, urls, feeds, fetch_links, analyse)


@router.post("/recluster", status_code=202, response_model=JobOut, dependencies=[Depends(writer)],
             summary="Re-cluster and re-check the whole store (stored extractions are reused)",
             responses=WRITE_ERRORS)
def recluster(request: Request) -> dict[str, Any]:
    return start_job(request, "recluster")


@router.post("/reanalyze", status_code=202, response_model=JobOut, dependencies=[Depends(writer)],
             summary="Re-run every analysis stage over every stored article", responses=WRITE_ERRORS)
def reanalyze(request: Request) -> dict[str, Any]:
    return start_job(request, "reanalyze")


@router.delete("/articles/{article_id}", status_code=202, response_model=JobOut, dependencies=[Depends(writer)],
               summary="Delete an article and what was derived from it; stories are brought up to date",
               responses={**WRITE_ERRORS, 404: {"model": ErrorResponse}})
def delete_article(article_id: str, request: Request) -> dict[str, Any]:
    with request.app.state.readers.read() as store:
        article = store.article(article_id)
    if article is None:
        raise ApiError("E801", f"no article with id {article_id!r}")
    return start_job(request, "delete", article.id)
