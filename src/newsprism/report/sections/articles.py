"""The articles side by side: metadata, the clean body with highlights, and what was set aside."""
from __future__ import annotations

from collections import Counter
from html import escape

from newsprism.records import Analysis, Article, Comment, one_line, outlet_name
from newsprism.report.dates import date_html
from newsprism.report.highlight import Mark, render_marked

CSS = """
.articles{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(26rem,100%),1fr));gap:1rem}
.article{border:1px solid var(--line);border-radius:8px;padding:1rem;background:var(--card);min-width:0}
.article h3{margin:.1rem 0 .4rem;font-size:1.1rem}
.meta{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;font-size:.85rem;color:var(--muted);margin:0 0 .6rem}
.meta dt{font-weight:600}.meta dd{margin:0;overflow-wrap:anywhere}
.body{white-space:pre-wrap;line-height:1.5;font-size:.95rem}
.setaside{margin-top:.6rem;border-left:4px solid var(--aside);background:var(--asidebg);padding:.3rem .6rem;border-radius:4px}
.setaside summary{cursor:pointer;font-weight:600;font-size:.9rem}
.setaside ol{margin:.3rem 0;padding-left:1.2rem;font-size:.85rem}
.setaside .why{color:var(--muted);font-style:italic}
.comments{border-left-color:var(--comment);background:var(--commentbg)}
.flag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:1rem;background:var(--flag);margin-right:.2rem}
"""


def _meta_rows(article: Article) -> str:
    date = date_html(article.published, article.published_precision, missing="unknown")
    if article.published:
        date += escape(f" ({article.published_precision or '?'} precision; from {article.published_found or '?'})")
    outlet = outlet_name(article)
    if article.outlet and article.outlet_found:
        outlet += f" (from {article.outlet_found})"
    rows = [("Outlet", escape(outlet)), ("Byline", escape(article.byline or "—")), ("Published", date),
            ("Language", escape(article.language or "?")), ("Words", str(article.words)),
            ("Source", escape(one_line(article.url or article.source))), ("Id", escape(article.id))]
    return "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)  # values escaped above


def comment_head(comment: Comment) -> str:
    """"Ann Roe · 2 hours ago": who wrote a reader comment and when, as far as known (as the web UI shows it)."""
    return " · ".join(p for p in (comment.author, comment.date) if p)


def _set_aside(article: Article) -> str:
    parts = []
    removed = [s for s in article.removed if s.text.strip()]
    if removed:
        reasons = Counter(s.reason or "boilerplate" for s in removed)
        summary = ", ".join(f"{n} {escape(r)}" for r, n in reasons.most_common())
        items = "".join(f'<li><span class="why">{escape(s.reason or "boilerplate")}:</span> '
                        f"{escape(s.text)}</li>" for s in removed)
        parts.append(f'<details class="setaside"><summary>Set aside as boilerplate: {len(removed)} '
                     f"({summary})</summary><ol>{items}</ol></details>")
    if article.captions:
        items = "".join(f"<li>{escape(c)}</li>" for c in article.captions)
        parts.append(f'<details class="setaside"><summary>Captions: {len(article.captions)}</summary>'
                     f"<ol>{items}</ol></details>")
    if article.comments:
        heads = [comment_head(c) for c in article.comments]
        items = "".join(f"<li>{'<span class=why>' + escape(h) + ':</span> ' if h else ''}{escape(c.text)}</li>"
                        for h, c in zip(heads, article.comments))
        parts.append(f'<details class="setaside comments"><summary>Reader comments (not part of the '
                     f"article): {len(article.comments)}</summary><ol>{items}</ol></details>")
    return "".join(parts)


def render_article(article: Article, marks: list[Mark]) -> str:
    flags = "".join(f'<span class="flag">{escape(f)}</span>' for f in article.flags)
    return (f'<article class="article" id="article-{escape(article.id)}">'
            f"<h3>{escape(article.title or '(no title)')}</h3>{flags}"
            f'<dl class="meta">{_meta_rows(article)}</dl>'
            f'<div class="body">{render_marked(article.text, marks)}</div>'
            f"{_set_aside(article)}</article>")


def render(analysis: Analysis, marks_for=lambda article: [], legend: str = "") -> str:
    """The article cards oldest first (undated last), as `newsprism articles` lists them; `legend` (HTML)
    says what the highlights mean."""
    if not analysis.articles:
        return ""
    ordered = sorted(analysis.articles, key=lambda a: (a.published is None, a.published or "", a.id))
    cards = "".join(render_article(a, marks_for(a)) for a in ordered)
    note = f'<p class="note">Highlights: {legend}. Hover one for details.</p>' if legend else ""
    return (f'<section id="articles"><h2>Articles ({len(analysis.articles)})</h2>{note}'
            f'<div class="articles">{cards}</div></section>')
