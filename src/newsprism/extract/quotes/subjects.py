"""Cue verbs and who speaks them. The speaker is found through the parse: the speech verb that governs
the quoted words or stands right beside them (said, told, added, warned, …) and its subject -- its own,
or the one the parser put elsewhere: a speech tag closing a sentence or set inside a clause ("The plan,
said Voss, would fail"), an inverted tag ("“…,” added a party official"), an aside ("as reported by …",
dashes, brackets), a participle or conjoined verb borrowing the subject of the verb it hangs on.
(The tags and asides stay here: `_own_subject` and their readings call each other.)
"""
from __future__ import annotations

from newsprism.extract.coref import PERSON_NOUNS
from newsprism.extract.cues import SPEECH_NOUNS, SPEECH_VERBS
from newsprism.extract.mentions import token_lemmas, token_lowers
from newsprism.extract.quotes.common import _CLOSERS, _DOCUMENTS, _OPENERS


def _is_cue_verb(tok) -> bool:
    pos = tok.pos_  # called for most tokens of every article: each attribute read once
    if pos != "VERB" and pos != "AUX":
        return False
    lemma = tok.lemma_.lower()
    if pos == "VERB":
        if lemma in ("put", "relate"):
            return _as_clause(tok)  # "as Reyes put it", "As he related, “…”" (not "related to")
        if lemma == "read":
            return _text_reads(tok)
        if lemma in _QUOTED_NAMING:
            return _names_in_quotes(tok)
        if lemma == "issue":
            return _issued_in_text(tok)
        if lemma == "say" and _that_said(tok):
            return False
        if lemma in _RETORT_BACK:
            return _back_after(tok)
        if lemma in _QUOTATION_TAG_ONLY:
            return _tags_quotation(tok)
    return lemma in SPEECH_VERBS


def _that_said(tok) -> bool:
    """"That said, …", "That being said, …", "Having said that, …": a linking phrase opening a sentence, not
    speech."""
    doc, i = tok.doc, tok.i
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if nxt != "," and not (i >= 1 and doc[i - 1].lower_ == "having"):
        return False  # most "said": no sentence to look up
    start = tok.sent.start
    if nxt == "," and i - 1 >= start and doc[i - 1].lower_ == "that":
        return i - 1 == start
    if nxt == "," and i - 2 >= start and doc[i - 1].lower_ == "being" and doc[i - 2].lower_ == "that":
        return i - 2 == start
    return i - 1 == start and doc[i - 1].lower_ == "having" and i + 2 < len(doc) and doc[i + 1].lower_ == "that" \
        and doc[i + 2].text == ","


# Verbs that name a thing in the subject's words only with quoted words after them ("branded the idea
# “disgusting”", "labelled it “reckless”"), as "called X “a Y”" does; else no speech ("branded cattle").
_QUOTED_NAMING = frozenset("brand label term".split())
# Verbs of manner that speak only with "back" after them: "“…,” Voss barked back", "Voss shot back that …",
# "fired back, saying"; "shot back at the police", "snapped a photo", "fired two aides" are no speech.
_RETORT_BACK = frozenset("bark snap shoot fire hit growl snarl".split())
# Verbs that speak only as a quotation's tag: "“…,” Voss interjected", "“…,” remembers Voss", "“…,” she shares
# with the magazine", "Voss penned: “…”"; "shares the formula", "remembered the day", "penned a letter" are none.
_QUOTATION_TAG_ONLY = frozenset("share remember pen interject".split())
_SPECIAL_CUE_LEMMAS = _QUOTED_NAMING | _RETORT_BACK | _QUOTATION_TAG_ONLY | {"put", "read", "issue"}  # asked more of


def _back_after(verb) -> bool:
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "back" and doc[verb.i + 1].dep_ in ("prt", "advmod")


def _tags_quotation(verb) -> bool:
    """The verb stands right after a quotation that closes on a comma, "!" or "?" (its subject, a few words, may
    stand between), or right before a colon that opens one."""
    doc, i = verb.doc, verb.i
    if i + 2 < len(doc) and doc[i + 1].text == ":" and doc[i + 2].text in _OPENERS:
        return True
    if i >= 1 and doc[i - 1].text in _CLOSERS:
        return i >= 2 and doc[i - 2].text in (",", "!", "?")  # inverted: "“…,” remembers Voss"
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "“A Proven Path,” Voss shares the formula …": an object of its own
    for j in range(i - 1, max(0, i - 5), -1):
        if doc[j].text in _CLOSERS:
            return doc[j - 1].text in (",", "!", "?")
        if doc[j].is_punct:
            return False
    return False


