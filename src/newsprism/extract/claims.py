"""Check-worthy claims: the sentences of an article that state an event, a number, a date, a cause or
a comparison — apart from opinion, rhetorical questions, slogans and calls to action.

Each claim carries its span (the sentence, trimmed), the entities in it, its quantities and dates
normalised (extract.quantities / extract.dates, relative dates resolved against the article's
date), who it is attributed to when it sits in a quote or reported speech, and whether it is negated.

Opinion is read from the writer's own words only (text outside other people's quotes and reported
speech): first-person belief ("I think", "my belief is"), stance openers ("best of all", "sadly"), an
evaluative predicate ("X is great", "it is a shame"), and, when the sentence holds no figure or date,
"should" / "must", a speculative adverb, "might" / "could" or an "if" condition on the main verb. Headings,
related-story links and lead-ins ending in a colon are no claims either. Words that report bad events ("died", "killed", "damaged")
are not opinion, however charged. Framing's stance (framing/stance.py) keeps its own, wider cue list:
it grades every sentence, where this only decides which sentences are worth checking.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsprism.extract.coref import canonical
from newsprism.extract.cues import UTTERANCE_VERBS
from newsprism.extract.dates import find_dates
from newsprism.extract.mentions import Found, doc_text, token_lowers, token_tags
from newsprism.extract.quantities import find_quantities
from newsprism.extract.quotes import Attribution
from newsprism.records import Article, Claim, Span, stable_id

_CAUSE = re.compile(r"\b(?:because|due to|as a result|in response to|in retaliation|led to|leads to|caused|"
                    r"causing|in order to|so that|therefore|thus|after which|resulted in|blamed)\b", re.I)
# The writer's own view. Words that report bad events ("died", "killed", "damaged") are not among these
# cues: a sentiment score says how charged a word is, not whether the writer judges.
_OPINION_OPENERS = re.compile(r"^(?:i|we)\s+(?:think|believe|feel|hope|guess|suppose)\b|^in (?:my|our) (?:view|opinion)\b"
                              r"|^(?:it is|it's) (?:clear|obvious|time)\b|^(?:of course|surely|clearly)\b"
                              r"|^(?:best|worst) of all\b"
                              r"|^(?:sadly|fortunately|unfortunately|thankfully|frankly|honestly|personally|ironically|"
                              r"needless to say)\b", re.I)
_OBLIGATION = frozenset({"should", "must", "ought", "shall"})
_FIRST_PERSON = frozenset({"i", "we"})
_FIRST_POSSESSIVE = frozenset({"my", "our"})
_FIRST_WORDS = _FIRST_PERSON | _FIRST_POSSESSIVE
# Subjects a short sentence cannot stand on: a quote's tail ("I wasn't.") or an aside ("Now it is over.").
_VAGUE_SUBJECTS = frozenset({"i", "we", "you", "it", "this", "that"})
# "I think …", "we expect …", "I'm sure …", "my (personal) belief is …", "in my view …"
_BELIEF_VERBS = frozenset("think believe feel hope guess suppose reckon suspect doubt imagine bet wish expect".split())
_SURE = frozenset("sure convinced certain confident".split())
_VIEW_NOUNS = frozenset("belief view opinion feeling guess hope bet sense impression hunch mind take".split())
_SPECULATIVE = frozenset("perhaps maybe probably arguably presumably doubtless".split())
_COPULAS = frozenset("be seem look sound".split())
_MAIN_CLAUSE = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
# "It is a shame …": nouns that are a verdict in themselves. Nouns naming an event ("it was the second
# failure", "it was an accident") are not among them, however charged.
_JUDGEMENT_NOUNS = frozenset("shame pity disgrace travesty scandal farce mistake tragedy disaster joke outrage "
                             "embarrassment blessing miracle triumph relief".split())
# Predicate words that VADER scores but a report states as a checkable condition or a feeling someone has
# ("he was dead", "the protest was peaceful", "the test was positive", "the family is grateful").
_STATES = frozenset("""dead alive injured hurt wounded ill sick healthy fit safe secure unharmed unhurt guilty
innocent free missing stable critical ready responsible clear true positive negative suspicious severe violent
illegal legal fatal dangerous unstable poor rich successful unsuccessful popular peaceful strong weak
happy unhappy sad sorry proud grateful thankful pleased scared afraid angry upset""".split())
# A page's rights notice or contributor credit ("Copyright 2014 Vantrell Radio Inc.", "Mara Quist contributed to
# this report.") states nothing about the story, though it may hold a year and a name.
_BOILERPLATE = re.compile(r"(?:©|\bcopyright\b)\s*(?:©\s*)?(?:\(c\)\s*)?(?:1[89]|20)\d\d\b|\ball rights reserved\b"
                          r"|\bcontributed (?:reporting )?to this (?:report|story|article)\b", re.I)
EVALUATIVE_VALENCE = 1.5
MIN_WORDS = 5
# A page's time stamp ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: …") states when the page changed,
# not a fact of the story; what is left of such a line without its dates and these words is nothing.
_STAMP = re.compile(r"\b(?:posted|updated|published|modified)\b", re.I)
_STAMP_PARTS = re.compile(r"\b(?:posted|updated|published|modified|created|last|on|at|am|pm|a\.m|p\.m|et|est|edt|"
                          r"ct|cst|cdt|pt|pst|pdt|gmt|utc|cet|cest|bst)\b\.?|\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?",
                          re.I)


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    """Word → emotive valence, from the VADER lexicon that ships with vaderSentiment."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    return dict(SentimentIntensityAnalyzer().lexicon)


