"""Labels and name-calling: the words an outlet attaches to people and groups.

Two sources, one finding kind (`label`):
- the descriptors extraction kept with each mention ("the US regime", "the Taliban freedom
  fighters", "Iran's legendary commander"): a descriptor is a label when it holds a curated label
  word or loaded wording; plain descriptors ("the incoming commander") are not findings but still
  feed the naming table (naming.py);
- label words from the curated lexicon anywhere in the text ("thugs", "warmongers", "puppet
  regime"), joined to the name right before them ("Zionist crime rings", "US regime") and to
  attributive "X-backed" / "X-sponsored" compounds ("Israeli-backed ISIS").
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism.framing.context import STOPWORDS, ArticleContext, is_name
from newsprism.framing.loaded import THRESHOLD as LOADED_THRESHOLD
from newsprism.framing.loaded import DISEASES, biology, plain_use, word_score
from newsprism.records import FramingFinding, Mention

LABEL_THRESHOLD = 0.3  # curated label intensity below this ("rebels", "militants") is plain naming
ATTACHED_BONUS = 0.1  # a label tied to a named actor is surer than a free-floating one
_SPONSOR = re.compile(r"^[^\W\d_][\w.]*-(?:backed|sponsored|funded|controlled|allied|installed)$", re.IGNORECASE)
SPONSOR_SCORE = 0.35
# "the Republican-controlled Senate", "the Democratic Party-controlled House": which party holds the majority
_MAJORITY = re.compile(r"^(?:party|democrat|democratic|republican|gop|labour|tory|conservative|liberal)-controlled$",
                       re.IGNORECASE)


def descriptor_label(ctx: ArticleContext, descriptor: str) -> tuple[float, tuple[str, ...], str]:
    """(score, label words, reason) for one descriptor; score 0 when it is plain description."""
    lex = ctx.lexicon
    words = [w.lower() for w in re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", descriptor)]
    best, terms, why = 0.0, [], ""
    for i, w in enumerate(words):
        for entry in lex.phrase_at(words, i):
            if entry.kind == "label" and entry.intensity >= LABEL_THRESHOLD:
                terms.append(entry.term)
                if entry.intensity > best:
                    best, why = entry.intensity, f"label '{entry.term}' ({entry.intensity:.2f})"
        entry = lex.entry("label", w)
        if entry is not None and plain_label(words, i):
            continue
        if entry is not None and entry.intensity >= LABEL_THRESHOLD:
            terms.append(w)
            if entry.intensity > best:
                best, why = entry.intensity, f"label '{w}' ({entry.intensity:.2f})"
            continue
        score, reason = word_score(lex, w)
        if score >= LOADED_THRESHOLD and not plain_use(words, i):
            terms.append(w)
            if score > best:
                best, why = score, f"loaded '{w}': {reason}"
        elif _SPONSOR.match(w) and not _MAJORITY.match(w):
            terms.append(w)
            if SPONSOR_SCORE > best:
                best, why = SPONSOR_SCORE, f"'{w}' ties the actor to a sponsor"
    return best, tuple(dict.fromkeys(terms)), why


def find_labels(ctx: ArticleContext) -> list[FramingFinding]:
    found: dict[tuple[int, int], FramingFinding] = {}
    covered: list[tuple[int, int]] = []
    mentions = ctx.extraction.mentions if ctx.extraction else ()
    for m in mentions:
        for finding in _from_mention(ctx, m):
            key = (finding.span.start, finding.span.end)
            if key not in found or found[key].score < finding.score:
                found[key] = finding
            covered.append(key)
    for finding in _from_lexicon(ctx):
        s, e = finding.span.start, finding.span.end
        if any(a < e and s < b for a, b in covered):
            continue  # the descriptor already made this finding
        found.setdefault((s, e), finding)
    return sorted(found.values(), key=lambda f: (f.span.start, f.span.end))


# Labels name people and groups: a descriptor of a war, a law or a building ("the war, a terrible and costly
# conflict") judges a thing, which loaded wording already finds.
_THINGS = frozenset({"EVENT", "LAW", "FAC", "WORK_OF_ART", "PRODUCT"})


def _from_mention(ctx: ArticleContext, m: Mention) -> list[FramingFinding]:
    out = []
    if m.label in _THINGS:
        return out
    spans = list(m.descriptor_spans) + [None] * (len(m.descriptors) - len(m.descriptor_spans))
    for descriptor, dspan in zip(m.descriptors, spans):
        score, terms, why = descriptor_label(ctx, descriptor)
        if score < LABEL_THRESHOLD:
            continue
        if dspan is not None and dspan.article_id == ctx.article.id and dspan.end > dspan.start:
            start, end = dspan.start, dspan.end
            if _near(ctx.text, start, end, m.span.start, m.span.end):
                start, end = min(start, m.span.start), max(end, m.span.end)
        else:
            start, end = m.span.start, m.span.end
            located = _locate(ctx.text, descriptor, start, end)
            if located:
                start, end = min(start, located[0]), max(end, located[1])
        out.append(ctx.finding(start, end, "label", terms, score + ATTACHED_BONUS,
                               f"descriptor of {m.text!r}: {why}"))
    return out


def _near(text: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    lo, hi = (a1, b0) if a1 <= b0 else (b1, a0)
    return hi - lo <= 6 and not re.search(r"[.!?;\n]", text[lo:hi])


def _locate(text: str, descriptor: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a descriptor without a span sits, looking close around its mention."""
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    i = text.lower().find(descriptor.lower(), lo, hi)
    return (i, i + len(descriptor)) if i >= 0 else None


