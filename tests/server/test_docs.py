"""docs/server.md documents every endpoint, page, query parameter, setting, command-line option and error code."""
import dataclasses
import re

from conftest import make_client

from newsprism.cli import build_parser
from newsprism.server.errors import CODES
from newsprism.server.settings import ServerSettings
from shared_data import REPO

DOC = (REPO / "docs" / "server.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"`(GET|POST|DELETE|PUT|PATCH) (/[^`\s]*)`", DOC))


def app_routes(app):
    """(path, route) for every route of the app, routers included (whatever way FastAPI nests them)."""
    def walk(routes, prefix=""):
        for route in routes:
            router = getattr(route, "original_router", None)  # FastAPI ≥ 0.16x keeps included routers whole
            if router is not None:
                yield from walk(router.routes, prefix + getattr(getattr(route, "include_context", None), "prefix", ""))
            elif getattr(route, "path", None) is not None:
                yield prefix + route.path, route
    return list(walk(app.routes))


def params_of(dependant):
    """Query and form parameters of a route, those of its dependencies included."""
    for p in (*dependant.query_params, *dependant.body_params):
        yield p.alias
    for sub in dependant.dependencies:
        yield from params_of(sub)


def test_every_route_is_documented(tmp_path):
    with make_client(tmp_path / "s.db") as c:
        routes = app_routes(c.app)
    seen, missing = set(), []
    for path, route in routes:
        path = re.sub(r":\w+}", "}", path)
        if path == "/api/openapi.json" or path.startswith("/static"):
            continue
        for method in getattr(route, "methods", None) or ():
            if method != "HEAD":
                seen.add((method, path))
                if (method, path) not in DOCUMENTED:
                    missing.append(f"{method} {path}")
    assert not missing, f"undocumented in docs/server.md: {missing}"
    # the walk really reached the API and the pages (a walk that finds nothing would pass above)
    assert {("GET", "/api/stories/{story_id}"), ("POST", "/api/ingest"), ("DELETE", "/api/articles/{article_id}"),
            ("GET", "/stories/{story_id}"), ("POST", "/ingest")} <= seen and len(seen) >= 25
    assert ("GET", "/static/...") in DOCUMENTED
    stale = DOCUMENTED - seen - {("GET", "/static/..."), ("GET", "/api/openapi.json")}
    assert not stale, f"documented but not served: {stale}"


def test_every_query_parameter_is_documented(tmp_path):
    with make_client(tmp_path / "s.db") as c:
        schema = c.get("/api/openapi.json").json()
        routes = app_routes(c.app)
    names = {p["name"] for ops in schema["paths"].values() for op in ops.values() for p in op.get("parameters", [])}
    body = schema["components"]["schemas"]
    names |= {n for k, s in body.items() if k.startswith("Body_") for n in s["properties"]}
    # pages are left out of the schema: their parameters come from the routes themselves
    pages = {n for _, r in routes if getattr(r, "dependant", None) is not None for n in params_of(r.dependant)}
    assert {"sort", "q", "outlet", "since", "until", "language", "type", "urls"} <= pages
    missing = sorted(n for n in names | pages if f"`{n}`" not in DOC and f"{{{n}}}" not in DOC)
    assert not missing, f"undocumented parameters: {missing}"


def test_every_setting_option_and_error_code_is_documented():
    fields = [f.name for f in dataclasses.fields(ServerSettings)]
    assert len(fields) >= 10 and [f for f in fields if f"`{f}`" not in DOC] == []
    serve = build_parser()._subparsers._group_actions[0].choices["serve"]
    options = [o for a in serve._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
    assert options and [o for o in options if f"`{o}" not in DOC] == []
    assert "NEWSPRISM_TOKEN" in DOC
    assert [c for c in CODES if f"`{c}`" not in DOC] == []
    for code in ("E950", "E951", "E952", "E953"):
        assert code in DOC
