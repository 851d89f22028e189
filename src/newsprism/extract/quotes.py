"""Who said what: direct quotes, indirect (reported) speech and scare quotes, each with its speaker.

- Direct quotes: text in quotation marks (" ", “ ”, « », „ “, ‘ ’ and ' ' where clearly quotes), across
  sentences and paragraphs, split around the attribution (“…,” he said, “…”). The speaker is found
  through the parse: the speech verb that governs the quoted words or stands right beside them (said,
  told, added, warned, according to, …) and its subject. A quote that is a whole paragraph with no
  verb of its own continues the previous speaker's quote.
- Indirect quotes: a speech or belief verb with a clause ("He said training activities will include
  …", "X told reporters that …"), and "according to X, …".
- Scare quotes and titles: a short quoted phrase with no speech verb and no speaker (“middle east”).
- Pronoun speakers ("he said") resolve to the nearest fitting name (see coref.antecedent).
- Media as sources ("Sputnik news agency said", "according to Reuters", "IRNA reported") are marked
  speaker_is_media.
- Stances without a verb of speech: nouns ("his refusal to …", "a demand by X that …"), light verbs
  ("took a swipe at X", "made clear that …"), adjectives ("X is confident that …"), "as X put it",
  "in X's view", a poll set ahead of its clause ("In a CNN poll, …") or closing it ("… leads by ten points
  in the latest poll."), "…, records show.", a passive's agent ("was first reported by the Herald"); a
  stance inside someone else's reported words is part of them (`_drop_nested_stances`), and so is a
  share's saying inside what a poll found ("a poll found 60 percent said …": `poll_finding`).
What these rules find is then checked and completed by a trained model (attribution_model.refine,
called from extract_one): it drops some and adds stance verbs outside the cue lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsprism.clean.metadata import OUTLET_NAME_WORDS, after_opener
from newsprism.extract.coref import (GROUP_PRONOUNS, PERSON_NOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS,
                                     THING_PRONOUNS, antecedent, canonical, described_antecedent,
                                     mention_at, relative_noun)
from newsprism.extract.cues import BELIEF_VERBS, SPEECH_ACT_VERBS, SPEECH_NOUNS, SPEECH_VERBS, UTTERANCE_VERBS
from newsprism.extract.entities import Found, doc_text
from newsprism.extract.lexicon import is_media
from newsprism.extract.names import person_parts
from newsprism.records import Quote, Span, stable_id

_OPEN_CLOSE = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”", "‘": "’", "‹": "›", "”": "”", "'": "'"}
# Quotation-mark tokens (a token is one mark, or two apostrophes / backticks written for one).
_OPENERS = ("“", "\"", "‘", "«", "„", "``", "''")
_CLOSERS = ("”", "\"", "’", "»", "''")
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | RELATIVE_PRONOUNS
SCARE_MAX_WORDS = 5
_PLACES = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Marked:
    """Text between quotation marks: start/end include the marks; `open_end` when the paragraph ended first."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    open_end: bool = False


def quote_marks(text: str) -> list[Marked]:
    """Quoted stretches of text, paragraph by paragraph (a quote left open runs to its paragraph's end)."""
    out: list[Marked] = []
    pos = 0
    for para in text.split("\n"):
        closing = _straight_closing_line(text, para, pos, out)
        if closing is not None:
            out.append(closing)
        else:
            _scan_paragraph(para, pos, out)
        pos += len(para) + 1
    return _join_broken_lines(text, out)


# A quotation broken over lines spans at most this many line breaks (five lines between its first and last).
_BROKEN_MAX_BREAKS = 6
_ANY_MARK = "“”\"«»„"
# A line holding one of these is narration with a speech tag, not a quotation's next sentence.
_TAG_WORDS = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|according to|stated)\b")


def _lines_between(text: str, prev: Marked, start: int) -> bool:
    """Only whole unmarked lines (one to five) lie between a quote left open and `start`."""
    between = text[prev.end:start]
    return 1 <= between.count("\n") <= _BROKEN_MAX_BREAKS and not any(c in between for c in _ANY_MARK)


def _straight_closing_line(text: str, para: str, base: int, out: list[Marked]) -> Marked | None:
    """Texts written one sentence a line with straight marks: '"I voted.⏎It was easy, " she said.' -- the
    only straight mark of a later line closes the quote an earlier line left open (it would be read as
    opening one) when it stands after words that end a sentence and either is spaced off them, as no
    opening mark is, or is followed by a speech tag. (Not '"…⏎Ann Roe."': a credit line after a quote.)"""
    prev = out[-1] if out else None
    if prev is None or not prev.open_end or para.count('"') != 1 or any(c in para for c in "“”«»„"):
        return None
    i = para.index('"')
    before = para[:i]
    if not re.search(r"[,.!?…]\s*$", before) or para[i + 1:i + 2].strip() or not _lines_between(text, prev, base):
        return None
    if not before[-1:].isspace() and not _TAG_WORDS.match(para[i + 1:].strip()) \
            and not re.match(r"\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:said|says|added|told)\b", para[i + 1:]):
        return None
    lead = len(before) - len(before.lstrip())
    return Marked(base + lead, base + i + 1, base + lead, base + i)


def _join_broken_lines(text: str, marks: list[Marked]) -> list[Marked]:
    """Texts written one sentence a line break a quotation of several sentences over lines: “I voted.⏎
    It was easy,” she said. A quote left open at its line's end and a later line that closes one it never
    opened (with only unmarked lines between) are one quotation, so the opening words take the tag too.
    A quote left open whose next quote opens a later line takes the unmarked lines between (“I voted.⏎It
    was easy.⏎“Next …): a paragraph of several sentences, the next one reopening the quotation, as papers
    write a quotation running over paragraphs -- only with no blank line between (paragraphs set apart by
    blank lines are not one sentence a line) and no speech tag in the lines (narration)."""
    out: list[Marked] = []
    for m in marks:
        prev = out[-1] if out else None
        if prev is not None and prev.open_end and _lines_between(text, prev, m.start):
            if m.start == m.inner_start and not m.open_end:
                out[-1] = Marked(prev.start, m.end, prev.inner_start, m.inner_end)
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            between = text[prev.end:line_start]
            if not text[line_start:m.start].strip() and "\n\n" not in text[prev.end:m.start] \
                    and not _TAG_WORDS.search(between) and text[prev.end - 1] not in "”’\"":
                end = len(between.rstrip()) + prev.end
                out[-1] = Marked(prev.start, end, prev.inner_start, end, open_end=True)
        out.append(m)
    return out


def doc_marks(doc) -> list[Marked]:
    """quote_marks of a parsed text, computed once per Doc (the rules and the model both read them)."""
    marks = doc.user_data.get("newsprism_marks")
    if marks is None:
        marks = doc.user_data["newsprism_marks"] = quote_marks(doc_text(doc))
    return marks


# A straight apostrophe that opens a word, not a quotation: 'em, 'til, 'n', '90s, 'cause
_ELISION = re.compile(r"'(?:em|til|tis|twas|n'?|cause|bout|\d\ds?)\b", re.I)


def _is_open_single(para: str, i: int) -> bool:
    prev = para[i - 1] if i > 0 else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if para[i] == "'" and _ELISION.match(para, i):
        return False
    return (prev.isspace() or prev in "(“\"[—–-:") and (nxt.isalnum() or nxt in "…")


def _close_single_at(para: str, i: int) -> bool:
    nxt = para[i + 1] if i + 1 < len(para) else " "
    prev = para[i - 1] if i > 0 else " "
    return not nxt.isalnum() and not prev.isspace()


def _scan_paragraph(para: str, base: int, out: list[Marked]) -> None:
    i = 0
    n = len(para)
    while i < n:
        ch = para[i]
        if para.startswith("''", i) or para.startswith("``", i):
            # Two apostrophes (or backticks) for a double quotation mark, as some papers and TeX-style
            # text write them: ''…'' and ``…''.
            j = para.find("''", i + 2)
            if _add_marked(para, base, out, i, 2, j) is None:
                return
            i = j + 2
            continue
        if ch not in _OPEN_CLOSE:
            i += 1
            continue
        if ch == "‘" or ch == "'":
            if not _is_open_single(para, i):
                i += 1
                continue
            closers = "’" if ch == "‘" else "'"
            j = i + 1
            while j < n and not (para[j] in closers and _close_single_at(para, j)):
                j += 1
            # Where speech is introduced (a paragraph's start, after "said:" or "said,") a single quote
            # may be long, and left open it runs on into the next paragraph, as British papers write it.
            introduced = not para[:i].strip() or para[:i].rstrip().endswith((":", ","))
            if j >= n and introduced and len(para[i + 1:].split()) > SCARE_MAX_WORDS:
                _add_marked(para, base, out, i, 1, -1)
                return
            # (an introduced one closing the paragraph, "The report went on: '…'", may be of any length)
            closes_paragraph = introduced and j < n and (not para[j + 1:].strip() or _tag_closes(para, j))
            cap = 40 if ch == "‘" or introduced else 12
            if j >= n or len(para[i + 1:j].split()) > cap and not closes_paragraph:
                i += 1
                continue
            out.append(Marked(base + i, base + j + 1, base + i + 1, base + j))
            i = j + 1
            continue
        if ch == "”" and not (i + 1 < n and para[i + 1].isalnum()):
            # A closing mark with no opening one. When nothing in the paragraph was quoted before it and
            # the words before it end like a quoted sentence ("Okay,” I said), the opening mark was lost
            # (copied text often drops a paragraph's first mark): the quote runs from the paragraph start.
            before = para[:i]
            if not any(m.start >= base for m in out) and not any(c in before for c in "“\"«„") \
                    and re.search(r"[,.!?…]\s*$", before) and len(before.split()) >= 3:
                lead = len(before) - len(before.lstrip())
                out.append(Marked(base + lead, base + i + 1, base + lead, base + i))
            i += 1
            continue
        closers = _OPEN_CLOSE[ch]
        j = i + 1
        while j < n and (para[j] not in closers or _inch_mark_at(para, j)) and not (ch == "“" and _turned_closer(para, j)):
            j += 1
        if _add_marked(para, base, out, i, 1, j if j < n else -1) is None:
            return
        i = j + 1


def _inch_mark_at(para: str, j: int) -> bool:
    """“the world's thinnest 17” notebook”: a closing mark glued to a figure, a space and a word after it, and
    another closing mark later in the paragraph, is an inch mark inside the quotation."""
    if not (para[j] == "”" and j > 0 and para[j - 1].isdigit() and para[j + 1:j + 2] == " "):
        return False
    nxt = para.find("”", j + 1)
    return nxt > 0 and "“" not in para[j + 1:nxt]


def _tag_closes(para: str, j: int) -> bool:
    """"'…,' the agency said in a statement." to the paragraph's end: a single quotation closed on a comma
    (or ! ?) and followed only by a short speech tag."""
    tail = para[j + 1:].strip()
    return para[j - 1] in ",!?" and tail.endswith(".") and len(tail.split()) <= 12 and not any(
        c in tail for c in "'‘’\"“”")


def _turned_closer(para: str, j: int) -> bool:
    """An opening mark typed where the closing one belongs (“It's unusual,“ said …): glued to the word
    or stop before it and followed by a space or the paragraph's end."""
    return para[j] == "“" and not para[j - 1].isspace() and (j + 1 == len(para) or para[j + 1].isspace())


def _add_marked(para: str, base: int, out: list[Marked], i: int, width: int, j: int) -> int | None:
    """The quotation whose opening mark (`width` characters) is at i and closing mark at j; j < 0: it is
    never closed and runs to the paragraph's end (open_end), and None is returned (nothing follows)."""
    if j < 0:
        inner_end = len(para.rstrip())
        if inner_end - (i + width) > 0:
            out.append(Marked(base + i, base + inner_end, base + i + width, base + inner_end, open_end=True))
        return None
    if j > i + width:
        out.append(Marked(base + i, base + j + width, base + i + width, base + j))
    return j


# ---------------------------------------------------------------- attribution through the parse


@dataclass
class Attribution:
    """One act of attribution: one cue, one source, one or more content pieces."""

    contents: list[tuple[int, int]]
    kind: str  # "direct", "indirect", "scare"
    cue: tuple[int, int] | None = None
    cue_text: str | None = None
    source: tuple[int, int] | None = None  # the source as written here ("he", "the source", "Reuters")
    speaker: str | None = None  # the name it stands for
    speaker_found: Found | None = None
    media: bool = False
    cue_token: int | None = None
    parts: list[int] = field(default_factory=list)
    title: bool = False  # a scare quote that names a work or an event ('the “Patriot Act”'): nobody's words


def _is_cue_verb(tok) -> bool:
    pos = tok.pos_  # called for most tokens of every article: each attribute read once
    if pos != "VERB" and pos != "AUX":
        return False
    lemma = tok.lemma_.lower()
    if pos == "VERB":
        if lemma == "put":
            return _as_clause(tok)  # "as Reyes put it"
        if lemma == "read":
            return _text_reads(tok)
        if lemma in _QUOTED_NAMING:
            return _names_in_quotes(tok)
        if lemma == "issue":
            return _issued_in_text(tok)
    return lemma in SPEECH_VERBS


# Verbs that name a thing in the subject's words only with quoted words after them ("branded the idea
# “disgusting”", "labelled it “reckless”"), as "called X “a Y”" does; else no speech ("branded cattle").
_QUOTED_NAMING = frozenset("brand label term".split())


def _names_in_quotes(verb) -> bool:
    doc = verb.doc
    return any(c.dep_ == "nsubj" for c in verb.children) and \
        any(t.text in _OPENERS for t in doc[verb.i + 1:verb.right_edge.i + 1])


def _issued_in_text(verb) -> bool:
    """"“…,” the agency issued in a statement": words put out in a text, as "said in a statement";
    "issued a statement" is a light verb (_light_verb_cues), "issued visas" or "issued rules in a
    statement" an act with an object of its own."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in SPEECH_NOUNS | _DOCUMENTS for g in c.children)
        for c in verb.children)


# What a text says when it "reads": "“Vote no,” the sign read", "The statement read: “…”"
_WRITTEN = frozenset("sign signs message messages statement email e-mail letter note headline banner post tweet "
                     "caption card poster shirt t-shirt placard ad advertisement text release memo inscription "
                     "plaque slogan label notice flyer leaflet billboard website editorial column op-ed petition "
                     "report document transcript complaint affidavit indictment filing lawsuit warrant "
                     "summary".split())


def _text_reads(verb) -> bool:
    """A text as the subject of "read" (or "it", "one", "which" standing for one): not a person reading."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return _inverted_subject(verb) is not None  # "“…,” read the police report"
    if subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return verb.head.lemma_.lower() in _WRITTEN
    return subj.lower_ in ("it", "one", "another") or subj.lemma_.lower() in _WRITTEN


