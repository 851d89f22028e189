"""Framing commands: `newsprism framing STORY` (how each outlet tells one story) and
`newsprism outlets` (outlet profiles over the whole store, or per month / year).

Both read what `newsprism ingest` / `reanalyze` stored; naming rows and profiles are recomputed from
the stored findings for exactly the articles asked about (no model is loaded).
"""
from __future__ import annotations

import sys
import textwrap

from newsprism.cli.core import (add_db_option, add_json_option, find_story, keep_end, list_stories_to_pick,
                                open_existing, print_json, print_table)
from newsprism.errors import NewsprismError
from newsprism.records import Analysis, counted, name_typed, near_names, outlet_name, outlet_names, to_json

OWN = "outlet"
OUTLET_WIDTH = 30


def _by_name(profiles, shown: dict[str, str]) -> list:
    """Profiles in the order of the names shown: files by name, not by the id in their key."""
    return sorted(profiles, key=lambda p: shown.get(p.outlet, p.outlet))


def _outlet_cell(key: str, shown: dict[str, str], width: int = OUTLET_WIDTH) -> str:
    """An outlet, or the file of an article without one, cut from the start: files differ at their end."""
    return keep_end(shown[key], width) if key in shown else key


def _story_framing(analysis: Analysis):
    from newsprism.framing.naming import naming_rows
    from newsprism.framing.profiles import outlet_profiles

    naming = naming_rows(analysis.articles, analysis.extractions, analysis.entities)
    outlets = outlet_profiles(analysis.articles, analysis.extractions, analysis.framing, analysis.stances,
                              analysis.claim_groups, analysis.entities)
    return naming, outlets


def cmd_framing(args) -> int:
    with open_existing(args.db) as store:
        if not args.story:
            return list_stories_to_pick(store, args, "framing")
        story = find_story(store, args.story)
        analysis = store.analysis(story.id)
    naming, outlets = _story_framing(analysis)
    kinds = set(args.kind or ())
    findings = [f for f in analysis.framing if (not kinds or f.kind in kinds)
                and (args.quoted or f.whose == OWN) and f.score >= args.min_score]
    if args.json:
        print_json({"story": to_json(story), "framing": to_json(findings), "stances": to_json(analysis.stances),
                    "naming": to_json(naming), "outlets": to_json(outlets)})
        return 0
    text = {a.id: a.text for a in analysis.articles}
    outlet = {a.id: outlet_name(a) for a in analysis.articles}
    shown = outlet_names(analysis.articles)  # an article without an outlet: its file, not an id
    print(f"Story {story.id}: {story.title}  ({counted(len(analysis.articles), 'article')})\n")
    print("Outlet profiles (loaded = charged passages per 100 words, own words only)")
    print_table([{"outlet": _outlet_cell(p.outlet, shown), "articles": p.articles,
                  "opinion": f"{p.opinion_share:.0%}", "loaded": f"{p.loaded_density:.2f}",
                  "labels": "; ".join(p.labels[:4]) or "none"} for p in _by_name(outlets, shown)],
                [("outlet", OUTLET_WIDTH), ("articles", 8), ("opinion", 7), ("loaded", 6), ("labels", 60)])
    print("\nNaming (entity × outlet → names [descriptors])")
    print_table([{"entity": r.entity, "outlet": _outlet_cell(r.outlet, shown),
                  "names": ", ".join(r.names) + (f"  [{', '.join(r.descriptors[:4])}]" if r.descriptors else "")}
                 for r in naming[: args.limit]],
                [("entity", 24), ("outlet", OUTLET_WIDTH), ("names", 60)])
    print(f"\nFindings ({len(findings)}{'' if args.quoted else ', outlet’s own words'})")
    rows = []
    for f in sorted(findings, key=lambda f: (outlet[f.span.article_id], -f.score))[: args.limit]:
        evidence = " ".join(text[f.span.article_id][f.span.start:f.span.end].split())
        rows.append({"outlet": keep_end(outlet[f.span.article_id], 22), "kind": f.kind, "score": f"{f.score:.2f}",
                     "whose": f.whose, "evidence": evidence})
    print_table(rows, [("outlet", 22), ("kind", 19), ("score", 5), ("whose", 14), ("evidence", 60)])
    if len(findings) > args.limit:
        print(f"... {len(findings) - args.limit} more (--limit N, or --json for all)")
    return 0


