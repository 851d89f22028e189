""""According to X, …" cues: the phrase (not a criterion: "according to plan", "by age"), a name set off
after it, and the clause it qualifies, without the phrase.
"""
from __future__ import annotations

from newsprism.extract.coref import PERSON_NOUNS
from newsprism.extract.mentions import token_lowers
from newsprism.extract.quotes.common import _CONTRAST_OPENERS, _range_minus, _subtree_span


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
    lowers = token_lowers(doc)
    for i, word in enumerate(lowers):
        if word == "according" and i + 1 < len(doc) and lowers[i + 1] == "to":
            tok, to = doc[i], doc[i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None or _criterion(pobj):
                continue
            yield tok, to, pobj


def _name_after(doc, pobj) -> int | None:
    """The last token of a person's name set off by commas right after the phrase ("according to the
    spokesman of the ministry, Olek Brand, the talks …": the spokesman named), or None. The closing comma
    may be missing when the clause opens on a determiner ("…, Olek Brand the talks …": no name goes on so)."""
    k = pobj.right_edge.i + 1
    if k + 2 >= len(doc) or doc[k].text != "," or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in PERSON_NOUNS:
        return None  # only a person's role is named this way ("the ministry, Lenholm, …" is no name of it)
    m = k + 1
    while m < len(doc) and doc[m].ent_type_ == "PERSON" and m - k <= 4:
        m += 1
    closed = m < len(doc) and (doc[m].text == "," or (doc[m].dep_ == "det" and doc[m].is_lower))
    return m - 1 if m > k + 1 and closed else None


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
_FRONT_OPENERS = frozenset("but and yet so because".split())


def _fronted(tok) -> bool:
    """A phrase opening its clause: first in it, or after a "But" / "because" only."""
    return all(t.is_punct or t.is_space or t.lower_ in _FRONT_OPENERS for t in tok.doc[tok.head.left_edge.i:tok.i])