def _cue_span(doc, tok) -> tuple[int, int]:
    """The cue as written: the verb with its particles ("pointed out", "called for") and a negation right
    before it ("has not said whether …": the cue a reader sees must not drop the "not")."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for child in tok.children:
        if (child.dep_ == "prt" or _goes_on(child)) and child.i == tok.i + 1:
            end = child.idx + len(child.text)
        if child.dep_ == "neg" and child.i == tok.i - 1:
            start = child.idx
    return start, end


# Verbs whose passive subject is the one spoken to ("Steward was told …"), not the speaker
_LISTENER_PASSIVE = frozenset("tell inform advise assure warn brief notify remind".split())


def _own_subject(tok):
    passive_listener = tok.lemma_.lower() in _LISTENER_PASSIVE
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")
                or (c.dep_ == "nsubjpass" and not passive_listener)]
    if subjects:
        # Two subjects ("The head of the alliance, Jens Stoltenberg announced"): the parser split an
        # apposition; the one next to the verb is the name. A word of the quotation before the verb is
        # none ("“… Every single amendment,” said Voss": the parser made "amendment" a subject too).
        doc = tok.doc
        outside = [c for c in subjects if not (c.i < tok.i and any(t.text in _CLOSERS for t in doc[c.i + 1:tok.i]))]
        subjects = outside or subjects
        before = [c for c in subjects if c.i < tok.i]
        subj = before[-1] if before else subjects[0]
        return _apposed_after_quote(subj, tok) or _name_after_title_for(subj, tok) or subj
    held = held_by_as_aside(tok)
    if held is not None:
        return held
    # "was told by X": the agent speaks.
    for child in tok.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _name_after_title_for(subj, verb):
    """"Vantrell assistant manager for marketing Olek Brand told …": the parser made the title the subject
    and put the name, with the field before it, under "for"; the person speaks. "A lawyer for Olek Brand"
    or "the spokesman for the family" keep the title."""
    if subj.pos_ != "NOUN" or subj.i > verb.i or any(c.dep_ in ("det", "poss") for c in subj.children):
        return None  # a bare title, as before a name; "a lawyer for defendant Olek Brand" is the lawyer
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        name = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if name is None or name.ent_type_ != "PERSON" or name.right_edge.i != verb.i - 1:
            continue
        mods = [c for c in name.children if c.i < name.i]
        if any(c.dep_ in ("det", "poss") for c in mods):
            continue
        if any(c.dep_ == "compound" and c.is_lower and c.ent_type_ != "PERSON"  # "marketing" (tagged a verb, too)
               and c.lemma_.lower() not in PERSON_NOUNS for c in mods):
            return name
    return None


def _apposed_after_quote(subj, verb):
    """"'The movement of heroin acts as a base,' the Drug Service said": the parser made a noun of the
    quotation the subject and hung the name after the closing mark on it as an apposition; the name speaks."""
    if subj.i > verb.i:
        return None
    appos = [c for c in subj.children if c.dep_ == "appos" and c.i < verb.i]  # rare: look no further without
    if not appos:
        return None
    doc = verb.doc
    closers = [k for k in range(subj.i + 1, verb.i) if doc[k].text in _CLOSERS + ("'",)
               and doc[k - 1].text in (",", "!", "?", ".", "…")]  # a quotation's end, not "Voss’ aide"
    return next((c for c in appos if closers and closers[0] < c.i), None)


def _as_aside_apposition(aside):
    """"As reported by the Courier, a source close to the talks claims …": the parser hung the subject of the
    main verb on the outlet as an apposition; that noun (after the outlet) is no part of the aside."""
    if not (aside.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in aside.children)):
        return None
    outlets = [g for c in aside.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next((a for o in outlets for a in o.children if a.dep_ == "appos" and a.i > o.i
                 and a.right_edge.i < aside.head.i and aside.head.i > aside.i), None)


def held_by_as_aside(verb):
    """The subject of a verb with none of its own that the parser put inside an "as reported by" aside."""
    return next((a for c in verb.children if (a := _as_aside_apposition(c)) is not None), None)


def _told_passive(tok) -> bool:
    """"Voss was told that …": the one told is no speaker, nor is the subject of a verb joined to it."""
    return tok.lemma_.lower() in _LISTENER_PASSIVE and any(c.dep_ == "auxpass" for c in tok.children)


def _writer_after_outlet(doc, subj, verb) -> tuple[int, int] | None:
    """"Writing in The Courier Ann Roe said: …" with no comma: the parser made "Writing" the subject and
    ran the name into the paper's. The tokens of the name (after the outlet's last word, up to the verb)."""
    if subj.tag_ != "VBG" or subj.lemma_.lower() not in SPEECH_VERBS | {"write"} or subj.i > verb.i:
        return None
    words = [t for t in doc[subj.i + 1:verb.i]]
    ends = [k for k, t in enumerate(words) if t.lower_ in OUTLET_NAME_WORDS]
    if not ends or any(t.is_punct for t in words):
        return None
    name = words[ends[-1] + 1:]
    if not name or len(name) > 3 or not all(t.pos_ == "PROPN" for t in name):
        return None
    return name[0].i, name[-1].i + 1


def _inverted_subject(verb):
    """The speaker named after a tag verb that follows its quotation ("“…,” added a party official", "''…,''
    said Robin Vale, half joking") when the parser took the name for the verb's object or for the subject
    of what follows it."""
    doc = verb.doc
    if verb.lemma_.lower() not in _TAG_VERBS | {"ask", "read"} or verb.lemma_.lower() == "tell" or verb.i < 2 \
            or verb.i + 1 >= len(doc):
        return None
    before = doc[verb.i - 1]
    if not (before.text in _CLOSERS or before.text == "," and doc[verb.i - 2].text in _CLOSERS):
        return None  # the tag right after the closing mark, not "… “crazy” and said the party is …"
    noun = doc[verb.i + 1]
    if noun.lower_ in ("another", "one", "others") and noun.head.i == verb.i:
        return noun  # "“…,” tweeted another."
    if noun.pos_ in ("DET", "ADJ", "NUM"):
        noun = noun.head
    while noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        noun = noun.head  # up the name: "Robin" -> "Vale"
    if noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN") or \
            any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:noun.i]):
        return None
    if verb.lemma_.lower() == "read" and noun.lemma_.lower() not in _WRITTEN:
        return None  # "“…,” read the police report": a text reads; "“…,” read Voss" is no tag
    if noun.dep_ in ("nsubj", "nsubjpass") and (noun.head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in noun.head.children)):
        return None  # the subject of what was said ("said the party is bound to lose")
    return noun


def _tag_inside_clause(verb):
    """"The gap between the plans, said Brand and other planners, will be plain", "Any fair account of it, said
    Olek Brand, a lecturer, would call this a cut": a tag set off by commas between a clause's subject and its verb. The parser
    makes the subject the tag's, or the tag an aside, and the name a subject of the tag or of what follows it.
    (the name after the tag, the main clause's verb) or None."""
    doc = verb.doc
    if verb.lemma_.lower() not in _TAG_VERBS or verb.i < 2 or verb.i + 2 >= len(doc) \
            or doc[verb.i - 1].text != "," or not (doc[verb.i - 2].is_alpha or doc[verb.i - 2].is_digit):
        return None  # after a quotation's closing mark ("“…,” said X, who …") the tag closes the quotation
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        main = verb.head
    else:
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if main is None:
        return None
    name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None) or next(
        (c for c in main.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    fronted = next((c for c in list(verb.children) + list(main.children) if c.dep_ == "nsubj" and c.i < verb.i),
                   None)
    if name is None or fronted is None or name.left_edge.i != verb.i + 1 or not (
            name.pos_ == "PROPN" or name.pos_ == "NOUN" and _names_a_source(name)):
        return None  # "…, said their pensions, already cut twice, would shrink": what was said
    if max(t.i for t in fronted.subtree if not t.is_punct) != verb.i - 2:
        return None
    comma = name.right_edge.i + (doc[name.right_edge.i].text != ",")
    if comma >= main.i or doc[comma].text != ",":
        return None
    return name, main


def _subject_of(tok):
    """The subject of a speech verb. Participles and conjoined verbs ("…, adding that", "and added")
    borrow the subject of the speech verb they hang on, else of their head."""
    if (tagged := _tag_inside_clause(tok)) is not None:
        return tagged[0]
    subj = _own_subject(tok)
    if subj is not None or _told_passive(tok):
        return subj  # "… and was told the school would …": only an agent ("told by X") speaks
    inverted = _inverted_subject(tok)
    if inverted is not None:
        return inverted
    if tok.dep_ == "conj":
        # "“…,” Voss, 58, told the radio": the parser made the name after the quotation a second conjunct of
        # the quoted sentence's verb, and the speech verb a third; the name just after the closing mark speaks.
        name = next((c for c in tok.head.children if c.dep_ == "conj" and tok.head.i < c.i < tok.i
                     and c.pos_ == "PROPN"), None)
        if name is not None and any(t.text in _CLOSERS for t in tok.doc[max(0, name.left_edge.i - 2):name.i]):
            return name
    for reading in (_quoted_as, _subject_before_aside, _with_absolute, _kept_from):
        subject = reading(tok)
        if subject is not None:
            return subject
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.lemma_.lower() in SPEECH_VERBS and not _is_cue_verb(tok.head):
        # "X says the number would rise eightfold, claiming that …": the parser hangs the participle on
        # a verb inside what X reported; it goes on X's act of speech, not on that verb's subject.
        speech = _reporting_verb(tok.head)
        if speech is not None and speech.i < tok.i and (found := _own_subject(speech)) is not None:
            return found
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and tok.head.i < tok.i:
        # "results showing that …", "the man saying …": the noun it describes speaks; "'…,' the agency
        # issued in a statement" with the verb hung on a noun of the quotation: the name after it
        return _apposed_after_quote(tok.head, tok) or tok.head
    beyond = _subject_beyond_aside(tok)
    if beyond is not None:
        return beyond
    if tok.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep"):
        return _name_before(tok)
    head = tok.head
    for _ in range(6):
        if head.i == tok.i:
            break
        if _is_cue_verb(head) or head.pos_ in ("VERB", "AUX"):
            # "…, criticizing X", "responded by saying …": the nearest verb with a subject of its own.
            found = _own_subject(head)
            if found is not None:
                return found
        if head.head.i == head.i:
            break
        head = head.head
    return _own_subject(tok.head) if tok.head.i != tok.i else None


# Verbs that close a sentence as a bare speech tag ("…, she said.", "…, he added.")
_TAG_VERBS = frozenset("""say tell add write tweet post explain insist note argue warn claim reply respond answer
continue acknowledge admit concede report state assert contend observe quip joke predict""".split())


def _closing_tag(verb) -> int | None:
    """The comma before a speech tag that closes its sentence ("…, she said.", "…, said the company's chief
    executive, Tom Ferrara.") when the parser did not take the clause before it for the verb's
    complement; None when the verb is not such a tag."""
    listener = ("dobj", "dative") if verb.lemma_.lower() == "tell" else ()  # "…, Ruiz told a Senate panel."
    if verb.lemma_.lower() not in _TAG_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") and c.dep_ not in listener for c in verb.children):
        return None
    subj = _own_subject(verb)
    if verb.dep_ == "ROOT":
        # "…, a girl was pepper-sprayed by a bystander, police said." with the tag as the root and the
        # clause before it hung on it as a modifier or a second subject: the subject is the one next
        # to the verb.
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = min(subjects, key=lambda c: abs(c.i - verb.i), default=None)
    if subj is None or verb.dep_ in ("parataxis", "relcl", "acl") or _as_clause(verb):
        return None
    doc, sent = verb.doc, verb.sent
    lo, hi = min(verb.i, subj.left_edge.i), max(verb.i, subj.right_edge.i)
    tag = {verb.i} | {t.i for t in subj.subtree}
    for c in verb.children:
        if c.i > verb.i and (c.dep_ in ("prep", "npadvmod", "advmod", "punct") or c.dep_ in listener):
            hi = max(hi, c.right_edge.i)
            tag |= {t.i for t in c.subtree}
        elif c.i < verb.i and c.dep_ in ("aux", "neg", "advmod"):
            lo = min(lo, c.i)
    if any(k not in tag and not (doc[k].is_punct or doc[k].is_space) for k in range(verb.i, hi + 1)):
        return None  # "…, Roe told the host, “Because …”.": words of another clause inside the tag's reach
    if any(not (t.is_punct or t.is_space) for t in doc[hi + 1:sent.end]) or lo - 1 <= sent.start \
            or doc[lo - 1].text != "," or any(t.text == ":" for t in doc[verb.i + 1:sent.end]):
        return None  # (a colon announces what follows: "…, X wrote in a blog post:")
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:lo - 1]):
        return None  # "In Washington, she said." reports nothing
    return lo - 1


def _is_name(tok) -> bool:
    return tok.ent_type_ in ("PERSON", "ORG") and tok.pos_ == "PROPN"


def _name_before(verb):
    """"Sen. Dana Whitfield (D-OR) said …", "Jolly said …": a finite speech verb the parser left without
    a subject (the name read as an apposition of the phrase before it, or as an adverb); the word right
    before it (a bracketed aside skipped) speaks when it is a name, here or elsewhere in the article."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis") \
            or any(c.dep_ in ("expl", "nsubjpass", "csubjpass", "auxpass") for c in verb.children):
        return None
    doc, start = verb.doc, verb.sent.start
    k = verb.i - 1
    if k > start and doc[k].text == ")":
        while k > start and doc[k].text != "(":
            k -= 1
        k -= 1
    if k > start and doc[k].text == ",":
        # "…, Senator Ana Ruiz, the minority leader, said", "Pavel Marek, 44, said", "Ivo Marsh, a
        # rabbi helping to organize the boycott, said": the name the phrase before the comma describes
        t = doc[k - 1]
        for _ in range(6):
            if t.i < k - 1 and _is_name(t):
                return t
            named = [c for c in t.children if c.dep_ in ("nsubj", "appos") and _is_name(c) and c.i < k]
            if named:
                return named[-1]
            if t.head.i == t.i or not start <= t.head.i < verb.i:
                return None
            t = t.head
        return None
    if k >= start and (doc[k].like_num or doc[k].lower_ in ("percent", "%")) and doc[k].head.i == verb.i:
        return doc[k]  # "About 4 in 10 say …", "47% say …": a poll's share, parsed as the verb's modifier
    if k < start or not doc[k].text[:1].isupper() or doc[k].is_punct:
        return None
    t = doc[k]
    named = t.ent_type_ in ("PERSON", "ORG", "NORP") or any(
        o.lower_ == t.lower_ and o.i != t.i and o.ent_type_ in ("PERSON", "ORG") for o in doc)
    return t if named and t.pos_ in ("PROPN", "NOUN", "ADV", "ADJ") else None


# Verbs that keep their object from an act ("did not stop the paper from reporting …")
_PREVENT_VERBS = frozenset("stop prevent keep bar ban block deter discourage dissuade prohibit restrain".split())


def _kept_from(verb):
    """"That detail did not stop the Courier from reporting that …": the one not kept from the act does
    it, not the subject of "stop"."""
    gerund = verb
    while gerund.dep_ == "conj" and gerund.head.i != gerund.i:
        gerund = gerund.head
    if verb.tag_ != "VBG" or gerund.dep_ != "pcomp" or gerund.head.lower_ != "from" \
            or gerund.head.head.lemma_.lower() not in _PREVENT_VERBS:
        return None
    prevent = gerund.head.head
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in prevent.children):
        return None  # "stopped the party from nominating X": the act was prevented; nobody did it
    return next((c for c in prevent.children if c.dep_ == "dobj"), None)


def _with_absolute(verb):
    """"…, with chief executive Dana Whitfield last week confirming that …": the noun after "with" is the
    subject of the participle (the parser hung both on the main clause); only a time or manner adverbial
    ("last week", "also") may stand between them."""
    if verb.tag_ != "VBG":
        return None
    doc = verb.doc
    k = verb.i - 1
    while k >= verb.sent.start and doc[k].dep_ in ("npadvmod", "advmod", "amod", "det", "nummod") \
            and not doc[k].is_punct and (doc[k].dep_ in ("npadvmod", "advmod") or doc[k].head.dep_ == "npadvmod"):
        k -= 1
    noun = doc[k] if k >= verb.sent.start else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.dep_ != "pobj" \
            or noun.head.lower_ != "with" or noun.right_edge.i != k:
        return None
    return noun


def _subject_before_aside(tok):
    """"Mr Hill - now recovering from his injuries - said": the parser can take the aside for a clause
    with the name as its subject; the name is the speaker."""
    for child in tok.children:
        if child.dep_ != "advcl" or child.i > tok.i:
            continue
        subj = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
        if subj is not None and subj.pos_ == "PROPN" and any(
                t.text in ("-", "–", "—", ",") for t in tok.doc[subj.i + 1:child.i]):
            return subj
    return None


_ASIDE_OPEN = {"-": "-", "–": "–", "—": "—", "--": "--", ")": "("}


def _subject_beyond_aside(tok):
    """"Voss praised the plan - “…,” she said - and promised that …": the parser joins the verb after an
    aside in dashes or brackets to the aside's own verb; it goes on the clause before the aside, whose
    subject speaks (the name as written, not the aside's "she")."""
    if tok.dep_ != "conj" or not tok.head.i < tok.i:
        return None
    doc, head = tok.doc, tok.head
    closer = next((t for t in reversed(doc[max(head.i + 1, tok.i - 3):tok.i]) if t.text in _ASIDE_OPEN), None)
    if closer is None or any(t.pos_ not in ("CCONJ", "ADV") for t in doc[closer.i + 1:tok.i]):
        return None
    start = tok.sent.start
    opener = next((t for t in reversed(doc[start:head.i]) if t.text == _ASIDE_OPEN[closer.text]), None)
    if opener is None:
        return None
    for verb in doc[start:opener.i]:  # the clause before the aside: its verb does not hang inside it
        if verb.pos_ in ("VERB", "AUX") and (verb.head.i == verb.i or verb.head.i > opener.i):
            subj = _own_subject(verb)
            if subj is not None and subj.i < opener.i:
                return subj
    return None


def _quoted_as(tok):
    """"The agency quoted Khan as saying …", "Khan was quoted as saying …": Khan speaks."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "as" or tok.head.head.lemma_.lower() not in ("quote", "cite"):
        return None
    verb = tok.head.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None else _own_subject(verb)


def _reporting_verb(verb):
    """The verb of speech whose reported clause holds this verb, if any."""
    t = verb
    for _ in range(6):
        if t.head.i == t.i:
            return None
        if t.dep_ == "ccomp" and _is_cue_verb(t.head):
            return t.head
        t = t.head
    return None


def _np_span(doc, head) -> tuple[int, int]:
    """Characters of the noun phrase a token heads, punctuation trimmed at both ends."""
    left, right = head.left_edge.i, head.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _source_np(doc, subj, verb=None) -> tuple[int, int]:
    """The source as written: a pronoun alone, otherwise its noun phrase."""
    if subj.lower_ == "that" and subj.head.dep_ == "relcl" and subj.head.head.pos_ in ("NOUN", "PROPN"):
        # "a poll that shows …": the relative "that" stands for the noun phrase it hangs on (up to the
        # noun and its "of" group), unlike "who", which is kept as written.
        noun = subj.head.head
        s, e = _head_span(doc, noun)
        return s, e
    if subj.lower_ in _PRONOUNS and not any(c.dep_ == "conj" for c in subj.children):
        return subj.idx, subj.idx + len(subj.text)  # "he", but "He and Chairman Bob Goodlatte" in full
    left, right = subj.left_edge.i, subj.right_edge.i
    for k in range(subj.i + 1, right + 1):
        if "\n" in doc[k].text:
            right = k - 1
            break
    # PolNeAR-style source: the name with its apposition, not the clauses describing it ("Trump, who
    # leads …", "Mary Susan, clad in …", "staff members suggesting …"): stop before the first one.
    # Set off by a comma before the cue, or holding the cue itself; a restrictive clause ("people briefed
    # on the talks") and one after the cue ("said X, who teaches …") stay part of the source.
    for k in range(subj.i + 1, right + 1):
        if verb is not None and (k == verb.i or (_describes(doc[k], subj) and subj.i < verb.i and (
                doc[k - 1].text in (",", "(", "--", "—") or verb.i in range(k, right + 1)))):
            right = k - 1
            break
    # After the cue too, a participle set off by a comma is what the speaker was doing, not who it is
    # ("said Ann Roe, a nurse, speaking to reporters", "said Voss, referring to the mayor"), and so is a
    # relative clause that reports words of its own ("said Voss, who added that …": an attribution itself).
    for k in range(subj.i + 1, right + 1):
        if verb is not None and subj.i > verb.i and doc[k - 1].text == "," and _describes(doc[k], subj) and (
                doc[k].tag_ in ("VBG", "VBN") or _reports_words(doc[k])):
            right = k - 1
            break
    # A dateline or credit run into the phrase ("RENO, Nev. (AP) Republican hopeful Donald Trump"), a
    # quotation the parser hung on the name after it ("“…,” Vale, 69, told"), or an aside closed by a
    # spaced hyphen ("… the missing spire - Omar Haddad").
    for k in range(subj.i - 1, left - 1, -1):
        if doc[k].text in (")", "--", "—", "–") or "\n" in doc[k].text or doc[k].text.endswith(")--") or (
                doc[k].text in ("”", "''", '"') and k > 0 and "," in (doc[k - 1].text, doc[k + 1].text)) or (
                doc[k].text == "-" and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_):
            left = k + 1
            break
    # "Even an anti-Trump PAC": a focusing adverb is not part of the source.
    while left < subj.i and doc[left].dep_ in ("advmod", "preconj") and doc[left].head.i == subj.i \
            and doc[left].lower_ in ("even", "also", "only", "just", "both", "either", "not"):
        left += 1
    # "Jeb Bush in a Medium post", "Trump on Tuesday", "a report on Wednesday", "a poll last week": where
    # or when a name spoke, or when anything did, is not the source.
    for child in subj.children:
        if child.i <= subj.i or child.i > right:
            continue
        when = child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME") or child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children)
        medium = child.dep_ == "prep" and child.lower_ in ("in", "on") and any(  # "its owners in a filing"
            g.dep_ == "pobj" and g.lemma_.lower() in _MEDIA_OF_SPEECH for g in child.children)
        if when and subj.lemma_.lower() not in _DATED_FINDINGS or medium or (
                child.dep_ == "prep" and subj.pos_ == "PROPN" and child.lower_ in _WHERE_PREPS
                and subj.ent_type_ != "NORP"):  # "Democrats on the committee" are its members
            right = min(right, child.left_edge.i - 1)
            if doc[right].lower_ == "out" and doc[right].head.i == subj.i:
                right -= 1  # "The report out this week": "out" goes with the date
            break
    if verb is None:
        # "according to a report from X, which tracks …": a clause set off by a comma describes the source.
        for k in range(subj.i + 1, right + 1):
            if doc[k - 1].text == "," and _describes(doc[k], subj):
                right = k - 1
                break
    if verb is not None and subj.lemma_.lower() in _DATED_FINDINGS:
        right = _date_of_poll(doc, right, verb)
    while right > left and (doc[right].is_punct and doc[right].text != "%" or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    inside = doc[left:right + 1].text
    if right + 1 < len(doc) and (doc[right + 1].text == ")" and inside.count("(") > inside.count(")") or
                                 doc[right + 1].text == "”" and inside.count("“") > inside.count("”")):
        right += 1  # "Sen. Dana Whitfield (D-OR)", "a militia named “Sons of the Soil”": what opens closes
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _reports_words(tok) -> bool:
    """Does a relative clause opening with this word report what someone said ("who added that …", "who
    said he would …", "who likened the plan to a gamble"; not "who writes about banks", "who spoke on the
    condition of anonymity")?"""
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("who", "which", "that") else None
    if clause is None or clause.dep_ != "relcl":
        return False
    lemma = clause.lemma_.lower()
    return lemma == "liken" or lemma in UTTERANCE_VERBS and any(c.dep_ == "ccomp" for c in clause.children)


# A poll is named by when it was taken ("a poll last week", "a survey in January"): the date is part of it.
_DATED_FINDINGS = frozenset({"poll", "survey"})


def _date_of_poll(doc, right: int, verb) -> int:
    """"A poll last week found …", "a survey in January showed …": the parser hangs the date on the verb,
    but it names the poll. The source's last token, taking such a date between the phrase and its verb."""
    child = next((c for c in verb.children if c.left_edge.i == right + 1 and c.right_edge.i < verb.i), None)
    if child is None or any(t.is_punct for t in doc[right + 1:child.right_edge.i + 1]):
        return right
    dated = child.dep_ == "npadvmod" and child.ent_type_ == "DATE" or child.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in child.children)
    return child.right_edge.i if dated else right


_WHERE_PREPS = frozenset({"in", "at", "on", "during", "after", "before", "while", "via", "through"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


def _describes(tok, subj) -> bool:
    """Does this token (after the head) start a clause hanging on the source phrase?"""
    t = tok
    while t.i != subj.i:
        if t.dep_ in _CLAUSE_DEPS and tok.i in (t.left_edge.i, t.i):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _head_phrase(doc, noun) -> str:
    """A noun's phrase up to the noun itself ("other government officials"), with "of" groups kept
    ("a number of Iraqi lawmakers"); relative clauses and trailing phrases left out."""
    s, e = _head_span(doc, noun)
    return doc_text(doc)[s:e]


def _head_span(doc, noun) -> tuple[int, int]:
    left, right = noun.left_edge.i, noun.i
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                right = pobj.i
    for k in range(noun.i - 1, left - 1, -1):
        if doc[k].text in _CLOSERS or "\n" in doc[k].text:
            left = k + 1  # a quotation the parser hung on the name after it ("“…,” Voss, 58, told")
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


# Nouns through which a place speaks ("U.S. officials", "the Iraqi government"); any other noun with a
# place before it is someone from there ("a Texas teacher", "the Boston police"), not the place.
_SPEAK_FOR_PLACE = frozenset("""official officials government authorities authority administration ministry
spokesman spokeswoman spokesperson embassy military army navy leader leaders regime diplomat diplomats envoy
president minister premier cabinet state""".split())


def _place_modifier(head, child, f: Found) -> bool:
    if not (child.dep_ in ("compound", "nmod") and f.label in _PLACES | {"NORP"} and head.pos_ == "NOUN"):
        return False
    if not f.tok_start <= child.i < f.tok_end:
        return True  # "an Iraqi Interior Ministry official": the place is the ministry's, which speaks
    if any(t.dep_ == "compound" and t.lemma_.lower() in _INSTITUTIONS for t in head.doc[f.tok_end:head.i]):
        return True  # "Lenholm prison officials": officials of the prison there, not of the place
    return head.lemma_.lower() not in _SPEAK_FOR_PLACE and head.lower_ not in _SPEAK_FOR_PLACE


# People named after what they watch or oppose, who do not speak for it
_OUTSIDERS = frozenset("observer watcher critic fan rival skeptic sceptic detractor".split())

# Places of work whose officials speak for them, not for the town or state before them
_INSTITUTIONS = frozenset("""prison jail hospital school university college airport police court museum zoo
library port station plant factory mine""".split())


def _mention_of_phrase(doc, head, found: list[Found]) -> Found | None:
    """The named mention a noun phrase stands for: the head itself, or a name in apposition or compound
    ("the head of the alliance, Jens Stoltenberg"; "Russia's Sputnik news agency")."""
    hit = mention_at(found, head.i)
    if hit is not None and (hit.label in _PLACES or hit.label == "NORP" and head.tag_ not in ("NNS", "NNPS")):
        # "Brussels, February 20 -- NATO Secretary-General Jens Stoltenberg says": a dateline's place
        # with the speaker in apposition; "said the top Democrat on the panel, Mark Tennant": the person.
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                person = mention_at(found, child.i)
                if person is not None and person.label == "PERSON":
                    return person
    if hit is not None:
        return hit
    candidates = []
    for child in head.children:
        if child.dep_ in ("appos", "compound", "nmod", "conj") or (child.dep_ == "npadvmod" and child.i > head.i):
            for t in child.subtree:
                f = mention_at(found, t.i)
                if f is not None and (t.i == child.i or t.head.i == child.i or t.dep_ in ("compound", "appos")):
                    if _place_modifier(head, child, f):
                        continue
                    if f.label == "PERSON" and child.dep_ == "compound" and head.pos_ == "NOUN":
                        continue  # "the Whitfield campaign", "a Whitfield aide": the campaign or the aide speaks
                    if child.dep_ == "compound" and head.lemma_.lower() in _OUTSIDERS:
                        continue  # "Vantrell observers", "Lenholm critics": people watching the name, not its voice
                    candidates.append(f)
    people = [f for f in candidates if f.label == "PERSON"]
    return (people or candidates or [_speaking_through(head, found)])[0]


# Texts that carry someone's words: the one named with them wrote or said them ("a statement from X"), and
# where words were said ("said in a statement that …").
_DOCUMENTS = frozenset("""statement statements letter post posts tweet tweets email e-mail message release memo
filing note""".split())
# Nouns that only carry someone's words: the one named after them speaks ("a statement from Vantrell
# Corp.", "a spokesman for the World Bank", "a report by Human Rights Watch", "Quist's office"), as "a
# Vantrell spokesman" is Vantrell's; the source stays as written.
_CONDUITS = _DOCUMENTS | frozenset("""report reports announcement document transcript communique study survey poll
analysis spokesman spokeswoman spokesperson representative representatives office""".split())


def _conduit_names(head) -> list:
    """The words that may name whom a conduit noun speaks for: its owner ("Quist's spokesman"), the object
    of "from", "by", "for" or "of" after it, the agent of a participle ("the report, published by the
    Vantrell Institute"). Empty for any other noun."""
    if head.lemma_.lower() not in _CONDUITS and head.lower_ not in _CONDUITS:
        return []
    names = [c for c in head.children if c.dep_ == "poss"]
    for child in head.children:
        if child.i < head.i:
            continue
        preps = [child] if child.dep_ == "prep" and child.lower_ in ("from", "by", "for", "of") else \
            [g for g in child.children if g.dep_ == "agent"] if child.dep_ == "acl" and child.tag_ == "VBN" else []
        names += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return names


def _speaking_through(head, found: list[Found]) -> Found | None:
    """The person or organisation a conduit noun names (`_conduit_names`). A place only through a
    spokesman or an official (a "report from Baghdad" is where it was written)."""
    for name in _conduit_names(head):
        f = mention_at(found, name.i)
        if f is not None and (f.label not in _PLACES or head.lower_ in _SPEAK_FOR_PLACE):
            return f
    return None


def _issuer_of(doc, head, found: list[Found]) -> Found | None:
    """"Lenholm Foods issued a statement …. The statement expresses …": a text named with "the" and no owner
    is the one a named source issued or released within the two sentences before; it speaks for that source."""
    if head.lemma_.lower() not in _DOCUMENTS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("poss", "prep", "compound") for c in head.children):
        return None
    sent = head.sent
    start = sent.start
    for _ in range(2):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for verb in doc[start:head.i]:
        if verb.lemma_.lower() in _ISSUE_VERBS and verb.sent.start != sent.start and any(
                c.dep_ == "dobj" and c.lemma_.lower() == head.lemma_.lower() for c in verb.children):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            hit = _mention_of_phrase(doc, subj, found) if subj is not None else None
            if hit is not None and hit.label not in _PLACES:
                return hit
    return None


def _unnamed_body_through(head):
    """The body a conduit noun speaks for when no name is given ("a report by the ministry", "a spokesman
    for the company"): a noun of a body that speaks; None otherwise."""
    return next((t for t in _conduit_names(head) if t.pos_ == "NOUN" and t.lemma_.lower() in _SPEAKING_BODIES),
                None)


def _untagged_name_through(head):
    """A capitalised name after a statement or a spokesperson ("a statement from Brennick", "a spokesman for
    Halvard Water") that the entity tagger left untagged: whom it speaks for. Not after a report, whose
    "from" may be a place it was written in."""
    if head.lower_ not in _DOCUMENTS | {"spokesman", "spokeswoman", "spokesperson"}:
        return None
    return next((t for t in _conduit_names(head) if t.pos_ == "PROPN" and t.text[:1].isupper()
                 and not t.ent_type_), None)


def _name_for(doc, subj, found: list[Found], last: Found | None) -> tuple[str | None, Found | None]:
    """The name a source stands for: a mention heading its phrase, or a pronoun's antecedent."""
    if subj.lower_ in _PRONOUNS:
        ante = antecedent(doc, subj, found, last)
        if ante is not None:
            return canonical(ante), ante
        if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            noun = relative_noun(subj, found)
            hit = _mention_of_phrase(doc, noun, found)
            if hit is not None:
                return canonical(hit), hit
            if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
                # "officials and figures who argue …": the clause describes the whole coordination
                start = _head_span(doc, noun.head)[0]
                return doc_text(doc)[start:_head_span(doc, noun)[1]], None
            return _head_phrase(doc, noun), None
        described = described_antecedent(doc, subj, found)
        issuer = _issuer_of(doc, described, found) if described is not None else None
        if issuer is not None:  # "Vantrell issued a statement …. It states that …": Vantrell's
            return canonical(issuer), issuer
        if described is not None:  # "A former fighter … admitted …. He said": that fighter, unnamed
            return _head_phrase(doc, described), None
        return subj.text, None
    hit = _mention_of_phrase(doc, subj, found) or _issuer_of(doc, subj, found)
    if hit is not None:
        return canonical(hit), hit
    body = _unnamed_body_through(subj)
    if body is not None:  # "a report by the ministry": the ministry, though nobody names it
        return _head_phrase(doc, body), None
    untagged = _untagged_name_through(subj)
    if untagged is not None:  # "a statement from Brennick" with Brennick left untagged by the parser
        return _head_phrase(doc, untagged), None
    phrase = _COURTESY_TITLE.sub("", _head_phrase(doc, subj))  # "Mr Brand" the parser did not tag: Brand
    if (subj.pos_ == "PROPN" or subj.text.istitle()) and len(phrase.split()) == 1:
        # A surname the parser did not tag ("…,” Holt said) after the full name was given.
        people = {canonical(f): f for f in found if f.label == "PERSON" and f.end <= subj.idx
                  and len(f.text.split()) > 1 and person_parts(canonical(f))[1] == person_parts(phrase)[1]}
        if len(people) == 1:
            name, f = next(iter(people.items()))
            return name, f
    return phrase, None


_COURTESY_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=[A-Z][\w'’-]+$)")


def _content_clause(doc, verb):
    """The clause a speech verb reports: its clausal complement ("said (that) X"), or for verbs of
    urging and promising its infinitive ("urged Congress to act")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        # Two ("Inside the hall - which looks like a church - Haddad said he …"): the parser took the
        # fronted scene for one; what is said follows the verb.
        after = [c for c in clauses if c.i > verb.i]
        clause = after[0] if len(clauses) > 1 and after else clauses[0]
        if clause.i > verb.i and _closing_tag(clause) is not None:
            return None  # "X told police about it, a source said.": the tag is the whole sentence's, not X's words
        return clause
    for child in verb.children:
        if child.dep_ == "xcomp" and verb.lemma_.lower() in _XCOMP_VERBS:
            return child
    return _clause_of_medium(verb) or _claimed_in_relative(verb)


def _claimed_in_relative(verb):
    """"a battery that Vantrell claims will last eight hours": the parser made "that" and the name both
    subjects of "claims" and hung "will last …" on the main verb; the verb right after is what is claimed."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not any(c.lower_ in ("that", "which") for c in subjects):
        return None
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].dep_ == "aux":
        k += 1
    nxt = doc[k] if k < len(doc) else None
    if nxt is None or nxt.pos_ not in ("VERB", "AUX") or nxt.head.i == verb.i or nxt.dep_ not in ("ccomp", "xcomp"):
        return None
    return nxt


# Where words were said or written ("said in a statement that …", "wrote in a letter that …")
_MEDIA_OF_SPEECH = _DOCUMENTS | frozenset("""interview interviews speech op-ed editorial column essay video podcast
broadcast briefing address remarks""".split())


def _clause_of_medium(verb):
    """"The ministry said in a statement that 12 soldiers died": the parser hung the that-clause on
    "statement"; it is what the verb reports."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "on", "during", "via", "through"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lower_ in _MEDIA_OF_SPEECH:
                clause = next((c for c in pobj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > pobj.i
                               and any(g.dep_ == "mark" and g.lower_ == "that" and g.i < c.i for g in c.children)),
                              None)
                if clause is not None:
                    return clause
    return None


def _contrast_after(doc, clause) -> int | None:
    """The first token of a contrast the writer adds after a reported clause, with a speaker of its own
    ("… that 12 soldiers died, while the rebels claimed …": the rebels' claim is not the ministry's
    words). None when there is none."""
    for child in clause.children:
        if child.i <= clause.i or child.dep_ not in ("advcl", "conj") or not _is_cue_verb(child) \
                or _own_subject(child) is None:
            continue
        first = child.left_edge.i
        if doc[first].lower_ in _CONTRAST_OPENERS and doc[first - 1].text == ",":
            return first - 1
        if child.dep_ == "conj":
            cc = next((c for c in clause.children if c.dep_ == "cc" and c.i < child.i and c.lower_ == "but"), None)
            if cc is not None and doc[cc.i - 1].text == ",":
                return cc.i - 1
    return None


# Verbs that report an utterance through their object: the object (with what follows it in the verb's
# phrase) is the content. Verbs of mere attitude ("support", "want") are not speech and stay out.
_OBJECT_VERBS = frozenset("""announce deny confirm praise criticize criticise accuse condemn blame thank mock
endorse promise predict demand reiterate repeat dismiss reject acknowledge admit call want support back
prefer oppose favor favour slam blast attack highlight cite question describe defend mention discuss tout
denounce echo express imply propose recall challenge applaud rebuke champion outline emphasize emphasise stress
portray show report recommend warn threaten counter indicate suggest reveal disclose predict forecast
estimate concede acknowledge reaffirm demand offer remind consider nominate embrace list
address view decry assail deride bemoan lament savage revile email retweet tweet encourage recognize recognise
like dislike hate love ignore note post order state declare write urge ask believe expect decline intend""".split())


_TOPIC_PREPS = frozenset({"about", "of", "against", "on"})
# "spoke on condition of anonymity", "on his behalf", "on the show", "on Sunday": how, for whom, where or
# when someone spoke, not what about.
_NOT_TOPICS = frozenset("""condition behalf show program programme television tv radio phone stage floor camera
record air call podcast panel day night morning evening afternoon weekend monday tuesday wednesday thursday
friday saturday sunday""".split())
# Verbs whose stance is stated through one more preposition ("referred to", "voted for", "pushed for").
_PREP_CUES = {"refer": frozenset({"to"}), "point": frozenset({"to"}), "vote": frozenset({"for"}),
              "advocate": frozenset({"for"}), "push": frozenset({"for"}), "argue": frozenset({"for"}),
              "hope": frozenset({"for"}), "rail": frozenset(), "comment": frozenset(),
              "care": frozenset(), "campaign": frozenset({"for"}), "lobby": frozenset({"for"}),
              "apologize": frozenset({"for"}), "apologise": frozenset({"for"}), "respond": frozenset({"to"}),
              "reply": frozenset({"to"})}


# Verbs of verbal attack that also name physical violence, and what only violence hits
_ASSAULT_VERBS = frozenset("attack blast slam savage".split())
_TARGETS = frozenset("""station base village town city building buildings convoy camp checkpoint post embassy ship
vessel vehicle vehicles car truck bus compound facility position positions troops soldiers forces police patrol
headquarters office offices school hospital mosque church temple market airport port bridge plant refinery
pipeline tanker aircraft plane helicopter jet house home homes train border area region district""".split())


def _answerable(obj) -> bool:
    """What one counters in words: a person, or a statement ("countered the claim", "countered Trump")."""
    return obj.ent_type_ == "PERSON" or obj.pos_ == "PRON" or obj.lemma_.lower() in _ANSWERABLE


_ANSWERABLE = frozenset("""claim claims argument arguments criticism criticisms charge charges accusation
accusations assertion assertions narrative statement statements remark remarks comment comments point points
attack attacks question questions suggestion allegation allegations""".split())


def _physical_target(obj) -> bool:
    return obj.lemma_.lower() in _TARGETS or obj.lower_ in _TARGETS or obj.ent_type_ in ("FAC", "LOC", "GPE")


def is_violence(verb) -> bool:
    """"Militants attacked a police station": an assault verb on a physical target is violence, not words
    (the rules never take it, nor may the attribution model)."""
    return verb.lemma_.lower() in _ASSAULT_VERBS and any(
        c.dep_ == "dobj" and c.i > verb.i and _physical_target(c) for c in verb.children)


def _object_content(doc, verb) -> tuple[int, int] | None:
    lemma = verb.lemma_.lower()
    if lemma == "say":
        # "said so", "said yes", "said the same of Sanders"
        said = [c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" or (
            c.dep_ in ("advmod", "intj") and c.lower_ in ("so", "yes", "no")))]
        if not said:
            return None
        left, end = min(c.left_edge.i for c in said), max(c.right_edge.i for c in said)
        while end > left and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return doc[left].idx, doc[end].idx + len(doc[end].text)
    if lemma not in _OBJECT_VERBS:
        # "warned of the dangers of …", "spoke about the economy", "referred to X", "voted for Y": what
        # the speech or stance was about
        preps = _TOPIC_PREPS | _PREP_CUES.get(lemma, frozenset())
        demand = _for_clause(doc, verb)
        if demand is not None and "for" in preps:  # "pushed for the council to delay the vote"
            return doc[demand.left_edge.i + 1].idx, _subtree_span(doc, demand)[1]
        topics = [g for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in preps
                  for g in c.children if g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() not in _NOT_TOPICS]
        if not topics or (lemma in BELIEF_VERBS and lemma not in _PREP_CUES) \
                or any(c.dep_ == "dobj" for c in verb.children):
            return None
        left, end = topics[0].left_edge.i, topics[0].right_edge.i
        while end > left and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        if end - left < 1 and not _names_someone(doc[left]):
            return None
        return doc[left].idx, doc[end].idx + len(doc[end].text)
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "oprd", "xcomp", "dative")]
    if is_violence(verb):
        return None  # "militants attacked a police station": violence, not words
    if lemma == "counter" and any(c.dep_ == "dobj" and not _answerable(c) for c in right):
        return None  # "help the army counter the militants": opposing, not answering
    if lemma == "call" or lemma in _QUOTED_NAMING:
        # "called for X to …", "calls on X to …" (a demand) and "called X a liar" / "called X “unhinged”"
        # (a judgement): from what is called for / on / named to the end of the verb's phrase.
        pobjs = [g for c in right if c.dep_ == "prep" and c.lower_ in ("for", "on") for g in c.children
                 if g.dep_ == "pobj"]
        objs = [c for c in right if c.dep_ == "dobj"]
        demand = _for_clause(doc, verb)
        if pobjs:
            start = pobjs[0]
        elif demand is not None:
            start = doc[demand.left_edge.i + 1]
        elif objs and objs[0].right_edge.i < verb.right_edge.i and not objs[0].like_num and not any(
                c.dep_ == "prep" and c.i > objs[0].i and c.lower_ in ("by", "in", "at", "after")
                for c in verb.children):  # "called 911 with reports of a fire": a number, a phone call
            start = objs[0]
        else:
            return None
        left, end = start.left_edge.i, verb.right_edge.i
        # up to a second verb joined to it ("called the ruling “a disgrace” and vowed to appeal")
        joined = next((c.i for c in verb.children if c.i > start.i and c.dep_ in ("cc", "conj")), None)
        if joined is not None:
            end = joined - 1
        while end > left and (doc[end].is_punct or doc[end].is_space) and doc[end].text not in _CLOSERS:
            end -= 1
        if end - left < 1 or any("\n" in doc[k].text for k in range(left, end + 1)):
            return None
        return doc[left].idx, doc[end].idx + len(doc[end].text)
    elif not any(c.dep_ == "dobj" for c in right):
        return None
    if not right:
        return None
    left = min(c.left_edge.i for c in right)
    end = max(c.right_edge.i for c in right)
    while end > left and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    # One word is enough when it names someone ("blasted Rubio", "endorsed him"); a bare common noun
    # ("announced plans") is too little to be a statement.
    one_name = end == left and _names_someone(doc[left])
    if (end - left < 1 and not one_name) or any("\n" in doc[k].text for k in range(left, end + 1)):
        return None
    return doc[left].idx, doc[end].idx + len(doc[end].text)


def _for_clause(doc, verb):
    """"called for the mayor to resign": the parser read "for" as opening a clause of purpose right after
    the verb; that clause (whose first word is the "for"), or None."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1
                 and c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark" and c.left_edge.i + 1 < c.i), None)


def _names_a_source(obj) -> bool:
    """The object of "citing" / "quoting" that is a person or a source ("a source familiar with the talks",
    "officials", "Olek Brand"), so the verb names who spoke rather than what was said."""
    return obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_.lower() in PERSON_NOUNS | _SOURCE_NOUNS


_SOURCE_NOUNS = frozenset("source sources people person official insider witness elder aide".split())


def _names_someone(tok) -> bool:
    """A one-word object that can stand as a statement's content: a name or a personal pronoun."""
    return tok.pos_ in ("PROPN", "PRON") and tok.lower_ not in ("it", "this", "that")


_XCOMP_VERBS = frozenset("""urge ask promise vow pledge threaten call warn tell demand plan propose
vow refuse decline agree offer want expect vote hope seek plan intend prefer wish""".split())


def _as_clause(verb) -> bool:
    """"as Trump points out", "as the Times reported": a reporting verb in an "as" clause."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children)


def _relative_object(verb):
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that")
                 and c.i < verb.i), None)


def _subtree_span(doc, tok, stop_at: int | None = None) -> tuple[int, int]:
    """The characters of a token's subtree, outer punctuation left out; `stop_at`: a token where it ends
    (not included)."""
    left, right = tok.left_edge.i, tok.right_edge.i
    if stop_at is not None and left < stop_at <= right:
        right = stop_at - 1
    while right > left and (doc[right].is_space or (doc[right].is_punct and doc[right].text not in _CLOSERS)):
        right -= 1
    while left < right and (doc[left].is_space or (doc[left].is_punct and doc[left].text not in _OPENERS)):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


# "assigned according to age", "went according to plan", "will leave by May according to the agreement": a
# rule, a measure or the terms of a text, not a source
_CRITERIA = frozenset("""age gender sex size height weight income rank seniority merit need needs plan schedule
rule rules law laws system formula order priority type category class grade ability preference preferences
tradition custom instructions guidelines procedure protocol religion race nationality population
agreement deal treaty accord contract constitution resolution timetable terms""".split())


# Of those, the texts that set something out: set ahead of a clause they are its source ("According to
# state law, ferries must …", "According to the schedule, Voss speaks on Thursday"); the annotators mark them.
_SETTING_OUT = frozenset("""plan schedule rule rules law laws instructions guidelines procedure protocol agreement
deal treaty accord contract constitution resolution timetable terms""".split())


def _criterion(pobj) -> bool:
    return pobj.pos_ == "NOUN" and pobj.lemma_.lower() in _CRITERIA and not (
        pobj.lemma_.lower() in _SETTING_OUT and _fronted(pobj.head.head) and pobj.right_edge.i + 1 < len(pobj.doc)
        and pobj.doc[pobj.right_edge.i + 1].text == ",")


def _according_to(doc):
    """"according to X" cues: (cue token, source token, the clause it qualifies)."""
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None or _criterion(pobj):
                continue
            yield tok, to, pobj


def _name_after(doc, pobj) -> int | None:
    """The last token of a person's name set off by commas right after the phrase ("according to the
    spokesman of the ministry, Olek Brand, the talks …": the spokesman named), or None."""
    k = pobj.right_edge.i + 1
    if k + 2 >= len(doc) or doc[k].text != "," or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in PERSON_NOUNS:
        return None  # only a person's role is named this way ("the ministry, Lenholm, …" is no name of it)
    m = k + 1
    while m < len(doc) and doc[m].ent_type_ == "PERSON" and m - k <= 4:
        m += 1
    return m - 1 if m > k + 1 and m < len(doc) and doc[m].text == "," else None


_COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})


def _subject_run_into_source(doc, tok, pobj) -> int | None:
    """"According to Reuters Mr Tennant also met Brand" (no comma): the parser runs the source on into the
    subject of the clause, whose verb is left with none. A courtesy title inside the phrase starts that
    subject; so does a phrase the parser hung on the source after a comma as an apposition or a conjunct
    ("According to the city summary, Tennant and an aide asked …", "According to Voss, higher taxes are
    …"), the last one before the verb. Its first token's index, or None."""
    verb = tok.head
    if tok.i != tok.sent.start or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    for t in doc[pobj.left_edge.i + 1:pobj.i + 1]:
        if t.text.rstrip(".") in _COURTESY and doc[t.i - 1].text[:1].isupper() and t.i < pobj.i:
            return t.i
    if verb.i < pobj.right_edge.i:
        return None
    swallowed = [t for t in doc[pobj.i + 1:pobj.right_edge.i + 1] if t.dep_ in ("appos", "conj")
                 and doc[t.left_edge.i - 1].text == "," and t.left_edge.i > pobj.i + 1]
    # not a list inside that subject ("…, majorities of voters in Lenholm, Brennick and Vantrell want …")
    outer = [t for t in swallowed if not any(u.is_ancestor(t) for u in swallowed)]
    return outer[-1].left_edge.i if outer else None


def _according_content(doc, tok, pobj) -> list[tuple[int, int]]:
    """What "according to X" qualifies: the clause of the verb it hangs on, without the phrase itself."""
    relative = _relative_clause_before(doc, tok, pobj)
    if relative is not None:
        return [relative]
    phrase_end = _name_after(doc, pobj) or pobj.right_edge.i
    head = tok.head
    if head.i == tok.i or (head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT"):
        end, before = phrase_end, doc[tok.i - 1] if tok.i > tok.sent.start else None
        if before is not None and end + 1 < tok.sent.end and doc[end + 1].text == "," and (
                before.text == "," or before.lower_ in _CLAUSE_OPENERS):
            # "…, but it is harder here since according to Reuters, the sites were there": set off after a
            # conjunction, the phrase opens the clause that follows it, not the whole sentence.
            return _range_minus(doc, end + 1, tok.sent.end - 1, tok.i, end)
        scope_left, scope_right = tok.sent.start, tok.sent.end - 1
    else:
        head = _sentence_head_at_end(doc, head, phrase_end)
        scope_left, scope_right = head.left_edge.i, head.right_edge.i
    while scope_left < tok.i and doc[scope_left].dep_ in ("mark", "cc", "advmod") and doc[scope_left].i < tok.i \
            and doc[scope_left].lower_ in _CLAUSE_OPENERS:
        scope_left += 1
    # "…, according to the Journal, though there are no safeguards elsewhere": what the writer adds after
    # naming the source at the clause's end is not the source's ("According to X, A, but B" may be X's)
    for k in range(phrase_end + 1, scope_right if tok.i > scope_left else phrase_end + 1):
        if doc[k].text == "," and doc[k + 1].lower_ in _CONTRAST_OPENERS:
            scope_right = k - 1
            break
    return _range_minus(doc, scope_left, scope_right, tok.i, phrase_end)


def _sentence_head_at_end(doc, head, phrase_end: int):
    """"Quist wrote to the board, threatening to sue, according to a copy of the email.": closing its
    sentence, the phrase gives the whole sentence, though the parser hung it on the last clause (a
    conjunct or an adverbial of the sentence's verb) -- the sentence's verb then, else the head as it is.
    (A clause a verb reports keeps it: "The Herald reported that …, according to people briefed" gives
    the two levels what was reported.)"""
    sent = head.sent
    if any(not (t.is_punct or t.is_space) for t in doc[phrase_end + 1:sent.end]):
        return head
    top = head
    while top.dep_ in ("conj", "advcl") and top.head.i != top.i:
        top = top.head
    return top if top.i == sent.root.i else head


_CONTRAST_OPENERS = frozenset({"though", "although", "but", "while", "whereas"})


def _relative_clause_before(doc, tok, pobj) -> tuple[int, int] | None:
    """"The school, where fees are $40,000 a year, according to its website, has 300 pupils": a relative
    clause ending right before ", according to X," is what X gives, not the sentence the parser hung the
    phrase on -- when the sentence goes on after the phrase, and the clause is set off by a comma or stands
    inside the subject (the phrase before the sentence's verb). At a sentence's end ("… to voters who oppose the
    plan, according to filings.") the phrase is the whole sentence's. The clause's characters without
    "where" / "when"; None when there is none."""
    k, after = tok.i - 1, pobj.right_edge.i + 1
    if k < 1 or doc[k].text != "," or after >= tok.sent.end - 1 or doc[after].text not in (",", "—", "–", "--"):
        return None
    t = doc[k - 1]
    while t.head.i != t.i and t.dep_ != "relcl":
        t = t.head
    first = doc[t.left_edge.i]
    if t.dep_ != "relcl" or t.right_edge.i != k - 1 or t.is_ancestor(tok) or first.lower_ not in _RELATIVE_WORDS:
        return None  # ("steps to ban such images, according to …": an infinitive, not a relative clause)
    if doc[first.i - 1].text != "," and tok.sent.root.i < tok.i:
        return None
    start, end = _subtree_span(doc, t)
    if first.lower_ in ("where", "when") and first.i < t.i:
        start = doc[first.i + 1].idx
    return start, end


_RELATIVE_WORDS = frozenset("where when which who whom whose that".split())


_CLAUSE_OPENERS = frozenset({"since", "because", "as", "and", "but", "while", "although", "so"})


def _loose(tok) -> bool:
    """Punctuation or space at a piece's edge; a sign that belongs to a figure ("3%", "$") is not."""
    return tok.is_space or (tok.is_punct and tok.text not in "%$€£¥")


def _range_minus(doc, left: int, right: int, skip_left: int, skip_right: int) -> list[tuple[int, int]]:
    """Tokens [left, right] without [skip_left, skip_right] and the punctuation around it."""
    pieces = []
    while right > left and _loose(doc[right]) and doc[right].text not in _CLOSERS:
        right -= 1
    a_end = skip_left - 1
    while a_end >= left and _loose(doc[a_end]):
        a_end -= 1
    if a_end >= left and not _only_connectives(doc[left:a_end + 1]):
        pieces.append((doc[left].idx, doc[a_end].idx + len(doc[a_end].text)))
    b_start = skip_right + 1
    while b_start <= right and _loose(doc[b_start]):
        b_start += 1
    if b_start <= right:
        pieces.append((doc[b_start].idx, doc[right].idx + len(doc[right].text)))
    return pieces


def _only_connectives(toks) -> bool:
    """"But", "First", "And so" before an aside ("First, he said, there was a dinner"): they join the
    sentence to the one before; what was said is the clause after the aside."""
    return all(t.pos_ in ("CCONJ", "INTJ") or t.lower_ in _LINKING_ADVERBS or _loose(t) for t in toks)


# Adverbs that order or link sentences, not part of a statement's content ("Slowly, she said, …" is)
_LINKING_ADVERBS = frozenset("""first second third then next now so also too still yet however meanwhile instead
indeed anyway moreover besides furthermore finally again well""".split())


def _fit_marks(text: str, pieces: list[tuple[int, int]], marks: list[Marked]) -> list[tuple[int, int]]:
    """The last piece fitted to the quotation marks the parser hung elsewhere: without the next quotation's
    opening mark at its very end ("…, Mr. Voss said, the plan failed. ''It was …'' he said."), and with the
    closing mark of quoted words it ends on ("That's why, he added, viewers see ''endless sequels.''")."""
    if not pieces:
        return pieces
    s, e = pieces[-1]
    for m in marks:
        if s < m.start < e <= m.inner_start:
            e = len(text[:m.start].rstrip())
            if e - 1 > s and (text[e - 1] in ",;:" or (text[e - 1] == "." and text[e - 2].islower())):
                e -= 1  # the clause's own stop ("U.S." keeps its point)
            return pieces[:-1] + [(s, e)] if e > s else pieces[:-1]
        if s <= m.start < e < m.end and not re.search(r"\w", text[e:m.end]):
            return pieces[:-1] + [(s, m.end)]
    return pieces


def _tokens_in(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _same_paragraph(doc, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in doc_text(doc)[doc[lo].idx:doc[hi].idx]


def _subject_holds(doc, verb, token_ids: set[int]) -> bool:
    """Is the quoted text part of the verb's own subject ("A militia named “X” claimed …")?"""
    subj = _subject_of(verb)
    if subj is None or not token_ids:
        return False
    last = max(token_ids)
    if last < subj.i and any(doc[k].text == "," for k in range(last, subj.i)):
        return False  # "“…,” Vale, 69, told the radio": a quotation the parser hung on the name before its tag
    return any(subj.left_edge.i <= i <= subj.right_edge.i for i in token_ids)


_NAMING = frozenset("titled entitled called named dubbed headlined".split())


def _quoted_title(doc, toks, inner: str) -> bool:
    """A name or title in quotation marks after a preposition or article ('on "Sixty Days,"', 'the
    "Patriot Act"'): every longer word capitalised, nobody's statement."""
    words = re.findall(r"[\w'’-]+", inner)
    if words and len(words) <= 4 and _known_as(doc, toks[0].i):
        return True  # 'a beast known as "el vargo"': a name, whatever its case
    if not words or len(words) > 6 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    if any(len(w) > 3 and not (w[0].isupper() or w[0].isdigit()) for w in words):
        return False
    k = toks[0].i - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _OPENERS):
        k -= 1
    return k >= 0 and ((doc[k].pos_ in ("ADP", "DET") or doc[k].dep_ == "poss") and doc[k].lower_ != "as"
                       or doc[k].lower_ in _NAMING)


def _known_as(doc, first: int) -> bool:
    """The words before a quotation introduce a name: "known as", "also known as", "aka", "nicknamed"."""
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _OPENERS or doc[k].text == "'"):
        k -= 1
    if k < 0:
        return False
    return doc[k].lower_ in ("aka", "a.k.a.", "nicknamed") or (
        doc[k].lower_ == "as" and k > 0 and doc[k - 1].lower_ in ("known", "referred"))


def _colon_cue_before(doc, first: int):
    """The speech verb right before the colon that opens a quotation ("Voss said: “…”"), or None: the colon
    hands the quotation to that verb even when the parser hung it on a tag after it ("…,” the Herald
    reported")."""
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _OPENERS) and "\n" not in doc[k].text:
        k -= 1
    if k < 1 or doc[k].text != ":":
        return None
    verb = doc[k - 1]
    if _is_cue_verb(verb) and not _impersonal(verb) and _own_subject(verb) is not None \
            and verb.lemma_.lower() not in BELIEF_VERBS:
        return verb
    return verb if _verb_read_as_noun(verb) else None


# Speech verb forms the tagger takes for a plural noun after a noun ("the policy states: …"), and the
# texts and rules that speak so (not "the member states: …", a plural noun indeed)
_NOUN_LIKE_SPEECH = frozenset("states says notes reads warns adds explains".split())
_RULE_TEXTS = _WRITTEN | frozenset("""policy rule law code guideline guidance regulation agreement contract
constitution charter manual handbook bill ruling order clause section article decree""".split())


def _verb_read_as_noun(tok) -> bool:
    """"Vantrell's policy states: “…”": the parser read the verb before the colon as a plural noun with the
    text's noun as its compound; it is that noun phrase's speech verb."""
    doc = tok.doc
    if tok.tag_ != "NNS" or tok.lower_ not in _NOUN_LIKE_SPEECH or tok.i < 1 or tok.i + 1 >= len(doc):
        return False
    noun = doc[tok.i - 1]
    return doc[tok.i + 1].text == ":" and noun.dep_ == "compound" and noun.head.i == tok.i \
        and noun.lower_ in _RULE_TEXTS


def _cue_near_quote(doc, m: Marked, own: set[int], others: set[int], words: int):
    """The speech verb attributing a quoted stretch: one that governs words of the quote, else one right
    after it ("…,” said X) or right before it (X said: “…”), in the same paragraph."""
    toks = [doc[i] for i in sorted(own)]
    if not toks:
        return None
    text = doc_text(doc)
    inner = text[m.inner_start:m.inner_end].rstrip()
    colon = _colon_cue_before(doc, toks[0].i)
    if colon is not None and colon.i not in others:
        return colon  # "X said: “…,” the Herald reported": the quotation is X's, the Herald only relays it
    for t in toks:
        head = t
        for _ in range(6):
            if head.head.i == head.i:
                break
            # (a second quoted name after "and", or one the parser hung as a modifier on the other quoted name)
            joined = head.dep_ in ("conj", "amod", "compound") and head.pos_ in ("NOUN", "PROPN", "ADJ")
            head = head.head
            if head.i in own:
                continue
            if _is_cue_verb(head) and head.i not in others and _same_paragraph(doc, head.i, t.i) \
                    and not _subject_holds(doc, head, own) and not _impersonal(head):
                return head
            if joined and head.i in others and head.pos_ in ("NOUN", "PROPN", "ADJ") and head.i > head.head.i \
                    and head.dep_ in ("oprd", "dobj", "attr", "conj") \
                    and _is_cue_verb(head.head) and head.head.lemma_.lower() in _QUOTED_NAMING | {"call"}:
                continue  # "called X “the scum of the earth” and an “idiot”": the second name is his too
            break
    # Right after the closing mark: ", he said", "said Stoltenberg", "with those words X commented".
    last = toks[-1].i
    j = last + 1
    while j < len(doc) and (doc[j].is_punct or doc[j].is_space) and doc[j].text not in ".!?;" \
            and "\n" not in doc[j].text:
        j += 1
    # A quote that closed its own sentence ("….” The next sentence") takes only a short tag after it.
    ended = bool(re.search(r"[.…]$", inner)) and j < len(doc) and doc[j].text[:1].isupper()
    # A quoted question or cry takes its tag with no comma (“Why?” Voss asked reporters at the briefing);
    # a long one only with a verb of saying: “Enough!” The mayor slammed the table and walked out.
    cried = bool(re.search(r"[!?]$", inner)) and j < len(doc) and doc[j].text[:1].isupper()
    gap_end = doc[j].idx if j < len(doc) else len(text)
    # ", he said" after the quote's own comma, or after a quoted cry or question (“Enough!” he said)
    comma = bool(re.search(r"[,:!?]$", inner)) or (j > last + 1 and "," in text[doc[last].idx:gap_end])
    reach = 3 if ended else 10
    for k in range(j, min(len(doc), j + reach)):
        if k in others or "\n" in doc[k].text:
            break
        tok = doc[k]
        if _is_cue_verb(tok):
            if _subject_holds(doc, tok, own) or _impersonal(tok):
                break
            if words <= SCARE_MAX_WORDS and not comma:
                break  # a short quoted name or phrase before a verb is not that verb's quote
            rest = [t for t in doc[k + 1:min(len(doc), k + 6)]]
            short = any(t.text in ".!?" for t in rest) or k + 1 >= len(doc) or doc[k + 1].is_punct
            if ended and not short:
                break  # a finished quoted sentence takes only a short tag: “….” Stoltenberg said.
            if cried and not short and tok.lemma_.lower() not in UTTERANCE_VERBS:
                break
            return tok
        if tok.is_punct and tok.text in ".!?;":
            break
        if tok.pos_ == "VERB":
            break
    # Right before the opening mark: "Stoltenberg said:", "he said,"
    first = toks[0].i
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _OPENERS or doc[k].idx == m.start) \
            and "\n" not in doc[k].text:
        k -= 1  # (a straight single quote opening the quotation is no opener of its own)
    reach = 8
    if k >= 0 and "\n" in doc[k].text:
        # "Voss continued:" ending the paragraph before the quotation; a whole lead-in sentence ending on
        # the colon ("The society released a statement, explaining what happened to the cat:") hands the
        # next paragraph's quotation to its verb
        j = k - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and doc[j].text == ":":
            k = j
            reach = k - doc[k].sent.start + 1
    if k >= 0 and words > SCARE_MAX_WORDS and _is_cue_verb(doc[k]) and not _impersonal(doc[k]) \
            and doc[k].lemma_.lower() not in BELIEF_VERBS and _own_subject(doc[k]) is not None:
        return doc[k]  # "Blackwell wrote “has consistently …”": the verb right before the quotation
    if k >= 0 and doc[k].text in (":", ","):
        further = []  # cues of a whole lead-in sentence further back
        skip = _short_quoted_before(doc, k) if doc[k].text == ":" else set()
        for q in range(k - 1, max(-1, k - reach), -1):
            if q in skip:
                continue  # "… through what's called “active shooter” training:": a term, not another quotation
            if q in others or (doc[q].is_punct and doc[q].text in _CLOSERS + (".", "!", "?", ";")) \
                    or "\n" in doc[q].text:
                break
            if q <= k - 8:
                further += [doc[q]] if _is_cue_verb(doc[q]) and doc[q].lemma_.lower() in UTTERANCE_VERBS \
                    or doc[k].text == ":" and issues_text_colon(doc[q]) else []
            elif _is_cue_verb(doc[q]):
                return doc[q]
            elif doc[k].text == ":" and _goes_on(doc[q]):
                return doc[q].head  # "The report went on: “…”"
            elif doc[k].text == ":" and issues_text_colon(doc[q]):
                return doc[q]  # "Voss issued the following statement on the arrest: “…”"
        # the main one ("The society released a statement, explaining what the owner found:"), not "found"
        return min(further, key=lambda t: len(list(t.ancestors)), default=None)
    return None


