"""Load test of `newsprism serve` on loopback: many concurrent readers, with and without a writer.

    .venv/bin/python benchmarks/server_load.py            # 50 clients, 30 s per phase
    .venv/bin/python benchmarks/server_load.py --clients 10 --seconds 5   # a quick look

The store: the real news bodies of ../shared/data/fnc1 (bodies.csv, with a headline from stances.csv)
grouped five by five into stories, with claims (first sentence of each paragraph), claim groups
(corroborated, one contested and single-source per story), quotes, loaded-word findings and stances
built over them, so story pages carry the highlights and matrices they carry in use. The server runs
in its own process (`newsprism serve`: uvicorn, one worker), the clients in this one (httpx, asyncio).

Phase "readers": N clients for S seconds, each looping over story pages (HTML and JSON), full-text
search (the stories page with ?q= and /api/articles?q=). Phase "readers + writer": the same while
ingest jobs run on the server's writer thread (batches of uploaded articles, analysed after reading).
Reported: throughput, p50 / p99 / max latency, errors (any non-2xx answer or failed request), the
server's own CPU time per request (from /proc: what a request costs, whatever share of a shared
machine the server got), the load average around each phase, and the ratios of the writer phase to
the reader-only baseline measured in the same run. Exit status 1 unless every request succeeded and
every ingest job of the writer phase finished as done. Results go to
benchmarks/results/server_load.json.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
FNC1 = Path(os.environ.get("NEWSPRISM_SHARED") or REPO.parent / "shared") / "data" / "fnc1"
RESULTS = REPO / "benchmarks" / "results" / "server_load.json"
sys.path.insert(0, str(REPO / "src"))

from newsprism.records import (Analysis, Article, ArticleExtraction, Claim, ClaimGroup,  # noqa: E402
                               FramingFinding, Quote, QuoteGroup, QuoteMember, RawDocument, SentenceStance,
                               Span, Story, article_id_for, stable_id)
from newsprism.store import open_store  # noqa: E402

OUTLETS = [f"Outlet {chr(65 + i)}" for i in range(12)]
LOADED = re.compile(r"\b(brutal|terror\w*|shocking|horrific|regime|massacre|slaughter\w*|barbaric|disgrace\w*)\b",
                    re.I)
QUOTED = re.compile(r"[“\"]([^”\"]{20,300})[”\"]")
WORD = re.compile(r"[A-Za-z]{5,}")


def fnc1_documents(limit: int) -> list[tuple[str, str]]:
    """(headline, body) pairs from the FNC-1 test bodies: real news text."""
    csv.field_size_limit(10**8)
    with open(FNC1 / "stances.csv", encoding="utf-8", newline="") as f:
        headline = {}
        for row in csv.DictReader(f):
            headline.setdefault(row["Body ID"], row["Headline"])
    with open(FNC1 / "bodies.csv", encoding="utf-8", newline="") as f:
        docs = [(headline.get(r["Body ID"], r["articleBody"][:80]), r["articleBody"].strip())
                for r in csv.DictReader(f) if len(r["articleBody"].split()) >= 80]
    return docs[:limit]


def first_sentence(paragraph: str) -> str:
    match = re.match(r"(.{30,400}?[.!?])(\s|$)", paragraph, re.S)
    return match.group(1) if match else ""


def build_store(path: Path, n_articles: int, per_story: int = 5) -> dict:
    """Write the load-test store; returns story ids and search words."""
    rng = random.Random(7)
    docs = fnc1_documents(n_articles)
    articles, raws = [], []
    for n, (title, body) in enumerate(docs):
        outlet = OUTLETS[n % len(OUTLETS)]
        day = 1 + (n // per_story) % 28
        data = f"{title}\n\n{body}".encode()
        raws.append(RawDocument(f"fnc1/{n}.txt", "2026-01-01T00:00:00+00:00", "text/plain", data))
        articles.append(Article(article_id_for(data), f"fnc1/{n}.txt", outlet, "hint", title, None,
                                f"2025-{1 + n // (per_story * 28) % 12:02d}-{day:02d}", "day", "hint", "en", body,
                                url=f"https://{outlet.lower().replace(' ', '')}.example/{n}"))
    extractions, stories, groups, quote_groups, framing, stances = [], [], [], [], [], []
    for s in range(0, len(articles), per_story):
        members = articles[s:s + per_story]
        story_id = stable_id("story", *(a.id for a in members))
        story_claims: list[Claim] = []
        story_quotes: list[Quote] = []
        for a in members:
            claims, quotes, offset = [], [], 0
            for para in a.text.split("\n"):
                start = a.text.find(para, offset)
                offset = start + len(para)
                sentence = first_sentence(para)
                if sentence:
                    claims.append(Claim(stable_id("claim", a.id, str(start)), Span(a.id, start, start + len(sentence)),
                                        sentence))
                    stances.append(SentenceStance(Span(a.id, start, start + len(sentence)), "report"))
            for m in QUOTED.finditer(a.text):
                quotes.append(Quote(stable_id("quote", a.id, str(m.start(1))), Span(a.id, m.start(1), m.end(1)),
                                    m.group(1), "direct", speaker="a spokesperson"))
            for m in LOADED.finditer(a.text):
                framing.append(FramingFinding(Span(a.id, m.start(), m.end()), "loaded", "Loaded_Language",
                                              (m.group(0),), 0.7))
            extractions.append(ArticleExtraction(a.id, (), tuple(quotes), tuple(claims)))
            story_claims += claims
            story_quotes += quotes
        outlets = sorted({a.outlet for a in members})
        by_article = {a.id: a for a in members}
        rng.shuffle(story_claims)
        for k in range(0, min(len(story_claims), 24), 3):  # groups of three claims from different articles
            trio = story_claims[k:k + 3]
            group_outlets = sorted({by_article[c.span.article_id].outlet for c in trio})
            status = "contested" if k == 0 else "corroborated" if len(group_outlets) > 1 else "single-source"
            contra = (group_outlets[-1],) if status == "contested" and len(group_outlets) > 1 else ()
            support = tuple(o for o in group_outlets if o not in contra)
            groups.append(ClaimGroup(stable_id("cg", story_id, str(k)), story_id, tuple(c.id for c in trio), status,
                                     support, contra, len(support), f"{status}: {len(group_outlets)} outlets",
                                     tuple(c.span for c in trio), trio[0].text))
        for quote in story_quotes[:3]:
            outlet = by_article[quote.span.article_id].outlet
            quote_groups.append(QuoteGroup(stable_id("qg", quote.id), story_id, quote.speaker, quote.text,
                                           (QuoteMember(quote.id, quote.span.article_id, outlet, "verbatim"),)))
        stories.append(Story(story_id, members[0].title, tuple(a.id for a in members),
                             min(a.published for a in members), max(a.published for a in members), tuple(outlets)))
    analysis = Analysis(articles=tuple(articles), extractions=tuple(extractions), stories=tuple(stories),
                        claim_groups=tuple(groups), quote_groups=tuple(quote_groups), framing=tuple(framing),
                        stances=tuple(stances))
    with open_store(path) as store:
        for raw, article in zip(raws, articles):
            store.add_document(raw, article)
        store.save_analysis(analysis)
    words = sorted({w.lower() for a in articles for w in WORD.findall(a.title or "")})
    return {"stories": [s.id for s in stories], "words": rng.sample(words, min(200, len(words))),
            "articles": len(articles), "claim_groups": len(groups)}


def new_documents(batch: int, n_batch: int) -> list[tuple[str, bytes]]:
    """Fresh article files for the writer phase (new content: real paragraphs recombined)."""
    rng = random.Random(1000 + n_batch)
    paragraphs = [p for _, body in fnc1_documents(400) for p in body.split("\n") if len(p.split()) > 25]
    files = []
    for i in range(batch):
        body = "\n\n".join(rng.sample(paragraphs, 5))
        files.append((f"new-{n_batch}-{i}.txt", f"Update {n_batch}-{i}: {body[:60]}\n\n{body}\n".encode()))
    return files


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float | None:
    """CPU time a process has used (user + system; Linux /proc). On a shared machine this, per request,
    says what a request costs the server, whatever share of the cores it got."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_per_request(before: float | None, after: float | None, requests: int) -> float | None:
    return round(1000 * (after - before) / requests, 2) if None not in (before, after) and requests else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


