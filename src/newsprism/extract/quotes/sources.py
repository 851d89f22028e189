"""The source as written and the name it stands for. The source is a pronoun alone, otherwise its noun
phrase (`_source_np`); the name is a mention heading the phrase, the one a conduit noun speaks for ("a
spokesman for X", "a statement from X"), or a pronoun's antecedent (see coref.antecedent); a "they" or
"it" no name fits goes on with the group that spoke just before it. Media as sources are marked
(`lexicon.is_media` of the name or of the phrase as written). `_from_verb` makes a cue verb's attribution: its cue, its subject's source and name.
"""
from __future__ import annotations

import re

from newsprism.clean.metadata import OUTLET_NAME_WORDS
from newsprism.extract.coref import (RELATIVE_PRONOUNS, antecedent, canonical, described_antecedent, mention_at,
                                     relative_noun)
from newsprism.extract.cues import SPEECH_VERBS, UTTERANCE_VERBS
from newsprism.extract.mentions import Found, doc_text, token_lowers
from newsprism.extract.lexicon import is_media
from newsprism.extract.names import person_parts
from newsprism.extract.quotes.common import Attribution, _CLOSERS, _DOCUMENTS, _PLACES, _PRONOUNS
from newsprism.extract.quotes.subjects import _cue_span, _subject_of, _verb_read_as_noun


def _source_np(doc, subj, verb=None) -> tuple[int, int]:
    """The source as written: a pronoun alone, otherwise its noun phrase. A relative pronoun is kept as
    written ("a poll that shows …": "that", as "who" and "which"; the name is its noun's), as PolNeAR's
    annotators mark it (train, first annotator: "that" 47 times, the noun it hangs on 18)."""
    if subj.lower_ in _PRONOUNS and not any(c.dep_ == "conj" for c in subj.children):
        return subj.idx, subj.idx + len(subj.text)  # "he", but "He and Chairman Bob Goodlatte" in full
    left, right = subj.left_edge.i, subj.right_edge.i
    # the words' texts from the per-parse list, not from a Token made anew for each test (the marks and
    # dashes tested below have no case)
    lowers = token_lowers(doc)
    for k in range(subj.i + 1, right + 1):
        if "\n" in lowers[k]:
            right = k - 1
            break
    # PolNeAR-style source: the name with its apposition, not the clauses describing it ("Trump, who
    # leads …", "Mary Susan, clad in …", "staff members suggesting …"): stop before the first one.
    # Set off by a comma before the cue, or holding the cue itself; a restrictive clause ("people briefed
    # on the talks") and one after the cue ("said X, who teaches …") stay part of the source.
    for k in range(subj.i + 1, right + 1):
        if verb is not None and (k == verb.i or (subj.i < verb.i and (
                lowers[k - 1] in (",", "(", "--", "—") or verb.i in range(k, right + 1))
                and _describes(doc[k], subj))):
            right = k - 1
            break
    # After the cue too, a participle set off by a comma is what the speaker was doing, not who it is
    # ("said Ann Roe, a nurse, speaking to reporters", "said Voss, referring to the mayor"), and so is a
    # relative clause that reports words of its own ("said Voss, who added that …": an attribution itself).
    for k in range(subj.i + 1, right + 1):
        if verb is not None and subj.i > verb.i and lowers[k - 1] == "," and _describes(doc[k], subj) and (
                doc[k].tag_ in ("VBG", "VBN") or _reports_words(doc[k])):
            right = k - 1
            break
    # A dateline or credit run into the phrase ("RENO, Nev. (AP) Republican hopeful Donald Trump"), a
    # quotation the parser hung on the name after it ("“…,” Vale, 69, told"), or an aside closed by a
    # spaced hyphen ("… the missing spire - Omar Haddad").
    for k in range(subj.i - 1, left - 1, -1):
        word = lowers[k]
        if word in (")", "--", "—", "–") or "\n" in word or word.endswith(")--") or (
                word in ("”", "''", '"') and k > 0 and "," in (lowers[k - 1], lowers[k + 1])) or (
                word == "-" and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_):
            left = k + 1
            break
    # "Even an anti-Trump PAC": a focusing adverb is not part of the source. "Both" opening a coordination
    # is ("Both Voss and the council"; train, first annotator: kept 9 times, left out once).
    while left < subj.i and doc[left].dep_ in ("advmod", "preconj") and doc[left].head.i == subj.i \
            and doc[left].lower_ in ("even", "also", "only", "just", "either", "not"):
        left += 1
    # "Voss and Tennant both said", "the three candidates all agreed": a quantifier floated after the
    # phrase is not part of it (train: left out 11 times, kept 2).
    while right > subj.i and doc[right].lower_ in ("both", "all") and doc[right].head.i == subj.i:
        right -= 1
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


def _outlet_named_after(head, child, f: Found) -> bool:
    """"according to The Lenholm Reporter": an outlet named after a town, a person or a body, with only that
    name tagged; the outlet speaks, as written."""
    return child.dep_ == "compound" and f.tok_end <= head.i and head.pos_ == "PROPN" and head.text[:1].isupper() \
        and head.lower_ in OUTLET_NAME_WORDS


# People named after what they watch or oppose, who do not speak for it
# ("Vantrell critics"), or who use or read it ("one Lenholm commenter", "Vantrell users")
_OUTSIDERS = frozenset("""observer watcher critic fan rival skeptic sceptic detractor commenter commentator user
poster reader viewer follower subscriber""".split())

