"""Each sentence as reported fact, attributed statement, or the outlet's own opinion / speculation.

Cues, all in the outlet's own words (text inside a quote belongs to its speaker):
- evaluative wording: loaded words, labels, doubt and exaggeration findings in the sentence;
- modal and speculative verbs and adverbs ("may", "could", "perhaps", "apparently", "seems");
- stance adverbs that present a view as settled ("clearly", "of course", "no doubt");
- first-person voice ("we", "our", "I");
- imperatives, slogans, exclamations and rhetorical questions.
A sentence is `opinion` with one strong cue or two weak ones (one weak cue in a column: a page whose own
sentences are largely opinion); otherwise `attributed` when a quote covers it or it carries an attribution
verb ("said", "according to"); otherwise `report`.
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
    # "states" the verb ("the report states that"), not the noun ("across the states", "United States");
    # "adds" speaking ("added the dam is safe"), not "adds a dimension" / "added to the list" / "added Nov. 18"
    r"\b(?:said|says|say|told|tells|stated|(?<!united )(?<!the )(?<!these )(?<!those )(?<!of )"
    r"states(?=\s+that\b|\s*[,:]|\s*$)|argued|argues|warned|warns|claimed|claims|"
    r"(?:added|adds)(?!\s+(?:more than |less than |about |nearly |almost |some |over |another |roughly )?[\d$£€])"
    r"(?!\s+(?:a|an|to)\s)(?!\s+(?:on\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|"
    r"noted|notes|wrote|writes|asked|replied|explained|insisted|announced|announces|declared|declares|"
    r"reported|reports|tweeted|confirmed|confirms|denied|denies|stressed|emphasi[sz]ed|acknowledged|"
    r"admitted|according to|quoted|cited|believes|believe|thinks|think|maintains|maintained|"
    r"accused|accuses|alleged|alleges|suggested|suggests|called for|urged|urges|vowed|pledged|"
    r"commented|mentioned|has information|have information|reportedly)\b",
    re.IGNORECASE,
)
# "That said, …" opens a turn in the writer's own argument, no one's speech; "added 2%" is a price moving.
_THAT_SAID = re.compile(r"\W*(?:that|this|having|all that|with that)\s+(?:being\s+)?said\s*,", re.IGNORECASE)
_IN_ADDRESS = (".", "/", "@")  # "gofund.me", "x.com/us": part of a web address, not a person speaking
# "his alleged role", "misleading claims", "doctor's reports", "Lenholm Case Reports": a noun or adjective,
# no one speaking
_NOUN_LIKE = frozenset({"alleged", "claims", "reports", "notes"})
_DETERMINERS = frozenset("a an the his her its their our my your this these those such any false misleading new "
                         "latest".split())
# "it was not announced": a passive with no one announcing
_NEGATED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be)\s+not\s+$|\b(?:wasn't|weren't|isn't|aren't)\s+$",
                              re.IGNORECASE)
# A stance quote ("decided to …", "found a cell", "plans to …") carries a view only when it opens a clause
# ("found that …", "wondered whether …") or follows a verb of thinking ("thought he was …"): otherwise the
# extraction took an action for an attitude and the sentence reports that action.
_CLAUSE_OPENER = re.compile(r"\W*(?:that|whether|if|how|what|why|who|whom|when|where|which)\b", re.IGNORECASE)
_THINKING = frozenset("think thinks thought believe believes believed feel feels felt hope hopes hoped fear fears "
                      "feared expect expects expected suspect suspects suspected assume assumes assumed know knows "
                      "knew doubt doubts doubted view".split())
# …or is a verb of judging, refusing or wanting that needs no clause ("touted the plan", "ruled out a link",
# "declined to comment", "wants a raise"): the sentence still reports someone's position
_JUDGING = frozenset("touted touting touts hailed hails praised praises condemned condemns criticised criticized "
                     "criticises criticizes defended defending defends declined declines rejected rejects dismissed "
                     "dismisses denied denies attribute attributes attributed blamed blames blaming want wants "
                     "wanted like likes liked love loves loved hate hates hated prefer prefers preferred".split()) | {
                         "ruled out", "rules out", "ruling out"}
# "Good morning!", "Happy holidays!": a greeting, not the outlet raising its voice
_GREETING = re.compile(r"\W*(?:good (?:morning|afternoon|evening|night)|hello|hi|hey|welcome|happy \w+|merry \w+|"
                       r"thank you|thanks|congratulations)\b[^.?!]{0,20}!", re.IGNORECASE)
# "Follow us on Twitter", "Contact us": the outlet's address line, not its view
_CONTACT = re.compile(r"\b(?:follow|contact|email|e-mail|join|message|call|tell|write to|subscribe to)\s+$",
                      re.IGNORECASE)
# "appear within the list", "appeared after the infection": showing up somewhere, no doubt expressed
_PLACE_AFTER = re.compile(r"\s+(?:in|on|under|within|at|after|before|during|from|with|alongside|onstage|inside|"
                          r"outside|across|near|next)\b", re.IGNORECASE)
# A column: a page with at least this many own opinion sentences, and this share of the sentences in its own voice
COLUMN_MIN = 4
COLUMN_SHARE = 0.3
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
    hollow = _hollow_quotes(ctx)
    rows = []
    for k, (start, end) in enumerate(ctx.sentences):
        if not words[k]:
            continue
        kind, cues, weak = _classify(ctx, start, end, words[k], by_sentence.get(k, []), hollow)
        rows.append((start, end, kind, cues, weak))
    column = _is_column([kind for _, _, kind, _, _ in rows])
    out = []
    for start, end, kind, cues, weak in rows:
        if column and kind == "report" and weak == 1:
            kind, cues = "opinion", cues + ["column: one weak cue on an opinion page"]
        out.append(SentenceStance(Span(ctx.article.id, start, end), kind, tuple(cues)))
    return out


def _is_column(kinds: list[str]) -> bool:
    """A good share of the page's own sentences is opinion: a column, where one weak cue is the writer's view too."""
    opinions = kinds.count("opinion")
    own = opinions + kinds.count("report")
    return opinions >= COLUMN_MIN and opinions >= COLUMN_SHARE * own


def _hollow_quotes(ctx: ArticleContext) -> frozenset[tuple[int, int]]:
    """Spans of stance quotes that hold no view: an action object ("plans to …", "found a cell"), no clause."""
    if not ctx.extraction:
        return frozenset()
    return frozenset((q.span.start, q.span.end) for q in ctx.extraction.quotes
                     if q.act == "stance" and q.kind == "indirect" and not _holds_view(ctx.text, q))


def _holds_view(text: str, q) -> bool:
    cue = (q.cue or "").lower()
    verb = (cue.split()[-1:] or [""])[0]
    if verb in _THINKING or verb in _JUDGING or cue in _JUDGING:
        return True
    # "The dam, he found, is safe": the cue comes after what it attributes
    after = q.cue_span is not None and q.span.start < q.cue_span.start
    return after or bool(_CLAUSE_OPENER.match(text, q.span.start, q.span.end))


def _sentence_of(starts: list[int], pos: int) -> int | None:
    import bisect

    k = bisect.bisect_right(starts, pos) - 1
    return k if k >= 0 else None


def _in_hollow(hollow: frozenset[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in hollow)


def _own(ctx: ArticleContext, start: int, end: int, hollow) -> bool:
    """The outlet's own words: outside any quote, or inside a stance quote that holds no view."""
    voice = ctx.voices.voice_at(start, end)
    return voice is None or voice.speaker == OUTLET or (voice.start, voice.end) in hollow


