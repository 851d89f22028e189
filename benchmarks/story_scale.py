"""Story clustering at scale: time and peak memory at 1k, 10k and 100k articles, and attaching 1,000
new articles to a 100k state -- with the growth exponent measured in the same run.

The articles are synthesised from ECB+ (../shared/data/ecbplus, CC BY 3.0; nothing copied here) by
recombining sentences: each synthetic story is one gold event placed at a date (spread over ten
years); its articles draw 8-20 sentences from that event's documents, in a random order, each word
kept with probability 0.8 (so two articles rarely share a long run of words by accident), with a
date within three days of the story's; 3% of the articles are wire copies of an earlier article of
their story (a new first line, then its text). So the corpus has real news vocabulary, many stories
of the same kind, and real copies to find.

Each size runs in a fresh process (peak RSS is the process's maximum resident set). The per-chunk work
(features and passage MinHashes of 2,000 articles at a time, then the word alignment of copy
candidates) runs in `--workers` worker processes (default: the number of CPUs); CPU seconds are
reported for this process and for its workers (RUSAGE_CHILDREN, read after the pool is waited for),
with the 1-minute load average at start and end (the machine is shared: read wall seconds with it).
The workers' peak RSS is an upper bound: a child's maximum resident set counts, for the instant
between fork and exec, the pages it shares with this process. Entities come
from the extraction stage in the pipeline; here the spaCy NER fallback is off (it is per article and
linear, about 10-30 ms each on this machine, and would hide what this benchmark measures: the
clustering itself). Everything else is the real code path: features, MinHash/LSH copies and their
word alignment, candidate pairs, both linkage levels, story records and storylines.

The attach is measured twice. In memory, right after clustering (the state and its LSH index still
in the process). And on the path of `newsprism ingest` (row `store_attach`): the state of the largest
size is saved into a real SQLite store file (`ClusterState.save`, as runners/local.py does: `store`),
then a fresh process loads it (`load`), makes its datasketch LSH index over every kept passage only with
`--full-index` (`lsh_index`; the attach itself matches the kept passages against a small index of the
new ones), attaches the same 1,000 articles (`attach`) and saves the state again
(`save`: incremental, only the new rows and the story-level head). `same_as_in_memory`: the stories,
storylines and copies of both attaches and the states after them (topic groups, stories, similarity
sums, storyline links) hash the same.

    .venv/bin/python benchmarks/story_scale.py                  # 1k, 10k, 100k + attach 1,000 to 100k
    .venv/bin/python benchmarks/story_scale.py --sizes 1000 10000
    .venv/bin/python benchmarks/story_scale.py --one 30000 --attach 0 --workers 1   # one size, one process
    .venv/bin/python benchmarks/story_scale.py --one 30000 --workers 1   # one size + both attaches (~40 s)
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import json
import math
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
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


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


class Clock:
    """Wall seconds, CPU seconds of this process and of its finished children (the worker processes,
    waited for when their pool closes), and the 1-minute load average at start and end."""

    def __init__(self):
        self.t, self.cpu, self.child = time.perf_counter(), _cpu(), _cpu(resource.RUSAGE_CHILDREN)
        self.load = os.getloadavg()[0]

    def read(self) -> dict:
        parent, workers = _cpu() - self.cpu, _cpu(resource.RUSAGE_CHILDREN) - self.child
        return {"seconds": round(time.perf_counter() - self.t, 2), "cpu_seconds": round(parent + workers, 2),
                "cpu_parent": round(parent, 2), "cpu_workers": round(workers, 2),
                "load_average": [round(self.load, 2), round(os.getloadavg()[0], 2)]}


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def one(n: int, attach: int, workers: int | None = None) -> dict:
    """Run in a fresh process: cluster n articles (and attach `attach` more); report time and peak RSS."""
    from newsprism.cluster import ClusterOptions, attach_articles, cluster_with_state
    from newsprism.cluster.workers import default_workers

    workers = default_workers() if workers is None else workers
    options = ClusterOptions(ner_fallback=False)
    articles = synthesise(n)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    clock = Clock()
    clustering, state = cluster_with_state(articles, options=options, workers=workers)
    out = {"articles": n, "workers": workers, **clock.read(), "stories": len(state.story_ids),
           "storylines": len({s for s in state.storyline_of if s}), "copies": len(clustering.duplicates),
           "peak_rss_mb": _rss_mb(), "peak_worker_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN),
           "input_rss_mb": round(base_rss / 1024, 1)}
    if attach:
        store_file = Path(tempfile.mkdtemp(prefix="story_scale_")) / "store.db"
        saved = save_state(store_file, state)
        # the newest news: 1,000 articles dated after everything in the store
        new = synthesise(attach, seed=2, start=date(2025, 1, 1), days=60, prefix="n")
        by_id = {a.id: a for a in articles}
        clock = Clock()
        result, state = attach_articles(state, new, fetch=lambda ids: [by_id[i] for i in ids], workers=workers)
        out["attach"] = {"new_articles": attach, **clock.read(), "stories_changed": len(result.stories),
                         "copies": len(result.duplicates), "peak_rss_mb": _rss_mb()}
        out["attach"]["digest"] = _digest(result, state)
        # the real path of `newsprism ingest`: the state kept in a SQLite store file, then a fresh process
        # loads it, attaches the same 1,000 articles and saves it again
        out["store"] = {"save_full": saved, "bytes_mb": round(store_file.stat().st_size / 2**20, 1)}
        extra = ["--workers", str(workers)]
        proc = subprocess.run([sys.executable, __file__, "--store-attach", str(store_file), "--one", str(n),
                               "--attach", str(attach), *extra], capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"--store-attach failed:\n{proc.stderr}")
        real = json.loads(proc.stdout.strip().splitlines()[-1])
        real["same_as_in_memory"] = real.pop("digest") == out["attach"].pop("digest")
        out["store_attach"] = real
        shutil.rmtree(store_file.parent, ignore_errors=True)
    return out


def _digest(result, state) -> str:
    """What must not depend on whether the state went through a store: the stories and storylines the
    attach changed, its copies, and every article's topic group, story and similarity sum after it."""
    h = hashlib.sha1()
    for part in (result.stories, result.storylines, result.duplicates, result.replaced_storylines,
                 result.unaligned, state.story_ids, state.storyline_of):
        h.update(repr(part).encode())
    for a in (state.group, state.story, state.sim_sum, state.links):
        h.update(a.tobytes())
    return h.hexdigest()


