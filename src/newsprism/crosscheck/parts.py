"""The facts of a claim: a sentence often states several ("the dam gave way on Tuesday, forcing 3,400
people from their homes"), and each may be corroborated by a different sentence elsewhere.

    claim_parts(claim, doc) -> (whole, parts)

A part is a clause of the claim's sentence (read off the dependency parse): the main clause, a verb
joined by "and", a participle clause after a comma (", sending …", ", completed in 1962") or with an
object after its verb ("… broke out at the depot on Friday night injuring three workers"), a non-restrictive relative
clause (", which …"), a clause with its own subject after "after" or "when" ("… left for the hills
after the storm destroyed the bridge": the clause tells an event that took place; "before" and "until" mostly bound
the main clause's time, "while", "as" and "because" often contrast or explain). Its span is exact
(`article.text[start:end]`), and its quantities, dates and entities are the claim's that lie inside it.
Short pieces stay with their clause.

Each part also carries the text alignment should compare: its content without the attribution frame —
the speaker and the speech verb ("Jonas Tervald, head of …, told reporters that …"). Two different
statements of one speaker are alike in their frame, not in their content. And the acts it tells: the
lemmas of its content's verbs, but for sayings and light verbs ("be", "have", "make"), which alignment
compares beside the embedding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsprism.records import Claim, Span

MIN_WORDS = 3  # a clause shorter than this stays with the clause it hangs on
MIN_CONTENT_WORDS = 3  # content shorter than this: compare the whole part instead
_SPEECH = {"say", "tell", "announce", "state", "add", "claim", "report", "confirm", "explain", "note", "warn",
           "insist", "declare", "write", "argue", "stress", "admit", "acknowledge", "deny", "urge", "ask",
           "suggest", "believe", "think", "reveal", "estimate", "predict", "promise", "vow", "tweet"}


# Conjunctions opening a clause that tells an event of its own, with its own subject: "after the storm
# destroyed the bridge" states a fact another outlet may state as a sentence.
_EVENT_MARKS = {"after", "when"}
# Verbs that tell no act of their own (the saying is the frame; the others carry another word's meaning).
_LIGHT = {"be", "have", "do", "make", "take", "get", "go", "come", "give", "use", "include", "continue", "begin",
          "remain", "become", "seem", "appear", "know", "want", "need", "try", "see", "let", "keep"}
_CLOSING = {".", "!", "?", '"', "”", "’", "'", ")"}


@dataclass(frozen=True)
class Part:
    claim: Claim  # the part as a claim: its own span, text, quantities, dates and entities; the claim's id
    content: str  # the text alignment compares (the attribution frame left out)
    acts: frozenset[str] = frozenset()  # lemmas of the content's verbs that tell an act ("kill")


def _words(tokens) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def _has(t, *deps: str) -> bool:
    return any(c.dep_ in deps for c in t.children)


def _clause_heads(doc) -> list:
    """Tokens heading a clause of their own, root first."""
    heads = []
    for t in doc:
        if t.dep_ == "ROOT":
            heads.append(t)
            continue
        if t.pos_ not in ("VERB", "AUX"):
            continue
        left = doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
        after_comma = left is not None and left.text in (",", ";", "–", "—")
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and _words(t.subtree) >= MIN_WORDS:
            heads.append(t)  # "… gave way and flooded the district"
        elif t.dep_ == "relcl" and after_comma:
            heads.append(t)  # ", which was completed in 1962"
        elif t.dep_ in ("advcl", "acl") and t.tag_ in ("VBG", "VBN") and after_comma:
            heads.append(t)  # ", sending a surge of water", ", completed in 1962"
        elif _opening_participle(t):
            heads.append(t)  # "Born in Lenholm in 1950, Voss …", "Founded in 1990, the mill …"
        elif t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > t.head.i and _has(t, "dobj"):
            heads.append(t)  # "… broke out on Friday night injuring three workers" (no comma)
        elif t.dep_ == "advcl" and _has(t, "nsubj", "nsubjpass") and any(
                c.dep_ == "mark" and c.lower_ in _EVENT_MARKS for c in t.children):
            heads.append(t)  # "… left for the hills after the storm destroyed the bridge"
    return heads


def _opening_participle(t) -> bool:
    """A past participle opening the sentence and closed by a comma ("Born in Lenholm in 1950, Voss …") states a
    fact of the subject on its own; "Asked about the plan, …" only frames a saying."""
    doc = t.doc
    after = t.right_edge.i + 1
    return (t.dep_ == "advcl" and t.tag_ == "VBN" and t.left_edge.i == 0 and t.i < t.head.i
            and after < len(doc) and doc[after].text == "," and t.lemma_.lower() not in _SPEECH)


def _own_tokens(doc, heads) -> dict[int, list]:
    """Each clause head's tokens: its subtree without the subtrees of the clause heads below it."""
    head_ids = {h.i for h in heads}
    owner = {}
    for t in doc:
        a = t
        while a.i not in head_ids and a.head.i != a.i:
            a = a.head
        owner[t.i] = a.i if a.i in head_ids else heads[0].i
    own: dict[int, list] = {h.i: [] for h in heads}
    for t in doc:
        own[owner[t.i]].append(t)
    return own


