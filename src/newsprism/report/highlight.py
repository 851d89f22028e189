"""Marks over an article's text: overlapping spans become flat, escaped <mark> runs."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape

Mark = tuple[int, int, str, str]  # (start, end, css class, hover title)


def render_marked(text: str, marks: Iterable[Mark]) -> str:
    """HTML for `text` with every mark applied; where marks overlap, a run carries all their classes."""
    marks = [m for m in marks if 0 <= m[0] < m[1] <= len(text)]
    if not marks:
        return escape(text)
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m[0] <= lo and hi <= m[1]]
        piece = escape(text[lo:hi])
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(sorted({m[2] for m in covering}))
        titles = " | ".join(dict.fromkeys(m[3] for m in covering if m[3]))
        out.append(f'<mark class="{escape(classes)}" title="{escape(titles)}">{piece}</mark>')
    return "".join(out)
