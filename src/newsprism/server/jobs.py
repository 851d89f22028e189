"""Background work on the store: one writer thread, a queue of jobs, progress anyone can poll.

Every change to the store (ingest, re-cluster, re-analysis, delete) runs here, one job at a time, on
the one read-write connection; request handlers only queue a job and return its id. A job's
progress (step, done, total) is updated as it goes; a failure is kept in the job with its message,
never lost, and the next job runs.
"""
from __future__ import annotations

import dataclasses
import logging
import queue
import shutil
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsprism.ingest.options import IngestOptions
from newsprism.records import InputError, counted, one_line, to_json
from newsprism.store import Store, open_store

log = logging.getLogger("newsprism.server")

STATES = ("queued", "running", "done", "failed")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Job:
    id: str
    kind: str  # "ingest", "recluster", "reanalyze", "delete"
    inputs: list[str] = field(default_factory=list)
    state: str = "queued"
    step: str = ""  # what runs now: "read", "extract", "cluster", "crosscheck", "framing", ...
    done: int = 0
    total: int | None = None
    added: int = 0
    already_stored: int = 0
    repeats: list[tuple[str, str]] = field(default_factory=list)  # (input, the earlier input of the same text)
    article_ids: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    message: str = ""
    created_at: str = field(default_factory=_now)
    started_at: str | None = None
    finished_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        # "shown": the source as the page shows it (bidi / control characters escaped)
        data["errors"] = [{**to_json(e), "shown": one_line(e.source)} for e in self.errors]
        data["article_ids"] = list(self.article_ids)
        data["repeats"] = [{"source": again, "same_as": first} for again, first in self.repeats]
        data["inputs"] = list(self.inputs)
        data["finished"] = self.state in ("done", "failed")
        return data


Work = Callable[[Store, Job, Callable[[str, int, "int | None"], None]], None]


