"""Story commands: `newsprism stories` (the list) and `newsprism story ID` (one story, why each article
is in it, its storyline and the copies among its articles)."""
from __future__ import annotations

import sys

from newsprism.cli.core import (add_db_option, add_json_option, date_prefix, find_story, list_stories_to_pick,
                                no_stories_yet, open_existing, print_json, print_table, shown_story_rows,
                                story_columns, story_rows)
from newsprism.records import Storyline, counted, source_name, storyline_summary, to_json
from newsprism.report.dates import readable_date
from newsprism.report.sections.stories import flags_unsaid


def cmd_stories(args) -> int:
    with open_existing(args.db) as store:
        stories = store.stories()
        if not stories:  # a bare "(none)" says neither why nor what to run
            print(f"newsprism: {no_stories_yet(store)}", file=sys.stderr)
    if args.since:
        stories = [s for s in stories if (s.last_date or "") >= args.since]
    if args.storyline:
        stories = [s for s in stories if s.storyline_id == args.storyline]
    if args.min_articles:
        stories = [s for s in stories if len(s.article_ids) >= args.min_articles]
    if args.json:
        print_json(to_json(stories))
        return 0
    rows = story_rows(stories)
    print_table(shown_story_rows(rows), story_columns(rows))
    return 0


def _outlet(article) -> str:
    """The outlet, or which input the article came from when no outlet was found (as the report does)."""
    if article is None:
        return "?"
    return article.outlet or f"unknown outlet {source_name(article.source)}"


def _named(by_id, article_id: str) -> str:
    """An article as a reader finds it again: its outlet or file, then the id `show` takes."""
    a = by_id.get(article_id)
    name = (a.outlet or source_name(a.source)) if a else None
    return f"{name} ({article_id[:12]})" if name else article_id[:12]


def render_story_text(story, articles, storyline_stories, copies, storyline: Storyline | None = None) -> str:
    by_id = {a.id: a for a in articles}
    lines = [story.title, "=" * min(len(story.title), 78)]
    dates = story.first_date or "undated"
    if story.last_date and story.last_date != story.first_date:
        dates += f" to {story.last_date}"
    for label, value in (("id", story.id), ("dates", dates), ("articles", str(len(story.article_ids))),
                         ("outlets", ", ".join(story.outlets) or "unknown"),
                         ("entities", ", ".join(story.key_entities) or None)):
        lines.append(f"{label + ':':<11}{value or '—'}")
    lines.append("")
    lines.append("Articles (why each is in this story):")
    for m in story.members:
        a = by_id.get(m.article_id)
        when = readable_date(a.published, a.published_precision) if a else "undated"
        head = f"- {m.article_id[:12]}  {_outlet(a)}  {when}"
        lines.append(head + f"  {(a.title or '(no title)') if a else ''}".rstrip())
        flags = flags_unsaid(m)
        lines.append(f"    {m.reason}" + (f"  [{', '.join(flags)}]" if flags else ""))
    if storyline_stories:
        line = storyline or Storyline(story.storyline_id, tuple(s.id for s in storyline_stories))
        lines += ["", f"{storyline_summary(line)} ({story.storyline_id}, in time order):"]
        for s in storyline_stories:
            mark = "*" if s.id == story.id else "-"
            lines.append(f"{mark} {s.first_date or 'undated'}  {s.id}  {s.title}")
    if copies:
        lines += ["", "Copies among these articles:"]
        for d in copies:
            who = f"; {_named(by_id, d.earlier)} was first" if d.earlier else ""
            lines.append(f"- {_named(by_id, d.a)} / {_named(by_id, d.b)}: {d.kind}, {d.share:.0%} of the shorter "
                         f"text, {counted(len(d.passages), 'passage')}{who}")
    return "\n".join(lines) + "\n"


def cmd_story(args) -> int:
    with open_existing(args.db) as store:
        if not args.id:
            return list_stories_to_pick(store, args, "story")
        story = find_story(store, args.id, missing_code="E904")
        articles = store.articles(story_id=story.id)
        line = [s for s in store.stories() if story.storyline_id and s.storyline_id == story.storyline_id]
        record = store.storyline(story.storyline_id) if story.storyline_id else None
        members = set(story.article_ids)
        copies = [d for d in store.duplicates() if d.a in members and d.b in members]
    if args.json:
        print_json({"story": to_json(story), "storyline": to_json(line),
                    "storyline_shared_entities": list(record.shared_entities) if record else [],
                    "duplicates": to_json(copies)})
    else:
        sys.stdout.write(render_story_text(story, articles, line, copies, record))
    return 0


def cmd_recluster(args) -> int:
    """Cluster the whole store from scratch (ingest only attaches new articles to the kept stories)."""
    from newsprism.cli.progress import ProgressLine
    from newsprism.runners.local import recluster_store

    progress = ProgressLine()
    with open_existing(args.db, readonly=False) as store:
        analysis = recluster_store(store, progress)
    progress.finish()
    print(f"{counted(len(analysis.articles), 'article')} in {counted(len(analysis.stories), 'story')}, "
          f"{counted(len(analysis.storylines), 'storyline')}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("stories", help="list the stories: one real-world event each")
    add_db_option(p)
    add_json_option(p)
    p.add_argument("--since", metavar="YYYY-MM-DD", type=date_prefix, help="stories still running on or after this day")
    p.add_argument("--storyline", metavar="ID", help="only the stories of this storyline")
    p.add_argument("--min-articles", type=int, metavar="N", help="only stories with at least N articles")
    p.set_defaults(func=cmd_stories)

    p = subparsers.add_parser("story", help="one story: its articles and why, its storyline, its copies")
    p.add_argument("id", nargs="?", help="story id (a unique prefix is enough) or words of its title; "
                                         "leave out to list the stories")
    add_db_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_story)

    p = subparsers.add_parser("recluster", help="re-cluster every stored article into stories from scratch")
    add_db_option(p)
    p.set_defaults(func=cmd_recluster)
