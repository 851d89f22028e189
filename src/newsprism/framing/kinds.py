"""Our finding kinds, what each means, and the closest SemEval-2020 Task 11 (PTC) technique.

This is the one mapping table between newsprism's kinds and the PTC techniques; the PTC benchmark
(benchmarks/framing_ptc.py) scores each finding under the technique named here.
"""
from __future__ import annotations

# kind -> (PTC technique or "" when PTC has none, legend text)
KINDS: dict[str, tuple[str, str]] = {
    "loaded": ("Loaded_Language", "loaded or emotive wording"),
    # PTC's Repetition is a message said over and over; a loaded word used again is still loaded language
    "repeated": ("Loaded_Language", "a loaded term used again"),
    "label": ("Name_Calling,Labeling", "a label or name attached to a person or group"),
    "mandatory-label": ("Name_Calling,Labeling", "a set phrase repeated after a name (a label, not a claim)"),
    "slogan": ("Slogans", "a slogan or chant"),
    "call-to-action": ("Slogans", "a call to action addressed to the reader"),
    "rhetorical-question": ("Doubt", "a question asked for effect, not for an answer"),
    "exaggeration": ("Exaggeration,Minimisation", "exaggeration or absolute wording"),
    "minimisation": ("Exaggeration,Minimisation", "playing something down"),
    "doubt": ("Doubt", "doubt cast on a source or claim (so-called, purported, ...)"),
    "scare-quote": ("Doubt", "scare quotes: a word held at a distance"),
    "fear": ("Appeal_to_fear-prejudice", "an appeal to fear"),
}

STANCE_KINDS: dict[str, str] = {
    "report": "reported fact: the outlet states it without evaluation",
    "attributed": "attributed: someone else's statement, quoted or reported",
    "opinion": "the outlet's own opinion or speculation",
}


# Loaded-language findings the model scores under this are shown faint in the report and the web UI (the JSON
# keeps them all): on the ordinary news pages read in sessions 19 and 20, 7 of 36 such findings were right
# against 79 of 106 above it. On PTC's propaganda they are as precise as the rest, so they are not dropped.
WEAK_LOADED_SCORE = 0.4


def weak(kind: str, score: float) -> bool:
    """A loaded-language finding whose evidence is weak: shown faint, hover says so."""
    return kind in ("loaded", "repeated") and score < WEAK_LOADED_SCORE


def technique_of(kind: str) -> str:
    return KINDS.get(kind, ("", ""))[0]