# Places of work whose officials speak for them, not for the town or state before them
_INSTITUTIONS = frozenset("""prison jail hospital school university college airport police court museum zoo
library port station plant factory mine""".split())


# People who belong to a party or a body and speak as themselves, not as its voice ("a Vantrell councillor said",
# "Tory MPs who said"); a spokesman or an official speaks for the body ("a Vantrell spokesman": Vantrell's).
_MEMBERS = frozenset("""councillor councilor councilman councilwoman mp mep mla msp lawmaker legislator senator
congressman congresswoman assemblyman assemblywoman backbencher member activist supporter candidate delegate
voter donor""".split())


def _member_noun(head) -> bool:
    word = head.lower_  # "MPs" is often tagged a proper noun, its lemma left plural
    return word in _MEMBERS or word.endswith("s") and word[:-1] in _MEMBERS or head.lemma_.lower() in _MEMBERS


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
                if f is not None and (t.i == child.i or t.head.i == child.i or t.dep_ in ("compound", "appos")) \
                        and not _inside_clause(t, child):
                    if _place_modifier(head, child, f) or _outlet_named_after(head, child, f):
                        continue
                    if f.label == "PERSON" and child.dep_ == "compound" and head.pos_ == "NOUN":
                        continue  # "the Whitfield campaign", "a Whitfield aide": the campaign or the aide speaks
                    if child.dep_ == "compound" and head.lemma_.lower() in _OUTSIDERS:
                        continue  # "Vantrell observers", "Lenholm critics": people watching the name, not its voice
                    if child.dep_ == "compound" and f.label in ("ORG", "NORP") and _member_noun(head):
                        continue  # "a Vantrell councillor", "Tory MPs": members speaking for themselves
                    candidates.append(f)
    people = [f for f in candidates if f.label == "PERSON"]
    return (people or candidates or [_speaking_through(head, found)])[0]


_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp"})


def _inside_clause(tok, top) -> bool:
    """Whether `tok` sits in a clause hung below `top` ("officials and figures who argue that it keeps
    the Brennick garrison": Brennick is what they speak of, not who speaks)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSES:
            return True
        tok = tok.head
    return False


# Nouns that only carry someone's words: the one named after them speaks ("a statement from Vantrell
# Corp.", "a spokesman for the World Bank", "a report by Human Rights Watch", "Quist's office"), as "a
# Vantrell spokesman" is Vantrell's; the source stays as written.
_CONDUITS = _DOCUMENTS | frozenset("""report reports announcement document transcript communique study survey poll
analysis spokesman spokeswoman spokesperson representative representatives office""".split())
# ... and figures put out by a body ("according to data from the Labor Department", "guidance from <Clinic>"):
# the body speaks (the tenth reading audit: "data", "guidance" had been the speakers)
_DATA_CONDUITS = frozenset("""data figures statistics estimate estimates research findings guidance tally
calculations""".split())


def _conduit_names(head) -> list:
    """The words that may name whom a conduit noun speaks for: its owner ("Quist's spokesman"), the object
    of "from", "by", "for" or "of" after it, the agent of a participle ("the report, published by the
    Vantrell Institute"). Empty for any other noun."""
    if not {head.lemma_.lower(), head.lower_} & (_CONDUITS | _DATA_CONDUITS):
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


def _person_apposed_to(noun, found: list[Found]) -> Found | None:
    """"Dana Whitfield, a career Lenholm Police officer who described …": the clause describes the person
    the noun is in apposition to, not the body named inside the noun's phrase."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN":
        return None
    person = mention_at(found, noun.head.i)
    return person if person is not None and person.label == "PERSON" else None


def _name_for(doc, subj, found: list[Found], last: Found | None) -> tuple[str | None, Found | None]:
    """The name a source stands for: a mention heading its phrase, or a pronoun's antecedent."""
    if subj.lower_ in _PRONOUNS:
        ante = antecedent(doc, subj, found, last)
        if ante is not None:
            return canonical(ante), ante
        if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
            noun = relative_noun(subj, found)
            hit = _person_apposed_to(noun, found) or _mention_of_phrase(doc, noun, found)
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
    pair = _named_people_together(subj, found)
    if pair is not None:
        return pair, None
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


def _named_people_together(subj, found: list[Found]) -> str | None:
    """"Volker and Morrison said …", "<Name> and <Name> told …": two or more people named together speak
    together; the first alone was the speaker before (the tenth reading audit, twice on one page). Their names
    joined, with no single entity; None unless every conjunct is a named person joined by "and"."""
    conjs = [c for c in subj.conjuncts if c.i > subj.i]
    if not conjs or not any(c.dep_ == "cc" and c.lower_ == "and" for t in (subj, *conjs) for c in t.children):
        return None
    people = [mention_at(found, t.i) for t in (subj, *conjs)]
    if any(f is None or f.label != "PERSON" for f in people):
        return None
    names = [canonical(f) for f in people]
    return names[0] if len(set(names)) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_COURTESY_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=[A-Z][\w'’-]+$)")


# Where words were said or written ("said in a statement that …", "wrote in a letter that …")
_MEDIA_OF_SPEECH = _DOCUMENTS | frozenset("""interview interviews speech op-ed editorial column essay video podcast
broadcast briefing address remarks""".split())


_ISSUE_VERBS = frozenset("issue release publish".split())


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
        att.media = is_media(att.speaker) or is_media(doc_text(doc)[att.source[0]:att.source[1]])
    return att


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