def _classify(ctx: ArticleContext, start: int, end: int, words, findings, hollow) -> tuple[str, list[str], int]:
    own = [w for w in words if _own(ctx, w.start, w.end, hollow)]
    strong: list[str] = []
    weak: list[str] = []
    for f in findings:
        if f.whose != OUTLET and not (hollow and _in_hollow(hollow, f.span.start, f.span.end)):
            continue
        term = f.terms[0] if f.terms else ctx.text[f.span.start:f.span.end]
        if f.kind in ("loaded", "repeated"):
            (strong if f.score >= EVALUATIVE_STRONG else weak).append(f"evaluative: {term}")
        elif f.kind in STRONG_FINDINGS:
            strong.append(f"{f.kind}: {term}"[:80])
    for w in own:
        if w.lower in SPECULATIVE and _speculative(ctx, w, start):
            weak.append(f"speculative: {w.text}")
        elif w.lower in FIRST_PERSON and ctx.voices.whose(w.start, w.end) == OUTLET and _first_person(ctx, w):
            strong.append(f"first person: {w.text}")
    own_text = " ".join(ctx.text[w.start:w.end] for w in own)
    settled = SETTLED.search(own_text)
    if settled:
        strong.append(f"stance adverb: {settled.group()}")
    tail = ctx.text[start:end].rstrip(" \"'”’»)")
    if own and tail.endswith("!") and _own(ctx, end - 1, end, hollow) and not _GREETING.match(ctx.text, start, end):
        strong.append("exclamation")
    cues = list(dict.fromkeys(strong + weak))
    if strong or len(set(weak)) >= 2:
        return "opinion", cues, len(set(weak))
    quoted = ctx.voices.voice_at(start, end)
    if quoted is not None and (quoted.start, quoted.end) in hollow:
        quoted = None
    attribution = _attribution(ctx, start, end)
    if quoted is not None:
        return "attributed", [f"quote of {quoted.speaker}"] + cues, len(set(weak))
    if attribution:
        return "attributed", [f"attribution: {attribution}"] + cues, len(set(weak))
    if ctx.extraction:
        for q in ctx.extraction.quotes:
            if q.kind != "scare" and q.cue_span is not None and start <= q.cue_span.start < end \
                    and (q.span.start, q.span.end) not in hollow:
                return "attributed", [f"quote of {q.speaker or 'unnamed source'}"] + cues, len(set(weak))
    return "report", cues, len(set(weak))