def _from_lexicon(ctx: ArticleContext) -> list[FramingFinding]:
    lex, tokens, text = ctx.lexicon, ctx.tokens, ctx.text
    lowers = [t.lower for t in tokens]
    out = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        n, score, term = 0, 0.0, ""
        for entry in lex.phrase_at(lowers, i):
            if entry.kind == "label" and entry.intensity >= LABEL_THRESHOLD:
                n, score, term = len(entry.term.split()), entry.intensity, entry.term
                break
        if not n and _SPONSOR.match(tok.lower) and not _MAJORITY.match(tok.lower) and i + 1 < len(tokens) \
                and is_name_like(tokens[i + 1]):
            n, score, term = 1, SPONSOR_SCORE, tok.lower  # "Israeli-backed ISIS": capitalised, yet no name
        elif not n and not is_name(tok) and tok.lower not in STOPWORDS \
                and not plain_label(*_window(text, tokens, i)) and not _in_quoted_title(text, tok.start, tok.end) \
                and not biology(tokens, i):
            entry = _label_entry(lex, tok.lower)
            if entry is not None and (_verb_of_label(tok.lower, entry.term, lowers[i + 1:i + 2])
                                      or _infinitive(tokens, i)):
                entry = None
            if entry is not None and entry.intensity >= LABEL_THRESHOLD:
                n, score, term = 1, entry.intensity, entry.term
        if not n:
            i += 1
            continue
        first, last = i, min(len(tokens), i + n) - 1
        reason = f"label '{term}' ({score:.2f})"
        # the actor it names: a name or label word right before ("US regime", "Zionist crime rings")
        if first > 0 and is_name_like(tokens[first - 1]) and _gap_ok(text, tokens[first - 1], tokens[first]):
            first -= 1
            score += ATTACHED_BONUS
            reason += f", attached to '{tokens[first].text}'"
        elif term.endswith(("-backed", "-sponsored", "-funded", "-controlled", "-allied", "-installed")):
            last = min(len(tokens) - 1, i + 1)
            reason = f"'{term}' ties '{tokens[last].text}' to a sponsor"
        out.append(ctx.finding(tokens[first].start, tokens[last].end, "label", (term,), score, reason))
        i = last + 1
    return out


# A label word after these is a legal status the courts gave, not the writer's name for someone
# ("a convicted murderer").
_LEGAL_STATUS = frozenset({"convicted", "condemned", "sentenced"})
# "collaborator" names a co-worker after these ("his collaborator", "a longtime collaborator"); the
# charged sense ("collaborators with the occupiers") is not owned or qualified so.
_WORK_QUALIFIERS = frozenset("""his her their my our your its longtime long-time frequent close regular creative
musical artistic research scientific writing fellow former""".split())
_WORK_NEXT = frozenset({"on", "at"})
# After "killer": an illness ("the killer disease"), no one named.
_ILLNESSES = frozenset("disease diseases virus viruses illness illnesses bug".split())
# "mafia" names organised crime after the trade it runs ("trafficking mafias", "the drug mafia").
_CRIME_TRADES = frozenset("""trafficking smuggling drug drugs narcotics cocaine heroin kidnapping extortion
arms gun""".split())


