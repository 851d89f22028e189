"""The cross-check of each story: a claims × outlets matrix with status badges, each claim expandable to
its explanation and its evidence in every article, the per-outlet "only here" lists, and the
quote-fidelity table. Everything from article text is escaped; no script is needed (details/summary).
"""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

from newsprism.crosscheck.independence import outlet_label
from newsprism.crosscheck.matrix import MARKS, StoryMatrix, story_matrix
from newsprism.records import Analysis, Article, in_quotes, outlet_name, outlet_names, source_name

CSS = """
.xc-story{margin-bottom:1.5rem}
.xc-matrix td.cell{text-align:center;font-weight:700;width:2.2rem}
.xc-matrix td.supports{background:#e4f3e6;color:#1f6b2b}.xc-matrix td.contradicts{background:#fbe3e1;color:#a12a1f}
.xc-matrix td.both{background:#fdf1d8;color:#8a5a00}.xc-matrix td.silent{color:#a0a8b4}
.xc-matrix th.outlet{writing-mode:vertical-rl;transform:rotate(180deg);font-size:.8rem;max-height:12rem;overflow-wrap:anywhere}
.badge{display:inline-block;font-size:.75rem;font-weight:700;padding:.05rem .45rem;border-radius:1rem;white-space:nowrap}
.badge.contested{background:#c0392b;color:#fff}.badge.corroborated{background:#2e7d32;color:#fff}
.badge.single-source{background:#e0e4ea;color:#333}
.xc-claim summary{cursor:pointer}.xc-claim .expl{margin:.4rem 0;color:var(--fg)}
.xc-claim ul{margin:.2rem 0 .4rem;padding-left:1.1rem;font-size:.88rem}.xc-claim .outlet{font-weight:600}
.xc-claim .span{color:var(--muted);font-family:ui-monospace,monospace;font-size:.75rem}
.xc-only li{margin:.15rem 0}.fidelity.verbatim{color:#1f6b2b}.fidelity.trimmed{color:#8a5a00}
.fidelity.altered{color:#a12a1f;font-weight:700}.fidelity.paraphrase{color:#2d5fa8}
.diff{font-family:ui-monospace,monospace;font-size:.8rem}
"""


UNKNOWN_NOTE = "an article whose outlet was not found counts as an outlet of its own"
ONE_OUTLET_NOTE = ("only one outlet tells this story, so every claim is single-source until an article of "
                   "another outlet joins it")


def unknown_outlet_sources(articles: Iterable[Article]) -> dict[str, str]:
    """outlet label → the input's name, for the articles whose outlet was not found: "unknown outlet
    (05bf48d7)" alone does not tell a reader which of their files it is."""
    return {outlet_label(a): source_name(a.source) for a in articles if not a.outlet}


def _named(outlet: str, shown: dict[str, str]) -> str:
    """The outlet as the rest of the report names it (`records.outlet_name`): a file, not an id."""
    return shown.get(outlet, outlet)


def _claim_cell(row, sources: dict[str, str]) -> str:
    g = row.group
    items = "".join(
        f'<li><span class="outlet">{escape(_named(e.outlet, sources))}</span> '
        f'<a href="#article-{escape(e.article_id)}" class="span">[{e.span.start}:{e.span.end}]</a> '
        f"{escape(in_quotes(e.text))}</li>" for e in row.evidence)
    return (f'<details class="xc-claim"><summary>{escape(g.text)}</summary>'
            f'<p class="expl">{escape(g.explanation)}</p>'
            f"<p>Evidence in every article ({len(row.evidence)}):</p><ul>{items}</ul></details>")


