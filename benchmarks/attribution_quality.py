"""Attribution quality on PolNeAR (../shared/data/polnear): who said what, scored against the annotation.

Run:  .venv/bin/python benchmarks/attribution_quality.py [--split dev] [--limit N]
Writes benchmarks/results/attribution_quality.json.

What is compared
- Gold: every brat `E` attribution with its Content (all fragments, also `Content2`), Cue and Source spans.
- Predicted: `extract_articles` quotes of kind direct / indirect (scare quotes are not attributions),
  grouped by their cue span into one attribution (a quote split around "he said" is one attribution,
  as in PolNeAR); the source is the quote's `speaker_span` (the source as written: "he", "the source").
- Words are `\\w+` runs; a span is the set of word positions it covers (so spans differing only in
  punctuation, quote marks or spaces are equal).

Metrics
- content exact: an attribution's content word set equals a gold one's (precision over predictions,
  recall over gold).
- content overlap (BBC citron style, token overlap): each predicted attribution is credited with the
  words it shares with its best-overlapping gold attribution, each gold one with its best prediction;
  P = credited predicted words / predicted words, R = credited gold words / gold words.
- source exact / overlap: over attributions whose content overlaps (the same attribution), the source
  word sets are equal (exact) or share words (overlap); P over predictions with a source, R over gold
  attributions with a source. This is the headline source figure.
- source exact, citron style (a second, labelled figure): as BBC citron's evaluate script scores sources
  (citron/metrics.py): an attribution is right when one on the other side has an overlapping cue and the
  same source word set, content aside; P over all predicted attributions, R over all gold ones.
Documents with several annotators: each annotator's file is scored and weighted 1/k, so every
document counts once.

The rules were written looking at the seeds and at PolNeAR's train/ split, and the attribution model
(extract/attribution_model.py) is fitted on train/ only (benchmarks/fit_attribution_model.py); figures
are reported on dev/.
"""
from __future__ import annotations

import argparse
import os
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or REPO / ".." / "shared") / "data" / "polnear").resolve()
RESULTS = HERE / "results" / "attribution_quality.json"
_WORD = re.compile(r"\w+")
FAST_SUBSET = 30  # the first 30 dev documents (by name): what tests/realdata checks in CI, in well under 2 min


@dataclass
class Attr:
    content: frozenset[int]  # word positions (start offsets of \w+ runs)
    source: frozenset[int]
    cue: frozenset[int]


def _words(text: str, spans) -> frozenset[int]:
    out = set()
    for s, e in spans:
        for m in _WORD.finditer(text, s, e):
            out.add(m.start())
    return frozenset(out)


def read_ann(path: Path, text: str) -> list[Attr]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            frags = []
            for part in offsets.split(";"):
                a, b = part.split()
                frags.append((int(a), int(b)))
            spans[cols[0]] = frags
        elif line.startswith("E") and len(cols) >= 2:
            events.append(cols[1].split())
    out = []
    for roles in events:
        content, source, cue = [], [], []
        for role in roles:
            name, _, ref = role.partition(":")
            if ref not in spans:
                continue
            if name.startswith("Content"):
                content += spans[ref]
            elif name == "Source":
                source += spans[ref]
            elif name == "Cue":
                cue += spans[ref]
        if content:
            out.append(Attr(_words(text, content), _words(text, source), _words(text, cue)))
    return out


