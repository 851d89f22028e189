"""Cross-check speed: one 50-article story, after extraction (issue 5: under 2 seconds).

The story: 50 FNC-1 article bodies (../shared/data/fnc1): whole topics, largest first (17, 15, ... bodies
each about one claim), since no topic has 50. Extraction runs first and is timed on its own: parsing
and extracting, then `embed_claims`: the parse of each claim's text and the sentence vectors of the
contents the cross-check aligns (crosscheck.prepare_claims), one batch for every claim of every article,
and the vectors of the indirect quotes. Then `crosscheck_story` is timed with the models loaded, as it runs in
the pipeline, reading those: "first run" has only what extraction made cached (not the quote-text vectors it
embeds itself), "rerun" keeps everything. The claim embeddings are also timed
with the previous `embed` (character-length order, batches of 64 padded to their longest text), to
measure the change in `nlp.embed` in the same run; both must give the same vectors.

    python benchmarks/crosscheck_speed.py [--articles 50]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "crosscheck_speed.json"


def story_articles(n: int):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from stance_fnc1 import load, topic_of

    from newsprism.records import Article

    bodies, pairs = load()
    topics: dict[str, list[str]] = {}
    for body, topic in topic_of(pairs).items():
        topics.setdefault(topic, []).append(body)
    # No FNC-1 topic has 50 bodies (the largest has 17): take whole topics, largest first, up to n.
    chosen: list[str] = []
    for topic in sorted(topics, key=lambda t: (-len(topics[t]), int(t))):
        chosen += sorted(topics[topic], key=int)[: n - len(chosen)]
        if len(chosen) >= n:
            break
    return [Article(id=f"fnc{b:0>6}", source=f"fnc1/bodies.csv#{b}", outlet=None, outlet_found=None, title=None,
                    byline=None, published=None, published_precision=None, published_found=None, language="en",
                    text=bodies[b]) for b in chosen]


def _embed_before(texts, batch_size: int = 64):
    """`nlp.embed` as it was before: texts in character-length order, batches of 64, each padded to its
    longest text (kept here to measure the change in the same run)."""
    import numpy as np

    from newsprism import nlp

    tokenizer, session, input_names = nlp._embedder()
    out = np.zeros((len(texts), nlp.EMBEDDING_DIM), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    try:
        for lo in range(0, len(order), batch_size):
            idx = order[lo:lo + batch_size]
            encodings = tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = session.run(None, feeds)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[idx] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
    finally:
        tokenizer.no_padding()
    return out


def _timed(fn):
    t, c = time.perf_counter(), time.process_time()
    value = fn()
    return value, time.perf_counter() - t, time.process_time() - c


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)

    import os

    import numpy as np

    from newsprism import crosscheck, nlp
    from newsprism.cluster import find_duplicates
    from newsprism.extract import embed_claims, extract_articles, extract_parsed, parse_paragraphs
    from newsprism.records import Story

    load = os.getloadavg()[0]  # the machine is shared: wall time means little when this is high
    articles = story_articles(args.articles)
    nlp.embed(["warm up"])
    nlp.parse(["warm up"])  # models loaded, as in the pipeline
    story = Story(id="story_speed", title="speed", article_ids=tuple(a.id for a in articles))

    parse_s, extract_s, embed_s, before_s, check_first, check_rerun = [], [], [], [], [], []
    for _ in range(args.runs):
        nlp._vectors.clear()
        crosscheck._docs.clear()
        # Extraction = extract_articles: parse, extract, then the claim vectors in one batch.
        docs, w, c = _timed(lambda: parse_paragraphs([a.text for a in articles]))
        parse_s.append((w, c))
        extractions, w, c = _timed(lambda: extract_parsed(articles, docs))
        extract_s.append((w, c))
        _, w, c = _timed(lambda: embed_claims(extractions))
        embed_s.append((w, c))
        texts = [cl.text for e in extractions for cl in e.claims]
        made = dict(nlp._vectors)  # what extraction embedded: claim contents, indirect quotes
        distinct = sorted(made)
        old, w, c = _timed(lambda: _embed_before(distinct))
        before_s.append((w, c))
        same = bool(np.array_equal(old, np.stack([made[t] for t in distinct])))
        duplicates = find_duplicates(articles)
        # First cross-check of the story: only what extraction made is cached (claim vectors, parses).
        result, w, c = _timed(lambda: crosscheck.crosscheck_story(story, articles, extractions, duplicates))
        check_first.append((w, c))
        _, w, c = _timed(lambda: crosscheck.crosscheck_story(story, articles, extractions, duplicates))
        check_rerun.append((w, c))
    assert extract_articles(articles[:3]) == extractions[:3]  # the timed steps are extract_articles'

    def med(xs, k):
        return round(statistics.median(x[k] for x in xs), 3)

    figures = {
        "articles": len(articles), "words": sum(len(a.text.split()) for a in articles),
        "claims": len(texts), "texts_embedded_by_extraction": len(distinct),
        "quotes": sum(len(e.quotes) for e in extractions),
        "claim_groups": len(result.claim_groups), "quote_groups": len(result.quote_groups),
        "extraction: parse, seconds (wall / cpu)": [med(parse_s, 0), med(parse_s, 1)],
        "extraction: extract, seconds (wall / cpu)": [med(extract_s, 0), med(extract_s, 1)],
        "extraction: claim parses and vectors (embed_claims), seconds (wall / cpu)": [med(embed_s, 0), med(embed_s, 1)],
        "the same claim vectors with the previous embed(), seconds (wall / cpu)": [med(before_s, 0), med(before_s, 1)],
        "previous embed() gives the same vectors": same,
        "crosscheck after extraction, first run, seconds (wall / cpu)": [med(check_first, 0), med(check_first, 1)],
        "crosscheck rerun, seconds (wall / cpu)": [med(check_rerun, 0), med(check_rerun, 1)],
        "cpu seconds are summed over threads (onnxruntime uses 2)": True,
        "load_average_at_start": round(load, 2),
        "target_seconds": 2.0,
        "runs": args.runs,
        "command": "python benchmarks/crosscheck_speed.py" + (f" --articles {args.articles}" if args.articles != 50 else ""),
        "story": "50 FNC-1 bodies: whole topics (topic_of in stance_fnc1.py), largest first",
    }
    print(json.dumps(figures, indent=2))
    if args.articles == 50:
        RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