def _skip_reason(sent, words: list[str], has_facts: bool, others: list[tuple[int, int]] = ()) -> str | None:
    """Why a sentence is not a check-worthy claim (None when it is one). `others` are the character
    spans of other people's words (quotes, reported speech): cues of opinion count outside them only."""
    text = doc_text(sent.doc)[sent.start_char:sent.end_char].strip()  # sent.text joins its Tokens anew
    if len(words) < MIN_WORDS and not _short_fact(sent, text):
        return "too short"
    # a closing bracket after the mark is the end of an aside: "(… they're coming for you!)"
    if text.rstrip("”\"’' )]").endswith("?"):
        return "question"
    root = sent.root
    if text.rstrip("”\"’' )]").endswith("!") and not has_facts:
        return "slogan"
    if _BOILERPLATE.search(text):
        return "boilerplate"
    if _imperative(sent):
        return "call to action"
    tokens = list(sent)  # read three times below: iterating the Span makes every Token again
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return "no verb"
    if not has_facts and _heading_or_lead_in(sent, text):
        return "heading"
    others = [(a, b) for a, b in others if a < sent.end_char and b > sent.start_char]
    own = [t for t in tokens if not _inside(t.idx, others)] if others else tokens
    first = next((t for t in tokens if not t.is_punct and not t.is_space), None)
    if first is not None and not _inside(first.idx, others) and _OPINION_OPENERS.search(text.lstrip("“\"‘' ")):
        return "opinion"
    if _FIRST_WORDS.intersection(token_lowers(sent.doc)[sent.start:sent.end]) and _first_person_view(own):
        return "opinion"  # (the word test first: the view's test makes a Token of every word)
    # a figure or a date keeps the sentence checkable whatever the writer thinks of it ("the new bridge
    # is superb and cost $40 million")
    if not has_facts and (_writer_evaluates(own) or any(t.lower_ in _SPECULATIVE for t in own)
                          or any(c.lower_ in _OBLIGATION for c in root.children if c.dep_ == "aux")
                          or _needs_to(root)):
        return "opinion"
    if not has_facts and _hypothetical(root):
        return "hypothetical"
    return None


def _ends_line(sent) -> bool:
    """The sentence ends its line of the text (a line break always ends a sentence)."""
    text = doc_text(sent.doc)
    end = sent.start_char + len(text[sent.start_char:sent.end_char].rstrip())
    return text[end:].lstrip(" \t")[:1] in ("", "\n")


def _own_line(sent) -> bool:
    """The sentence is a whole line of the text."""
    before = doc_text(sent.doc)[:sent.start_char].rstrip(" \t")
    return (not before or before.endswith("\n")) and _ends_line(sent)


def _heading_or_lead_in(sent, text: str) -> bool:
    """A line with no closing stop is a heading, a caption or a related-story link ("Full video: Voss
    visits Lenholm", "MORE ON THE LENHOLM FLOOD"); a line ending in a colon that is no clause of its own
    ("As Voss explained at the time:", "Below, more on the flood from Lenholm radio:") only opens what follows."""
    end = text.rstrip("”\"’' ")[-1:]
    if end not in ".!?:;…)":
        return _own_line(sent)
    root = sent.root
    return end == ":" and _ends_line(sent) and (root.pos_ not in ("VERB", "AUX")
                                                 or any(c.dep_ == "mark" for c in root.children))


