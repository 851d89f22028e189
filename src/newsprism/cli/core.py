"""Core commands: ingest, articles, show, analyze, reanalyze, errors, export."""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
import textwrap
from pathlib import Path

from newsprism.cli.progress import ProgressLine
from newsprism.errors import NewsprismError
from newsprism.ingest import IngestOptions
from newsprism.records import Article, counted, name_typed, near_names, one_line, to_json
from newsprism.report.dates import readable_date
from newsprism.report.sections.articles import comment_head
from newsprism.store import DEFAULT_DB, article_row, open_store


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                        help=f"the SQLite store (default: ./{DEFAULT_DB})")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def open_existing(path: str, readonly: bool = True):
    if not Path(path).exists():
        raise NewsprismError("E901", f"{path}: no store here yet (run `newsprism ingest PATH ...` first, "
                                     "or give --db)")
    return open_store(path, readonly=readonly)


def find_story(store, wanted: str, missing_code: str = "E911"):
    """A story by id, unique id prefix (with or without `story_`), or words of its title."""
    stories = store.stories()
    exact = [s for s in stories if s.id == wanted]
    if exact:
        return exact[0]
    prefix = wanted if wanted.startswith("story_") else "story_" + wanted
    hits = [s for s in stories if s.id.startswith(prefix)] or \
        [s for s in stories if wanted.lower() in (s.title or "").lower()]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NewsprismError(missing_code, f"no story matches {wanted!r} (run `newsprism stories` to list them)"
                                           + story_menu(stories, store))
    listed = ", ".join(f"{s.id} ({s.title})" for s in hits[:5])
    raise NewsprismError("E912", f"{wanted!r} matches {len(hits)} stories: {listed}; give more of the id "
                                 "or of the title")


MENU_LINES = 10


def no_stories_yet(store) -> str:
    """Why a store has no story: nothing read yet, or articles stored with `ingest --no-analysis` (telling
    them to ingest again would only say "already stored")."""
    n = store.count_articles()
    if n:
        return f"{store.path} holds {counted(n, 'article')} but no stories yet (run `newsprism reanalyze`)"
    return f"{store.path} holds no stories yet (run `newsprism ingest PATH_OR_URL ...` first)"


def story_menu(stories, store) -> str:
    """The stories to pick from, for a message that says a story is missing or matched nothing."""
    if not stories:
        return "; " + no_stories_yet(store)
    lines = [f"  {s.id}  {counted(len(s.article_ids), 'article'):>11}  {s.title}" for s in stories[:MENU_LINES]]
    if len(stories) > MENU_LINES:
        lines.append(f"  ... {len(stories) - MENU_LINES} more")
    return ". The stories:\n" + "\n".join(lines)


def story_rows(stories) -> list[dict]:
    """One row a story, as `newsprism stories` lists them."""
    return [{"id": s.id, "first": s.first_date and s.first_date[:10], "last": s.last_date and s.last_date[:10],
             "articles": len(s.article_ids), "outlets": len(s.outlets), "storyline": s.storyline_id or "",
             "title": s.title} for s in stories]


def shown_story_rows(rows: list[dict]) -> list[dict]:
    """The rows as the table shows them: 0 outlets for a story of 8 articles reads as a fault; the report
    and the web UI say "outlets unknown" (the JSON keeps the count)."""
    return [{**r, "outlets": r["outlets"] or "unknown"} if "outlets" in r else r for r in rows]


STORY_COLUMNS = [("id", 18), ("first", 10), ("last", 10), ("articles", 8), ("outlets", 7), ("storyline", 22),
                 ("title", 60)]


def story_columns(rows: list[dict], columns=STORY_COLUMNS) -> list[tuple[str, int]]:
    """The columns worth showing: a STORYLINE column empty on every row only takes width."""
    if any(r.get("storyline") for r in rows):
        return list(columns)
    return [c for c in columns if c[0] != "storyline"]


def list_stories_to_pick(store, args, command: str, rows=None, columns=STORY_COLUMNS) -> int:
    """What a story command does when given no story: list them (as `newsprism stories`, or the command's
    own `rows` of them) and say how to pick one."""
    rows = story_rows(store.stories()) if rows is None else rows
    if args.json:
        print_json(rows)
    elif rows:
        print_table(shown_story_rows(rows), story_columns(rows, columns))
    if not rows:
        print(f"newsprism: {no_stories_yet(store)}", file=sys.stderr)
    elif not args.json:
        print(f"newsprism: give one: `newsprism {command} STORY` (its id, a unique prefix of it, or words "
              "of its title)", file=sys.stderr)
    return 0


