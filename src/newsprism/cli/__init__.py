"""The command line: `newsprism COMMAND ...`. Exit codes: 0 done, 1 some inputs refused, 2 usage error.

Core commands live in cli/core.py; each stage with commands of its own has a module here with
`register(subparsers)`, listed in STAGE_COMMANDS.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from newsprism import __version__
from newsprism.errors import NewsprismError

STAGE_COMMANDS = ("core", "extract", "stories", "crosscheck", "framing", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsprism",
        description="See one news story through many outlets: articles cleaned, stories, who said "
                    "what, which claims hold across independent outlets, and how each outlet frames it.",
    )
    parser.add_argument("--version", action="version", version=f"newsprism {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in STAGE_COMMANDS:
        try:
            module = importlib.import_module(f"newsprism.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"newsprism.cli.{name}":
                raise
            continue
        module.register(subparsers)
    for listed in subparsers._choices_actions:  # `newsprism COMMAND --help` opens with what the list says
        command = subparsers.choices[listed.dest]
        if not command.description and listed.help:
            command.description = listed.help[0].upper() + listed.help[1:] + "."
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except NewsprismError as exc:
        print(f"newsprism: {exc}", file=sys.stderr)
        return 2 if exc.code.startswith("E9") else 1
    except KeyboardInterrupt:
        print("newsprism: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
