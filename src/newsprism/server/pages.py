"""Server-rendered pages: stories, one story, articles, one article, outlets, entities, ingest, jobs.

Jinja2 with autoescape on for every template: article text, titles, outlet names, comments and URLs
are hostile, and only pass through `|safe` when report.highlight / report.sections already escaped
them. Links to an article's own URL are only made for http(s) URLs (views.safe_href). The pages work
without script; app.js adds the keyboard shortcuts, evidence toggles and live ingest progress.
"""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from newsprism import __version__
from newsprism.framing.kinds import WEAK_LOADED_SCORE
from newsprism.framing.profiles import charged_passages
from newsprism.records import (Storyline, counted, entity_type_word, one_line, outlet_name, outlet_name_of,
                               outlets_counted, plural, source_name, storyline_summary)
from newsprism.report.dates import date_html
from newsprism.report.sections.articles import render_article
from newsprism.server import views
from newsprism.server.api import (DATE, Limit, Offset, RealDay, StorySort, article_analysis, entity_item,
                                  start_ingest, start_job, story_analysis, story_item)
from newsprism.server.errors import ApiError
from newsprism.store import article_row
from newsprism.store import queries

router = APIRouter(include_in_schema=False)

env = Environment(loader=PackageLoader("newsprism.server", "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True),
                  undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
env.filters["urlpart"] = lambda value: quote(str(value), safe="")
env.filters["safe_href"] = views.safe_href
env.filters["quoted"] = views.quoted
env.filters["one_line"] = one_line  # a file name with bidi / control characters, shown escaped
env.filters["source_name"] = source_name  # which file an article without an outlet came from
env.filters["outlet_name"] = outlet_name  # an Article's outlet as every page names it
env.filters["type_word"] = entity_type_word  # "GPE" → "country/city"
env.filters["counted"] = counted  # {{ n|counted("article") }}: "1 article", "3 articles"
env.filters["plural_for"] = lambda one, n: one if n == 1 else plural(one)  # the noun alone, its number set apart
env.filters["when"] = lambda value, precision=None: Markup(date_html(value, precision))  # escaped there
env.filters["pct"] = lambda value: "—" if value is None else f"{100 * value:.0f}%"
env.globals.update(status_label=views.STATUS_LABEL, version=__version__, legend=views.LEGEND,
                   weak_score=WEAK_LOADED_SCORE)


def _query(**params: Any) -> str:
    """A query string from the non-empty parameters (for sort tabs and pagination links)."""
    kept = {k: v for k, v in params.items() if v not in (None, "", 0)}
    return ("?" + urlencode(kept)) if kept else ""


env.globals["query"] = _query


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    context.setdefault("q", "")
    context.setdefault("nav", "")
    context.setdefault("search_action", "/")
    html = env.get_template(template).render(
        writes=settings.writes_enabled, token_required=settings.token is not None, **context)
    return HTMLResponse(html, status_code=status)


def render_error_page(request: Request, status: int, code: str, message: str) -> str:
    settings = request.app.state.settings
    return env.get_template("error.html").render(status=status, code=code, message=message, q="", nav="",
                                                 search_action="/",
                                                 writes=settings.writes_enabled,
                                                 token_required=settings.token is not None)


def _reading(request: Request):
    return request.app.state.readers.read()


def _pages(total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset,
            "prev": max(0, offset - limit) if offset > 0 else None,
            "next": offset + limit if offset + limit < total else None,
            "first": offset + 1 if total else 0, "last": min(total, offset + limit)}


# ------------------------------------------------------------------ stories
def _story_entries(store, rows) -> list[dict]:
    """Story cards: the outlet count as the story page gives it (an article without an outlet is one)."""
    unnamed = queries.unnamed_counts(store, [r.story.id for r in rows])
    return [{"item": story_item(r), "row": r,
             "outlets_shown": outlets_counted(len(r.story.outlets), unnamed.get(r.story.id, 0))} for r in rows]


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request, limit: Limit, offset: Offset = 0, sort: StorySort = "newest",
                 q: Annotated[str | None, Query(max_length=500)] = None,
                 outlet: Annotated[str | None, Query(max_length=500)] = None,
                 since: Annotated[str | None, Query(pattern=DATE), RealDay] = None,
                 until: Annotated[str | None, Query(pattern=DATE), RealDay] = None):
    with _reading(request) as store:
        total, rows = queries.story_rows(store, sort, q, outlet, since, until, None, limit, offset)
        outlets = store.outlets()
        n_articles = store.count_articles()
        matching_articles = queries.count_articles(store, query=q) if q else None
        stories = _story_entries(store, rows)
    return render(request, "stories.html", nav="stories", stories=stories, sort=sort, q=q or "",
                  outlet=outlet or "", since=since or "", until=until or "", outlets=outlets,
                  n_articles=n_articles, matching_articles=matching_articles, pages=_pages(total, limit, offset))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    with _reading(request) as store:
        story, analysis = story_analysis(store, story_id)
        siblings = []
        if story.storyline_id:
            _, rows = queries.story_rows(store, "newest", storyline_id=story.storyline_id, limit=None)
            siblings = sorted((r.story for r in rows), key=lambda s: (s.first_date is None, s.first_date or "", s.id))
    columns, rows = views.claim_matrix(analysis, story)
    outlets = [c.key for c in columns]  # naming and framing count an article without an outlet as one too
    by_id = {a.id: a for a in analysis.articles}
    articles = [by_id[i] for i in story.article_ids if i in by_id] or list(analysis.articles)
    articles.sort(key=lambda a: (a.published is None, a.published or "", (a.outlet or "").casefold(), a.id))
    cards = [Markup(render_article(a, views.marks_for(a, analysis))) for a in articles]
    copies = views.copies_by_article(analysis)
    return render(request, "story.html", nav="stories", story=story, outlets=outlets, columns=columns,
                  column_of={c.key: c for c in columns}, rows=rows,
                  counts=views.status_counts(analysis.claim_groups), only_here=views.only_here(rows),
                  quotes=views.quote_table(analysis, story), timeline=views.timeline(analysis),
                  naming=views.naming_table(analysis, outlets), cards=views.framing_cards(analysis, outlets),
                  articles=list(zip(articles, cards)), copies=copies, siblings=siblings,
                  storyline=_storyline_text(analysis, story, siblings), n_duplicates=len(analysis.duplicates))


def _storyline_text(analysis, story, siblings) -> str:
    """The report's words for why the story's storyline holds together (a storyline record missing from
    the store still says how many stories it has)."""
    line = next((sl for sl in analysis.storylines if sl.id == story.storyline_id),
                Storyline(story.storyline_id or "", tuple(s.id for s in siblings)))
    return storyline_summary(line)


# ------------------------------------------------------------------ articles
@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, limit: Limit, offset: Offset = 0,
                  q: Annotated[str | None, Query(max_length=500)] = None,
                  outlet: Annotated[str | None, Query(max_length=500)] = None,
                  language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
                  since: Annotated[str | None, Query(pattern=DATE), RealDay] = None,
                  until: Annotated[str | None, Query(pattern=DATE), RealDay] = None):
    filters = {"outlet": outlet, "since": since, "until": until, "language": language, "query": q}
    with _reading(request) as store:
        total = queries.count_articles(store, **filters)
        articles = store.articles(**filters, limit=limit, offset=offset)
        stories = queries.stories_of_articles(store, [a.id for a in articles])
        titles = queries.story_titles(store, sorted({sid for ids in stories.values() for sid in ids}))
        titles = {sid: title or sid for sid, (title, _) in titles.items()}  # links name their story
        outlets = store.outlets()
        languages = queries.languages(store)
        n_errors = len(store.errors())
    rows = [{**article_row(a), "shown_outlet": outlet_name(a), "stories": [(sid, titles.get(sid, sid)) for sid in stories.get(a.id, [])],
             "flags": a.flags} for a in articles]
    return render(request, "articles.html", nav="articles", rows=rows, q=q or "", outlet=outlet or "",
                  language=language or "", since=since or "", until=until or "", outlets=outlets,
                  languages=languages, pages=_pages(total, limit, offset), n_errors=n_errors,
                  search_action="/articles")


