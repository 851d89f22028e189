"""newsprism: one story, many outlets — claims, quotes and framing with evidence spans.

The Python API works with the same records as the CLI and the JSON document:

    import newsprism
    analysis = newsprism.analyze(["examples/corpus"])       # newsprism.records.Analysis
    with newsprism.open_store("newsprism.db") as store:
        store.articles(outlet="...")
"""
from __future__ import annotations

__version__ = "0.1.0"


def analyze(inputs, allow_private: bool = False, db=None):
    """Ingest files, folders or URLs and run every stage; returns an Analysis (stored too when db is given)."""
    from newsprism.ingest import IngestOptions
    from newsprism.runners.local import analyze_inputs
    from newsprism.store import open_store as _open

    if isinstance(inputs, str):
        inputs = [inputs]
    options = IngestOptions(allow_private=allow_private)
    if db is None:
        return analyze_inputs(inputs, options)
    with _open(db) as store:
        return analyze_inputs(inputs, options, store)


def open_store(path="newsprism.db", readonly: bool = False):
    """The SQLite store (see newsprism.store.Store)."""
    from newsprism.store import open_store as _open

    return _open(path, readonly=readonly)


__all__ = ["__version__", "analyze", "open_store"]
