"""Extraction throughput against the bare spaCy parse of the same texts, in the same run.

Run:  .venv/bin/python benchmarks/extract_speed.py [--limit N]
Writes benchmarks/results/extract_speed.json.

Texts: the PolNeAR dev articles and the seed articles (../shared, real news text). Steps timed:
- parse: `nlp.parse` over the texts (the same paragraph-by-paragraph batch extraction uses);
- extract: `extract_parsed` over those parses (entities, coreference, descriptors, quotes, claims,
  quantities, dates);
- resolve: `resolve_entities` over all the extractions.
Target (issue 3): extraction + resolution add at most 50% on top of the parse.
"""
from __future__ import annotations

import argparse
import os
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = (Path(os.environ.get("NEWSPRISM_SHARED") or REPO / ".." / "shared")).resolve()
RESULTS = HERE / "results" / "extract_speed.json"


def texts(limit: int | None = None) -> list[tuple[str, str]]:
    out = []
    for path in sorted((SHARED / "data" / "polnear" / "dev" / "text").glob("*.txt")):
        out.append((path.stem, path.read_text(encoding="utf-8")))
    for path in sorted((SHARED / "samples" / "seeds").glob("*.txt")):
        out.append((path.stem, path.read_text(encoding="utf-8")))
    return out[:limit] if limit else out


def main(argv=None) -> int:
    from newsprism import nlp
    from newsprism.extract import extract_parsed, parse_paragraphs
    from newsprism.records import Article
    from newsprism.resolve import resolve_entities

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    items = texts(args.limit)
    articles = [Article(id=f"a{n:05d}", source=name, outlet=None, outlet_found=None, title=None, byline=None,
                        published=None, published_precision=None, published_found=None, language="en", text=t)
                for n, (name, t) in enumerate(items)]
    words = sum(a.words for a in articles)
    nlp.parse(["Warm up the model."])  # loading the model is not part of either figure
    t0 = time.perf_counter()
    docs = parse_paragraphs([a.text for a in articles])
    t1 = time.perf_counter()
    extractions = extract_parsed(articles, docs)
    t2 = time.perf_counter()
    resolve_entities(articles, extractions)
    t3 = time.perf_counter()
    parse_s, extract_s, resolve_s = t1 - t0, t2 - t1, t3 - t2
    result = {
        "articles": len(articles),
        "words": words,
        "parse_seconds": round(parse_s, 2),
        "extract_seconds": round(extract_s, 2),
        "resolve_seconds": round(resolve_s, 2),
        "parse_words_per_second": round(words / parse_s),
        "parse_and_extract_words_per_second": round(words / (parse_s + extract_s + resolve_s)),
        "overhead_on_parse": round((extract_s + resolve_s) / parse_s, 3),
        "target_overhead_at_most": 0.5,
        "quotes": sum(len(e.quotes) for e in extractions),
        "claims": sum(len(e.claims) for e in extractions),
        "mentions": sum(len(e.mentions) for e in extractions),
        "command": ".venv/bin/python benchmarks/extract_speed.py" + (f" --limit {args.limit}" if args.limit else ""),
    }
    print(json.dumps(result, indent=2))
    if not args.limit:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