def load_gold(split: str = "dev", limit: int | None = None) -> list[tuple[str, str, list[list[Attr]]]]:
    """(name, text, one attribution list per annotator) for every document of a split."""
    root = DATA / split
    docs = []
    for txt in sorted((root / "text").glob("*.txt")):
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        anns = sorted((root / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        docs.append((txt.stem, text, [read_ann(a, text) for a in anns]))
    return docs[:limit] if limit else docs


def predicted(text: str, quotes) -> list[Attr]:
    groups: dict[object, list] = defaultdict(list)
    for q in quotes:
        if q.kind == "scare":
            continue
        key = (q.cue_span.start, q.cue_span.end) if q.cue_span else ("q", q.span.start)
        groups[key].append(q)
    out = []
    for key in sorted(groups, key=str):
        qs = groups[key]
        content = _words(text, [(q.span.start, q.span.end) for q in qs])
        src = next((q.speaker_span for q in qs if q.speaker_span), None)
        source = _words(text, [(src.start, src.end)]) if src else frozenset()
        cue = _words(text, [(qs[0].cue_span.start, qs[0].cue_span.end)]) if qs[0].cue_span else frozenset()
        if content:
            out.append(Attr(content, source, cue))
    return out


def closest(a: Attr, others: list[Attr]) -> Attr | None:
    """The attribution on the other side whose content overlaps a's most; on a tie the one closest in
    extent (Jaccard), so a nested report ("Reuters said X said Y") is matched to its own level rather
    than to whichever comes first in the file."""
    def key(o: Attr):
        shared = len(a.content & o.content)
        return shared, shared / len(a.content | o.content) if shared else 0.0
    return max(others, key=key, default=None)


class Tally:
    def __init__(self):
        self.c = defaultdict(float)

    def add(self, pred: list[Attr], gold: list[Attr], w: float) -> None:
        c = self.c
        # content exact
        gold_sets = {g.content for g in gold}
        pred_sets = {p.content for p in pred}
        c["ce_tp_p"] += w * sum(1 for p in pred if p.content in gold_sets)
        c["ce_n_p"] += w * len(pred)
        c["ce_tp_g"] += w * sum(1 for g in gold if g.content in pred_sets)
        c["ce_n_g"] += w * len(gold)
        # content overlap, best match each way
        for p in pred:
            c["co_p_words"] += w * len(p.content)
            c["co_p_hit"] += w * max((len(p.content & g.content) for g in gold), default=0)
        for g in gold:
            c["co_g_words"] += w * len(g.content)
            c["co_g_hit"] += w * max((len(p.content & g.content) for p in pred), default=0)
        # sources, on attributions matched by content
        for p in pred:
            if not p.source:
                continue
            c["s_n_p"] += w
            best = closest(p, gold)
            if best is not None and p.content & best.content and best.source:
                c["se_tp_p"] += w * (p.source == best.source)
                c["so_tp_p"] += w * bool(p.source & best.source)
        # BBC citron's source figure (citron/metrics.py, get_source_exact_match_metrics): an attribution
        # counts when one on the other side has an overlapping cue and the same source, whatever the
        # content; over all attributions (a missing source matches only a missing source).
        for p in pred:
            c["sc_n_p"] += w
            c["sc_tp_p"] += w * any(p.cue & g.cue and p.source == g.source for g in gold)
        for g in gold:
            c["sc_n_g"] += w
            c["sc_tp_g"] += w * any(p.cue & g.cue and p.source == g.source for p in pred)
        for g in gold:
            if not g.source:
                continue
            c["s_n_g"] += w
            best = closest(g, pred)
            if best is not None and best.content & g.content and best.source:
                c["se_tp_g"] += w * (best.source == g.source)
                c["so_tp_g"] += w * bool(best.source & g.source)

    @staticmethod
    def _prf(p_num, p_den, r_num, r_den):
        p = p_num / p_den if p_den else 0.0
        r = r_num / r_den if r_den else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    def scores(self) -> dict:
        c = self.c
        return {
            "content_exact": self._prf(c["ce_tp_p"], c["ce_n_p"], c["ce_tp_g"], c["ce_n_g"]),
            "content_overlap": self._prf(c["co_p_hit"], c["co_p_words"], c["co_g_hit"], c["co_g_words"]),
            "source_exact": self._prf(c["se_tp_p"], c["s_n_p"], c["se_tp_g"], c["s_n_g"]),
            "source_overlap": self._prf(c["so_tp_p"], c["s_n_p"], c["so_tp_g"], c["s_n_g"]),
            "source_exact_citron_style": self._prf(c["sc_tp_p"], c["sc_n_p"], c["sc_tp_g"], c["sc_n_g"]),
            "predicted_attributions": round(c["ce_n_p"], 1), "gold_attributions": round(c["ce_n_g"], 1),
        }


def evaluate(split: str = "dev", limit: int | None = None, docs=None) -> dict:
    """Run extraction over a split and score it. `docs`: already-parsed spaCy docs (for quick tuning)."""
    from newsprism.extract import extract_articles, extract_parsed
    from newsprism.records import Article

    gold = load_gold(split, limit)
    articles = [Article(id=name[:40], source=f"polnear/{split}/{name}", outlet=None, outlet_found=None,
                        title=None, byline=None, published=None, published_precision=None,
                        published_found=None, language="en", text=text) for name, text, _ in gold]
    t0 = time.perf_counter()
    extractions = extract_parsed(articles, docs) if docs is not None else extract_articles(articles)
    seconds = time.perf_counter() - t0
    tally = Tally()
    for (name, text, annotators), ex in zip(gold, extractions):
        pred = predicted(text, ex.quotes)
        for attrs in annotators:
            tally.add(pred, attrs, 1.0 / len(annotators))
    out = tally.scores()
    out.update({"split": split, "documents": len(gold), "seconds": round(seconds, 1)})
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    scores = evaluate(args.split, args.limit)
    scores["command"] = ".venv/bin/python benchmarks/attribution_quality.py" + (
        f" --split {args.split}" if args.split != "dev" else "")
    if args.split == "dev" and not args.limit:
        # The fixed subset CI checks against benchmarks/floors/attribution_quality.json.
        scores["fast_subset"] = evaluate("dev", FAST_SUBSET)
    scores["reference"] = {"citron_parc3_content_overlap_f1": 0.832, "citron_parc3_content_exact_f1": 0.567,
                           "citron_parc3_source_exact_f1": 0.820}
    print(json.dumps(scores, indent=2))
    if args.split == "dev" and not args.limit:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(scores, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.exit(main())
