"""The nouns of newsprism: immutable records passed from stage to stage.

Every stage reads records of earlier stages and returns new records; nothing is mutated.
Sections follow the flow (ingest → clean → extract → resolve → cluster → crosscheck → frame).
Each record turns into plain JSON with `to_json(record)`; field names are the JSON names.
"""
from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

# ---------------------------------------------------------------- evidence


@dataclass(frozen=True, order=True)
class Span:
    """`article.text[start:end]` of the article with this id is the evidence."""

    article_id: str
    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


# ---------------------------------------------------------------- ingest


@dataclass(frozen=True)
class SourceHints:
    """Metadata that came with a document from its container (JSON record, feed entry, WARC header)."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    byline: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One document as it arrived. `data` is kept byte for byte: nothing is lost."""

    source: str  # path, URL, or "archive.warc.gz#record-3" for a member of a container
    fetched_at: str  # ISO 8601 UTC time of ingest / fetch
    content_type: str  # "text/plain", "text/html", "application/xhtml+xml", ...
    data: bytes
    encoding: str | None = None  # declared or detected text encoding
    hints: SourceHints = SourceHints()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class InputError:
    """An input that was refused, with the one-line reason. Errors are reported, never raised mid-batch."""

    source: str
    code: str  # short stable code, e.g. "E101"
    reason: str

    def __str__(self) -> str:
        return f"[{self.code}] {one_line(self.source)}: {self.reason}"


# Line breaks and other control characters, and the bidi controls that make a name read backwards
# ("\u202etxt.exe", also the marks LRM / RLM / ALM): a file name may hold them; shown escaped, the
# error stays one honest line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def one_line(name: str) -> str:
    """A file name or URL as shown to a user (errors, the report, the web UI): control and bidi
    characters escaped (`\\u202e`), so it reads in its real order on one line."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


def source_name(source: str) -> str:
    """Which input a record came from, short, for a reader who has no outlet name to go by: the file's
    name ("8_2.txt", "page.html#entry-3") or the URL's last part, via `one_line`."""
    return one_line(PurePosixPath(source.rstrip("/")).name or source)


def in_quotes(text: str) -> str:
    """“text”, unless it opens with a quotation mark: a direct quote's span holds its own marks, and
    wrapping it again shows “"We have …”."""
    return text if text[:1] in '"“„«' else f"“{text}”"


def outlet_label(article: Article) -> str:
    """The outlet as cross-check and framing key it: its name, or, when the outlet is unknown, a label
    of the article's own (an article without an outlet counts as an outlet of its own). The id keeps
    two inputs of the same file name apart; a reader is shown `outlet_name`."""
    return article.outlet or f"unknown outlet ({article.id[:8]})"


def outlet_name(article: Article) -> str:
    """The outlet as a reader is told it: its name, or which input the article came from."""
    return outlet_name_of(article.outlet, article.source)


def outlet_name_of(outlet: str | None, source: str) -> str:
    """`outlet_name` from a stored row's outlet and source (listings that do not load the record)."""
    return outlet or f"unknown outlet {source_name(source)}"


def name_typed(name: str) -> str:
    """A name as a user may type it, for lookups: any case, spacing or Unicode form ("  ostmere  COURIER")."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def near_names(wanted: str, names: Iterable[str], n: int = 5) -> list[str]:
    """Names a lookup that matched none may have meant: spelt a letter or two off, or holding the words typed
    ("Courier" → "Ostmere Courier"); for the message that says nothing matched."""
    key = name_typed(wanted)
    by_key = {name_typed(x): x for x in names}
    close = difflib.get_close_matches(key, list(by_key), n=n, cutoff=0.6)
    holding = [k for k in by_key if len(key) > 2 and (key in k or k in key)]
    return [by_key[k] for k in dict.fromkeys(close + holding)][:n]


# the parser's entity labels in a reader's words (pages and the report; the JSON keeps the labels)
ENTITY_TYPE_WORDS = {"PERSON": "person", "ORG": "organisation", "GPE": "country/city", "LOC": "place",
                     "NORP": "nationality/group", "FAC": "building/facility", "EVENT": "event", "PRODUCT": "product",
                     "WORK_OF_ART": "work of art", "LAW": "law"}


def entity_type_word(label: str) -> str:
    """"GPE" → "country/city": the spaCy label a newcomer cannot read."""
    return ENTITY_TYPE_WORDS.get(label, label)


def outlets_counted(named: int, unnamed: int) -> str:
    """"4 outlets (1 unknown)": an article with no outlet found counts as an outlet of its own, as the
    cross-check counts it, so the story list, the story page and the report give one number."""
    text = counted(named + unnamed, "outlet")
    if not unnamed:
        return text
    return text + (f" ({unnamed} unknown)" if named else " (unknown)" if unnamed == 1 else " (all unknown)")


def outlet_names(articles) -> dict[str, str]:
    """`outlet_label` → `outlet_name` for the articles without an outlet: what surfaces show for a key."""
    return {outlet_label(a): outlet_name(a) for a in articles if not a.outlet}


# ---------------------------------------------------------------- clean

ROLES: tuple[str, ...] = ("title", "byline", "dateline", "body", "caption", "comments", "removed")


@dataclass(frozen=True)
class Segment:
    """One input line (or extracted block) and where it ended up, with why."""

    role: str  # one of ROLES
    text: str  # verbatim
    reason: str = ""  # e.g. "share widget", "comment section", "caption: photo credit"


@dataclass(frozen=True)
class Comment:
    """A reader comment: never part of the body; its date never becomes the article's date."""

    text: str
    date: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Article:
    id: str  # sha256 of the raw bytes (content hash), first 16 hex chars
    source: str
    outlet: str | None
    outlet_found: str | None  # where the outlet came from: "meta", "url", "source line", "dateline", "hint"
    title: str | None
    byline: str | None
    published: str | None  # ISO date "YYYY-MM-DD" or datetime "YYYY-MM-DDTHH:MM:SS"
    published_precision: str | None  # "time", "day", "month", "year"
    published_found: str | None  # where: "dateline", "byline line", "meta", "url", "hint", ...
    language: str | None  # ISO 639-1, e.g. "en"
    text: str  # the clean body; every Span points into it
    url: str | None = None
    captions: tuple[str, ...] = ()
    comments: tuple[Comment, ...] = ()
    removed: tuple[Segment, ...] = ()  # boilerplate, verbatim, each with its reason
    segments: tuple[Segment, ...] = ()  # every input line in order, with its role (text inputs)
    flags: tuple[str, ...] = ()  # e.g. "date-ambiguous", "non-english", "no-date"
    fetched_at: str | None = None
    content_type: str | None = None

    @property
    def is_english(self) -> bool:
        return self.language == "en"

    @property
    def words(self) -> int:
        return len(self.text.split())


