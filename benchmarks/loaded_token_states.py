"""Would MiniLM's contextual word-piece states help the loaded-language model? (PTC fit split only.)

    .venv/bin/python benchmarks/loaded_token_states.py             # about 5-8 minutes on 2 busy cores
    .venv/bin/python benchmarks/loaded_token_states.py --cache /tmp/ptc-states   # keep the states

An experiment, not a shipped model: it writes benchmarks/results/loaded_token_states.json and
nothing else. Everything here is on the PTC fit split (sha1(article id) % 3 == 0, 94 articles,
framed without extraction, as benchmarks/fit_loaded_model.py does); the held-out two thirds are
never read. Five folds of the fit split by article, the same folds as fit_loaded_model.py.

1. Every sentence is run through all-MiniLM-L6-v2 (`nlp.token_states`: the per-word-piece hidden
   states the sentence embedding pools). Each framing word gets [mean state of its word pieces,
   mean state of its sentence, mean of its neighbours' states, is a lexicon candidate, the shipped
   model's probability for it (nested: word table and regression fitted without the word's fold),
   stop word, name, alphabetic].
2. A token classifier (standardised features, scikit-learn logistic regression) predicts "inside a
   gold Loaded_Language span", out of fold.
3. Its probabilities are used four ways against the shipped model's nested findings (threshold 0.15):
   alone (runs of words at or above a threshold), in union with the shipped findings, as a filter
   on them (drop a finding whose words all score below t), widening them over neighbouring words
   the classifier puts inside a span, and stacked: a second logistic regression over the findings
   of the shipped model at a low threshold (0.04), with its probability, the classifier's maximum
   and mean over the finding's words and the repeat flag, thresholded.
The speed cost is measured as embedding seconds and the share of the articles' word pieces that
would have to be embedded.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "loaded_token_states.json"
C_VALUES = (0.0001, 0.0003, 0.001, 0.01)
SHIPPED_THRESHOLD = 0.15


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _logit(p):
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help="folder keeping the fit split's word-piece states")
    args = parser.parse_args(argv)

    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score, roc_auc_score
    from sklearn.preprocessing import StandardScaler

    from newsprism import nlp
    from newsprism.framing.context import STOPWORDS, is_name, make_context
    from newsprism.framing.lexicon import load_lexicon
    from newsprism.framing.loaded import candidates, find_loaded
    from newsprism.framing.loaded_model import LoadedModel

    bench = _module("framing_ptc")
    texts, gold_rows = bench.load_ptc("fit")
    assert all(bench.fit_split(pid) for pid in texts)
    articles = bench.make_articles(texts)
    lexicon = load_lexicon()
    contexts = {pid: make_context(a, None, lexicon) for pid, a in articles.items()}
    gold = {pid: [(s, e) for t, s, e in rows if t == bench.LOADED] for pid, rows in gold_rows.items()}
    pids = sorted(contexts)
    folds = [pids[k::5] for k in range(5)]
    fold_of = {p: k for k, fold in enumerate(folds) for p in fold}

    def inside(pid, start, end) -> bool:
        return any(s < end and start < e for s, e in gold.get(pid, []))

    # -- the shipped model, nested out of fold (as fit_loaded_model.py chooses its threshold) --
    table_of = _module("fit_loaded_model").word_tables(contexts, gold)

    tables = [table_of([p for p in pids if p not in fold]) for fold in folds]
    X, y, fr = [], [], []
    for k, fold in enumerate(folds):
        for pid in fold:
            ctx = contexts[pid]
            for i, (_, _, x) in candidates(ctx, tables[k]).items():
                X.append(x)
                y.append(inside(pid, ctx.tokens[i].start, ctx.tokens[i].end))
                fr.append(k)
    X, y, fr = np.array(X), np.array(y), np.array(fr)
    final = table_of(pids)
    shipped, pool, cand_p = {}, {}, {}
    for k, fold in enumerate(folds):
        part = LogisticRegression(C=1.0, max_iter=2000).fit(X[fr != k], y[fr != k])
        model = LoadedModel(tuple(float(w) for w in part.coef_[0]), float(part.intercept_[0]), SHIPPED_THRESHOLD,
                            final)
        for pid in fold:
            ctx = contexts[pid]
            shipped[pid] = [(f.span.start, f.span.end, f.kind) for f in find_loaded(ctx, SHIPPED_THRESHOLD,
                                                                                  tables[k], model)]
            pool[pid] = [(f.span.start, f.span.end, f.kind) for f in find_loaded(ctx, 0.04, tables[k], model)]
            cand_p[pid] = {i: model.probability(x) for i, (_, _, x) in candidates(ctx, tables[k]).items()}
    spans_of = lambda found: {p: [(s, e) for s, e, *_ in v] for p, v in found.items()}  # noqa: E731
    baseline = bench.span_prf(spans_of(shipped), gold)
    print("shipped model, nested out of fold:", baseline, file=sys.stderr)

    # -- word-piece states, one batch for all sentences --
    keys, sentences = [], []
    for pid in pids:
        for s, e in contexts[pid].sentences:
            keys.append((pid, s))
            sentences.append(texts[pid][s:e])
    cache = None
    if args.cache is not None:
        digest = hashlib.sha1("\n\x00".join(sentences).encode()).hexdigest()[:16]
        cache = args.cache / f"states-{digest}.pickle"
    t0 = time.perf_counter()
    if cache is not None and cache.exists():
        states, embed_seconds = pickle.loads(cache.read_bytes())
    else:
        states = [(o, s.astype(np.float16)) for o, s in nlp.token_states(sentences)]
        embed_seconds = time.perf_counter() - t0
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(pickle.dumps((states, embed_seconds)))
    per_article: dict[str, list] = {}
    for (pid, s), (offsets, st) in zip(keys, states):
        per_article.setdefault(pid, []).append((offsets + s, st.astype(np.float32)))
    total_pieces = sum(len(o) for v in per_article.values() for o, _ in v)

    # -- one row per framing word --
    rows, labels, where = [], [], []
    for pid in pids:
        ctx = contexts[pid]
        offs = np.concatenate([o for o, _ in per_article[pid]])
        st = np.concatenate([s for _, s in per_article[pid]])
        sentence_mean = {}
        for o, s in per_article[pid]:
            if len(o):
                sentence_mean[int(o[0, 0])] = s.mean(0)
        zero = np.zeros(nlp.EMBEDDING_DIM, np.float32)
        vecs = []
        for t in ctx.tokens:
            m = (offs[:, 0] < t.end) & (offs[:, 1] > t.start)
            vecs.append(st[m].mean(0) if m.any() else zero)
        for i, t in enumerate(ctx.tokens):
            sm = zero
            if t.sentence < len(ctx.sentences):
                a, b = ctx.sentences[t.sentence]
                sm = next((v for s0, v in sentence_mean.items() if a <= s0 < b), zero)
            prev = vecs[i - 1] if i > 0 and ctx.tokens[i - 1].sentence == t.sentence else zero
            nxt = vecs[i + 1] if i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].sentence == t.sentence else zero
            p = cand_p[pid].get(i)
            extra = [1.0 if p is not None else 0.0, p or 0.0, float(t.lower in STOPWORDS), float(is_name(t)),
                     float(t.text[:1].isalpha())]
            rows.append(np.concatenate([vecs[i], sm, (prev + nxt) / 2, extra]).astype(np.float32))
            labels.append(inside(pid, t.start, t.end))
            where.append((pid, i))
    W, wy = np.stack(rows), np.array(labels)
    wfold = np.array([fold_of[p] for p, _ in where])
    row_of = {w: r for r, w in enumerate(where)}
    print(f"{len(wy)} words, {int(wy.sum())} inside a gold span", file=sys.stderr)

    def classify(C: float) -> np.ndarray:
        out = np.zeros(len(wy))
        for k in range(5):
            train = wfold != k
            scale = StandardScaler().fit(W[train])
            clf = LogisticRegression(C=C, max_iter=300).fit(scale.transform(W[train]), wy[train])
            out[~train] = clf.predict_proba(scale.transform(W[~train]))[:, 1]
        return out

    token_model = {}
    for C in C_VALUES:
        oof = classify(C)
        token_model[C] = (oof, {"roc_auc": round(float(roc_auc_score(wy, oof)), 4),
                                "average_precision": round(float(average_precision_score(wy, oof)), 4)})
        print("C", C, token_model[C][1], file=sys.stderr)
    best_c = max(C_VALUES, key=lambda c: token_model[c][1]["average_precision"])
    oof = token_model[best_c][0]
    cand_only = np.array([r[-4] for r in rows])
    reference = {"roc_auc": round(float(roc_auc_score(wy, cand_only)), 4),
                 "average_precision": round(float(average_precision_score(wy, cand_only)), 4)}

    def words_in(pid, s, e, alpha=True):
        toks = contexts[pid].tokens
        return [i for i, t in enumerate(toks) if t.start < e and s < t.end and (t.text[:1].isalpha() or not alpha)]

    def runs(threshold):
        out = {}
        for pid in pids:
            toks, spans, cur = contexts[pid].tokens, [], None
            for i, t in enumerate(toks):
                on = oof[row_of[(pid, i)]] >= threshold and t.text[:1].isalpha()
                if on and cur and toks[cur[1]].sentence == t.sentence and cur[1] == i - 1:
                    cur[1] = i
                elif on:
                    if cur:
                        spans.append(cur)
                    cur = [i, i]
                elif cur:
                    spans.append(cur)
                    cur = None
            if cur:
                spans.append(cur)
            out[pid] = [(toks[a].start, toks[b].end) for a, b in spans]
        return out

    def best_of(results):  # threshold -> prf: the best F1 and where
        t = max(results, key=lambda k: results[k]["f1"])
        return {"threshold": t, **results[t]}

    base_spans = spans_of(shipped)
    alone, union, filtered, widened = {}, {}, {}, {}
    for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        tok = runs(t)
        alone[t] = bench.span_prf(tok, gold)
        union[t] = bench.span_prf({p: base_spans.get(p, []) + tok.get(p, []) for p in pids}, gold)
    for t in (0.02, 0.04, 0.06, 0.08, 0.1, 0.15):
        filtered[t] = bench.span_prf({p: [(s, e) for s, e, _ in shipped[p]
                                          if max(oof[row_of[(p, i)]] for i in words_in(p, s, e)) >= t]
                                      for p in pids}, gold)
    for t in (0.05, 0.1, 0.2, 0.3):
        pred = {}
        for pid in pids:
            toks = contexts[pid].tokens
            for s, e, _ in shipped[pid]:
                idx = words_in(pid, s, e, alpha=False)
                lo, hi = idx[0], idx[-1]
                while lo > 0 and toks[lo - 1].sentence == toks[lo].sentence and toks[lo - 1].text[:1].isalpha() \
                        and oof[row_of[(pid, lo - 1)]] >= t and lo > idx[0] - 2:
                    lo -= 1
                while hi + 1 < len(toks) and toks[hi + 1].sentence == toks[hi].sentence \
                        and toks[hi + 1].text[:1].isalpha() and oof[row_of[(pid, hi + 1)]] >= t and hi < idx[-1] + 2:
                    hi += 1
                pred.setdefault(pid, []).append((toks[lo].start, toks[hi].end))
        widened[t] = bench.span_prf(pred, gold)

    # stacked over the shipped model's low-threshold findings
    F, Y, K, meta = [], [], [], []
    pool_sentences = set()
    for pid in pids:
        for s, e, kind in pool[pid]:
            idx = words_in(pid, s, e)
            pb = max(cand_p[pid].get(i, 0.0) for i in idx)
            pt = [oof[row_of[(pid, i)]] for i in idx]
            F.append([_logit(pb), _logit(max(pt)), _logit(float(np.mean(pt))), float(kind == "repeated")])
            Y.append(inside(pid, s, e))
            K.append(fold_of[pid])
            meta.append((pid, s, e))
            pool_sentences.add((pid, contexts[pid].tokens[idx[0]].sentence))
    F, Y, K = np.array(F), np.array(Y), np.array(K)

    def stack(cols):
        out = np.zeros(len(Y))
        for k in range(5):
            clf = LogisticRegression(C=1.0).fit(F[K != k][:, cols], Y[K != k])
            out[K == k] = clf.predict_proba(F[K == k][:, cols])[:, 1]
        return out

    stacked, stacked_base_only = {}, {}
    for name, cols, into in (("with", [0, 1, 2, 3], stacked), ("without", [0, 3], stacked_base_only)):
        sc = stack(cols)
        for t in np.round(np.arange(0.1, 0.21, 0.01), 2):
            pred: dict[str, list] = {}
            for (pid, s, e), v in zip(meta, sc):
                if v >= t:
                    pred.setdefault(pid, []).append((s, e))
            into[float(t)] = bench.span_prf(pred, gold)
    pool_pieces = 0
    for pid, si in pool_sentences:
        a, b = contexts[pid].sentences[si]
        pool_pieces += sum(len(o) for o, _ in per_article[pid] if len(o) and a <= o[0, 0] < b)

    result = {
        "what": "MiniLM word-piece states as loaded-language features; PTC fit split only (94 articles), "
                "5 folds by article; not shipped",
        "command": "python benchmarks/loaded_token_states.py",
        "words": int(len(wy)), "words_inside_gold": int(wy.sum()),
        "shipped_model_nested": baseline,
        "token_classifier": {str(c): token_model[c][1] for c in C_VALUES},
        "token_classifier_c": best_c,
        "shipped_probability_alone": reference,
        "token_spans_alone": best_of(alone),
        "union_with_shipped": best_of(union),
        "shipped_filtered_by_token_model": best_of(filtered),
        "shipped_widened_by_token_model": best_of(widened),
        "stacked_with_token_model": best_of(stacked),
        "stacked_same_way_without_token_model": best_of(stacked_base_only),
        "speed": {"sentences": len(sentences), "embed_seconds": round(embed_seconds, 1),
                  "sentences_per_second": round(len(sentences) / embed_seconds, 1),
                  "word_piece_share_of_stacked_pool_sentences": round(pool_pieces / total_pieces, 3)},
    }
    json.dump(result, sys.stdout, indent=1)
    print()
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
