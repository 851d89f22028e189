"""`newsprism entities | quotes | claims`: what extraction and resolution found, with filters.

Each reads the store (`--db`, filled by `newsprism ingest`), or, given files / folders / URLs, reads
and analyses those on the spot (extraction and entity resolution only, nothing stored). `--json`
prints the records as in the analysis JSON document (docs/analysis-json.md), each quote and claim with
its `article_id` and the article's `outlet`.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from newsprism.cli.core import (add_db_option, add_json_option, ingest_options, open_existing, outlet_asked,
                                print_json, print_table)
from newsprism.extract.mentions import LABELS as ENTITY_TYPES
from newsprism.records import Article, ArticleExtraction, Entity, name_typed, source_name, to_json


@dataclass
class Found:
    articles: dict[str, Article]
    extractions: list[ArticleExtraction]
    entities: list[Entity]


def _load(args) -> Found:
    if args.inputs:
        from newsprism.extract import extract_articles
        from newsprism.resolve import resolve_entities
        from newsprism.runners.local import ingest

        result = ingest(args.inputs, ingest_options(args))
        for error in result.errors:
            print(f"newsprism: refused {error}", file=sys.stderr)
        articles = sorted(result.articles, key=lambda a: a.id)
        entities, extractions = resolve_entities(articles, extract_articles(articles, args.aliases), args.aliases)
        return Found({a.id: a for a in articles}, list(extractions), list(entities))
    with open_existing(args.db) as store:
        articles = {a.id: a for a in store.articles()}
        analysis = store.analysis()
        return Found(articles, list(store.extractions()), list(analysis.entities))


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", metavar="PATH_OR_URL",
                        help="analyse these files, folders or URLs instead of reading the store")
    add_db_option(parser)
    add_json_option(parser)
    parser.add_argument("--aliases", metavar="TSV", help="your alias file, added to the shipped one "
                                                         "(only with PATH_OR_URL; see data/aliases.tsv)")
    parser.add_argument("--article", metavar="ID", help="only this article (a unique id prefix is enough)")
    parser.add_argument("--outlet", help="only articles of this outlet (any case)")
    parser.add_argument("--limit", type=int, help="at most this many rows")
    # the ingest options of `analyze`, for PATH_OR_URL inputs
    parser.add_argument("--max-bytes", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--allow-private", action="store_true", help="allow fetching private addresses")
    parser.add_argument("--fetch-links", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=None, help=argparse.SUPPRESS)


def _fix_ingest_defaults(args) -> None:
    from newsprism.ingest import IngestOptions

    defaults = IngestOptions()
    if args.max_bytes is None:
        args.max_bytes = defaults.max_bytes
    if args.timeout is None:
        args.timeout = defaults.timeout


def _articles_wanted(found: Found, args) -> set[str]:
    ids = set(found.articles)
    if args.article:
        ids = {i for i in ids if i.startswith(args.article)}
        if not ids:  # as `newsprism show` says it, not an empty table
            print(f"newsprism: no article id starts with {args.article!r} (`newsprism articles` lists them)",
                  file=sys.stderr)
    if args.outlet:
        outlet = outlet_asked(args.outlet, [a.outlet for a in found.articles.values()])
        ids = {i for i in ids if name_typed(found.articles[i].outlet or "") == name_typed(outlet)}
    return ids


def _outlet_cell(article: Article) -> str:
    """The outlet, or the input's name in brackets when no outlet was found (`(8_2.txt)`): an empty cell
    on every row of a folder of plain text files tells the reader nothing."""
    return article.outlet or f"({source_name(article.source)})"


def _contains(needle: str | None, *hay: str | None) -> bool:
    return not needle or any(h and needle.lower() in h.lower() for h in hay)


def _cut(rows: list, limit: int | None) -> list:
    return rows[:limit] if limit else rows


def _run(args, rows_of) -> int:
    _fix_ingest_defaults(args)
    found = _load(args)
    rows, table, columns = rows_of(found, _articles_wanted(found, args), args)
    rows, table = _cut(rows, args.limit), _cut(table, args.limit)
    if args.json:
        print_json(rows)
    else:
        print_table(table, columns)
    return 0


# ------------------------------------------------------------------ entities
def entity_rows(found: Found, ids: set[str], args):
    rows, table = [], []
    for e in found.entities:
        spans = [s for s in e.mentions if s.article_id in ids]
        if not spans or (args.type and e.type != args.type.upper()):
            continue
        if not _contains(args.search, e.name, *e.aliases):
            continue
        if len(spans) < args.min_mentions:
            continue
        record = to_json(e)
        record["mentions"] = to_json(spans)
        record["articles"] = len({s.article_id for s in spans})
        rows.append(record)
        table.append({"id": e.id, "type": e.type, "name": e.name, "mentions": len(spans),
                      "articles": record["articles"],
                      "aliases": "; ".join(f"{m.alias} ({m.reason}{'' if m.score is None else f' {m.score:.2f}'})"
                                           for m in e.merges)})
    order = sorted(range(len(rows)), key=lambda k: (-table[k]["mentions"], table[k]["name"].lower()))
    return ([rows[k] for k in order], [table[k] for k in order],
            [("id", 14), ("type", 6), ("name", 32), ("mentions", 8), ("articles", 8), ("aliases", 70)])


def cmd_entities(args) -> int:
    return _run(args, entity_rows)


# ------------------------------------------------------------------ quotes
def quote_rows(found: Found, ids: set[str], args):
    names = {e.id: e.name for e in found.entities}
    rows, table = [], []
    for ext in found.extractions:
        if ext.article_id not in ids:
            continue
        article = found.articles[ext.article_id]
        for q in ext.quotes:
            if args.kind and q.kind != args.kind:
                continue
            entity = names.get(q.speaker_entity_id or "")
            if not _contains(args.speaker, q.speaker, entity) or (args.speaker and not (q.speaker or entity)):
                continue
            if args.media and not q.speaker_is_media:
                continue
            if args.act and q.act != args.act:
                continue
            if not _contains(args.search, q.text):
                continue
            rows.append({"article_id": ext.article_id, "outlet": article.outlet, **to_json(q),
                         "speaker_entity": entity})
            table.append({"article": ext.article_id[:10], "outlet": _outlet_cell(article),
                          "kind": q.kind if q.act == "speech" else f"{q.kind}/stance",
                          "speaker": entity or q.speaker or "—", "cue": q.cue or "", "text": q.text})
    return rows, table, [("article", 10), ("outlet", 18), ("kind", 15), ("speaker", 24), ("cue", 12), ("text", 80)]


def cmd_quotes(args) -> int:
    return _run(args, quote_rows)


# ------------------------------------------------------------------ claims
def claim_rows(found: Found, ids: set[str], args):
    names = {e.id: e for e in found.entities}
    rows, table = [], []
    for ext in found.extractions:
        if ext.article_id not in ids:
            continue
        article = found.articles[ext.article_id]
        for c in ext.claims:
            if args.kind and c.kind != args.kind:
                continue
            if args.with_numbers and not c.quantities:
                continue
            if args.with_dates and not any(d.value for d in c.dates):
                continue
            if args.attributed and not c.attributed_to:
                continue
            if args.entity:
                known = [names[i] for i in c.entity_ids if i in names]
                if not any(_contains(args.entity, e.name, *e.aliases) or e.id == args.entity for e in known) \
                        and not any(_contains(args.entity, n) for n in c.entities):
                    continue
            if not _contains(args.search, c.text):
                continue
            rows.append({"article_id": ext.article_id, "outlet": article.outlet, **to_json(c)})
            figures = "; ".join(_figure(q) for q in c.quantities)
            dates = "; ".join(d.value or d.text for d in c.dates)
            table.append({"article": ext.article_id[:10], "outlet": _outlet_cell(article), "kind": c.kind,
                          "figures": figures, "dates": dates, "by": c.attributed_to or "", "text": c.text})
    return rows, table, [("article", 10), ("outlet", 18), ("kind", 10), ("figures", 22), ("dates", 12),
                         ("by", 18), ("text", 70)]


def _figure(q) -> str:
    if q.value is None:
        return q.text
    value = f"{q.value:g}"
    if q.change_from is not None:
        value = f"{q.change_from:g}→{value}"
    unit = q.unit or q.thing or ""
    return " ".join(p for p in (q.approx, value, unit) if p)


def cmd_claims(args) -> int:
    return _run(args, claim_rows)


def register(subparsers) -> None:
    p = subparsers.add_parser("entities", help="canonical entities: names, aliases and why they were merged")
    _inputs(p)
    p.add_argument("--type", type=str.upper, choices=ENTITY_TYPES, metavar="TYPE",
                   help=f"{', '.join(ENTITY_TYPES[:-1])} or {ENTITY_TYPES[-1]} (any case)")
    p.add_argument("--search", metavar="WORDS", help="name or alias contains this (any case)")
    p.add_argument("--min-mentions", type=int, default=1, help="at least this many mentions (default 1)")
    p.set_defaults(func=cmd_entities)

    p = subparsers.add_parser("quotes", help="who said what: direct, indirect and scare quotes with speakers")
    _inputs(p)
    p.add_argument("--speaker", help="speaker name or its entity contains this (any case)")
    p.add_argument("--kind", choices=("direct", "indirect", "scare"),
                   help="only quotes of this kind: direct (in quotation marks), indirect (reported), scare "
                        "(a phrase in quotation marks with no speaker)")
    p.add_argument("--media", action="store_true", help="only attributions to other media")
    p.add_argument("--act", choices=("speech", "stance"),
                   help="speech: words said or written; stance: an attitude reported (believes, wants, shows)")
    p.add_argument("--search", metavar="WORDS", help="quoted text contains this (any case)")
    p.set_defaults(func=cmd_quotes)

    p = subparsers.add_parser("claims", help="check-worthy claims with their figures, dates and sources")
    _inputs(p)
    p.add_argument("--kind", choices=("statement", "event", "number", "comparison", "cause"),
                   help="only claims of this kind")
    p.add_argument("--entity", help="mentions this entity (name, alias or id)")
    p.add_argument("--with-numbers", action="store_true", help="only claims with a figure")
    p.add_argument("--with-dates", action="store_true", help="only claims with a resolved date")
    p.add_argument("--attributed", action="store_true", help="only claims someone is quoted as making")
    p.add_argument("--search", metavar="WORDS", help="claim text contains this (any case)")
    p.set_defaults(func=cmd_claims)
