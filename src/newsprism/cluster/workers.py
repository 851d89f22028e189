"""Worker processes for the cluster stage's per-chunk work (features and passage MinHashes, then the
word alignment of copy candidates), and threads for its sparse products.

Each worker is a fresh interpreter that runs `workers.main()`: not a fork of
this process (which may hold threads -- the server's -- or loaded models mid-way), and, unlike
multiprocessing's "spawn", it never re-imports the caller's main script, so a script without an
`if __name__ == "__main__"` guard is safe. Jobs and results travel pickled over the worker's
stdin/stdout; a worker is a child of this process and is waited for before the results are done
(its CPU time shows in RUSAGE_CHILDREN).
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from newsprism.errors import NewsprismError

WORKERS_ENV = "NEWSPRISM_CLUSTER_WORKERS"
# (not `-m newsprism.cluster.workers`: the package imports this module first, and runpy warns)
_WORKER = "import sys; from newsprism.cluster.workers import main; sys.exit(main())"


def default_workers() -> int:
    """NEWSPRISM_CLUSTER_WORKERS when set, else the number of CPUs this process may use."""
    raw = os.environ.get(WORKERS_ENV, "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            raise NewsprismError("E404", f"{WORKERS_ENV}={raw!r}: expected a whole number of worker processes "
                                         "(1 = none: all work in this process)") from None
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Workers:
    """A pool of worker processes, started on first use, for as many map() calls as needed.

        with Workers(2) as pool:
            for result in pool.map(fn, jobs): ...

    map(fn, jobs) yields fn(job) for each job in the jobs' order. With enough jobs and workers > 1
    they run in min(workers, jobs) worker processes (fn must then be a module-level function and the
    jobs picklable), job k on the k-th worker round-robin; otherwise here, one after another. Leaving
    the `with` block ends the workers and waits for them."""

    def __init__(self, workers: int):
        self.workers = max(1, int(workers))
        self._procs: list[subprocess.Popen] = []

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _start(self, count: int) -> list[subprocess.Popen]:
        if len(self._procs) < count:
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
            self._procs += [subprocess.Popen([sys.executable, "-c", _WORKER], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, env=env)
                            for _ in range(count - len(self._procs))]
        return self._procs[:count]

    @property
    def running(self) -> bool:
        return bool(self._procs)

    def map(self, fn: Callable[[Any], Any], jobs: Sequence[Any], min_jobs: int = 2) -> Iterator[Any]:
        """fn(job) for each job, in order; in this process when fewer than `min_jobs` jobs come and no
        worker is running yet (starting one costs about a second: not worth it for little work)."""
        count = min(self.workers, len(jobs))
        if count <= 1 or (len(jobs) < min_jobs and not self.running):
            yield from map(fn, jobs)
            return
        try:
            procs = self._start(count)
        except OSError as exc:  # no processes here (a sandbox, a limit): the same work in this process
            warnings.warn(f"cluster: no worker processes ({exc}); working in this process", RuntimeWarning,
                          stacklevel=2)
            self.close(kill=True)
            self.workers = 1
            yield from map(fn, jobs)
            return
        errors: list[BaseException] = []

        def feed() -> None:
            # one thread writes every job (a pipe blocks until its worker reads), so a worker busy
            # writing a result while its next job waits can never deadlock with this process
            try:
                for k, job in enumerate(jobs):
                    pipe = procs[k % count].stdin
                    pickle.dump((fn, job), pipe, protocol=pickle.HIGHEST_PROTOCOL)
                    pipe.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass  # a worker is gone: reading its result says why
            except BaseException as exc:  # a job that cannot be pickled
                errors.append(exc)

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        done = False
        try:
            for k in range(len(jobs)):
                proc = procs[k % count]
                try:
                    status, *payload = pickle.load(proc.stdout)
                except EOFError:
                    feeder.join()
                    if errors:
                        raise errors[0]
                    raise NewsprismError("E405", f"cluster: worker process {proc.pid} stopped (exit code "
                                                 f"{proc.wait()}) before its work was done") from None
                if status == "error":
                    kind, code, reason, trace = payload
                    if code:
                        raise NewsprismError(code, reason)
                    raise RuntimeError(f"cluster worker: {kind}: {reason}\n{trace}")
                yield payload[0]
            done = True
        finally:
            if not done:
                self.close(kill=True)
            feeder.join()

    def close(self, kill: bool = False) -> None:
        for proc in self._procs:
            if kill:
                proc.kill()
            else:
                try:
                    proc.stdin.close()  # end of input: the worker returns
                except OSError:
                    pass
            proc.wait()
            proc.stdout.close()
        self._procs = []


def map_threads(fn: Callable[[Any], Any], items: Sequence[Any], threads: int) -> list[Any]:
    """[fn(x) for x in items], in `threads` threads when there are several items: for work that runs in
    numpy and scipy's compiled loops, which let go of the GIL (sparse products, sorts), so two threads
    use two cores without copying any data to another process. Results in the items' order."""
    if threads <= 1 or len(items) < 2:
        return [fn(x) for x in items]
    with ThreadPoolExecutor(max_workers=min(threads, len(items))) as ex:
        return list(ex.map(fn, items))


def main() -> int:
    """A worker: read (fn, job) pairs from stdin until it closes, write ("ok", fn(job)) for each."""
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # anything a job prints must not get into the results
    while True:
        try:
            fn, job = pickle.load(inp)
        except EOFError:
            return 0
        try:
            reply = ("ok", fn(job))
        except Exception as exc:  # sent back and raised in the caller
            code = exc.code if isinstance(exc, NewsprismError) else None
            reply = ("error", type(exc).__name__, code, getattr(exc, "reason", str(exc)), traceback.format_exc())
        pickle.dump(reply, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

