"""What a cue verb reports: its clause ("Voss said the plant will close", "X told reporters
that …"), the infinitive of a verb of urging or promising ("urged Congress to act"), its object
("announced his resignation", "accused X of …") or what it speaks about ("warned of …"); and the cues
that report nothing (an open question, "declined to comment", "It should be noted", violence).
"""
from __future__ import annotations

from newsprism.extract.coref import scene_before_dash_quote
from newsprism.extract.cues import BELIEF_VERBS, SPEECH_VERBS
from newsprism.extract.quotes.common import _CLOSERS, _CONTRAST_OPENERS, _OPENERS, _subtree_span
from newsprism.extract.quotes.sources import _MEDIA_OF_SPEECH
from newsprism.extract.quotes.subjects import (_LISTENER_PASSIVE, _QUOTED_NAMING, _closing_tag, _is_cue_verb,
                                               _names_a_source, _own_subject, _subject_of)


def _content_clause(doc, verb):
    """The clause a speech verb reports: its clausal complement ("said (that) X"), or for verbs of
    urging and promising its infinitive ("urged Congress to act")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(clauses) > 1:  # "Voss waved — “…,” he said": the scene before the dash is not what was said
        clauses = [c for c in clauses if not (c.i < verb.i and scene_before_dash_quote(doc, c))]
    if clauses:
        # Two ("Inside the hall - which looks like a church - Haddad said he …"): the parser took the
        # fronted scene for one; what is said follows the verb.
        after = [c for c in clauses if c.i > verb.i]
        clause = after[0] if len(clauses) > 1 and after else clauses[0]
        if clause.i > verb.i and _closing_tag(clause) is not None:
            return None  # "X told police about it, a source said.": the tag is the whole sentence's, not X's words
        if not _sentence_before_a_break(doc, clause, verb):
            return clause
    for child in verb.children:
        if child.dep_ == "xcomp" and verb.lemma_.lower() in _XCOMP_VERBS:
            return child
    return _clause_of_medium(verb) or _claimed_in_relative(verb)


# Marks that end one statement and open another ("… is hemmed in by her record: she backed the pact")
_BREAKS = frozenset({":", ";", "—", "–", "--"})


def _sentence_before_a_break(doc, clause, verb) -> bool:
    """"Roe is hemmed in by her record: she and her husband backed the pact": the parser hung the clause
    before a colon, semicolon or dash on the verb after it as its complement; with a complement of its own
    after it (here the object), the verb reports that, not the writer's clause before the break. (A tag
    after a quotation, "“… together: solidarity …,” he wrote", keeps the quotation.)"""
    end = clause.right_edge.i
    if clause.i > verb.i or end + 1 >= verb.i:
        return False
    brk = doc[end + 1]
    if brk.text not in _BREAKS and not (brk.text == "-" and brk.whitespace_):
        return False
    if any(t.text in _CLOSERS or t.text in _OPENERS for t in doc[end + 1:verb.i]):
        return False
    return any(c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "dative") for c in verb.children)


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
    # "mentioned the mission, …, according to a deal signed with …": the phrase is the writer's, naming a
    # source or the terms of a text; what was mentioned ends before it
    right = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "prep", "oprd", "xcomp", "dative")
             and c.lower_ != "according"]
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


def _names_someone(tok) -> bool:
    """A one-word object that can stand as a statement's content: a name or a personal pronoun."""
    return tok.pos_ in ("PROPN", "PRON") and tok.lower_ not in ("it", "this", "that")


_XCOMP_VERBS = frozenset("""urge ask promise vow pledge threaten call warn tell demand plan propose
vow refuse decline agree offer want expect vote hope seek plan intend prefer wish""".split())


def _relative_object(verb):
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that")
                 and c.i < verb.i), None)


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
    clause; its subject was asked, and who asked is not said. The tagger reads a sentence-opening "Asked what …,"
    as a past tense (VBD) as often as a participle: with no subject of its own it is the participle."""
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.i == verb.sent.start and verb.dep_ == "advcl")
    return participle and (verb.dep_ == "advcl" or verb.i == verb.sent.start) \
        and verb.lemma_.lower() in _LISTENER_PASSIVE | {"ask", "press"} \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in verb.children)


def worth_doing(verb) -> bool:
    """"It's worth noting / remembering that …": the writer's aside, whose subject "it" is nobody."""
    return verb.tag_ == "VBG" and (verb.head.lower_ == "worth" or verb.i > 0 and verb.doc[verb.i - 1].lower_ == "worth")


def _impersonal(verb) -> bool:
    """"It should be noted that …", "it was agreed to …", "it's worth noting that …": the writer's own voice, no
    source."""
    if worth_doing(verb):
        return True
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subj = _subject_of(verb)  # after the passive test: finding a subject walks the parse
    return subj is None or subj.lower_ in ("it", "this")