def _matrix(m: StoryMatrix, sources: dict[str, str]) -> str:
    head = "".join(f'<th class="outlet" title="{escape(_named(o, sources))}">{escape(_named(o, sources))}</th>'
                   for o in m.outlets)
    rows = []
    for r in m.rows:
        g = r.group
        cells = "".join(f'<td class="cell {c}" title="{escape(o)}: {c}">{MARKS[c]}</td>'
                        for o, c in zip(m.outlets, r.cells))
        rows.append(f'<tr><td><span class="badge {escape(g.status)}">{escape(g.status)}</span></td>'
                    f"<td>{g.independent_sources}</td>{cells}<td>{_claim_cell(r, sources)}</td></tr>")
    counts = {s: sum(1 for r in m.rows if r.group.status == s) for s in ("contested", "corroborated", "single-source")}
    summary = " · ".join(f"{n} {s}" for s, n in counts.items())
    alone = f" ({ONE_OUTLET_NOTE})" if len(m.outlets) == 1 else ""
    return (f"<p>{escape(summary)}{escape(alone)}. {MARKS['supports']} states it, {MARKS['contradicts']} states "
            f"something incompatible, {MARKS['both']} both, {MARKS['silent']} silent. Sources: independent sources, "
            f"with copies and citations of another outlet counted once{_unknown_note(m, sources)}. Open a claim "
            f"for why, and for its evidence in every article.</p>"
            f'<table class="xc-matrix"><thead><tr><th>Status</th><th>Sources</th>{head}<th>Claim</th></tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table>")


def _unknown_note(m: StoryMatrix, sources: dict[str, str]) -> str:
    return f"; {UNKNOWN_NOTE}" if any(o in sources for o in m.outlets) else ""


def _only_here(m: StoryMatrix, sources: dict[str, str]) -> str:
    if not m.only_here:
        return ""
    parts = []
    for outlet, groups in m.only_here:
        items = "".join(f"<li>{escape(g.text)}</li>" for g in groups)
        parts.append(f"<details><summary>{escape(_named(outlet, sources))} ({len(groups)})</summary>"
                     f"<ul>{items}</ul></details>")
    return (f'<div class="xc-only"><h4>Only here: claims no other outlet of the story makes</h4>'
            f"{''.join(parts)}</div>")


def _quotes(m: StoryMatrix, sources: dict[str, str], by_article: dict[str, str]) -> str:
    if not m.quote_groups:
        return ""
    rows = []
    for q in m.quote_groups:
        flag = ' <span class="badge contested">speaker differs</span>' if q.speaker_conflict else ""
        first = True
        for mem in q.members:
            lead = (f'<td rowspan="{len(q.members)}">{escape(q.speaker or "unknown")}{flag}</td>'
                    f'<td rowspan="{len(q.members)}">“{escape(q.text)}”</td>') if first else ""
            first = False
            rows.append(f"<tr>{lead}<td>{escape(_named(mem.outlet, sources) if mem.outlet else by_article.get(mem.article_id, mem.article_id))}</td>"
                        f'<td class="fidelity {escape(mem.fidelity)}">{escape(mem.fidelity)}</td>'
                        f'<td class="diff">{escape(mem.diff)}</td></tr>')
    return ('<h4>Quote fidelity: each outlet\'s copy against the fullest one</h4>'
            '<p class="note">Word changes: <span class="diff">[-words-]</span> left out of the fullest copy, '
            '<span class="diff">{+words+}</span> put in, <span class="diff">…</span> unchanged words skipped.</p>'
            '<table class="xc-quotes"><thead><tr><th>Speaker</th><th>Quote</th><th>Outlet</th><th>Fidelity</th>'
            f"<th>Word changes</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def render(analysis: Analysis) -> str:
    parts = []
    sources = outlet_names(analysis.articles)  # outlet label → the name every page shows
    by_article = {a.id: outlet_name(a) for a in analysis.articles}
    for story in analysis.stories:
        m = story_matrix(story, analysis)
        if not m.rows and not m.quote_groups:
            continue
        parts.append(f'<div class="xc-story" id="crosscheck-{escape(story.id)}"><h3>{escape(story.title)}</h3>'
                     f"{_matrix(m, sources)}{_only_here(m, sources)}{_quotes(m, sources, by_article)}</div>")
    if not parts:
        return ""
    return f'<section id="crosscheck"><h2>Cross-check</h2>{"".join(parts)}</section>'
