"""Cross-check commands: `newsprism check [STORY]` prints a story's claims × outlets matrix.

Without STORY it lists the stored stories with their claim counts, to pick one from.
"""
from __future__ import annotations

import shutil
import textwrap

from newsprism.cli.core import (add_db_option, add_json_option, find_story, list_stories_to_pick, open_existing,
                                print_json)
from newsprism.crosscheck.matrix import MARKS, StoryMatrix, story_matrix
from newsprism.records import counted, in_quotes
from newsprism.report.sections.crosscheck import ONE_OUTLET_NOTE, UNKNOWN_NOTE, unknown_outlet_sources

STATUS_LABEL = {"contested": "CONTESTED", "corroborated": "CORROB.", "single-source": "SINGLE"}


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def render_matrix(m: StoryMatrix, details: bool = False, width: int | None = None,
                  sources: dict[str, str] | None = None) -> str:
    """The matrix as plain text: one line per claim group, one column per outlet (numbered; the legend
    names them), then the only-here lists and the quote-fidelity table. `sources`: see
    unknown_outlet_sources."""
    width = width or shutil.get_terminal_size((120, 20)).columns
    sources = sources or {}

    def named(outlet: str) -> str:
        return f"{outlet} {sources[outlet]}" if outlet in sources else outlet

    s = m.story
    dates = " … ".join(dict.fromkeys(d for d in (s.first_date, s.last_date) if d)) or "undated"
    unknown = sum(o in sources for o in m.outlets)
    notes = [UNKNOWN_NOTE] * bool(unknown) + [ONE_OUTLET_NOTE] * (len(m.outlets) == 1)
    outlets = (counted(len(m.outlets), "outlet") + (", unknown" if len(m.outlets) == 1 else
                                                    f", {unknown} of them unknown") * bool(unknown)
               + (f" ({'; '.join(notes)})" if notes else ""))
    lines = [f"{s.title}  [{s.id}]", f"{dates} · {counted(len(s.article_ids), 'article')} · {outlets}", ""]
    lines += [f"  {k + 1:>2} = {named(o)}" for k, o in enumerate(m.outlets)]
    lines.append(f"  {MARKS['supports']} states it   {MARKS['contradicts']} states something incompatible   "
                 f"{MARKS['both']} both   {MARKS['silent']} silent")
    lines.append("")
    cols = " ".join(f"{k + 1:>2}" for k in range(len(m.outlets)))
    head = f"{'STATUS':<10} {'SRC':>3}  {cols}  CLAIM"
    lines.append(head)
    text_width = max(20, width - len(head) + len("CLAIM"))
    for r in m.rows:
        g = r.group
        cells = " ".join(f"{MARKS[c]:>2}" for c in r.cells)
        lines.append(f"{STATUS_LABEL.get(g.status, g.status):<10} {g.independent_sources:>3}  {cells}  "
                     f"{_cut(g.text, text_width)}")
        if details:
            indent = " " * 6
            lines += textwrap.wrap(g.explanation, width - 6, initial_indent=indent, subsequent_indent=indent)
            for e in r.evidence:
                lines.append(f"{indent}- {named(e.outlet)} [{e.span.start}:{e.span.end}] "
                             f"{in_quotes(_cut(e.text, width - 30))}")
    if m.only_here:
        lines += ["", "ONLY HERE (claims no other outlet of the story makes)"]
        for outlet, groups in m.only_here:
            lines.append(f"  {named(outlet)} ({len(groups)})")
            lines += [f"    - {_cut(g.text, width - 6)}" for g in groups]
    if m.quote_groups:
        lines += ["", "QUOTES (fidelity of each outlet's copy against the fullest one)"]
        for q in m.quote_groups:
            flag = "  [speaker differs between outlets]" if q.speaker_conflict else ""
            lines.append(f"  {q.speaker or 'unknown speaker'}: “{_cut(q.text, width - 30)}”{flag}")
            for mem in q.members:
                diff = f"  {_cut(mem.diff, width - 40)}" if mem.diff else ""
                lines.append(f"    {mem.fidelity:<10} {named(mem.outlet) if mem.outlet else mem.article_id}{diff}")
    return "\n".join(lines) + "\n"


def cmd_check(args) -> int:
    with open_existing(args.db) as store:
        if not args.story:
            stories = store.stories()
            analysis = store.analysis()
            counts: dict[str, dict[str, int]] = {}
            for g in analysis.claim_groups:
                per = counts.setdefault(g.story_id, {})
                per[g.status] = per.get(g.status, 0) + 1
            rows = [{"id": s.id, "first_date": s.first_date, "articles": len(s.article_ids),
                     "contested": counts.get(s.id, {}).get("contested", 0),
                     "corroborated": counts.get(s.id, {}).get("corroborated", 0),
                     "single": counts.get(s.id, {}).get("single-source", 0), "title": s.title} for s in stories]
            return list_stories_to_pick(store, args, "check", rows, [
                ("id", 18), ("first_date", 10), ("articles", 8), ("contested", 9), ("corroborated", 12),
                ("single", 6), ("title", 60)])
        story = find_story(store, args.story)
        analysis = store.analysis(story.id)
        matrix = story_matrix(story, analysis)
    if args.json:
        print_json(matrix.to_json())
    else:
        sources = unknown_outlet_sources(analysis.articles)
        print(render_matrix(matrix, details=args.details, sources=sources), end="")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("check", help="a story's claims × outlets matrix: corroborated, single-source, "
                                            "contested; only-here claims; quote fidelity")
    p.add_argument("story", nargs="?", help="story id (a unique prefix or words of its title are enough); "
                                            "leave out to list the stories")
    p.add_argument("--details", action="store_true",
                   help="under each claim, its explanation and the evidence in every article")
    add_db_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_check)