# ---------------------------------------------------------------- extract


@dataclass(frozen=True)
class Mention:
    span: Span
    text: str
    label: str  # PERSON, ORG, GPE, LOC, NORP, EVENT, FAC
    descriptors: tuple[str, ...] = ()  # words the outlet attaches: "legendary commander", "regime"
    descriptor_spans: tuple[Span, ...] = ()
    refers_to: str | None = None  # within-article antecedent text ("Stoltenberg" → "Jens Stoltenberg")
    reason: str | None = None  # why it refers there: "surname", "acronym defined in text", ...


@dataclass(frozen=True)
class Quantity:
    span: Span
    text: str
    value: float | None  # central value; None when only a vague amount ("several hundred")
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # "percent", "USD", "times", ...
    thing: str | None = None  # counted thing: "personnel", "troops", "people"
    approx: str | None = None  # "around", "at least", "some", "several", "up to", ...
    kind: str = "count"  # count, percent, money, multiplier, change, fraction, ordinal, ratio ("3:1" = 3), score (value None)
    change_from: float | None = None  # "from 500 to 4,000": change_from=500, value=4000


@dataclass(frozen=True)
class DateRef:
    span: Span
    text: str
    value: str | None  # ISO date, or None when it could not be resolved
    # "day", "week" (value: its Monday), "month", "quarter" (value: its first month), "season" (value: the year),
    # "year", "decade" / "century" (no value)
    precision: str | None
    relative: bool = False  # resolved against the article's own date


@dataclass(frozen=True)
class Quote:
    id: str
    span: Span  # the content
    text: str
    kind: str  # "direct", "indirect", "scare"
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_entity_id: str | None = None
    cue: str | None = None  # the speech verb or "according to"
    cue_span: Span | None = None
    speaker_is_media: bool = False  # "Sputnik said", "according to Reuters"
    # "speech": words were said or written (said, told, urged, according to, a quotation); "stance": an
    # attitude is reported (believes, wants, supports, a poll shows) -- an attribution, not a quote
    act: str = "speech"


@dataclass(frozen=True)
class Claim:
    id: str
    span: Span
    text: str
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateRef, ...] = ()
    entities: tuple[str, ...] = ()  # mention texts (canonical ids are filled by resolve)
    entity_ids: tuple[str, ...] = ()
    attributed_to: str | None = None
    attributed_is_media: bool = False
    negated: bool = False
    kind: str = "statement"  # statement, event, number, comparison, cause


@dataclass(frozen=True)
class ArticleExtraction:
    """What extraction found in one article."""

    article_id: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    sentences: tuple[Span, ...] = ()  # sentence boundaries, for later stages


# ---------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Merge:
    alias: str
    reason: str  # "same name after normalising", "alias file", "acronym defined in text", ...
    score: float | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    merges: tuple[Merge, ...] = ()
    mentions: tuple[Span, ...] = ()


# ---------------------------------------------------------------- cluster


@dataclass(frozen=True)
class Duplicate:
    """Two articles sharing text: a copy, a syndicated piece, or pasted paragraphs."""

    a: str
    b: str
    share: float  # share of the shorter text found in the other
    passages: tuple[tuple[Span, Span], ...] = ()
    kind: str = "near-duplicate"  # "near-duplicate" or "partial copy"
    earlier: str | None = None  # article id published first, when the dates tell


