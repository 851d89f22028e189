"""Ingest + clean throughput and peak memory, against bare trafilatura on the same pages in the same run.

Inputs (real, read from ../shared, never copied here):
- HTML: the 131 pages of ../shared/data/article-extraction-benchmark;
- text: the same pages as scraped text (their block text, one line a block: menus, share bars,
  comment forms and all), plus the five seed articles of ../shared/samples/seeds.

Measured, each as articles per second (CPU time of this process, so other load on the machine
matters less) and as a ratio to the baseline, bare `trafilatura.extract(html)` on the same pages:
- clean_document on HTML RawDocuments built in memory;
- clean_document on text RawDocuments;
- read_inputs + clean_document over the gzip files on disk (ingest and clean, as `newsprism ingest` does).

Peak memory: a fresh subprocess cleans a batch of 10,000 documents synthesised in memory by
recombining the real pages (page i with a marker appended, so every document has its own bytes and
id; alternately HTML and text), keeping every Article as the local runner does; its peak RSS
(resource.getrusage) is reported beside a subprocess running bare trafilatura over the same batch.

    .venv/bin/python benchmarks/ingest_speed.py              # → benchmarks/results/ingest_speed.json
    .venv/bin/python benchmarks/ingest_speed.py --batch 1000 # smaller memory batch, for a quick look
"""
from __future__ import annotations

import argparse
import os
import gzip
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = (Path(os.environ.get("NEWSPRISM_SHARED") or ROOT / ".." / "shared")).resolve()
PAGES = SHARED / "data" / "article-extraction-benchmark" / "html"
SEEDS = SHARED / "samples" / "seeds"
RESULTS = ROOT / "benchmarks" / "results" / "ingest_speed.json"
FETCHED_AT = "2019-12-31T00:00:00Z"


def html_pages() -> list[tuple[str, bytes]]:
    return [(p.name, gzip.decompress(p.read_bytes())) for p in sorted(PAGES.glob("*.html.gz"))]