DATE_FORMAT = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_prefix(value: str) -> str:
    """An argparse type: YYYY, YYYY-MM or YYYY-MM-DD, as the store compares dates by their text."""
    if not DATE_FORMAT.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    if not _real_date(value):  # "2021-13" matched nothing, silently; the format was right, the day is not
        raise argparse.ArgumentTypeError(f"{value!r}: the calendar has no such month or day")
    return value


def _real_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        return False
    return True


def outlet_asked(wanted: str | None, outlets) -> str | None:
    """The outlet an `--outlet` means, in any case or spacing. For a name no stored article has, an empty
    table would not say whether the name or the filter was wrong: say which outlets come near (on stderr:
    the table and the JSON stay as they were)."""
    if not wanted:
        return wanted
    names = {o for o in outlets if o}
    hit = next((o for o in sorted(names) if name_typed(o) == name_typed(wanted)), None)
    if hit is not None:
        return hit
    near = near_names(wanted, names)
    hint = f"; near names: {', '.join(near)}" if near else ""
    print(f"newsprism: no article from an outlet named {wanted!r}{hint} (`newsprism outlets` lists them)",
          file=sys.stderr)
    return wanted


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def print_table(rows: list[dict], columns: list[tuple[str, int]]) -> None:
    """A plain table; text columns are cut to their width so each row stays on one line."""
    def cell(value, width):
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"
    print("  ".join(name.upper().ljust(width) for name, width in columns).rstrip())
    if not rows:  # a bare header reads as output cut short
        print("(none)")
    for row in rows:
        print("  ".join(cell(row.get(name), width).ljust(width) for name, width in columns).rstrip())


SOURCE_WIDTH = 40


