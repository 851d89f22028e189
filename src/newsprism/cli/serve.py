"""`newsprism serve`: the web UI and REST API over a store (see docs/server.md).

Binds to 127.0.0.1 by default. On any other address the server refuses to start without a token
(--token or NEWSPRISM_TOKEN) unless it is --read-only: a store reachable from the network must not be
writable by whoever finds it.
"""
from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from newsprism.cli.core import add_db_option
from newsprism.errors import NewsprismError
from newsprism.ingest.options import MB, IngestOptions

TOKEN_ENV = "NEWSPRISM_TOKEN"
# Idle keep-alive connections stay open this long (uvicorn's default is 5 s, the same as httpx's and
# other clients' idle expiry: a client reusing a connection just as the server closes it gets a reset).
KEEP_ALIVE_SECONDS = 30
WILDCARD_HOSTS = ("0.0.0.0", "::", "")


def server_options(args: argparse.Namespace) -> dict:
    """create_app keyword arguments from the command line, after the safety checks."""
    from newsprism.server.settings import LOOPBACK_HOSTS, is_loopback

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if token is not None and len(token) < 16:
        raise NewsprismError("E951", "the token is too short: use at least 16 characters "
                                     "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`)")
    if not is_loopback(args.host) and token is None and not args.read_only:
        raise NewsprismError("E950", f"refusing to serve on {args.host} without a token: anyone who can reach "
                                     f"it could ingest and delete. Give --token (or set {TOKEN_ENV}), or add "
                                     "--read-only, or keep the default --host 127.0.0.1")
    if args.host in WILDCARD_HOSTS and not args.allowed_host:
        hosts = ("*",)  # the names it is reached by are unknown here; the token guards the writes
    else:  # a specific address is one of its names, --allowed-host or not (it was dropped with one)
        named = () if args.host in WILDCARD_HOSTS else (args.host,)
        hosts = tuple(dict.fromkeys((*LOOPBACK_HOSTS, *named, *(args.allowed_host or ()))))
    ingest = IngestOptions(max_bytes=args.max_bytes, timeout=args.timeout)
    return {"token": token, "allow_private": args.allow_private, "read_only": args.read_only,
            "allowed_hosts": hosts, "max_request_bytes": args.max_upload_mb * MB, "ingest": ingest}


def check_store_exists(path: str, create: bool) -> None:
    """A mistyped --db would otherwise serve a new, empty store: a new one only when asked for."""
    if not create and not Path(path).exists():
        raise NewsprismError("E953", f"{path}: no store here (a mistyped --db?). Fill one with `newsprism "
                                     f"ingest PATH_OR_URL ... --db {path}`, or add --create to serve a new, "
                                     "empty store and ingest from the browser")


def check_port_free(host: str, port: int) -> None:
    """Fail before saying "serving" when the address is taken (uvicorn would log a bare errno and exit 3)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise NewsprismError("E952", f"cannot listen on {host}:{port}: {exc.strerror or exc} (another "
                                         "server there? give another --port)") from exc


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from newsprism.server import create_app

    options = server_options(args)
    check_store_exists(args.db, args.create)
    check_port_free(args.host, args.port)
    app = create_app(args.db, **options)
    mode = ("read-only" if options["read_only"] else
            "writes need the token" if options["token"] else "writes open to this machine")
    print(f"newsprism: serving {args.db} on http://{args.host if ':' not in args.host else f'[{args.host}]'}"
          f":{args.port}/ ({mode}); Ctrl+C to stop", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, server_header=False,
                proxy_headers=False, timeout_graceful_shutdown=10, timeout_keep_alive=KEEP_ALIVE_SECONDS)
    return 0


def register(subparsers) -> None:
    defaults = IngestOptions()
    p = subparsers.add_parser("serve", help="web UI and REST API over the store",
                              description="Browse stories, claims, quotes and outlets in a browser; ingest "
                                          "files and URLs; a REST API with an OpenAPI schema at /api/openapi.json.")
    add_db_option(p)
    p.add_argument("--create", action="store_true",
                   help="create the store when --db names no file yet (otherwise that is an error, E953)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only). Any other address "
                        "needs --token or --read-only")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--token", default=None,
                   help=f"write endpoints need 'Authorization: Bearer TOKEN' (default: ${TOKEN_ENV}; at least "
                        "16 characters)")
    p.add_argument("--read-only", action="store_true", help="no write endpoints at all")
    p.add_argument("--allow-private", action="store_true",
                   help="URL ingest may fetch private, loopback and link-local addresses")
    p.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                   help="a Host name the server answers to besides the loopback names (repeatable)")
    p.add_argument("--max-upload-mb", type=int, default=64,
                   help="largest request body, all uploaded files together (default 64)")
    p.add_argument("--max-bytes", type=int, default=defaults.max_bytes,
                   help=f"refuse a single document larger than this (default {defaults.max_bytes})")
    p.add_argument("--timeout", type=float, default=defaults.timeout,
                   help=f"seconds to wait for a URL (default {defaults.timeout})")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                   help="server log level (default warning)")
    p.set_defaults(func=cmd_serve)
