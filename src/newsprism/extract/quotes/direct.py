"""The cue of a quoted stretch (a direct quote): the speech verb that governs words of the quote, else one
right after it ("…,” said X) or right before it (X said: “…”), in the same paragraph; and quoted titles and
names ('the “Patriot Act”', 'known as “…”'), which are nobody's words.
"""
from __future__ import annotations

import re

from newsprism.extract.cues import BELIEF_VERBS, UTTERANCE_VERBS
from newsprism.extract.mentions import doc_text
from newsprism.extract.quotes.common import _CLOSERS, _DOCUMENTS, _OPENERS
from newsprism.extract.quotes.content import _impersonal
from newsprism.extract.quotes.marks import Marked, SCARE_MAX_WORDS
from newsprism.extract.quotes.sources import _ISSUE_VERBS
from newsprism.extract.quotes.subjects import (_NAMED_PASSIVE, _QUOTED_NAMING, _goes_on, _is_cue_verb, _own_subject,
                                               _subject_of, _verb_read_as_noun)


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


def _comma_cue_before(doc, first: int):
    """"… remembered that he said, “You will pay,” the police said": a verb of speech with a subject of its own right
    before the comma that opens a quotation says whose words they are; a tag after the quotation relays them."""
    k = first - 1
    while k >= 0 and (doc[k].is_space or doc[k].text in _OPENERS) and "\n" not in doc[k].text:
        k -= 1
    if k < 1 or doc[k].text != "," or k == first - 1:
        return None
    verb = doc[k - 1]
    if verb.lemma_.lower() not in UTTERANCE_VERBS or not _is_cue_verb(verb) or _impersonal(verb):
        return None
    subject = _own_subject(verb)  # (not a verb joined to another's subject: "who followed her and yelled, “…”")
    return verb if subject is not None and subject.i < verb.i else None


def _relative_aside(doc, j: int) -> tuple[int, int] | None:
    """The commas around ", who …," just after the name that follows a quotation ("“…,” Voss, who is normally
    calm on stage, barked back"): the aside about the speaker between the name and the tag."""
    for k in range(j, min(len(doc), j + 4)):
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in ("who", "whose"):
            for e in range(k + 2, min(len(doc), k + 16)):
                if doc[e].text == ",":
                    return k, e
                if doc[e].text in ".!?;" or "\n" in doc[e].text:
                    return None
            return None
    return None


def _cue_near_quote(doc, m: Marked, own: set[int], others: set[int], words: int):
    """The speech verb attributing a quoted stretch: one that governs words of the quote, else one right
    after it ("…,” said X) or right before it (X said: “…”), in the same paragraph."""
    toks = [doc[i] for i in sorted(own)]
    if not toks:
        return None
    text = doc_text(doc)
    inner = text[m.inner_start:m.inner_end].rstrip()
    colon = _colon_cue_before(doc, toks[0].i) or _comma_cue_before(doc, toks[0].i)
    if colon is not None and colon.i not in others:
        return colon  # "X said: “…,” the Herald reported": the quotation is X's, the Herald only relays it
    for t in toks:
        head = t
        for _ in range(6):
            if head.head.i == head.i:
                break
            # (a second quoted name after "and", or one the parser hung as a modifier on the other quoted name)
            joined = head.dep_ in ("conj", "amod", "compound") and head.pos_ in ("NOUN", "PROPN", "ADJ")
            named = head.dep_ in ("appos", "amod") and head.i > head.head.i  # "branded the delay “a disgrace”"
            head = head.head
            if head.i in own:
                continue
            if _is_cue_verb(head) and head.i not in others and _same_paragraph(doc, head.i, t.i) \
                    and not _subject_holds(doc, head, own) and not _impersonal(head):
                return head
            if head.lemma_.lower() in _NAMED_PASSIVE and _impersonal(head):
                return None  # "He's been called “reckless”": a name given by someone unknown, nor a later verb's
            if joined and head.i in others and head.pos_ in ("NOUN", "PROPN", "ADJ") and head.i > head.head.i \
                    and head.dep_ in ("oprd", "dobj", "attr", "conj") \
                    and _is_cue_verb(head.head) and head.head.lemma_.lower() in _QUOTED_NAMING | {"call"}:
                continue  # "called X “the scum of the earth” and an “idiot”": the second name is his too
            if named and head.dep_ == "dobj" and _is_cue_verb(head.head) \
                    and head.head.lemma_.lower() in _QUOTED_NAMING | {"call"}:
                continue  # the name the parser hung on the object named: the naming verb's words
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
    steps = range(j, min(len(doc), j + reach))
    if (aside := _relative_aside(doc, j)) is not None:  # (whose own verbs are no tag: "who had stayed quiet")
        steps = [k for k in range(j, min(len(doc), aside[1] + 4)) if not aside[0] <= k <= aside[1]]
    for k in steps:
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
    if comma and (saying := _quoted_as_tag(doc, j, others)) is not None:
        return saying  # "“…,” <a long title>, Voss, was quoted as saying.": the verb after "as" speaks
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
                    or doc[k].text == ":" and (issues_text_colon(doc[q]) or takes_to_platform(doc[q])) else []
            elif _is_cue_verb(doc[q]):
                return doc[q]
            elif doc[k].text == ":" and _goes_on(doc[q]):
                return doc[q].head  # "The report went on: “…”"
            elif doc[k].text == ":" and (issues_text_colon(doc[q]) or takes_to_platform(doc[q])):
                return doc[q]  # "Voss issued the following statement on the arrest: “…”"
        root = doc[k].sent.root
        if not further and doc[k].text == ":" and root.i < k and takes_to_platform(root):
            return root  # "Roe took to Instagram on Wednesday to shoot down the story: “…”", however far back
        # the main one ("The society released a statement, explaining what the owner found:"), not "found"
        return min(further, key=lambda t: len(list(t.ancestors)), default=None)
    return None


