"""What the pages show, computed from records: plain functions from an Analysis to plain values.

The templates only lay these out; every text here is still raw (hostile) text, escaped by Jinja's
autoescape when rendered, except highlighted article bodies, which report.highlight escapes itself.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsprism.framing.kinds import weak
from newsprism.framing.profiles import charged_passages
from newsprism.records import Analysis, Article, ClaimGroup, Span, Story, outlet_label, outlet_name, source_name
from newsprism.report.highlight import Mark, render_marked

STATUS_ORDER = {"contested": 0, "corroborated": 1, "single-source": 2}
STATUS_LABEL = {"contested": "Contested", "corroborated": "Corroborated", "single-source": "Single source"}
FIDELITY_ORDER = {"verbatim": 0, "trimmed": 1, "altered": 2, "paraphrase": 3}
CONTEXT = 90  # characters of text shown either side of an evidence span


OPENING_MARKS, CLOSING_MARKS = "\"“„«‘'", "\"”»’'"


def quoted(text: str) -> str:
    """The text between “ ”, unless it already opens and closes with quotation marks (a direct quote's
    span holds its own: wrapping it again would show ““…””)."""
    value = text.strip()
    if len(value) >= 2 and value[0] in OPENING_MARKS and value[-1] in CLOSING_MARKS:
        return value
    return f"“{value}”"


def safe_href(url: str | None) -> str | None:
    """A link target for an article's own URL: only http(s) ever becomes a link (no javascript:, data:)."""
    if not url:
        return None
    value = url.strip()
    lower = value.lower()
    if not (lower.startswith("http://") or lower.startswith("https://")):
        return None
    if any(c in value for c in "\x00\r\n\t<>\"'` "):
        return None
    return value


# ------------------------------------------------------------------ evidence
@dataclass(frozen=True)
class Evidence:
    article_id: str
    outlet: str
    title: str
    before: str
    text: str
    after: str
    side: str  # "supports" or "contradicts"
    start: int
    end: int
    outlet_known: bool = True  # False: `outlet` names the input instead, and there is no outlet page


def unknown_outlet(article: Article) -> str:
    """What stands for the outlet of an article without one: which input it came from, as every page,
    the report and the JSON's explanations name it."""
    return outlet_name(article)


def _snippet(text: str, start: int, end: int) -> tuple[str, str, str]:
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before, after = text[lo:start], text[end:hi]
    if lo > 0:
        cut = before.find(" ")
        before = "…" + (before[cut + 1:] if 0 <= cut < 20 else before)
    if hi < len(text):
        cut = after.rfind(" ")
        after = (after[:cut] if cut > len(after) - 20 else after) + "…"
    return before, text[start:end], after


def evidence_of(span: Span, articles: dict[str, Article], side: str = "supports") -> Evidence | None:
    article = articles.get(span.article_id)
    if article is None or not (0 <= span.start < span.end <= len(article.text)):
        return None
    before, text, after = _snippet(article.text, span.start, span.end)
    return Evidence(article.id, article.outlet or unknown_outlet(article), article.title or "(no title)", before,
                    text, after, side, span.start, span.end, outlet_known=bool(article.outlet))


# ------------------------------------------------------------------ claims × outlets
@dataclass(frozen=True)
class ClaimRow:
    group: ClaimGroup
    text: str
    cells: tuple[tuple[str, str], ...]  # (outlet, "supports" | "contradicts" | "silent") per column
    evidence: tuple[Evidence, ...]

    @property
    def status_label(self) -> str:
        return STATUS_LABEL.get(self.group.status, self.group.status)


def story_outlets(analysis: Analysis, story: Story | None = None) -> list[str]:
    if story is not None and story.outlets:
        return sorted(set(story.outlets), key=str.casefold)
    return sorted({a.outlet for a in analysis.articles if a.outlet}, key=str.casefold)


def _claim_spans(analysis: Analysis) -> dict[str, Span]:
    return {c.id: c.span for e in analysis.extractions for c in e.claims}


@dataclass(frozen=True)
class OutletColumn:
    key: str  # as the claim groups name it: the outlet, or crosscheck's "unknown outlet (05bf48d7)"
    shown: str
    article_id: str | None = None  # an article without an outlet: its column links to the article