def _frame(tokens, head, claim: Claim) -> set[int]:
    """Token indices of the attribution frame within one clause: who says it and the saying."""
    mine = {t.i for t in tokens}
    frame: set[int] = set()
    speaker = (claim.attributed_to or "").lower()
    for child in head.children:
        if child.i not in mine:
            continue
        sub = [t for t in child.subtree if t.i in mine]
        text = " ".join(t.text for t in sub).lower()
        if child.dep_ in ("nsubj", "nsubjpass") and (
                any(t.ent_type_ == "PERSON" for t in sub) or (speaker and speaker in text)):
            frame.update(t.i for t in sub)  # "Jonas Tervald, head of the service," — a name, not a fact
        elif child.dep_ == "prep" and child.lower_ == "according":
            frame.update(t.i for t in sub)  # ", according to the city"
        elif child.dep_ == "parataxis" and child.lemma_ in _SPEECH:
            frame.update(t.i for t in sub)  # ", officials said"
    if head.lemma_ in _SPEECH:
        said = [c for c in head.children if c.dep_ in ("ccomp", "xcomp") and c.i in mine]
        if said:  # "told reporters at the city hall that X": X is the content
            keep = {t.i for c in said for t in c.subtree}
            frame.update(i for i in mine if i not in keep)
            frame.difference_update(t.i for t in tokens if t.i in keep)
    return frame


def _trim(tokens):
    """Leading and trailing punctuation, spaces and joining words ("and", "which") are not the fact."""
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space or tokens[lo].dep_ == "cc"):
        lo += 1
    while hi > lo and (tokens[hi - 1].is_space or tokens[hi - 1].dep_ == "cc"
                       or (tokens[hi - 1].is_punct and tokens[hi - 1].text in ",;–—")):
        hi -= 1
    return tokens[lo:hi]


def _range(tokens):
    """The part's evidence: from its first to its last own word. Punctuation the parse hangs on the
    main verb (the closing full stop after a trailing clause) does not stretch it over other clauses;
    a closing quote mark or full stop right after the last word stays."""
    words = [t for t in tokens if not (t.is_punct or t.is_space or t.dep_ == "cc")]
    if not words:
        return tokens[0], tokens[-1]
    last = words[-1]
    own = {t.i for t in tokens}
    end = last
    doc = last.doc
    while end.i + 1 < len(doc) and end.i + 1 in own and doc[end.i + 1].text in _CLOSING:
        end = doc[end.i + 1]
    return words[0], end