def keep_end(text: str, width: int) -> str:
    """Cut from the start: the paths of one folder differ only at their end (the file's name)."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1:]


STDOUT = "-"  # `--json -`: the document on standard output, for a pipe (it made a file named "-")


def output_file(path: str | None, example: str) -> str | None:
    """An output path checked before any work is done (`analyze` may read for minutes first): a folder or a
    path under a file is refused with what to give instead; a missing parent folder is made, as the report
    writers do."""
    if path is None or path == STDOUT:
        return path
    target = Path(path)
    if target.is_dir():
        raise NewsprismError("E905", f"{path} is a folder: give a file name in it, e.g. {target / example}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise NewsprismError("E906", f"cannot write {path}: a part of that path is a file, not a folder") from exc
    except OSError as exc:
        raise NewsprismError("E906", f"cannot write {path}: {exc.strerror or exc}") from exc
    return path


def ingest_options(args) -> IngestOptions:
    return IngestOptions(max_bytes=args.max_bytes, allow_private=args.allow_private,
                         fetch_links=args.fetch_links, timeout=args.timeout)


def add_ingest_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL",
                        help="files, folders (read recursively), URLs, feeds, JSONL, WARC archives")
    defaults = IngestOptions()
    parser.add_argument("--max-bytes", type=int, default=defaults.max_bytes,
                        help=f"refuse inputs larger than this (default {defaults.max_bytes})")
    parser.add_argument("--allow-private", action="store_true",
                        help="allow fetching from private, loopback and link-local addresses")
    parser.add_argument("--fetch-links", action="store_true",
                        help="for feeds: fetch each entry's linked page as well")
    parser.add_argument("--timeout", type=float, default=defaults.timeout,
                        help=f"seconds to wait for a URL (default {defaults.timeout})")


def report_errors(errors) -> None:
    for error in errors:
        print(f"newsprism: refused {error}", file=sys.stderr)


# ------------------------------------------------------------------ commands
def cmd_ingest(args) -> int:
    from newsprism.runners.local import ingest, update_store

    progress = ProgressLine()
    with open_store(args.db) as store:
        result = ingest(args.inputs, ingest_options(args), store, progress)
        if result.added and not args.no_analysis:
            update_store(store, progress)
    progress.finish()
    report_errors(result.errors)
    print(f"{result.summary}; store: {args.db}", file=sys.stderr)
    return 1 if result.errors else 0


def cmd_articles(args) -> int:
    with open_existing(args.db) as store:
        outlet = outlet_asked(args.outlet, [name for name, _ in store.outlets()])
        articles = store.articles(outlet=outlet, since=args.since, until=args.until,
                                  language=args.language, query=args.search, limit=args.limit)
    rows = [article_row(a) for a in articles]
    if args.json:
        print_json(rows)
    else:
        for row, article in zip(rows, articles):
            row["id"] = row["id"][:12]
            row["published"] = readable_date(article.published, article.published_precision, missing="")
            row["title"] = row["title"] or "(no title)"  # as `show` says; a blank cell reads as a lost column
            row["source"] = keep_end(one_line(row["source"] or ""), SOURCE_WIDTH)
        print_table(rows, [("id", 12), ("outlet", 20), ("published", 20), ("title", 48), ("words", 5),
                           ("source", SOURCE_WIDTH)])
    return 0


def render_article_text(article: Article) -> str:
    lines = [article.title or "(no title)", "=" * min(len(article.title or "(no title)"), 78)]
    for label, value in (("id", article.id), ("outlet", article.outlet), ("byline", article.byline),
                         ("published", article.published and
                          f"{readable_date(article.published, article.published_precision)} "
                          f"({article.published_precision}, from {article.published_found})"),
                         ("language", article.language), ("source", article.url or article.source),
                         ("flags", ", ".join(article.flags) or None)):
        lines.append(f"{label + ':':<11}{value or '—'}")
    lines.append("")
    for para in article.text.split("\n\n"):
        lines += textwrap.wrap(para, 88) + [""]
    removed = [s for s in article.removed if s.text.strip()]
    if removed:
        lines.append(f"--- set aside ({len(removed)}) ---")
        lines += [f"[{s.reason or 'boilerplate'}] {s.text}" for s in removed]
        lines.append("")
    if article.captions:
        lines.append(f"--- captions ({len(article.captions)}) ---")
        lines += list(article.captions) + [""]
    if article.comments:
        lines.append(f"--- reader comments ({len(article.comments)}) ---")
        lines += [f"[{comment_head(c) or 'undated'}] {c.text}" for c in article.comments]
    return "\n".join(lines).rstrip() + "\n"


def cmd_show(args) -> int:
    with open_existing(args.db) as store:
        article = store.article(args.id)
    if article is None:
        hint = "at least 4 characters of an id" if len(args.id) < 4 else "an id, or a prefix of only one id,"
        raise NewsprismError("E902", f"no article with id {args.id!r}: give {hint} as `newsprism articles` "
                                     "shows them")
    if args.json:
        print_json(to_json(article))
    else:
        sys.stdout.write(render_article_text(article))
    return 0


def outputs_given(args) -> None:
    """`analyze` and `report` write somewhere: --json and / or --html, at most one of them to stdout."""
    if not (args.json or args.html):
        raise NewsprismError("E903", "say where to write: --json PATH and/or --html PATH (- for standard output)")
    if args.json == args.html == STDOUT:
        raise NewsprismError("E903", "only one of --json and --html can go to standard output (-)")


def write_outputs(analysis, args) -> str:
    """Write the JSON document and / or the HTML report; say where they went."""
    from newsprism.report.document import build_document, write_document
    from newsprism.report.html import render_report, write_report

    if args.json == STDOUT:
        print_json(build_document(analysis))
    elif args.json:
        write_document(analysis, args.json)
    if args.html == STDOUT:
        sys.stdout.write(render_report(analysis, args.title))
    elif args.html:
        write_report(analysis, args.html, title=args.title)
    return " and ".join("standard output" if p == STDOUT else p for p in (args.json, args.html) if p)


def cmd_analyze(args) -> int:
    from newsprism.runners.local import analysis_counts, analyze_articles, ingest

    outputs_given(args)
    output_file(args.json, "analysis.json")
    output_file(args.html, "report.html")
    progress = ProgressLine()
    store = open_store(args.db) if args.db else None
    try:
        result = ingest(args.inputs, ingest_options(args), store, progress)
        analysis = analyze_articles(result.articles, progress, result.errors, alias_file=args.aliases)
        if store is not None:
            store.save_analysis(analysis)
    finally:
        if store is not None:
            store.close()
    progress.finish()
    written = write_outputs(analysis, args)
    report_errors(result.errors)
    print(f"{result.summary}; {analysis_counts(analysis)}; wrote {written}", file=sys.stderr)
    return 1 if result.errors else 0


def cmd_reanalyze(args) -> int:
    from newsprism.runners.local import analyze_store

    progress = ProgressLine()
    with open_existing(args.db, readonly=False) as store:
        analysis = analyze_store(store, progress)
    progress.finish()
    stories = counted(len(analysis.stories), "story")
    print(f"{counted(len(analysis.articles), 'article')} analysed; {stories}", file=sys.stderr)
    return 0


def cmd_errors(args) -> int:
    with open_existing(args.db) as store:
        errors = store.errors()
    if args.json:
        print_json(to_json(errors))
    else:
        for error in errors:
            print(error)
        if not errors:  # an empty screen reads as a command that did nothing
            print(f"newsprism: no input was refused ({args.db})", file=sys.stderr)
    return 0


def cmd_report(args) -> int:
    from newsprism.runners.local import analysis_counts

    outputs_given(args)
    with open_existing(args.db) as store:
        output_file(args.json, "analysis.json")
        output_file(args.html, "report.html")
        analysis = store.analysis(find_story(store, args.story).id if args.story else None)
    written = write_outputs(analysis, args)
    articles = counted(len(analysis.articles), "article")
    print(f"{articles}; {analysis_counts(analysis)}; wrote {written}", file=sys.stderr)  # as `analyze` does
    return 0


def cmd_export(args) -> int:
    from newsprism.store.export import export_table

    fmt = args.format or ("parquet" if str(args.out).lower().endswith(".parquet") else "jsonl")
    with open_existing(args.db) as store:
        output_file(args.out, f"{args.table}.{fmt}")
        try:
            n = export_table(store, args.table, args.out, fmt)
        except OSError as exc:  # e.g. no permission: one line, not pyarrow's traceback
            raise NewsprismError("E906", f"cannot write {args.out}: {exc.strerror or exc}") from exc
    print(f"wrote {counted(n, 'row')} of {args.table} to {args.out} ({fmt})", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("ingest", help="read files, folders and URLs into the store")
    add_ingest_options(p)
    add_db_option(p)
    p.add_argument("--no-analysis", action="store_true",
                   help="only store the cleaned articles; analyse later with `newsprism reanalyze`")
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("articles", help="list stored articles")
    add_db_option(p)
    add_json_option(p)
    p.add_argument("--outlet", help="only articles of this outlet (any case)")
    p.add_argument("--since", metavar="YYYY-MM-DD", type=date_prefix,
                   help="published on or after this day (YYYY or YYYY-MM also work)")
    p.add_argument("--until", metavar="YYYY-MM-DD", type=date_prefix,
                   help="published on or before this day, month or year (inclusive)")
    p.add_argument("--language", metavar="CODE", help="language code, e.g. en")
    p.add_argument("--search", metavar="WORDS", help="full-text search in titles and bodies (every word)")
    p.add_argument("--limit", type=int, help="at most this many rows")
    p.set_defaults(func=cmd_articles)

    p = subparsers.add_parser("show", help="one article: metadata, clean body, what was set aside")
    p.add_argument("id", help="article id (a unique prefix is enough)")
    add_db_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("analyze", help="one shot: ingest inputs and write the JSON and HTML report")
    add_ingest_options(p)
    p.add_argument("--json", metavar="PATH", help="write the analysis JSON document here (- for standard output)")
    p.add_argument("--html", metavar="PATH", help="write the self-contained HTML report here (- for standard output)")
    p.add_argument("--db", metavar="PATH", help="also keep everything in this store")
    p.add_argument("--title", default="newsprism report", help="the report's title")
    p.add_argument("--aliases", metavar="TSV", help="your alias file (canonical<TAB>type<TAB>alias | alias), "
                                                    "added to the shipped data/aliases.tsv")
    p.set_defaults(func=cmd_analyze)

    p = subparsers.add_parser("reanalyze", help="re-run every analysis stage over the whole store")
    add_db_option(p)
    p.set_defaults(func=cmd_reanalyze)

    p = subparsers.add_parser("report", help="write the JSON / HTML report of what the store holds")
    add_db_option(p)
    p.add_argument("--story", help="only this story (id, unique prefix or words of its title)")
    p.add_argument("--json", metavar="PATH", help="write the analysis JSON document here (- for standard output)")
    p.add_argument("--html", metavar="PATH", help="write the self-contained HTML report here (- for standard output)")
    p.add_argument("--title", default="newsprism report", help="the report's title")
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser("errors", help="inputs that were refused, with the reason")
    add_db_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_errors)

    p = subparsers.add_parser("export", help="export a table as JSONL or Parquet (for pandas)")
    p.add_argument("table", choices=("articles", "quotes", "claims", "claim_groups", "quote_groups",
                                     "framing", "entities", "stories"), help="the table to export")
    p.add_argument("out", help="output file")
    p.add_argument("--format", choices=("jsonl", "parquet"),
                   help="default: parquet when OUT ends in .parquet, else jsonl")
    add_db_option(p)
    p.set_defaults(func=cmd_export)
