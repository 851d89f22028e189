"""Stances without a verb of speech: nouns ("his refusal to …", "a demand by X that …"), light verbs
("took a swipe at X", "made clear that …"), adjectives ("X is confident that …"), "in X's view", "To X, …",
"Under the law, …", a poll set ahead of its clause ("In a new poll, …") or closing it ("… leads by ten
points in the latest poll."), "…, records show.", a passive's agent ("was first reported by the Herald"), a stance
received ("The plan drew criticism from Voss").
A stance inside someone else's reported words is part of them (`_drop_nested_stances`), and so is a
share's saying inside what a poll found ("a poll found 60 percent said …": `poll_finding`).
"""
from __future__ import annotations

from newsprism.extract.cues import SPEECH_NOUNS, UTTERANCE_VERBS
from newsprism.extract.mentions import Found, doc_text, token_lemmas, token_lowers
from newsprism.extract.lexicon import is_media
from newsprism.extract.quotes.according_to import _RELATIVE_WORDS, _according_content, _fronted
from newsprism.extract.quotes.common import Attribution, _loose, _range_minus, _subtree_span
from newsprism.extract.quotes.sources import _from_verb, _head_span, _name_for, _source_np
from newsprism.extract.quotes.subjects import (_LISTENER_PASSIVE, _QUOTATION_TAG_ONLY, _cue_span, _cue_verb_indices,
                                              _is_cue_verb, _own_subject, _subject_of)


def _np_span(doc, head) -> tuple[int, int]:
    """Characters of the noun phrase a token heads, punctuation trimmed at both ends."""
    left, right = head.left_edge.i, head.right_edge.i
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


# Adjectives of conviction or attitude after "be" ("X is confident that …", "skeptical of …", "eager to …").
_STANCE_ADJS = frozenset("""confident sure certain convinced aware skeptical sceptical angry upset worried concerned
hopeful optimistic pessimistic doubtful afraid eager reluctant critical supportive wary adamant opposed frustrated
furious unhappy glad pleased disappointed proud keen determined unwilling willing insistent""".split())
_ADJ_PREPS = frozenset("of about with over at that to on".split())


def _stance_adjectives(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out = []
    for i in [i for i, word in enumerate(token_lowers(doc)) if word in _STANCE_ADJS]:
        adj = doc[i]
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp" \
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
    for i in [i for i, lemma in enumerate(token_lemmas(doc)) if lemma in _LIGHT_VERBS or lemma in _HAVING_VERBS]:
        tok = doc[i]
        if tok.pos_ != "VERB":
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
    for i in [i for i, word in enumerate(token_lowers(doc)) if word == "in"]:
        tok = doc[i]
        if tok.dep_ != "prep" or _verb_of(tok) is None and not _share_as_root(tok):
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


def _holds_view(pobj) -> bool:
    """"To Ann Roe", "To Brennick" (the tagger often takes a surname for a body), "To them", "To many"."""
    return pobj.pos_ == "PROPN" and pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.lower_ in _VIEW_HOLDERS


def _in_the_eyes_of(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """"To Ann Roe, the vote was a betrayal" (also "To many," "But to others,"): a person's or a group's
    view, set ahead of its clause by "To" and a comma (the person is the source, "To" the cue); "Under
    Lenholm law, …": what a law or contract sets out (the law is the source, "Under" the cue). Only someone
    the parser names or a pronoun of people, so "To the north, …" and "To date, …" stay the outlet's."""
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out = []
    for i in [i for i, word in enumerate(token_lowers(doc)) if word in ("to", "under")]:
        first = doc[i]
        if first.dep_ != "prep" or first.head.pos_ not in ("VERB", "AUX") \
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
    for i in _cue_verb_indices(doc):
        tok = doc[i]
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
        other = next((c for c in pobj.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
        if hit is None and pobj.pos_ == "NOUN" and other is not None:
            # "rejected by officials and figures who argue …": the agent is the whole coordination
            speaker = doc.text[_head_span(doc, pobj)[0]:_head_span(doc, other)[1]]
        out.append(Attribution(pieces, "indirect", cue=_cue_span(doc, tok), cue_text=tok.text,
                               source=_source_np(doc, pobj), speaker=speaker, speaker_found=hit,
                               media=is_media(speaker), cue_token=tok.i))
    return out


# Someone's stance received: "The plan has drawn criticism from Voss", "Roe has the support of the union",
# "Tennant picked up an endorsement from the mayor".
_RECEIVING = frozenset("""have win receive draw get earn pick consolidate gain garner secure attract enjoy land
snag""".split())
_RECEIVED_STANCES = frozenset("support endorsement endorsements backing praise criticism".split())


def _stance_received(doc, found: list[Found], done: list[Attribution], marks) -> list[Attribution]:
    """The one a stance comes from ("from" / "of" after the noun) is the source, the one who receives it what
    it judges (PolNeAR's annotators mark it so: train 33 of 39). Not what may come ("will win the support of",
    "to gain support from": 0 of 5 marked), nor a poll's share ("support from 41 percent of voters")."""
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    out = []
    for i in [i for i, lemma in enumerate(token_lemmas(doc)) if lemma in _RECEIVED_STANCES]:
        noun, verb = doc[i], doc[i].head
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVING \
                or verb.dep_ in ("xcomp", "advcl", "pcomp", "acl") \
                or any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children):
            continue
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of")), None) or next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i), None)
        giver = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        subj = _subject_of(verb)
        if giver is None or subj is None or any(w.like_num or w.lower_ in ("percent", "%") for w in giver.subtree) \
                or any(w.dep_ == "relcl" and w.lemma_.lower() in UTTERANCE_VERBS for w in giver.subtree):
            continue  # (criticism "from MPs who said it would fail": what they said is the report)
        pieces = [_np_span(doc, subj)]
        if _claimed(pieces, taken, marks):
            continue
        speaker, hit = _name_for(doc, giver, found, None)
        out.append(Attribution(pieces, "indirect", cue=(verb.idx, noun.idx + len(noun.text)),
                               cue_text=doc.text[verb.idx:noun.idx + len(noun.text)], source=_source_np(doc, giver),
                               speaker=speaker, speaker_found=hit, media=is_media(speaker), cue_token=noun.i))
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
    shown = [i for i, w in enumerate(token_lowers(doc)) if w in _SHOW]
    if not shown:
        return []
    taken = [(s, e) for a in done if a.kind != "scare" for s, e in a.contents]
    cues = {a.cue_token for a in done if a.source is not None}
    out = []
    for sent in doc.sents:
        if not any(sent.start <= i < sent.end for i in shown):
            continue  # no "show" in it: spare making its Tokens
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
                and (doc[att.cue_token].lemma_.lower() not in _SPEECH_LINKS and not _tags_direct(doc, att)
                     or poll_finding(doc, _head_of(doc, att.source), att.cue[0], attributions)) \
                and any(b is not att and s <= att.cue[0] and att.cue[1] <= e for b, s, e in contents):
            continue
        out.append(att)
    return out


def _tags_direct(doc, att: Attribution) -> bool:
    """"She said that …, to which Voss interjected: “…”": a verb that speaks only as a quotation's tag is a
    link in the chain of speech, as "replied" is."""
    return att.kind == "direct" and doc[att.cue_token].lemma_.lower() in _QUOTATION_TAG_ONLY


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
    for i in [i for i, lemma in enumerate(token_lemmas(doc))
              if lemma in _NOUN_CUES or lemma in _STANCE_NOUNS or lemma in _INTENT_NOUNS]:
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN":
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
