"""How each outlet tells it: outlet profile cards with small bar charts, the naming table (entity ×
outlet → names and descriptors), a legend, and the framing highlights of the article view (hover
shows the kind, the score, whose words they are and why)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape

from newsprism.framing.kinds import KINDS, STANCE_KINDS, WEAK_LOADED_SCORE, weak
from newsprism.framing.naming import divergent_entities, naming_by_story, outlet_of
from newsprism.records import Analysis, Article, NamingRow, OutletProfile, counted, outlet_names

# one colour a kind; kinds of the same family share a hue
COLOURS = {
    "loaded": "#ffd0c2", "repeated": "#ffe3da", "label": "#f7c6ef", "mandatory-label": "#e6dcf5",
    "slogan": "#ffb3b3", "call-to-action": "#ffc9a8", "rhetorical-question": "#d5f0c8",
    "exaggeration": "#fff0a6", "minimisation": "#f3efcf", "doubt": "#c9e7f5", "scare-quote": "#dde8ee",
    "fear": "#f5c1c1",
}
MAX_NAMING_ENTITIES = 30

# fr-weak: no fill of its own (:where keeps it below any class's fill, so a quote or a strong finding
# over the same words keeps its colour), a dotted underline that no claim or quote style overrides
CSS = """mark:where(.fr-weak){background:transparent}
mark.fr-weak{text-decoration:underline dotted #c0651a 2px;text-underline-offset:4px}
""" + "".join(f"mark.fr-{k}{{background:{c}}}" for k, c in COLOURS.items()) + """
mark.st-opinion{box-shadow:inset 0 -2px 0 #c0392b}
mark.fr-whose-quoted{outline:1px dashed #888}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.8rem;margin:.4rem 0 1rem}
.legend span.sw{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;vertical-align:middle;margin-right:.25rem;border:1px solid var(--line)}
.profiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(17rem,100%),1fr));gap:.8rem;margin-bottom:1rem}
.profile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;font-size:.85rem}
.profile h3{margin:0 0 .4rem;font-size:1rem}
.bar{display:grid;grid-template-columns:9rem 1fr 3.2rem;align-items:center;gap:.4rem;margin:.15rem 0}
.bar .track{background:#eef1f5;border-radius:3px;height:.7rem;overflow:hidden}
.bar .fill{background:#c0392b;height:100%}
.bar .fill.loaded{background:#e67e22}
.profile ul{margin:.3rem 0 0;padding-left:1.1rem}
.profile .k{color:var(--muted)}
table.naming td .d{color:var(--muted);font-style:italic}
table.naming td.k{color:var(--muted)}
"""


def _outlets_in(analysis: Analysis) -> list[str]:
    return sorted({outlet_of(a) for a in analysis.articles})


ARTICLE_LEGEND = ('<a href="#framing">framing colours</a>: see the legend of the Framing section; '
                  '<mark class="fr-weak">dotted underline</mark>: loaded wording on weak evidence')


def legend() -> str:
    items = [f'<span><span class="sw" style="background:{COLOURS[k]}"></span>{escape(k)}: {escape(text)}</span>'
             for k, (_, text) in KINDS.items() if k in COLOURS]
    items.append('<span><span class="sw" style="box-shadow:inset 0 -3px 0 #c0392b"></span>opinion sentence: '
                 f'{escape(STANCE_KINDS["opinion"])}</span>')
    items.append('<span><span class="sw" style="outline:1px dashed #888"></span>inside a quote: the '
                 "speaker's words, not the outlet's</span>")
    items.append('<span><mark class="fr-weak">dotted underline</mark>: loaded wording on '
                 f"weak evidence (score under {WEAK_LOADED_SCORE}), often a plain word on ordinary news</span>")
    return f'<div class="legend">{"".join(items)}</div>'


def _bar(label: str, value: float, top: float, shown: str, css: str = "") -> str:
    width = 0.0 if top <= 0 else max(0.0, min(100.0, 100.0 * value / top))
    return (f'<div class="bar"><span class="k">{escape(label)}</span><span class="track">'
            f'<span class="fill {css}" style="width:{width:.1f}%;display:block"></span></span>'
            f"<span>{escape(shown)}</span></div>")


def _profile_card(p: OutletProfile, top_density: float, shown: dict[str, str]) -> str:
    def listing(title: str, items: tuple[str, ...], n: int = 6) -> str:
        if not items:
            return f'<div><span class="k">{escape(title)}:</span> none</div>'
        lis = "".join(f"<li>{escape(i)}</li>" for i in items[:n])
        more = f"<li>… {len(items) - n} more</li>" if len(items) > n else ""
        return f'<div><span class="k">{escape(title)}:</span><ul>{lis}{more}</ul></div>'

    return (f'<div class="profile"><h3>{escape(shown.get(p.outlet, p.outlet))}</h3>'
            f'<div class="k">{counted(p.articles, "article")}, {counted(p.sentences, "sentence")}</div>'
            + _bar("opinion share", p.opinion_share, 1.0, f"{p.opinion_share:.0%}")
            + _bar("charged passages / 100 words", p.loaded_density, top_density, f"{p.loaded_density:.2f}", "loaded")
            + listing("labels it uses", p.labels)
            + listing("sources it cites", p.cited_sources)
            + f'<div><span class="k">claims only it makes:</span> {len(p.only_here_claims)}</div></div>')


def naming_table(rows: Sequence[NamingRow], outlets: list[str], shown: dict[str, str],
                 heading: str = "Naming: the names and descriptors each outlet uses", tag: str = "h3") -> str:
    """Entity × outlet, the entities outlets name differently only; "" when there is none."""
    wanted = divergent_entities(rows)[:MAX_NAMING_ENTITIES]
    if not wanted:
        return ""
    by_entity: dict[str, dict[str, NamingRow]] = defaultdict(dict)
    for r in rows:
        by_entity[r.entity_id][r.outlet] = r
    head = "".join(f"<th>{escape(shown.get(o, o))}</th>" for o in outlets)
    body = []
    for eid in wanted:
        cells = by_entity[eid]
        name = next(iter(cells.values())).entity
        tds = []
        for o in outlets:
            r = cells.get(o)
            if r is None:
                tds.append('<td class="k">—</td>')  # not named there, as the web UI shows it
                continue
            desc = f'<div class="d">{escape(", ".join(r.descriptors[:5]))}</div>' if r.descriptors else ""
            tds.append(f"<td>{escape(', '.join(r.names))}{desc}</td>")
        body.append(f"<tr><th>{escape(name)}</th>{''.join(tds)}</tr>")
    return (f"<{tag}>{escape(heading)}</{tag}>"
            f'<table class="naming"><tr><th>entity</th>{head}</tr>{"".join(body)}</table>')


def render(analysis: Analysis) -> str:
    if not (analysis.outlets or analysis.framing or analysis.naming):
        return ""
    outlets = _outlets_in(analysis)
    profiles = sorted(analysis.outlets, key=lambda p: (-p.loaded_density, p.outlet))
    top = max((p.loaded_density for p in profiles), default=0.0)
    shown = outlet_names(analysis.articles)  # an article without an outlet: its file, not an id
    cards = "".join(_profile_card(p, top, shown) for p in profiles)
    counts: dict[str, int] = defaultdict(int)
    for f in analysis.framing:
        counts[f.kind] += 1
    summary = ", ".join(f"{n} {escape(k)}" for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f'<section id="framing"><h2>Framing</h2>'
            f"<p>How each outlet tells it, with the words as evidence: nothing here rates truth. "
            f"Findings: {summary or 'none'}. Highlighted in the articles below; hover for the reason.</p>"
            f"{legend()}<h3>Outlet profiles</h3><div class=\"profiles\">{cards}</div>"
            f"{_run_naming(analysis, outlets, shown)}</section>")


def _run_naming(analysis: Analysis, outlets: list[str], shown: dict[str, str]) -> str:
    """Without stories, the run-wide table. With them, each story has its own (its outlets, its articles),
    linked from here; with two stories or more the run-wide table follows, as the view across stories (a
    earlier story's name for a group beside a later story's), headed so that it is not read as one story's."""
    if not analysis.stories:
        return naming_table(analysis.naming, outlets, shown)
    if not analysis.naming:
        return ""
    with_table = story_naming_tables(analysis)
    tables = [s for s in analysis.stories if s.id in with_table]
    across = naming_table(analysis.naming, outlets, shown, "Across all stories: the names each outlet uses in the "
                          "whole run", "h4") if len(analysis.stories) > 1 else ""
    if not tables:
        return "<h3>Naming</h3><p>No story has outlets that name someone differently.</p>" + across
    links = "".join(f'<li><a href="#naming-{escape(s.id)}">{escape(s.title)}</a></li>' for s in tables)
    return (f"<h3>Naming</h3><p>The names and descriptors each outlet uses are compared story by story, "
            f"among each story's outlets:</p><ul>{links}</ul>{across}")


def story_naming_tables(analysis: Analysis) -> dict[str, str]:
    """Story id → its naming table (columns: the story's outlets), for stories told by two outlets or more
    that name someone differently. Nothing when framing did not run."""
    if not analysis.naming:
        return {}
    rows = naming_by_story(analysis.stories, analysis.articles, analysis.extractions, analysis.entities)
    by_id = {a.id: a for a in analysis.articles}
    shown = outlet_names(analysis.articles)
    tables = {}
    for story in analysis.stories:
        # in the order of the names shown: files by name, not by the id in their key
        outlets = sorted({outlet_of(by_id[i]) for i in story.article_ids if i in by_id}, key=lambda o: shown.get(o, o))
        if len(outlets) < 2:
            continue
        html = naming_table(rows[story.id], outlets, shown, "Naming in this story: what each outlet calls whom", "h4")
        if html:
            tables[story.id] = f'<div class="st-naming" id="naming-{escape(story.id)}">{html}</div>'
    return tables


def highlight_spans(article: Article, analysis: Analysis):
    """Marks for the article view: every framing finding, and the sentences that are opinion."""
    marks = []
    for f in analysis.framing:
        if f.span.article_id != article.id:
            continue
        faint = weak(f.kind, f.score)  # no fr-{kind} fill: the dotted underline alone
        css = ("fr-weak" if faint else f"fr-{f.kind}") + ("" if f.whose == "outlet" else " fr-whose-quoted")
        whose = "the outlet's own words" if f.whose == "outlet" else f"words of {f.whose}"
        title = f"{f.kind} ({f.technique or 'no PTC technique'}), score {f.score:.2f}, {whose}: {f.reason}"
        if faint:
            title = "weak evidence: " + title
        marks.append((f.span.start, f.span.end, css, title))
    for s in analysis.stances:
        if s.span.article_id == article.id and s.kind == "opinion":
            marks.append((s.span.start, s.span.end, "st-opinion", "opinion: " + "; ".join(s.cues[:4])))
    return marks
