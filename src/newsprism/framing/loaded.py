"""Loaded and emotive wording: words and phrases chosen for their charge, scored for intensity.

Candidates are the words the lexicon finds charged (lexicon.py: curated intensity, or VADER valence
weighted by rarity, times a small factor for the word class guessed from its ending) and the words
the PTC fit-split table has seen marked as loaded language. A small logistic model
(loaded_model.py, fitted on the PTC fit split only) decides which of them are loaded *here*, from
the word's charge, rarity and class, its neighbours, its sentence, whether it is quoted and whether
the same term came earlier in the article. Curated phrases at or above THRESHOLD are always
findings. An intensifier in front ("utterly", "so") joins the span and raises the score; the next
plain content word joins the passage ("cowardly killing", "sinister plans"), and the passage goes on
over an "of" complement, a coordinated word or the noun an "of" complement hangs on ("orgy of
violence", "harmful and divisive", "tissue of lies"). The score is the lexicon intensity (the
model's probability for a word only the table knows). The first use of a term is `loaded`; later
uses of the same term are `repeated`.
Labels for people and groups are left to labels.py.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsprism.framing.context import STOPWORDS, ArticleContext, is_name
from newsprism.framing.lexicon import Lexicon, inflection_bases
from newsprism.framing.loaded_model import LoadedModel, WordTable, load_model, token_features, word_features
from newsprism.framing.tokens import Token
from newsprism.records import FramingFinding

# Fitted on the PTC fit split only (article ids whose sha1 % 3 == 0; benchmarks/framing_ptc.py);
# figures are reported on the other two thirds. THRESHOLD is the intensity a curated phrase (and a
# word inside a label, labels.py) needs; single words are judged by the model in loaded_model.py.
THRESHOLD = 0.40
INTENSIFIER_BONUS = 0.3  # share of an intensifier's intensity added to the word it strengthens

_ADJ_SUFFIXES = ("ous", "ful", "ive", "ic", "able", "ible", "less", "ish", "ant", "ent", "al", "ary", "esque")
_ADVERB_EXCEPTIONS = frozenset("only early daily family holy likely ally rally reply supply apply rely "
                               "fly belly bully jelly italy july".split())


def word_class(word: str) -> str:
    """A guess from the ending, enough to weigh and to extend spans: ADJ, ADV, VERB or NOUN."""
    if word.endswith("ly") and len(word) > 4 and word not in _ADVERB_EXCEPTIONS:
        return "ADV"
    if word.endswith(_ADJ_SUFFIXES):
        return "ADJ"
    if word.endswith(("ed", "ing")):
        return "VERB"
    return "NOUN"


CLASS_WEIGHT = {"ADJ": 1.0, "ADV": 0.85, "VERB": 0.75, "NOUN": 0.75}


def word_score(lexicon: Lexicon, word: str) -> tuple[float, str]:
    """Loadedness of one lowercase word (hyphenated compounds: their most loaded part)."""
    key = ("word_score", "", word)
    hit = lexicon.memo.get(key)
    if hit is None:
        hit = lexicon.memo[key] = _word_score(lexicon, word)
    return hit


_OPPOSING = frozenset({"anti", "counter"})


def _word_score(lexicon: Lexicon, word: str) -> tuple[float, str]:
    if word in STOPWORDS or word[:1].isdigit() or lexicon.entry("label", word) is not None:
        return 0.0, ""
    if lexicon.is_neutral(word) and lexicon.entry("loaded", word) is None:
        return 0.0, ""  # a compound news uses plainly ("anti-bullying"): its parts do not count
    parts = [p for p in word.split("-") if p] if "-" in word else []
    # what an "anti-" or "counter-" compound opposes is not the writer's charge ("anti-bullying week")
    candidates = [word] + [p for k, p in enumerate(parts) if k == 0 or parts[k - 1] not in _OPPOSING]
    best, why = 0.0, ""
    for form in candidates:
        if form in STOPWORDS or lexicon.entry("label", form) is not None:
            continue
        score, reason = lexicon.loadedness(form)
        score *= CLASS_WEIGHT[word_class(form)]
        if score > best:
            best, why = score, reason if form == word else f"'{form}' in '{word}': {reason}"
    return best, why


def term_key(lexicon: Lexicon, word: str) -> str:
    """One key per term for spotting repeats: the base form the lexicon knows, else the word."""
    key = ("term_key", "", word)
    hit = lexicon.memo.get(key)
    if hit is None:
        hit = lexicon.memo[key] = _term_key(lexicon, word)
    return hit


def _term_key(lexicon: Lexicon, word: str) -> str:
    for form in inflection_bases(word):
        if lexicon.entry("loaded", form) is not None or form in lexicon.vader:
            return form
    return word


def candidates(ctx: ArticleContext, table: WordTable | None = None) -> dict[int, tuple[float, str, list[float]]]:
    """Token index -> (lexicon score, reason, model features) for every word the lexicon finds
    charged or the fit-split word table has seen chosen for effect (names and place verbs left out)."""
    lex, tokens, text = ctx.lexicon, ctx.tokens, ctx.text
    table = table or load_model().table
    scored: dict[int, tuple[float, str]] = {}
    plain = _in_neutral_phrase(lex, [t.lower for t in tokens])
    for i, tok in enumerate(tokens):
        if is_name(tok) or tok.lower in STOPWORDS or tok.lower in _FUNCTION_WORDS or i in plain:
            continue
        score, reason = word_score(lex, tok.lower)
        if (score > 0.0 or table.lift(tok.lower) > 0.0) and not _verb_of_place(tokens, i) \
                and not _plain_use_at(text, tokens, i) and not _plain_degree(lex, text, tokens, i):
            if score <= 0.0:
                marked, seen = table.counts[tok.lower]
                reason = f"marked as loaded language in {marked} of {seen} PTC fit-split articles using it"
            scored[i] = (score, reason)
    charge: dict[int, int] = {}
    for i in scored:
        charge[tokens[i].sentence] = charge.get(tokens[i].sentence, 0) + 1
    out = {}
    terms_seen: set[str] = set()
    for i, (score, reason) in sorted(scored.items()):
        tok = tokens[i]
        key = term_key(lex, tok.lower)
        repeat = key in terms_seen
        terms_seen.add(key)
        a, b = ctx.sentences[tok.sentence] if tok.sentence < len(ctx.sentences) else (tok.start, tok.end)
        neighbour = max((scored[j][0] for j in (i - 1, i + 1) if j in scored
                         and tokens[j].sentence == tok.sentence), default=0.0)
        intensified = (i > 0 and tokens[i - 1].sentence == tok.sentence
                       and lex.entry("intensifier", tokens[i - 1].lower) is not None)
        x = token_features(word_features(lex, tok.lower, score, word_class(tok.lower)),
                           intensified=intensified, neighbour=neighbour,
                           quoted=ctx.voices.voice_at(tok.start, tok.end) is not None, headline=tok.headline,
                           exclaim="!" in text[a:b], sentence_charge=charge[tok.sentence] - 1,
                           length=len(tok.text), lift=table.lift(tok.lower), known=tok.lower in table.counts,
                           repeat=repeat)
        out[i] = (score, reason, x)
    return out


# Adverbs of degree say how much: "extremely faint", "dramatically different", "drastically scaled back". On a
# plain word they are the writer's measure, not a charge; on a charged one the charged word is the finding
# ("extremely dangerous" is found for "dangerous", the adverb joining its span).
_DEGREE = frozenset("""dramatically drastically enormously hugely vastly remarkably exceptionally
disproportionately""".split())


def _plain_degree(lex: Lexicon, text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is an adverb of degree right before a word the lexicon does not find charged."""
    if tokens[i].lower not in _DEGREE or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.sentence == tokens[i].sentence and _adjacent(text, tokens[i], nxt) \
        and word_score(lex, nxt.lower)[0] == 0.0