def _short_quoted_before(doc, colon: int) -> set[int]:
    """The tokens of short quoted terms (five words at most) in the sentence that ends on a colon."""
    out: set[int] = set()
    q = colon - 1
    start = doc[colon].sent.start
    while q > start:
        if doc[q].text in _CLOSERS:
            opener = next((o for o in range(q - 1, max(start - 1, q - SCARE_MAX_WORDS - 2), -1)
                           if doc[o].text in _OPENERS), None)
            if opener is None:
                break
            out |= set(range(opener, q + 1))
            q = opener
        q -= 1
    return out


def _goes_on(tok) -> bool:
    """The particle of "went on" / "goes on" right before a colon: the text or speaker continues."""
    return tok.dep_ in ("prt", "prep") and tok.lower_ == "on" and tok.head.lemma_.lower() == "go" \
        and tok.head.i == tok.i - 1 and not any(c.dep_ == "pobj" for c in tok.children) \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"


_ISSUE_VERBS = frozenset("issue release publish".split())


def issues_text_colon(verb) -> bool:
    """"The manager issued the following statement on the arrest:" -- a text put out, its words after the
    colon (a light verb otherwise: "issued a statement" says nothing by itself)."""
    doc = verb.doc
    if verb.lemma_.lower() not in _ISSUE_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _DOCUMENTS), None)
    if obj is None:
        return False
    for t in doc[obj.i + 1:verb.sent.end]:  # the colon after the text's noun phrase, no other verb between
        if t.text == ":":
            return True
        if t.pos_ in ("VERB", "AUX") or t.text in _OPENERS or t.text in ".!?;":
            return False
    return False