def plain_label(words: Sequence[str], i: int) -> bool:
    """Word i of `words` is a label word used plainly: a legal status ("convicted murderer"), a
    co-worker ("her collaborator", "a collaborator, Ann Roe,"), a crime gang named by its trade
    ("trafficking mafias"), a party's leading members ("party elites") or a deadly illness ("killer disease")."""
    w = words[i].lower()
    prev = words[i - 1].lower() if i > 0 else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in _LEGAL_STATUS:
        return True
    if w in ("collaborator", "collaborators"):
        after_comma_name = nxt in (",",) and i + 2 < len(words) and words[i + 2][:1].isupper()
        return prev in _WORK_QUALIFIERS or nxt.lower() in _WORK_NEXT or after_comma_name
    if w in ("mafia", "mafias"):
        return prev in _CRIME_TRADES
    if w in ("killer", "killers"):
        return nxt.lower() in DISEASES or nxt.lower() in _ILLNESSES
    if w in ("elite", "elites"):
        return prev == "party"  # political science's word for a party's office-holders and donors
    return False


def _window(text: str, tokens, i: int) -> tuple[list[str], int]:
    """Token i with the word before it and the two after it in its sentence, a comma between them kept
    as a word of its own (for `plain_label`)."""
    tok = tokens[i]
    words, at = [], 0
    if i > 0 and tokens[i - 1].sentence == tok.sentence:
        words.append(tokens[i - 1].text)
        at = 1
    words.append(tok.text)
    for a, b in zip(tokens[i:i + 2], tokens[i + 1:i + 3]):
        if b.sentence != tok.sentence:
            break
        if "," in text[a.end:b.start]:
            words.append(",")
        words.append(b.text)
    return words, at


_OBJECT_OPENERS = frozenset("the a an this that these those his her their its our my your".split())


_CLOSERS = {"“": "”", "\"": "\""}


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """The word sits in a quoted title: three or more words, the long ones capitalised, a short one not (a
    song "What a Fool Believes"): it names the work. A quoted nickname ("Crooked Voss", "the Lenholm Mafia")
    has no lowercase word and stays a label."""
    opening = max(text.rfind("“", max(0, start - 80), start), text.rfind("\"", max(0, start - 80), start))
    if opening < 0:
        return False
    closing = text.find(_CLOSERS[text[opening]], end, end + 80)
    inner = text[opening + 1:closing] if closing >= 0 else "\n"
    words = re.findall(r"[^\W\d_]+", inner)
    long_words = [w for w in words if len(w) >= 3]
    return "\n" not in inner and len(words) >= 3 and bool(long_words) and all(w[0].isupper() for w in long_words) \
        and any(len(w) < 3 and w.islower() for w in words)


def _verb_of_label(word: str, term: str, after: list[str]) -> bool:
    """An -ed or -ing form of a label noun with an object after it is a verb: "have outlawed the
    distribution" names no one ("Crooked Voss" still does)."""
    return word != term and word.endswith(("ed", "ing")) and not term.endswith(("ed", "ing")) \
        and bool(after) and after[0] in _OBJECT_OPENERS


# Label nouns that are verbs too ("to hack computers", "to troll a rival"). Any label word after "to" was too
# wide: "a danger to tyrants like no other" names people, and PTC marks "to fool gullible readers".
_VERB_LABELS = frozenset("hack hacks troll trolls bully bullies shill shills parrot parrots".split())


def _infinitive(tokens, i: int) -> bool:
    """A label noun that is a verb too, after "to" with an object after it, is the verb: "conspiring to hack
    government computers" ("reduced to a hack" still names someone)."""
    if i == 0 or i + 1 >= len(tokens) or tokens[i - 1].lower != "to" or tokens[i].lower not in _VERB_LABELS \
            or tokens[i + 1].sentence != tokens[i].sentence:
        return False
    nxt = tokens[i + 1]
    return nxt.lower in _OBJECT_OPENERS or (nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in STOPWORDS)


def _label_entry(lex, word: str):
    """The label entry of a word, or of a part of a hyphenated one ("US-imperialists")."""
    entry = lex.entry("label", word)
    if entry is None and "-" in word:
        parts = [lex.entry("label", p) for p in word.split("-") if p]
        parts = [e for e in parts if e is not None]
        entry = max(parts, key=lambda e: e.intensity, default=None)
    return entry


def is_name_like(token) -> bool:
    """A capitalised word or an acronym (US, ISIS), not at a sentence start unless an acronym."""
    t = token.text
    return (t[:1].isupper() and not token.first) or (len(t) >= 2 and t.isupper())


def _gap_ok(text: str, a, b) -> bool:
    gap = text[a.end:b.start]
    return len(gap) <= 2 and gap.strip() in ("", "-")
