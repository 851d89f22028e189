"""Stance of an article towards a claim: agree, disagree, discuss or unrelated.

Uses the cross-check's own pieces: sentence embeddings and word overlap to find the sentences of the
article that speak about the claim (alignment), and the cue lexicons of contradiction (negation,
refutation words), hedges and confirmations, and figure agreement around those sentences. Two small
logistic models (weights in data/stance_model.json) weigh these features — related or not, then agree /
disagree / discuss; they were trained on a fixed half of the FNC-1 pairs (split by topic) and are
scored on the other half (benchmarks/stance_fnc1.py).
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from newsprism.crosscheck.contradiction import cue_count, cues, words_of

LABELS = ("agree", "disagree", "discuss", "unrelated")
TOP = 3  # sentences most like the claim: where its support or refutation would be
_SENT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n+|\n(?=[A-Z•\-])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|Ltd|No|U\.S|U\.K|vs|Jan|Feb|"
                     r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Maj|Capt|Cmdr|Adm|Rev|Mt|Ft)\.$")
_STOP = frozenset("""a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those he she they we you i his her their our your my me him them us who whom which what when
where why how not no than then so such there here have has had do does did will would can could may might must
shall should about into over after before up down out off again further once all any both each few more most other
some own same too very just also s t""".split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets by punctuation and line breaks; abbreviations do not end one."""
    spans, start = [], 0
    for m in _SENT.finditer(text):
        if _ABBREV.search(text[max(start, m.start() - 8):m.start()]):
            continue
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for a, b in spans:
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        b -= len(piece) - len(piece.rstrip())
        if b > a:
            out.append((a, b))
    return out


def content_words(text: str) -> list[str]:
    """Lower-case words that carry meaning (no stop words), crudely stemmed so "killed" meets "kill"."""
    return [_stem(w) for w in words_of(text) if w not in _STOP and w != "n't" and len(w) > 1]


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