def _quoted_as_tag(doc, j: int, others: set[int]):
    """The speech verb of a tag "<subject> was quoted / cited as saying" right after a quotation (the verb within
    24 tokens, no other verb nor a sentence end before it), else None."""
    for k in range(j, min(len(doc), j + 24)):
        tok = doc[k]
        if k in others or "\n" in tok.text or tok.text in ".!?;":
            return None
        if tok.pos_ == "VERB":
            if tok.lemma_.lower() not in ("quote", "cite") or k + 2 >= len(doc) or doc[k + 1].lower_ != "as":
                return None
            saying = doc[k + 2]
            return saying if saying.lemma_.lower() in UTTERANCE_VERBS and _is_cue_verb(saying) else None
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


# Where one "takes to" to post words ("took to Twitter to deny it: “…”")
_PLATFORMS = frozenset("twitter facebook instagram youtube tiktok snapchat weibo reddit x".split())


def takes_to_platform(verb) -> bool:
    """"Roe took to Instagram on Wednesday to shoot down the story: “…”" -- a post, its words after the colon
    (the lead-in's other verbs say why, not what)."""
    if verb.lemma_.lower() != "take" or verb.pos_ != "VERB":
        return False
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    place = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return place is not None and (place.lower_ in _PLATFORMS or place.lower_ == "media" and any(
        c.lower_ == "social" for c in place.children))


def goes_on_colon(verb) -> bool:
    """"The report went on: “…”": a verb the rules take as a cue only before a colon and a quotation."""
    return verb.i + 1 < len(verb.doc) and _goes_on(verb.doc[verb.i + 1])


# A sentence that hands a text to its subject before the text is quoted: "X had a brief statement.", "X offered
# this insight.", "X's family issued an update, which reads:". The light verbs say nothing by themselves; with
# one of these nouns as their object the quotation that follows is the subject's.
LEAD_IN_VERBS = frozenset("have offer give issue release share post publish provide".split())
_LEAD_IN_TEXTS = _DOCUMENTS | frozenset("update updates insight insights comment comments response reaction "
                                        "remarks words".split())


def text_lead_in(doc, start: int):
    """The light verb of the sentence that ends right before the quotation opening at character `start` and
    announces it as its subject's text ("Mark Tennant had a short statement outside the court. “…”",
    "X issued an update, which reads: “…”"), or None. Only narration (no quotation mark of its own) between the
    sentence's start and the quotation, in the same paragraph or the one before."""
    at = doc.char_span(start, min(start + 1, len(doc_text(doc))), alignment_mode="expand")
    if at is None or not len(at):
        return None
    k = at[0].i - 1
    breaks = 0
    while k >= 0 and (doc[k].is_space or doc[k].text in _OPENERS):
        breaks += doc[k].text.count("\n")
        k -= 1
    if k < 1 or doc[k].text not in (".", ":") or breaks > 2:
        return None
    lead = doc[doc[k].sent.start:k + 1]
    if any(t.text in _OPENERS or t.text in _CLOSERS for t in lead):
        return None
    for verb in lead:
        if verb.lemma_.lower() in LEAD_IN_VERBS and verb.pos_ in ("VERB", "AUX") \
                and verb.dep_ in ("ROOT", "conj") and _own_subject(verb) is not None \
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _LEAD_IN_TEXTS for c in verb.children):
            return verb
    return None