_CONDITION_MARKS = frozenset({"if", "unless"})
_MAYBE_MODALS = frozenset({"might", "may", "could"})
_IF_MODALS = _MAYBE_MODALS | {"would", "can"}


def _hypothetical(root) -> bool:
    """Speculation or a condition, not an event: "They might inflate their ties …", "If true, the sale
    would show …", "If the deal falls through, Voss can still …", "If you don't own one, you don't need …"
    (a rule for anyone). Said of a figure or a date ("the plant could shed 300 jobs") it stays checkable."""
    modals = {c.lower_ for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & _MAYBE_MODALS:
        # "She might be more than that: the licence has lapsed …" — another clause states a fact
        return not any(t.tag_ in ("VBD", "VBZ", "VBP") and t.head is not root for t in root.sent)
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
                      for c in root.children)
    generic = any(c.dep_ == "nsubj" and c.lower_ == "you" for c in root.children)
    return conditional and bool(modals & _IF_MODALS or generic)


# What may come before an imperative: "So grab a pen …", "If you need help, please call …", "Even if …, don't …"
_BEFORE_IMPERATIVE = frozenset("advmod advcl intj mark cc punct neg npadvmod discourse".split())


def _imperative(sent) -> bool:
    """The sentence tells the reader to do something: a bare verb with no subject, opening the sentence or
    preceded only by a linking word, "please", "don't" or a condition ("If you …, please call …")."""
    root = sent.root
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in root.children):
        return False
    return all(c.dep_ in _BEFORE_IMPERATIVE or (c.dep_ == "aux" and c.lemma_.lower() == "do")
               for c in root.children if c.i < root.i)


def _needs_to(root) -> bool:
    """"Everyone needs to help …", "the city has to act": an obligation in the present, like "should"
    ("residents had to flee" reports what happened)."""
    return root.lemma_.lower() in ("need", "have") and root.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in root.children)


def _short_fact(sent, text: str) -> bool:
    """A short sentence that still states a fact: a subject and its verb, ended by a full stop ("He was
    75.", "No injuries were reported."). Headlines, captions and bylines have no full stop, and a bare
    tag of speech ("Holt said.") states nothing by itself; nor does a short line in the first or second
    person or about "it" ("I wasn't.", "You can't.", "Now it is over."): a quote's tail or an aside."""
    root = sent.root
    deps = {c.dep_ for c in root.children}
    speech_tag = root.lemma_.lower() in UTTERANCE_VERBS and not deps & {"neg", "nsubjpass", "auxpass"}
    return (len(sent) >= 3 and text.rstrip("”\"’' ").endswith(".") and root.pos_ in ("VERB", "AUX")
            and root.tag_ != "MD" and not speech_tag and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ not in _VAGUE_SUBJECTS
                                       for c in root.children))


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _first_person_view(own) -> bool:
    """The writer states a belief: "I think …", "we expect …", "I'm sure …", "my belief is …"."""
    for t in own:
        if t.lower_ in _FIRST_PERSON and t.dep_ == "nsubj":
            head = t.head
            if head.lemma_.lower() in _BELIEF_VERBS and head.pos_ == "VERB":
                return True
            if any(c.dep_ == "acomp" and c.lower_ in _SURE for c in head.children):
                return True
        if t.lower_ in _FIRST_POSSESSIVE and t.dep_ == "poss" and t.head.lemma_.lower() in _VIEW_NOUNS:
            return True
    return False


def _writer_evaluates(own) -> bool:
    """The writer judges something: "X is great", "the prospects are interesting", "it is a shame",
    "X is the best design" — an evaluative word as the predicate of "be", "seem", "look" or "sound"."""
    for t in own:
        if t.dep_ not in ("acomp", "attr") or t.head.lemma_.lower() not in _COPULAS \
                or t.head.dep_ not in _MAIN_CLAUSE:  # "critics who were unhappy" describes the critics
            continue
        if t.pos_ == "ADJ" and _evaluative(t):
            return True
        if t.pos_ == "NOUN":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            # "it is a shame": the noun itself judges; "this is a shameful betrayal": its adjective does;
            # "X is the best design": its superlative does
            if subject is not None and subject.lower_ in ("it", "this", "that") and (
                    t.lemma_.lower() in _JUDGEMENT_NOUNS
                    or any(c.dep_ == "amod" and _evaluative(c) for c in t.children)):
                return True
            if any(c.dep_ == "amod" and _superlative(c) and _evaluative(c) for c in t.children):
                return True
    return False