# Function words with no charge of their own, though the fit-split table has seen them inside loaded
# passages ("catching him lying", "no less shocking"): the charged word beside them is the finding.
_FUNCTION_WORDS = frozenset("him himself herself themselves itself less least".split())


def _in_neutral_phrase(lex: Lexicon, lowers: Sequence[str]) -> set[int]:
    """Token indices inside a curated `neutral` phrase: a compound news uses plainly, whatever its
    words weigh alone ("image manipulation" in photo forensics, a "terroristic threat" charge)."""
    out: set[int] = set()
    for i in range(len(lowers)):
        for entry in lex.phrase_at(lowers, i):
            if entry.kind == "neutral":
                out.update(range(i, i + len(entry.term.split())))
                break
    return out


def find_loaded(ctx: ArticleContext, threshold: float | None = None,
                table: WordTable | None = None, model: LoadedModel | None = None) -> list[FramingFinding]:
    """Loaded phrases (curated, intensity >= THRESHOLD) and words the model judges loaded here
    (probability >= `threshold`, by default the model's own; `table` replaces the model's word
    table and `model` the shipped model, for fitting)."""
    lex, tokens, text = ctx.lexicon, ctx.tokens, ctx.text
    model = model or load_model()
    threshold = model.threshold if threshold is None else threshold
    lowers = [t.lower for t in tokens]
    hits: list[tuple[int, int, float, tuple[str, ...], str, str, int]] = []  # start, end, score, terms, key,
    # reason, where its word starts
    taken: set[int] = set()

    # Phrases first ("witch hunt", "act of aggression"): they win over their single words.
    for i in range(len(tokens)):
        for entry in lex.phrase_at(lowers, i):
            if entry.kind != "loaded" or entry.intensity < THRESHOLD:
                continue
            n = len(entry.term.split())
            span = range(i, min(len(tokens), i + n))
            if any(j in taken for j in span) or tokens[span[-1]].sentence != tokens[i].sentence:
                continue
            taken.update(span)
            last = tokens[span[-1]]
            hits.append((tokens[i].start, last.end, entry.intensity, (text[tokens[i].start:last.end],),
                         entry.term, f"{entry.source}: loaded phrase {entry.intensity:.2f}", tokens[i].start))
            break

    for i, (score, reason, x) in sorted(candidates(ctx, table).items()):
        if i in taken:
            continue
        p = model.probability(x)
        if p < threshold:
            continue
        tok = tokens[i]
        reason += f"; judged loaded here ({p:.2f})"
        score = score if score > 0.0 else p  # a word only the fit-split table knows: its probability
        start, end = tok.start, tok.end
        terms = [tok.text]
        # intensifiers right before it ("utterly absurd", "so very wrong") join the span and the score
        j = i
        while j > 0 and _adjacent(text, tokens[j - 1], tokens[j]) and tokens[j - 1].sentence == tok.sentence:
            boost = lex.entry("intensifier", tokens[j - 1].lower)
            if boost is None or (j - 1) in taken:
                break
            score += INTENSIFIER_BONUS * boost.intensity
            reason += f"; strengthened by '{tokens[j - 1].text}'"
            j -= 1
            start = tokens[j].start
        # a loaded noun takes in the word that qualifies it ("complete nonsense", "widespread cover-up")
        if j == i and j > 0 and (j - 1) not in taken and word_class(tok.lower) == "NOUN" \
                and _qualifies(text, tokens[j - 1], tok):
            j -= 1
            start = tokens[j].start
        # an evaluative adjective or adverb joins the word it qualifies ("sinister plans")
        k = i + 1
        if k < len(tokens) and k not in taken and _adjacent(text, tok, tokens[k]) \
                and tokens[k].sentence == tok.sentence and _joins(lex, tok, tokens[k]):
            end = tokens[k].end
            taken.add(k)
        else:
            k = i
        # the passage goes on over a coordination or an "of" complement ("harmful and divisive",
        # "orgy of violence")
        j, k = _phrase_around(text, tokens, j, k, taken)
        start, end = tokens[j].start, tokens[k].end
        taken.update(range(j, i + 1))
        hits.append((start, end, min(1.0, score), tuple(terms), term_key(lex, tok.lower), reason, tok.start))

    out: list[FramingFinding] = []
    seen: set[str] = set()
    for start, end, score, terms, key, reason, word_start in sorted(hits):
        kind = "repeated" if key in seen else "loaded"
        seen.add(key)
        if out and out[-1].span.start <= word_start < out[-1].span.end:
            # its word is inside the passage before ("nonsense and lies" + "lies put out"): one passage
            out[-1] = replace(out[-1], span=replace(out[-1].span, end=max(end, out[-1].span.end)))
            continue
        why = reason if kind == "loaded" else f"'{key}' used again; {reason}"
        out.append(ctx.finding(start, end, kind, terms, score, why))
    return out