@dataclass(frozen=True)
class Membership:
    article_id: str
    similarity: float
    shared_entities: tuple[str, ...] = ()
    reason: str = ""
    flags: tuple[str, ...] = ()  # e.g. "no-date: placed by content"


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    article_ids: tuple[str, ...]
    first_date: str | None = None
    last_date: str | None = None
    outlets: tuple[str, ...] = ()
    key_entities: tuple[str, ...] = ()
    storyline_id: str | None = None
    members: tuple[Membership, ...] = ()


@dataclass(frozen=True)
class Storyline:
    id: str
    story_ids: tuple[str, ...]  # in time order
    shared_entities: tuple[str, ...] = ()


# ---------------------------------------------------------------- crosscheck


@dataclass(frozen=True)
class ClaimGroup:
    id: str
    story_id: str
    claim_ids: tuple[str, ...]
    status: str  # "corroborated", "single-source", "contested"
    supporting_outlets: tuple[str, ...] = ()
    contradicting_outlets: tuple[str, ...] = ()
    independent_sources: int = 0
    explanation: str = ""
    evidence: tuple[Span, ...] = ()
    text: str = ""  # a representative wording


@dataclass(frozen=True)
class QuoteMember:
    quote_id: str
    article_id: str
    outlet: str | None
    fidelity: str  # "verbatim", "trimmed", "altered", "paraphrase"
    diff: str = ""
    speaker: str | None = None
    span: Span | None = None  # the part of the quote that renders this statement (evidence)


@dataclass(frozen=True)
class QuoteGroup:
    id: str
    story_id: str
    speaker: str | None
    text: str  # the longest rendering
    members: tuple[QuoteMember, ...] = ()
    speaker_conflict: bool = False


# ---------------------------------------------------------------- frame


@dataclass(frozen=True)
class FramingFinding:
    span: Span
    kind: str  # "loaded", "label", "slogan", "rhetorical-question", "exaggeration", "doubt", "fear", "opinion", ...
    technique: str  # closest PTC technique name, e.g. "Loaded_Language"
    terms: tuple[str, ...] = ()
    score: float = 0.0
    whose: str = "outlet"  # "outlet" or the quoted speaker's name
    reason: str = ""


@dataclass(frozen=True)
class SentenceStance:
    span: Span
    kind: str  # "report", "attributed", "opinion"
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamingRow:
    entity_id: str
    entity: str
    outlet: str
    names: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutletProfile:
    outlet: str
    articles: int = 0
    sentences: int = 0
    opinion_share: float = 0.0
    loaded_density: float = 0.0  # charged passages in the outlet's own words per 100 words (see docs)
    labels: tuple[str, ...] = ()
    cited_sources: tuple[str, ...] = ()
    only_here_claims: tuple[str, ...] = ()


# ---------------------------------------------------------------- the whole analysis


@dataclass(frozen=True)
class Analysis:
    """Everything one run found; the JSON document and the HTML report are views of it."""

    articles: tuple[Article, ...] = ()
    errors: tuple[InputError, ...] = ()
    extractions: tuple[ArticleExtraction, ...] = ()
    entities: tuple[Entity, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    stories: tuple[Story, ...] = ()
    storylines: tuple[Storyline, ...] = ()
    claim_groups: tuple[ClaimGroup, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    framing: tuple[FramingFinding, ...] = ()
    stances: tuple[SentenceStance, ...] = ()
    naming: tuple[NamingRow, ...] = ()
    outlets: tuple[OutletProfile, ...] = ()


# ---------------------------------------------------------------- helpers


def counted(n: int, one: str, many: str | None = None) -> str:
    """"1 story", "3 stories", "1 shared passage": counts in messages read as English (the one helper for
    every count the CLI, the report, the web UI and the API print; `many` for an irregular plural)."""
    return f"{n} {one if n == 1 else many or plural(one)}"


def storyline_summary(line: Storyline) -> str:
    """"Part of a storyline of 3 stories tied by Dana Whitfield, Brennick Clinic": why the stories are
    linked, worded once for the report, the web UI and the CLI (plain text: the caller escapes it). One
    with no shared entities recorded (an older store) says only how many stories it has."""
    ties = f" tied by {', '.join(line.shared_entities)}" if line.shared_entities else ""
    return f"Part of a storyline of {counted(len(line.story_ids), 'story')}{ties}"


def plural(noun: str) -> str:
    """"story" → "stories", "entity" → "entities", "day" → "days", "passage" → "passages"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u", ""):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def to_json(value: Any) -> Any:
    """Plain JSON (dicts, lists, str, numbers) for any record, tuple or mapping of records."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def article_id_for(data: bytes) -> str:
    """Content hash: the same bytes always give the same article id."""
    return hashlib.sha256(data).hexdigest()[:16]


def stable_id(prefix: str, *parts: str) -> str:
    """Deterministic short id from its defining parts (no dependence on run order)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{digest}"

