"""Fit the attribution model (src/newsprism/extract/attribution_model.py) on PolNeAR train/ only.

Run:  .venv/bin/python benchmarks/fit_attribution_model.py [--cache /tmp/polnear_train.spacy]
Rewrites src/newsprism/data/attribution_model.json. Reads nothing from dev/.

1. Parse every train document (or read the parses from --cache, written on the first run), find the
   rule attributions (quotes.find_attributions) and the model's candidates (verbs with a subject and
   a complement that no rule took).
2. Label each: right when the gold attribution its content overlaps most has the same source word
   set (the benchmark's source-exact test, benchmarks/attribution_quality.py), for any annotator.
3. Features: attribution_model.token_features; kept when seen in at least MIN_COUNT rows; plus the
   parse's own word vectors (spaCy's tok2vec output, `doc.tensor`, 96 numbers a word) of the cue, the
   source's head and the content's head, and their means over the cue's sentence, the source and the
   content, and the cue's governor, standardised (attribution_model.dense_parts). The --cache
   keeps the vectors next to the DocBin (which drops them), in <cache>.tensors.npz.
4. Logistic regression (scikit-learn, L2). Out-of-fold (5 folds by document) probabilities choose C
   and the two thresholds (add a candidate / drop a rule attribution) by the benchmark's own source
   exact F1 on train, averaged over three partitions of the documents into folds (one partition's
   threshold differences of 0.001 flip on another), with content overlap F1 kept at or above the rules'
   own (within TIE of the best, the lowest add threshold); then a third, for
   candidates whose verb the other folds hardly saw: the strictest that costs at most TIE of F1. Then
   one fit on all of train is written out. (The sweep scores what run time keeps of a dropped rule attribution: its
   quoted words, with no speaker, count for content, not for sources.)
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

import attribution_quality as aq  # noqa: E402
from newsprism.extract import attribution_model as am  # noqa: E402

MIN_COUNT = 5
FOLDS = 5
C_VALUES = (0.3,)
ADD_THRESHOLDS = (0.4, 0.45, 0.5, 0.55, 0.6, 1.01)
DROP_THRESHOLDS = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5)
# for candidates whose verb has no weight of its own: the highest threshold that costs at most TIE of F1
UNSEEN_THRESHOLDS = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
TIE = 0.0005  # out-of-fold F1 differences below this are noise
PARTITION_SEEDS = ("a", "b")  # two more partitions into folds, for the thresholds
# The parse's word vectors (doc.tensor) of the attribution's parts enter standardised and times this
# (chosen out of fold: 0.1 -> 0.7155 against 0.7130 without them with three parts; with seven, 0.05 /
# 0.1 / 0.2 -> 0.7168 / 0.7175 / 0.7170)
DENSE_SCALE = 0.05


def parsed_train(cache: Path | None):
    from newsprism import nlp
    from newsprism.extract import parse_paragraphs
    from spacy.tokens import DocBin

    gold = aq.load_gold("train")
    tensors = cache.with_suffix(".tensors.npz") if cache is not None else None  # a DocBin drops doc.tensor
    if cache is not None and cache.exists() and tensors.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.spacy_pipeline().vocab))
        with np.load(tensors) as saved:
            arrays = [saved[f"arr_{k}"] for k in range(len(saved.files))]
        if len(docs) == len(gold) == len(arrays) and all(len(a) == len(d) for a, d in zip(arrays, docs)):
            for doc, array in zip(docs, arrays):
                doc.tensor = array
            return gold, docs
    docs = parse_paragraphs([text for _, text, _ in gold])
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
        np.savez(tensors, *[d.tensor for d in docs])
    return gold, docs


def rows_of(gold, docs):
    """Per document: the rule attributions (with features or None) and the candidates (with features
    and the attribution they would make), and each row's label."""
    from newsprism.extract.coref import link_within_article
    from newsprism.extract.descriptors import attach_descriptors
    from newsprism.extract.entities import find_mentions
    from newsprism.extract.quotes import find_attributions

    per_doc = []
    for (name, text, annotators), doc in zip(gold, docs):
        found = link_within_article(doc, find_mentions(doc, None))
        attach_descriptors(doc, found)
        rules = find_attributions(doc, found)
        ctx = am.context(doc, found, rules)
        items = []  # (origin, attribution, features or None, the parse's vectors of its parts)
        for att in rules:
            items.append(("rule", att, am.rule_features(doc, att, ctx, found), am.attribution_parts(doc, att)))
        taken = {a.cue_token for a in rules if a.cue_token is not None}
        for cand in am.candidates(doc, taken):
            if am.cuts_quote(cand.content, ctx.marks) or am.restates(doc, cand, rules) or am.poll_finds(doc, cand, rules):
                continue
            items.append(("model", am.candidate_attribution(doc, cand, found),
                          am.candidate_features(doc, cand, ctx, found), am.candidate_parts(doc, cand)))
        attrs = [_attr(text, att) for _, att, _, _ in items]
        labels = [_right(a, annotators) for a in attrs]
        # what a dropped rule attribution leaves at run time (its quoted words, with no speaker)
        leftovers = [[_attr(text, r) for r in am.residue(text, att) if r.kind != "scare"] for _, att, _, _ in items]
        per_doc.append((name, attrs, annotators, items, labels, leftovers))
    return per_doc