def goes_on_colon(verb) -> bool:
    """"The report went on: “…”": a verb the rules take as a cue only before a colon and a quotation."""
    return verb.i + 1 < len(verb.doc) and _goes_on(verb.doc[verb.i + 1])


def find_attributions(doc, found: list[Found]) -> list[Attribution]:
    """Every attribution in an article: direct, indirect and scare quotes with cues and sources."""
    text = doc_text(doc)
    marks = doc_marks(doc)
    inside: set[int] = set()
    mark_tokens: list[set[int]] = []
    for m in marks:
        idx = {t.i for t in _tokens_in(doc, m.inner_start, m.inner_end)}
        mark_tokens.append(idx)
        inside |= idx
    attributions: list[Attribution] = []
    claimed: set[int] = set()  # starts of the quotations a cue has claimed
    by_cue: dict[int, Attribution] = {}
    last: Found | None = None
    last_speaker: str | None = None
    last_att: Attribution | None = None
    last_direct: Attribution | None = None  # the last quotation a cue claimed
    last_end = -1

    def around(tok, pieces: list[tuple[int, int]]) -> None:
        """An indirect attribution of the sentence around a tag or an aside (`pieces`: what was said), which
        later pronouns see as the last speaker."""
        nonlocal last, last_speaker, last_end, last_att
        att = _from_verb(doc, tok, found, last, kind="indirect")
        att.contents.extend(pieces)
        by_cue[tok.i] = att
        attributions.append(att)
        if att.speaker_found is not None:
            last = att.speaker_found
        if att.speaker:
            last_speaker, last_end, last_att = att.speaker, pieces[-1][1], att

    events = []  # process in text order so pronouns see the previous speaker
    for n, m in enumerate(marks):
        events.append((m.start, "mark", n))
    for tok in doc:
        if _is_cue_verb(tok) and tok.i not in inside:
            events.append((tok.idx, "verb", tok.i))
    for cue_tok, to, pobj in _according_to(doc):
        if cue_tok.i not in inside:
            events.append((cue_tok.idx, "according", cue_tok.i))
    events.sort()

    for _, kind, n in events:
        if kind == "mark":
            m = marks[n]
            words = len(re.findall(r"\w+", text[m.inner_start:m.inner_end]))
            if words == 0:
                continue
            own = [doc[i] for i in sorted(mark_tokens[n])]
            if own and _quoted_title(doc, own, text[m.inner_start:m.inner_end].rstrip()):
                attributions.append(Attribution([(m.start, m.end)], "scare", title=True))
                continue
            cue = _cue_near_quote(doc, m, mark_tokens[n], inside - mark_tokens[n], words)
            if cue is not None:
                att = by_cue.get(cue.i)
                if att is None:
                    att = _from_verb(doc, cue, found, last, kind="direct")
                    by_cue[cue.i] = att
                    attributions.append(att)
                att.kind = "direct"
                att.contents.append((m.start, m.end))
                if att.speaker_found is not None:
                    last = att.speaker_found
                last_speaker, last_end, last_att, last_direct = att.speaker, m.end, att, att
                claimed.add(m.start)
                continue
            if last_att is not None and last_att.kind == "indirect" and any(
                    s <= m.start and m.end <= e for s, e in last_att.contents):
                # Quoted words inside a clause just reported ("The industry, she said, is ''doing much
                # better''"): the speaker's words quoted in part (partial_quotes gives them the source).
                attributions.append(Attribution([(m.start, m.end)], "scare"))
                continue
            inner = text[m.inner_start:m.inner_end].strip()
            # a quoted sentence of its own (a whole paragraph of three words or more counts, however short)
            sentence_like = (words > SCARE_MAX_WORDS or (words >= 3 and _whole_paragraph(text, m))) and (
                inner[:1].isupper() or inner[:1] in "…") and (
                re.search(r"[.!?…]['\"”’]?$", inner) or m.open_end or _whole_paragraph(text, m))
            # a short quoted sentence standing alone right after the speaker's quotation, in the same
            # paragraph ("“It is over,” said Voss. “We lost everything.”"): the quotation goes on
            short_sentence = not sentence_like and words >= 2 and _own_sentence(text, m, inner) \
                and "\n" not in text[last_end:m.start] and (
                    (last_att is not None and last_att.kind == "direct")
                    or (last_direct is not None and last_direct.speaker == last_speaker))
            if (sentence_like or short_sentence) and last_speaker is not None and m.start - last_end < 600:
                # A paragraph-long quote with no verb of its own goes on with the previous speaker.
                if last_att is not None and last_att.speaker == last_speaker and last_att.kind == "direct":
                    # The same act of speech going on ("“Okay,” I said. “I was seventeen …”"): one
                    # attribution, one cue.
                    last_att.contents.append((m.start, m.end))
                elif last_direct is not None and last_direct.speaker == last_speaker and \
                        "\n" not in text[last_direct.contents[-1][1]:m.start]:
                    # "“…,” said Voss, who will address the board. “And …”": the clause about the speaker
                    # in between (a verb of its own) does not end the quotation's act of speech.
                    last_direct.contents.append((m.start, m.end))
                else:
                    # The source as last written for that speaker ("Trump …, mocking X. “These people …”").
                    src = last_att.source if last_att is not None and last_att.speaker == last_speaker else None
                    attributions.append(Attribution([(m.start, m.end)], "direct", speaker=last_speaker, source=src,
                                                    speaker_found=last, media=is_media(last_speaker)))
                last_end = m.end
                claimed.add(m.start)
            elif sentence_like:
                attributions.append(Attribution([(m.start, m.end)], "direct"))
            elif words <= SCARE_MAX_WORDS or not sentence_like:
                attributions.append(Attribution([(m.start, m.end)], "scare"))
        elif kind == "verb":
            tok = doc[n]
            clause = _content_clause(doc, tok)
            if _impersonal(tok) or _says_nothing(tok, clause) or _asked_clause(tok):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and any(
                    not text[doc[tok.i + 1].idx + 1:m.start].strip() for m in marks):
                continue  # "X said: “…”": what X said is the quotation, which takes this verb as its cue
            if (tagged := _tag_inside_clause(tok)) is not None and tok.i not in by_cue:
                # "The plan, said Voss, would fail": the clause around the tag, without it
                name, main = tagged
                pieces = _fit_marks(text, _range_minus(doc, tok.sent.start, main.right_edge.i, tok.i - 1,
                                                       name.right_edge.i), marks)
                if not pieces or any(m.start in claimed and any(s <= m.start < e for s, e in pieces) for m in marks):
                    continue
                around(tok, pieces)
                continue
            if clause is not None:
                if (subj := _inverted_subject(tok)) is not None and _own_subject(tok) is None \
                        and clause.left_edge.i <= subj.i <= clause.right_edge.i:
                    continue  # "“…,” said Robin Vale, half joking": the parser's clause holds the speaker
                cstart, cend = _subtree_span(doc, clause, _contrast_after(doc, clause))
                if cstart < tok.idx < cend and tok.dep_ == "relcl" and clause.i > tok.i:
                    # "dry weather, which engineers said would help the work": the parser's clause runs
                    # from "which" over the speaker and the verb; what was said follows the verb
                    cstart = doc[tok.i + 1].idx
            elif (tok.dep_ == "parataxis" or _as_clause(tok)) and _own_subject(tok) is not None \
                    and tok.i not in by_cue:
                # "This campaign, he says, is different", "…, as Trump points out, …": the sentence around
                # the parenthetical cue.
                head = tok.head
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                    head = head.head  # "Voss, as Reyes put it, has no plan": the clause, not the noun
                held = _as_aside_apposition(tok)  # the main clause's subject, which the aside holds
                aside_end = held.left_edge.i - 1 if held is not None else tok.right_edge.i
                pieces = _fit_marks(text, _range_minus(doc, head.left_edge.i, head.right_edge.i,
                                                       tok.left_edge.i, aside_end), marks)
                touched = [m for m in marks if any(m.start < e and s < m.end for s, e in pieces)]
                if not pieces or any(m.start in claimed or not any(s <= m.start and m.end <= e for s, e in pieces)
                                     for m in touched):
                    continue  # a quotation cut by the aside, or one another cue claims, speaks for itself
                around(tok, pieces)
                continue
            elif tok.i not in by_cue and (comma := _closing_tag(tok)) is not None:
                # "…, the plant is under pressure, said its chief executive." with the verb hung on the
                # clause before it: that clause is what was said.
                first = tok.sent.start
                while first < comma and (doc[first].is_punct or doc[first].is_space):
                    first += 1
                cstart, cend = doc[first].idx, doc[comma - 1].idx + len(doc[comma - 1].text)
                if any(m.start in claimed and cstart <= m.start < cend for m in marks):
                    continue
            elif tok.dep_ == "relcl" and _relative_object(tok) is not None and tok.i not in by_cue \
                    and _own_subject(tok) is not None:
                # "a claim which Ailes denies", "whom one insider described as …": what is said is the
                # relative pronoun (standing for the noun it hangs on).
                rel = _relative_object(tok)
                cstart, cend = rel.idx, rel.idx + len(rel.text)
            else:
                # Speech acts with an object: "announced his resignation", "accused X of lying".
                obj = _object_content(doc, tok)
                if obj is None or tok.i in by_cue:
                    continue
                cstart, cend = obj
            for m in marks:
                # A clause ending (or starting) on quoted words takes the quotation mark with it.
                if m.inner_start < cend <= m.end and cstart <= m.start:
                    cend = m.end
                if m.start <= cstart < m.inner_end and cend >= m.end:
                    cstart = m.start
            if any(m.start < cstart < m.end or m.start < cend < m.end for m in marks
                   if not (cstart <= m.start and m.end <= cend)):
                continue  # the clause cuts through a quotation: the quote speaks for itself
            att = by_cue.get(tok.i)
            if att is not None and cend <= tok.idx and _narration_before(text, cstart, att.contents, cend):
                # "X changed his account — “I was wrong,” he said": the parser hung the sentence on the tag,
                # but what was said is the quotation; the words before it are the outlet's narration.
                continue
            if att is not None:
                # The cue of a direct quote that also reports a clause: a partial quote inside it.
                covered = any(s <= cstart and cend <= e for s, e in att.contents)
                if not covered:
                    att.contents.append((cstart, cend))
                continue
            if any(cstart >= m.start and cend <= m.end for m in marks):
                continue  # a clause inside a quotation is the quote's business
            att = _from_verb(doc, tok, found, last, kind="indirect")
            att.contents.append((cstart, cend))
            by_cue[tok.i] = att
            attributions.append(att)
            if _nested_stance(tok, last_att):
                continue  # "Roe believes Voss never intended to …": Voss is not the next "he"
            if att.speaker_found is not None:
                last = att.speaker_found
            if att.speaker:
                last_speaker, last_end, last_att = att.speaker, cend, att
        else:  # according to
            tok = doc[n]
            to = doc[n + 1]
            pobj = next(c for c in to.children if c.dep_ == "pobj")
            # "“…,” a spokesman said, according to the Herald": the Herald reports the act of speech (a link
            # in a chain, as PolNeAR reads it); the quotation and what follows it stay the spokesman's
            relayed = tok.head.i != tok.i and tok.head.i in by_cue and by_cue[tok.head.i].kind == "direct"
            sent = tok.sent
            pieces = _according_content(doc, tok, pobj)
            if not pieces:
                continue
            cue_span = (tok.idx, to.idx + len(to.text))
            speaker, hit = _name_for(doc, pobj, found, last)
            src = _source_np(doc, pobj)
            named = _name_after(doc, pobj)
            if named is not None:  # "according to the spokesman of the ministry, Olek Brand, …"
                src = (src[0], doc[named].idx + len(doc[named].text))
                speaker, hit = _name_for(doc, doc[named], found, last)
            if (subject := _subject_run_into_source(doc, tok, pobj)) is not None:
                # "According to Reuters Mr Tennant also met …": the source ends before the clause's subject
                src_end = doc[subject - 1 - (doc[subject - 1].text == ",")]
                src = (doc[pobj.left_edge.i].idx, src_end.idx + len(src_end.text))
                if subject < pobj.i:  # (after a comma the phrase's head is still the source's)
                    speaker, hit = text[src[0]:src[1]], None
                pieces = [(doc[subject].idx, doc[tok.sent.end - 1].idx if doc[tok.sent.end - 1].is_punct
                           else doc[tok.sent.end - 1].idx + len(doc[tok.sent.end - 1].text))]
            att = Attribution(pieces, "indirect", cue=cue_span, cue_text=text[cue_span[0]:cue_span[1]],
                              source=src, speaker=speaker, speaker_found=hit,
                              media=is_media(speaker) or _media_phrase(text[src[0]:src[1]]), cue_token=tok.i)
            # A quotation inside the clause stays a direct quote of this source.
            for m in marks:
                if sent.start_char <= m.start and m.end <= sent.end_char and not relayed:
                    att.kind = "direct" if m.end - m.start > 0.6 * sum(e - s for s, e in pieces) else att.kind
            attributions.append(att)
            by_cue[tok.i] = att
            if relayed:
                continue
            if hit is not None:
                last = hit
            last_speaker, last_end, last_att = speaker, pieces[-1][1], att
    attributions += _colon_lines(doc, found, attributions)
    attributions += _noun_cues(doc, found, attributions, marks)
    attributions += _findings_in(doc, found, attributions, marks)
    attributions += _light_verb_cues(doc, found, attributions, marks)
    attributions += _in_the_eyes_of(doc, found, attributions, marks)
    attributions += _records_show(doc, found, attributions, marks)
    attributions += _passive_by(doc, found, attributions, marks)
    attributions += _stance_adjectives(doc, found, attributions, marks)
    _pronoun_after_a_group(doc, attributions)
    for att in attributions:  # "LENHOLM, March 3 (Reuters) - Crews will …, the union said": not the dateline
        att.contents = [(after_opener(text, s), e) for s, e in att.contents]
    return _drop_nested_stances(doc, attributions)


