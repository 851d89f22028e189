"""`newsprism serve`: safe defaults, refusal to open a writable store to the network, and a real start."""
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from newsprism.cli import build_parser, main
from newsprism.cli.serve import server_options
from newsprism.errors import NewsprismError

TOKEN = "a-long-enough-token-123"


def options(*argv):
    args = build_parser().parse_args(["serve", *argv])
    return args, server_options(args)


def test_defaults_are_loopback_and_open_writes_locally(monkeypatch):
    monkeypatch.delenv("NEWSPRISM_TOKEN", raising=False)
    args, opts = options()
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8765, "newsprism.db")
    assert opts["token"] is None and not opts["read_only"] and not opts["allow_private"]
    assert opts["allowed_hosts"] == ("127.0.0.1", "localhost", "::1")


def test_network_host_needs_a_token_or_read_only(monkeypatch, capsys):
    monkeypatch.delenv("NEWSPRISM_TOKEN", raising=False)
    for host in ("0.0.0.0", "192.168.1.20", "::"):
        with pytest.raises(NewsprismError) as refused:
            options("--host", host)
        assert refused.value.code == "E950"
    assert main(["serve", "--host", "0.0.0.0", "--db", os.devnull]) == 2
    assert "refusing to serve on 0.0.0.0 without a token" in capsys.readouterr().err
    _, opts = options("--host", "0.0.0.0", "--read-only")
    assert opts["read_only"] and opts["allowed_hosts"] == ("*",)
    _, opts = options("--host", "192.168.1.20", "--token", TOKEN)
    assert opts["token"] == TOKEN and opts["allowed_hosts"] == ("127.0.0.1", "localhost", "::1", "192.168.1.20")
    monkeypatch.setenv("NEWSPRISM_TOKEN", TOKEN)
    _, opts = options("--host", "0.0.0.0", "--allowed-host", "news.lan")
    assert opts["token"] == TOKEN and opts["allowed_hosts"] == ("127.0.0.1", "localhost", "::1", "news.lan")


def test_a_specific_host_stays_a_name_the_server_answers_to_beside_allowed_hosts(monkeypatch):
    monkeypatch.setenv("NEWSPRISM_TOKEN", TOKEN)  # docs/server.md: with --host set to an address, it is accepted
    _, opts = options("--host", "192.168.1.20", "--allowed-host", "news.lan")
    assert opts["allowed_hosts"] == ("127.0.0.1", "localhost", "::1", "192.168.1.20", "news.lan")  # was no .20
    with pytest.raises(NewsprismError) as short:
        options("--token", "short")
    assert short.value.code == "E951"


def test_limits_from_the_command_line(monkeypatch):
    monkeypatch.delenv("NEWSPRISM_TOKEN", raising=False)
    _, opts = options("--max-upload-mb", "5", "--max-bytes", "1000", "--timeout", "3", "--allow-private")
    assert opts["max_request_bytes"] == 5 * 1024 * 1024
    assert (opts["ingest"].max_bytes, opts["ingest"].timeout, opts["allow_private"]) == (1000, 3.0, True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_starts_and_answers(tmp_path):
    port = free_port()
    env = {**os.environ, "NEWSPRISM_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-m", "newsprism.cli", "serve", "--db", str(tmp_path / "n.db"),
                             "--create", "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["token_required"] is True
        assert "server" not in r.headers  # no software banner
        assert httpx.post(f"http://127.0.0.1:{port}/api/recluster").status_code == 401
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=15)
    assert f"serving {tmp_path / 'n.db'} on http://127.0.0.1:{port}/ (writes need the token)" in err
    assert (tmp_path / "n.db").exists()  # --create made the store


def test_a_store_that_does_not_exist_is_refused_unless_asked_for(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NEWSPRISM_TOKEN", raising=False)
    typo = tmp_path / "nwes.db"
    assert main(["serve", "--db", str(typo), "--port", str(free_port())]) == 2
    err = capsys.readouterr().err
    assert f"[E953] {typo}: no store here" in err and "--create" in err and "newsprism ingest" in err
    assert "serving" not in err and not typo.exists()  # no empty store made behind the user's back


def test_a_port_in_use_is_a_clear_error_before_serving(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("NEWSPRISM_TOKEN", raising=False)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(tmp_path / "n.db"), "--create", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"[E952] cannot listen on 127.0.0.1:{port}" in err and "--port" in err
    assert "serving" not in err and not (tmp_path / "n.db").exists()  # nothing started, no store made