def _attr(text, att) -> aq.Attr:
    return aq.Attr(aq._words(text, att.contents), aq._words(text, [att.source]) if att.source else frozenset(),
                   aq._words(text, [att.cue]) if att.cue else frozenset())


def _right(p: aq.Attr, annotators) -> bool:
    if not p.source or not p.content:
        return False
    for gold in annotators:
        best = aq.closest(p, gold)
        if best is not None and p.content & best.content and best.source == p.source:
            return True
    return False


def _dense(per_doc, where):
    """The rows' dense columns -- per part (cue, source head, content head), the parse's vector
    standardised over the rows that have it, times DENSE_SCALE, zeros where the part is missing -- and
    each part's (mean, sd)."""
    n_parts = am.DENSE_PARTS
    width = next(len(v) for d, j in where for v in per_doc[d][3][j][3] if v is not None)
    out = np.zeros((len(where), n_parts * width), dtype=np.float32)
    stats = []
    for k in range(n_parts):
        have = [(r, per_doc[d][3][j][3][k]) for r, (d, j) in enumerate(where) if per_doc[d][3][j][3][k] is not None]
        block = np.array([v for _, v in have], dtype=np.float32)
        mean, sd = block.mean(axis=0), block.std(axis=0) + 1e-6
        out[[r for r, _ in have], k * width:(k + 1) * width] = (block - mean) / sd * DENSE_SCALE
        stats.append((mean, sd))
    return out, stats


def _unseen_lemmas(per_doc, where, fold_of) -> set[tuple[int, int]]:
    """The model candidates whose verb lemma the other folds saw in fewer than MIN_COUNT rows (so the
    regression fitted without their fold has no weight for it), as (document, item)."""
    lemma_of = {}
    for d, j in where:
        origin, _, feats, _ = per_doc[d][3][j]
        lemma_of[(d, j)] = next((f for f in feats if f.startswith("l=")), None) if origin == "model" else None
    out = set()
    for k in range(FOLDS):
        seen = Counter(lemma_of[w] for w, fold in zip(where, fold_of) if fold != k and lemma_of[w])
        out |= {w for w, fold in zip(where, fold_of) if fold == k and lemma_of[w] and seen[lemma_of[w]] < MIN_COUNT}
    return out


def _seeded_fold(seed: str, name: str) -> int:
    """A document's fold in another partition (by a hash of the seed and its name)."""
    return int(hashlib.sha1((seed + name).encode()).hexdigest(), 16) % FOLDS


def _out_of_fold(X, y, where, per_doc, fold_of, c: float) -> list[list[float]]:
    """Each row's probability from a model fitted without its fold, per document and item (0 for rows
    with no features)."""
    from sklearn.linear_model import LogisticRegression

    oof = np.zeros(len(y))
    for k in range(FOLDS):
        fit = LogisticRegression(C=c, max_iter=3000).fit(X[fold_of != k], y[fold_of != k])
        oof[fold_of == k] = fit.predict_proba(X[fold_of == k])[:, 1]
    probs = [[0.0] * len(items) for _, _, _, items, _, _ in per_doc]
    for (d, j), p in zip(where, oof):
        probs[d][j] = float(p)
    return probs


def score(per_doc, probs, add: float, drop: float) -> dict:
    tally = aq.Tally()
    for (name, attrs, annotators, items, _, leftovers), ps in zip(per_doc, probs):
        pred = []
        for (origin, att, feats, _), attr, p, rest in zip(items, attrs, ps, leftovers):
            if att.kind == "scare" or not attr.content:
                continue  # scare quotes are not attributions (as in the benchmark)
            if (origin == "rule" and (feats is None or p >= drop)) or (origin == "model" and p >= add):
                pred.append(attr)
            elif origin == "rule":
                pred += rest
        for gold in annotators:
            tally.add(pred, gold, 1.0 / len(annotators))
    return tally.scores()