# Singular nouns that name several people at once, for a later "they" ("The Brandt family said …. “…,” they said")
_COLLECTIVE = frozenset("""family couple campaign team committee council board government administration company
firm party group union club band crew staff police jury panel""".split())


# Bodies that speak ("a report by the ministry"), and with texts those that speak as "it" ("The ministry said
# …. It added …", "The report found …. It said …")
_SPEAKING_BODIES = frozenset("""ministry department agency government administration company firm group party union
council committee board court commission office embassy campaign organisation organization institute
university bank network newspaper army military authority regulator police""".split())
_SPEAKING_AS_IT = (_SPEAKING_BODIES - {"police"}) | _CONDUITS


def _pronoun_after_a_group(doc, attributions: list[Attribution]) -> None:
    """A "they" (or "it") no name fits goes on with the group that spoke just before it, in the same or the
    previous paragraph, when that group was a plural or collective noun ("The Brandt family said …. “…,”
    they said"), or a body or text that speaks as "it" ("The ministry said …. It added …"). The source
    as written stays the pronoun; only the name it stands for is filled in."""
    text = doc_text(doc)
    spoken = sorted((a for a in attributions if a.cue is not None and a.source is not None and a.speaker),
                    key=lambda a: a.cue[0])
    for prev, att in zip(spoken, spoken[1:]):
        pronoun = att.speaker.lower()
        if pronoun not in ("they", "it") or att.speaker_found is not None or prev.speaker.lower() in ("they", "it"):
            continue
        if att.cue[0] - prev.cue[1] > 400 or text.count("\n\n", prev.cue[1], att.cue[0]) > 1:
            continue
        head = doc.char_span(prev.source[0], prev.source[1], alignment_mode="expand")
        if head is None or head.root.pos_ != "NOUN" or (prev.cue_token is not None and doc[prev.cue_token].dep_ == "acl"):
            continue  # ("queries seeking to confirm …", "results showing …": things, not people who speak)
        if prev.speaker_found is not None and prev.speaker_found.label == "PERSON":
            continue  # a plural noun the speaker's name was read off ("pro-Voss groups") is not that person
        lemma = head.root.lemma_.lower()
        if pronoun == "they" and not (head.root.tag_ == "NNS" or lemma in _COLLECTIVE):
            continue
        if pronoun == "it" and not (head.root.tag_ == "NN" and lemma in _SPEAKING_AS_IT):
            continue
        here = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
        if here is None or any(t.dep_ in ("nsubj", "nsubjpass") and t.i != head.root.i and _same_number(t, pronoun)
                               for t in doc[head.end:here.start]):
            continue  # another subject it could be has come since ("… Catholic voters are … They …")
        if any(s <= prev.cue[0] < e for other in attributions if other is not prev and other.kind != "scare"
               for s, e in other.contents):
            continue  # the group spoke inside someone else's report ("People briefed said the children would …")
        att.speaker, att.speaker_found = prev.speaker, prev.speaker_found


