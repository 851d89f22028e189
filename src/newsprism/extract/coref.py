"""Within one article: which mention a later, shorter reference means.

- Surname references: "Stoltenberg" → "Jens Stoltenberg" when exactly one person named earlier in the
  article (or later, for a headline-style early surname) carries that surname; two people sharing it
  leave the reference unlinked rather than guess.
- Acronyms defined in text: "North Atlantic Treaty Organization (NATO)" ties every "NATO" to the expansion.
- Title references: "the secretary-general" → the person introduced with that title.
- Pronouns (for quote speakers): the nearest fitting name before the pronoun, preferring the sentence
  subject and the speaker of the previous quote.
"""
from __future__ import annotations

import re

from newsprism.extract.entities import Found, doc_text
from newsprism.extract.names import TITLES, acronym_of, is_acronym, name_key, person_parts, translit_key

# Words of titles that alone name no office ("Secretary of State" → "the state" is not the secretary).
_NOT_A_TITLE_NOUN = frozenset("""state former late foreign defense defence interior finance first crown deputy vice
chief leader official officials lady""".split())
_DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")


def canonical(f: Found) -> str:
    return f.refers_to or f.text


def link_within_article(doc, found: list[Found]) -> list[Found]:
    """Fill refers_to / reason on the mentions; returns them with any title references added."""
    _acronyms(doc_text(doc), found)
    _surnames(found)
    found = found + _title_references(doc, found)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _acronyms(text: str, found: list[Found]) -> None:
    by_end = {}
    for f in found:
        by_end.setdefault(f.end, f)
    defined: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        # The expansion is the mention that ends just before the bracket.
        before = text[:m.start()].rstrip()
        expansion = by_end.get(len(before))
        if expansion is None:
            continue
        if acronym_of(expansion.text).replace(".", "") == acr.replace(".", ""):
            defined[name_key(acr)] = expansion.text
    if not defined:
        return
    for f in found:
        key = name_key(f.text)
        if key in defined and f.refers_to is None and f.text != defined[key]:
            f.refers_to, f.reason = defined[key], "acronym defined in text"


def _surnames(found: list[Found]) -> None:
    full: dict[str, set[str]] = {}
    for f in found:
        if f.label != "PERSON":
            continue
        given, surname = person_parts(f.text)
        if given and surname:
            full.setdefault(translit_key(surname), set()).add(f.text)
    for f in found:
        if f.label != "PERSON" or f.refers_to:
            continue
        given, surname = person_parts(f.text)
        if given or not surname:
            continue
        names = full.get(translit_key(surname), set())
        # Several different full names: the text does not say which one is meant.
        distinct = {translit_key(n) for n in names}
        if len(distinct) == 1:
            target = min(names, key=lambda n: (-len(n), n))
            f.refers_to, f.reason = target, "surname reference"


def _title_references(doc, found: list[Found]) -> list[Found]:
    """"the secretary-general" after "NATO Secretary-General Jens Stoltenberg"."""
    people = [f for f in found if f.label == "PERSON" and f.titles]
    if not people:
        return []
    taken = {i for f in found for i in range(f.tok_start, f.tok_end)}
    out = []
    for tok in doc:
        if tok.lower_ not in ("the",) or tok.i + 1 >= len(doc):
            continue
        # "the secretary-general", "the general": the title words up to the noun's end.
        j = tok.i + 1
        words = []
        while j < len(doc) and (doc[j].lower_.rstrip(".") in TITLES or (doc[j].text == "-" and words)) \
                and doc[j].pos_ != "PROPN" and j not in taken:
            words.append(doc[j].lower_)
            j += 1
        if not words or words[-1] == "-" or words[-1] in _NOT_A_TITLE_NOUN \
                or (j < len(doc) and doc[j].pos_ in ("PROPN", "NOUN")):
            continue  # "the state", "the former": a word of a title, not a title
        title = "".join(w if w == "-" else " " + w for w in words).strip().replace(" -", "-").replace("- ", "-")
        start = doc[tok.i].idx
        before = [p for p in people if p.end <= start and _has_title(p, title)]
        if not before:
            continue
        target = before[-1]
        who = canonical(target)
        if any(canonical(p) != who for p in before if _has_title(p, title)):
            continue  # two people with that title: ambiguous
        end = doc[j - 1].idx + len(doc[j - 1].text)
        out.append(Found(start, end, doc_text(doc)[start:end], "PERSON", tok.i, j, source="title",
                         refers_to=who, reason="title reference"))
    return out


def _has_title(person: Found, title: str) -> bool:
    have = " ".join(t.lower() for t in person.titles).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return bool(have) and (have.endswith(title) or title in have.split() or title == have)


# ---------------------------------------------------------------- pronouns

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
THING_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def mention_at(found: list[Found], token_index: int) -> Found | None:
    for f in found:
        if f.tok_start <= token_index < f.tok_end:
            return f
    return None


def antecedent(doc, tok, found: list[Found], last_speaker: Found | None = None) -> Found | None:
    """The named mention a pronoun stands for, or None when the text does not make it clear."""
    low = tok.lower_
    if low in RELATIVE_PRONOUNS:
        # "Trump, who said ...": the relative clause hangs on the noun it describes.
        verb = tok.head
        noun = verb.head if verb.dep_ == "relcl" else None
        if noun is not None:
            return mention_at(found, noun.i)
        return None
    if low in PERSON_PRONOUNS:
        labels = ("PERSON",)
    elif low in THING_PRONOUNS:
        labels = ("ORG", "GPE")
    elif low in GROUP_PRONOUNS:
        labels = ("ORG", "NORP", "GPE")
    else:
        return None
    start = tok.idx
    sent_start = tok.sent.start
    window_start = doc[max(0, sent_start - 1)].sent.start if sent_start > 0 else 0
    # Look back up to three sentences.
    for _ in range(2):
        if window_start > 0:
            window_start = doc[window_start - 1].sent.start
    before = [f for f in found if f.end <= start and f.label in labels and f.tok_start >= window_start]
    if last_speaker is not None and last_speaker.label in labels and last_speaker.end <= start:
        between = [f for f in before if f.start > last_speaker.start and f.label in labels
                   and canonical(f) != canonical(last_speaker)]
        if not between:
            return last_speaker
    if not before:
        return None
    subjects = [f for f in before if doc[f.tok_end - 1].dep_ in ("nsubj", "nsubjpass")
                or doc[f.tok_end - 1].head.dep_ in ("nsubj", "nsubjpass")]
    return (subjects or before)[-1]
