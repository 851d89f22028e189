"""FNC-1 stance benchmark: agree / disagree / discuss / unrelated for headline–body pairs.

The cross-check's stance logic (newsprism.crosscheck.stance: embedding alignment of the headline with
the body's sentences, word overlap, negation / refutation / hedge cues, figures) decides each pair.
Its small model is trained on a fixed half of the data and scored on the other half, split by
article body (a body and all its headlines fall on one side), so no body seen in training is scored.

    python benchmarks/stance_fnc1.py            # score the shipped model on the held-apart half
    python benchmarks/stance_fnc1.py --train    # retrain on the training half, write the model, score
    python benchmarks/stance_fnc1.py --sample 60   # the fixed CI sample: 60 held-apart bodies

Metric: FNC-1 weighted score (0.25 for related vs unrelated right, +0.75 for the exact related class)
relative to the maximum on the scored pairs, and macro-F1 over the four classes.
Results go to benchmarks/results/stance_fnc1.json (full runs only).
"""
from __future__ import annotations

import argparse
import os
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared") / "data" / "fnc1").resolve()
MODEL = ROOT / "src" / "newsprism" / "data" / "stance_model.json"
RESULTS = ROOT / "benchmarks" / "results" / "stance_fnc1.json"
LABELS = ("agree", "disagree", "discuss", "unrelated")


