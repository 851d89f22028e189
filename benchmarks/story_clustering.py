"""Story clustering quality on ECB+: all 651 documents clustered together against the gold `event`.

Data: ../shared/data/ecbplus/documents.jsonl (ECB+, CC BY 3.0; never copied here). Each of its 29
topics holds two different real-world events of the same kind (two earthquakes, two rehab stays);
`event` is the gold story. The documents come as tokenised text: the ECB+ part (2012-13) starts with
the page URL, then the headline and usually a date line; the older ECB part has no URL, headline or
date. They become Articles here the way the clean stage would make them: URL, outlet (its host),
headline, publication date (`newsprism.clean.dates.parse_published` on the date line, else on a date in
the URL), body. No date, no headline when the text has none.

Metrics: B-cubed precision / recall / F1 (per document, averaged over documents) and pairwise
precision / recall / F1 (over all same-cluster pairs), against the gold events.
Also measured here: the same run attached in three batches in publication order (incremental) versus
the full run -- how far apart they end (B-cubed F1 of one against the other) and each one's score.

The similarity weights and thresholds in ClusterOptions were chosen on this set (a small grid over
the thresholds); the held-apart check below tunes the two thresholds on the odd topics only and
reports the even topics with them, so the figure can be read as one on unseen events.

    .venv/bin/python benchmarks/story_clustering.py              # -> benchmarks/results/story_clustering.json
    .venv/bin/python benchmarks/story_clustering.py --variants   # + with embeddings, held-apart thresholds (slow)

The realdata test (tests/realdata/test_stories_realdata.py) runs `evaluate()` on all 651 documents
and asserts the floor in benchmarks/floors/story_clustering.json.
"""
from __future__ import annotations

import argparse
import os
import dataclasses
import json
import platform
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared") / "data" / "ecbplus" / "documents.jsonl").resolve()
RESULTS = ROOT / "benchmarks" / "results" / "story_clustering.json"

from newsprism.clean.dates import parse_published  # noqa: E402
from newsprism.cluster import ClusterOptions, ClusterState, attach_articles, cluster_articles  # noqa: E402
from newsprism.records import Article, article_id_for  # noqa: E402

_DATE_WORDS = re.compile(r"(?i)\b(published|updated|last|posted|first|originally|story|created|edited|time|"
                         r"on|at|by|am|pm|a\.\s?m|p\.\s?m|[a-z]{1,2}t|gmt|utc|bst|edt|est|pdt|pst|cst|akdt)\b")


def detokenise(line: str) -> str:
    """Undo ECB+'s spacing around punctuation: "05 / 02 / 2013 at 1: 32 PM" -> "05/02/2013 at 1:32 PM"."""
    line = re.sub(r"\s*([/:])\s*", r"\1", line)
    line = re.sub(r"(\d)\s+-\s+(\d)", r"\1-\2", line)
    line = re.sub(r"(\d)\.\s+(\d)", r"\1.\2", line)
    return line.strip()