def _same_number(tok, pronoun: str) -> bool:
    """Could this subject be what "they" (a plural or collective noun) or "it" (a singular body or text
    that speaks: "it added" is no plant's) stands for?"""
    if pronoun == "they":
        return tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in _COLLECTIVE
    return tok.tag_ == "NNP" or (tok.tag_ == "NN" and tok.lemma_.lower() in _SPEAKING_AS_IT)


def _narration_before(text: str, cstart: int, quoted: list[tuple[int, int]], cend: int) -> bool:
    """Does the clause start with narration set off by a dash or colon before a quotation that is a
    sentence of its own ("X changed his account — “I was wrong,”")? A clause running into the quotation
    ("Sales rose, but “not fast enough,”") is the speaker's, quoted in part."""
    for s, e in quoted:
        if cstart < s and e <= cend:
            lead, inner = text[cstart:s].rstrip(), text[s + 1:e].lstrip(" '\"“‘")
            if lead.endswith(("—", "–", " -", ":")) and inner[:1].isupper():
                return True
    return False


def _looks_like_title(inner: str) -> bool:
    """'the book “Sixty Days”': a short quotation whose longer words are all capitalised names a work."""
    words = re.findall(r"[\w'’-]+", inner)
    longer = [w for w in words if len(w) > 3]
    return 0 < len(words) <= 6 and bool(longer) and all(w[0].isupper() or w[0].isdigit() for w in longer)