def text_documents(pages: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Each page as scraped text (one line per block of the page), plus the seed articles."""
    from trafilatura.utils import load_html

    from newsprism.clean.html import page_lines

    texts = [(name.replace(".html.gz", ".txt"), "\n\n".join(page_lines(load_html(data.decode("utf-8")))).encode("utf-8"))
             for name, data in pages]
    texts += [(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def raw(name: str, data: bytes, content_type: str):
    from newsprism.records import RawDocument

    return RawDocument(source=name, fetched_at=FETCHED_AT, content_type=content_type, data=data, encoding="utf-8")


def _rate(count: int, seconds: float) -> float:
    return round(count / seconds, 1) if seconds else float("inf")


def _timed(fn, items) -> tuple[float, int]:
    from newsprism.clean.html import _line_reason

    _line_reason.cache_clear()  # each pass starts cold: a page seen in the last round is no free lunch
    started = time.process_time()
    done = 0
    for item in items:
        fn(item)
        done += 1
    return time.process_time() - started, done


def throughput(rounds: int) -> dict:
    import trafilatura

    from newsprism.clean import clean_document
    from newsprism.errors import NewsprismError
    from newsprism.ingest import read_inputs

    pages = html_pages()
    texts = text_documents(pages)
    html_docs = [raw(name, data, "text/html") for name, data in pages]
    text_docs = [raw(name, data, "text/plain") for name, data in texts]
    html_strings = [data.decode("utf-8") for _, data in pages]

    def clean(doc):
        try:
            clean_document(doc)
        except NewsprismError:
            pass

    def ingest_and_clean(paths):
        for item in read_inputs(paths):
            if not hasattr(item, "code"):
                clean(item)

    # warm up: model and vocabulary loading is paid once per process, not per article
    clean(html_docs[0]), clean(text_docs[0]), trafilatura.extract(html_strings[0])
    totals = {"bare": [0.0, 0], "html": [0.0, 0], "text": [0.0, 0], "ingest": [0.0, 0]}
    paths = [str(p) for p in sorted(PAGES.glob("*.html.gz"))]
    for _ in range(rounds):  # interleaved, so a change of machine load hits every measure alike
        for key, fn, items in (("bare", trafilatura.extract, html_strings), ("html", clean, html_docs),
                               ("text", clean, text_docs)):
            seconds, count = _timed(fn, items)
            totals[key][0] += seconds
            totals[key][1] += count
        from newsprism.clean.html import _line_reason

        _line_reason.cache_clear()
        started = time.process_time()
        ingest_and_clean(paths)
        totals["ingest"][0] += time.process_time() - started
        totals["ingest"][1] += len(paths)
    rates = {key: _rate(count, seconds) for key, (seconds, count) in totals.items()}
    return {
        "documents": {"html": len(html_docs), "text": len(text_docs)},
        "rounds": rounds,
        "articles_per_second": {
            "trafilatura_extract_bare_html": rates["bare"],
            "clean_document_html": rates["html"],
            "clean_document_text": rates["text"],
            "read_inputs_and_clean_html_gz": rates["ingest"],
        },
        "ratio_to_bare_trafilatura": {
            "clean_document_html": round(rates["html"] / rates["bare"], 3),
            "clean_document_text": round(rates["text"] / rates["bare"], 3),
            "read_inputs_and_clean_html_gz": round(rates["ingest"] / rates["bare"], 3),
        },
    }


# ---------------------------------------------------------------- peak memory (run in a subprocess)

def _batch(size: int):
    """`size` documents recombined from the real pages: alternately HTML and text, each with its own bytes."""
    pages = html_pages()
    texts = text_documents(pages)
    for i in range(size):
        if i % 2 == 0:
            name, data = pages[(i // 2) % len(pages)]
            yield raw(f"{i}-{name}", data + f"\n<!-- copy {i} -->\n".encode(), "text/html")
        else:
            name, data = texts[(i // 2) % len(texts)]
            yield raw(f"{i}-{name}", data + f"\n\ncopy {i}\n".encode(), "text/plain")


def _peak_rss_kb() -> int:
    """This process's peak resident memory. VmHWM (Linux) starts afresh at exec; ru_maxrss would carry
    the parent's peak into the child."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory_child(mode: str, size: int) -> None:
    kept = []
    started = time.process_time()
    if mode == "newsprism":
        from newsprism.clean import clean_document
        from newsprism.errors import NewsprismError

        for doc in _batch(size):
            try:
                kept.append(clean_document(doc))
            except NewsprismError:
                pass
    else:
        import trafilatura

        for doc in _batch(size):
            kept.append(trafilatura.extract(doc.data.decode("utf-8")) if doc.content_type == "text/html"
                        else doc.data.decode("utf-8"))
    seconds = time.process_time() - started
    peak_kb = _peak_rss_kb()
    print(json.dumps({"mode": mode, "documents": size, "kept": len(kept), "peak_rss_mb": round(peak_kb / 1024, 1),
                      "cpu_seconds": round(seconds, 1)}))


def peak_memory(size: int) -> dict:
    out = {}
    for mode in ("newsprism", "trafilatura_bare"):
        done = subprocess.run([sys.executable, __file__, "--memory-child", mode, "--batch", str(size)],
                              capture_output=True, text=True, check=True)
        out[mode] = json.loads(done.stdout.strip().splitlines()[-1])
    out["ratio_peak_rss"] = round(out["newsprism"]["peak_rss_mb"] / out["trafilatura_bare"]["peak_rss_mb"], 3)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--memory-child", choices=("newsprism", "trafilatura_bare"))
    parser.add_argument("--throughput-only", action="store_true",
                        help="measure throughput only and update that part of the recorded results")
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.batch)
        return 0
    import trafilatura

    if args.throughput_only:
        result = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
        result["throughput"] = throughput(args.rounds)
        result["throughput_command"] = f".venv/bin/python benchmarks/ingest_speed.py --throughput-only --rounds {args.rounds}"
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2))
        return 0

    result = {"throughput": throughput(args.rounds), "peak_memory": peak_memory(args.batch),
              "trafilatura_version": trafilatura.__version__, "python": platform.python_version(),
              "command": f".venv/bin/python benchmarks/ingest_speed.py --rounds {args.rounds} --batch {args.batch}",
              "timing": "CPU time of the measuring process (time.process_time), machine shared with other jobs"}
    if args.batch == 10_000:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