_NUM = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Body:
    """An article prepared for stance: sentences, their embeddings and words (reused across claims)."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    vectors: np.ndarray  # one L2-normalised row per sentence
    words: tuple[tuple[str, ...], ...]  # all words per sentence (for cues)
    content: tuple[frozenset[str], ...]  # content words per sentence
    all_content: frozenset[str]
    numbers: frozenset[str]


def prepare_body(text: str, embed, sentences: Sequence[tuple[int, int]] | None = None, max_sentences: int = 60) -> Body:
    """Split (unless sentence spans are given), embed and tokenise an article once."""
    spans = tuple(sentences if sentences is not None else split_sentences(text))[:max_sentences]
    if not spans:
        spans = ((0, len(text)),)
    texts = [text[a:b] for a, b in spans]
    vectors = embed(texts)
    ws = tuple(tuple(words_of(t)) for t in texts)
    cw = tuple(frozenset(content_words(t)) for t in texts)
    return Body(text, spans, vectors, ws, cw, frozenset().union(*cw), frozenset(_NUM.findall(text)))


FEATURES = (
    "sim_max", "sim_top", "sim_mean", "sim_first", "sim_second",
    "overlap_body", "overlap_best", "overlap_first", "bigram_body",
    "numbers_match", "numbers_missing",
    "claim_neg", "claim_refute", "claim_hedge", "claim_question", "claim_len",
    "top_neg", "top_refute", "top_hedge", "top_confirm",
    "body_refute", "body_hedge", "body_confirm", "body_neg",
    "first_refute", "first_hedge",
    "neg_mismatch", "sim_x_refute", "sim_x_hedge", "log_sentences",
    "best_refute", "best_hedge", "strong_refute_body", "strong_refute_top", "quotes_rate", "sim_gap",
    "claim_attributed",
)
# Words that, near the claim, almost always mean the article rejects it.
_STRONG_REFUTE = frozenset({"fake", "hoax", "false", "debunk", "debunked", "denied", "denies", "deny", "untrue",
                            "fabricated", "bogus", "satire", "satirical", "prank", "doctored", "photoshopped"})


def features(claim: str, claim_vector: np.ndarray, body: Body) -> np.ndarray:
    """The stance features of one claim against one prepared article (order: FEATURES)."""
    sims = body.vectors @ claim_vector
    order = np.argsort(-sims, kind="stable")
    top = order[:TOP]
    cw = set(content_words(claim))
    cwords = words_of(claim)
    n_cw = max(1, len(cw))
    best = int(order[0])
    overlap = [len(cw & s) / n_cw for s in body.content]
    bigrams = set(zip(content_words(claim), content_words(claim)[1:]))
    body_cw = [w for s in body.words for w in s if w not in _STOP]
    body_bigrams = set(zip([_stem(w) for w in body_cw], [_stem(w) for w in body_cw[1:]]))
    nums = set(_NUM.findall(claim))
    n_words = max(1, sum(len(s) for s in body.words))

    def rate(kind: str, idx) -> float:
        ws = [w for k in idx for w in body.words[k]]
        return cue_count(ws, kind) / max(1, len(ws)) * 20

    top_ws = [w for k in top for w in body.words[k]]
    claim_neg = cue_count(cwords, "negators") > 0
    top_neg = cue_count(list(body.words[best]), "negators") > 0
    all_idx = range(len(body.words))
    first = range(min(2, len(body.words)))
    body_refute = rate("refuters", all_idx)
    body_hedge = rate("hedges", all_idx)
    sim_max = float(sims[best])
    values = {
        "sim_max": sim_max,
        "sim_top": float(np.mean(sims[top])),
        "sim_mean": float(np.mean(sims)),
        "sim_first": float(sims[0]),
        "sim_second": float(sims[order[1]]) if len(order) > 1 else float(sims[0]),
        "overlap_body": len(cw & body.all_content) / n_cw,
        "overlap_best": max(overlap),
        "overlap_first": overlap[0],
        "bigram_body": len(bigrams & body_bigrams) / max(1, len(bigrams)),
        "numbers_match": len(nums & body.numbers) / len(nums) if nums else 0.0,
        "numbers_missing": float(bool(nums) and not (nums & body.numbers)),
        "claim_neg": float(claim_neg),
        "claim_refute": float(cue_count(cwords, "refuters") > 0),
        "claim_hedge": float(cue_count(cwords, "hedges") > 0),
        "claim_question": float("?" in claim),
        "claim_len": math.log1p(len(cwords)),
        "top_neg": cue_count(top_ws, "negators") / max(1, len(top_ws)) * 20,
        "top_refute": cue_count(top_ws, "refuters") / max(1, len(top_ws)) * 20,
        "top_hedge": cue_count(top_ws, "hedges") / max(1, len(top_ws)) * 20,
        "top_confirm": cue_count(top_ws, "confirmers") / max(1, len(top_ws)) * 20,
        "body_refute": body_refute,
        "body_hedge": body_hedge,
        "body_confirm": rate("confirmers", all_idx),
        "body_neg": rate("negators", all_idx),
        "first_refute": rate("refuters", first),
        "first_hedge": rate("hedges", first),
        "neg_mismatch": float(claim_neg != top_neg),
        "sim_x_refute": sim_max * body_refute,
        "sim_x_hedge": sim_max * body_hedge,
        "log_sentences": math.log1p(len(body.words)) + 0 * n_words,
        "best_refute": float(cue_count(list(body.words[best]), "refuters") > 0),
        "best_hedge": float(cue_count(list(body.words[best]), "hedges") > 0),
        "strong_refute_body": sum(1 for s in body.words for w in s if w in _STRONG_REFUTE) / len(body.words),
        "strong_refute_top": float(any(w in _STRONG_REFUTE for w in top_ws)),
        "quotes_rate": (body.text.count("\"") + body.text.count("“")) / max(1, len(body.words)),
        "sim_gap": sim_max - float(np.mean(sims)),
        "claim_attributed": float(bool(re.search(r"\b(says|said|claims?|reports?|according)\b", claim.lower()))),
    }
    return np.array([values[f] for f in FEATURES], dtype=np.float64)


# ---------------------------------------------------------------- the trained model


@lru_cache(maxsize=1)
def _model() -> dict:
    return json.loads(resources.files("newsprism.data").joinpath("stance_model.json").read_text("utf-8"))


def _logistic(z: np.ndarray, layer: dict) -> np.ndarray:
    logits = z @ np.array(layer["weights"]) + np.array(layer["bias"])
    if logits.shape[1] == 1:  # binary: one column of log-odds for classes[1]
        logits = np.hstack([np.zeros_like(logits), logits])
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def predict_proba(x: np.ndarray, model: dict | None = None) -> np.ndarray:
    """Class probabilities (columns: LABELS) for rows of features: P(related) from the first model,
    shared out over agree / disagree / discuss by the second."""
    m = model or _model()
    if m.get("features") != list(FEATURES):
        raise ValueError("stance model was trained on other features: retrain with benchmarks/stance_fnc1.py --train")
    z = (np.atleast_2d(x) - np.array(m["mean"])) / np.array(m["scale"])
    related = _logistic(z, m["related"])[:, m["related"]["classes"].index(True)]
    kinds = _logistic(z, m["stance"])
    out = np.zeros((z.shape[0], len(LABELS)))
    for k, label in enumerate(m["stance"]["classes"]):
        out[:, LABELS.index(label)] = related * kinds[:, k]
    out[:, LABELS.index("unrelated")] = 1.0 - related
    return out


def predict(x: np.ndarray, model: dict | None = None) -> list[str]:
    """Labels: unrelated when P(related) < 0.5, else the likeliest of agree / disagree / discuss."""
    p = predict_proba(x, model)
    related = 1.0 - p[:, LABELS.index("unrelated")]
    kinds = p[:, :3]
    return [LABELS[3] if r < 0.5 else LABELS[int(np.argmax(k))] for r, k in zip(related, kinds)]


def stance(claim: str, body: Body, embed) -> tuple[str, dict[str, float], tuple[int, int]]:
    """The stance of a prepared article towards a claim, the class probabilities, and the sentence
    (offsets) most like the claim — the evidence a reader checks."""
    v = embed([claim])[0]
    x = features(claim, v, body)
    p = predict_proba(x)[0]
    best = int(np.argmax(body.vectors @ v))
    label = predict(x)[0]
    return label, {k: float(round(p[i], 4)) for i, k in enumerate(LABELS)}, body.sentences[best]
