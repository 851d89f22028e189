"""Fit the loaded-language model (src/newsprism/data/loaded_model.json) on the PTC fit split only.

    .venv/bin/python benchmarks/fit_loaded_model.py          # fit, choose the threshold, write the JSON

Training rows: every word the lexicon finds charged (framing.loaded.candidates) in the fit-split
articles (sha1(article id) % 3 == 0, 94 articles), framed without extraction; the label is whether a
gold Loaded_Language span overlaps the word. A scikit-learn logistic regression over the features
named in framing/loaded_model.py, plus a per-word table (in how many fit-split articles a word was
marked loaded, in how many it appeared). Rows and the threshold sweep use five folds of the fit
split: each article's table features come from the other four folds, so neither the weights nor the
threshold learn to trust words the table memorised. The threshold is the probability with the best
Loaded_Language span F1 on the fit split, nested out of fold: each fold framed with a table and a
regression both fitted without it (the lowest threshold within TIE of the best). The held-out two thirds are never read here. Only the weights, the
intercept and the threshold are written: no text.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = [round(0.05 + 0.0125 * k, 4) for k in range(25)]  # 0.05 .. 0.35
TIE = 0.001  # nested F1 differences below this are not a reason to pick one threshold over another


def _bench():
    spec = importlib.util.spec_from_file_location("framing_ptc", ROOT / "benchmarks" / "framing_ptc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def word_tables(contexts: dict, gold: dict):
    """A function making the per-word table (in how many articles a word sat inside a gold span, in how
    many it appeared) from the given fit-split articles only, so each fold's table can leave it out."""
    from collections import Counter

    from newsprism.framing.context import STOPWORDS, is_name
    from newsprism.framing.loaded import candidates
    from newsprism.framing.loaded_model import WordTable

    # which words each article uses, and which of them sit inside a gold span
    used, marked = {}, {}
    for pid, ctx in contexts.items():
        spans = gold.get(pid, [])
        words = {t.lower for t in ctx.tokens if t.lower not in STOPWORDS and t.text[:1].isalpha()
                 and not is_name(t)}
        used[pid] = words
        marked[pid] = {t.lower for t in ctx.tokens if t.lower in words
                       and any(s < t.end and t.start < e for s, e in spans)}
    lexicon_words = {ctx.tokens[i].lower for ctx in contexts.values() for i in candidates(ctx, WordTable({}, 1.0))}

    def table_of(pids) -> WordTable:
        seen, hit = Counter(), Counter()
        for pid in pids:
            seen.update(used[pid])
            hit.update(marked[pid])
        base = sum(hit.values()) / max(1, sum(seen.values()))
        keep = {w: (hit[w], seen[w]) for w in seen if hit[w] >= 1 or (w in lexicon_words and seen[w] >= 2)}
        return WordTable(keep, base)

    return table_of


def main() -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from newsprism.framing.context import make_context
    from newsprism.framing.lexicon import load_lexicon
    from newsprism.framing.loaded import candidates, find_loaded
    from newsprism.framing.loaded_model import FEATURES, MODEL_FILE, LoadedModel, load_model

    bench = _bench()
    texts, gold_rows = bench.load_ptc("fit")
    assert all(bench.fit_split(pid) for pid in texts)
    articles = bench.make_articles(texts)
    lexicon = load_lexicon()
    contexts = {pid: make_context(a, None, lexicon) for pid, a in articles.items()}
    gold = {pid: [(s, e) for t, s, e in rows if t == bench.LOADED] for pid, rows in gold_rows.items()}

    table_of = word_tables(contexts, gold)

    # training rows: each article's features from a table built without it (5 folds), so the model
    # learns how far to trust the table on words it has not been told about
    pids = sorted(contexts)
    folds = [pids[k::5] for k in range(5)]
    X, y, rows_per_fold = [], [], []
    for fold in folds:
        table = table_of([p for p in pids if p not in fold])
        rows_per_fold.append(-len(y))
        for pid in fold:
            ctx, spans = contexts[pid], gold.get(pid, [])
            for i, (_, _, x) in candidates(ctx, table).items():
                tok = ctx.tokens[i]
                X.append(x)
                y.append(any(s < tok.end and tok.start < e for s, e in spans))
        rows_per_fold[-1] += len(y)
    final = table_of(pids)
    X, y = np.array(X), np.array(y)
    clf = LogisticRegression(C=1.0, max_iter=2000).fit(X, y)
    print(f"{len(y)} candidate words, {int(y.sum())} inside a gold span", file=sys.stderr)

    def write(threshold: float) -> None:
        MODEL_FILE.write_text(json.dumps({
            "what": "logistic regression: is this lexicon hit loaded language here (framing/loaded_model.py)",
            "fitted_on": "PTC fit split only: articles with sha1(id) % 3 == 0 (94), framed without extraction",
            "command": "python benchmarks/fit_loaded_model.py",
            "weights": {f: round(float(w), 4) for f, w in zip(FEATURES, clf.coef_[0])},
            "intercept": round(float(clf.intercept_[0]), 4),
            "threshold": threshold,
            "base_rate": round(final.base_rate, 6),
            "words": {w: list(final.counts[w]) for w in sorted(final.counts)},
        }, indent=1) + "\n", encoding="utf-8")
        load_model.cache_clear()

    write(0.5)
    # The threshold is chosen nested: each fold framed with the table *and* a regression fitted without
    # it, as an unseen article will be. The regression fitted on all rows (the one shipped) is scored
    # the same way too, for the record, but it has seen every fold's rows and flatters a low threshold.
    fold_rows = np.concatenate([[k] * n for k, n in enumerate(rows_per_fold)])
    fold_tables, fold_models = [], []
    for k, fold in enumerate(folds):
        part = LogisticRegression(C=1.0, max_iter=2000).fit(X[fold_rows != k], y[fold_rows != k])
        fold_tables.append((fold, table_of([p for p in pids if p not in fold])))
        fold_models.append(LoadedModel(tuple(float(w) for w in part.coef_[0]), float(part.intercept_[0]), 0.5,
                                       final))
    shipped = load_model()
    sweep, in_sample = {}, {}
    for th in THRESHOLDS:
        nested = {pid: [(f.span.start, f.span.end) for f in find_loaded(contexts[pid], th, table, model)]
                  for (fold, table), model in zip(fold_tables, fold_models) for pid in fold}
        flat = {pid: [(f.span.start, f.span.end) for f in find_loaded(contexts[pid], th, table, shipped)]
                for fold, table in fold_tables for pid in fold}
        sweep[th], in_sample[th] = bench.span_prf(nested, gold), bench.span_prf(flat, gold)
        print(th, "nested", sweep[th], "in-sample", in_sample[th], file=sys.stderr)
    # Within TIE of the best nested F1 the differences are noise: take the lowest such threshold (more
    # findings: on the fit split the union of all techniques fell 0.353 -> 0.345 from 0.15 to 0.175,
    # where the nested Loaded_Language F1 was 0.3778 and 0.3779).
    top = max(sweep[th]["f1"] for th in THRESHOLDS)
    best = min(th for th in THRESHOLDS if sweep[th]["f1"] >= top - TIE)
    write(best)
    print(json.dumps({"threshold": best, "fit_split_nested": sweep[best],
                      "fit_split_in_sample_regression": in_sample[best]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