def topic_of(pairs) -> dict[str, str]:
    """Body id -> its topic (the smallest body id of the topic): bodies and headlines linked by related
    pairs form one topic (96 of them)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for h, b, stance in pairs:
        ra, rb = find("h:" + h), find("b:" + b)
        if stance != "unrelated" and ra != rb:
            parent[ra] = rb
    topics: dict[str, list[str]] = {}
    for b in sorted({b for _, b, _ in pairs}, key=int):
        topics.setdefault(find("b:" + b), []).append(b)
    return {b: bs[0] for bs in topics.values() for b in bs}


def topic_split(pairs) -> dict[str, bool]:
    """The fixed split, by topic (topic_of): topics in sha1 order of their smallest body id go to
    training until it holds half the pairs. No body, and no related pair of a headline, is on both
    sides. Returns body id -> in the training half."""
    topics: dict[str, list[str]] = {}
    for b, t in sorted(topic_of(pairs).items(), key=lambda kv: int(kv[0])):
        topics.setdefault(t, []).append(b)
    per_body: dict[str, int] = {}
    for _, b, _ in pairs:
        per_body[b] = per_body.get(b, 0) + 1
    order = sorted(topics.values(), key=lambda bs: hashlib.sha1(bs[0].encode()).hexdigest())
    split, taken = {}, 0
    for bs in order:
        to_train = taken < len(pairs) / 2
        for b in bs:
            split[b] = to_train
        if to_train:
            taken += sum(per_body[b] for b in bs)
    return split


def load(data: Path = DATA):
    with open(data / "bodies.csv", encoding="utf-8", newline="") as f:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(f)}
    with open(data / "stances.csv", encoding="utf-8", newline="") as f:
        pairs = [(r["Headline"], r["Body ID"], r["Stance"]) for r in csv.DictReader(f)]
    return bodies, pairs


def sample_bodies(split: dict[str, bool], n: int) -> set[str]:
    """A fixed sample of held-apart bodies: the n with the smallest sha1 of their id."""
    held = sorted((b for b, t in split.items() if not t), key=lambda b: hashlib.sha1(("s" + b).encode()).hexdigest())
    return set(held[:n])


def compute_features(bodies: dict[str, str], pairs, progress=False) -> np.ndarray:
    from newsprism.crosscheck import embed_texts
    from newsprism.crosscheck.stance import features, prepare_body

    needed = sorted({b for _, b, _ in pairs})
    prepared = {}
    t0 = time.time()
    for n, bid in enumerate(needed, 1):
        prepared[bid] = prepare_body(bodies[bid], embed_texts)
        if progress and n % 50 == 0:
            print(f"  bodies {n}/{len(needed)} ({time.time() - t0:.0f} s)", file=sys.stderr)
    headlines = sorted({h for h, _, _ in pairs})
    hv = dict(zip(headlines, embed_texts(headlines)))
    return np.stack([features(h, hv[h], prepared[b]) for h, b, _ in pairs])


def fnc_score(gold, pred) -> float:
    """FNC-1 weighted score relative to the best possible on these pairs."""
    score = best = 0.0
    for g, p in zip(gold, pred):
        best += 0.25 if g == "unrelated" else 1.0
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.75
        elif g != "unrelated" and p != "unrelated":
            score += 0.25
    return score / best if best else 0.0


def evaluate(gold, pred) -> dict:
    from sklearn.metrics import confusion_matrix, f1_score

    per_class = f1_score(gold, pred, labels=list(LABELS), average=None, zero_division=0)
    return {
        "pairs": len(gold),
        "fnc_score_relative": round(fnc_score(gold, pred), 4),
        "macro_f1": round(float(np.mean(per_class)), 4),
        "f1": {label: round(float(v), 4) for label, v in zip(LABELS, per_class)},
        "confusion (rows gold, cols predicted; agree, disagree, discuss, unrelated)":
            confusion_matrix(gold, pred, labels=list(LABELS)).tolist(),
    }


# Hyper-parameters tried by cross-validation inside the training half (folds by topic).
GRID_C = (0.3, 1.0, 3.0)
GRID_DISAGREE_WEIGHT = (1.0, 2.0, 3.0)
RELATED_C = 1.0


def _fit(z: np.ndarray, y: np.ndarray, c: float, disagree_weight: float):
    """Two logistic regressions: related or not (all pairs), then agree / disagree / discuss (related pairs)."""
    from sklearn.linear_model import LogisticRegression

    related = y != "unrelated"
    first = LogisticRegression(C=RELATED_C, max_iter=5000).fit(z, related)
    weights = {"agree": 1.0, "disagree": disagree_weight, "discuss": 1.0}
    second = LogisticRegression(C=c, class_weight=weights, max_iter=5000).fit(z[related], y[related])
    return first, second


def _layer(clf) -> dict:
    return {"classes": [c.item() if hasattr(c, "item") else c for c in clf.classes_],
            "weights": clf.coef_.T.round(6).tolist(), "bias": clf.intercept_.round(6).tolist()}


def train(x: np.ndarray, y: list[str], groups: list[str]) -> tuple[dict, dict]:
    """Standardised features, two logistic regressions (stance.predict). C and the weight of the rare
    "disagree" class are chosen by 4-fold cross-validation over the topics of the training half (the
    mean of the FNC-1 relative score and macro-F1); the held-apart half is never looked at."""
    from sklearn.model_selection import GroupKFold
    from newsprism.crosscheck.stance import FEATURES, predict

    y = np.array(y)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0

    def package(first, second, c, w) -> dict:
        return {
            "about": "newsprism stance model: two logistic regressions over crosscheck.stance.FEATURES "
                     "(related or not; then agree / disagree / discuss), trained by "
                     "benchmarks/stance_fnc1.py --train on the FNC-1 training half (topic_split)",
            "features": list(FEATURES), "C": c, "disagree_weight": w,
            "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "related": _layer(first), "stance": _layer(second),
        }

    z = (x - mean) / scale
    cv = {}
    for c in GRID_C:
        for w in GRID_DISAGREE_WEIGHT:
            marks = []
            for fit_rows, test_rows in GroupKFold(n_splits=4).split(z, y, groups):
                model = package(*_fit(z[fit_rows], y[fit_rows], c, w), c, w)
                r = evaluate(list(y[test_rows]), predict(x[test_rows], model))
                marks.append((r["fnc_score_relative"] + r["macro_f1"]) / 2)
            cv[(c, w)] = float(np.mean(marks))
    (c, w) = max(sorted(cv), key=lambda k: cv[k])
    return package(*_fit(z, y, c, w), c, w), {f"C={k[0]} disagree_weight={k[1]}": round(v, 4)
                                                for k, v in sorted(cv.items())}


def run(sample: int | None = None, retrain: bool = False, progress: bool = True) -> dict:
    from newsprism.crosscheck.stance import predict

    bodies, pairs = load()
    split = topic_split(pairs)
    t0 = time.time()
    if retrain:
        x_all = compute_features(bodies, pairs, progress)
        train_rows = [k for k, (_, b, _) in enumerate(pairs) if split[b]]
        topics = topic_of(pairs)
        model, cv = train(x_all[train_rows], [pairs[k][2] for k in train_rows],
                          [topics[pairs[k][1]] for k in train_rows])
        MODEL.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        from newsprism.crosscheck import stance as stance_module
        stance_module._model.cache_clear()
        scored = [k for k, (_, b, _) in enumerate(pairs) if not split[b]]
        x = x_all[scored]
    else:
        keep = sample_bodies(split, sample) if sample else None
        scored = [k for k, (_, b, _) in enumerate(pairs) if not split[b] and (keep is None or b in keep)]
        x = compute_features(bodies, [pairs[k] for k in scored], progress)
    gold = [pairs[k][2] for k in scored]
    pred = predict(x)
    result = evaluate(gold, pred)
    if retrain:
        result["cross_validation_in_training_half"] = cv
        result["chosen"] = {"C": model["C"], "disagree_weight": model["disagree_weight"]}
    result["seconds"] = round(time.time() - t0, 1)
    result["bodies_scored"] = len({pairs[k][1] for k in scored})
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="retrain on the training half and write the model")
    parser.add_argument("--sample", type=int, default=None, help="score only this many held-apart bodies")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep sentence embeddings in this pickle (under /tmp) to rerun faster")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        import pickle

        from newsprism import crosscheck
        crosscheck._vectors.update(pickle.loads(args.cache.read_bytes()))
    result = run(args.sample, args.train)
    if args.cache:
        import pickle

        from newsprism import crosscheck
        args.cache.write_bytes(pickle.dumps(dict(crosscheck._vectors)))
    result["split"] = ("trained on one half of the FNC-1 pairs, scored on the other: split by topic (bodies and "
                       "headlines linked by related pairs), see topic_split()")
    result["command"] = "python benchmarks/stance_fnc1.py" + (" --train" if args.train else "") + \
        (f" --sample {args.sample}" if args.sample else "")
    print(json.dumps(result, indent=2))
    if not args.sample:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