_COORDINATORS = frozenset({"and", "or"})


def _phrase_around(text: str, tokens: Sequence[Token], j: int, k: int, taken: set[int]) -> tuple[int, int]:
    """Widen the passage tokens[j..k] by cheap phrase rules: an "of" complement after it, then a
    coordinated word on either side ("harmful and divisive", "orgy of violence"), then the noun an
    "of" complement before it hangs on ("foundation of lies"). On the PTC fit
    split each rule raised the out-of-fold Loaded_Language F1 (0.374 -> 0.381 together); a leading
    article ("a", "the") or any plain neighbour lowered it."""
    def link(a: int, b: int, c: int) -> bool:  # tokens a, b, c in a row, b the linking word, c content
        return (0 <= min(a, c) and max(a, c) < len(tokens) and tokens[a].sentence == tokens[c].sentence
                and _adjacent(text, tokens[min(a, b)], tokens[max(a, b)])
                and _adjacent(text, tokens[min(b, c)], tokens[max(b, c)]) and _content(tokens[c]))
    if link(k, k + 1, k + 2) and tokens[k + 1].lower == "of":
        k += 2
    if link(k, k + 1, k + 2) and tokens[k + 1].lower in _COORDINATORS:
        k += 2
    # leftwards only over words no earlier finding holds (that finding already spans them)
    if link(j, j - 1, j - 2) and tokens[j - 1].lower in _COORDINATORS and (j - 2) not in taken:
        j -= 2
    # the head an "of" complement hangs on ("foundation of lies"): 0.384 -> 0.386 on the fit split
    if link(j, j - 1, j - 2) and tokens[j - 1].lower == "of" and (j - 2) not in taken:
        j -= 2
    return j, k