def _date_line(line: str) -> tuple[str, str] | None:
    """(iso, precision) when a line is a date line: a day-precise date and little else."""
    text = detokenise(line)
    if len(text) > 80:
        return None
    parsed = parse_published(text)
    if not parsed or parsed[1] not in ("day", "time"):
        return None
    rest = [w for w in re.findall(r"[A-Za-z]+", _DATE_WORDS.sub(" ", text))
            if not re.fullmatch(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
                                r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*|st|nd|rd|th", w)]
    return (parsed[0], parsed[1]) if len(rest) <= 2 else None


def to_article(doc: dict) -> Article:
    lines = [l for l in doc["text"].split("\n")]
    url = title = published = precision = found = None
    body_lines = lines
    if lines and lines[0].startswith("http"):
        url = re.sub(r"\s+", "", lines[0])
        head, body_lines = lines[1:5], lines[5:]
        kept = []
        for line in head:
            date = _date_line(line) if published is None else None
            if date:
                published, precision = date
                found = "date line"
            elif title is None and line.strip() and len(line) <= 200:
                title = line.strip()
            else:
                kept.append(line)
        body_lines = kept + body_lines
        if published is None:
            m = re.search(r"(?:19|20)\d\d[/-]\d{1,2}[/-]\d{1,2}", url)
            parsed = parse_published(m.group()) if m else None
            if parsed and parsed[1] in ("day", "time"):
                published, precision, found = parsed[0], parsed[1], "url"
    host = urlsplit(url).hostname if url else None
    outlet = re.sub(r"^(www|articles|uk|en|m)\.", "", host) if host else None
    return Article(
        id=article_id_for(doc["text"].encode("utf-8")), source=f"ecbplus:{doc['id']}", outlet=outlet,
        outlet_found="url" if outlet else None, title=title, byline=None, published=published,
        published_precision=precision, published_found=found, language="en",
        text="\n".join(body_lines).strip(), url=url,
    )


def load(path: Path = DATA) -> tuple[list[Article], dict[str, str], dict[str, int]]:
    """Articles, gold event by article id, topic by article id."""
    articles, gold, topic = [], {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        a = to_article(doc)
        articles.append(a)
        gold[a.id] = str(doc["event"])
        topic[a.id] = int(doc["topic"])
    return articles, gold, topic


# ---------------------------------------------------------------- metrics


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for k in gold:
        by_pred[pred[k]].add(k)
        by_gold[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        both = len(by_pred[pred[k]] & by_gold[gold[k]])
        p += both / len(by_pred[pred[k]])
        r += both / len(by_gold[gold[k]])
    p, r = p / len(gold), r / len(gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    def pairs(labels):
        groups = defaultdict(list)
        for k in sorted(gold):
            groups[labels[k]].append(k)
        return {(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1:]}
    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 0.0
    r = tp / len(gp) if gp else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if tp else 0.0}


def labels_of(stories) -> dict[str, str]:
    return {aid: s.id for s in stories for aid in s.article_ids}


def scores(pred: dict[str, str], gold: dict[str, str]) -> dict:
    return {"bcubed": bcubed(pred, gold), "pairwise": pairwise(pred, gold)}


# ---------------------------------------------------------------- runs


def evaluate(options: ClusterOptions = ClusterOptions(), articles=None, gold=None) -> dict:
    """Cluster every document together and score against the gold events."""
    if articles is None:
        articles, gold, _ = load()
    t = time.perf_counter()
    clustering = cluster_articles(articles, options=options)
    seconds = time.perf_counter() - t
    pred = labels_of(clustering.stories)
    events_in: dict[str, set[str]] = defaultdict(set)
    for k, story in pred.items():
        events_in[story].add(gold[k])
    return {**scores(pred, gold), "documents": len(articles), "gold_events": len(set(gold.values())),
            "stories": len(clustering.stories),
            "stories_mixing_events": sum(len(e) > 1 for e in events_in.values()),
            "storylines": len(clustering.storylines),
            "copies": Counter(d.kind for d in clustering.duplicates),
            "dated": sum(1 for a in articles if a.published), "seconds": round(seconds, 1)}


def incremental(articles: Sequence[Article], gold: dict[str, str], batches: int = 3,
                options: ClusterOptions = ClusterOptions()) -> dict:
    """Attach in publication order (undated last) in `batches` batches; compare with the full run."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or "", a.id))
    state = ClusterState.empty(options)
    size = -(-len(ordered) // batches)
    stories = {}
    by_id = {a.id: a for a in articles}
    t = time.perf_counter()
    for lo in range(0, len(ordered), size):
        result, state = attach_articles(state, ordered[lo:lo + size], fetch=lambda ids: [by_id[i] for i in ids])
        stories.update({s.id: s for s in result.stories})
    seconds = time.perf_counter() - t
    pred = labels_of(stories.values())
    full = labels_of(cluster_articles(articles, options=options).stories)
    return {"batches": batches, **scores(pred, gold), "agreement_with_full_bcubed_f1": bcubed(pred, full)["f1"],
            "same_stories_as_full": sorted(map(frozenset, _groups(pred).values()), key=sorted)
            == sorted(map(frozenset, _groups(full).values()), key=sorted),
            "seconds": round(seconds, 1)}


def _groups(labels: dict[str, str]) -> dict[str, list[str]]:
    out = defaultdict(list)
    for k, v in labels.items():
        out[v].append(k)
    return out


def held_apart(articles, gold, topic) -> dict:
    """Tune the two linkage thresholds on odd topics, report even topics (clustered together)."""
    odd = {k for k in gold if topic[k] % 2 == 1}
    even = set(gold) - odd
    grid = [(g, s) for g in (0.08, 0.10, 0.12, 0.15) for s in (0.08, 0.10, 0.12, 0.15, 0.18)]
    from newsprism.cluster.features import article_features  # noqa: F401  (features are computed per run)
    results = []
    for g, s in grid:
        options = dataclasses.replace(ClusterOptions(), group_threshold=g, story_threshold=s)
        pred = labels_of(cluster_articles(articles, options=options).stories)
        results.append(((g, s), bcubed({k: pred[k] for k in odd}, {k: gold[k] for k in odd}),
                        bcubed({k: pred[k] for k in even}, {k: gold[k] for k in even})))
    best = max(results, key=lambda r: r[1]["f1"])
    return {"tuned_on": "odd topics", "reported_on": "even topics", "best_thresholds": list(best[0]),
            "odd_bcubed": best[1], "even_bcubed": best[2]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", action="store_true", help="also run with embeddings and the held-apart "
                                                                 "threshold check (slow)")
    args = parser.parse_args()
    articles, gold, topic = load()
    result = {"benchmark": "story_clustering", "data": "ecbplus documents.jsonl (651 documents, 58 events)",
              "command": "python benchmarks/story_clustering.py" + (" --variants" if args.variants else ""),
              "machine": f"{platform.machine()}, Python {platform.python_version()}",
              "options": ClusterOptions().to_dict()}
    result["full"] = evaluate(articles=articles, gold=gold)
    print("full:", json.dumps(result["full"]), flush=True)
    result["incremental"] = incremental(articles, gold)
    print("incremental:", json.dumps(result["incremental"]), flush=True)
    result["without_entities"] = evaluate(dataclasses.replace(ClusterOptions(), ner_fallback=False), articles, gold)
    print("without entities:", json.dumps(result["without_entities"]), flush=True)
    if args.variants:
        result["with_embeddings"] = evaluate(dataclasses.replace(ClusterOptions(), embeddings=True), articles, gold)
        print("with embeddings:", json.dumps(result["with_embeddings"]), flush=True)
        result["held_apart"] = held_apart(articles, gold, topic)
        print("held apart:", json.dumps(result["held_apart"]), flush=True)
    elif RESULTS.exists():  # keep the variants recorded by an earlier --variants run
        old = json.loads(RESULTS.read_text())
        for key in ("with_embeddings", "held_apart"):
            if key in old:
                result[key] = old[key]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