def _speculative(ctx: ArticleContext, w, start: int) -> bool:
    """"may", "appears" as doubt; not "Prime Minister May" or "in May", nor "appear in the list" (showing up)."""
    if w.text[:1].isupper() and w.start > start and w.lower == "may":
        return False
    return not (w.lower.startswith("appear") and _PLACE_AFTER.match(ctx.text, w.end))


def _first_person(ctx: ArticleContext, w) -> bool:
    """"we", "our", "I" in the outlet's voice; not "US" the country, a web address, or "Follow us on …"."""
    if w.text == "US" or (w.lower == "us" and w.text.isupper()):
        return False
    if ctx.text[w.start - 1:w.start] in _IN_ADDRESS:
        return False
    return not (w.lower == "us" and _CONTACT.search(ctx.text, max(0, w.start - 20), w.start))


def _attribution(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The first attribution verb of the sentence in the outlet's words, if any."""
    opener = _THAT_SAID.match(ctx.text, start, end)
    for m in ATTRIBUTION.finditer(ctx.text, opener.end() if opener else start, end):
        if not _not_speech(ctx.text, start, end, m):
            return m.group()
    return None


def _not_speech(text: str, start: int, end: int, m: re.Match) -> bool:
    word = m.group().lower()
    before = text[max(start, m.start() - 30):m.start()]
    prev = before.split()[-1:] or [""]
    if word in _NOUN_LIKE and (prev[0].lower() in _DETERMINERS or prev[0].endswith(("'s", "’s"))
                               or (m.group()[0].isupper() and prev[0][:1].isupper())):
        return True
    return bool(_NEGATED_PASSIVE.search(before))
