"""docs/server.md documents every endpoint, page, query parameter, setting, command-line option and error code."""
import dataclasses
import re

from conftest import make_client

from newsprism.cli import build_parser
from newsprism.server.errors import CODES
from newsprism.server.settings import ServerSettings
from shared_data import REPO

DOC = (REPO / "docs" / "server.md").read_text(encoding="utf-8")


def test_every_route_is_documented(tmp_path):
    with make_client(tmp_path / "s.db") as c:
        routes = c.app.routes
    documented = set(re.findall(r"`(GET|POST|DELETE|PUT|PATCH) (/[^`\s]*)`", DOC))
    missing = []
    for route in routes:
        path = re.sub(r":\w+}", "}", getattr(route, "path", ""))
        if path in ("/api/openapi.json",) or path.startswith("/static"):
            continue
        for method in getattr(route, "methods", None) or ():
            if method != "HEAD" and (method, path) not in documented:
                missing.append(f"{method} {path}")
    assert not missing, f"undocumented in docs/server.md: {missing}"
    assert ("GET", "/static/...") in documented


def test_every_query_parameter_is_documented(tmp_path):
    with make_client(tmp_path / "s.db") as c:
        schema = c.get("/api/openapi.json").json()
    names = {p["name"] for ops in schema["paths"].values() for op in ops.values() for p in op.get("parameters", [])}
    body = schema["components"]["schemas"]
    names |= {n for k, s in body.items() if k.startswith("Body_") for n in s["properties"]}
    missing = sorted(n for n in names if f"`{n}`" not in DOC and f"{{{n}}}" not in DOC)
    assert not missing, f"undocumented parameters: {missing}"


def test_every_setting_option_and_error_code_is_documented():
    fields = [f.name for f in dataclasses.fields(ServerSettings)]
    assert [f for f in fields if f"`{f}`" not in DOC] == []
    serve = build_parser()._subparsers._group_actions[0].choices["serve"]
    options = [o for a in serve._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
    assert options and [o for o in options if f"`{o}" not in DOC] == []
    assert "NEWSPRISM_TOKEN" in DOC
    assert [c for c in CODES if f"`{c}`" not in DOC] == []
    for code in ("E950", "E951"):
        assert code in DOC
