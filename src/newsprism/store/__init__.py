"""The local store: a SQLite file holding every input, every article and what the stages derived."""
from newsprism.store.sqlite import DEFAULT_DB, Store, article_row, fts_query, open_store

__all__ = ["DEFAULT_DB", "Store", "article_row", "fts_query", "open_store"]
