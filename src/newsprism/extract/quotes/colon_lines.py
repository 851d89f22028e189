"""Headline-style attributions: a short source heading a line, a colon, and what it says ("Voss: sanctions
will fail"); not a sub-heading, a section name or a story's dateline.
"""
from __future__ import annotations

import re

from newsprism.extract.coref import canonical
from newsprism.extract.mentions import Found, doc_text
from newsprism.extract.lexicon import is_media
from newsprism.extract.quotes.common import Attribution


_COLON_LINE = re.compile(r"^[ \t]*([A-Z][^:\n.!?\"“”]{1,48}?)[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
# "Rep. Ann Roe (D-Lenholm):“…”", "TURNOUT FELL IN LENHOLM - Ann Roe and Olek Brand: “…”": before a quotation the
# name may hold points (titles, initials), need no space after the colon and follow a headline's dash (train:
# 9 of 10 such lines marked with the name as source).
_COLON_QUOTE = re.compile(r"(?:^|(?<=\s[-–—]\s))[ \t]*([A-Z](?:(?!\s[-–—]\s)[^:\n!?\"“”]){1,60}?)[ \t]*:[ \t]*"
                          r"((?:[\"“‘]|'')[^\n]*?)[ \t]*$", re.M)
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.|\([^()]*\)")
# Labels that head a line with a colon but name no source.
_NOT_SOURCES = frozenset("""update updated read more photo photos video watch note editor's editors related source
sources breaking live exclusive opinion analysis comment comments listen see also tags topics published posted by
image images credit caption correction advertisement share when where what why how who date time location
""".split())


# A page's section names heading a line ("NEWS: …", "MORE: …"); with a name before them ("Fox News") they
# are a source
_SECTIONS = frozenset("""news more world politics business sport sports entertainment health science tech
technology local national international lifestyle travel weather culture media""".split())
_FINDINGS = frozenset("poll polls survey study report newspaper officials spokesman spokeswoman".split())


def _colon_lines(doc, found: list[Found], done: list[Attribution]) -> list[Attribution]:
    """Headline-style attributions: "Graham: Trump's rhetoric destroying GOP's chance" — a short source
    heading a line, a colon, and what it says (four words or more)."""
    text = doc_text(doc)
    # Attributions nested in the line's content (a scare quote, "Say" in the headline) do not stop it;
    # a line already inside a quotation does.
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out, colons = [], set()
    matches = [(m, 4) for m in _COLON_LINE.finditer(text)] + [
        (m, 6) for m in _COLON_QUOTE.finditer(text) if "." not in _ABBREVIATION.sub("", m.group(1))]
    for m, most in matches:
        label, content = m.group(1), m.group(2)
        words = label.split()
        ls, le = m.start(1), m.end(1)
        inside = [f for f in found if ls <= f.start and f.end <= le and f.label in ("PERSON", "ORG", "NORP", "GPE")]
        # A source, not a sub-heading ("The dam: …", "Help for evacuees: …"): a name, a medium or a
        # body of findings, with at most one more word ("Clinton camp"; a title or a bracket aside).
        named = inside and len(_ABBREVIATION.sub("", label).split()) - len(" ".join(f.text for f in inside).split()) <= 1
        if le in colons or len(words) > (most if named else 4) \
                or any(w.lower().strip("'’") in _NOT_SOURCES for w in words[:2]) \
                or (len(words) == 1 and words[0].lower() in _SECTIONS):
            continue  # (a line both patterns read is taken once)
        if len(re.findall(r"\w+", content)) < 4 or any(ch.isdigit() for ch in label):
            continue
        if label.count("(") > label.count(")"):
            continue  # "Vantrell (NYSE: VTL) today announced …": a stock ticker's colon inside brackets
        cs, ce = m.start(2), m.end(2)
        if any(s <= ls < e for s, e in taken):
            continue
        if any(a.cue is not None and ls <= a.cue[0] < le for a in done):
            continue  # "Mr. Brand said: “…”": the verb's already
        below = None if named else _named_below(label, le, found)
        if below is not None:
            inside = [below]  # the person as the article names them
        elif not (named or is_media(label) or words[-1].lower() in _FINDINGS):
            continue
        if below is None and _dateline(inside, label, content, found):
            continue
        speaker = canonical(inside[0]) if inside else label
        colon = text.index(":", le)
        colons.add(le)
        out.append(Attribution([(cs, ce)], "indirect", cue=(colon, colon + 1), cue_text=":", source=(ls, le),
                               speaker=speaker, speaker_found=inside[0] if inside else None,
                               media=is_media(speaker) or is_media(label)))
    return out


def _dateline(inside: list[Found], label: str, content: str, found: list[Found]) -> bool:
    """"Lenholm: The fate of the ferry remains unclear, ….": a place heading a paragraph of prose (a long
    sentence ending in a full stop) is the story's dateline, not a source; a headline ("Vantrell: sanctions
    will fail") has no full stop. At a line's head the parser often takes the place for a person: a single
    word the article never names again is no source either."""
    if not (content.rstrip().endswith(".") and len(re.findall(r"\w+", content)) >= 8):
        return False
    places = [f for f in inside if f.label in ("GPE", "LOC")]
    if places and len(places) == len(inside) and label.split() == " ".join(f.text for f in places).split():
        return True
    word = label.strip()  # (a transcript's "CLINTON:" is a speaker, however rarely named)
    return len(word.split()) == 1 and not word.isupper() and len(re.findall(r"\w+", content)) >= 12 \
        and sum(word in f.text.split() for f in found) <= 1


def _named_below(label: str, end: int, found: list[Found]) -> Found | None:
    """A headline's "Voss:" that the parser did not read as a name (title case hides names): the first
    mention of the person the article names so further down ("Senator Ansel Voss", "Voss said")."""
    words = label.split()
    if len(words) > 2 or not all(w[:1].isupper() for w in words):
        return None
    if label.isupper():  # a transcript's "TAPPER:" for the Jake Tapper of the text
        words = [w.title() for w in words]
    return next((f for f in found if f.label == "PERSON" and (f.start >= end or label.isupper())
                 and f.text.split()[-len(words):] == words), None)
