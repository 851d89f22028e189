"""The self-contained HTML report: one file, inline CSS, no script needed, no network to open it.

Each stage that shows something has a module in report/sections/ with `render(analysis) -> str`
(an escaped fragment) and a `CSS` string; this shell puts them in the order of the flow.
"""
from __future__ import annotations

import importlib
from html import escape
from pathlib import Path

from newsprism import __version__
from newsprism.records import Analysis, Article, counted, outlets_counted
from newsprism.report.sections import articles as articles_section

# The order a reader meets them: what the stories are, what holds, who said what, how it is told.
SECTION_MODULES = ("stories", "crosscheck", "extract", "framing")
HIGHLIGHTERS = ("extract", "framing")

BASE_CSS = """
:root{--fg:#1d232b;--muted:#5b6573;--line:#d8dde4;--card:#fff;--bg:#f5f6f8;--accent:#2d5fa8;
--aside:#b98a1b;--asidebg:#fbf6e9;--comment:#8a5bb9;--commentbg:#f5effb;--flag:#e8ecf2}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header.top{background:#1d2a3d;color:#fff;padding:1rem 1.5rem}
header.top h1{margin:0;font-size:1.4rem}header.top p{margin:.2rem 0 0;color:#c9d3e0}
nav.toc{padding:.5rem 1.5rem;background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0;z-index:2;
display:flex;flex-wrap:wrap;gap:.2rem 0}
nav.toc a{margin-right:1rem;color:var(--accent);text-decoration:none}
main{padding:1rem 1.5rem;max-width:110rem;margin:auto}
section{margin-bottom:2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem}
table{border-collapse:collapse;background:#fff;font-size:.9rem}
main table{display:block;width:fit-content;max-width:100%;overflow-x:auto}/* a wide table (one column an outlet) scrolls, not the page */th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5}
mark{background:#fff3b0;border-radius:2px;padding:0 1px}
.errors li{font-family:ui-monospace,monospace;font-size:.85rem}
.note{color:var(--muted);font-size:.9rem;margin:.2rem 0 .6rem}
footer{color:var(--muted);font-size:.8rem;padding:1rem 1.5rem}
"""


def _section_modules():
    for name in SECTION_MODULES:
        try:
            yield name, importlib.import_module(f"newsprism.report.sections.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"newsprism.report.sections.{name}":
                raise
            continue


def _highlighters():
    for name in HIGHLIGHTERS:
        try:
            module = importlib.import_module(f"newsprism.report.sections.{name}")
        except ModuleNotFoundError:
            continue
        if hasattr(module, "highlight_spans"):
            yield module


def _marks_for(analysis: Analysis):
    highlighters = [m.highlight_spans for m in _highlighters()]

    def marks(article: Article):
        return [m for h in highlighters for m in h(article, analysis)]

    return marks


def _article_legend() -> str:
    """What the marks in the article view mean, one part per highlighter."""
    return " · ".join(m.ARTICLE_LEGEND for m in _highlighters() if getattr(m, "ARTICLE_LEGEND", ""))


def _errors(analysis: Analysis) -> str:
    if not analysis.errors:
        return ""
    items = "".join(f"<li>{escape(str(e))}</li>" for e in analysis.errors)
    return (f'<section id="errors"><h2>Inputs refused ({len(analysis.errors)})</h2>'
            f'<ul class="errors">{items}</ul></section>')


def render_report(analysis: Analysis, title: str = "newsprism report") -> str:
    sections, css = [], [BASE_CSS, articles_section.CSS]
    for name, module in _section_modules():
        fragment = module.render(analysis)
        if fragment:
            sections.append((name, fragment))
        css.append(getattr(module, "CSS", ""))
    sections.append(("articles", articles_section.render(analysis, _marks_for(analysis), _article_legend())))
    errors = _errors(analysis)
    if errors:
        sections.append(("errors", errors))
    outlets = sorted({a.outlet for a in analysis.articles if a.outlet})
    toc = "".join(f'<a href="#{n}">{escape(n.capitalize())}</a>' for n, _ in sections)
    unnamed = sum(1 for a in analysis.articles if not a.outlet)  # each counts as an outlet of its own
    subtitle = (f"{counted(len(analysis.articles), 'article')} from {outlets_counted(len(outlets), unnamed)} · "
                f"{counted(len(analysis.stories), 'story')} · {counted(len(analysis.errors), 'input')} "
                "refused")
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            f"<title>{escape(title)}</title><style>{''.join(css)}</style></head><body>"
            f'<header class="top"><h1>{escape(title)}</h1><p>{escape(subtitle)}</p></header>'
            f'<nav class="toc">{toc}</nav><main>{"".join(f for _, f in sections)}</main>'
            f"<footer>Made by newsprism {escape(__version__)}. Every highlighted passage is the evidence "
            f"for a finding; hover it for details. Set-aside parts are kept verbatim, folded under each "
            f"article.</footer></body></html>")


def write_report(analysis: Analysis, path: str | Path, title: str = "newsprism report") -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(render_report(analysis, title), encoding="utf-8")