def _content(tok: Token) -> bool:
    return tok.lower not in STOPWORDS and tok.text[:1].isalpha() and tok.text.islower()


def _adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return len(gap) <= 2 and gap.strip() == ""


_PLACE_VERBS = frozenset({"lie", "lies", "lay", "lying"})
_PLACE_AFTER = frozenset("in on at near along beneath below above under between within downstream upstream "
                         "north south east west just about some behind across beyond ahead idle dormant empty "
                         "low flat open still".split())


def _verb_of_place(tokens: list[Token], i: int) -> bool:
    """"the farmland lies downstream": where something is, not a falsehood."""
    return (tokens[i].lower in _PLACE_VERBS and i + 1 < len(tokens) and tokens[i + 1].lower in _PLACE_AFTER
            and tokens[i + 1].sentence == tokens[i].sentence)


# Charged adjectives whose noun is a plain word: "an offensive remark" but "the offensive against the
# rebels" (a military operation); "juvenile antics" but "a male juvenile, 16, was arrested" (a minor).
_NEUTRAL_NOUNS = frozenset({"offensive", "offensives", "juvenile", "juveniles"})
_BEFORE_A_NOUN = frozenset("""the a an its their his her our this that new major final military ground air naval
counter spring summer autumn winter year-long months-long weeks-long male female""".split())
_AFTER_A_NOUN = frozenset("""against into on in across toward towards by from to through near around since after
before for of that which was is has had will would could began begun continued continues stalled ended""".split())


