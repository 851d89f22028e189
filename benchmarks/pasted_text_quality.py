"""Pasted page text on real news pages: what newsprism's text cleaner recovers from "select all + copy".

newsprism's commonest real input is the visible text of a whole page pasted into a .txt file: menus,
share buttons, "Related articles", footers, cookie notes and reader comments included. This benchmark
makes that input from real pages and scores what the clean stage keeps as the article body.

Data: ../shared/data/article-extraction-benchmark (131 real pages with the human-marked article body,
from scrapinghub/article-extraction-benchmark). Never copied into this repository.

Rendering (what a user's "select all + copy" gives): each page's HTML is loaded in Debian's Chromium
(/usr/bin/chromium, driven by Playwright; never `playwright install`) with JavaScript disabled and
every network request aborted, by `page.set_content`, at a 1366×768 viewport; the text is
`document.body.innerText` (what the browser lays out as visible text, one block a line). Without
JavaScript a page shows its <noscript> content, and pages that build their article with scripts show
what their HTML holds. The texts are cached under `--cache DIR` (default: a folder in the system's
temp dir), never in the repository: third-party text stays out of it.

Each text then goes the way a user's pasted file goes: `read_inputs(["<id>.txt"])` (ingest: encoding,
kind by content → text/plain) and `clean_document`, with the fetch time fixed (2019-12-31, after
the pages were collected) so runs are deterministic.

Metric: the scorer of benchmarks/html_extraction_quality.py (imported, not copied): 4-word shingles of
`\\w+` tokens, per-page P / R from the normalised multiset overlap, averaged over pages, F1 of the
averages. A refused input (E205: every line set aside) scores as an empty body (P = R = 0).

Same run, same pages:
- `no_cleaning`: the whole pasted text as the body (what the cleaner starts from);
- `html_path`: newsprism's own HTML path on the page's HTML (the upper reference; the figure of
  html_extraction_quality);
- `title`: recovered title right when, case and spacing aside (`\\w+` tokens compared), it equals
  one of the page's own headlines: the text of an <h1> as rendered, the og:title, the <title>, or the
  <title> without a trailing site name (the part after the last " | ", " - ", " – ", " — " or " :: ").
  `title.in_text` counts the pages where one of those headlines stands as a line of the pasted text
  (the most a text cleaner can get).
- `outlet`: the page's own site names from its HTML (og:site_name, application-name, the JSON-LD
  publisher's name); per page right (the recovered outlet equals one of them, case, spacing and
  punctuation aside, or one contains the other), wrong (another name) or none; precision =
  right / (right + wrong). Pages whose HTML names no site are not counted.
- `byline`: the HTML's authors (meta name=author, article:author when not a URL, JSON-LD author names;
  a leading "By" dropped and what follows a comma cut; an author that is the site itself or a lower-case
  user slug dropped). Right when the byline holds every word of one author's name and each of its words
  is some author's word (or "and" / "by" / "with"): a name glued to a handle or an outlet is wrong, and so
  is a second person the HTML does not list. Pages whose HTML names no author are not counted.
- `html_path_outlet` / `html_path_byline`: the same measures on newsprism's HTML path (which reads the
  very <meta> the references come from: a ceiling, not a rival). `--misses` prints the wrong pages.

    .venv/bin/python benchmarks/pasted_text_quality.py                # → benchmarks/results/pasted_text_quality.json
    .venv/bin/python benchmarks/pasted_text_quality.py --every 3      # the CI subset's figures (not written)
    .venv/bin/python benchmarks/pasted_text_quality.py --worst 10     # the 10 worst pages on stderr
    .venv/bin/python benchmarks/pasted_text_quality.py --show ID      # one page: kept body, set aside, gold

The realdata test (tests/realdata/test_pasted_text_realdata.py) renders every 3rd page and asserts the
floor in benchmarks/floors/pasted_text_quality.json.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import html_extraction_quality as html_bench  # noqa: E402  (the scorer and the pages, shared)

ROOT = HERE.parent
RESULTS = ROOT / "benchmarks" / "results" / "pasted_text_quality.json"
FETCHED_AT = html_bench.FETCHED_AT
CHROMIUM = "/usr/bin/chromium"
# --no-sandbox and --disable-dev-shm-usage: CI runs as root in a container with a small /dev/shm
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1366, "height": 768}
# Bumped when the rendering changes, so a cache of an older rendering is not reused.
RENDERING = "chromium innerText, js off, network aborted, 1366x768, v1"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "newsprism-pasted-text"

_HEADLINES_JS = """() => {
  const meta = document.querySelector('meta[property="og:title"], meta[name="og:title"]');
  return {
    title: document.title || '',
    og_title: meta ? (meta.getAttribute('content') || '') : '',
    h1: Array.from(document.querySelectorAll('h1')).map(h => h.innerText).filter(t => t && t.trim()),
  };
}"""


@dataclasses.dataclass(frozen=True)
class Rendered:
    page_id: str
    path: Path  # the pasted text, <cache>/<id>.txt
    headlines: tuple[str, ...]  # the page's own headlines (h1 texts, og:title, <title>, <title> without site name)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _headline_variants(found: dict) -> tuple[str, ...]:
    out = [h for h in found.get("h1", [])]
    for value in (found.get("og_title", ""), found.get("title", "")):
        value = " ".join(value.split())
        if not value:
            continue
        out.append(value)
        parts = re.split(r"\s+(?:\||-|–|—|::)\s+", value)
        if len(parts) > 1:
            out.append(" ".join(parts[:-1]))
    return tuple(dict.fromkeys(" ".join(h.split()) for h in out if h.strip()))


def render_pages(pages, cache: Path) -> dict[str, Rendered]:
    """The pasted text of every page, rendered once and cached under `cache` (outside the repository)."""
    cache.mkdir(parents=True, exist_ok=True)
    stamp = cache / "RENDERING"
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != RENDERING:
        for old in cache.glob("*.txt"):
            old.unlink()
        for old in cache.glob("*.headlines.json"):
            old.unlink()
        stamp.write_text(RENDERING, encoding="utf-8")
    out: dict[str, Rendered] = {}
    missing = [(page_id, html) for page_id, _, html, _ in pages
               if not (cache / f"{page_id}.txt").exists() or not (cache / f"{page_id}.headlines.json").exists()]
    if missing:
        _render(missing, cache)
    for page_id, _, _, _ in pages:
        found = json.loads((cache / f"{page_id}.headlines.json").read_text(encoding="utf-8"))
        out[page_id] = Rendered(page_id, cache / f"{page_id}.txt", _headline_variants(found))
    return out


def _render(pages: list[tuple[str, str]], cache: Path) -> None:
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"Debian's chromium is not at {CHROMIUM} (make browser, or apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT, offline=True)
            context.route("**/*", lambda route: route.abort())
            context.set_default_timeout(30_000)
            for page_id, html in pages:
                page = context.new_page()
                try:
                    page.set_content(html, wait_until="domcontentloaded")
                    text = page.evaluate("() => document.body ? document.body.innerText : ''")
                    found = page.evaluate(_HEADLINES_JS)
                finally:
                    page.close()
                (cache / f"{page_id}.txt").write_text(text, encoding="utf-8")
                (cache / f"{page_id}.headlines.json").write_text(json.dumps(found), encoding="utf-8")
        finally:
            browser.close()


def pasted_article(rendered: Rendered, fetched_at: str = FETCHED_AT):
    """The Article newsprism makes of the pasted text, the way a user's .txt file goes; None when refused."""
    from newsprism.clean import clean_document
    from newsprism.errors import NewsprismError
    from newsprism.ingest import read_inputs
    from newsprism.records import RawDocument

    items = list(read_inputs([str(rendered.path)]))
    if len(items) != 1 or not isinstance(items[0], RawDocument):
        return None
    raw = dataclasses.replace(items[0], fetched_at=fetched_at)
    try:
        return clean_document(raw)
    except NewsprismError:
        return None