def partial_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Quoted words inside what someone is reported to say ("Whitfield said the governor was a “proven
    failure” on housing") are that speaker's words quoted in part, not the outlet's scare quote: each becomes a direct
    quote with the report's source and cue. A quoted title stays a scare quote."""
    reported = [(s, e, a) for a in attributions if a.kind == "indirect" and (a.speaker or a.source)
                for s, e in a.contents]
    out = []
    for att in attributions:
        if att.kind == "scare" and not att.title and len(att.contents) == 1 \
                and not _looks_like_title(text[att.contents[0][0]:att.contents[0][1]]):
            s, e = att.contents[0]
            owner = next((a for rs, re_, a in reported if rs <= s and e <= re_ and (rs, re_) != (s, e)), None)
            if owner is not None:
                out.append(Attribution([(s, e)], "direct", cue=owner.cue, cue_text=owner.cue_text,
                                       source=owner.source, speaker=owner.speaker, speaker_found=owner.speaker_found,
                                       media=owner.media, cue_token=owner.cue_token))
                continue
        out.append(att)
    return out


# Adjectives of conviction or attitude after "be" ("X is confident that …", "skeptical of …", "eager to …").
_STANCE_ADJS = frozenset("""confident sure certain convinced aware skeptical sceptical angry upset worried concerned
hopeful optimistic pessimistic doubtful afraid eager reluctant critical supportive wary adamant opposed frustrated
furious unhappy glad pleased disappointed proud keen determined unwilling willing insistent""".split())
_ADJ_PREPS = frozenset("of about with over at that to on".split())


def _stance_adjectives(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out = []
    for adj in doc:
        if adj.pos_ != "ADJ" or adj.lower_ not in _STANCE_ADJS or adj.dep_ != "acomp" \
                or adj.head.lemma_.lower() not in ("be", "remain", "seem", "appear", "sound", "feel", "grow", "become"):
            continue
        verb = adj.head
        clause = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp")), None) or next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if clause is not None:
            content = _subtree_span(doc, clause)
        else:
            prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in _ADJ_PREPS), None)
            pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if pobj is None:
                continue
            content = _subtree_span(doc, pobj)
        cstart, cend = content
        if _claimed(((cstart, cend),), taken, marks):
            continue
        subj = _subject_of(verb)
        if subj is None or subj.lower_ in ("it", "this", "there"):
            continue
        src = _source_np(doc, subj, verb)
        speaker, hit = _name_for(doc, subj, found, None)
        cue = (adj.idx, adj.idx + len(adj.text))
        out.append(Attribution([(cstart, cend)], "indirect", cue=cue, cue_text=adj.text, source=src,
                               speaker=speaker, speaker_found=hit, media=is_media(speaker), cue_token=adj.i))
    return out


# "took a swipe at X", "made the case for X", "made comments about X", "has taken a stance against X":
# a verb of little meaning whose object names the act of speech or stance.
_LIGHT_VERBS = frozenset("make take issue deliver launch level fire lodge file express voice offer".split())
_HAVING_VERBS = frozenset("have obtain receive".split())
_KNOWLEDGE_NOUNS = frozenset("information evidence word indication indications intelligence knowledge".split())
_ACT_NOUNS = frozenset("""shot swipe jab dig statement comment remark case stance position argument point pitch appeal
plea attack accusation claim criticism complaint threat promise pledge prediction warning joke reference
allegation charge demand request swing retort defense defence support opposition praise concern doubt""".split())
_ACT_PREPS = frozenset("at about on for against to of over".split())
_TIME_NOUNS = frozenset("year month week day decade time period course weekend night morning".split())
# "launched a missile attack on", "fired a rocket shot at": an act noun named by its weapon is violence,
# not words.
_ARMED_MEANS = frozenset("""missile missiles rocket rockets drone drones bomb bombs mortar artillery air ballistic suicide
gun guns gunfire knife grenade shell shells sniper arson armed military terror terrorist chemical nuclear cruise
naval ground car truck tank""".split())


def _light_verb_cues(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _LIGHT_VERBS | _HAVING_VERBS:
            continue
        content = None
        if tok.lemma_.lower() in _HAVING_VERBS:
            # "Deutsche Welle has information that the envoy will resign": what the source has learned
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _KNOWLEDGE_NOUNS), None)
            clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > obj.i
                           and doc[c.left_edge.i].lower_ == "that" and c.left_edge.i == obj.i + 1), None) \
                if obj is not None else None
            if clause is None or any(c.dep_ == "neg" for c in tok.children) or \
                    any(c.lower_ in ("no", "little", "any") for c in obj.children):
                continue  # "We have no information that anyone was hurt" says nobody was
            content = _subtree_span(doc, clause)
        if tok.lemma_.lower() == "make":
            # "made (it) clear that …"
            clear = next((c for c in tok.children if c.lower_ == "clear"
                          and c.dep_ in ("ccomp", "oprd", "acomp", "advmod")), None)
            if clear is not None:
                clause = next((c for c in list(clear.children) + list(tok.children) if c.i > clear.i and (
                    c.dep_ == "ccomp" or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children))), None)
                if clause is not None:
                    content = _subtree_span(doc, clause)
        if content is None:
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _ACT_NOUNS), None)
            if obj is None or any(t.lower_ in _ARMED_MEANS for t in doc[obj.left_edge.i:obj.i]):
                continue
            clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            if clause is not None:
                content = _subtree_span(doc, clause)
            else:
                prep = next((c for c in list(obj.children) + list(tok.children) if c.dep_ == "prep" and c.i > obj.i
                             and c.lower_ in _ACT_PREPS), None)
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
                if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_.lower() in _TIME_NOUNS:
                    continue  # "made remarks over the years": when, not what about
                content = _subtree_span(doc, pobj)
        cstart, cend = content
        if _claimed(((cstart, cend),), taken, marks):
            continue
        att = _from_verb(doc, tok, found, None, kind="indirect")
        if att.source is None:
            continue
        att.contents.append((cstart, cend))
        out.append(att)
    return out


# Bodies of findings or opinion that a clause can be set in: "In a CNN poll, Trump leads …".
_FINDINGS_IN = frozenset("""poll polls survey surveys study studies report reports analysis average averages
census""".split())
_OPINION_IN = frozenset("view opinion estimation words judgment judgement".split())


def _findings_in(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """"In a CNN poll released Sunday, Trump leads …" (the poll is the source, "in" the cue) and "In
    Professor X's view, …" (the owner is the source, the noun the cue): the clause the phrase is set
    on, without the phrase. A clause whose own verb already reports speech is that verb's business."""
    out = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or _verb_of(tok) is None and not _share_as_root(tok):
            continue
        rooted = _verb_of(tok) is None  # the share made the root
        pobj, verb = next((c for c in tok.children if c.dep_ == "pobj"), None), _verb_of(tok) or tok.head
        # "In a new poll, 60 percent of voters said …": the share's saying is what the poll found
        found_share = pobj is not None and pobj.lemma_.lower() in _POLLS and tok.i < verb.i \
            and _is_share(_own_subject(verb))
        if pobj is None or _is_cue_verb(verb) and not found_share:
            continue
        # (the share's own attributions, and those inside what it said, give way: they are the poll's)
        within = range(verb.left_edge.i, verb.right_edge.i + 1) if found_share else range(0)
        taken = [(s, e) for a in done if a.kind != "scare" and a.cue_token not in within for s, e in a.contents]
        noun = pobj.lemma_.lower()
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        closing = False
        if noun in _OPINION_IN and owner is not None:
            src_tok, cue = owner, (pobj.idx, pobj.idx + len(pobj.text))
            pieces = _according_content(doc, tok, pobj)
        elif pobj.lower_ in _FINDINGS_IN and tok.i < tok.head.i and (tok.head.pos_ in ("VERB", "AUX") or rooted):
            src_tok, cue = pobj, (tok.idx, tok.idx + len(tok.text))  # "In the latest poll, Voss leads …"
            pieces = _according_content(doc, tok, pobj)
        elif pobj.lower_ in _FINDINGS_IN and not rooted and (told := _told_before(doc, tok)) is not None:
            # "Voss leads by ten points in the latest poll", "Voss has a big lead in the polls, …": the poll
            # gives what its clause says up to the phrase
            src_tok, cue, pieces, closing = pobj, (tok.idx, tok.idx + len(tok.text)), [told], True
        else:
            continue
        if not pieces or _claimed(pieces, taken, marks):
            continue
        if src_tok is pobj:
            src = _np_span(doc, pobj)
            comma = next((t for t in doc[pobj.i + 1:pobj.right_edge.i] if t.text == ","), None)
            if closing and comma is not None:  # "… in the latest poll, a collapse driven by …": the writer's
                src = (src[0], doc[comma.i - 1].idx + len(doc[comma.i - 1].text))
        else:
            src = _source_np(doc, src_tok)
        speaker, hit = _name_for(doc, src_tok, found, None)
        out.append(Attribution(pieces, "indirect", cue=cue, cue_text=doc_text(doc)[cue[0]:cue[1]], source=src,
                               speaker=speaker, speaker_found=hit, media=is_media(speaker), cue_token=tok.i))
    return out


def _share_as_root(tok) -> bool:
    """"In a new poll, 58 percent of residents approved of the toll": the parser made the share after a fronted
    phrase the sentence's root and its verb a modifier of it."""
    head = tok.head
    return head.dep_ == "ROOT" and tok.i < head.i and _is_share(head) and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > head.i for c in head.subtree)


def _verb_of(tok):
    """The verb an "in" phrase qualifies: its head, or the verb whose object it hangs on ("held a lead
    among women in the poll")."""
    head = tok.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


# "The news came in a report by …", "the figures appeared in a study": where something was told, not what.
_APPEARING = frozenset("come appear emerge surface arrive publish release print air".split())


def _told_before(doc, tok) -> tuple[int, int] | None:
    """What a clause says before an "in" phrase after its verb: from its subject up to the phrase (not a
    fronted "In March," nor a "But" before it); None without a subject of its own before the verb."""
    verb = _verb_of(tok)
    while verb.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "continues to lead in the polls"
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    after = tok.head.right_edge.i + 1 if tok.head.pos_ == "NOUN" else max(t.i for t in tok.subtree) + 1
    if subj is None or subj.i > verb.i or verb.i > tok.i or subj.lower_ in _RELATIVE_WORDS or \
            after >= len(doc) or doc[after].text not in (".", ",", ";", "!") or verb.lemma_.lower() in _APPEARING:
        return None  # (inside the clause, "leads in the polls among men", the poll is where it happens)
    end = tok.i - 1
    while end > subj.i and _loose(doc[end]):
        end -= 1
    start = subj.left_edge.i
    while start < subj.i and _loose(doc[start]):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


# Who can hold a view set ahead with "To" besides a named one ("To many, …", "But to others, …", "To them, …").
_VIEW_HOLDERS = frozenset("him her them many others some most anyone everyone".split())
# The rules a clause set ahead with "Under" states ("Under Lenholm law, …"); a plan, deal or agreement is
# what the clause happens within, not what says it (the annotators leave those).
_RULING_TEXTS = frozenset("law laws act regulation regulations statute ordinance contract".split())
_FRONT_OPENERS = frozenset("but and yet so because".split())


def _holds_view(pobj) -> bool:
    """"To Ann Roe", "To Brennick" (the tagger often takes a surname for a body), "To them", "To many"."""
    return pobj.pos_ == "PROPN" and pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.lower_ in _VIEW_HOLDERS


def _fronted(tok) -> bool:
    """A phrase opening its clause: first in it, or after a "But" / "because" only."""
    return all(t.is_punct or t.is_space or t.lower_ in _FRONT_OPENERS for t in tok.doc[tok.head.left_edge.i:tok.i])


