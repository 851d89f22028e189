"""A progress line on stderr for long runs; silent when stderr is not a terminal."""
from __future__ import annotations

import sys
import time

from newsprism.records import counted


class ProgressLine:
    def __init__(self, stream=None, enabled: bool | None = None, every: float = 0.1):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.every = every
        self.start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def __call__(self, step: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.every and (total is None or done < total):
            return
        self._last = now
        rate = done / max(now - self.start, 1e-6)
        if total:
            width = 30
            filled = int(width * done / total)
            line = f"{step:<10} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        else:
            line = f"{step:<10} {counted(done, 'document')} ({rate:.0f}/s)"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