def neutral_noun(words: Sequence[str], i: int) -> bool:
    """Word i of `words` is one of the charged adjectives used as its plain noun: after an article, a
    possessive, a name or a word naming the operation, and before no noun of its own."""
    w = words[i].lower()
    if w not in _NEUTRAL_NOUNS:
        return False
    if i == 0:
        return len(words) == 1  # a descriptor that is the noun a name qualifies ("Vantrell offensive")
    prev, nxt = words[i - 1], words[i + 1] if i + 1 < len(words) else None
    before = prev.lower() in _BEFORE_A_NOUN or prev[:1].isupper()
    return before and (nxt is None or nxt.lower() in STOPWORDS or nxt.lower() in _AFTER_A_NOUN
                       or not nxt[:1].isalpha())


# Nouns that make the word before them part of a body's or a procedure's name.
_SERVICE_HEADS = frozenset("""agency agencies management relief response responders team teams official officials
chief chiefs unit units squad squads service services centre center centres centers zone zones fund funds
coordinator coordinators committee office department authority authorities crew crews warning warnings alert
alerts drill drills insurance recovery preparedness mitigation victims survivors""".split())


def plain_use(words: Sequence[str], i: int) -> bool:
    """Word i of a phrase is used plainly: a charged adjective's plain noun, or what a body or an alert
    deals with ("disaster chief")."""
    return neutral_noun(words, i) or (i + 1 < len(words) and words[i + 1].lower() in _SERVICE_HEADS
                                      and words[i].islower())


def _plain_use_at(text: str, tokens: list[Token], i: int) -> bool:
    """`plain_use` for token i with its neighbours in the sentence ("the ground offensive against …", "the
    disaster management agency", "a tsunami warning"; a comma after it ends the phrase), a charge's name
    ("arrested for aggravated assault"), a building pulled down or a war going on ("the flats were
    demolished", "as the war rages")."""
    if _charge_name(tokens, i) or _literal_event(tokens, i) or _condemned(text, tokens, i) \
            or _game_or_illness(tokens, i) or made_fake([t.lower for t in tokens[i:i + 3]], 0) \
            or _pest_control(tokens, i) or biology(tokens, i) or _case_name(tokens, i) or _no_panic(tokens, i):
        return True
    tok = tokens[i]
    prev = [tokens[i - 1].text] if i > 0 and tokens[i - 1].sentence == tok.sentence else []
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = [nxt.text] if nxt is not None and nxt.sentence == tok.sentence and _adjacent(text, tok, nxt) else []
    return plain_use(prev + [tok.text] + after, len(prev))


# "convicted of", "charged with", "arrested for": the words after them name the offence the courts or
# the police recorded ("convicted of sexual assaults", "arrested for aggravated assault").
_CHARGE_VERBS = frozenset("convicted charged arrested jailed guilty sentenced indicted acquitted accused "
                          "prosecuted imprisoned".split())
_CHARGE_LINKS = frozenset({"of", "with", "for"})


_ATTEMPTS = frozenset("trying attempting conspiring seeking".split())
# A day between the verb and its link ("accused Monday of …"); an object there ("accused Voss of “lies”") makes
# the words the accuser's, and PTC marks them.
_WHEN = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today earlier again".split())


def _charge_name(tokens: Sequence[Token], i: int) -> bool:
    """Token i is within two words after "<charge verb> of/with/for" in its sentence, maybe with a day
    between the verb and its link and an attempt before the act ("accused Monday of trying to mislead")."""
    sentence = tokens[i].sentence
    for j in range(max(0, i - 6), i - 1):
        if tokens[j].lower not in _CHARGE_VERBS or tokens[j].sentence != sentence:
            continue
        link = j + 2 if tokens[j + 1].lower in _WHEN and j + 2 < i else j + 1
        link = link if tokens[link].lower in _CHARGE_LINKS else None
        if link is None:
            continue
        gap = [t.lower for t in tokens[link + 1:i]]
        if len(gap) <= 1 or (gap[0] in _ATTEMPTS and gap[1] == "to" and len(gap) <= 3):
            return True
    return False


