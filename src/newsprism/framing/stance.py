"""Each sentence as reported fact, attributed statement, or the outlet's own opinion / speculation.

Cues, all in the outlet's own words (text inside a quote belongs to its speaker):
- evaluative wording: loaded words, labels, doubt and exaggeration findings in the sentence;
- modal and speculative verbs and adverbs ("may", "could", "perhaps", "apparently", "seems");
- stance adverbs that present a view as settled ("clearly", "of course", "no doubt");
- first-person voice ("we", "our", "I");
- imperatives, slogans, exclamations and rhetorical questions.
A sentence is `opinion` with one strong cue or two weak ones; otherwise `attributed` when a quote
covers it or it carries an attribution verb ("said", "according to"); otherwise `report`.
"""
from __future__ import annotations

import re

from newsprism.framing.context import ArticleContext
from newsprism.framing.voices import OUTLET
from newsprism.records import FramingFinding, SentenceStance, Span

SPECULATIVE = frozenset(
    "may might could should must ought perhaps maybe probably possibly apparently seemingly presumably "
    "arguably likely unlikely seems seem seemed appears appear appeared supposedly conceivably".split()
)
SETTLED = re.compile(
    r"\b(?:clearly|obviously|of course|no doubt|undoubtedly|surely|certainly|evidently|needless to say|"
    r"it is clear|it's clear|without question|unquestionably|sadly|fortunately|unfortunately|"
    r"shamefully|thankfully|tragically|ironically|it should be noted|in fact|indeed)\b",
    re.IGNORECASE,
)
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "our", "ours", "us", "myself", "ourselves"})
ATTRIBUTION = re.compile(
    # "states" the verb ("the report states that"), not the noun ("across the states", "United States")
    r"\b(?:said|says|say|told|tells|stated|(?<!united )(?<!the )(?<!these )(?<!those )(?<!of )"
    r"states(?=\s+that\b|\s*[,:]|\s*$)|argued|argues|warned|warns|claimed|claims|"
    r"(?:added|adds)(?!\s+(?:more than |less than |about |nearly |almost |some |over |another |roughly )?[\d$£€])|"
    r"noted|notes|wrote|writes|asked|replied|explained|insisted|announced|announces|declared|declares|"
    r"reported|reports|tweeted|confirmed|confirms|denied|denies|stressed|emphasi[sz]ed|acknowledged|"
    r"admitted|according to|quoted|cited|believes|believe|thinks|think|maintains|maintained|"
    r"accused|accuses|alleged|alleges|suggested|suggests|called for|urged|urges|vowed|pledged|"
    r"commented|mentioned|has information|have information)\b",
    re.IGNORECASE,
)
# "That said, …" opens a turn in the writer's own argument, no one's speech; "added 2%" is a price moving.
_THAT_SAID = re.compile(r"\W*(?:that|this|having|all that|with that)\s+(?:being\s+)?said\s*,", re.IGNORECASE)
_IN_ADDRESS = (".", "/", "@")  # "gofund.me", "x.com/us": part of a web address, not a person speaking
STRONG_FINDINGS = {"slogan", "call-to-action", "rhetorical-question", "label", "scare-quote", "doubt",
                   "exaggeration", "minimisation", "fear"}
EVALUATIVE_STRONG = 0.5


def classify_sentences(ctx: ArticleContext, findings: list[FramingFinding]) -> list[SentenceStance]:
    by_sentence: dict[int, list[FramingFinding]] = {}
    starts = [a for a, _ in ctx.sentences]
    for f in findings:
        k = _sentence_of(starts, f.span.start)
        if k is not None:
            by_sentence.setdefault(k, []).append(f)
    words = ctx.sentence_tokens()
    out = []
    for k, (start, end) in enumerate(ctx.sentences):
        if not words[k]:
            continue
        kind, cues = _classify(ctx, start, end, words[k], by_sentence.get(k, []))
        out.append(SentenceStance(Span(ctx.article.id, start, end), kind, tuple(cues)))
    return out


def _sentence_of(starts: list[int], pos: int) -> int | None:
    import bisect

    k = bisect.bisect_right(starts, pos) - 1
    return k if k >= 0 else None


def _classify(ctx: ArticleContext, start: int, end: int, words, findings) -> tuple[str, list[str]]:
    own = [w for w in words if ctx.voices.whose(w.start, w.end) == OUTLET]
    strong: list[str] = []
    weak: list[str] = []
    for f in findings:
        if f.whose != OUTLET:
            continue
        term = f.terms[0] if f.terms else ctx.text[f.span.start:f.span.end]
        if f.kind in ("loaded", "repeated"):
            (strong if f.score >= EVALUATIVE_STRONG else weak).append(f"evaluative: {term}")
        elif f.kind in STRONG_FINDINGS:
            strong.append(f"{f.kind}: {term}"[:80])
    for w in own:
        if w.lower in SPECULATIVE:
            weak.append(f"speculative: {w.text}")
        elif w.lower in FIRST_PERSON and not (w.text == "US" or (w.lower == "us" and w.text.isupper())) \
                and ctx.text[w.start - 1:w.start] not in _IN_ADDRESS:
            strong.append(f"first person: {w.text}")
    own_text = " ".join(ctx.text[w.start:w.end] for w in own)
    settled = SETTLED.search(own_text)
    if settled:
        strong.append(f"stance adverb: {settled.group()}")
    tail = ctx.text[start:end].rstrip(" \"'”’»)")
    if own and tail.endswith("!") and ctx.voices.whose(end - 1, end) == OUTLET:
        strong.append("exclamation")
    cues = list(dict.fromkeys(strong + weak))
    if strong or len(set(weak)) >= 2:
        return "opinion", cues
    quoted = ctx.voices.voice_at(start, end)
    opener = _THAT_SAID.match(ctx.text, start, end)
    attribution = ATTRIBUTION.search(ctx.text, opener.end() if opener else start, end)
    if quoted is not None:
        return "attributed", [f"quote of {quoted.speaker}"] + cues
    if attribution:
        return "attributed", [f"attribution: {attribution.group()}"] + cues
    if ctx.extraction:
        for q in ctx.extraction.quotes:
            if q.kind != "scare" and q.cue_span is not None and start <= q.cue_span.start < end:
                return "attributed", [f"quote of {q.speaker or 'unnamed source'}"] + cues
    return "report", cues
