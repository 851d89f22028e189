"""Which lexicon hits are loaded language here: a small logistic model over single-word features.

The lexicon says how charged a word can be; whether this use of it is chosen for effect depends on
more than the word: its likely class, how rare it is, whether the sentence around it is charged,
whether a neighbour strengthens it, whether it sits in a quote or a headline. The weights
(src/newsprism/data/loaded_model.json) are a logistic regression fitted on the PTC fit split only
(article ids with sha1 % 3 == 0; `benchmarks/fit_loaded_model.py`); every figure we report is on
the other two thirds. Features are numbers about single words: no article text is stored.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsprism.errors import NewsprismError
from newsprism.framing.lexicon import Lexicon, rarity_weight, zipf

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "loaded_model.json"

FEATURES = (
    "word_score",  # the lexicon's loadedness with the word-class factor (loaded.word_score)
    "curated",  # curated `loaded` intensity, 0 when not curated
    "valence",  # |VADER valence| / 4
    "negative",  # VADER valence below zero
    "zipf",  # wordfreq Zipf frequency / 8
    "rarity",  # lexicon.rarity_weight
    "adj", "adv", "verb",  # word class guessed from the ending (noun is the baseline)
    "other_kind",  # strongest curated hyperbole / absolute / fear / doubt / minimiser intensity
    "intensified",  # an intensifier right before it
    "neighbour",  # strongest word_score of the words either side
    "quoted",  # inside a quote: the speaker's words
    "headline",  # in a title-case line
    "exclaim",  # the sentence ends in "!"
    "sentence_charge",  # other loaded candidates in the sentence (capped at 5, / 5)
    "length",  # word length / 10
    "strong",  # word_score >= 0.4 (the old fixed threshold)
    "fit_lift",  # log of how much likelier than average the word is marked loaded (fit split; 0 unseen)
    "fit_known",  # the word is in the fit-split word table
    "score_x_neighbour",  # a charged word next to another charged word
    "score_x_lift",  # the lexicon and the fit-split table agree
    "lift_x_charge",  # a word the table knows, in a charged sentence
    "repeat",  # the same term was already a candidate earlier in the article (annotators mark a repeat
    # less often than a first use: on the PTC fit split, nested out of fold, F1 0.368 -> 0.376)
)
# A word's rate of being marked loaded is smoothed towards the average rate with this many articles'
# weight, so a word seen in two articles says little.
SMOOTHING = 10.0
_OTHER_KINDS = ("hyperbole", "absolute", "fear", "doubt", "minimiser")


@dataclass(frozen=True)
class WordTable:
    """Per word: in how many fit-split articles it was inside a Loaded_Language span, and in how many
    it appeared (document counts, so one article repeating a word counts once)."""

    counts: dict[str, tuple[int, int]]
    base_rate: float

    def lift(self, word: str) -> float:
        hit = self.counts.get(word)
        if hit is None:
            return 0.0
        marked, seen = hit
        rate = (marked + SMOOTHING * self.base_rate) / (seen + SMOOTHING)
        return math.log(rate / self.base_rate)


@dataclass(frozen=True)
class LoadedModel:
    weights: tuple[float, ...]
    intercept: float
    threshold: float  # probability at or above which a candidate is reported
    table: WordTable

    def probability(self, x: list[float]) -> float:
        z = self.intercept + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> LoadedModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        weights = data["weights"]
        if list(weights) != list(FEATURES):
            raise ValueError(f"features {list(weights)} do not match {list(FEATURES)}")
        table = WordTable({w: (int(k), int(n)) for w, (k, n) in data["words"].items()}, float(data["base_rate"]))
        return LoadedModel(tuple(float(weights[f]) for f in FEATURES), float(data["intercept"]),
                           float(data["threshold"]), table)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NewsprismError("E604", f"{path}: cannot read the loaded-language model ({exc})") from exc


def word_features(lex: Lexicon, word: str, score: float, word_class: str) -> list[float]:
    """The features of the word itself (memoised per lexicon: articles share their vocabulary)."""
    key = ("features", "", word)
    hit = lex.memo.get(key)
    if hit is None:
        entry = lex.entry("loaded", word)
        valence = lex.valence(word)
        other = max((e.intensity for k in _OTHER_KINDS if (e := lex.entry(k, word)) is not None), default=0.0)
        hit = lex.memo[key] = [
            score, entry.intensity if entry else 0.0, abs(valence) / 4.0, 1.0 if valence < 0 else 0.0,
            zipf(word) / 8.0, rarity_weight(word),
            1.0 if word_class == "ADJ" else 0.0, 1.0 if word_class == "ADV" else 0.0,
            1.0 if word_class == "VERB" else 0.0, other,
        ]
    return hit


def token_features(word: list[float], *, intensified: bool, neighbour: float, quoted: bool, headline: bool,
                   exclaim: bool, sentence_charge: int, length: int, lift: float, known: bool,
                   repeat: bool = False) -> list[float]:
    return word + [float(intensified), neighbour, float(quoted), float(headline), float(exclaim),
                   min(5, sentence_charge) / 5.0, length / 10.0, 1.0 if word[0] >= 0.4 else 0.0,
                   lift, float(known), word[0] * neighbour, word[0] * lift,
                   lift * min(5, sentence_charge) / 5.0, float(repeat)]
