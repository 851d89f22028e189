"""Numbered schema migrations. `PRAGMA user_version` says which have run; each runs once, in order."""
from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: documents as they arrived, articles, refused inputs, full-text search
    """
    CREATE TABLE raw_documents (
        sha256 TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        content_type TEXT NOT NULL,
        encoding TEXT,
        hints TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        raw_sha256 TEXT NOT NULL REFERENCES raw_documents(sha256),
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        byline TEXT,
        published TEXT,
        language TEXT,
        words INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE input_errors (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (source, code, reason)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text, tokenize='unicode61');
    """,
    # 2: what the analysis stages derived (recomputable from the articles)
    """
    CREATE TABLE extractions (article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                              record TEXT NOT NULL);
    CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, record TEXT NOT NULL);
    CREATE TABLE storylines (id TEXT PRIMARY KEY, record TEXT NOT NULL);
    CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT, first_date TEXT, last_date TEXT,
                          storyline_id TEXT, size INTEGER NOT NULL, record TEXT NOT NULL);
    CREATE TABLE story_articles (story_id TEXT NOT NULL, article_id TEXT NOT NULL,
                                 PRIMARY KEY (story_id, article_id));
    CREATE INDEX story_articles_article ON story_articles(article_id);
    CREATE TABLE duplicates (a TEXT NOT NULL, b TEXT NOT NULL, record TEXT NOT NULL, PRIMARY KEY (a, b));
    CREATE TABLE claim_groups (id TEXT PRIMARY KEY, story_id TEXT NOT NULL, status TEXT NOT NULL,
                               record TEXT NOT NULL);
    CREATE INDEX claim_groups_story ON claim_groups(story_id);
    CREATE TABLE quote_groups (id TEXT PRIMARY KEY, story_id TEXT NOT NULL, record TEXT NOT NULL);
    CREATE INDEX quote_groups_story ON quote_groups(story_id);
    CREATE TABLE framing (article_id TEXT NOT NULL, kind TEXT NOT NULL, record TEXT NOT NULL);
    CREATE INDEX framing_article ON framing(article_id);
    CREATE TABLE stances (article_id TEXT NOT NULL, record TEXT NOT NULL);
    CREATE INDEX stances_article ON stances(article_id);
    CREATE TABLE naming (entity_id TEXT NOT NULL, outlet TEXT NOT NULL, record TEXT NOT NULL);
    CREATE TABLE outlet_profiles (outlet TEXT PRIMARY KEY, record TEXT NOT NULL);
    CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    """,
    # 3: the sentence vectors extraction made for a claim (crosscheck.prepare_claims), by sha1 of the
    # claim text (nlp.text_key): the texts embedded (JSON list) and their float32 vectors end to end.
    # A later `update` cross-checks stored extractions without embedding their claims again. Quotes'
    # vectors share the table under "q:" + the key of the quote text (texts = [the quote]).
    """
    CREATE TABLE claim_vectors (key TEXT PRIMARY KEY, texts TEXT NOT NULL, vectors BLOB NOT NULL);
    """,
)


def migrate(conn: sqlite3.Connection) -> int:
    """Run the migrations this file has not seen yet; returns the schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        # One script, one transaction: a crash leaves the file at the previous version.
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return len(MIGRATIONS)
