"""Who and what: the entities of each story, a "who said what, where" quotes table, and the quote /
claim highlights of the article view (hover shows the speaker, the figures and the dates)."""
from __future__ import annotations

from html import escape

from newsprism.records import Analysis, Article, Claim, Entity, Quote, entity_type_word, outlet_name

CSS = """
.entities{display:flex;flex-wrap:wrap;gap:.3rem;margin:.3rem 0 1rem}
.entity{background:#fff;border:1px solid var(--line);border-radius:1rem;padding:.05rem .6rem;font-size:.85rem}
.entity .t{color:var(--muted);font-size:.7rem;margin-left:.3rem}
.entity .n{color:var(--muted);margin-left:.3rem}
table.quotes td.q{max-width:46rem}
.kind-scare{color:var(--muted);font-style:italic}
mark.quote{background:#dcebff}mark.quote-indirect{background:#eaf2ff}mark.quote-scare{background:#eeeeee}
mark.claim{background:none;border-bottom:2px solid #e0a800}
mark.claim.quote,mark.claim.quote-indirect{border-bottom:2px solid #e0a800}
"""

# what the extract marks look like in the article view (shown above the articles)
ARTICLE_LEGEND = ('<mark class="claim">underlined</mark>: a claim · <mark class="quote">blue</mark>: a direct '
                  'quote · <mark class="quote-indirect">pale blue</mark>: an indirect quote or a stance · '
                  '<mark class="quote-scare">grey</mark>: a scare quote')

MAX_QUOTES = 400  # a table row each; a larger corpus is for the web UI or `newsprism quotes`


def _outlet(article: Article | None) -> str:
    """The outlet, or the input's name when no outlet was found: a story of unnamed files otherwise shows
    the same "(unknown outlet)" on every row."""
    if article is None:
        return "(unknown outlet)"
    return outlet_name(article)


def _story_groups(analysis: Analysis) -> list[tuple[str, list[str]]]:
    if analysis.stories:
        return [(s.title or s.id, list(s.article_ids)) for s in analysis.stories]
    return [("All articles", [a.id for a in analysis.articles])]


def _entity_list(entities: list[tuple[Entity, int]]) -> str:
    items = []
    for e, n in entities:
        why = "; ".join(f"{m.alias}: {m.reason}" + ("" if m.score is None else f" ({m.score:.2f})") for m in e.merges)
        title = f"also: {why}" if why else "no other names"
        items.append(f'<span class="entity" title="{escape(title)}">{escape(e.name)}'
                     f'<span class="t">{escape(entity_type_word(e.type))}</span><span class="n">{n}</span></span>')
    return f'<div class="entities">{"".join(items)}</div>'


def _quote_rows(analysis: Analysis, article_ids: list[str], names: dict[str, str],
                by_id: dict[str, Article], act: str = "speech") -> tuple[str, int]:
    wanted = set(article_ids)
    quotes: list[tuple[str, Quote]] = [(x.article_id, q) for x in analysis.extractions if x.article_id in wanted
                                       for q in x.quotes if q.kind != "scare" and q.act == act]
    quotes.sort(key=lambda aq: ((names.get(aq[1].speaker_entity_id or "") or aq[1].speaker or "~").lower(),
                                aq[0], aq[1].span.start))
    rows = []
    for aid, q in quotes[:MAX_QUOTES]:
        who = names.get(q.speaker_entity_id or "") or q.speaker or "unknown speaker"  # as the web UI says it
        written = f" (“{q.speaker}”)" if q.speaker and q.speaker != who else ""
        media = " · media" if q.speaker_is_media else ""
        rows.append(f"<tr><td>{escape(who)}{escape(written)}{media}</td><td>{escape(q.kind)}</td>"
                    f"<td>{escape(q.cue or '')}</td><td class=\"q\">{escape(q.text)}</td>"
                    f'<td><a href="#article-{escape(aid)}">{escape(_outlet(by_id.get(aid)))}</a> '
                    f'<span title="characters {q.span.start} to {q.span.end} of the article\'s clean text">'
                    f"@{q.span.start}–{q.span.end}</span></td></tr>")
    return "".join(rows), len(quotes)


