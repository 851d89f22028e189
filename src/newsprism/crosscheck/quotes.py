"""Quote groups: the same statement as reproduced by different outlets, with the fidelity of each copy.

A statement is compared sentence by sentence (one outlet may quote two sentences in one run, another
quote them apart, or only one of them); sentences that every member reproduces together are joined
back into one group. Fidelity of each rendering against the longest one:
- verbatim: the same words, ignoring typography (curly vs straight quotes, dashes, case, punctuation),
  British / American spelling ("traumatised" / "traumatized") and compounds written open or closed
  ("data center" / "datacenter");
- trimmed: a contiguous part of the longest rendering;
- altered: words changed (a word-level diff is given: [-removed-] {+added+});
- paraphrase: an indirect rendering of the same statement by the same speaker.
A group whose members name different speakers for the same words is flagged. Only the words inside a
quote's quotation marks are compared, and a title in quotation marks (all its words capitalised) is none.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newsprism.crosscheck.independence import outlet_label
from newsprism.records import Article, ArticleExtraction, Quote, QuoteGroup, QuoteMember, Span, stable_id

MIN_WORDS = 4  # shorter runs ("we will") match too much to mean the same statement
ALTERED_MIN_RATIO = 0.6  # word-sequence similarity for a changed rendering of the same sentence
# A run this long in quotation marks is someone's words even when the extractor found no speaker for it
# ("… described by the paper as “the last honest broker in the city”"); shorter ones are an outlet's
# distance from a word ("so-called “reforms”").
SCARE_MIN_WORDS = 6
PARAPHRASE_MIN = 0.72  # embedding cosine for an indirect rendering of a quoted statement
# A paraphrase credited to a description ("officials said …") has no name to tie it to the quote's speaker:
# only words this close show the same statement; a statement on the same topic reaches 0.75 (checked on the
# seeds and ECB+ 44plus), a rendering of it 0.9 and more.
DESCRIBED_PARAPHRASE_MIN = 0.85
_TYPO = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                       "«": '"', "»": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "…": "...",
                       "\u00a0": " "})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’»]?\s+(?=[\"'“‘«]?[A-Z])")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their"}


def fold(text: str) -> str:
    """Typography folded: straight quotes, hyphens, single spaces."""
    return " ".join(text.translate(_TYPO).split())


def words(text: str) -> list[str]:
    """The words of a rendering, compared without case, punctuation, typographic or spelling variants."""
    return [spelling(w) for w in re.findall(r"\w+(?:'\w+)*", fold(text).lower())]


# British and American spellings of one word ("terrorised" / "terrorized", "colour" / "color"): an
# outlet's house style changes them, not the speaker's words. Each rule maps both forms to one key; the
# stems are long enough that no other word shares the key ("prise" / "prize", "four" / "for" stay apart).
_SPELLING = (
    (re.compile(r"^(\w{3,}[^aeiou\W])is(e|es|ed|ing|ation|ations|er|ers)$"), r"\1iz\2"),  # organise, realised
    (re.compile(r"^(\w{2,}[^aeiou\W])ys(e|es|ed|ing)$"), r"\1yz\2"),  # analyse, paralysed
    (re.compile(r"^(\w{2,}[^aeiou\W])our(s|ed|ing|ful|ite|ites|able|er|ers)?$"), r"\1or\2"),  # colour, labour
    (re.compile(r"^(\w{2,})(t|b)re(s)?$"), r"\1\2er\3"),  # centre, metres, fibre (not "hatred": no -d)
    (re.compile(r"^(\w{3,})ell(ed|ing|er|ers)$"), r"\1el\2"),  # travelled, cancelling, labelled
    (re.compile(r"^(\w{3,})ogue(s)?$"), r"\1og\2"),  # catalogue, dialogue
    (re.compile(r"^(de|of)fence(s)?$"), r"\1fense\2"),  # defence, offence
)


@lru_cache(maxsize=50_000)
def spelling(word: str) -> str:
    """One key for a word's British and American spellings."""
    for pattern, key in _SPELLING:
        if pattern.match(word):
            return pattern.sub(key, word)
    return word