async def run_clients(base: str, clients: int, seconds: float, story_ids: list[str], words: list[str],
                      seed: int) -> dict:
    latencies: dict[str, list[float]] = {"story_html": [], "story_json": [], "search_html": [], "search_api": []}
    errors: list[str] = []
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        async def client(n: int) -> None:
            rng = random.Random(seed * 1000 + n)
            while time.monotonic() < stop:
                roll = rng.random()
                if roll < 0.45:
                    kind, url = "story_html", f"/stories/{rng.choice(story_ids)}"
                elif roll < 0.60:
                    kind, url = "story_json", f"/api/stories/{rng.choice(story_ids)}"
                elif roll < 0.80:
                    kind, url = "search_html", f"/?q={rng.choice(words)}"
                else:
                    kind, url = "search_api", f"/api/articles?q={rng.choice(words)}+{rng.choice(words)}&limit=20"
                began = time.perf_counter()
                try:
                    r = await http.get(url)
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {url}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {url}")
                latencies[kind].append(time.perf_counter() - began)

        began = time.monotonic()
        await asyncio.gather(*(client(n) for n in range(clients)))
        elapsed = time.monotonic() - began
    every = [v for vs in latencies.values() for v in vs]
    summary = {"requests": len(every), "errors": len(errors), "error_samples": errors[:5],
               "seconds": round(elapsed, 2), "throughput_rps": round(len(every) / elapsed, 1),
               "p50_ms": round(1000 * statistics.median(every), 1) if every else None,
               "p99_ms": round(1000 * percentile(every, 0.99), 1), "max_ms": round(1000 * max(every, default=0), 1),
               "by_kind": {k: {"requests": len(v), "p50_ms": round(1000 * statistics.median(v), 1) if v else None,
                               "p99_ms": round(1000 * percentile(v, 0.99), 1)} for k, v in latencies.items()}}
    return summary