def matrix_columns(analysis: Analysis, story: Story | None = None) -> list[OutletColumn]:
    """The named outlets, then one column for each article without an outlet: the cross-check counts each
    such article as an outlet of its own, and a matrix without their columns shows claims and no one."""
    members = set(story.article_ids) if story is not None else None
    unnamed = sorted((a for a in analysis.articles if not a.outlet and (members is None or a.id in members)),
                     key=lambda a: (source_name(a.source).casefold(), a.id))
    return ([OutletColumn(o, o) for o in story_outlets(analysis, story)]
            + [OutletColumn(outlet_label(a), unknown_outlet(a), a.id) for a in unnamed])


def claim_matrix(analysis: Analysis, story: Story | None = None) -> tuple[list[OutletColumn], list[ClaimRow]]:
    """(outlet columns, one row per claim group): contested first, then corroborated, then single-source."""
    columns = matrix_columns(analysis, story)
    outlets = [c.key for c in columns]
    articles = {a.id: a for a in analysis.articles}
    claim_spans = _claim_spans(analysis)
    rows = []
    for g in analysis.claim_groups:
        if story is not None and g.story_id != story.id:
            continue
        spans = list(g.evidence) or [claim_spans[c] for c in g.claim_ids if c in claim_spans]
        evidence = []
        for span in sorted(set(spans)):
            article = articles.get(span.article_id)
            side = "contradicts" if article and outlet_label(article) in g.contradicting_outlets else "supports"
            item = evidence_of(span, articles, side)
            if item is not None:
                evidence.append(item)
        evidence.sort(key=lambda e: (e.side != "supports", e.outlet.casefold(), e.article_id, e.start))
        text = g.text or (evidence[0].text if evidence else "")
        cells = tuple((o, "contradicts" if o in g.contradicting_outlets else
                       "supports" if o in g.supporting_outlets else "silent") for o in outlets)
        rows.append(ClaimRow(g, text, cells, tuple(evidence)))
    rows.sort(key=lambda r: (STATUS_ORDER.get(r.group.status, 9), -len(r.group.supporting_outlets)
                             - len(r.group.contradicting_outlets), r.text.casefold(), r.group.id))
    return columns, rows


def only_here(rows: list[ClaimRow]) -> dict[str, list[ClaimRow]]:
    """outlet → the claims no other outlet of the story makes (the fact-checker's list)."""
    out: dict[str, list[ClaimRow]] = defaultdict(list)
    for row in rows:
        g = row.group
        if len(g.supporting_outlets) == 1 and not g.contradicting_outlets:
            out[g.supporting_outlets[0]].append(row)
    return dict(sorted(out.items(), key=lambda kv: kv[0].casefold()))


def status_counts(groups) -> dict[str, int]:
    counts = Counter(g.status for g in groups)
    return {s: counts.get(s, 0) for s in STATUS_ORDER}


# ------------------------------------------------------------------ quotes
@dataclass(frozen=True)
class QuoteRow:
    speaker: str
    text: str
    members: tuple[dict, ...]  # outlet, fidelity, diff, speaker, article_id
    speaker_conflict: bool


def quote_table(analysis: Analysis, story: Story | None = None) -> list[QuoteRow]:
    articles = {a.id: a for a in analysis.articles}
    rows = []
    for g in analysis.quote_groups:
        if story is not None and g.story_id != story.id:
            continue
        members = sorted(
            ({"outlet": m.outlet or (outlet_name(articles[m.article_id]) if m.article_id in articles else None)
              or "unknown outlet", "fidelity": m.fidelity, "diff": m.diff, "speaker": m.speaker,
              "article_id": m.article_id} for m in g.members),
            key=lambda m: (FIDELITY_ORDER.get(m["fidelity"], 9), m["outlet"].casefold(), m["article_id"]))
        rows.append(QuoteRow(g.speaker or "unknown speaker", g.text, tuple(members), g.speaker_conflict))
    rows.sort(key=lambda r: (-len(r.members), r.speaker.casefold(), r.text))
    return rows


# ------------------------------------------------------------------ timeline
@dataclass
class TimelineEvent:
    date: str
    precision: str
    kind: str  # "event" (a dated claim) or "published"
    text: str
    outlets: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    status: str | None = None