def _quote_table(rows: str, total: int, verb: str, empty: str) -> tuple[str, int]:
    more = f"<p>Showing {MAX_QUOTES} of {total}; see <code>newsprism quotes</code>.</p>" if total > MAX_QUOTES else ""
    table = (f'<table class="quotes"><thead><tr><th>Who</th><th>Kind</th><th>Cue</th><th>{verb}</th>'
             f"<th>Where (article @ characters)</th></tr></thead><tbody>{rows}</tbody></table>{more}") \
        if rows else f"<p>{empty}</p>"
    return table, total


def render(analysis: Analysis) -> str:
    if not analysis.extractions:
        return ""
    by_id = {a.id: a for a in analysis.articles}
    names = {e.id: e.name for e in analysis.entities}
    parts = []
    for title, article_ids in _story_groups(analysis):
        wanted = set(article_ids)
        counted = []
        for e in analysis.entities:
            n = sum(1 for s in e.mentions if s.article_id in wanted)
            if n:
                counted.append((e, n))
        counted.sort(key=lambda en: (-en[1], en[0].name.lower()))
        said, total = _quote_table(*_quote_rows(analysis, article_ids, names, by_id, "speech"), "Said", "No quotes.")
        held, stances = _quote_table(*_quote_rows(analysis, article_ids, names, by_id, "stance"), "Holds",
                                     "No stances attributed.")
        stance_part = (f"<h4>Stances attributed, not words ({stances})</h4>"
                       f"<p class=\"note\">Attitudes the articles report (believes, wants, supports, a poll "
                       f"shows) rather than words said or written.</p>{held}") if stances else ""
        parts.append(f"<h3>{escape(title)}</h3><h4>Entities ({len(counted)})</h4>"
                     f'<p class="note">Each with its type and its mentions in this story; hover a name for '
                     f"its other names and why they were merged.</p>{_entity_list(counted)}"
                     f"<h4>Who said what, where ({total})</h4>{said}{stance_part}")
    return f'<section id="extract"><h2>Entities and quotes</h2>{"".join(parts)}</section>'


def _claim_title(c: Claim) -> str:
    bits = []
    for q in c.quantities:
        value = "?" if q.value is None else f"{q.value:g}"
        if q.change_from is not None:
            value = f"{q.change_from:g} → {value}"
        bits.append(" ".join(p for p in (q.approx, value, q.unit or q.thing) if p) + f" [{q.kind}]")
    bits += [f"{d.text} = {d.value}" + (" (relative)" if d.relative else "") for d in c.dates if d.value]
    if c.attributed_to:
        bits.append(f"according to {c.attributed_to}")
    return f"claim ({c.kind})" + (": " + "; ".join(bits) if bits else "")


def highlight_spans(article: Article, analysis: Analysis):
    """Marks for the article view: quotes (with the speaker) and claims (with figures and dates)."""
    names = {e.id: e.name for e in analysis.entities}
    marks = []
    for ext in analysis.extractions:
        if ext.article_id != article.id:
            continue
        for q in ext.quotes:
            who = names.get(q.speaker_entity_id or "") or q.speaker
            css = {"direct": "quote", "indirect": "quote-indirect", "scare": "quote-scare"}.get(q.kind, "quote")
            title = ("scare quote / title: nobody's statement" if q.kind == "scare"
                     else f"{q.kind} quote: {who or 'speaker unknown'}" + (f" ({q.cue})" if q.cue else ""))
            marks.append((q.span.start, q.span.end, css, title))
        for c in ext.claims:
            marks.append((c.span.start, c.span.end, "claim", _claim_title(c)))
    return marks

