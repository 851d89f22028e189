"""Story clustering at scale: time and peak memory at 1k, 10k and 100k articles, and attaching 1,000
new articles to a 100k state -- with the growth exponent measured in the same run.

The articles are synthesised from ECB+ (../shared/data/ecbplus, CC BY 3.0; nothing copied here) by
recombining sentences: each synthetic story is one gold event placed at a date (spread over ten
years); its articles draw 8-20 sentences from that event's documents, in a random order, each word
kept with probability 0.8 (so two articles rarely share a long run of words by accident), with a
date within three days of the story's; 3% of the articles are wire copies of an earlier article of
their story (a new first line, then its text). So the corpus has real news vocabulary, many stories
of the same kind, and real copies to find.

Each size runs in a fresh process (peak RSS is the process's maximum resident set). Entities come
from the extraction stage in the pipeline; here the spaCy NER fallback is off (it is per article and
linear, about 10-30 ms each on this machine, and would hide what this benchmark measures: the
clustering itself). Everything else is the real code path: features, MinHash/LSH copies and their
word alignment, candidate pairs, both linkage levels, story records and storylines.

    .venv/bin/python benchmarks/story_scale.py                  # 1k, 10k, 100k + attach 1,000 to 100k
    .venv/bin/python benchmarks/story_scale.py --sizes 1000 10000
"""
from __future__ import annotations

import argparse
import os
import dataclasses
import json
import math
import platform
import random
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared") / "data" / "ecbplus" / "documents.jsonl").resolve()
RESULTS = ROOT / "benchmarks" / "results" / "story_scale.json"
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def event_sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        lines = doc["text"].split("\n")
        body = " ".join(l for l in lines if not l.startswith("http"))
        out[str(doc["event"])] += [s.strip() for s in _SENT.split(body) if len(s.split()) >= 6]
    return dict(out)


def synthesise(n: int, seed: int = 1, start: date = date(2015, 1, 1), days: int = 3650,
               prefix: str = "s"):
    """n Articles in synthetic stories of 3-15 articles each."""
    from newsprism.records import Article

    rng = random.Random(seed)
    pools = event_sentences()
    events = sorted(pools)
    articles = []
    story = 0
    while len(articles) < n:
        event = rng.choice(events)
        day = start + timedelta(days=rng.randrange(days))
        pool = pools[event]
        first = len(articles)
        for _ in range(min(rng.randint(3, 15), n - len(articles))):
            aid = f"{prefix}{len(articles):07d}"
            published = (day + timedelta(days=rng.randint(0, 3))).isoformat()
            if len(articles) > first and rng.random() < 0.03:
                copied = articles[rng.randrange(first, len(articles))]
                title, text = copied.title, f"Reprinted from {copied.outlet}\n\n{copied.text}"
            else:
                sentences = [" ".join(w for w in s.split() if rng.random() < 0.8)
                             for s in rng.sample(pool, min(len(pool), rng.randint(8, 20)))]
                title = sentences[0][:150]
                text = "\n\n".join("  ".join(sentences[k:k + 3]) for k in range(1, len(sentences), 3))
            articles.append(Article(
                id=aid, source=f"synthetic:{aid}", outlet=f"outlet{rng.randrange(300)}", outlet_found="hint",
                title=title, byline=None, published=published, published_precision="day",
                published_found="hint", language="en", text=text))
        story += 1
    return articles


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def one(n: int, attach: int) -> dict:
    """Run in a fresh process: cluster n articles (and attach `attach` more); report time and peak RSS."""
    from newsprism.cluster import ClusterOptions, attach_articles, cluster_with_state

    options = ClusterOptions(ner_fallback=False)
    articles = synthesise(n)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t, cpu = time.perf_counter(), _cpu()
    clustering, state = cluster_with_state(articles, options=options)
    seconds = time.perf_counter() - t
    out = {"articles": n, "seconds": round(seconds, 2), "cpu_seconds": round(_cpu() - cpu, 2), "stories": len(state.story_ids),
           "storylines": len({s for s in state.storyline_of if s}), "copies": len(clustering.duplicates),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
           "input_rss_mb": round(base_rss / 1024, 1)}
    if attach:
        # the newest news: 1,000 articles dated after everything in the store
        new = synthesise(attach, seed=2, start=date(2025, 1, 1), days=60, prefix="n")
        by_id = {a.id: a for a in articles}
        t, cpu = time.perf_counter(), _cpu()
        result, state = attach_articles(state, new, fetch=lambda ids: [by_id[i] for i in ids])
        out["attach"] = {"new_articles": attach, "seconds": round(time.perf_counter() - t, 2),
                         "cpu_seconds": round(_cpu() - cpu, 2), "stories_changed": len(result.stories), "copies": len(result.duplicates),
                         "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        t = time.perf_counter()
        blob = state.to_bytes()
        out["state"] = {"bytes_mb": round(len(blob) / 2**20, 1), "save_seconds": round(time.perf_counter() - t, 2)}
    return out


def growth_of(runs: list[dict]) -> list[dict]:
    """Ratios between consecutive sizes and the exponent k in cost ~ n^k. CPU seconds (user + system
    of the process) are the figure to read on a shared machine; wall seconds depend on the load."""
    out = []
    for a, b in zip(runs, runs[1:]):
        scale = math.log(b["articles"] / a["articles"])
        out.append({"from": a["articles"], "to": b["articles"],
                    "cpu_ratio": round(b["cpu_seconds"] / a["cpu_seconds"], 2),
                    "cpu_exponent": round(math.log(b["cpu_seconds"] / a["cpu_seconds"]) / scale, 2),
                    "wall_ratio": round(b["seconds"] / a["seconds"], 2),
                    "wall_exponent": round(math.log(b["seconds"] / a["seconds"]) / scale, 2),
                    "memory_ratio": round(b["peak_rss_mb"] / a["peak_rss_mb"], 2),
                    "memory_exponent": round(math.log(b["peak_rss_mb"] / a["peak_rss_mb"]) / scale, 2)})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--attach", type=int, default=1000, help="new articles attached to the largest size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.attach)))
        return 0
    runs = []
    for n in args.sizes:
        attach = args.attach if n == max(args.sizes) else 0
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--attach", str(attach)],
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]), flush=True)
    growth = growth_of(runs)
    from newsprism.cluster import ClusterOptions

    result = {"benchmark": "story_scale", "command": "python benchmarks/story_scale.py "
              + " ".join(["--sizes", *map(str, args.sizes), "--attach", str(args.attach)]),
              "data": "synthesised from ecbplus documents.jsonl by recombining sentences of each gold event",
              "machine": f"{platform.machine()}, Python {platform.python_version()}, 2 cores (shared)",
              "options": dataclasses.asdict(ClusterOptions(ner_fallback=False)),
              "runs": runs, "growth": growth,
              "targets": {"100k_seconds": 120, "100k_peak_rss_mb": 4096, "attach_1000_seconds": 10}}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(growth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
