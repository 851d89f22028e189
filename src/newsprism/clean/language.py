"""The language of an article's body (py3langid), with the page's own declaration as a fallback.

A page's declared language is often a template default, so the text decides when there is enough
of it; for a few words the declaration (or nothing) is safer than a guess.
"""
from __future__ import annotations

import re
from functools import lru_cache

_MIN_WORDS = 12
_SURE = 0.80


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def declared_code(value: str | None) -> str | None:
    """'en-US' → 'en', 'de_DE' → 'de'; None for anything that is not a language tag."""
    if not value:
        return None
    match = re.match(r"^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*\s*$", value)
    return match.group(1).lower() if match else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of `text`; the declared language when the text is too short to tell."""
    declared = declared_code(declared)
    words = len(text.split())
    if words == 0:
        return declared
    language, probability = _identifier().classify(text[:8000])
    if words >= _MIN_WORDS and probability >= _SURE:
        return language
    if declared:
        return declared
    return language if probability >= 0.95 and words >= 4 else None
