"""Publication dates from pasted page text: what newsprism's text cleaner reads from "select all + copy".

The date half of pasted_text_quality: the English-language pages of ../shared/data/htmldate-eval (real
news and blog pages with their gold publication day, from adbar/htmldate's evaluation set) are rendered
the way a user's copy gives them, by pasted_text_quality's own rendering (imported, not copied: Debian's
Chromium, JavaScript off, every request aborted, `document.body.innerText`), cached under `--cache DIR`
(default: a folder in the system's temp dir), never in the repository.

English-language: py3langid (newsprism's detect_language) on the whole pasted text says "en"; the
selection depends on the rendered text only, not on the clean stage.

Each text goes the way a user's .txt file goes (`read_inputs`, `clean_document`, text/plain) with the
fetch time fixed as in date_extraction (2025-01-01), and the `published` date is judged at day level
with date_extraction's judge and score (imported): right = the gold day; wrong = another day, or a
month / year the gold day is not in; none = no date (or only a right month / year).
P = right / (right + wrong), R = right / (right + none). "No date is better than a wrong date".

Same run, same pages: newsprism's HTML path on the page's HTML (date_extraction's `newsprism_date`,
with the page's URL as the container hint), the reference. A pasted text has no URL and no <meta>:
only what the page shows (datelines, "Published ..." lines, bylines with dates, a paragraph's
dateline).

    .venv/bin/python benchmarks/pasted_text_dates.py              # → benchmarks/results/pasted_text_dates.json
    .venv/bin/python benchmarks/pasted_text_dates.py --every 3    # the CI subset's figures (not written)
    .venv/bin/python benchmarks/pasted_text_dates.py --misses     # wrong / missed pages on stderr

The realdata test (tests/realdata/test_pasted_text_realdata.py) renders the CI subset (every 3rd English
page, 39 pages, named in the floor file so that CI renders only those) and asserts the floor in
benchmarks/floors/pasted_text_dates.json.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import date_extraction as date_bench  # noqa: E402  (the pages, the judge and the score, shared)
import pasted_text_quality as pasted  # noqa: E402  (the rendering, shared)

ROOT = HERE.parent
RESULTS = ROOT / "benchmarks" / "results" / "pasted_text_dates.json"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "newsprism-pasted-dates"
LANGUAGE = "en"


def page_id(page: date_bench.Page) -> str:
    return page.path.name.removesuffix(".gz").removesuffix(".html")


def page_html(page: date_bench.Page) -> str:
    """The page's HTML as text, decoded the way newsprism's ingest decodes it."""
    from newsprism.ingest import read_inputs

    raw = next(iter(read_inputs([str(page.path)])))
    return raw.data.decode(raw.encoding or "utf-8", errors="replace")


def render(pages: list[date_bench.Page], cache: Path) -> dict[str, pasted.Rendered]:
    """Every page's pasted text, by pasted_text_quality's rendering (cached under `cache`)."""
    missing = [page for page in pages if not (cache / f"{page_id(page)}.txt").exists()]
    html = {page_id(page): page_html(page) for page in missing}
    return pasted.render_pages([(page_id(page), page.url, html.get(page_id(page), ""), None) for page in pages],
                               cache)


def english(pages: list[date_bench.Page], rendered: dict[str, pasted.Rendered]) -> list[date_bench.Page]:
    from newsprism.clean.language import detect_language

    return [page for page in pages if detect_language(rendered[page_id(page)].text) == LANGUAGE]


def load_pages(cache: Path, every: int = 1) -> tuple[list[date_bench.Page], dict[str, pasted.Rendered]]:
    """The English-language pages in URL order (every n-th of them when `every` > 1) and their texts.
    All pages are rendered once (the language is read on the rendered text); the cache keeps them."""
    pages = date_bench.load_pages()
    rendered = render(pages, cache)
    return english(pages, rendered)[::every], rendered


def load_subset(ids: list[str], cache: Path) -> tuple[list[date_bench.Page], dict[str, pasted.Rendered]]:
    """Named pages only (the CI subset of the floor file, chosen once with `--every 3`), rendered into `cache`."""
    by_id = {page_id(page): page for page in date_bench.load_pages()}
    pages = [by_id[i] for i in ids]
    return pages, render(pages, cache)


def pasted_date(rendered: pasted.Rendered) -> tuple[str | None, str | None]:
    article = pasted.pasted_article(rendered, fetched_at=date_bench.FETCHED_AT)
    return (article.published, article.published_precision) if article is not None else (None, None)


def evaluate_pasted(pages: list[date_bench.Page], rendered: dict[str, pasted.Rendered],
                    misses: list | None = None) -> dict:
    return date_bench.evaluate(lambda page: pasted_date(rendered[page_id(page)]), pages, misses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help=f"where the rendered texts are kept (default {DEFAULT_CACHE}); never inside the repository")
    parser.add_argument("--every", type=int, default=1, help="every n-th English page only (figures printed, not written)")
    parser.add_argument("--misses", action="store_true", help="print the pages the pasted text gets wrong or misses")
    parser.add_argument("--no-html", action="store_true", help="skip the HTML path reference (faster)")
    args = parser.parse_args(argv)
    cache = args.cache.resolve()
    if cache == ROOT or ROOT in cache.parents:
        parser.error("--cache must be outside the repository (third-party text stays out of it)")

    started = time.perf_counter()
    pages, rendered = load_pages(cache, every=args.every)
    render_seconds = time.perf_counter() - started
    misses: list = []
    started = time.perf_counter()
    ours = evaluate_pasted(pages, rendered, misses)
    pasted_seconds = time.perf_counter() - started
    html_path, html_seconds = None, 0.0
    if not args.no_html:
        started = time.perf_counter()
        html_path = date_bench.evaluate_newsprism(pages)
        html_seconds = time.perf_counter() - started
    if args.misses:
        for outcome, url, gold, published in misses:
            page = next(p for p in pages if p.url == url)
            print(outcome, gold, published, page_id(page), url, sep="\t", file=sys.stderr)
    result = {
        "benchmark": "htmldate-eval (adbar/htmldate evaluation pages), English-language pages, as pasted page text",
        "rendering": pasted.RENDERING,
        "selection": f"py3langid on the pasted text says {LANGUAGE!r}",
        "metric": "day-level: right / wrong / none against the gold day; P = right/(right+wrong), "
                  "R = right/(right+none)",
        "fetched_at": date_bench.FETCHED_AT,
        "newsprism_pasted_text": ours,
        "html_path": html_path,
        "seconds": {"render_and_select": round(render_seconds, 1), "pasted_text": round(pasted_seconds, 1),
                    "html_path": round(html_seconds, 1)},
        "python": platform.python_version(),
        "command": ".venv/bin/python benchmarks/pasted_text_dates.py",
    }
    if args.every == 1 and not args.no_html:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