def _norm(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def title_right(title: str | None, rendered: Rendered) -> bool:
    return bool(title) and _norm(title) in {_norm(h) for h in rendered.headlines}


def title_in_text(rendered: Rendered) -> bool:
    lines = {_norm(line) for line in rendered.text.splitlines() if line.strip()}
    return any(_norm(h) in lines for h in rendered.headlines if _norm(h))


# ---------------------------------------------------------------- outlet and byline references

def _meta_contents(doc, *selectors: tuple[str, str]) -> list[str]:
    out = []
    for attr, value in selectors:
        for el in doc.iter("meta"):
            if (el.get(attr) or "").strip().lower() == value and (el.get("content") or "").strip():
                out.append(" ".join(el.get("content").split()))
    return out


def _json_ld(doc) -> list:
    found = []
    for el in doc.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
    return found


def _ld_names(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    out = []
    for v in values:
        name = v.get("name") if isinstance(v, dict) else v
        if isinstance(name, str) and name.strip() and not re.match(r"^(?:https?:)?//", name.strip()):
            out.append(" ".join(name.split()))
    return out


def _parse(html: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None


def html_outlets(html: str) -> tuple[str, ...]:
    """The site's own names in its HTML: og:site_name, application-name, the JSON-LD publisher's name."""
    doc = _parse(html)
    if doc is None:
        return ()
    names = _meta_contents(doc, ("property", "og:site_name"), ("name", "og:site_name"), ("name", "application-name"))
    for item in _json_ld(doc):
        names += _ld_names(item.get("publisher")) if item.get("publisher") else []
    return tuple(dict.fromkeys(n for n in names if _norm(n)))


def _same_name(a: str, b: str) -> bool:
    a, b = _norm(a).replace(" ", ""), _norm(b).replace(" ", "")
    return bool(a and b) and (a == b or a in b or b in a)


def html_authors(html: str) -> tuple[str, ...]:
    """The article's authors in its HTML: meta name=author, article:author (when not a URL), JSON-LD author
    names; a leading "By" is dropped and what follows a comma ("Name, AP Writer") is cut. An author that
    is the site itself (one of its own names) or a lower-case user slug ("kevin-r") names no person."""
    doc = _parse(html)
    if doc is None:
        return ()
    names = _meta_contents(doc, ("name", "author"), ("property", "article:author"), ("name", "article:author"))
    for item in _json_ld(doc):
        if item.get("author"):
            names += _ld_names(item["author"])
    sites = html_outlets(html)
    out = []
    for name in names:
        if re.match(r"^(?:https?:)?//|^www\.", name):
            continue
        name = re.sub(r"^by\s+", "", name.split(",")[0].strip(), flags=re.I).strip()
        if _norm(name) and re.search(r"[A-Z]", name) and not any(_same_name(name, site) for site in sites):
            out.append(name)
    return tuple(dict.fromkeys(out))


def outlet_verdict(found: str | None, references: tuple[str, ...]) -> str | None:
    """right / wrong / none against the site's own names; None when the page names no site. Right when the
    outlet equals one of them, case, spacing and punctuation aside, or one contains the other."""
    if not references:
        return None
    if not found or not _norm(found):
        return "none"
    return "right" if any(_same_name(found, ref) for ref in references) else "wrong"


_BYLINE_JOINERS = {"and", "by", "with"}


def byline_verdict(found: str | None, authors: tuple[str, ...]) -> str | None:
    """right / wrong / none against the HTML's authors; None when the HTML names none.

    Right: the byline holds every word of one of the authors' names, and each of its words is a word of
    some author's name (or "and" / "by" / "with"): a name glued to a handle or an outlet
    ("Name@handle", "NameOUTLET", "Name; © Outlet") is wrong, and so is an outlet alone."""
    if not authors:
        return None
    if not found or not _norm(found):
        return "none"
    words = _norm(found).split()
    allowed = {w for a in authors for w in _norm(a).split()} | _BYLINE_JOINERS
    whole = any(set(_norm(a).split()) <= set(words) for a in authors)
    return "right" if whole and all(w in allowed for w in words) else "wrong"


def _tally(verdicts: list[str | None]) -> dict:
    right, wrong, none = (sum(1 for v in verdicts if v == k) for k in ("right", "wrong", "none"))
    return {"precision": round(right / (right + wrong), 4) if right + wrong else None,
            "recall": round(right / (right + none + wrong), 4) if right + wrong + none else None,
            "right": right, "wrong": wrong, "none": none, "pages_with_reference": right + wrong + none,
            "pages": len(verdicts)}


def html_article(page_id: str, url: str, html: str):
    """The Article newsprism's HTML path makes of the page (as html_extraction_quality runs it); None when refused."""
    from newsprism.clean import clean_document
    from newsprism.errors import NewsprismError
    from newsprism.records import RawDocument, SourceHints

    raw = RawDocument(source=f"{page_id}.html", fetched_at=FETCHED_AT, content_type="text/html",
                      data=html.encode("utf-8"), encoding="utf-8", hints=SourceHints(url=url or None))
    try:
        return clean_document(raw)
    except NewsprismError:
        return None


def evaluate_html_path(pages) -> dict:
    """The HTML path on the same pages: the body (html_extraction_quality's figure), outlet and byline."""
    scores, outlets, bylines = [], [], []
    for page_id, url, html, gold in pages:
        article = html_article(page_id, url, html)
        scores.append(html_bench.page_scores(gold, article.text if article is not None else ""))
        outlets.append(outlet_verdict(article.outlet if article else None, html_outlets(html)))
        bylines.append(byline_verdict(article.byline if article else None, html_authors(html)))
    return {"body": html_bench.aggregate(scores), "outlet": _tally(outlets), "byline": _tally(bylines)}


def evaluate_pasted(pages, rendered: dict[str, Rendered]) -> dict:
    """newsprism on the pasted texts, the no-cleaning baseline, and title recovery."""
    ours, bare, per_page = [], [], []
    titled = right = reachable = refused = 0
    outlets, bylines, misses = [], [], []
    for page_id, _, html, gold in pages:
        item = rendered[page_id]
        article = pasted_article(item)
        body = article.text if article is not None else ""
        refused += article is None
        score = html_bench.page_scores(gold, body)
        ours.append(score)
        bare.append(html_bench.page_scores(gold, item.text))
        title = article.title if article is not None else None
        titled += bool(title)
        right += title_right(title, item)
        reachable += title_in_text(item)
        per_page.append((page_id, score))
        reference, authors = html_outlets(html), html_authors(html)
        outlet = article.outlet if article is not None else None
        byline = article.byline if article is not None else None
        outlets.append(outlet_verdict(outlet, reference))
        bylines.append(byline_verdict(byline, authors))
        if outlets[-1] == "wrong" or bylines[-1] == "wrong":
            misses.append((page_id, outlets[-1], outlet, article.outlet_found if article else None, reference,
                           bylines[-1], byline, authors))
    n = len(pages)
    return {
        "newsprism": html_bench.aggregate(ours),
        "no_cleaning": html_bench.aggregate(bare),
        "title": {"right": round(right / n, 4), "stated": round(titled / n, 4), "in_text": round(reachable / n, 4),
                  "right_pages": right, "stated_pages": titled, "in_text_pages": reachable, "pages": n},
        "outlet": _tally(outlets),
        "byline": _tally(bylines),
        "refused": refused,
        "per_page": per_page,
        "misses": misses,
    }


def show_page(page, rendered: Rendered, out=sys.stderr) -> None:
    """One page's outcome for reading: every line with its role and reason, then the gold body."""
    page_id, url, _, gold = page
    article = pasted_article(rendered)
    p, r = html_bench.page_scores(gold, article.text if article else "")
    print(f"==== {page_id} P {p:.3f} R {r:.3f}  title={article.title if article else None!r} "
          f"byline={article.byline if article else None!r} date={article.published if article else None!r}", file=out)
    print(f"     headlines: {list(rendered.headlines)[:4]}", file=out)
    if article is None:
        print("     refused", file=out)
        return
    gold_shingles = html_bench.shingles(gold)
    for segment in article.segments:
        if not segment.text.strip():
            continue
        inside = html_bench.shingles(segment.text)
        mark = "G" if inside and sum((inside & gold_shingles).values()) >= 0.5 * sum(inside.values()) else " "
        print(f"  {mark} {segment.role[:8]:8} {segment.reason[:34]:34} | {segment.text.strip()[:150]}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help=f"where the rendered texts are kept (default {DEFAULT_CACHE}); never inside the repository")
    parser.add_argument("--every", type=int, default=1, help="every n-th page only (figures printed, not written)")
    parser.add_argument("--worst", type=int, default=0, help="print the n worst pages on stderr")
    parser.add_argument("--show", action="append", default=[], help="print one page's lines and roles on stderr")
    parser.add_argument("--no-html", action="store_true", help="skip the HTML path reference (faster)")
    parser.add_argument("--misses", action="store_true", help="print the pages with a wrong outlet or byline on stderr")
    args = parser.parse_args(argv)
    cache = args.cache.resolve()
    if cache == ROOT or ROOT in cache.parents:
        parser.error("--cache must be outside the repository (third-party text stays out of it)")

    pages = html_bench.load_pages()[::args.every]
    stamp = cache / "RENDERING"
    fresh = len(pages) if not stamp.exists() or stamp.read_text(encoding="utf-8") != RENDERING else \
        sum(1 for page in pages if not (cache / f"{page[0]}.txt").exists())
    started = time.perf_counter()
    rendered = render_pages(pages, cache)
    render_seconds = time.perf_counter() - started
    if args.show:
        for page in pages:
            if page[0] in args.show:
                show_page(page, rendered[page[0]])
        return 0
    started = time.perf_counter()
    pasted = evaluate_pasted(pages, rendered)
    pasted_seconds = time.perf_counter() - started
    html_path, html_all, html_seconds = None, None, 0.0
    if not args.no_html:
        started = time.perf_counter()
        html_all = evaluate_html_path(pages)
        html_path = html_all["body"]
        html_seconds = time.perf_counter() - started
    if args.misses:
        for page_id, o_verdict, outlet, found, reference, b_verdict, byline, authors in pasted["misses"]:
            print(f"{page_id} outlet {o_verdict}: {outlet!r} ({found}) vs {reference!r} | "
                  f"byline {b_verdict}: {byline!r} vs {list(authors)!r}", file=sys.stderr)
    if args.worst:
        by_id = {page[0]: page for page in pages}
        worst = sorted(pasted["per_page"], key=lambda item: sum(item[1]))[:args.worst]
        for page_id, _ in worst:
            show_page(by_id[page_id], rendered[page_id])
    result = {
        "benchmark": "article-extraction-benchmark (scrapinghub), pages in ../shared/data, as pasted page text",
        "rendering": RENDERING,
        "metric": "4-word shingle P/R averaged over pages, F1 of the averages (html_extraction_quality's scorer)",
        "newsprism": pasted["newsprism"],
        "no_cleaning": pasted["no_cleaning"],
        "html_path": html_path,
        "title": pasted["title"],
        "outlet": pasted["outlet"],
        "byline": pasted["byline"],
        "html_path_outlet": html_all and html_all["outlet"],
        "html_path_byline": html_all and html_all["byline"],
        "refused_pages": pasted["refused"],
        "seconds": {"render": round(render_seconds, 1), "pasted_text": round(pasted_seconds, 1),
                    "html_path": round(html_seconds, 1)},
        "pages_rendered_in_this_run": fresh,  # the others came from the cache
        "python": platform.python_version(),
        "command": ".venv/bin/python benchmarks/pasted_text_quality.py",
    }
    if args.every == 1 and not args.no_html:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
