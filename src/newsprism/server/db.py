"""Readers: a pool of read-only connections; each request borrows one inside one read transaction.

With the store in WAL mode, readers never wait for the writer: a read transaction sees the store as
it was when the request began (a consistent snapshot even while the writer replaces the derived
tables), and the writer never waits for readers either. A connection is lent to one request at a
time, whatever thread runs it (FastAPI may run a dependency and its endpoint on different threads).
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsprism.store import Store, open_store


class Readers:
    def __init__(self, db_path: Path, keep: int = 64):
        self.db_path = db_path
        self.keep = keep  # idle connections kept open for the next requests
        self._lock = threading.Lock()
        self._idle: list[Store] = []
        self._closed = False

    def _borrow(self) -> Store:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return open_store(self.db_path, readonly=True)

    def _give_back(self, store: Store) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self.keep:
                self._idle.append(store)
                return
        store.close()

    @contextmanager
    def read(self) -> Iterator[Store]:
        store = self._borrow()
        try:
            store.conn.execute("BEGIN")  # one snapshot for the whole request
            yield store
        finally:
            try:
                store.conn.rollback()
            except sqlite3.Error:
                store.close()  # a connection in an unknown state is not lent again
            else:
                self._give_back(store)

    def close(self) -> None:
        with self._lock:
            stores, self._idle, self._closed = self._idle, [], True
        for store in stores:
            store.close()