def cmd_outlets(args) -> int:
    from newsprism.framing.profiles import profiles_from_analysis

    with open_existing(args.db) as store:
        analysis = store.analysis()
    if not analysis.articles:
        raise NewsprismError("E921", f"{args.db}: the store holds no articles yet")
    by_period = profiles_from_analysis(analysis, by=args.by)
    shown = outlet_names(analysis.articles)  # an article without an outlet: its file, not an id
    if args.outlet:
        wanted = name_typed(args.outlet)  # any case or spacing, as the other --outlet filters; a file as shown
        every = {shown.get(p.outlet, p.outlet) for v in by_period.values() for p in v}
        by_period = {k: [p for p in v if wanted in (name_typed(p.outlet), name_typed(shown.get(p.outlet, p.outlet)))]
                     for k, v in by_period.items()}
        by_period = {k: v for k, v in by_period.items() if v}  # no empty tables for periods it missed
        if not by_period:
            near = near_names(args.outlet, every)
            raise NewsprismError("E922", f"no outlet named {args.outlet!r} in {args.db}"
                                         + (f"; near names: {', '.join(near)}" if near else ""))
    if args.json:
        print_json({period: to_json(profiles) for period, profiles in by_period.items()})
        return 0
    # only-here claims are counted over the whole store (a claim group spans months): no column per period,
    # where every outlet read 0
    columns = [("outlet", OUTLET_WIDTH), ("articles", 8), ("sentences", 9), ("opinion", 7), ("loaded", 6),
               ("labels", 34), ("sources", 34)] + ([] if args.by else [("only_here", 9)])
    for period, profiles in by_period.items():
        if args.by:
            print(f"\n== {period}")
        print_table([{"outlet": _outlet_cell(p.outlet, shown), "articles": p.articles, "sentences": p.sentences,
                      "opinion": f"{p.opinion_share:.0%}", "loaded": f"{p.loaded_density:.2f}",
                      "labels": "; ".join(p.labels[:3]) or "none", "sources": "; ".join(p.cited_sources[:3]) or "none",
                      "only_here": len(p.only_here_claims)}
                     for p in _by_name(profiles, shown)], columns)
    only_here = ("only_here: claims no other outlet makes." if not args.by else
                 "claims no other outlet makes: `newsprism outlets` without --by.")
    sys.stdout.write("\n" + textwrap.fill("opinion: share of sentences in the outlet's own opinion; loaded: "
                                          f"charged passages per 100 words of its own; {only_here}", 100) + "\n")
    if any(p.outlet in shown for profiles in by_period.values() for p in profiles):
        sys.stdout.write(textwrap.fill("unknown outlet FILE: an article whose outlet was not found, an outlet "
                                       "of its own (as `newsprism check` counts it).", 100) + "\n")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("framing", help="how each outlet tells one story: findings, naming, profiles",
                              description="Loaded language, labels, slogans and doubt found in one stored "
                                          "story, how each outlet names each entity, and a profile per outlet.")
    p.add_argument("story", nargs="?", help="story id (a unique prefix is enough) or words of its title; "
                                            "leave out to list the stories")
    add_db_option(p)
    add_json_option(p)
    p.add_argument("--kind", action="append", metavar="KIND",
                   help="only findings of this kind (repeatable): loaded, label, slogan, doubt, ...")
    p.add_argument("--quoted", action="store_true", help="also findings inside quotes (the speaker's words)")
    p.add_argument("--min-score", type=float, default=0.0, metavar="X", help="only findings scored at least X")
    p.add_argument("--limit", type=int, default=40, help="rows per table (default 40)")
    p.set_defaults(func=cmd_framing)

    p = subparsers.add_parser("outlets", help="outlet profiles: opinion share, loaded language, labels, sources",
                              description="One profile per outlet over every stored article, comparable "
                                          "across outlets, or one set per period with --by.")
    add_db_option(p)
    add_json_option(p)
    p.add_argument("--by", choices=("month", "year"), help="one set of profiles per month or year")
    p.add_argument("--outlet", help="only this outlet (any case)")
    p.set_defaults(func=cmd_outlets)