@dataclass(frozen=True)
class Unit:
    """One sentence (or the whole) of a direct quote: what is compared between outlets."""

    quote: Quote
    article: Article
    start: int  # offsets into article.text
    end: int
    order: int  # position of this sentence in its quote

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    @property
    def key(self) -> tuple:
        return (self.article.id, self.start, self.end, self.quote.id)


def _units(quote: Quote, article: Article, sentences: Sequence[Span]) -> list[Unit]:
    """The sentences of a quote's span; sentence ends inside the quote come from extraction's sentence
    spans, or from end punctuation followed by a capital. Words outside its quotation marks are left out."""
    lo, hi = quote.span.start, quote.span.end
    if not (0 <= lo < hi <= len(article.text)):
        return []
    return _units_of_pieces(quote, article, sentences, _quoted_pieces(article.text, lo, hi))


_EMBEDDED = re.compile(r"[\"“„«]([^\"“”„«»\n]+)[\"”»]")


def _embedded_units(quote: Quote, article: Article, sentences: Sequence[Span]) -> list[Unit]:
    """The words an indirect quote gives in quotation marks (… said the case showed that “the rules were
    never meant for this”): a direct rendering inside it, compared like one."""
    lo, hi = quote.span.start, quote.span.end
    if not (0 <= lo < hi <= len(article.text)) or not any(c in _DOUBLE_MARKS for c in article.text[lo:hi]):
        return []
    pieces = [m.span(1) for m in _EMBEDDED.finditer(article.text, lo, hi) if len(words(m.group(1))) >= MIN_WORDS]
    return _units_of_pieces(quote, article, sentences, pieces)


def _units_of_pieces(quote: Quote, article: Article, sentences: Sequence[Span],
                     pieces: Sequence[tuple[int, int]]) -> list[Unit]:
    units: list[Unit] = []
    for plo, phi in pieces:
        if not _is_title(article.text[plo:phi]):
            units.extend(_piece_units(quote, article, sentences, plo, phi, len(units)))
    return units


_DOUBLE_MARKS = frozenset("\"“”„‟«»")


def _quoted_pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of a direct quote's span that lie inside its quotation marks. A span can run past the
    closing mark into the outlet's words (“…,” team president Ann Roe) or over an opening mark typed for a
    closing one (…, “said Voss.): those words are not the speaker's. Marks pair in turn, whatever their
    shape; a mark opening a paragraph continues the quote (the convention for quotes over paragraphs)."""
    start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    if start < hi and text[start] in _DOUBLE_MARKS:
        first = start + 1
    elif 0 < start < hi and text[start - 1] in _DOUBLE_MARKS:  # a span that leaves its opening mark out
        first = start
    else:
        return [(lo, hi)]
    marks = [k for k in range(first, hi) if text[k] in _DOUBLE_MARKS]
    pieces, inside, i = [], True, 0
    while i < len(marks):
        k = marks[i]
        i += 1
        if not inside:
            start, inside = k, True
            continue
        line_start = text.rfind("\n", lo, k)
        if line_start >= 0 and not text[line_start + 1:k].strip():
            continue
        if text[k - 1].isspace() and text[k + 1:k + 2].isalnum() and len(marks) - i >= 2:
            i += 1  # a quote inside the quote (… called it a "disaster" and …): its pair is part of the words
            continue
        pieces.append((start, k))
        inside = False
    if inside:
        pieces.append((start, hi))
    return pieces


# Words a title leaves in lower case; a quote whose other words are all capitalised is a title
# (“The Long Road Home”, an award's category), named in quotation marks, not a statement.
_TITLE_SMALL = frozenset("a an the of in on at to for and or nor but with by from as into vs".split())


def _is_title(text: str) -> bool:
    tokens = re.findall(r"[^\W\d_][\w'’]*", text)
    content = [t for t in tokens if t.lower() not in _TITLE_SMALL]
    return len(tokens) >= MIN_WORDS and len(content) >= 2 and all(t[0].isupper() for t in content)


def _piece_units(quote: Quote, article: Article, sentences: Sequence[Span], lo: int, hi: int,
                 first: int) -> list[Unit]:
    cuts = {lo, hi}
    for s in sentences:
        if lo < s.start < hi:
            cuts.add(s.start)
    for m in _SENTENCE_END.finditer(article.text, lo, hi):
        cuts.add(m.end())
    bounds = sorted(cuts)
    units = []
    for a, b in zip(bounds, bounds[1:]):
        piece = article.text[a:b]
        # Trim spaces and the quote marks / punctuation at the edges: they are not the words.
        left = len(piece) - len(piece.lstrip(" \t\n\"'“”‘’«»„,;:-–—"))
        right = len(piece.rstrip(" \t\n\"'“”‘’«»„,;:-–—"))
        if right - left <= 0 or len(words(piece)) == 0:
            continue
        units.append(Unit(quote, article, a + left, a + right, first + len(units)))
    return units


def _relation(a: list[str], b: list[str]) -> str | None:
    """How two sentences' words relate: "same", "part" (one inside the other), "changed", or None."""
    if a == b:
        return "same"
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_WORDS and _contains(long_, short):
        return "part"
    if min(len(a), len(b)) < MIN_WORDS:
        return None
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in sm.get_matching_blocks())
    if matched >= MIN_WORDS and sm.ratio() >= ALTERED_MIN_RATIO:
        return "changed"
    return None


