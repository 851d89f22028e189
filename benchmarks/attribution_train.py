"""PolNeAR train/: the attribution rules alone and with the shipped model, scored in sample.

Run:  .venv/bin/python benchmarks/attribution_train.py [--every N] [--cache /tmp/polnear_train.spacy]

The figure rule rounds are judged by (dev/ is read once at the end of a round, never to choose): source-exact and
content-overlap F1 over the train documents (every Nth with --every), first for the rules alone, then with the
shipped attribution model deciding which rule attributions to drop and which candidates to add (in sample: the
model was fitted on these documents, so only differences between two versions of the rules mean anything). The
parses come from fit_attribution_model.parsed_train (--cache keeps them: the first run parses, later runs read).
Prints one JSON line; writes nothing.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import fit_attribution_model as fam  # noqa: E402
from newsprism.extract import attribution_model as am  # noqa: E402


def model_probabilities(per_doc, model: am.AttributionModel) -> list[list[float]]:
    """Per item: the shipped model's probability for a rule attribution (1 when the model has no say), and 1 / 0
    for a candidate it adds / leaves (its own add threshold, the stricter one for a verb it hardly knows)."""
    out = []
    for _, _, _, items, _, _ in per_doc:
        probs = []
        for origin, _, feats, parts in items:
            if feats is None:
                probs.append(1.0)
                continue
            p = model.probability(feats, parts if model.dense else None)
            if origin == "model":
                lemma = next((f[2:] for f in feats if f.startswith("l=")), "")
                p = 1.0 if model.adds(feats, lemma, parts if model.dense else None) else 0.0
            probs.append(p)
        out.append(probs)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="score every Nth train document only")
    parser.add_argument("--cache", type=Path, default=None, help="DocBin of the train parses (read or written)")
    args = parser.parse_args(argv)
    gold, docs = fam.parsed_train(args.cache)
    gold, docs = gold[::args.every], docs[::args.every]
    per_doc = fam.rows_of(gold, docs)
    model = am.load_model()
    rules = fam.score(per_doc, [[0.5] * len(items) for _, _, _, items, _, _ in per_doc], 1.01, 0.0)
    shipped = fam.score(per_doc, model_probabilities(per_doc, model), 0.5, model.drop_threshold)
    print(json.dumps({"documents": len(docs), **{
        name: {m: round(scores[m]["f1"], 5) for m in ("source_exact", "content_overlap")}
        for name, scores in (("rules_only", rules), ("in_sample", shipped))}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
