"""Errors with stable codes, spaCy style: `[E101] what went wrong, and what to do`.

Codes by stage: E0xx models, E1xx ingest, E2xx clean, E3xx extract/resolve, E4xx cluster,
E5xx crosscheck, E6xx framing, E7xx store, E8xx server, E9xx CLI / runner.
A stage raises NewsprismError for one bad input; the runner turns it into an InputError
record naming the input, and the batch goes on.
"""
from __future__ import annotations


class NewsprismError(Exception):
    def __init__(self, code: str, reason: str):
        super().__init__(f"[{code}] {reason}")
        self.code = code
        self.reason = reason