def main(argv=None) -> int:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the train parses (read or written)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    gold, docs = parsed_train(args.cache)
    print(f"{len(docs)} train documents parsed ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    per_doc = rows_of(gold, docs)
    counts = Counter(f for _, _, _, items, _, _ in per_doc for _, _, feats, _ in items if feats for f in set(feats))
    vocab = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    rows, cols, y, where = [], [], [], []
    for d, (_, _, _, items, labels, _) in enumerate(per_doc):
        for j, ((_, _, feats, _), label) in enumerate(zip(items, labels)):
            if feats is None:
                continue
            r = len(y)
            for f in set(feats):
                if f in vocab:
                    rows.append(r)
                    cols.append(vocab[f])
            y.append(label)
            where.append((d, j))
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(y), len(vocab)))
    dense, parts = _dense(per_doc, where)
    X = hstack([X, csr_matrix(dense)]).tocsr()
    y = np.array(y)
    fold_of = np.array([d % FOLDS for d, _ in where])
    print(f"{len(y)} rows ({int(y.sum())} right), {len(vocab)} features", file=sys.stderr)

    rules_only = score(per_doc, [[0.5] * len(items) for _, _, _, items, _, _ in per_doc], 1.01, 0.0)
    print("rules only (train):", json.dumps({k: rules_only[k]["f1"] for k in ("content_overlap", "source_exact")}),
          file=sys.stderr)
    best, sweep = None, []
    names = [name for name, *_ in per_doc]
    partitions = [fold_of] + [np.array([_seeded_fold(seed, names[d]) for d, _ in where]) for seed in PARTITION_SEEDS]
    for c in C_VALUES:
        probs_of = [_out_of_fold(X, y, where, per_doc, folds, c) for folds in partitions]
        probs = probs_of[0]
        for add in ADD_THRESHOLDS:
            for drop in DROP_THRESHOLDS:
                scores = [score(per_doc, ps, add, drop) for ps in probs_of]
                s = scores[0]
                if np.mean([x["content_overlap"]["f1"] for x in scores]) < rules_only["content_overlap"]["f1"] - 0.005:
                    continue
                key = round(float(np.mean([x["source_exact"]["f1"] for x in scores])), 5)
                sweep.append((key, c, add, drop, s, probs))
                if best is None or key > best[0]:
                    best = sweep[-1]
        print(f"C={c}: best so far {best[:4]} (mean of {len(partitions)} partitions)", file=sys.stderr)
    # Within TIE of the best the differences are noise (0.45 and 0.5 differed by 0.0003 in one refit and
    # by 0.005 on dev): take the lowest add threshold there (more attributions found, as recall is the
    # weaker side), then its lowest drop threshold (the rules' own finds stay unless the model is sure).
    near = [row for row in sweep if row[0] >= best[0] - TIE]
    low = min(row[2] for row in near)
    lowest_drop = min(row[3] for row in near if row[2] == low)
    top, c, add, drop, oof_scores, probs = max((row for row in near if row[2] == low and row[3] == lowest_drop),
                                               key=lambda row: row[0])
    unseen_add = add
    unseen = _unseen_lemmas(per_doc, where, fold_of)
    top = oof_scores["source_exact"]["f1"]  # (the unseen-verb threshold on the first partition alone)
    for threshold in (t for t in UNSEEN_THRESHOLDS if t > add):
        strict = [[0.0 if (d, j) in unseen and p < threshold else p for j, p in enumerate(ps)]
                  for d, ps in enumerate(probs)]
        s = score(per_doc, strict, add, drop)
        if s["source_exact"]["f1"] >= top - TIE and s["content_overlap"]["f1"] >= rules_only["content_overlap"]["f1"] - 0.005:
            unseen_add, oof_scores = threshold, s
    print(f"unseen verbs: add at {unseen_add}", file=sys.stderr)
    final = LogisticRegression(C=c, max_iter=3000).fit(X, y)
    names = sorted(vocab, key=vocab.get)
    coef = final.coef_[0]
    weights = {f: round(float(w), 3) for f, w in zip(names, coef[:len(names)]) if abs(w) >= 0.005}
    # the dense columns were (vector - mean) / sd * DENSE_SCALE: folded into one weight per dimension
    dense_out, at = [], len(names)
    for mean, sd in parts:
        w = coef[at:at + len(mean)] * DENSE_SCALE / sd
        at += len(mean)
        dense_out.append({"mean": [round(float(v), 5) for v in mean], "weight": [round(float(v), 6) for v in w]})
    am.MODEL_FILE.write_text(json.dumps({
        "what": "logistic regression: is this verb (or rule cue) an attribution whose source is its subject "
                "(extract/attribution_model.py)",
        "fitted_on": f"PolNeAR train/ only ({len(docs)} documents); C and thresholds chosen out-of-fold "
                     f"({FOLDS} folds by document) on train/",
        "command": ".venv/bin/python benchmarks/fit_attribution_model.py",
        "C": c, "rows": int(len(y)), "right": int(y.sum()),
        "train_out_of_fold": {k: oof_scores[k] for k in ("content_overlap", "content_exact", "source_exact")},
        "train_rules_only": {k: rules_only[k] for k in ("content_overlap", "content_exact", "source_exact")},
        "intercept": round(float(final.intercept_[0]), 4),
        "add_threshold": add, "drop_threshold": drop, "unseen_add_threshold": unseen_add,
        "dense": dense_out,
        "weights": dict(sorted(weights.items())),
    }, indent=1) + "\n", encoding="utf-8")
    am.load_model.cache_clear()
    print(json.dumps({"C": c, "add": add, "drop": drop, "unseen_add": unseen_add, "oof_source_exact": oof_scores["source_exact"],
                      "oof_content_overlap": oof_scores["content_overlap"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