def _cue_verb_indices(doc) -> list[int]:
    """The tokens `_is_cue_verb` may accept, found by lemma without making a Token of every word."""
    return [i for i, lemma in enumerate(token_lemmas(doc)) if lemma in SPEECH_VERBS or lemma in _SPECIAL_CUE_LEMMAS]


def _names_in_quotes(verb) -> bool:
    doc = verb.doc
    # (a straight single mark after a space opens British quoted words: "branded it 'unacceptable'"; one glued to
    # a word is a possessive's: "the workers' pay")
    return any(c.dep_ == "nsubj" for c in verb.children) and any(
        t.text in _OPENERS or (t.text == "'" and doc[t.i - 1].whitespace_)
        for t in doc[verb.i + 1:verb.right_edge.i + 1])


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
        if (child.dep_ == "prt" or _goes_on(child) or child.lower_ == "back") and child.i == tok.i + 1:
            end = child.idx + len(child.text)
        if child.dep_ == "neg" and child.i == tok.i - 1:
            start = child.idx
    return start, end


# Verbs whose passive subject is the one spoken to ("Steward was told …"), not the speaker
_LISTENER_PASSIVE = frozenset("tell inform advise assure warn brief notify remind".split())
# Verbs of naming whose passive subject is the one named ("He's been called “reckless”", "was branded a
# “traitor”"): the words are a namer's, the agent's ("by X") or nobody's known, never the subject's
_NAMED_PASSIVE = frozenset("call brand label term dub nickname describe".split())


def _own_subject(tok):
    lemma = tok.lemma_.lower()
    passive_listener = lemma in _LISTENER_PASSIVE or lemma in _NAMED_PASSIVE
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")
                or (c.dep_ == "nsubjpass" and not passive_listener)]
    if subjects:
        # Two subjects ("The head of the alliance, Jens Stoltenberg announced"): the parser split an
        # apposition; the one next to the verb is the name. A word of the quotation before the verb is
        # none ("“… Every single amendment,” said Voss": the parser made "amendment" a subject too).
        lowers = token_lowers(tok.doc)  # the closing marks have no case: their lower-case text is theirs
        outside = [c for c in subjects if not (c.i < tok.i and any(w in _CLOSERS for w in lowers[c.i + 1:tok.i]))]
        subjects = outside or subjects
        before = [c for c in subjects if c.i < tok.i]
        subj = before[-1] if before else subjects[0]
        return _apposed_after_quote(subj, tok) or _name_after_title_for(subj, tok) or _subject_after_like(subj, tok) \
            or subj
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


def _subject_after_like(subj, verb):
    """"Like Vantrell head Mara Quist, Brennick CEO Olek Brand said …": the parser made the compared name (or
    a word of it) the subject and hung the speaker on it; the phrase after the comma speaks."""
    doc = subj.doc
    like = subj.left_edge.i if subj.left_edge.lower_ in ("like", "unlike") else subj.left_edge.i - 1
    if like < 0 or like >= verb.i or doc[like].lower_ not in ("like", "unlike") or not (
            doc[like].is_sent_start or doc[like - 1].is_punct):
        return None
    comma = next((k for k in range(like + 1, verb.i) if doc[k].text == ","), None)
    if comma is None:
        return None
    # the head of the stretch between the comma and the verb: a noun whose own head lies outside it
    heads = [t for t in doc[comma + 1:verb.i] if t.pos_ in ("PROPN", "NOUN") and not comma < t.head.i < verb.i]
    return heads[0] if len(heads) == 1 and subj.is_ancestor(heads[0]) else None


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


def _inverted_subject(verb):
    """The speaker named after a tag verb that follows its quotation ("“…,” added a party official", "''…,''
    said Robin Vale, half joking") when the parser took the name for the verb's object or for the subject
    of what follows it."""
    doc = verb.doc
    if verb.lemma_.lower() not in _INVERTED_TAG_VERBS or verb.lemma_.lower() == "tell" or verb.i < 2 \
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


# Verbs that put a text out: its author speaks through what it says ("Voss issued a statement saying …")
_PUT_OUT_VERBS = frozenset("issue release send put post publish write tweet circulate".split())