# Verbs that are what happened beside the thing they happen to: pulling down buildings ("the flats were
# demolished"; loaded of an argument or a rival, "demolished his case"), a war or a fire going on ("as the
# war between them rages"; loaded of a person, "he raged at reporters").
_DEMOLISH = frozenset("demolish demolished demolishes demolishing demolition".split())
_BUILDINGS = frozenset("""building buildings house houses home homes flat flats tower towers block blocks rise rises
high-rise high-rises estate estates bridge bridges factory factories plant plants stadium school schools hospital
church mosque temple structure structures wall walls property properties site sites hotel hotels warehouse
warehouses shed sheds garage garages cottage cottages apartment apartments dwellings""".split())
_RAGE = frozenset("rage rages raged raging".split())
_GOING_ON = frozenset("""war wars fighting battle battles conflict conflicts clashes fire fires wildfire wildfires
blaze blazes storm storms flames epidemic pandemic outbreak""".split())


def _literal_event(tokens: Sequence[Token], i: int) -> bool:
    """Token i is "demolish" with a building within twelve words, or "rage" with a war, a fight or a
    fire in the eight words before it, in its sentence."""
    w = tokens[i].lower
    if w in _DEMOLISH:
        nouns, near = _BUILDINGS, tokens[max(0, i - 12):i + 12]
    elif w in _RAGE:
        nouns, near = _GOING_ON, tokens[max(0, i - 8):i]
    else:
        return False
    return any(t.sentence == tokens[i].sentence and t.lower in nouns for t in near)


# A game's and an illness's own words: "a technical foul", "was fouled", "an offensive rebound" (the side
# with the ball), "once they become sick". Loaded of a remark: "a foul remark", "offensive remarks", "sick
# and hateful".
_FOUL = frozenset("foul fouls fouled".split())
_FOUL_BEFORE = frozenset("""technical flagrant personal shooting offensive defensive loose-ball team was were been
being got get gets getting drew draws drawn committed commits""".split())
_FOUL_AFTER = frozenset("line shot shots trouble out".split())
_CRY = frozenset("cry cries cried crying".split())
_SIDE_OF_PLAY = frozenset({"offensive", "defensive"})
_PLAY_NOUNS = frozenset("""rebound rebounds line lineman linemen player players coordinator coordinators tackle
tackles end ends snaps unit units scheme possession possessions production struggles play plays series drive
drives backs starters side""".split())
_ILL = frozenset({"sick", "ill"})
# "a deadly stabbing", "a deadly crash": someone died in it, the report's plain fact.
_DEATH_EVENTS = frozenset("""stabbing stabbings shooting shootings crash crashes collision collisions fire fires
blaze accident accidents outbreak outbreaks avalanche landslide attack attacks strike strikes airstrike airstrikes
explosion explosions blast blasts bombing bombings raid raids""".split())
# "the deadly bubonic plague", "a deadly flu strain": a named illness by what it does, in a report of cases.
# ("virus" and "disease" are left out: PTC marks "a deadly virus that causes …", "a rare and deadly disease" as
# appeals to fear.)
DISEASES = frozenset("plague plagues flu strain strains bubonic pneumonic septicemic".split())
_FALL_ILL = frozenset("become became becomes becoming get got gets getting fall fell falls falling".split())


def _game_or_illness(tokens: Sequence[Token], i: int) -> bool:
    """Token i is a foul of the game (after "technical", "was", "drew"; before "line", "trouble"), the
    side with the ball ("offensive" before "rebound", "players"), a death in the event named ("deadly
    stabbing"), an illness caught ("become sick") or a workplace's term ("sick days")."""
    w, sentence = tokens[i].lower, tokens[i].sentence
    prev = tokens[i - 1].lower if i > 0 and tokens[i - 1].sentence == sentence else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) and tokens[i + 1].sentence == sentence else ""
    if w in _FOUL:
        return prev in _FOUL_BEFORE or nxt in _FOUL_AFTER or prev in _CRY
    if w in _CRY and nxt == "foul":
        return True  # "rivals cried foul": they protested, the idiom's plain sense
    if w in _SIDE_OF_PLAY:
        return nxt in _PLAY_NOUNS
    if w == "deadly":
        return nxt in _DEATH_EVENTS or nxt in DISEASES
    if w in _ILL and nxt in _SICK_TERMS:
        return True  # "used sick days", "on sick leave": the workplace's terms
    return w in _ILL and prev in _FALL_ILL and nxt != "of"