def _contains(long_: list[str], short: list[str]) -> bool:
    n = len(short)
    first = short[0]
    return any(long_[i] == first and long_[i:i + n] == short for i in range(len(long_) - n + 1))


def word_diff(reference: str, rendering: str) -> str:
    """Word-level diff from the reference to a rendering: unchanged words as they are, removed ones as
    [-...-], added ones as {+...+}; long unchanged runs shortened to their ends."""
    ra, rb = fold(reference).split(), fold(rendering).split()
    key = lambda ws: [re.sub(r"[^\w']", "", w.lower()) for w in ws]  # noqa: E731
    sm = difflib.SequenceMatcher(None, key(ra), key(rb), autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            run = rb[j1:j2]
            out.append(" ".join(run) if len(run) <= 6 else f"{' '.join(run[:2])} … {' '.join(run[-2:])}")
        else:
            if i2 > i1:
                out.append(f"[-{' '.join(ra[i1:i2])}-]")
            if j2 > j1:
                out.append(f"{{+{' '.join(rb[j1:j2])}+}}")
    return " ".join(out)


def _speaker_name(quote: Quote) -> str | None:
    return _name_of(quote.speaker)


# Words that open a description rather than a name ("the comedian", "his lawyer").
_DETERMINERS = frozenset("the a an his her their its our my this that these those".split())


@lru_cache(maxsize=20_000)  # asked for every pair of quotes; a story has few distinct speakers
def _name_of(speaker: str | None) -> str | None:
    """The speaker as a name, or None for a pronoun or a description in lower-case words ("the
    comedian", "a spokesman"): a description names no one, so it agrees with any name."""
    if not speaker or speaker.strip().lower() in _PRONOUNS:
        return None
    tokens = speaker.split()
    while tokens and tokens[0].lower() in _DETERMINERS:
        tokens = tokens[1:]
    if not any(t[:1].isupper() for t in tokens):
        return None
    return " ".join(words(speaker)) or None


def same_speaker(a: Quote, b: Quote) -> bool:
    """Unknown speakers agree with anyone; the same canonical entity, or one name inside the other
    ("Stoltenberg" in "Jens Stoltenberg"), is the same speaker."""
    if a.speaker_entity_id and b.speaker_entity_id and a.speaker_entity_id == b.speaker_entity_id:
        return True
    return _names_agree(a.speaker, b.speaker)


@lru_cache(maxsize=50_000)
def _names_agree(a: str | None, b: str | None) -> bool:
    na, nb = _name_of(a), _name_of(b)
    if na is None or nb is None:
        return True
    ta, tb = set(na.split()), set(nb.split())
    return ta <= tb or tb <= ta


def _find(parent: dict, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def quote_groups(story_id: str, articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
                 embed: Callable[[Sequence[str]], np.ndarray] | None = None) -> tuple[QuoteGroup, ...]:
    """Groups of the same quoted statement in two or more articles of a story, with fidelity."""
    by_id = {a.id: a for a in articles}
    units: list[Unit] = []
    indirect: list[tuple[Quote, Article]] = []
    for ext in sorted(extractions, key=lambda e: e.article_id):
        article = by_id.get(ext.article_id)
        if article is None:
            continue
        for q in sorted(ext.quotes, key=lambda q: (q.span.start, q.span.end, q.id)):
            if q.kind == "direct":
                units.extend(_units(q, article, ext.sentences))
            elif q.kind == "indirect":
                indirect.append((q, article))
                units.extend(_embedded_units(q, article, ext.sentences))
            elif q.kind == "scare" and len(words(q.text)) >= SCARE_MIN_WORDS:
                units.extend(_units(q, article, ext.sentences))
    unit_words = [words(u.text) for u in units]
    label = _Speakers.of(extractions)

    # 1. Sentences of different articles that render the same words.
    parent = {k: k for k in range(len(units))}
    index: dict[str, set[int]] = {}
    for k, ws in enumerate(unit_words):
        for w in set(ws):
            index.setdefault(w, set()).add(k)
    for k, ws in enumerate(unit_words):
        if len(ws) < MIN_WORDS:
            continue
        counts: Counter[int] = Counter()
        for w in set(ws):
            if len(index[w]) <= 200:  # very common words find every sentence; they decide nothing
                counts.update(index[w])
        for other, shared in sorted(counts.items()):
            if other <= k or units[other].article.id == units[k].article.id or shared < MIN_WORDS - 1:
                continue
            if _relation(ws, unit_words[other]) is not None:
                ra, rb = _find(parent, k), _find(parent, other)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for k in range(len(units)):
        groups.setdefault(_find(parent, k), []).append(k)

    # 2. Join consecutive sentences that the same quotes reproduce together.
    def quote_set(g: list[int]) -> frozenset[str]:
        return frozenset(units[k].quote.id + "@" + units[k].article.id for k in g)

    changed = True
    while changed:
        changed = False
        owner = {k: r for r, g in groups.items() for k in g}
        for k in range(len(units) - 1):
            nxt = k + 1
            if units[nxt].quote.id != units[k].quote.id or units[nxt].article.id != units[k].article.id:
                continue
            ga, gb = owner[k], owner[nxt]
            if ga == gb or len({units[x].article.id for x in groups[ga]}) < 2:
                continue
            # Join when one sentence's renderings are among the other's: an outlet quoting only the
            # second sentence (a trimmed copy) does not split the statement in two.
            sa, sb = quote_set(groups[ga]), quote_set(groups[gb])
            if sa <= sb or sb <= sa:
                keep, drop = min(ga, gb), max(ga, gb)
                groups[keep] = sorted(groups[keep] + groups.pop(drop))
                changed = True
                break

    built = []
    for g in groups.values():
        if len({units[k].article.id for k in g}) < 2:
            continue
        built.append(_build_group(story_id, [units[k] for k in g], label))
    built.sort(key=lambda gq: (gq[0].text, gq[0].id))
    result = _add_paraphrases(built, indirect, embed, label)
    return tuple(sorted(result, key=lambda qg: (-len(qg.members), qg.text, qg.id)))


@dataclass(frozen=True)
class _Rendering:
    quote: Quote
    article: Article
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]


def _renderings(units: Sequence[Unit]) -> list[_Rendering]:
    """One rendering per quote in the group: its units joined (they are consecutive in that quote)."""
    per: dict[tuple[str, str], list[Unit]] = {}
    for u in units:
        per.setdefault((u.article.id, u.quote.id), []).append(u)
    out = []
    for (_, _), us in sorted(per.items()):
        out.append(_Rendering(us[0].quote, us[0].article, min(u.start for u in us), max(u.end for u in us)))
    # Two quote records over the same words of one article (the extractor found the quote twice, or a
    # direct quote inside an indirect one) are one rendering: the longer is kept, then the direct one.
    rank = {id(r): (r.end - r.start, r.quote.kind == "direct", -k) for k, r in enumerate(out)}
    return [r for r in out if not any(o is not r and o.article.id == r.article.id and o.start <= r.start
                                       and r.end <= o.end and rank[id(o)] > rank[id(r)] for o in out)]


def _build_group(story_id: str, units: Sequence[Unit],
                 label: _Speakers) -> tuple[QuoteGroup, list[Quote]]:
    rend = _renderings(units)
    # The reference is the longest rendering; among equally long ones the wording most outlets share,
    # then the earliest published (the likeliest original).
    common = Counter(tuple(words(r.text)) for r in rend)
    longest = min(rend, key=lambda r: (-len(words(r.text)), -common[tuple(words(r.text))],
                                       r.article.published is None, r.article.published or "", r.article.id))
    ref = words(longest.text)
    members = []
    for r in rend:
        ws = words(r.text)
        # A compound written open, hyphenated or closed ("data center" / "datacenter") is house style too.
        if ws == ref or "".join(ws) == "".join(ref):
            fidelity, diff = "verbatim", ""
        elif _contains(ref, ws):
            fidelity, diff = "trimmed", word_diff(longest.text, r.text)
        else:
            fidelity, diff = "altered", word_diff(longest.text, r.text)
        members.append(QuoteMember(quote_id=r.quote.id, article_id=r.article.id, outlet=outlet_label(r.article),
                                   fidelity=fidelity, diff=diff, speaker=r.quote.speaker,
                                   span=Span(r.article.id, r.start, r.end)))
    quotes = [r.quote for r in rend]
    return _finish(story_id, longest.text, members, quotes, label), quotes


def _finish(story_id: str, text: str, members: list[QuoteMember], quotes: Sequence[Quote],
            label: _Speakers) -> QuoteGroup:
    # A name before a description ("Authorities"); a description when no outlet names the speaker.
    named = [q for q in quotes if label.names(q)] or [q for q in quotes if _speaker_name(q)]
    speaker = None
    if named:
        counts = Counter(q.speaker for q in named)
        top = min(counts, key=lambda s: (-counts[s], s))
        # Show the fullest name given for the most frequent speaker.
        same = [q.speaker for q in named if same_speaker(q, _with_speaker(top))]
        speaker = max(same, key=lambda s: (len(s), s))
    conflict = any(_conflict(a, b, label) for i, a in enumerate(quotes) for b in quotes[i + 1:])
    members = sorted(members, key=lambda m: (m.article_id, m.span.start if m.span else 0, m.quote_id))
    gid = stable_id("qg", story_id, *(f"{m.quote_id}:{m.span.start if m.span else ''}" for m in members))
    return QuoteGroup(id=gid, story_id=story_id, speaker=speaker, text=fold(text), members=tuple(members),
                      speaker_conflict=conflict)


def _agree(a: Quote, b: Quote, label: _Speakers) -> bool:
    """The same speaker, or one of them a description ("Authorities", "the comedian"): it agrees with any."""
    return same_speaker(a, b) or not (label.names(a) and label.names(b))


def _conflict(a: Quote, b: Quote, label: _Speakers) -> bool:
    """Different speakers for the same words; a description is no speaker of its own, and a person and an
    organisation are not two speakers (one outlet names the company, another the executive speaking for it)."""
    if _agree(a, b, label):
        return False
    return {label(a), label(b)} != {"PERSON", "ORG"}


_SPEAKER_LABELS = frozenset({"PERSON", "ORG"})


@dataclass(frozen=True)
class _Speakers:
    """What the articles' records know of a quote's speaker: its entity type, and whether it is a name."""

    mentions: dict  # article id -> that article's mentions
    known: dict  # article id (with mentions) -> the words of each person's or organisation's name given
    answers: dict = field(default_factory=dict, compare=False)  # (article id, name) -> names(): asked per pair

    @classmethod
    def of(cls, extractions: Sequence[ArticleExtraction]) -> _Speakers:
        # Only a person's or an organisation's name makes a speaker a name: a place inside a description
        # ("a Lenholm Highway Patrol officer", "Vantrell police") names no one who speaks.
        known = {ext.article_id: tuple(frozenset(words(t)) for m in ext.mentions if m.label in _SPEAKER_LABELS
                                       for t in (m.text, m.refers_to) if t)
                 for ext in extractions if ext.mentions}
        return cls({ext.article_id: ext.mentions for ext in extractions}, known)

    def __call__(self, quote: Quote) -> str | None:
        return _speaker_label(quote, self.mentions.get(quote.span.article_id, ()))

    def names(self, quote: Quote) -> bool:
        """A name, not a description. A capitalised word opens a sentence as well as a name ("Authorities
        said", "Prosecutors argued"): a speaker is a name when resolve tied it to an entity or the article
        mentions it as a person or an organisation. Records without mentions leave only the capitals."""
        if quote.speaker_entity_id:
            return True
        name = _speaker_name(quote)
        key = (quote.span.article_id, name)
        if key not in self.answers:
            known = self.known.get(quote.span.article_id)
            if name is None or known is None:
                self.answers[key] = name is not None
            else:
                said = set(name.split())
                self.answers[key] = any(_one_in_other(said, given) for given in known)
        return self.answers[key]


def _one_in_other(said: set[str], given: frozenset[str] | set[str]) -> bool:
    """One name inside the other ("Tennant", "Mark Tennant")."""
    return bool(given) and (given <= said or said <= given)


def _speaker_label(quote: Quote, mentions: Sequence) -> str | None:
    """The entity type of a speaker: the mention inside the speaker's span that gives its name."""
    span, name = quote.speaker_span, _speaker_name(quote)
    if span is None or name is None:
        return None
    said = set(name.split())
    for m in mentions:
        if span.start <= m.span.start and m.span.end <= span.end and _one_in_other(said, set(words(m.text))):
            return m.label
    return None


def _with_speaker(name: str) -> Quote:
    return Quote(id="", span=Span("", 0, 0), text="", kind="direct", speaker=name)


def _add_paraphrases(groups: list[tuple[QuoteGroup, list[Quote]]], indirect: Sequence[tuple[Quote, Article]],
                     embed: Callable[[Sequence[str]], np.ndarray] | None,
                     label: _Speakers) -> list[QuoteGroup]:
    """Indirect renderings (“He said training will include ...”) join the group of the statement they
    render: the same speaker (or none named), an article not already in the group, a similar meaning."""
    # Only a paraphrase with a speaker (a name or a description), agreeing with every quote of some group,
    # can join one: the others are left out before anything is embedded (often all of them, and then
    # nothing is). An unattributed one cannot be told from the outlet's own words.
    indirect = [(q, a) for q, a in indirect if _attributed(q, label)
                and any(all(_agree(q, other, label) for other in quotes) for _, quotes in groups)]
    if not groups or not indirect or embed is None:
        return [g for g, _ in groups]
    gv = embed([g.text for g, _ in groups])
    iv = embed([q.text for q, _ in indirect])
    sims = iv @ gv.T
    additions: dict[int, list[tuple[Quote, Article]]] = {}
    for n, (q, article) in enumerate(indirect):
        gi = int(np.argmax(sims[n]))  # first best on ties: groups come in a stable order
        g, quotes = groups[gi]
        least = PARAPHRASE_MIN if label.names(q) else DESCRIBED_PARAPHRASE_MIN
        if sims[n, gi] < least or any(m.article_id == article.id for m in g.members):
            continue
        if not all(_agree(q, other, label) for other in quotes):
            continue
        additions.setdefault(gi, []).append((q, article))
    out = []
    for gi, (g, quotes) in enumerate(groups):
        extra = additions.get(gi, [])
        if not extra:
            out.append(g)
            continue
        members = list(g.members) + [
            QuoteMember(quote_id=q.id, article_id=a.id, outlet=outlet_label(a), fidelity="paraphrase",
                        diff="", speaker=q.speaker, span=q.span) for q, a in extra]
        out.append(_finish(g.story_id, g.text, members, list(quotes) + [q for q, _ in extra], label))
    return out


def _attributed(quote: Quote, label: _Speakers) -> bool:
    """Credited to someone: a name, or a description of whom the words were said ("Authorities said");
    not to no one or to a bare pronoun. A description with a stance cue is left out: the extractor takes
    an outlet's own sentence for one too ("Part of the plan is to ...")."""
    speaker = (quote.speaker or "").strip()
    if not speaker or speaker.lower() in _PRONOUNS:
        return bool(quote.speaker_entity_id)
    return label.names(quote) or quote.act == "speech"