def writer_loop(base: str, stop_at: float, batch: int) -> dict:
    """Keep the server's writer busy with ingest jobs (upload + read + clean + store + analysis) until stop_at."""
    jobs, added, states, messages = 0, 0, {}, []
    with httpx.Client(base_url=base, timeout=120) as http:
        n = 0
        while time.monotonic() < stop_at:
            files = [("files", f) for f in new_documents(batch, n)]
            job = http.post("/api/ingest", files=files).json()
            n += 1
            while True:
                job = http.get(f"/api/jobs/{job['id']}").json()
                if job["finished"]:
                    break
                time.sleep(0.2)
            jobs += 1
            added += job["added"]
            states[job["state"]] = states.get(job["state"], 0) + 1
            if job["message"] not in messages:
                messages.append(job["message"][:300])
    return {"ingest_jobs": jobs, "articles_added": added, "job_states": states, "job_messages": messages[:3]}


async def writer_phase(base, clients, seconds, story_ids, words, batch) -> tuple[dict, dict]:
    loop = asyncio.get_running_loop()
    # the writer starts first and keeps going until the readers are done
    writer = loop.run_in_executor(None, writer_loop, base, time.monotonic() + seconds, batch)
    await asyncio.sleep(0.5)
    readers = await run_clients(base, clients, seconds, story_ids, words, seed=2)
    return readers, await writer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--articles", type=int, default=320,
                        help="articles in the store (FNC-1 bodies of 80+ words: 320 in all)")
    parser.add_argument("--batch", type=int, default=20, help="articles per ingest job in the writer phase")
    parser.add_argument("--out", default=str(RESULTS))
    args = parser.parse_args()

    load_before = round(os.getloadavg()[0], 2)
    with tempfile.TemporaryDirectory(prefix="newsprism-load-") as tmp:
        db = Path(tmp) / "load.db"
        began = time.monotonic()
        store_info = build_store(db, args.articles)
        print(f"store: {store_info['articles']} articles, {len(store_info['stories'])} stories, "
              f"{store_info['claim_groups']} claim groups ({time.monotonic() - began:.1f} s)", file=sys.stderr)
        port = free_port()
        # the server exactly as users start it: `newsprism serve` with its defaults
        command = [sys.executable, "-m", "newsprism.cli", "serve", "--db", str(db), "--port", str(port)]
        server = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(base + "/api", timeout=2)
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("the server did not start")
                    time.sleep(0.2)
            asyncio.run(run_clients(base, 5, 2, store_info["stories"], store_info["words"], seed=0))  # warm up
            print(f"phase 1: {args.clients} readers for {args.seconds:.0f} s", file=sys.stderr)
            cpu0 = cpu_seconds(server.pid)
            readers = asyncio.run(run_clients(base, args.clients, args.seconds, store_info["stories"],
                                              store_info["words"], seed=1))
            cpu1 = cpu_seconds(server.pid)
            readers["server_cpu_ms_per_request"] = cpu_per_request(cpu0, cpu1, readers["requests"])
            readers["load_avg_1m_after"] = round(os.getloadavg()[0], 2)
            print(json.dumps(readers), file=sys.stderr)
            print(f"phase 2: {args.clients} readers for {args.seconds:.0f} s with ingest jobs running",
                  file=sys.stderr)
            with_writer, writer = asyncio.run(writer_phase(base, args.clients, args.seconds, store_info["stories"],
                                                           store_info["words"], args.batch))
            with_writer["load_avg_1m_after"] = round(os.getloadavg()[0], 2)
            writer["server_cpu_seconds_whole_phase"] = round(cpu_seconds(server.pid) - cpu1, 1) \
                if None not in (cpu1, cpu_seconds(server.pid)) else None
            print(json.dumps(with_writer), json.dumps(writer), file=sys.stderr)
        finally:
            server.terminate()
            server.wait(30)

    result = {
        "benchmark": "server_load",
        "command": " ".join(["python benchmarks/server_load.py", *sys.argv[1:]]),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    # the machine is shared: the load before the run says how much of it was ours
                    "load_avg_1m_before": load_before},
        "store": {"articles": store_info["articles"], "stories": len(store_info["stories"]),
                  "claim_groups": store_info["claim_groups"], "source": "fnc1 bodies.csv"},
        "clients": args.clients, "seconds_per_phase": args.seconds,
        "readers": readers, "readers_with_writer": with_writer, "writer": writer,
        "ratios_writer_vs_readers_only": {
            "throughput": round(with_writer["throughput_rps"] / readers["throughput_rps"], 3),
            "p50": round(with_writer["p50_ms"] / readers["p50_ms"], 3),
            "p99": round(with_writer["p99_ms"] / readers["p99_ms"], 3)},
        "zero_errors": readers["errors"] == 0 and with_writer["errors"] == 0,
        # the writer phase only counts when its ingest jobs really ran to the end
        "writer_jobs_all_done": writer["ingest_jobs"] > 0 and set(writer["job_states"]) == {"done"},
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("ratios_writer_vs_readers_only", "zero_errors", "writer_jobs_all_done")}),
          file=sys.stderr)
    return 0 if result["zero_errors"] and result["writer_jobs_all_done"] else 1


if __name__ == "__main__":
    sys.exit(main())