def timeline(analysis: Analysis) -> list[TimelineEvent]:
    """Dated events stated in the articles (claims with a resolved date), and when each article appeared.

    The same claim group on the same date is one event, with every outlet that states it.
    """
    articles = {a.id: a for a in analysis.articles}
    group_of = {c: g for g in analysis.claim_groups for c in g.claim_ids}
    events: dict[tuple, TimelineEvent] = {}
    for ext in analysis.extractions:
        article = articles.get(ext.article_id)
        if article is None:
            continue
        for claim in ext.claims:
            group = group_of.get(claim.id)
            for date in claim.dates:
                if not date.value:
                    continue
                key = (date.value, group.id if group else claim.id)
                event = events.get(key)
                if event is None:
                    event = events[key] = TimelineEvent(
                        date.value, date.precision or "day", "event",
                        (group.text if group and group.text else claim.text),
                        status=group.status if group else None)
                if article.outlet and article.outlet not in event.outlets:
                    event.outlets.append(article.outlet)
                if article.id not in event.article_ids:
                    event.article_ids.append(article.id)
    for article in analysis.articles:
        if article.published:
            events[(article.published, "published", article.id)] = TimelineEvent(
                article.published[:10], article.published_precision or "day", "published",
                article.title or "(no title)", [outlet_name(article)], [article.id])
    return sorted(events.values(), key=lambda e: (e.date, e.kind != "event", e.text.casefold(), e.article_ids))


# ------------------------------------------------------------------ naming
@dataclass(frozen=True)
class NamingLine:
    entity_id: str
    entity: str
    cells: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # (outlet, names, descriptors)
    divergent: bool  # the outlets do not all use the same names


def naming_table(analysis: Analysis, outlets: list[str]) -> list[NamingLine]:
    rows: dict[str, dict[str, tuple]] = defaultdict(dict)
    names: dict[str, str] = {}
    wanted = set(outlets)
    for n in analysis.naming:
        if n.outlet in wanted:
            rows[n.entity_id][n.outlet] = (tuple(n.names), tuple(n.descriptors))
            names[n.entity_id] = n.entity
    lines = []
    for entity_id, by_outlet in rows.items():
        cells = tuple((o, *by_outlet.get(o, ((), ()))) for o in outlets)
        used = {frozenset(x.casefold() for x in v[0]) for v in by_outlet.values()}
        has_descriptors = any(v[1] for v in by_outlet.values())
        lines.append(NamingLine(entity_id, names[entity_id], cells, len(used) > 1 or has_descriptors))
    lines.sort(key=lambda l: (not l.divergent, -sum(1 for c in l.cells if c[1] or c[2]), l.entity.casefold()))
    return lines


# ------------------------------------------------------------------ framing per outlet
@dataclass(frozen=True)
class FramingCard:
    outlet: str
    articles: int
    words: int
    kinds: tuple[tuple[str, int], ...]  # finding kind → count (outlet's own words only)
    loaded_per_100: float
    opinion_share: float | None
    sentences: int
    terms: tuple[str, ...]
    quoted_findings: int  # findings inside quotes: the speaker's framing, not the outlet's
    profile: object | None  # the store-wide OutletProfile, when there is one


def framing_cards(analysis: Analysis, outlets: list[str]) -> list[FramingCard]:
    by_article = {a.id: a for a in analysis.articles}
    per: dict[str, dict] = {o: {"articles": 0, "words": 0, "kinds": Counter(), "terms": Counter(), "quoted": 0,
                                "stances": Counter(), "own": []} for o in outlets}
    # keyed as the matrix columns are: an article without an outlet is a card of its own
    key = {a.id: outlet_label(a) for a in analysis.articles}
    for a in analysis.articles:
        if key[a.id] in per:
            per[key[a.id]]["articles"] += 1
            per[key[a.id]]["words"] += a.words
    for f in analysis.framing:
        o = key.get(f.span.article_id)
        if o not in per:
            continue
        if f.whose != "outlet":
            per[o]["quoted"] += 1
            continue
        per[o]["kinds"][f.kind] += 1
        per[o]["own"].append(f)
        per[o]["terms"].update(t.casefold() for t in f.terms)
    for s in analysis.stances:
        o = key.get(s.span.article_id)
        if o in per:
            per[o]["stances"][s.kind] += 1
    profiles = {p.outlet: p for p in analysis.outlets}
    cards = []
    for o in outlets:
        d = per[o]
        sentences = sum(d["stances"].values())
        loaded = charged_passages(d["own"])  # as the outlet page counts them, not the "loaded" kind alone
        cards.append(FramingCard(
            o, d["articles"], d["words"], tuple(sorted(d["kinds"].items(), key=lambda kv: (-kv[1], kv[0]))),
            round(100 * loaded / d["words"], 2) if d["words"] else 0.0,
            round(d["stances"].get("opinion", 0) / sentences, 3) if sentences else None, sentences,
            tuple(t for t, _ in sorted(d["terms"].items(), key=lambda kv: (-kv[1], kv[0]))[:8]),
            d["quoted"], profiles.get(o)))
    cards.sort(key=lambda c: (-c.loaded_per_100, c.outlet.casefold()))
    return cards