def _superlative(t) -> bool:
    return t.tag_ == "JJS" or any(c.lower_ == "most" for c in t.children)


def _evaluative(t) -> bool:
    """A word of judgement: strongly valenced in VADER, and not a state a report can check ("dead",
    "injured", "safe") — participles ("damaged", "destroyed") name the result of an event."""
    word = t.lower_
    if word in _STATES or t.tag_ == "VBN" or word.endswith("ed"):
        return False
    return abs(_valence().get(word, 0.0)) >= EVALUATIVE_VALENCE


def _denies_event(sent) -> bool:
    """The sentence says an event did not happen: "He did not testify.", "No injuries were reported.",
    "There were no casualties." — a checkable statement even without a name or a figure."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this")
                                               for c in root.children):
        return False  # "it is not known how …" denies no event
    heads = [root] + [c for c in root.children if c.dep_ == "conj"]
    for h in heads:
        if _ahead(h):
            continue  # "I'm never going to be happy", "the war will not end": a forecast, no event denied
        for c in h.children:
            if c.dep_ == "neg" and h.lemma_.lower() != "be":  # "it is not about …" denies no event
                return True
            if c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and (
                    c.lower_ in ("nobody", "nothing", "none")
                    or any(d.lower_ == "no" and d.dep_ == "det" for d in c.children)):
                return True
    return False


def _ahead(verb) -> bool:
    """The verb speaks of what is to come: "will" / "shall" before it, or "going to" ("is never going to …")."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children):
        return True
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                    for a in c.children) for c in verb.children)


_COMPARATIVES = frozenset({"JJR", "RBR"})  # the tags of "larger", "sooner"


def _kind(sent, quantities, dates, text: str) -> str:
    if quantities:
        return "number"
    if _COMPARATIVES.intersection(token_tags(sent.doc)[sent.start:sent.end]) or re.search(r"\bthan\b", text):
        return "comparison"
    if _CAUSE.search(text):
        return "cause"
    if dates:
        return "event"
    return "statement"


def _negated(sent) -> bool:
    root = sent.root
    heads = [root] + [c for c in root.children if c.dep_ == "conj"]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def find_claims(doc, article: Article, found: list[Found], attributions: list[Attribution]) -> tuple[Claim, ...]:
    text = doc_text(doc)
    # Figures and dates are read once over the whole text (relative dates see their neighbours).
    all_quantities = find_quantities(text, article.id)
    all_dates = _anchored_to_speech(doc, find_dates(text, article.id, article_date=article.published), attributions,
                                    article.id)
    others = _others_words(attributions)
    # the speakers' attributions with the reach of their words: a sentence weighs only those that reach it
    speaking = [(min(s for s, _ in a.contents), max(e for _, e in a.contents), a) for a in attributions
                if a.kind != "scare" and a.speaker and a.contents]
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        body = text[s:e]
        words = re.findall(r"[A-Za-z][\w'’-]*|\d[\d,.]*", _without_web_tokens(body))
        quantities = tuple(q for q in all_quantities if s <= q.span.start and q.span.end <= e)
        dates = tuple(d for d in all_dates if s <= d.span.start and d.span.end <= e)
        mentions = [f for f in found if s <= f.start and f.end <= e]
        has_facts = bool(quantities or [d for d in dates if d.value])
        if dates and _is_time_stamp(body, s, dates):
            continue
        if _skip_reason(sent, words, has_facts, others):
            continue
        # a date the text names counts even when it has no value (a relative day in an undated article,
        # "the 1920s"): the same sentence is a claim in a dated article
        if not (has_facts or dates or mentions or _CAUSE.search(body) or _denies_event(sent)):
            continue  # nothing a reader could check: no figure, date, name, cause or denied event
        attributed, media = _attribution_for(s, e, [a for lo, hi, a in speaking if lo < e and s < hi],
                                             quantities + dates)
        names = tuple(dict.fromkeys(canonical(f) for f in mentions))
        out.append(Claim(id=stable_id("c", article.id, str(s), str(e)), span=Span(article.id, s, e), text=body,
                         quantities=quantities, dates=dates, entities=names, attributed_to=attributed,
                         attributed_is_media=media, negated=_negated(sent), kind=_kind(sent, quantities, dates, body)))
    return tuple(out)


