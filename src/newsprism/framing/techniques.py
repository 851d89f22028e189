"""Propaganda techniques beyond single words: slogans and calls to action, rhetorical questions,
exaggeration and minimisation, doubt (so-called, purported, scare quotes), appeals to fear, and
repeated mandatory labels ("(organization banned in Russia)"), which are labels, not claims.

Each detector reads the article's sentences and words (context.py) and the curated lexicon; none
knows any particular outlet, person or article.
"""
from __future__ import annotations

import re
from collections import Counter

from newsprism.framing.context import STOPWORDS, ArticleContext, is_name
from newsprism.framing.lexicon import Lexicon
from newsprism.framing.loaded import made_fake, word_score
from newsprism.framing.tokens import Token
from newsprism.framing.voices import OUTLET, SCARE_MAX_WORDS
from newsprism.records import FramingFinding

_QUOTE_MARKS = "\"'“”‘’«»„"
_DETERMINERS = frozenset("the a an this that these those its their his her our my your".split())
MIN_SCORE = 0.3  # lexicon cues weaker than this ("alleged", "never") are ordinary wording

# Base forms that open an imperative sentence addressed to the reader.
IMPERATIVE_VERBS = frozenset(
    "join stop sign share support vote fight resist rise boycott tell act donate demand call write contact "
    "stand defend protect remember speak wake reject end free save help spread pray oppose unite march "
    "occupy refuse bring shut open look think imagine consider wake don't do never let make take keep "
    "get read watch listen ask check beware smash overthrow abolish expose".split()
)
_CALL_PHRASES = re.compile(
    r"\b(?:we must|we need to|we have to|we should|let us|let's|it is time to|it's time to|"
    r"it is high time|time has come to|we cannot allow|we can't allow|we will not allow|we won't allow)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:the\s+)?(?:most\s+[^\W\d_]+|[^\W\d_]+est|worst|best)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:ever|in (?:human |recorded |modern )?history|of all time|on record|in living memory|in decades)\b",
    re.IGNORECASE,
)
_MANDATORY = re.compile(
    r"\((?=[^()]{0,120}\b(?:banned|prohibited|outlawed|designated|recogni[sz]ed|listed|declared|"
    r"proscribed|liquidated|forbidden)\b)[^()]{3,160}\)",
    re.IGNORECASE,
)
_QUESTION_CUES = re.compile(
    r"\b(?:why|how can|how could|how come|who (?:would|could|can|really)|isn't it|aren't they|doesn't it|"
    r"don't they|is it any wonder|what else|is it not|are we|do we|should we|must we|wouldn't|"
    r"what kind of|what sort of|really)\b",
    re.IGNORECASE,
)
# After a question: "<someone> asked <him | a name>", the question put to a person, not to the reader
# ("…?" asked Sen. Voss: the speaker comes after "asked", and the question may well be rhetorical).
_PUT_TO = re.compile(r"[\s\"'”’»]*(?:[^\W\d_][\w’'.-]*\s+){1,3}?asked\s+(?:him|her|them|me|us|[A-Z][a-z]+)\b")
# An advice column's letters and replies open "DEAR ANN:" / "DEAR WORRIED IN LENHOLM:" (capitals, a colon).
_SALUTATIONS = re.compile(r"^DEAR [A-Z][A-Z .'’-]{1,40}:", re.MULTILINE)
_MODAL = re.compile(r"\b(?:will|would|could|may|might|can|shall|going to|threatens? to|if)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"\b(?:you|your|yours|our|ours|us|we)\b")


def find_techniques(ctx: ArticleContext) -> list[FramingFinding]:
    out: list[FramingFinding] = []
    by_sentence = ctx.sentence_tokens()
    interview = _interview_questions(ctx.text) + _question_headings(ctx.text)
    advice = len(_SALUTATIONS.findall(ctx.text)) >= 2
    for k, (start, end) in enumerate(ctx.sentences):
        words = by_sentence[k]
        if not words:
            continue
        if not advice:  # an advice column's imperatives counsel the one reader who wrote in
            out += _slogan_or_call(ctx, start, end, words)
        if not any(a <= start < b for a, b in interview) \
                and not (advice and _FIRST_PERSON.search(ctx.text, start, end)):  # a letter's own questions
            out += _question(ctx, start, end, words, k)
        out += _fear(ctx, start, end, words)
    out += _lexicon_cues(ctx)
    out += _superlatives(ctx)
    out += _scare_quotes(ctx)
    out += _mandatory_labels(ctx)
    return out


# ---------------------------------------------------------------- slogans and calls to action

def _slogan_or_call(ctx: ArticleContext, start: int, end: int, words: list[Token]) -> list[FramingFinding]:
    text = ctx.text[start:end].rstrip(" \"'”’»)")
    lowers = [w.lower for w in words]
    opener = None
    for entry in ctx.lexicon.phrase_at(lowers, 0):
        if entry.kind == "slogan":
            opener = entry
            break
    if opener is None:
        single = ctx.lexicon.entry("slogan", lowers[0])
        opener = single if single is not None and single.term == lowers[0] else None
    exclaims = text.endswith("!")
    n = len(words)
    letters = [c for c in ctx.text[start:end] if c.isalpha()]
    shouting = n >= 2 and letters and all(c.isupper() for c in letters) and n <= 8
    if opener is not None and n <= 12 and (exclaims or n <= 6):
        return [ctx.finding(start, end, "slogan", (opener.term,), opener.intensity,
                            f"opens with the slogan formula '{opener.term}'")]
    if exclaims and _tagged_shout(ctx.text, end):
        return []  # a shout or an order in a scene, tagged with who gave it: dialogue retold
    if exclaims and n <= 6 and not _ASIDE.search(ctx.text, start, end) and not _GREETING.match(ctx.text, start) \
            and not _exclaimed_run(ctx.text, start, end) and not _exclaiming_page(ctx):
        return [ctx.finding(start, end, "slogan", (), 0.5, "a short exclamation")]
    if shouting and not exclaims and n <= 8 and not words[0].headline and not _furniture(ctx.text, start, end):
        return [ctx.finding(start, end, "slogan", (), 0.4, "a short line in capitals")]
    if text.endswith("?"):
        return []
    first = words[0]
    if first.lower in IMPERATIVE_VERBS and first.text[:1].isupper() and len(words) > 1 \
            and not is_name(words[1]) and words[1].lower not in _NOT_ADDRESSED \
            and not (len(words) > 2 and words[2].lower in _COPULAS and words[1].lower not in STOPWORDS) \
            and not _EMAIL.search(ctx.text, start, end) and not _DEAL.match(ctx.text, start, end) \
            and not _signpost(ctx.text, first.end, end) and not _points_at_page(ctx.text, start, end, first.lower):
        return [ctx.finding(start, end, "call-to-action", (first.text,), 0.7 if exclaims else 0.5,
                            f"imperative '{first.text}' addressed to the reader")]
    m = _CALL_PHRASES.search(ctx.text, start, end)
    before = ctx.text[max(start, m.start() - 20):m.start()] if m else ""
    if m and not _LAST_THING.search(before) and not _EMBEDDED.search(before) \
            and not (m.group().lower().startswith("let") and _LETS_DISCUSS.match(ctx.text, m.end(), end)):
        return [ctx.finding(start, end, "call-to-action", (m.group(),), 0.6 if exclaims else 0.45,
                            f"'{m.group()}' calls the reader to act")]
    return []


# In a short exclamation, the writer's "I", an aside ("apparently", "actually", ", too") or a "my friend"
# make it talk to the reader ("I do, apparently!", "Patience, my friend!"), not a chant.
_ASIDE = re.compile(r"\b(?:I|I'm|I’m|apparently|actually|my friends?|[Tt]hanks|[Tt]hank you|[Ww]e hope)\b|"
                    r",\s*too\s*!")
# A greeting opens a newsletter or a show ("Good morning!"): it hails the reader, no chant.
_GREETING = re.compile(r"(?:[Gg]ood (?:morning|afternoon|evening|night)|[Hh]ello|[Hh]i)\b")
# A shout in a scene, tagged with who shouted it to whom ("“Open up!” an officer shouts", "“Don't mind me!”
# he told them"): dialogue retold. A chant keeps its verb ("“Lock her up!” the crowd chanted").
_DIALOGUE_TAG = re.compile(r"[\"'”’»]*[ \t]*(?:[^\W\d_][\w’'.-]*[ \t]+){1,3}?(?:shouts|shouted|yells|yelled|screams|"
                          r"screamed|ordered|orders|told|tells|said|says|cried|whispered|exclaimed|called out)\b")


def _tagged_shout(text: str, end: int) -> bool:
    """The quote this exclamation ends or opens ("“Open the door! We're coming in!” an officer shouts") is
    followed by a dialogue tag."""
    if text[end - 1:end] not in _QUOTE_MARKS:
        line_end = text.find("\n", end)
        rest = text[end:line_end if line_end >= 0 else len(text)][:200]
        close = min((k for k in (rest.find("”"), rest.find('"')) if k >= 0), default=-1)
        if close < 0 or "“" in rest[:close]:
            return False
        end += close + 1
    return _DIALOGUE_TAG.match(text, end) is not None


# "Write to Ann Roe at ann.roe@example.com", "Contact the desk at www.example.com or P.O. Box 12": a contact line
_EMAIL = re.compile(r"\S@[\w-]+\.\w|\bwww\.|https?://|\bP\.\s?O\.\s?Box\b")
# "Save $300 on …", "Save hundreds on …": a shop's deal, not a cause
_DEAL = re.compile(r"Save\s+(?:up\s+to\s+)?(?:[$£€]|\d|hundreds\b|thousands\b|big\b)")
# "Let's talk about it.", "Let's take a look at the keyboard": the writer leading on through the piece
_LETS_DISCUSS = re.compile(r"\s+(?:talk about|take a (?:closer )?look at|start with|begin with|dive in|recap|"
                           r"break (?:it|this|that) down|move on to|get started)\b", re.IGNORECASE)


def _exclaimed_run(text: str, start: int, end: int) -> bool:
    """The paragraph holds three or more exclamations: a customer review or a chatty aside ("Very talented
    people! Super fun! Funny moments!"), not a chant, which is one line, maybe repeated."""
    para_end = text.find("\n", end)
    para = text[text.rfind("\n", 0, start) + 1:para_end if para_end >= 0 else len(text)]
    exclaimed = re.findall(r"([^.!?\n]+)!", para)
    return len(exclaimed) >= 3 and len({e.strip(" \"'“”‘’").lower() for e in exclaimed}) >= 3


def _exclaiming_page(ctx: ArticleContext) -> bool:
    """At least six sentences and a quarter of them end in "!": a promoter's or a fan's chatty page ("The
    autumn sky! … Crowds came to the park!"), where one more short exclamation is its tone, not a chant."""
    ends = sum(ctx.text[a:b].rstrip(" \"'”’»)").endswith("!") for a, b in ctx.sentences)
    return ends >= 6 and 4 * ends >= len(ctx.sentences)


# A line in capitals that is page furniture, not a chant: a number in it (a score, a table cell "3 QH."),
# a dateline ("LENHOLM (AP) —"), a table row, or a section heading ("UP NEXT").
_SECTION_HEADS = frozenset({"up next", "read more", "related", "related stories", "related articles", "more",
                            "advertisement", "sponsored", "trending", "most read", "latest", "watch", "more news"})


def _furniture(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    if any(c.isdigit() for c in line) or line.endswith(("—", "–", "-")):
        return True
    row_end = text.find("\n", end)
    row = text[text.rfind("\n", 0, start) + 1:row_end if row_end >= 0 else len(text)]
    return "|" in row or line.lower().strip(" .:") in _SECTION_HEADS


_LAST_THING = re.compile(r"\bthe last thing\s*$", re.IGNORECASE)  # "the last thing we need to do is …": a refusal
# A wh-word before "we should" / "we have to" makes it a clause inside the sentence, not a call: "what we have
# to say", "not where we should be", "how we should respond".
_EMBEDDED = re.compile(r"\b(?:what|whatever|where|how|which)\s*$", re.IGNORECASE)
# After the opener, words that show it is no order to the reader: a verb ("Make is …"), or "me"
# ("Let me put it in a bottle": the speaker offering, where "let us" is the call); a verb as the third word makes
# the opener an adjective ("Free shipping is included").
_COPULAS = frozenset({"is", "are", "was", "were"})
_NOT_ADDRESSED = _COPULAS | {"has", "had", "me"}
_SIGNPOST = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?[^\W\d_]+:")


def _signpost(text: str, after: int, end: int) -> bool:
    """"Read this fact: …", "Watch: …": an opener ending in a colon within three words points the
    reader at what follows, a page's own signpost, not a call to act."""
    return _SIGNPOST.match(text, after, end) is not None


# Verbs of reading and looking: with the page's own "below", "read on", a closing colon or a closing "here" (a
# link) they point the reader at the page ("Take a look at what they said:", "Read our review here."), not at an act.
_POINTING = frozenset("read take look check see watch listen scroll click find".split())
_AT_PAGE = re.compile(r"\b(?:below|above|read on|(?:next|this|previous|last) (?:article|post|piece|series|story|"
                      r"part|list)|in this series)\b|:\s*$|\bhere[.!]?$", re.IGNORECASE)


def _points_at_page(text: str, start: int, end: int, verb: str) -> bool:
    return verb in _POINTING and _AT_PAGE.search(text[start:end].rstrip(" \"'”’»)")) is not None


# ---------------------------------------------------------------- rhetorical questions

def _question(ctx: ArticleContext, start: int, end: int, words: list[Token], k: int) -> list[FramingFinding]:
    text = ctx.text[start:end].rstrip(" \"'”’»)")
    if not text.endswith("?") or len(words) < 3:
        return []
    if _PUT_TO.match(ctx.text, end, min(len(ctx.text), end + 60)):
        return []  # '"…?" King asked Scott': an interviewer's question, put to someone who answers it
    if _dialogue(ctx, start, end, text):
        return []
    if _teaser(ctx, words, k):
        return []  # "One of his biggest regrets? Not paying off the mortgage.": answered at once
    if _ANSWERED.match(ctx.text, end):
        return []  # "… ? To answer this question, the team analysed …": the piece sets out to answer it
    if _INVITES.match(ctx.text, start) or _NAMED_QUESTION.search(ctx.text, start, end):
        return []  # "Shall we …?", "Wondering how …?": the writer leading the reader on; "… the question: …?"
    score, why = 0.45, ["a question the text does not answer"]
    cue = _QUESTION_CUES.search(ctx.text, start, end)
    if cue:
        score += 0.2
        why.append(f"'{cue.group()}'")
    loaded = [w for w in words if ctx.lexicon.loadedness(w.lower)[0] >= 0.5 and not is_name(w)]
    if loaded:
        score += 0.1
        why.append(f"charged wording ('{loaded[0].text}')")
    if words[0].headline or k == 0:
        score -= 0.1
        why.append("a question headline")
    return [ctx.finding(start, end, "rhetorical-question", tuple(w.text for w in loaded[:3]), score,
                        "; ".join(why))]


# A study's or a test's question, set out to be answered ("… ? To answer this question, the team …"). "The answer
# is simple: …" after a question is a speaker's retort, and PTC marks it as doubt: not here.
_ANSWERED = re.compile(r"[\s\"'”’»]*(?:To answer (?:this|that|the|these|those) questions?|To find out)\b")
_PARAGRAPH = re.compile(r"[^\n]+")
# A question opening on an invitation or the reader's curiosity ("Shall we take a look?", "Wondering why …?",
# "Ever wondered how …?"): the writer leads on to the answer.
_INVITES = re.compile(r"[\"'“‘]?(?:Shall (?:we|I)|(?:Ever )?[Ww]ondering|Ever wondered|"
                      r"Curious (?:about|how|why|what)|Want to know)\b")
# A question reported as one ("failed to answer the question that has dogged them: Who …?"): a topic, not a jab.
_NAMED_QUESTION = re.compile(r"\b(?:answer|answered|answering|asked|raised|posed|dogged|faced)\b[^:?]{0,60}"
                             r"\bquestions?\b[^:?]{0,60}:\s")
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_LABELLED = re.compile(r"\s*[A-Z][\w.'’ -]{0,30}:\s")
# "us" in lower case only: "the US dollar" is no first person.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|[Mm]y|[Ww]e|[Oo]ur|us)\b")


def _interview_questions(text: str) -> tuple[tuple[int, int], ...]:
    """The question paragraphs of a question-and-answer piece. The piece is one when at least three
    paragraphs end in a question and are answered in the first person by the next paragraph (no question in
    it), two of them put to "you" ("What type of hair did you go for?" / "I ended up going to …"). Then every
    paragraph that ends in a question and is followed by one that does not is the interviewer's, with all
    its questions ("… What is your view? Is this a crisis?"), whatever the answer's wording. A question in
    the writer's own first person ("could we have been this wrong?") or a transcript's labelled line
    ("Voss: Why …?", "Voss: “I was …”") is not counted."""
    paragraphs = [(m.start(), m.start() + len(m.group().rstrip())) for m in _PARAGRAPH.finditer(text)]
    asked, answered, addressed = [], 0, 0
    for (a, b), (c, d) in zip(paragraphs, paragraphs[1:]):
        if text[b - 1:b] != "?" or text[d - 1:d] == "?" or _LABELLED.match(text, a, b) \
                or _LABELLED.match(text, c, d):
            continue
        asked.append((a, b))
        if "?" not in text[c:d] and _FIRST_PERSON.search(text, c, d) and not _FIRST_PERSON.search(text, a, b):
            answered += 1
            addressed += bool(_YOU.search(text, a, b))
    return tuple(asked) if answered >= 3 and addressed >= 2 else ()


# a question as a guide asks it, opening on its question word ("What is the format?", "How does it work?"), not
# a statement with a question mark ("No evidence of fraud?") or a retort ("What rupture?")
_ASKS = re.compile(r"(?:when|where|what|who|whom|which|how|is|are|was|were|do|does|did|can|will|has|have)\s", re.I)


def _question_headings(text: str) -> tuple[tuple[int, int], ...]:
    """The headings of a guide written as questions ("When is the final?" / "The final is on Sunday …"): at
    least three paragraphs that are one short question each (3 to 12 words, opening on a question word,
    without the writer's first person or a doubt cue such as "really"), each followed by a paragraph that does
    not end in a question. The reader's questions, answered."""
    paragraphs = [(m.start(), m.start() + len(m.group().rstrip())) for m in _PARAGRAPH.finditer(text)]
    headings = tuple((a, b) for (a, b), (c, d) in zip(paragraphs, paragraphs[1:])
                     if text[b - 1:b] == "?" and text[d - 1:d] != "?" and 3 <= len(text[a:b].split()) <= 12
                     and _ASKS.match(text, a, b) and not re.search(r"[.!?]\s", text[a:b])
                     and not _FIRST_PERSON.search(text, a, b) and not _QUESTION_CUES.search(text, a, b))
    return headings if len(headings) >= 3 else tuple(h for h in headings if _HOW_HEADING.match(text, *h))


# One heading is enough when it asks how or what a named thing is or does ("How is the virus spread?", "What does
# the law change?"): an explainer's heading, answered by the paragraph under it. ("How does any of this stop
# it?" stays a jab.)
_HOW_HEADING = re.compile(r"(?:How|What) (?:is|are|was|were|does|do|did|can|will) (?:the|a|an) ")


_TEASER_OPENERS = frozenset("a an the one that this these those my his her their our its your".split())
_FINITE = frozenset("""is are was were be do does did can could will would shall should may might must has have had
isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't""".split())


def _teaser(ctx: ArticleContext, words: list[Token], k: int) -> bool:
    """A short noun phrase asked as a question with a sentence after it ("The exception? Buyers who …"):
    the writer's teaser, answered by the next sentence, not a question left to the reader."""
    return (words[0].lower in _TEASER_OPENERS and len(words) <= 12 and k + 1 < len(ctx.sentences)
            and not any(w.lower in _FINITE for w in words))


def _dialogue(ctx: ArticleContext, start: int, end: int, text: str) -> bool:
    """A question in single marks inside a speaker's quote ("… the bartender would call, ‘Hey, can you
    come get him?’"): dialogue the speaker retells, not a question the writer puts to the reader."""
    closing = ctx.text[start:end].rstrip(" \"”»)")
    opens_inside = max(text.rfind("‘"), text.rfind(" '")) > 0  # the single mark opens after the sentence starts
    return closing.endswith(("?’", "?'")) and opens_inside and ctx.voices.whose(start, end) != OUTLET


# ---------------------------------------------------------------- fear

# "pneumonic plague", "bubonic plague": the disease's medical name, in a report of cases, not a danger invoked.
_DISEASE_FORMS = frozenset("bubonic pneumonic septicemic septicaemic".split())


def _fear(ctx: ArticleContext, start: int, end: int, words: list[Token]) -> list[FramingFinding]:
    lowers = [w.lower for w in words]
    cues: list[tuple[Token, float, str]] = []
    i = 0
    while i < len(words):
        hit = next((e for e in ctx.lexicon.phrase_at(lowers, i) if e.kind == "fear"), None)
        if hit is not None:
            cues.append((words[i], hit.intensity, hit.term))
            i += len(hit.term.split())
            continue
        entry = ctx.lexicon.entry("fear", lowers[i])
        if entry is not None and not is_name(words[i]) and not (i and lowers[i - 1] in _DISEASE_FORMS):
            cues.append((words[i], entry.intensity, entry.term))
        i += 1
    if not cues:
        return []
    strength = sum(c[1] for c in cues)
    sentence = ctx.text[start:end]
    modal = _MODAL.search(sentence)
    address = _ADDRESS.search(sentence)
    score = 0.5 * min(strength, 1.5) + (0.2 if modal else 0.0) + (0.2 if address else 0.0)
    if strength < 0.6 or not (modal or address) or score < 0.55:
        return []
    terms = tuple(dict.fromkeys(c[2] for c in cues))
    why = [f"danger words ({', '.join(terms)})"]
    if modal:
        why.append(f"what '{modal.group()}' happen")
    if address:
        why.append(f"addressed to '{address.group()}'")
    return [ctx.finding(cues[0][0].start, end, "fear", terms, score, "; ".join(why))]


# ---------------------------------------------------------------- exaggeration, minimisation, doubt

_KIND_OF = {"hyperbole": "exaggeration", "absolute": "exaggeration", "minimiser": "minimisation", "doubt": "doubt"}


def _lexicon_cues(ctx: ArticleContext) -> list[FramingFinding]:
    lex, tokens, text = ctx.lexicon, ctx.tokens, ctx.text
    lowers = [t.lower for t in tokens]
    out: list[FramingFinding] = []
    charged = _charged_sentences(ctx)
    i = 0
    while i < len(tokens):
        entries = [e for e in lex.phrase_at(lowers, i) if e.kind in _KIND_OF]
        n = len(entries[0].term.split()) if entries else 1
        if not entries and not is_name(tokens[i]):
            entries = [e for e in (lex.entry(k, lowers[i]) for k in _KIND_OF) if e is not None
                       and not _own_word(lex, lowers[i], e.term)]
        entries = [e for e in entries if e.intensity >= MIN_SCORE]
        if not entries:
            i += 1
            continue
        e = max(entries, key=lambda x: (x.intensity, x.kind))
        first, last = tokens[i], tokens[min(len(tokens), i + n) - 1]
        kind = _KIND_OF[e.kind]
        if e.kind == "absolute" and (first.sentence not in charged or _negated(lowers, i)):
            i += n  # "never" or "everyone" in plain reporting is not exaggeration; "not always" hedges
            continue
        if e.term == "in history" and (_first_in_history(tokens, i) or _point_in_time(lowers, i)):
            i += n  # "the first president … in history": a record claimed; "at some point in history": a time
            continue
        if e.term in _SIZE_WORDS and _plain_bulk(lex, tokens, lowers, i + n):
            i += n  # "its massive size", "massive outages": a quantity stated, not overstated
            continue
        if e.kind == "minimiser" and (_negated(lowers, i) or lowers[max(0, i - 2):i] == ["at", "least"]):
            i += n  # "not merely that …": the speaker insists it matters more; "at least a handful": a count
            continue
        if e.kind == "minimiser" and _span_of_time(lowers, i + n):
            i += n  # "mere hours after the attack": how soon, not playing anything down
            continue
        if e.term.endswith(" of") and i + n < len(tokens) and lowers[i + n] in _DETERMINERS:
            i += n  # "an explosion of the port" is an explosion; "an explosion of violence" is not
            continue
        if e.kind == "doubt" and _plain_doubt(e.term, lowers, i, n):
            i += n  # "fake nude images" are forgeries; "not supposed to get it" is a rule, not doubt
            continue
        end = last.end
        if kind == "doubt":
            end = _doubted_object(text, last.end, tokens, i + n)
        reason = {"exaggeration": f"'{e.term}' overstates ({e.kind})",
                  "minimisation": f"'{e.term}' plays it down",
                  "doubt": f"'{e.term}' casts doubt on what follows"}[kind]
        out.append(ctx.finding(first.start, end, kind, (e.term,), e.intensity, reason))
        i += n
    return out


# Words of size before a measure state how big it is ("its massive size", "a tiny fraction of the sky"); an
# "epic" or "record-breaking" one still overstates.
_SIZE_WORDS = frozenset({"massive", "enormous", "huge", "vast", "immense", "gigantic", "tiny", "a tiny", "minuscule"})
_MEASURES = frozenset("""size sizes amount amounts number numbers quantity quantities volume volumes fraction fractions
proportion proportions scale increase increases decrease decreases""".split())
_NUMBER_WORDS = frozenset("a few couple two three four five six seven eight nine ten twelve twenty thirty forty "
                          "fifty sixty ninety hundred".split())
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years second minute hour day week month year"
                        .split())
_TIME_LINKS = frozenset("after before later earlier ago into from since".split())


def _plain_bulk(lex: Lexicon, tokens: list[Token], lowers: list[str], j: int) -> bool:
    """A size word before token j states bulk: j is a measure ("size", "fraction"), or a noun the lexicon
    does not find charged ("massive outages", "massive job losses"); "a massive betrayal" overstates."""
    if j >= len(tokens) or tokens[j].sentence != tokens[j - 1].sentence:
        return False
    if lowers[j] in _MEASURES:
        return True
    nxt = lowers[j + 1] if j + 1 < len(tokens) and tokens[j + 1].sentence == tokens[j].sentence else ""
    return not is_name(tokens[j]) and word_score(lex, lowers[j])[0] == 0.0 and word_score(lex, nxt)[0] == 0.0


# Nouns a "would-be" names plainly: someone aiming at a role ("would-be presidents", "a would-be attacker").
_ASPIRANTS = frozenset("""president presidents candidate candidates nominee nominees buyer buyers attacker attackers
assassin assassins bomber bombers killer killers robber robbers thief thieves migrant migrants immigrant immigrants
successor successors challenger challengers rescuer rescuers suitor suitors owner owners parents""".split())


def _plain_doubt(term: str, lowers: list[str], i: int, n: int) -> bool:
    """The doubt cue at lowers[i:i + n] doubts nothing: a forgery ("fake nude images"), a rule ("not
    supposed to get it", "where it's not supposed to be"), a candidate ("would-be presidents")."""
    nxt = lowers[i + n] if i + n < len(lowers) else ""
    return made_fake(lowers, i) or _supposed_to(term, lowers, i + n) \
        or (term == "supposed" and _negated(lowers, i)) or (term == "would-be" and nxt in _ASPIRANTS)


def _supposed_to(term: str, lowers: list[str], j: int) -> bool:
    """"supposed to" + a verb: what someone is meant or allowed to do ("we're not supposed to get it");
    "supposed to have / be" keeps its doubt ("supposed to have met them")."""
    return term == "supposed" and lowers[j:j + 1] == ["to"] and lowers[j + 1:j + 2] not in (["have"], ["be"])


def _own_word(lex: Lexicon, word: str, term: str) -> bool:
    """The lexicon lists `word` as a loaded word of its own, so it is no inflection of the cue `term`
    ("shaming" is not "sham" + -ing)."""
    return word != term and word in lex.words.get("loaded", {})


def _first_in_history(tokens: list[Token], i: int) -> bool:
    """"first" or "only" among the ten words before token i, in its sentence."""
    sentence = tokens[i].sentence
    return any(t.lower in ("first", "only") and t.sentence == sentence for t in tokens[max(0, i - 10):i])


def _point_in_time(lowers: list[str], i: int) -> bool:
    """"at some point in history": when something happened, not how much it matters."""
    return lowers[max(0, i - 2):i] in (["some", "point"], ["one", "point"], ["some", "time"], ["any", "point"])


def _negated(lowers: list[str], i: int) -> bool:
    """"not" (or "n't", "never") right before token i, or before its article: "not a mere", "isn't merely"."""
    j = i - 1 if i > 0 and lowers[i - 1] in ("a", "an") else i
    return j > 0 and (lowers[j - 1] in ("not", "never") or lowers[j - 1].endswith("n't"))


def _span_of_time(lowers: list[str], j: int) -> bool:
    """lowers[j:] opens a stretch of time tied to an event ("hours after", "two days before"): a
    minimiser in front of it says how soon something came, not that it matters little."""
    while j < len(lowers) and (lowers[j] in _NUMBER_WORDS or lowers[j][:1].isdigit()):
        j += 1
    return (j + 1 < len(lowers) and lowers[j] in _TIME_UNITS and lowers[j + 1] in _TIME_LINKS)


def _charged_sentences(ctx: ArticleContext) -> set[int]:
    """Sentences holding loaded wording: there, absolute words read as exaggeration."""
    out = set()
    for t in ctx.tokens:
        if t.sentence not in out and not is_name(t) and ctx.lexicon.loadedness(t.lower)[0] >= 0.5:
            out.add(t.sentence)
    return out


def _doubted_object(text: str, end: int, tokens: list[Token], j: int) -> int:
    """Extend a doubt cue over what it doubts: a quoted phrase or up to three following words."""
    rest = text[end:end + 120]
    m = re.match(r"\s*([“\"«‘'])", rest)
    if m:
        close = {"“": "”", "\"": "\"", "«": "»", "‘": "’", "'": "'"}[m.group(1)]
        k = rest.find(close, m.end())
        if 0 < k <= 100:
            return end + k + 1
    stop = end
    for t in tokens[j:j + 3]:
        gap = text[stop:t.start]
        if len(gap) > 2 or gap.strip():
            break
        stop = t.end
    return stop


# Superlatives of a measure with "ever" or "on record" state a record, not a boast: "the oldest ever
# president", "the longest stretch on record", "the hottest year on record".
_RECORDS = re.compile(r"(?:the\s+)?(?:old|young|long|short|high|low|hott|cold|wett|dri|fast|slow|earli|lat|tall|"
                      r"deep|heavi|light)est\s+(?:[^\W\d_]+\s+){0,3}?(?:ever|on record)$", re.IGNORECASE)


def _superlatives(ctx: ArticleContext) -> list[FramingFinding]:
    out = []
    for m in _SUPERLATIVE.finditer(ctx.text):
        if _RECORDS.match(m.group()):
            continue
        out.append(ctx.finding(m.start(), m.end(), "exaggeration", (m.group(),), 0.6,
                               "a superlative stretched over all time"))
    return out


# ---------------------------------------------------------------- scare quotes and mandatory labels

def _scare_quotes(ctx: ArticleContext) -> list[FramingFinding]:
    out = []
    for q in ctx.voices.scare_quotes():
        phrase = ctx.text[q.start:q.end]
        words = re.findall(r"[^\W\d_]+", phrase)
        long_words = [w for w in words if len(w) >= 3]
        if not words or (long_words and all(w[0].isupper() for w in long_words)):
            continue  # a title or a name in quotes, not a word held at a distance
        if len(words) == 1 and len(words[0]) == 1:
            continue  # a letter or a sign ("a 'V' for victory"), not a word held at a distance
        if (len(words) == 1 and _INNER_CAPITAL.search(words[0])) or _condition_name(words):
            continue  # a handle or a brand ("“lenholmNews”"), a condition's name ("“farmer's lung”")
        before = ctx.text[max(0, q.start - 60):q.start].rstrip(_QUOTE_MARKS)
        if _MENTION_BEFORE.search(before):
            continue  # the word itself is the topic ("using the word 'X'"), a title ("articles like 'X'") or a
            # term defined ("is a type of 'X'", "swollen glands, or 'X'", "known as 'X'")
        if (len(words) == 1 and _named_option(ctx.text, q.start, q.end)) or _term_explained(ctx, q.start, words):
            continue  # the names of options ("a “business” or “creator” account") or a term's own name
        if _EXAMPLES_AFTER.match(ctx.text, q.end) or _NAMES_AFTER.match(ctx.text, q.end):
            continue  # a term given examples ("“intermediate goods”, such as motors") or a campaign's name
        if _quoted_heading(ctx.text, q.start, q.end):
            continue  # a heading made of someone's words ("4. “Not some irregular channel”"): a title
        if len(phrase.split()) > SCARE_MAX_WORDS:
            continue  # a quoted passage whose speaker was not found, not a word held at a distance
        if _SPOKEN.search(phrase) or phrase.strip().strip(_QUOTE_MARKS).rstrip()[-1:] in ",.!?;:":
            continue  # a fragment of speech ("would have to ask", "played by the rules,"): a partial quote
        k = _sentence_at(ctx, q.start)
        if k is not None and _SPEECH_NEAR.search(ctx.text, *ctx.sentences[k]):
            continue  # someone in the sentence said it: their words, quoted in part
        start, end = q.start, q.end
        if start > 0 and ctx.text[start - 1] in _QUOTE_MARKS:
            start -= 1  # the marks are the evidence of the distance
        if end < len(ctx.text) and ctx.text[end] in _QUOTE_MARKS:
            end += 1
        out.append(ctx.finding(start, end, "scare-quote", (phrase,), 0.5,
                               "a phrase in quotation marks with no speaker: held at a distance",
                               whose=OUTLET))
    return out


_SPOKEN = re.compile(r"\b(?:i|we|you|me|us|my|our|your|i'm|we're|you're|will|would|won't|can't|don't|"
                     r"should|could|must|shall|[a-z]+['’](?:ll|re|ve|d|m)|(?:this|that|it|there|here|what)"
                     r"(?:\s+(?:is|was)|['’]s))\b", re.IGNORECASE)  # "this is great": a reaction voiced
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# The head nouns of a condition's name: "humidifier lung", "tennis elbow", "hay fever", "Lenholm syndrome".
_CONDITION_HEADS = frozenset("""lung lungs elbow knee knees foot feet finger toe throat itch fever flu syndrome disease
disorder pox rash palsy""".split())


def _condition_name(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1].lower() in _CONDITION_HEADS

_MENTION_BEFORE = re.compile(
    r"(?:\b(?:the|a|that|this)\s+(?:words?|terms?|phrases?|expressions?|letters?|hashtags?|slurs?)|"
    r"\b(?:titled|entitled|headlined|search(?:ing)? for|look(?:ing)? for|type|enter|select|choose)|"
    r"\b(?:articles?|stories|headlines?|posts?|titles?)\s+(?:including|such as|like|called)|"
    r"\b(?:is|are|was|were)\s+(?:a|an|one)\s+(?:type|form|kind|class)\s+of|"
    r"\w,\s+or|\bknown as|\bnicknamed)\s*[,:]?\s*$",
    re.IGNORECASE)
_SPEECH_NEAR = re.compile(r"\b(?:said|says|say|told|tells|stated|added|wrote|writes|called|calls|described|"
                          r"describes|dubbed|termed|according to|quoted|put it|insisted|claimed|replied|"
                          r"branded|brands|labell?ed|warned|warns|warning|argued|argues|hailed|hails|hailing|"
                          r"cheered|cheers|praised|praises|touted|touts)\b",
                          re.IGNORECASE)


# "and" is left out: "dismissed as “lies” and “ridiculous”" quotes a speaker's own charged words.
_OR_NEXT = re.compile(r"[”\"’']?\s*(?:or|/)\s*[“\"‘']")
_OR_BEFORE = re.compile(r"[”\"’']\s*(?:or|/)\s*[“\"‘']?$")


# After a quoted phrase: examples of what it names ("imports of “intermediate goods” from Vantrell, such as
# pumps"), or the kind of event it names ("“save the harbour” marches", "a “clean streets” campaign").
_EXAMPLES_AFTER = re.compile(r"[”\"’']?[^.;:!?\n“\"]{0,25}?,\s+(?:such as|including|like|e\.g\.)\s")
_NAMES_AFTER = re.compile(r"[”\"’']?\s+(?:marches|march|campaigns?|rally|rallies|movement|protests?|initiative|"
                          r"programme|program|slogans?|banners?|signs?|chants?)\b")
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*])?\s*$")


