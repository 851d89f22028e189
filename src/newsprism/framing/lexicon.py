"""The framing vocabulary: our curated lexicon, VADER's sentiment lexicon and wordfreq's word rarity.

- Curated (src/newsprism/data/loaded_lexicon.tsv, user-extendable): terms and phrases by kind
  (loaded, label, intensifier, hyperbole, absolute, minimiser, doubt, fear, slogan, neutral), each
  with an intensity in 0..1.
- VADER (vaderSentiment's vader_lexicon.txt): valence -4..+4 for about 7,500 words. Sentiment is not
  loadedness: "war" or "killed" carry strong valence yet are plain reporting. So a VADER word counts
  in proportion to its rarity (common words are rarely chosen for effect), and curated `neutral`
  entries mute it.
- wordfreq: Zipf frequency (about 7 for "the", below 3 for rare words).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsprism.errors import NewsprismError

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "loaded_lexicon.tsv"
ENV_EXTRA = "NEWSPRISM_LEXICON"  # extra lexicon files, separated by os.pathsep
KINDS = ("loaded", "label", "intensifier", "hyperbole", "absolute", "minimiser", "doubt", "fear",
         "slogan", "neutral")

# How a VADER word's loadedness grows with rarity: Zipf 5.0 and commoner ("bad", "war", "kill") count
# for RARITY_FLOOR of their valence, Zipf 2.5 and rarer for all of it. Chosen on the PTC fit split
# (benchmarks/framing_ptc.py), with the threshold in loaded.py.
RARITY_COMMON, RARITY_RARE, RARITY_FLOOR = 5.0, 2.5, 0.0


@dataclass(frozen=True)
class Entry:
    term: str
    kind: str
    intensity: float
    note: str = ""
    source: str = "curated"  # file name the entry came from


@dataclass(frozen=True)
class Lexicon:
    """Word and phrase entries by kind, plus VADER valences. Build with `load_lexicon`."""

    words: dict[str, dict[str, Entry]] = field(default_factory=dict)  # kind -> word -> entry
    phrases: dict[str, tuple[tuple[tuple[str, ...], Entry], ...]] = field(default_factory=dict)  # by first word
    vader: dict[str, float] = field(default_factory=dict)
    longest_phrase: int = 1
    # answers already computed, by (question, kind, word): every article asks about the same words
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def entry(self, kind: str, word: str) -> Entry | None:
        """The entry of this kind for a word form, folding simple inflections."""
        key = ("entry", kind, word)
        try:
            return self.memo[key]
        except KeyError:
            pass
        hit = None
        table = self.words.get(kind)
        if table:
            for form in inflection_bases(word):
                hit = table.get(form)
                if hit is not None:
                    break
        self.memo[key] = hit
        return hit

    def phrase_at(self, words: Sequence[str], i: int) -> list[Entry]:
        """Multi-word entries that start at words[i] (all kinds), longest first."""
        candidates = self.phrases.get(words[i])
        if not candidates:
            return []
        out = []
        for phrase, entry in candidates:
            n = len(phrase)
            # the last word may be inflected: "witch hunts", "smear campaigns"
            if (i + n <= len(words) and tuple(words[i:i + n - 1]) == phrase[:-1]
                    and phrase[-1] in inflection_bases(words[i + n - 1])):
                out.append(entry)
        return sorted(out, key=lambda e: (-len(e.term.split()), e.kind, e.term))

    def valence(self, word: str) -> float:
        for form in inflection_bases(word):
            if form in self.vader:
                return self.vader[form]
        return 0.0

    def is_neutral(self, word: str) -> bool:
        return self.entry("neutral", word) is not None

    def loadedness(self, word: str) -> tuple[float, str]:
        """How loaded a single lowercase word is (0..1) and why: curated intensity, or VADER valence
        weighted by rarity. Labels are not counted here (they have their own finding)."""
        key = ("loadedness", "", word)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = self._loadedness(word)
        return hit

    def _loadedness(self, word: str) -> tuple[float, str]:
        entry = self.entry("loaded", word)
        curated = (entry.intensity, f"{entry.source}: loaded {entry.intensity:.2f}") if entry else (0.0, "")
        if entry is None and self.is_neutral(word):
            return 0.0, ""
        valence = self.valence(word)
        if not valence:
            return curated
        score = abs(valence) / 4.0 * rarity_weight(word)
        if score <= curated[0]:
            return curated
        return score, f"VADER valence {valence:+.1f}, Zipf frequency {zipf(word):.1f}"


@lru_cache(maxsize=200_000)
def inflection_bases(word: str) -> tuple[str, ...]:
    """The word and the bases it may inflect from: regimes → regime, smeared → smear, lying → lie."""
    forms = [word]
    w = word
    if len(w) > 4:
        if w.endswith("ies"):
            forms.append(w[:-3] + "y")
        if w.endswith("es"):
            forms.append(w[:-2])
        if w.endswith("s") and not w.endswith("ss"):
            forms.append(w[:-1])
        if w.endswith("ied"):
            forms.append(w[:-3] + "y")
        if w.endswith("ed"):
            forms += [w[:-2], w[:-1]]
            if len(w) > 5 and w[-3] == w[-4]:
                forms.append(w[:-3])  # slammed → slam
        if w.endswith("ing"):
            forms += [w[:-3], w[:-3] + "e"]
            if w.endswith("ying"):
                forms.append(w[:-4] + "ie")  # lying → lie
            if len(w) > 6 and w[-4] == w[-5]:
                forms.append(w[:-4])  # slamming → slam
        if w.endswith("ly"):
            forms.append(w[:-2])
            if w.endswith("ily"):
                forms.append(w[:-3] + "y")
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def rarity_weight(word: str) -> float:
    z = zipf(word)
    share = (RARITY_COMMON - z) / (RARITY_COMMON - RARITY_RARE)
    share = min(1.0, max(0.0, share))
    return RARITY_FLOOR + (1.0 - RARITY_FLOOR) * share


def read_entries(path: Path) -> list[Entry]:
    """Entries of one lexicon file; a malformed line is an error naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise NewsprismError("E601", f"{path}: cannot read the lexicon file ({exc.strerror})") from exc
    out = []
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or line.startswith("term\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise NewsprismError("E602", f"{path}:{n}: expected term, kind, intensity separated by tabs")
        term, kind, raw = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
        if kind not in KINDS:
            raise NewsprismError("E602", f"{path}:{n}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        try:
            intensity = float(raw)
        except ValueError:
            raise NewsprismError("E602", f"{path}:{n}: intensity {raw!r} is not a number") from None
        if not 0.0 <= intensity <= 1.0 or not term:
            raise NewsprismError("E602", f"{path}:{n}: intensity must be within 0..1 and the term non-empty")
        note = cols[3].strip() if len(cols) > 3 else ""
        out.append(Entry(term, kind, intensity, note, path.name))
    return out


def _vader_lexicon() -> dict[str, float]:
    import vaderSentiment

    path = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2:
            try:
                out[cols[0].lower()] = float(cols[1])
            except ValueError:
                continue
    return out


def build_lexicon(entries: Iterable[Entry], vader: dict[str, float]) -> Lexicon:
    words: dict[str, dict[str, Entry]] = {k: {} for k in KINDS}
    by_phrase: dict[tuple[tuple[str, ...], str], Entry] = {}
    for e in entries:  # a later entry replaces an earlier one of the same term and kind
        parts = tuple(tokenize_term(e.term))
        if len(parts) == 1:
            words[e.kind][parts[0]] = e
        elif parts:
            by_phrase[(parts, e.kind)] = e
    phrases: dict[str, tuple[tuple[tuple[str, ...], Entry], ...]] = {}
    for (parts, _kind), e in sorted(by_phrase.items()):
        phrases[parts[0]] = phrases.get(parts[0], ()) + ((parts, e),)
    longest = max((len(p) for p, _ in by_phrase), default=1)
    return Lexicon(words=words, phrases=phrases, vader=vader, longest_phrase=longest)


def tokenize_term(term: str) -> list[str]:
    from newsprism.framing.tokens import words_of

    return [w.lower() for w in words_of(term)]


def extra_files_from_env() -> tuple[Path, ...]:
    raw = os.environ.get(ENV_EXTRA, "")
    return tuple(Path(p) for p in raw.split(os.pathsep) if p.strip())


@lru_cache(maxsize=8)
def _load(files: tuple[Path, ...]) -> Lexicon:
    entries: list[Entry] = []
    for path in files:
        entries += read_entries(path)
    return build_lexicon(entries, _vader_lexicon())


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """Our lexicon, then the files named in NEWSPRISM_LEXICON, then `extra` (later entries win)."""
    files = (DATA_FILE, *extra_files_from_env(), *(Path(p) for p in extra))
    return _load(tuple(Path(p).resolve() for p in files))
