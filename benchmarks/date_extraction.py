"""Published-date extraction on real web pages: newsprism's clean stage beside bare htmldate, same run.

Data: ../shared/data/htmldate-eval (470 real pages, news and blogs in many languages, with their
publication day, from adbar/htmldate's evaluation set). Never copied into this repository.

Each page goes the way a user's file goes: `read_inputs` (encoding detection) then `clean_document`,
with the page's URL as the container hint (as a WARC record or a JSONL line gives it). The date
newsprism states is compared at day level with the gold day:
- right (TP): the stated day equals the gold day;
- wrong (FP): a day is stated and differs, or only a month / year is stated that the gold day is not in;
- none (FN): no date stated. A month or year that agrees with the gold day also counts as none found
  at day level (it is not wrong, but it does not give the day).
Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean; htmldate's own
evaluation counts the same way. "No date is better than a wrong date": precision is the figure that
matters most, so it is reported beside F1.

Baselines on the same pages in the same run: `htmldate.find_date(bytes, url=url)` with its defaults
(extensive search, the published figures' "extensive" mode) and with `extensive_search=False` ("fast").

    .venv/bin/python benchmarks/date_extraction.py             # → benchmarks/results/date_extraction.json
    .venv/bin/python benchmarks/date_extraction.py --limit 60  # a quick look at the first 60 pages

The realdata test (tests/realdata/test_clean_realdata.py) runs `evaluate_newsprism` on a fixed subset
(every 3rd page in URL order, 157 pages) and asserts the floor in benchmarks/floors/date_extraction.json;
`--every 3` prints the subset's figures.
"""
from __future__ import annotations

import argparse
import os
import dataclasses
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared") / "data" / "htmldate-eval").resolve()
RESULTS = ROOT / "benchmarks" / "results" / "date_extraction.json"
# A fixed fetch time, after every page of the set was collected, so runs are deterministic; dates
# later than the fetch are implausible for both newsprism and htmldate (max_date).
FETCHED_AT = "2025-01-01T00:00:00Z"


@dataclasses.dataclass(frozen=True)
class Page:
    url: str
    path: Path
    gold: str  # YYYY-MM-DD


def load_pages(every: int = 1) -> list[Page]:
    """The pages in URL order; `every` > 1 keeps a fixed subset (every n-th page)."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [Page(url, DATA / "html" / entry["file"], entry["date"]) for url, entry in sorted(truth.items())]
    return pages[::every]


def newsprism_date(page: Page) -> tuple[str | None, str | None]:
    """(published, precision) newsprism states for a page; (None, None) when refused or undated."""
    from newsprism.clean import clean_document
    from newsprism.errors import NewsprismError
    from newsprism.ingest import read_inputs
    from newsprism.records import RawDocument, SourceHints

    items = list(read_inputs([str(page.path)]))
    if len(items) != 1 or not isinstance(items[0], RawDocument):
        return None, None
    raw = dataclasses.replace(items[0], fetched_at=FETCHED_AT, hints=SourceHints(url=page.url))
    try:
        article = clean_document(raw)
    except NewsprismError:
        return None, None
    return article.published, article.published_precision


def htmldate_date(page: Page, extensive: bool = True) -> tuple[str | None, str | None]:
    import gzip

    from htmldate import find_date

    found = find_date(gzip.decompress(page.path.read_bytes()), url=page.url, extensive_search=extensive,
                      max_date=FETCHED_AT[:10])
    return (found, "day") if found else (None, None)


def judge(gold: str, published: str | None, precision: str | None) -> str:
    """'tp', 'fp' or 'fn' at day level."""
    if not published:
        return "fn"
    if precision in ("day", "time"):
        return "tp" if published[:10] == gold else "fp"
    return "fn" if gold.startswith(published) else "fp"  # a right month / year: not wrong, but no day


def score(outcomes: list[str]) -> dict[str, float]:
    tp, fp, fn = (outcomes.count(k) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "right": tp, "wrong": fp, "none": fn, "pages": len(outcomes)}


def evaluate(extract: Callable[[Page], tuple[str | None, str | None]], pages: list[Page],
             misses: list | None = None) -> dict[str, float]:
    outcomes = []
    for page in pages:
        published, precision = extract(page)
        outcome = judge(page.gold, published, precision)
        outcomes.append(outcome)
        if misses is not None and outcome != "tp":
            misses.append((outcome, page.url, page.gold, published))
    return score(outcomes)


def evaluate_newsprism(pages: list[Page], misses: list | None = None) -> dict[str, float]:
    return evaluate(newsprism_date, pages, misses)


def main() -> int:
    import htmldate

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (not recorded)")
    parser.add_argument("--every", type=int, default=1, help="only every n-th page, as the CI floor test (not recorded)")
    parser.add_argument("--misses", action="store_true", help="print the pages newsprism gets wrong or misses")
    args = parser.parse_args()
    pages = load_pages(every=args.every)
    if args.limit:
        pages = pages[:args.limit]
    misses: list = []
    timings = {}
    started = time.process_time()
    ours = evaluate_newsprism(pages, misses)
    timings["newsprism"] = time.process_time() - started
    started = time.process_time()
    extensive = evaluate(htmldate_date, pages)
    timings["htmldate_extensive"] = time.process_time() - started
    started = time.process_time()
    fast = evaluate(lambda page: htmldate_date(page, extensive=False), pages)
    timings["htmldate_fast"] = time.process_time() - started
    result = {
        "benchmark": "htmldate-eval (adbar/htmldate evaluation pages), ../shared/data/htmldate-eval",
        "metric": "day-level: right / wrong / none against the gold day; P = right/(right+wrong), "
                  "R = right/(right+none)",
        "fetched_at": FETCHED_AT,
        "newsprism": ours,
        "htmldate_bare_extensive": extensive,
        "htmldate_bare_fast": fast,
        "f1_difference_vs_extensive": round(ours["f1"] - extensive["f1"], 4),
        "precision_difference_vs_extensive": round(ours["precision"] - extensive["precision"], 4),
        "cpu_seconds": {k: round(v, 1) for k, v in timings.items()},
        "htmldate_version": htmldate.__version__ if hasattr(htmldate, "__version__") else None,
        "python": platform.python_version(),
        "command": ".venv/bin/python benchmarks/date_extraction.py",
    }
    if args.misses:
        for miss in misses:
            print(*miss, sep="\t", file=sys.stderr)
    if not args.limit and args.every == 1:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
