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


def evaluate_pasted(pages, rendered: dict[str, Rendered]) -> dict:
    """newsprism on the pasted texts, the no-cleaning baseline, and title recovery."""
    ours, bare, per_page = [], [], []
    titled = right = reachable = refused = 0
    for page_id, _, _, gold in pages:
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
    n = len(pages)
    return {
        "newsprism": html_bench.aggregate(ours),
        "no_cleaning": html_bench.aggregate(bare),
        "title": {"right": round(right / n, 4), "stated": round(titled / n, 4), "in_text": round(reachable / n, 4),
                  "right_pages": right, "stated_pages": titled, "in_text_pages": reachable, "pages": n},
        "refused": refused,
        "per_page": per_page,
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
    html_path, html_seconds = None, 0.0
    if not args.no_html:
        started = time.perf_counter()
        html_path = html_bench.evaluate_newsprism(pages)
        html_seconds = time.perf_counter() - started
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