# Hashtags, handles and links are no words of a sentence: a line of them ("#Vote #Lenholm pic.twitter.com/x1")
# left by an embedded post states nothing.
_WEB_TOKENS = re.compile(r"(?<!\w)[#@]\w+|\b(?:https?://|www\.|pic\.twitter\.com/)\S*")


def _without_web_tokens(text: str) -> str:
    # the substring tests first: the pattern tries every place of every sentence, and few hold any of these
    if "#" in text or "@" in text or "http" in text or "www." in text or "pic.twitter.com/" in text:
        return _WEB_TOKENS.sub(" ", text)
    return text


# Words that count from the moment they were said: "today" in a quotation is the day the speaker said it
_DEICTIC = re.compile(r"^(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week))$", re.I)


def _anchored_to_speech(doc, dates: tuple, attributions: list[Attribution], article_id: str) -> tuple:
    """"“Today, we decided …,” X said at a Thursday press conference": the quotation's "today" is that
    Thursday, not the day the article was published. A relative day inside someone's quoted words is read
    against the day its own sentence says the words were spoken, when it says so."""
    out = list(dates)
    for att in attributions:
        if att.kind != "direct" or att.cue is None:
            continue
        sent = doc.char_span(att.cue[0], att.cue[1], alignment_mode="expand")
        if sent is None:
            continue
        sent = sent.sent
        inside = [(s, e) for s, e in att.contents]
        spoken = next((d for d in dates if d.value and d.precision == "day" and sent.start_char <= d.span.start
                       and d.span.end <= sent.end_char and not any(s <= d.span.start < e for s, e in inside)), None)
        if spoken is None:
            continue
        for k, d in enumerate(out):
            if d.relative and _DEICTIC.match(d.text.strip()) and any(s <= d.span.start < e for s, e in inside):
                again = find_dates(d.text, article_id, offset=d.span.start, article_date=spoken.value)
                if again and again[0].value:
                    out[k] = again[0]
    return tuple(out)


def _is_time_stamp(body: str, start: int, dates) -> bool:
    """The sentence is a page's posted / updated stamp: nothing but those words, dates and times."""
    if not _STAMP.search(body):
        return False
    rest = list(body)
    for d in dates:
        rest[d.span.start - start:d.span.end - start] = " " * (d.span.end - d.span.start)
    return not re.search(r"\w", _STAMP_PARTS.sub(" ", "".join(rest)))


def _others_words(attributions: list[Attribution]) -> list[tuple[int, int]]:
    """Spans of quoted or reported words of someone other than the writer ("I think …" is the writer's)."""
    return [span for att in attributions if att.kind != "scare"
            and (att.speaker or "").lower() not in _FIRST_PERSON | _FIRST_POSSESSIVE | {"me", "us"}
            for span in att.contents]


def _attribution_for(s: int, e: int, attributions: list[Attribution], facts=()) -> tuple[str | None, bool]:
    """The speaker whose words (quote or reported clause) make up most of the sentence, if any; first the
    one whose words hold the sentence's figures and dates ("X did not specify how many …, but Deutsche
    Welle has information that several hundred …": the figure is Deutsche Welle's)."""
    best, best_key = None, (0, 0.0)
    for att in attributions:
        if att.kind == "scare" or not att.speaker:
            continue
        covered = sum(max(0, min(e, ce) - max(s, cs)) for cs, ce in att.contents)
        share = covered / max(1, e - s)
        held = sum(1 for f in facts if any(cs <= f.span.start and f.span.end <= ce for cs, ce in att.contents))
        if share > 0 and (held, share) > best_key:
            best, best_key = att, (held, share)
    if best is None or best_key[1] < (_FACTS_SHARE if best_key[0] else _SHARE):
        return None, False
    return best.speaker, best.media


_SHARE = 0.3  # of the sentence that must be someone's words for the claim to be theirs
_FACTS_SHARE = 0.15  # the same when those words hold the sentence's figures or dates