def save_state(store_file: Path, state) -> dict:
    """Keep the state in a store file as `newsprism ingest` does (runners/local.py); timed."""
    from newsprism.runners.local import CLUSTER_STATE
    from newsprism.store import Store

    clock = Clock()
    with Store(store_file) as store:
        state.save(store, CLUSTER_STATE)
    return clock.read()


def load_state(store_file: Path):
    from newsprism.cluster import ClusterState
    from newsprism.runners.local import CLUSTER_STATE
    from newsprism.store import Store

    with Store(store_file) as store:
        return ClusterState.load(store, CLUSTER_STATE)


# read in the fresh process of the store row; set by --full-index
FULL_INDEX = os.environ.get("STORY_SCALE_FULL_INDEX") == "1"


def store_attach(store_file: Path, n: int, attach: int, workers: int) -> dict:
    """In a fresh process: load the state of n articles from the store, attach `attach` new articles
    (the LSH index is made on first use, as after any load) and save the state again; each step timed."""
    from newsprism.cluster import attach_articles

    articles = synthesise(n)  # the stored articles, for aligning copies (not timed: the store reads them)
    new = synthesise(attach, seed=2, start=date(2025, 1, 1), days=60, prefix="n")
    by_id = {a.id: a for a in articles}
    clock = Clock()
    state = load_state(store_file)
    load = clock.read()
    clock = Clock()
    # the attach no longer makes the LSH index of every kept passage (it looks the kept passages up in a
    # small index of the new ones); `--full-index` makes it first, as before, to compare
    if FULL_INDEX:
        state.copy_index()
    index = clock.read()
    clock = Clock()
    result, state = attach_articles(state, new, fetch=lambda ids: [by_id[i] for i in ids], workers=workers)
    attached = clock.read()
    save = save_state(store_file, state)
    total = {k: round(load[k] + index[k] + attached[k] + save[k], 2) for k in ("seconds", "cpu_seconds")}
    return {"new_articles": attach, "load": load, "lsh_index": index, "attach": attached, "save": save,
            "total": total,
            "stories_changed": len(result.stories), "copies": len(result.duplicates),
            "bytes_mb": round(store_file.stat().st_size / 2**20, 1), "peak_rss_mb": _rss_mb(),
            "digest": _digest(result, state)}


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
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes for the per-chunk work (default: NEWSPRISM_CLUSTER_WORKERS or the "
                             "number of CPUs; 1 = all in one process)")
    parser.add_argument("--one", type=int, help="run one size in this process and print its figures")
    parser.add_argument("--full-index", action="store_true",
                        help="store row: make the LSH index of every kept passage before attaching (the old path)")
    parser.add_argument("--store-attach", type=Path, help=argparse.SUPPRESS)  # the fresh process of the store row
    args = parser.parse_args()
    if args.full_index:
        os.environ["STORY_SCALE_FULL_INDEX"] = "1"  # for the fresh process of the store row
    if args.store_attach:
        from newsprism.cluster.workers import default_workers

        workers = default_workers() if args.workers is None else args.workers
        print(json.dumps(store_attach(args.store_attach, args.one, args.attach, workers)))
        return 0
    if args.one:
        print(json.dumps(one(args.one, args.attach, args.workers)))
        return 0
    runs = []
    for n in args.sizes:
        attach = args.attach if n == max(args.sizes) else 0
        extra = ["--workers", str(args.workers)] if args.workers is not None else []
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--attach", str(attach), *extra],
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(json.dumps(runs[-1]), flush=True)
    growth = growth_of(runs)
    from newsprism.cluster import ClusterOptions

    result = {"benchmark": "story_scale", "command": "python benchmarks/story_scale.py "
              + " ".join(["--sizes", *map(str, args.sizes), "--attach", str(args.attach),
                          *(["--workers", str(args.workers)] if args.workers is not None else [])]),
              "data": "synthesised from ecbplus documents.jsonl by recombining sentences of each gold event",
              "machine": f"{platform.machine()}, Python {platform.python_version()}, 2 cores (shared)",
              "options": dataclasses.asdict(ClusterOptions(ner_fallback=False)),
              "runs": runs, "growth": growth,
              "targets": {"100k_seconds": 120, "100k_peak_rss_mb": 4096, "attach_1000_seconds": 10,
                          "store_attach_1000_seconds": 10}}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(growth))
    return 0


if __name__ == "__main__":
    sys.exit(main())