_SICK_TERMS = frozenset("day days leave pay note notes bay".split())
# An offence before the inquiry into it names the case: "drops the rape investigation", "murder charges".
# Loaded of a thing charged by the writer: "the rape of our democracy", "this is murder".
_OFFENCES = frozenset("""rape rapes murder murders assault assaults abuse torture fraud harassment manslaughter
kidnapping trafficking""".split())
# "allegations" is left out: on the PTC fit split "they manipulate rape allegations" and "the sex abuse
# allegations" are marked as loaded language.
_CASE_NOUNS = frozenset("""investigation investigations inquiry inquiries probe probes charge charges case cases trial
trials conviction convictions complaint complaints suspect suspects kit kits claim claims""".split())
# "shouldn't panic", "no need to panic": a reassurance, not alarm.
_NEGATIONS = frozenset({"not", "never", "n't", "n’t"})


def _case_name(tokens: Sequence[Token], i: int) -> bool:
    """Token i is an offence right before a word of the case against it ("rape investigation")."""
    return tokens[i].lower in _OFFENCES and i + 1 < len(tokens) and tokens[i + 1].lower in _CASE_NOUNS \
        and tokens[i + 1].sentence == tokens[i].sentence


def _no_panic(tokens: Sequence[Token], i: int) -> bool:
    """Token i is "panic" after a negation: "people shouldn't panic", "no need to panic"."""
    if tokens[i].lower != "panic" or i == 0:
        return False
    before = [t.lower for t in tokens[max(0, i - 3):i] if t.sentence == tokens[i].sentence]
    last = before[-1] if before else ""
    return last in _NEGATIONS or last.endswith(("n't", "n’t")) or before[-3:] in (["no", "need", "to"],
                                                                                   ["no", "reason", "to"])


# Vermin and the means against them, in a report of pest control or conservation: "6,000 black rats had
# infested the island", "rat poison", "poisoned traps". Loaded of people: "the rats who
# sold us out", "treated like vermin" (a likeness: no pest-control word with it).
_VERMIN = frozenset("rat rats mice rodent rodents vermin cockroach cockroaches termites pest pests".split())
_PEST_CONTROL = frozenset("""poison poisons poisoned poisoning bait baits trap traps trapped trapping eradicate
eradicated eradicating eradication infest infests infested infestation cull culled culling exterminator
exterminators""".split())


def _pest_control(tokens: Sequence[Token], i: int) -> bool:
    """Token i is a vermin word or a pest-control word, or the word right before a vermin word, in a
    sentence holding both kinds (other tokens) and no likeness ("like", "as") before the vermin."""
    w, nxt = tokens[i].lower, tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if w not in _VERMIN and w not in _PEST_CONTROL and nxt not in _VERMIN:
        return False
    sentence = tokens[i].sentence
    near = [j for j in range(max(0, i - 15), min(len(tokens), i + 16)) if tokens[j].sentence == sentence]
    vermin = [j for j in near if tokens[j].lower in _VERMIN
              and (j == 0 or tokens[j - 1].lower not in ("like", "as"))]
    control = [j for j in near if tokens[j].lower in _PEST_CONTROL]
    if i in vermin or i + 1 in vermin:  # the word itself, or the word before it ("black rats")
        return any(j != i for j in control)
    return i in control and any(j != i for j in vermin)