@router.get("/errors", response_class=HTMLResponse)
def errors_page(request: Request):
    """The inputs refused, for a reader: the articles page's "N inputs refused" led to raw JSON."""
    with _reading(request) as store:
        errors = store.errors()
    return render(request, "errors.html", nav="articles", errors=errors)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    with _reading(request) as store:
        analysis = article_analysis(store, article_id)
        raw = store.raw_document(analysis.articles[0].id)
    article = analysis.articles[0]
    claims = []
    group_of = {c: g for g in analysis.claim_groups for c in g.claim_ids}
    for ext in analysis.extractions:
        for c in ext.claims:
            claims.append({"claim": c, "group": group_of.get(c.id)})
    quotes = [x for e in analysis.extractions for x in e.quotes]
    return render(request, "article.html", nav="articles", article=article,
                  body=Markup(views.highlighted_text(article, analysis)),
                  counts=views.mark_counts(article, analysis), stories=analysis.stories, claims=claims,
                  quotes=quotes, copies=views.copies_by_article(analysis).get(article.id, []),
                  raw=raw, search_action="/articles")


@router.post("/articles/{article_id}/delete")
def delete_article_form(request: Request, article_id: str):
    with _reading(request) as store:
        article = store.article(article_id)
    if article is None:
        raise ApiError("E801", f"no article with id {article_id!r}")
    job = start_job(request, "delete", article.id)
    return RedirectResponse(f"/jobs/{quote(job['id'])}", status_code=303)