# ------------------------------------------------------------------ copies
def copies_by_article(analysis: Analysis) -> dict[str, list[dict]]:
    """article id → the other articles it shares text with (share, kind, which came first)."""
    articles = {a.id: a for a in analysis.articles}
    out: dict[str, list[dict]] = defaultdict(list)
    for d in analysis.duplicates:
        for this, other in ((d.a, d.b), (d.b, d.a)):
            if other in articles:
                o = articles[other]
                out[this].append({"article_id": other, "outlet": outlet_name(o),
                                  "title": o.title or "(no title)", "share": d.share, "kind": d.kind,
                                  # this article is the copy when the other one came out first
                                  "copy": d.earlier == other, "original": d.earlier == this})
    for items in out.values():
        items.sort(key=lambda c: (-c["share"], c["article_id"]))
    return dict(out)


# ------------------------------------------------------------------ highlighting
LEGEND = (
    ("quote", "Quote", "a direct or indirect quote, with its speaker"),
    ("claim", "Claim", "a check-worthy statement; coloured by its cross-check status"),
    ("frame", "Framing", "loaded words, labels, slogans and other framing (the outlet's own words)"),
    ("copy", "Copied", "text this article shares with another article"),
)


def marks_for(article: Article, analysis: Analysis) -> list[Mark]:
    """Quotes, claims (with their group's status), framing findings and copied passages of one article."""
    marks: list[Mark] = []
    group_of = {c: g for g in analysis.claim_groups for c in g.claim_ids}
    for ext in analysis.extractions:
        if ext.article_id != article.id:
            continue
        for q in ext.quotes:
            who = q.speaker or "unknown speaker"
            marks.append((q.span.start, q.span.end, f"hl-quote hl-quote-{q.kind}", f"{q.kind} {'quote' if q.act == 'speech' else 'stance'} — {who}"))
        for c in ext.claims:
            group = group_of.get(c.id)
            status = group.status if group else "unchecked"
            note = f"claim · {STATUS_LABEL.get(status, status)}"
            if group and group.explanation:
                note += f": {group.explanation}"
            values = [q.text for q in c.quantities] + [d.value for d in c.dates if d.value]
            if values:
                note += " · values: " + ", ".join(values)
            marks.append((c.span.start, c.span.end, f"hl-claim hl-{status}", note))
    for f in analysis.framing:
        if f.span.article_id == article.id:
            whose = "" if f.whose == "outlet" else f" (in {f.whose}'s words)"
            reason = f": {f.reason}" if f.reason else ""
            faint = weak(f.kind, f.score)
            # a weak finding has no hl-frame fill: where it overlaps a quote or a strong finding, their colour stays
            css = f"hl-frame-weak hl-frame-weak-{f.kind}" if faint else f"hl-frame hl-frame-{f.kind}"
            marks.append((f.span.start, f.span.end, css,
                          ("weak evidence: " if faint else "") + f"{f.kind}{whose}, score {f.score:.2f}{reason}"))
    articles = {a.id: a for a in analysis.articles}
    for d in analysis.duplicates:
        for pair in d.passages:
            for mine, theirs in (pair, pair[::-1]):
                if mine.article_id == article.id:
                    other = articles.get(theirs.article_id)
                    name = outlet_name(other) if other else theirs.article_id
                    marks.append((mine.start, mine.end, "hl-copy", f"also in {name} ({d.share:.0%} shared)"))
    return marks


def highlighted_text(article: Article, analysis: Analysis) -> str:
    """The article's clean text as escaped HTML with every mark applied."""
    return render_marked(article.text, marks_for(article, analysis))


def mark_counts(article: Article, analysis: Analysis) -> dict[str, int]:
    counts = Counter()
    for _, _, cls, _ in marks_for(article, analysis):
        counts[cls.split()[0].removeprefix("hl-").removesuffix("-weak")] += 1  # weak framing is framing
    return {key: counts.get(key, 0) for key, _, _ in LEGEND}
