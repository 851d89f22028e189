"""Stories: one section per story (one real-world event) with its dates, outlets, key entities,
storyline, each article and why it is in the story, and the copies found among its articles."""
from __future__ import annotations

from html import escape

from newsprism.records import (Analysis, Article, Duplicate, Membership, Story, counted, outlets_counted, source_name,
                              storyline_summary)
from newsprism.report.dates import date_html
from newsprism.report.sections.framing import story_naming_tables

CSS = """
.st-story{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;background:var(--card);margin-bottom:1rem}
.st-story h3{margin:.1rem 0 .3rem}
.st-facts{font-size:.9rem;color:var(--muted);margin:.2rem 0 .5rem}
.st-facts b{color:var(--fg);font-weight:600}
.st-members td.why{font-size:.85rem;color:var(--muted)}
.st-members time{white-space:nowrap}
.st-members .src{font-size:.8rem;color:var(--muted);word-break:break-all}
.st-members .notitle{white-space:nowrap}
.st-line{font-size:.9rem;margin:.4rem 0}
.st-line ol{margin:.2rem 0;padding-left:1.3rem}
.st-copies{font-size:.9rem}
.st-naming h4{margin:.6rem 0 .3rem}
.st-copies blockquote{margin:.2rem 0 .4rem 1rem;padding-left:.5rem;border-left:3px solid var(--aside);color:var(--muted)}
"""


def _date_range(story: Story) -> str:
    if not story.first_date:
        return "undated"
    first, last = story.first_date[:10], (story.last_date or story.first_date)[:10]
    return first if first == last else f"{first} to {last}"


def _article_link(article: Article | None, article_id: str) -> str:
    label = (article.outlet or article.title or article_id[:12]) if article else article_id[:12]
    return f'<a href="#article-{escape(article_id)}">{escape(label)}</a>'


def _outlet_link(article: Article | None, article_id: str) -> str:
    """The outlet column: the outlet, or which input the article came from when no outlet was found (the
    title has its own column, and a title where an outlet belongs reads as a publisher's name)."""
    if article is None or article.outlet:
        return _article_link(article, article_id)
    where = source_name(article.source) or article_id[:12]
    return f'<a href="#article-{escape(article_id)}">unknown outlet</a> <span class="src">{escape(where)}</span>'


def flags_unsaid(member: Membership) -> list[str]:
    """The member's flags that its reason does not already say ("no-date: placed by content" beside a
    reason ending "no date: placed by content" reads as a stutter)."""
    reason = member.reason.lower()
    return [f for f in member.flags if f.replace("-", " ").lower() not in reason]


def _members(story: Story, by_id: dict[str, Article]) -> str:
    rows = []
    for m in story.members:
        a = by_id.get(m.article_id)
        flags = "".join(f' <span class="flag">{escape(f)}</span>' for f in flags_unsaid(m))
        title = escape(a.title) if a and a.title else '<span class="src notitle">(no title)</span>'
        rows.append(f"<tr><td>{_outlet_link(a, m.article_id)}</td>"
                    f"<td>{date_html(a.published, a.published_precision) if a else '?'}</td>"
                    f"<td>{title}{flags}</td>"
                    f'<td class="why">{escape(m.reason)}</td></tr>')
    return ('<table class="st-members"><tr><th>Outlet</th><th>Published</th><th>Title</th>'
            f'<th>Why it is in this story</th></tr>{"".join(rows)}</table>')


def _copies(copies: list[Duplicate], by_id: dict[str, Article]) -> str:
    if not copies:
        return ""
    items = []
    for d in copies:
        a, b = by_id.get(d.a), by_id.get(d.b)
        first = ""
        if d.earlier:
            first = f"; {_article_link(by_id.get(d.earlier), d.earlier)} was published first"
        quote = ""
        if d.passages and a is not None:
            span = d.passages[0][0]
            text = a.text[span.start:span.end]
            quote = f"<blockquote>{escape(text if len(text) <= 300 else text[:299] + '…')}</blockquote>"
        items.append(f"<li>{_article_link(a, d.a)} and {_article_link(b, d.b)}: {escape(d.kind)}, "
                     f"{d.share:.0%} of the shorter text in {counted(len(d.passages), 'shared passage')}{first}{quote}</li>")
    return (f'<div class="st-copies"><b>Copies found ({len(copies)})</b> — these articles are not independent '
            f'sources of each other:<ul>{"".join(items)}</ul></div>')


def _storyline(story: Story, analysis: Analysis, titles: dict[str, Story]) -> str:
    line = next((sl for sl in analysis.storylines if sl.id == story.storyline_id), None)
    if line is None or len(line.story_ids) < 2:
        return ""
    items = []
    for sid in line.story_ids:
        other = titles.get(sid)
        label = escape(other.title) if other else escape(sid)
        when = escape(_date_range(other)) if other else ""
        items.append(f"<li><b>{label}</b> ({when})</li>" if sid == story.id else
                     f'<li><a href="#story-{escape(sid)}">{label}</a> ({when})</li>')
    return f'<div class="st-line">{escape(storyline_summary(line))}:<ol>{"".join(items)}</ol></div>'


def render_story(story: Story, analysis: Analysis, by_id: dict[str, Article], titles: dict[str, Story],
                 naming: str = "") -> str:
    members = set(story.article_ids)
    copies = [d for d in analysis.duplicates if d.a in members and d.b in members]
    checked = any(g.story_id == story.id for g in analysis.claim_groups)
    facts = [f"<b>{escape(_date_range(story))}</b>", counted(len(story.article_ids), "article"),
             outlets_counted(len(story.outlets), sum(1 for a in story.article_ids if a in by_id and not by_id[a].outlet))
             + (f": {escape(', '.join(story.outlets))}" if story.outlets else "")]
    if story.key_entities:
        facts.append("key entities: " + escape(", ".join(story.key_entities)))
    if checked:
        facts.append(f'<a href="#crosscheck-{escape(story.id)}">cross-check</a>')
    return (f'<section class="st-story" id="story-{escape(story.id)}"><h3>{escape(story.title)}</h3>'
            f'<p class="st-facts">{" · ".join(facts)}</p>{_storyline(story, analysis, titles)}'
            f"{_members(story, by_id)}{_copies(copies, by_id)}{naming}</section>")


def render(analysis: Analysis) -> str:
    if not analysis.stories:
        return ""
    by_id = {a.id: a for a in analysis.articles}
    titles = {s.id: s for s in analysis.stories}
    n_copies = len(analysis.duplicates)
    # "in 0 storylines" reads as a fault: with none, say that no story follows on from another
    lines = (f" in {counted(len(analysis.storylines), 'storyline')}" if analysis.storylines else
             "; no storyline (related events over time) found")
    intro = (f"<p>{counted(len(analysis.stories), 'story')} (one real-world event each){lines}; "
             f"{counted(n_copies, 'pair')} of articles share text.</p>")
    naming = story_naming_tables(analysis)  # what each of the story's outlets calls whom
    body = "".join(render_story(s, analysis, by_id, titles, naming.get(s.id, "")) for s in analysis.stories)
    return f'<section id="stories"><h2>Stories ({len(analysis.stories)})</h2>{intro}{body}</section>'