# ------------------------------------------------------------------ outlets and entities
@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request):
    with _reading(request) as store:
        profiles = queries.outlet_profiles(store)
        stories = queries.outlet_story_counts(store)
        rows = [{"outlet": name, "articles": n, "stories": stories.get(name, 0), "profile": profiles.get(name)}
                for name, n in store.outlets()]
        unnamed = store.count_articles() - sum(r["articles"] for r in rows)  # they have no row of their own
    return render(request, "outlets.html", nav="outlets", rows=rows, unnamed=unnamed)


@router.get("/outlets/{outlet:path}", response_class=HTMLResponse)
def outlet_page(request: Request, outlet: str):
    with _reading(request) as store:
        wanted, outlet = outlet, queries.outlet_named(store, outlet)  # any case or spacing, as the filters
        summary = queries.outlet_summary(store, outlet) if outlet else None
        if summary is None:
            raise ApiError("E803", queries.unknown_outlet(store, wanted, "/outlets"))
        profile = queries.outlet_profiles(store).get(outlet)
        months = queries.outlet_months(store, outlet)
        findings = queries.outlet_month_findings(store, outlet)
        _, rows = queries.story_rows(store, "newest", outlet=outlet, limit=None)
        story_entries = _story_entries(store, rows)
        only = queries.claim_groups_only_from(store, outlet)
        titles = queries.story_titles(store, [g.story_id for g in only])
        articles = store.articles(outlet=outlet, limit=200)
        spans = {}
        for g in only:
            for span in g.evidence[:1]:
                a = store.article(span.article_id)
                if a is not None:
                    spans[g.id] = views.evidence_of(span, {a.id: a})
    peak = max((m["articles"] for m in months), default=1)
    for m in months:
        words = m["words"] or 0
        # counted as the profile above counts them (own words, overlaps once), not the "loaded" kind alone
        charged = charged_passages(findings.get(m["month"], ()))
        m["loaded_per_100"] = round(100 * charged / words, 2) if words else 0.0
        sentences = sum(m["stances"].values())
        m["opinion_share"] = m["stances"].get("opinion", 0) / sentences if sentences else None
        m["bar"] = round(100 * m["articles"] / peak) if peak else 0
    return render(request, "outlet.html", nav="outlets", summary=summary, profile=profile, months=months,
                  stories=story_entries, only=only, titles=titles,
                  spans=spans, articles=articles)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, limit: Limit, offset: Offset = 0,
                  q: Annotated[str | None, Query(max_length=200)] = None,
                  type: Annotated[str | None, Query(max_length=40)] = None):
    with _reading(request) as store:
        total, entities = queries.entity_rows(store, q, type, limit, offset)
        items = [entity_item(store, e) for e in entities]
        types = queries.entity_types(store)
    return render(request, "entities.html", nav="entities", items=items, q=q or "", type=type or "",
                  types=types, pages=_pages(total, limit, offset), search_action="/entities")


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    with _reading(request) as store:
        entity = queries.entity(store, entity_id)
        if entity is None:
            raise ApiError("E804", f"no entity with id {entity_id!r}")
        item = entity_item(store, entity)
        heads = queries.article_heads(store, [m.article_id for m in entity.mentions])
    per_outlet: dict[str, int] = {}
    for m in entity.mentions:
        head = heads.get(m.article_id) or {}
        outlet = outlet_name_of(head.get("outlet"), head["source"]) if head else "unknown outlet"
        per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
    return render(request, "entity.html", nav="entities", entity=entity, item=item,
                  per_outlet=sorted(per_outlet.items(), key=lambda kv: (-kv[1], kv[0].casefold())),
                  search_action="/entities")


# ------------------------------------------------------------------ ingest and jobs
@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request):
    settings = request.app.state.settings
    return render(request, "ingest.html", nav="ingest", jobs=request.app.state.jobs.recent(10),
                  max_mb=settings.max_request_bytes // (1024 * 1024), max_files=settings.max_files,
                  allow_private=settings.allow_private)


@router.post("/ingest")
def ingest_form(request: Request, files: Annotated[list[UploadFile], File()] = [],
                urls: Annotated[str, Form()] = "", feeds: Annotated[str, Form()] = "",
                fetch_links: Annotated[bool, Form()] = False):
    job = start_ingest(request, files, urls, feeds, fetch_links)
    return RedirectResponse(f"/jobs/{quote(job['id'])}", status_code=303)


@router.post("/jobs/{kind}")
def job_form(request: Request, kind: str):
    if kind not in ("recluster", "reanalyze"):
        raise ApiError("E800", f"no such job kind {kind!r}: recluster or reanalyze")
    job = start_job(request, kind)
    return RedirectResponse(f"/jobs/{quote(job['id'])}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str):
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise ApiError("E805", f"no job with id {job_id!r}")
    return render(request, "job.html", nav="ingest", job=job)