def _in_the_eyes_of(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """"To Ann Roe, the vote was a betrayal" (also "To many," "But to others,"): a person's or a group's
    view, set ahead of its clause by "To" and a comma (the person is the source, "To" the cue); "Under
    Lenholm law, …": what a law or contract sets out (the law is the source, "Under" the cue). Only someone
    the parser names or a pronoun of people, so "To the north, …" and "To date, …" stay the outlet's."""
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out = []
    for first in doc:
        if first.lower_ not in ("to", "under") or first.dep_ != "prep" or first.head.pos_ not in ("VERB", "AUX") \
                or first.head.i < first.i or not _fronted(first):
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.right_edge.i + 1 >= first.sent.end or doc[pobj.right_edge.i + 1].text != ",":
            continue
        if first.lower_ == "to" and not _holds_view(pobj) or \
                first.lower_ == "under" and pobj.lemma_.lower() not in _RULING_TEXTS:
            continue
        pieces = _according_content(doc, first, pobj)
        if not pieces or _claimed(pieces, taken, marks):
            continue
        speaker, hit = _name_for(doc, pobj, found, None)
        cue = (first.idx, first.idx + len(first.text))
        # a law is named up to its noun ("the new regulation", not "… that takes effect in May")
        src = _np_span(doc, pobj) if first.lower_ == "to" else _head_span(doc, pobj)
        out.append(Attribution(pieces, "indirect", cue=cue, cue_text=first.text, source=src,
                               speaker=speaker, speaker_found=hit, media=is_media(speaker), cue_token=first.i))
    return out


def _passive_by(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """"News of the move was first reported by the Herald", "The plan has been praised by union leaders":
    the agent after "by" is the source, the passive's subject what it said or judged ("was told by" is
    `_own_subject`'s: there the subject listens and a clause follows)."""
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    cues = {a.cue_token for a in done}
    out = []
    for tok in doc:
        if tok.tag_ != "VBN" or tok.i in cues or not _is_cue_verb(tok) \
                or tok.lemma_.lower() in _LISTENER_PASSIVE | _NAMING_PASSIVE \
                or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
        agent = next((c for c in tok.children if c.dep_ == "agent" and c.i > tok.i), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subj is None or pobj is None:
            continue
        pieces = [_np_span(doc, subj)]
        if _claimed(pieces, taken, marks):
            continue
        speaker, hit = _name_for(doc, pobj, found, None)
        out.append(Attribution(pieces, "indirect", cue=_cue_span(doc, tok), cue_text=tok.text,
                               source=_source_np(doc, pobj), speaker=speaker, speaker_found=hit,
                               media=is_media(speaker), cue_token=tok.i))
    return out


# Passives that name, ask or carry on rather than judge ("is known by the acronym", "was asked by a caller")
_NAMING_PASSIVE = frozenset("know call ask continue explain view consider".split())


_SHOW = frozenset({"show", "shows", "showed"})


# Words of a plain noun phrase ("tax and court records", "U.S. customs records"): no verb, no clause.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PART", "NUM", "DET", "PUNCT"})


def _records_phrase(doc, show, first: int) -> int | None:
    """The first token of the plural-noun phrase right before "show" ("…, campaign finance records show"),
    set off by a comma inside its sentence, or None. The parser often reads the phrase as one noun with
    "show" ("records" a modifier), joins it to the clause before, or leaves "show" no subject."""
    noun = doc[show.i - 1]
    if noun.tag_ != "NNS":
        return None  # ("the talk show", "a trade show")
    left = noun.i
    while left - 1 > first and doc[left - 1].text != "," and doc[left - 1].pos_ in _PHRASE_POS:
        left -= 1
    inside = range(left, show.i + 1)
    if doc[left - 1].text != "," or any(t.head.i not in inside and t.i != show.i for t in doc[left:show.i]) or any(
            c.i > show.i and (c.dep_ in ("ccomp", "dobj", "xcomp", "attr") or c.dep_.startswith("nsubj"))
            for c in show.children):
        return None  # (a phrase hung on the clause before it, or a "show" that has its own object)
    return left


def _records_show(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """"…, election records show." closing a sentence, or set off inside it ("Last winter, harbour
    records show, the ferry ran late"): the plural noun phrase before "show" is the source, the rest
    of the sentence what it shows."""
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    cues = {a.cue_token for a in done if a.source is not None}
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        for show in words[3:]:
            closing = show is words[-1]
            if show.lower_ not in _SHOW or show.i in cues or not closing and (
                    show.i + 1 >= sent.end or doc[show.i + 1].text != ","):
                continue
            left = _records_phrase(doc, show, sent.start)
            if left is None:
                continue
            rest = doc[sent.start:left] if closing else [t for t in sent if t.i < left or t.i > show.i]
            if not any(t.pos_ in ("VERB", "AUX") for t in rest):
                continue
            noun, comma = doc[show.i - 1], left - 1
            speaker, hit = _name_for(doc, noun, found, None)
            src = (doc[left].idx, noun.idx + len(noun.text))
            sourceless = next((a for a in done if a.cue_token == show.i and a.source is None), None)
            if sourceless is not None:  # the verb's clause, found with no subject
                sourceless.source, sourceless.speaker, sourceless.speaker_found = src, speaker, hit
                sourceless.media = is_media(speaker)
                continue
            last = sent.end - 1 if not closing else comma - 1
            pieces = _range_minus(doc, sent.start, last, comma, show.i + (0 if closing else 1))
            if not pieces or _claimed(pieces, taken, marks):
                continue
            out.append(Attribution(pieces, "indirect", cue=(show.idx, show.idx + len(show.text)), cue_text=show.text,
                                   source=src, speaker=speaker, speaker_found=hit, media=is_media(speaker),
                                   cue_token=show.i))
    return out


def _claimed(pieces, taken, marks) -> bool:
    """Content pieces that overlap an attribution already made, or cut through a quotation (a quote
    speaks for itself): not content for a new attribution."""
    return any(s < pe and ps < e for s, e in taken for ps, pe in pieces) or any(
        m.start < ps < m.end or m.start < pe < m.end for m in marks for ps, pe in pieces)


# "according to X" reports speech as much as "X said" does: a link of a chain, never a nested stance
_SPEECH_LINKS = UTTERANCE_VERBS | {"accord"}


def _nested_stance(tok, outer: Attribution | None) -> bool:
    """A stance cue inside the clause the previous attribution reports ("Roe believes Voss never intended to
    sell"): part of what that source says (`_drop_nested_stances` drops it), so its subject is no speaker."""
    return outer is not None and tok.lemma_.lower() not in _SPEECH_LINKS \
        and any(s <= tok.idx < e for s, e in outer.contents)


def _drop_nested_stances(doc, attributions: list[Attribution]) -> list[Attribution]:
    """A stance or belief cue inside another attribution's content ("Cruz said Trump wants …", "a poll
    showing voters think …") is part of what that source says, not an attribution of its own; a verb
    of speech inside it ("Reuters reported that X said …") is a link in a chain of speech and stays. A
    quotation with neither cue nor speaker inside an attribution that names its source is that one's."""
    contents = [(a, s, e) for a in attributions if a.kind != "scare" for s, e in a.contents]
    out = []
    for att in attributions:
        if att.kind != "scare" and att.cue is None and att.speaker is None and any(
                b is not att and b.source is not None and s <= cs and ce <= e
                for cs, ce in att.contents for b, s, e in contents):
            continue  # a quotation nobody said, inside a line that names its source ("Scott: ‘…’")
        if att.kind != "scare" and att.cue is not None and att.cue_token is not None \
                and (doc[att.cue_token].lemma_.lower() not in _SPEECH_LINKS
                     or poll_finding(doc, _head_of(doc, att.source), att.cue[0], attributions)) \
                and any(b is not att and s <= att.cue[0] and att.cue[1] <= e for b, s, e in contents):
            continue
        out.append(att)
    return out


_POLLS = frozenset({"poll", "survey"})
_SHARES = frozenset({"percent", "%", "majority", "minority", "plurality", "half", "third", "quarter", "most"})


def _is_share(tok) -> bool:
    """"60 percent (of voters)", "a majority", "half", "4 in 10", "two of three": a share of those asked."""
    return tok is not None and (tok.lower_ in _SHARES or tok.like_num or any(  # "4 in 10 voters"
        c.dep_ == "nummod" and any(g.dep_ == "quantmod" and g.lower_ in ("in", "of") for g in c.children)
        for c in tok.children))


def _head_of(doc, span):
    found = doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
    return found.root if found is not None else None


def poll_finding(doc, subject, cue_start: int, attributions: list[Attribution]) -> bool:
    """"A poll found that 60 percent said …", "In a new survey, a majority of voters say …": a share's
    saying inside what a poll reports is what the poll found, not a report of its own (the annotators
    mark only the poll)."""
    if not _is_share(subject):
        return False
    for b in attributions:
        poll = _head_of(doc, b.source) if b.kind != "scare" else None
        if poll is not None and poll.lemma_.lower() in _POLLS and any(s <= cue_start < e for s, e in b.contents):
            return True
    return False


_NOUN_CUES = SPEECH_NOUNS | frozenset("""claim claims belief view argument assertion promise warning accusation
suggestion insistence contention allegation pledge vow admission denial prediction message""".split())


_OF = frozenset({"of"})
_STANCE_NOUNS = {"endorsement": _OF, "criticism": _OF, "defense": _OF, "defence": _OF, "praise": _OF | {"for"},
                 "condemnation": _OF, "denunciation": _OF, "rejection": _OF, "mention": _OF, "dismissal": _OF,
                 "attack": frozenset({"on", "against"}), "attacks": frozenset({"on", "against"}),
                 "support": frozenset({"for", "of"}), "opposition": frozenset({"to"}),
                 "proposal": frozenset({"for", "to"}), "call": frozenset({"for"}), "calls": frozenset({"for"}),
                 "reference": frozenset({"to"}), "references": frozenset({"to"}), "demand": frozenset({"for"}),
                 "plan": frozenset({"for", "to"}), "case": frozenset({"for", "against"}),
                 "concern": frozenset({"about", "over"}), "concerns": frozenset({"about", "over"})}


_INTENT_NOUNS = frozenset("""decision refusal promise pledge vow plan threat offer bid push call demand willingness
reluctance desire wish intention determination""".split())


def _noun_cues(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """Speech reported by a noun: "Trump's claim that Mexico will pay", "his warning that …"."""
    taken = [(s, e) for a in done for s, e in a.contents]
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or (lemma not in _NOUN_CUES and lemma not in _STANCE_NOUNS
                                  and lemma not in _INTENT_NOUNS):
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.i > tok.i
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None and lemma in _INTENT_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            # "the DNC's decision to bury the debates", "his refusal to release his taxes"
            clause = next((c for c in tok.children if c.dep_ == "acl" and c.i > tok.i
                           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        if clause is None and tok.lemma_.lower() in _STANCE_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            # "Trump's attack on Clinton", "his endorsement of Cruz": an owner's stance towards something.
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1
                         and c.lower_ in _STANCE_NOUNS[tok.lemma_.lower()]), None)
            clause = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if clause is None:
            continue
        cstart, cend = _subtree_span(doc, clause)
        if _claimed(((cstart, cend),), taken, marks):
            continue
        att = Attribution([(cstart, cend)], "indirect", cue=(tok.idx, tok.idx + len(tok.text)), cue_text=tok.text,
                          cue_token=tok.i)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            # "a demand by Nancy Pelosi that …", "an admission from Warren that …"
            agent = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                          and c.i > tok.i), None)
            owner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if owner is not None:
            att.source = _source_np(doc, owner)
            att.speaker, att.speaker_found = _name_for(doc, owner, found, None)
            att.media = is_media(att.speaker)
        out.append(att)
    return out


_COLON_LINE = re.compile(r"^[ \t]*([A-Z][^:\n.!?\"“”]{1,48}?)[ \t]*:[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
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
    out = []
    for m in _COLON_LINE.finditer(text):
        label, content = m.group(1), m.group(2)
        words = label.split()
        if len(words) > 4 or any(w.lower().strip("'’") in _NOT_SOURCES for w in words[:2]) \
                or (len(words) == 1 and words[0].lower() in _SECTIONS):
            continue
        if len(re.findall(r"\w+", content)) < 4 or any(ch.isdigit() for ch in label):
            continue
        if label.count("(") > label.count(")"):
            continue  # "Vantrell (NYSE: VTL) today announced …": a stock ticker's colon inside brackets
        cs, ce = m.start(2), m.end(2)
        if any(s <= m.start(1) < e for s, e in taken):
            continue
        ls, le = m.start(1), m.end(1)
        inside = [f for f in found if ls <= f.start and f.end <= le and f.label in ("PERSON", "ORG", "NORP", "GPE")]
        # A source, not a sub-heading ("The dam: …", "Help for evacuees: …"): a name, a medium or a
        # body of findings, with at most one more word ("Clinton camp").
        named = inside and len(words) - len(" ".join(f.text for f in inside).split()) <= 1
        below = None if named else _named_below(label, le, found)
        if below is not None:
            inside = [below]  # the person as the article names them
        elif not (named or is_media(label) or words[-1].lower() in _FINDINGS):
            continue
        if below is None and _dateline(inside, label, content, found):
            continue
        speaker = canonical(inside[0]) if inside else label
        colon = text.index(":", le)
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


_WITHHOLD = frozenset({"decline", "refuse"})


def _says_nothing(verb, clause) -> bool:
    """Speech that states nothing: a negated verb over an open question ("has not said whether the border
    is closed"), and the verb a refusal governs ("declined to *comment* on the report": the refusal itself
    stays an attribution, as PolNeAR's annotators read it -- dropping it too cost 0.003 of source F1 on
    its train split)."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLD:
        return True
    if verb.lemma_.lower() in ("cite", "quote") and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            and any(c.dep_ == "dobj" and _names_a_source(c) and not any(_acl_says(g) for g in c.children)
                    for c in verb.children):
        return True  # "citing a source familiar with the talks", "quoting a tribal elder": who spoke, not what
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
    if negated and verb.lemma_.lower() == "identify" and not any(c.dep_ == "prep" for c in verb.children):
        return True  # "did not identify them": who was meant is withheld ("do not identify with" is a stance)
    if verb.lemma_.lower() == "report" and clause is not None and _status_report(clause):
        return True
    return negated and clause is not None and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


# What one reports someone or something as to the authorities ("reported them missing"): an act of filing a
# report, with no statement of the reporter's in it
_REPORTED_STATUS = frozenset({"missing", "stolen", "lost"})


def _status_report(clause) -> bool:
    """"reported them missing": a small clause (no verb of its own, no "that") of an object and a status."""
    return clause.lower_ in _REPORTED_STATUS and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _acl_says(tok) -> bool:
    """A clause on the cited source that gives what it said ("citing a nurse *saying* the mayor was hurt"),
    not one that only describes it ("a doctor named Olek Brand", "one person working for the ministry")."""
    return tok.dep_ == "acl" and (_is_cue_verb(tok) or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children))


def _asked_clause(verb) -> bool:
    """"Asked why she named the group …, Roe told the host": a reduced passive of asking before the main
    clause; its subject was asked, and who asked is not said."""
    return verb.tag_ == "VBN" and (verb.dep_ == "advcl" or verb.i == verb.sent.start) \
        and verb.lemma_.lower() in _LISTENER_PASSIVE | {"ask", "press"} \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in verb.children)


def _impersonal(verb) -> bool:
    """"It should be noted that …", "it was agreed to …": the writer's own voice, no source."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subj = _subject_of(verb)
    return passive and (subj is None or subj.lower_ in ("it", "this"))


def _own_sentence(text: str, m: Marked, inner: str) -> bool:
    """A capitalised quotation ending on its own full stop (or ! ?) after the end of a sentence: a
    sentence of its own, not a phrase quoted inside one."""
    before = text[:m.start].rstrip()
    return inner[:1].isupper() and re.search(r"[.!?…]['\"”’]?$", inner) is not None \
        and (not before or before[-1] in ".!?…\n")


def _whole_paragraph(text: str, m: Marked) -> bool:
    before = text[:m.start].rsplit("\n", 1)[-1]
    after = text[m.end:].split("\n", 1)[0]
    return not before.strip() and len(after.strip()) < 3


def _from_verb(doc, verb, found: list[Found], last: Found | None, kind: str) -> Attribution:
    cue = _cue_span(doc, verb)
    att = Attribution([], kind, cue=cue, cue_text=doc_text(doc)[cue[0]:cue[1]], cue_token=verb.i)
    if _verb_read_as_noun(verb):  # the words before it are the subject's noun phrase, as written
        att.source = (doc[verb.left_edge.i].idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text))
        att.speaker = doc_text(doc)[att.source[0]:att.source[1]]
        return att
    subj = _subject_of(verb)
    writer = _writer_after_outlet(doc, subj, verb) if subj is not None else None
    if writer is not None:
        start, end = doc[writer[0]].idx, doc[writer[1] - 1].idx + len(doc[writer[1] - 1].text)
        att.source, att.speaker = (start, end), doc_text(doc)[start:end]
        surname = doc[writer[1] - 1].text
        hit = next((f for f in found if f.label == "PERSON" and f.text.split()[-1] == surname), None)
        if hit is not None:
            att.speaker, att.speaker_found = canonical(hit), hit
    elif subj is not None:
        att.source = _source_np(doc, subj, verb)
        att.speaker, att.speaker_found = _name_for(doc, subj, found, last)
        att.media = is_media(att.speaker) or _media_phrase(doc_text(doc)[att.source[0]:att.source[1]])
    return att


# Words of a medium's name that are also a job title or a plain word in a source phrase ("White House Press
# Secretary X", "executives at different times"): no outlet there.
_NOT_AN_OUTLET = re.compile(r"(?i:\bpress\s+(?:secretar\w*|office\w*|aides?|attach\w*)\b)|\btimes\b")


def _media_phrase(phrase: str) -> bool:
    """Does a source phrase as written name a medium ("a Herald reporter", "the news agency")?"""
    return is_media(_NOT_AN_OUTLET.sub(" ", phrase))


def act_of(doc, att: Attribution) -> str:
    """"speech" when words were said or written (quoted words, a verb or noun of speech, "according to", a
    headline's colon), "stance" when an attitude is reported ("believes", "wants", "a poll shows")."""
    if doc is None or att.kind != "indirect" or att.cue_token is None:
        return "speech"
    tok = doc[att.cue_token]
    lemma = tok.lemma_.lower()
    return "speech" if lemma in SPEECH_ACT_VERBS or lemma in SPEECH_NOUNS or tok.lower_ in SPEECH_ACT_VERBS \
        else "stance"


def to_quotes(article_id: str, text: str, attributions: list[Attribution], doc=None) -> tuple[Quote, ...]:
    """One Quote record per quoted or reported piece, in text order (with `doc`, the parse, each is marked
    speech or stance)."""
    out = []
    for att in attributions:
        act = act_of(doc, att)
        for start, end in att.contents:
            s, e = _trim(text, start, end)
            if e <= s:
                continue
            kind = att.kind
            if kind == "direct" and not _opens_quotation(text, s, e) and att.kind != "scare":
                kind = "indirect"  # the reported clause around a partial quote ("said that X was “…”")
            out.append(Quote(
                id=stable_id("q", article_id, str(s), str(e)),
                span=Span(article_id, s, e), text=text[s:e], kind=kind, speaker=att.speaker,
                speaker_span=Span(article_id, *att.source) if att.source else None,
                cue=att.cue_text, cue_span=Span(article_id, *att.cue) if att.cue else None,
                speaker_is_media=att.media, act="speech" if kind != "indirect" else act))
    out.sort(key=lambda q: (q.span.start, q.span.end, q.id))
    dedup = []
    seen = set()
    for q in out:
        if q.id not in seen:
            seen.add(q.id)
            dedup.append(q)
    return tuple(dedup)


def _opens_quotation(text: str, s: int, e: int) -> bool:
    """A direct quote's piece starts on its quotation mark; a piece that only ends on one is the reported
    clause leading up to quoted words ("he said the army had “…”"), which is indirect speech."""
    return _has_mark(text, s, e) and (text[s:s + 1] in _OPEN_CLOSE or text[s:s + 2] in ("''", "``"))


def _has_mark(text: str, s: int, e: int) -> bool:
    return text[s:s + 1] in _OPEN_CLOSE or text[s:s + 2] in ("''", "``") or text[e - 1:e] in "”\"»’“" \
        or text[e - 2:e] == "''"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
