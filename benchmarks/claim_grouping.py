"""Claim grouping on real multi-outlet stories: do the cross-check's groups hold one fact each?

Data: four ECB+ stories (../shared/data/ecbplus/documents.jsonl, CC BY 3.0; never copied here): a bank
bombing (topic 8, 8 articles), a supermarket fire (14, 10), earthquakes in West Papua (37, 7) and the
shelling of a UN school in Gaza (41, 9) -- each one real event told by several outlets. Gold
(`benchmarks/data/claim_facts_ecbplus.tsv`, our own annotation, no text): every claim sentence the
extractor gave when the gold was made, as word positions in its document, with the ids of the facts
it states. Two sentences of different articles "state the same fact" when they share an id (the same
event, figure or statement, worded differently or with different numbers: a contested fact is one
fact). Different incidents of one story (two strikes on two schools, this quake and the one of 2002)
are different facts. Read by one annotator, sentence by sentence, with the articles at hand.

Each story's articles become Articles the way story_clustering.py makes them, then run through
extraction and the cross-check as one story (story clustering is measured apart). Each claim group's
evidence spans are mapped to the gold sentences they overlap, and every pair of gold sentences from
different articles that a group puts together is scored:

- pair precision: share of the grouped cross-article sentence pairs that state the same fact;
- pair recall: share of the gold cross-article pairs stating the same fact that some group holds;
- group purity: share of the contested groups, and of the corroborated ones, in which one fact is
  stated by every sentence the group holds (a contest between two different facts is a false alarm;
  a corroboration mixing facts overstates the evidence).

    .venv/bin/python benchmarks/claim_grouping.py            # -> benchmarks/results/claim_grouping.json
"""
from __future__ import annotations

import argparse
import csv
import difflib
import json
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared") / "data" / "ecbplus" / "documents.jsonl").resolve()
GOLD = ROOT / "benchmarks" / "data" / "claim_facts_ecbplus.tsv"
RESULTS = ROOT / "benchmarks" / "results" / "claim_grouping.json"
_WORD = re.compile(r"\w+")


def load_gold(path: Path = GOLD) -> dict[str, list[tuple[int, int, frozenset[str]]]]:
    """document id -> [(first word, end word, fact ids)]; fact ids are made unique per topic."""
    gold: dict[str, list] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            topic = row["doc"].split("_")[0]
            facts = frozenset(f"{topic}:{f}" for f in row["facts"].split())
            gold[row["doc"]].append((int(row["word_start"]), int(row["word_end"]), facts))
    return gold


def word_starts(text: str) -> list[int]:
    return [m.start() for m in _WORD.finditer(text)]


def sentence_of(starts: list[int], sentences, start: int, end: int) -> list[int]:
    """Indices of the gold sentences a character span overlaps (by the words it holds)."""
    words = [k for k, s in enumerate(starts) if start <= s < end]
    if not words:
        return []
    lo, hi = words[0], words[-1] + 1
    return [k for k, (a, b, _) in enumerate(sentences) if a < hi and lo < b]


_EXTRACTED: dict[tuple[str, ...], tuple] = {}  # a sweep over cross-check settings extracts each story once


def story_groups(docs: list[dict]):
    """The cross-check of one story: (articles by id, claim groups)."""
    from newsprism.cluster import find_duplicates
    from newsprism.crosscheck import crosscheck_story
    from newsprism.extract import extract_articles
    from newsprism.records import Story
    from story_clustering import to_article

    key = tuple(d["id"] for d in docs)
    if key not in _EXTRACTED:
        articles = [to_article(d) for d in docs]
        _EXTRACTED[key] = (articles, extract_articles(articles))
    articles, extractions = _EXTRACTED[key]
    story = Story(id=f"story_{docs[0]['topic']}", title="", article_ids=tuple(a.id for a in articles))
    checked = crosscheck_story(story, articles, extractions, find_duplicates(articles))
    return {a.id: a for a in articles}, checked.claim_groups


def score_story(docs, gold, tally: dict) -> None:
    by_id, groups = story_groups(docs)
    doc_of = {a.id: d["id"] for a, d in zip(by_id.values(), docs)}
    starts = {aid: word_starts(a.text) for aid, a in by_id.items()}
    # gold sentences of every document, keyed (doc, index)
    facts = {(doc, k): f for doc in doc_of.values() for k, (_, _, f) in enumerate(gold.get(doc, []))}
    same = {(a, b) for a in facts for b in facts if a < b and a[0] != b[0] and facts[a] & facts[b]}
    grouped: set[tuple] = set()
    for g in groups:
        members = sorted({(doc_of[s.article_id], k) for s in g.evidence
                          for k in sentence_of(starts[s.article_id], gold.get(doc_of[s.article_id], []), s.start, s.end)})
        pairs = {(a, b) for i, a in enumerate(members) for b in members[i + 1:] if a[0] != b[0]}
        grouped |= pairs
        # a group is pure when one fact is stated by every sentence it holds
        member_facts = [facts[m] for m in members]
        pure = bool(member_facts) and bool(frozenset.intersection(*member_facts))
        if g.status in ("contested", "corroborated"):
            tally[g.status] += 1
            tally[f"{g.status}_pure"] += pure
    tally["grouped_pairs"] += len(grouped)
    tally["grouped_pairs_right"] += len(grouped & same)
    tally["gold_pairs"] += len(same)


def evaluate() -> dict:
    gold = load_gold()
    docs_by_topic: dict[str, list[dict]] = defaultdict(list)
    for line in DATA.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] in gold:
            docs_by_topic[str(doc["topic"])].append(doc)
    tally: dict[str, float] = defaultdict(float)
    t = time.perf_counter()
    for topic in sorted(docs_by_topic, key=int):
        score_story(sorted(docs_by_topic[topic], key=lambda d: d["id"]), gold, tally)
    p = tally["grouped_pairs_right"] / tally["grouped_pairs"] if tally["grouped_pairs"] else 0.0
    r = tally["grouped_pairs_right"] / tally["gold_pairs"] if tally["gold_pairs"] else 0.0
    return {
        "benchmark": "claim_grouping",
        "stories": len(docs_by_topic), "documents": sum(map(len, docs_by_topic.values())),
        "gold_sentences": sum(map(len, gold.values())), "gold_same_fact_pairs": int(tally["gold_pairs"]),
        "pair_precision": round(p, 4), "pair_recall": round(r, 4),
        "pair_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "grouped_pairs": int(tally["grouped_pairs"]),
        "contested_groups": int(tally["contested"]),
        "contested_pure": round(tally["contested_pure"] / tally["contested"], 4) if tally["contested"] else None,
        "corroborated_groups": int(tally["corroborated"]),
        "corroborated_pure": round(tally["corroborated_pure"] / tally["corroborated"], 4) if tally["corroborated"] else None,
        "seconds": round(time.perf_counter() - t, 1),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args(argv)
    out = evaluate()
    print(json.dumps(out, indent=1))
    if not args.no_write:
        RESULTS.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