class JobQueue:
    """One writer thread working through a queue. Start it once; stop() lets the current job finish."""

    def __init__(self, db_path: Path, history: int = 100):
        self.db_path = db_path
        self.history = history
        self._queue: queue.Queue[tuple[Job, Work] | None] = queue.Queue()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._pending = 0  # queued or running
        self._idle = threading.Event()
        self._idle.set()

    # ------------------------------------------------------------ lifecycle
    def start(self) -> None:
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="newsprism-writer", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)
            self._thread = None

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no job is queued or running (tests, benchmarks, shutdown)."""
        return self._idle.wait(timeout)

    # ------------------------------------------------------------ jobs
    def submit(self, kind: str, work: Work, inputs: Sequence[str] = ()) -> dict[str, Any]:
        self.start()
        job = Job(id=uuid.uuid4().hex[:16], kind=kind, inputs=list(inputs))
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
            self._pending += 1
            self._idle.clear()
            snapshot = job.to_json()
        self._queue.put((job, work))
        return snapshot

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_json() if job else None

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        with self._lock:
            return [j.to_json() for j in reversed(list(self._jobs.values())[-limit:])]

    def _forget_old(self) -> None:
        finished = [j.id for j in self._jobs.values() if j.state in ("done", "failed")]
        for job_id in finished[: max(0, len(self._jobs) - self.history)]:
            del self._jobs[job_id]

    def _run(self) -> None:
        store = open_store(self.db_path)
        try:
            while True:
                item = self._queue.get()
                if item is None:
                    return
                job, work = item
                self._work(store, job, work)
                with self._lock:
                    self._pending -= 1
                    if self._pending == 0:
                        self._idle.set()
        finally:
            store.close()

    def _work(self, store: Store, job: Job, work: Work) -> None:
        def progress(step: str, done: int, total: int | None) -> None:
            with self._lock:
                job.step, job.done, job.total = step, done, total

        with self._lock:
            job.state, job.started_at = "running", _now()
        try:
            work(store, job, progress)
        except Exception as exc:  # keep the failure in the job; the next job still runs
            log.exception("job %s (%s) failed", job.id, job.kind)
            with self._lock:
                job.state = "failed"
                job.message = (job.message + " " if job.message else "") + f"{type(exc).__name__}: {exc}"
        else:
            with self._lock:
                job.state = "done"
        finally:
            with self._lock:
                job.finished_at = _now()
                job.step = "finished"


# ------------------------------------------------------------------ the work a job does
def _analyse(store: Store, job: Job, progress, full: bool) -> None:
    from newsprism.runners.local import analysis_counts, analyze_store, update_store

    analysis = (analyze_store if full else update_store)(store, progress)
    job.message += analysis_counts(analysis) + "."


def ingest_work(inputs: Sequence[str], options: IngestOptions, feeds: Sequence[str] = (),
                upload_dir: Path | None = None, analyse: bool = True) -> Work:
    """Read, clean and keep each input (files in upload_dir, URLs, feed URLs), then update the analysis.

    Feed URLs are read with options.fetch_links as given; plain URLs never follow links. A refused
    input is recorded (in the job and the store) and the rest goes on.
    """
    from newsprism.ingest import read_inputs
    from newsprism.runners.local import clean_one, repeats_note

    prefix = str(upload_dir) + "/" if upload_dir is not None else None
    page_options = dataclasses.replace(options, fetch_links=False)

    def shown(source: str) -> str:
        # uploaded files were written to a private temporary folder: name them as the user did
        return "upload:" + source[len(prefix):] if prefix and source.startswith(prefix) else source

    def work(store: Store, job: Job, progress) -> None:
        items = [(i, page_options) for i in inputs] + [(f, options) for f in feeds]
        first_source: dict[str, str] = {}  # article id → the input it was first read from
        try:
            progress("read", 0, len(items))
            for n, (item, opts) in enumerate(items, start=1):
                for got in read_inputs([item], opts):
                    if isinstance(got, InputError):
                        error = dataclasses.replace(got, source=shown(got.source))
                    else:
                        raw = dataclasses.replace(got, source=shown(got.source))
                        cleaned = clean_one(raw)
                        if not isinstance(cleaned, InputError):
                            if cleaned.id in first_source:  # the same text twice in one job: kept once
                                job.repeats.append((raw.source, first_source[cleaned.id]))
                                continue
                            first_source[cleaned.id] = raw.source
                            if store.add_document(raw, cleaned):
                                job.added += 1
                            else:
                                job.already_stored += 1
                            if cleaned.id not in job.article_ids:
                                job.article_ids.append(cleaned.id)
                            continue
                        error = cleaned
                    store.add_error(error)
                    job.errors.append(error)
                progress("read", n, len(items))
        finally:
            if upload_dir is not None:
                shutil.rmtree(upload_dir, ignore_errors=True)
        job.message = (f"{counted(len(job.article_ids), 'article')} read ({job.added} new, {job.already_stored} "
                       f"already stored){repeats_note(job.repeats)}, {counted(len(job.errors), 'input')} refused. ")
        if analyse and job.added:
            _analyse(store, job, progress, full=False)

    return work


def recluster_work() -> Work:
    """Re-cluster and re-check the whole store, reusing each article's stored extraction."""
    def work(store: Store, job: Job, progress) -> None:
        from newsprism.runners.local import analysis_counts, recluster_store

        analysis = recluster_store(store, progress)  # update_store would only attach new articles
        job.message += analysis_counts(analysis) + "."
    return work


def reanalyze_work() -> Work:
    """Re-run every analysis stage over every stored article (after upgrading newsprism, say)."""
    def work(store: Store, job: Job, progress) -> None:
        _analyse(store, job, progress, full=True)
    return work


def delete_work(article_id: str, analyse: bool = True) -> Work:
    """Delete an article and what was derived from it, then bring the stories up to date."""
    def work(store: Store, job: Job, progress) -> None:
        progress("delete", 0, 1)
        if not store.delete_article(article_id):
            job.message = f"article {article_id} was already gone. "
            return
        job.article_ids.append(article_id)
        progress("delete", 1, 1)
        job.message = f"article {article_id} deleted. "
        if analyse and store.count_articles():
            _analyse(store, job, progress, full=False)
    return work