def _quoted_heading(text: str, start: int, end: int) -> bool:
    """The quote is a line of its own, maybe after a list number: a section heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _LIST_NUMBER.match(text[line_start:start].rstrip(_QUOTE_MARKS)) is not None \
        and not text[end:line_end].strip(_QUOTE_MARKS + " .:")


def _named_option(text: str, start: int, end: int) -> bool:
    """A quoted word joined to another quoted word by "or" ("into a “business” or “creator” one"): the
    names of choices on offer, not words held at a distance. (Phrases are left: "I can “dial up” or
    “dial back” my hours" holds the idiom at a distance.)"""
    return _OR_NEXT.match(text, end) is not None or _OR_BEFORE.search(text[max(0, start - 8):start]) is not None


def _term_explained(ctx: ArticleContext, start: int, words: list[str]) -> bool:
    """One quoted word that opens a coined name in its sentence ("LenFIRE is when … on a “len” budget"):
    the writer explains where the name comes from."""
    if len(words) != 1:
        return False
    k = _sentence_at(ctx, start)
    if k is None:
        return False
    word = words[0].lower()
    return any(len(t) > len(word) and t.lower().startswith(word) and any(c.isupper() for c in t[1:])
               for t in re.findall(r"[^\W\d_]+", ctx.text[slice(*ctx.sentences[k])]))


def _sentence_at(ctx: ArticleContext, pos: int) -> int | None:
    import bisect

    k = bisect.bisect_right([a for a, _ in ctx.sentences], pos) - 1
    return k if k >= 0 else None


def _mandatory_labels(ctx: ArticleContext) -> list[FramingFinding]:
    hits = list(_MANDATORY.finditer(ctx.text))
    counts = Counter(_normal(m.group()) for m in hits)
    out = []
    for m in hits:
        n = counts[_normal(m.group())]
        before = re.search(r"([^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,3})\s*$", ctx.text[max(0, m.start() - 60):m.start()])
        named = before.group(1) if before else "the name before it"
        score = 0.8 if n > 1 else 0.6
        reason = (f"set phrase after '{named}'" + (f", repeated {n} times" if n > 1 else "")
                  + ": a label attached to the name, not a claim")
        out.append(ctx.finding(m.start(), m.end(), "mandatory-label", (m.group()[1:-1].strip(),), score,
                               reason, whose=OUTLET))
    return out


def _normal(text: str) -> str:
    return " ".join(text.lower().split())
