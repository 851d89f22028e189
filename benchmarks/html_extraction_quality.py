"""Main-text extraction quality on real news pages: newsprism's clean stage beside bare trafilatura.

Data: ../shared/data/article-extraction-benchmark (131 real pages with the human-marked article body,
from scrapinghub/article-extraction-benchmark). Never copied into this repository.

Metric, as the benchmark's authors define it: words are runs of `\\w+`; each text becomes the multiset
of its 4-word shingles; per page, TP / FP / FN are the multiset overlap, surplus and shortfall,
normalised to sum 1; precision and recall are averaged over pages; F1 = 2PR / (P + R) of those
averages. A page where both texts are empty counts as right (P = R = 1); a page where only the
prediction is empty gets P = 0 and R = 0.

    .venv/bin/python benchmarks/html_extraction_quality.py           # → benchmarks/results/html_extraction_quality.json

The realdata test (tests/realdata/test_clean_realdata.py) runs `evaluate_newsprism` on all 131 pages
(about 20 s of CPU) and asserts the floor in benchmarks/floors/html_extraction_quality.json.
"""
from __future__ import annotations

import os
import gzip
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared") / "data" / "article-extraction-benchmark").resolve()
RESULTS = ROOT / "benchmarks" / "results" / "html_extraction_quality.json"
FETCHED_AT = "2019-12-31T00:00:00Z"  # the pages were collected in 2019; fixed for deterministic runs
_WORD = re.compile(r"\w+")


def shingles(text: str | None, n: int = 4) -> Counter:
    """The multiset of n-word shingles of a text (a text shorter than n words is one shingle)."""
    tokens = _WORD.findall(text or "")
    return Counter(" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(truth: str, prediction: str | None) -> tuple[float, float]:
    """(precision, recall) of one page from normalised TP / FP / FN."""
    gold, pred = shingles(truth), shingles(prediction)
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def aggregate(scores: Iterable[tuple[float, float]]) -> dict[str, float]:
    scores = list(scores)
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "pages": len(scores)}


def load_pages() -> list[tuple[str, str, str, str]]:
    """(id, url, html, gold body) for every page, in id order."""
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        html = gzip.decompress((DATA / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        pages.append((page_id, truth[page_id].get("url") or "", html, truth[page_id].get("articleBody") or ""))
    return pages


def newsprism_body(page_id: str, url: str, html: str) -> str:
    """The clean body newsprism keeps for a page (empty when the page is refused)."""
    from newsprism.clean import clean_document
    from newsprism.errors import NewsprismError
    from newsprism.records import RawDocument, SourceHints

    raw = RawDocument(source=f"{page_id}.html", fetched_at=FETCHED_AT, content_type="text/html",
                      data=html.encode("utf-8"), encoding="utf-8", hints=SourceHints(url=url or None))
    try:
        return clean_document(raw).text
    except NewsprismError:
        return ""


def bare_trafilatura(page_id: str, url: str, html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url or None) or ""


def evaluate(extract: Callable[[str, str, str], str], pages=None) -> dict[str, float]:
    pages = pages if pages is not None else load_pages()
    return aggregate(page_scores(gold, extract(page_id, url, html)) for page_id, url, html, gold in pages)


def evaluate_newsprism(pages=None) -> dict[str, float]:
    return evaluate(newsprism_body, pages)


def main() -> int:
    import trafilatura

    pages = load_pages()
    started = time.perf_counter()
    ours = evaluate_newsprism(pages)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    bare = evaluate(bare_trafilatura, pages)
    bare_seconds = time.perf_counter() - started
    result = {
        "benchmark": "article-extraction-benchmark (scrapinghub), pages in ../shared/data",
        "metric": "4-word shingle P/R averaged over pages, F1 of the averages",
        "newsprism": ours,
        "trafilatura_bare": bare,
        "f1_difference": round(ours["f1"] - bare["f1"], 4),
        "seconds": {"newsprism": round(ours_seconds, 1), "trafilatura_bare": round(bare_seconds, 1)},
        "trafilatura_version": trafilatura.__version__,
        "python": platform.python_version(),
        "command": ".venv/bin/python benchmarks/html_extraction_quality.py",
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