def _author_of_text(noun):
    """"Voss issued a statement saying …", "the union sent a letter to staff stating …": a text that a verb of
    putting out has as its object says what its author says, and the verb's subject speaks. None for any other
    noun ("results showing …") and for a text with no author named ("an open letter saying …")."""
    if noun.dep_ != "dobj" or (noun.lemma_.lower() not in _DOCUMENTS and noun.lower_ not in _DOCUMENTS) \
            or noun.head.lemma_.lower() not in _PUT_OUT_VERBS:
        return None
    return _subject_of(noun.head)  # a conjoined verb borrows its subject ("formed … and sent a letter")


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
    for reading in (_quoted_as, _subject_before_aside, _subject_before_relative, _with_absolute, _kept_from,
                    _object_of_time_word):
        subject = reading(tok)
        if subject is not None:
            return subject
    if tok.dep_ in ("advcl", "conj", "xcomp") and tok.lemma_.lower() in SPEECH_VERBS and not _is_cue_verb(tok.head):
        # "X says the number would rise eightfold, claiming that …": the parser hangs the participle on
        # a verb inside what X reported; it goes on X's act of speech, not on that verb's subject.
        speech = _reporting_verb(tok.head)
        if speech is not None and speech.i < tok.i and (found := _speaker_of_report(speech)) is not None:
            return found
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and tok.head.i < tok.i:
        # "results showing that …", "the man saying …": the noun it describes speaks; "'…,' the agency
        # issued in a statement" with the verb hung on a noun of the quotation: the name after it
        return _apposed_after_quote(tok.head, tok) or _author_of_text(tok.head) or tok.head
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
            if _main_verb_read_as_participle(head):
                return head.head
        if head.head.i == head.i:
            break
        head = head.head
    return _own_subject(tok.head) if tok.head.i != tok.i else None


def _main_verb_read_as_participle(verb) -> bool:
    """"The group, <Name> Coalition, formed in May and sent a letter … stating that …": a sentence the parser
    rooted on its subject noun, its main verb hung on it as a participle; the noun is the verb's subject."""
    noun = verb.head
    return verb.dep_ == "acl" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i \
        and verb.tag_ in ("VBD", "VBN") and noun.sent.root.i == noun.i


# Verbs that close a sentence as a bare speech tag ("…, she said.", "…, he added.")
_TAG_VERBS = frozenset("""say tell add write tweet post explain insist note argue warn claim reply respond answer
continue acknowledge admit concede report state assert contend observe quip joke predict""".split())
_INVERTED_TAG_VERBS = _TAG_VERBS | _QUOTATION_TAG_ONLY | {"ask", "read"}  # "“…,” <verb> <name>"


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


def _subject_before_relative(tok):
    """"One member, who like others spoke on condition of anonymity, said the message was …": the parser can
    read the name and its relative clause as a clause the verb reports (the name its subject); with a reported
    clause after the verb, the name is the speaker (train: 3 such verbs, all 3 marked so)."""
    if not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ != "ccomp" or child.i > tok.i:
            continue
        subj = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i
                     and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None and any(t.tag_ in ("WP", "WP$") for t in tok.doc[subj.i + 1:child.i]):
            return subj
    return None


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


def _speaker_of_report(speech):
    """Who speaks through a reporting verb: its subject, or that of the verb it is joined to ("Voss was
    there and said “…”, referring to …": Voss)."""
    found = _own_subject(speech)
    if found is None and speech.dep_ == "conj" and speech.head.i < speech.i:
        found = _own_subject(speech.head)
    return found


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


def _names_a_source(obj) -> bool:
    """The object of "citing" / "quoting" that is a person or a source ("a source familiar with the talks",
    "officials", "Olek Brand"), so the verb names who spoke rather than what was said."""
    return obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_.lower() in PERSON_NOUNS | _SOURCE_NOUNS


_SOURCE_NOUNS = frozenset("source sources people person official insider witness elder aide".split())


_TIME_WORDS = frozenset("after before since until".split())


def _object_of_time_word(tok):
    """"The story ran a day after a report by the Courier accused Roe of …": the parser read "after" as a
    preposition and hung the finite verb after its object on the main verb; that object is the subject."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 2:
        return None
    prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in _TIME_WORDS and c.i < tok.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.right_edge.i == tok.i - 1 else None


def _as_clause(verb) -> bool:
    """"as Trump points out", "as the Times reported": a reporting verb in an "as" clause (not the second term
    of a comparison, "grew as fast as the firm hoped")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ != "it") for c in verb.children) \
        and not _compared(verb.head)


def _compared(head) -> bool:
    """"as fast", "as many", "as good": an adjective or adverb under its own "as", whose "as" clause says how
    far it goes."""
    return head.pos_ in ("ADJ", "ADV") and any(c.dep_ == "advmod" and c.lower_ == "as" for c in head.children)


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


def _goes_on(tok) -> bool:
    """The particle of "went on" / "goes on" right before a colon: the text or speaker continues."""
    return tok.dep_ in ("prt", "prep") and tok.lower_ == "on" and tok.head.lemma_.lower() == "go" \
        and tok.head.i == tok.i - 1 and not any(c.dep_ == "pobj" for c in tok.children) \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