# Creatures that are insults of people but plain words of biology: in a sentence about cells, guts or
# receptors, "parasites", "invaders" and "rats" are the organisms and the lab animals ("tuft cells expel the
# parasites from the gut", "a study in rats"). Of people there is no such word with them ("the parasites
# who run this city", "foreign invaders").
_CREATURES = frozenset("""parasite parasites parasitic invader invaders rat rats leech leeches worm worms vermin
microbe microbes""".split())
_LIFE_SCIENCE = frozenset("""cell cells celled gut guts intestine intestines intestinal immune immunity immunological
infection infections receptor receptors molecule molecules protein proteins protozoa bacteria bacterial pathogen
pathogens metabolism mucus tissue tissues gene genes genetic dna enzyme enzymes antibodies antibody organism
organisms microbiome neurons lab laboratory""".split())


def biology(tokens: Sequence[Token], i: int) -> bool:
    """Token i is a creature word in a sentence (within fifteen words) holding a life-science word."""
    if tokens[i].lower not in _CREATURES:
        return False
    sentence = tokens[i].sentence
    return any(t.sentence == sentence and t.lower in _LIFE_SCIENCE for t in tokens[max(0, i - 15):i + 16])


# A made thing that is fake is a forgery, the report's plain fact: "fake nude images", "a fake passport",
# "fake reviews". Loaded or doubting of news and claims: "fake news", "a fake crisis".
_FAKE = frozenset("fake fakes faked".split())
_MADE_THINGS = frozenset("""image images photo photos photograph photographs picture pictures video videos nude nudes
clip clips recording recordings audio account accounts profile profiles passport passports id ids licence licences
license licenses document documents certificate certificates banknote banknotes bills currency money cash coins
review reviews website websites email emails signature signatures ticket tickets goods products watches handbags
bomb bombs gun guns weapon weapons""".split())


def made_fake(lowers: Sequence[str], i: int) -> bool:
    """lowers[i] is "fake" with a made thing among the two words after it ("fake nude images")."""
    return lowers[i] in _FAKE and any(w in _MADE_THINGS for w in lowers[i + 1:i + 3])


# What someone condemns is named, not charged by the writer: "she condemns racism and intimidation",
# "I condemn any form of racism or intimidation". The walk goes over a list of nouns after the verb.
_CONDEMN = frozenset("condemn condemns condemned condemning".split())
_LIST_WORDS = frozenset("any all the this these those such every form forms kind kinds act acts of and or".split())


def _condemned(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token i is in the list of things right after "condemn" in its sentence (up to ten words, over
    "any", "form of", "and", "or", commas and the charged nouns of the list)."""
    sentence = tokens[i].sentence
    for j in range(i - 1, max(-1, i - 11), -1):
        tok = tokens[j]
        if tok.sentence != sentence or not _list_gap(text, tok, tokens[j + 1]):
            return False
        if tok.lower in _CONDEMN:
            return True
        if tok.lower not in _LIST_WORDS and tok.lower not in _LISTED:
            return False
    return False


_LISTED = frozenset("""racism intimidation threats threat criminality violence hatred hate bigotry sectarianism
antisemitism islamophobia abuse harassment vandalism attacks attack terrorism extremism discrimination
xenophobia homophobia misogyny thuggery looting rioting""".split())


def _list_gap(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return len(gap) <= 3 and gap.strip() in ("", ",")


def _qualifies(text: str, prev: Token, tok: Token) -> bool:
    return (_adjacent(text, prev, tok) and prev.sentence == tok.sentence and prev.lower not in STOPWORDS
            and prev.text.isalpha() and prev.text.islower() and not is_name(prev))


def _joins(lex: Lexicon, word: Token, nxt: Token) -> bool:
    """Whether the next word belongs to the charged passage: the word a loaded adjective or adverb
    qualifies ("sinister plans"), or what a loaded verb or noun acts on ("smeared opponents"). On the
    PTC fit split, taking in the next plain content word whatever its class scored better than
    guessing classes from word endings."""
    if nxt.lower in STOPWORDS or is_name(nxt) or not nxt.text[:1].isalpha() or not nxt.text.islower():
        return False
    if word_score(lex, nxt.lower)[0] > 0.0 or lex.entry("intensifier", nxt.lower) is not None:
        return False  # a loaded word of its own: separate finding
    return True