def _antecedent(head) -> str:
    """What a dependent clause is about, read before it: "the earth embankment" for "the earth
    embankment, which was completed in 1962"; "an earth embankment dam" for "Vardel is an earth
    embankment dam, completed in 1962"; "A section" for "A section … gave way, sending …"."""
    noun = None
    if _has(head, "nsubj", "nsubjpass") and _has(head, "mark"):
        return ""  # "after the storm destroyed the bridge" says what it is about
    if head.dep_ in ("relcl", "acl"):
        noun = head.head
    elif head.dep_ == "advcl":
        kids = list(head.head.children)
        noun = next((c for c in kids if c.dep_ == "attr"), None) or next(
            (c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or (noun.i > head.i and not _opening_participle(head)):
        return ""
    toks = [t for t in noun.subtree if t.i <= noun.i and not t.is_punct]
    return " ".join(t.text for t in toks)


def _sub_claim(claim: Claim, start: int, end: int, tokens) -> Claim:
    """The claim restricted to claim.text[start:end] (offsets within the claim's text); a figure or date
    belongs to the part whose own tokens it starts in."""
    base = claim.span.start
    span = Span(claim.span.article_id, base + start, base + end)
    text = claim.text[start:end]
    owned = [(base + t.idx, base + t.idx + len(t.text)) for t in tokens]

    def inside(s: Span) -> bool:
        return span.start <= s.start and s.end <= span.end and any(a <= s.start < b for a, b in owned)

    entities = tuple(e for e in claim.entities if e and e in text)
    ids = claim.entity_ids if len(entities) == len(claim.entities) else ()
    return replace(claim, span=span, text=text, quantities=tuple(q for q in claim.quantities if inside(q.span)),
                   dates=tuple(d for d in claim.dates if inside(d.span)), entities=entities, entity_ids=ids)


def _acts(tokens, frame: set[int]) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for t in tokens if t.pos_ == "VERB" and t.i not in frame
                     and t.lemma_.lower() not in _SPEECH and t.lemma_.lower() not in _LIGHT)


def _content(tokens, frame: set[int], fallback: str) -> str:
    kept = [t for t in tokens if t.i not in frame]
    if _words(kept) < MIN_CONTENT_WORDS:
        return fallback
    text = "".join(t.text_with_ws for t in kept).strip()
    # Punctuation left stranded where the frame was (", ." / "—,") says nothing.
    text = re.sub(r"(?:\s*[,;:–—])+\s*(?=[.!?]?$)", "", text)
    return re.sub(r"\s+([,.;:!?])", r"\1", text).strip(" ,;:–—")


def claim_parts(claim: Claim, doc) -> tuple[Part, tuple[Part, ...]]:
    """The whole claim (its content without the attribution frame) and its clauses in text order
    when it states more than one fact (else no parts). `doc` is the spaCy parse of `claim.text`; None
    gives the whole claim compared as it is."""
    if doc is None or len(doc) == 0 or doc.text != claim.text:
        return Part(claim, claim.text), ()
    heads = _clause_heads(doc)
    if not heads:
        return Part(claim, claim.text), ()
    frame = _frame(list(doc), heads[0], claim)
    whole = Part(claim, _content(list(doc), frame, claim.text), _acts(doc, frame))
    own = _own_tokens(doc, heads)
    # A clause too short to state a fact goes back to the clause it hangs on.
    for h in sorted(heads[1:], key=lambda t: -t.i):
        if _words(own[h.i]) < MIN_WORDS or not _trim(own[h.i]):
            parent = h.head
            while parent.i not in own and parent.head.i != parent.i:
                parent = parent.head
            target = parent.i if parent.i in own else heads[0].i
            own[target].extend(own.pop(h.i))
    if len(own) == 1:
        return whole, ()
    parts = []
    for hi, tokens in own.items():
        tokens = sorted(tokens, key=lambda t: t.i)
        head = doc[hi]
        body = _trim(tokens)
        if not body:
            continue
        first, last = _range(body)
        start, end = first.idx, last.idx + len(last.text)
        sub = _sub_claim(claim, start, end, tokens)
        # A part whose own tokens are scattered (a clause inside another) keeps its whole range as
        # evidence; the content compared is its own tokens only.
        frame = _frame(body, head, sub)
        content = _content(body, frame, sub.text)
        lead = _antecedent(head)
        parts.append(Part(sub, f"{lead} {content}" if lead else content, _acts(body, frame)))
    if len(parts) < 2:
        return whole, ()
    parts.sort(key=lambda p: (p.claim.span.start, p.claim.span.end))
    return whole, tuple(parts)
