"""The SQLite store: one file, one writer at a time, many readers (WAL).

Every input document is kept byte for byte (raw_documents) beside its cleaned Article; refused
inputs are kept with their reason. Each document is written in its own transaction, so a crash
mid-batch leaves a consistent file and a re-run adds only what is missing (ids are content hashes).
Derived results (extraction, stories, cross-check, framing) are stored as record JSON with a few
key columns for filtering; they can always be recomputed from the articles.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.records import (
    Analysis,
    Article,
    ArticleExtraction,
    ClaimGroup,
    Duplicate,
    Entity,
    FramingFinding,
    InputError,
    NamingRow,
    OutletProfile,
    QuoteGroup,
    RawDocument,
    SentenceStance,
    SourceHints,
    Story,
    Storyline,
)
from newsprism.store.codec import dumps, loads
from newsprism.store.schema import migrate

DEFAULT_DB = "newsprism.db"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def fts_query(text: str) -> str | None:
    """A user's search words as a safe FTS5 query: every word quoted, all required."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)



def article_filters(outlet: str | None, since: str | None, until: str | None, language: str | None,
                    query: str | None, story_id: str | None) -> tuple[str, list[str], list] | None:
    """(joins, where clauses, params) for the filters of Store.articles (the browsing queries share them);
    None: nothing can match."""
    joins, where, params = "", [], []
    if query:
        match = fts_query(query)
        if match is None:
            return None
        joins = " JOIN articles_fts f ON f.id = a.id"
        where.append("articles_fts MATCH ?")
        params.append(match)
    if story_id:
        where.append("a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
        params.append(story_id)
    if outlet:
        where.append("a.outlet = ? COLLATE NOCASE")  # a user types names in any case
        params.append(outlet)
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:  # inclusive at the precision given: until 2021-02 keeps 2021-02-28
        where.append("substr(a.published, 1, length(?)) <= ?")
        params += [until, until]
    if language:
        where.append("a.language = ?")
        params.append(language)
    return joins, where, params


def _schema_version(conn: sqlite3.Connection) -> int:
    """The newsprism schema version (0: none); reading it also fails early on a file that is no database."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is not None


# claim_vectors rows of a quote's own text (its key prefixed, so that a claim of the same words keeps its row)
_QUOTE_KEY = "q:"


class Store:
    """Typed access to the store file. Use `open_store(path)`; close it (or use `with`)."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
                if not _schema_version(self.conn):
                    raise NewsprismError("E701", f"{self.path}: not a newsprism store (no newsprism tables)")
            else:
                self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
                if not _schema_version(self.conn) and _has_tables(self.conn):  # never write into another app's file
                    raise NewsprismError("E701", f"{self.path}: a SQLite database of something else, not a "
                                                 "newsprism store; give another --db")
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                migrate(self.conn)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as exc:
            raise NewsprismError("E701", f"{self.path}: not a newsprism store ({exc})") from exc
        self.conn.row_factory = sqlite3.Row

    # ------------------------------------------------------------ lifecycle
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ writing inputs
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add_document(self, raw: RawDocument, article: Article) -> bool:
        """Keep the raw bytes and the article together, atomically. False when already stored."""
        with self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO raw_documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                (raw.sha256, raw.source, raw.fetched_at, raw.content_type, raw.encoding,
                 dumps(raw.hints), raw.data),
            )
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, raw.sha256, article.source, article.url, article.outlet, article.title,
                 article.byline, article.published, article.language, article.words, _now(),
                 dumps(article)),
            )
            if cur.rowcount == 0:
                return False
            self.conn.execute(
                "INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)",
                (article.id, article.title or "", article.text),
            )
        return True

    def add_error(self, error: InputError) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO input_errors (source, code, reason, at) VALUES (?, ?, ?, ?)",
                (error.source, error.code, error.reason, _now()),
            )

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and everything derived from it; stories keep their other members."""
        row = self.conn.execute("SELECT raw_sha256 FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return False
        with self.conn:
            self.conn.execute("DELETE FROM extractions WHERE article_id = ?", (article_id,))
            # claim_vectors are keyed by text, shared by every article stating it: they stay (a cache)
            self.conn.execute("DELETE FROM framing WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM stances WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM duplicates WHERE a = ? OR b = ?", (article_id, article_id))
            for (story_id,) in self.conn.execute(
                "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
            ).fetchall():
                self._drop_member(story_id, article_id)
            self.conn.execute("DELETE FROM articles_fts WHERE id = ?", (article_id,))
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            still_used = self.conn.execute(
                "SELECT 1 FROM articles WHERE raw_sha256 = ?", (row["raw_sha256"],)
            ).fetchone()
            if not still_used:
                self.conn.execute("DELETE FROM raw_documents WHERE sha256 = ?", (row["raw_sha256"],))
        return True

    def _drop_member(self, story_id: str, article_id: str) -> None:
        """A story loses an article: its cross-check no longer holds, so it goes until re-checked."""
        self.conn.execute(
            "DELETE FROM story_articles WHERE story_id = ? AND article_id = ?", (story_id, article_id)
        )
        self.conn.execute("DELETE FROM claim_groups WHERE story_id = ?", (story_id,))
        self.conn.execute("DELETE FROM quote_groups WHERE story_id = ?", (story_id,))
        rec = self.conn.execute("SELECT record FROM stories WHERE id = ?", (story_id,)).fetchone()
        if rec is None:
            return
        story = loads(Story, rec["record"])
        kept = tuple(a for a in story.article_ids if a != article_id)
        if not kept:
            self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            return
        members = tuple(m for m in story.members if m.article_id != article_id)
        story = Story(**{**story.__dict__, "article_ids": kept, "members": members})
        self.conn.execute(
            "UPDATE stories SET size = ?, record = ? WHERE id = ?", (len(kept), dumps(story), story_id)
        )

    # ------------------------------------------------------------ writing derived results
    def save_extractions(self, extractions: Iterable[ArticleExtraction]) -> None:
        """The extractions, with the claim vectors this process made for them (extract.embed_claims)."""
        import json

        from newsprism import nlp
        from newsprism.crosscheck import contents_of

        extractions = list(extractions)
        rows = []
        for text in sorted({c.text for e in extractions for c in e.claims}):
            texts = contents_of.get(text)
            if texts and all(t in nlp._vectors for t in texts):
                blob = b"".join(nlp._vectors[t].astype("<f4").tobytes() for t in texts)
                rows.append((nlp.text_key(text), json.dumps(list(texts)), blob))
        for text in sorted({q.text for e in extractions for q in e.quotes if q.text in nlp._vectors}):
            rows.append((_QUOTE_KEY + nlp.text_key(text), json.dumps([text]), nlp._vectors[text].astype("<f4").tobytes()))
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO extractions VALUES (?, ?)",
                [(e.article_id, dumps(e)) for e in extractions],
            )
            self.conn.executemany("INSERT OR REPLACE INTO claim_vectors VALUES (?, ?, ?)", rows)

    def load_claim_vectors(self, extractions: Iterable[ArticleExtraction]) -> int:
        """Put the stored vectors of these extractions' claims and quotes into the process caches, where
        the cross-check finds them; returns for how many claims and quotes. The others are embedded
        when needed."""
        import json

        from newsprism import nlp
        from newsprism.crosscheck import contents_of

        extractions = list(extractions)
        wanted = {nlp.text_key(c.text): c.text for e in extractions for c in e.claims}
        wanted.update({_QUOTE_KEY + nlp.text_key(q.text): "" for e in extractions for q in e.quotes})
        keys, found = sorted(wanted), 0
        for lo in range(0, len(keys), 500):
            chunk = keys[lo:lo + 500]
            marks = ",".join("?" * len(chunk))
            for key, texts, blob in self.conn.execute(
                    f"SELECT key, texts, vectors FROM claim_vectors WHERE key IN ({marks})", chunk):
                texts = tuple(json.loads(texts))
                vecs = np.frombuffer(blob, dtype="<f4").astype(np.float32)
                if vecs.size != len(texts) * nlp.EMBEDDING_DIM:  # another model's vectors are not used
                    continue
                nlp.remember_vectors(zip(texts, vecs.reshape(len(texts), nlp.EMBEDDING_DIM)))
                if not key.startswith(_QUOTE_KEY):
                    contents_of[wanted[key]] = texts
                found += 1
        return found

    def save_analysis(self, analysis: Analysis) -> None:
        """Replace every derived table with what this analysis found (one transaction)."""
        with self.conn:
            for table in ("entities", "storylines", "stories", "story_articles", "duplicates",
                          "claim_groups", "quote_groups", "framing", "stances", "naming",
                          "outlet_profiles"):
                self.conn.execute(f"DELETE FROM {table}")  # table names are constants, not input
            self._insert_derived(analysis)
        self.save_extractions(analysis.extractions)

    def _insert_derived(self, a: Analysis) -> None:
        c = self.conn
        c.executemany("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?)",
                      [(e.id, e.name, e.type, dumps(e)) for e in a.entities])
        c.executemany("INSERT OR REPLACE INTO storylines VALUES (?, ?)",
                      [(s.id, dumps(s)) for s in a.storylines])
        c.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)",
                      [(s.id, s.title, s.first_date, s.last_date, s.storyline_id, len(s.article_ids),
                        dumps(s)) for s in a.stories])
        c.executemany("INSERT OR IGNORE INTO story_articles VALUES (?, ?)",
                      [(s.id, aid) for s in a.stories for aid in s.article_ids])
        c.executemany("INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?)",
                      [(d.a, d.b, dumps(d)) for d in a.duplicates])
        c.executemany("INSERT OR REPLACE INTO claim_groups VALUES (?, ?, ?, ?)",
                      [(g.id, g.story_id, g.status, dumps(g)) for g in a.claim_groups])
        c.executemany("INSERT OR REPLACE INTO quote_groups VALUES (?, ?, ?)",
                      [(g.id, g.story_id, dumps(g)) for g in a.quote_groups])
        c.executemany("INSERT INTO framing VALUES (?, ?, ?)",
                      [(f.span.article_id, f.kind, dumps(f)) for f in a.framing])
        c.executemany("INSERT INTO stances VALUES (?, ?)",
                      [(s.span.article_id, dumps(s)) for s in a.stances])
        c.executemany("INSERT INTO naming VALUES (?, ?, ?)",
                      [(n.entity_id, n.outlet, dumps(n)) for n in a.naming])
        c.executemany("INSERT OR REPLACE INTO outlet_profiles VALUES (?, ?)",
                      [(o.outlet, dumps(o)) for o in a.outlets])

    def get_state(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return bytes(row["value"]) if row else None

    def set_state(self, key: str, value: bytes) -> None:
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def state_keys(self, prefix: str) -> list[str]:
        """The state keys that start with `prefix`, sorted."""
        return [r[0] for r in self.conn.execute("SELECT key FROM state WHERE substr(key, 1, ?) = ? ORDER BY key",
                                                (len(prefix), prefix))]

    def set_states(self, values: dict[str, bytes], delete: Iterable[str] = ()) -> None:
        """Write some state keys and delete others in one transaction (a state kept in several rows
        is replaced all at once or not at all)."""
        with self.conn:
            self.conn.executemany("DELETE FROM state WHERE key = ?", [(k,) for k in delete])
            self.conn.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", list(values.items()))

    # ------------------------------------------------------------ reading
    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:  # a unique prefix is enough, as with git
            rows = self.conn.execute(
                "SELECT record FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                (article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return loads(Article, row["record"]) if row else None

    def articles(self, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 language: str | None = None, query: str | None = None, story_id: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[Article]:
        """Stored articles, oldest first by publication date (undated last), filtered."""
        filters = article_filters(outlet, since, until, language, query, story_id)
        if filters is None:
            return []
        joins, where, params = filters
        sql = "SELECT a.record FROM articles a" + joins
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published IS NULL, a.published, a.id LIMIT ? OFFSET ?"
        params += [-1 if limit is None else int(limit), int(offset)]
        return [loads(Article, r["record"]) for r in self.conn.execute(sql, params)]

    def raw_document(self, article_id: str) -> RawDocument | None:
        row = self.conn.execute(
            "SELECT r.* FROM raw_documents r JOIN articles a ON a.raw_sha256 = r.sha256 WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return RawDocument(source=row["source"], fetched_at=row["fetched_at"],
                           content_type=row["content_type"], data=bytes(row["data"]),
                           encoding=row["encoding"], hints=loads(SourceHints, row["hints"]))

    def errors(self) -> list[InputError]:
        rows = self.conn.execute("SELECT source, code, reason FROM input_errors ORDER BY id")
        return [InputError(r["source"], r["code"], r["reason"]) for r in rows]

    def outlets(self) -> list[tuple[str, int]]:
        rows = self.conn.execute(
            "SELECT outlet, count(*) n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet"
        )
        return [(r["outlet"], r["n"]) for r in rows]

    def extractions(self, article_ids: Sequence[str] | None = None, vectors: bool = False) -> list[ArticleExtraction]:
        """Stored extractions; with `vectors`, their claims' stored vectors go into the process cache."""
        rows = self._records("extractions", "article_id", article_ids)
        out = [loads(ArticleExtraction, r) for r in rows]
        if vectors:
            self.load_claim_vectors(out)
        return out

    def stories(self) -> list[Story]:
        rows = self.conn.execute("SELECT record FROM stories ORDER BY first_date IS NULL, first_date, id")
        return [loads(Story, r["record"]) for r in rows]

    def duplicates(self) -> list[Duplicate]:
        return [loads(Duplicate, r) for r in self._records("duplicates", "a", None)]

    def story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT record FROM stories WHERE id = ?", (story_id,)).fetchone()
        return loads(Story, row["record"]) if row else None

    def storyline(self, storyline_id: str) -> Storyline | None:
        """A kept storyline, or None (a record written before storylines kept their shared entities loads
        with none: the codec's default)."""
        row = self.conn.execute("SELECT record FROM storylines WHERE id = ?", (storyline_id,)).fetchone()
        return loads(Storyline, row["record"]) if row else None

    def _records(self, table: str, key: str, ids: Sequence[str] | None) -> list[str]:
        # table and key are constants from this module; ids travel as parameters
        if ids is None:
            return [r[0] for r in self.conn.execute(f"SELECT record FROM {table}")]
        out: list[str] = []
        ids = list(ids)
        for lo in range(0, len(ids), 500):
            chunk = ids[lo:lo + 500]
            marks = ",".join("?" * len(chunk))
            out += [r[0] for r in self.conn.execute(
                f"SELECT record FROM {table} WHERE {key} IN ({marks})", chunk)]
        return out

    def analysis(self, story_id: str | None = None) -> Analysis:
        """Everything stored, as one Analysis (or the part that concerns one story)."""
        if story_id is not None:
            story = self.story(story_id)
            if story is None:
                raise NewsprismError("E702", f"no story with id {story_id!r}")
            stories = [story]
            ids = list(story.article_ids)
            articles = self.articles(story_id=story_id)
        else:
            stories = self.stories()
            articles = self.articles()
            ids = [a.id for a in articles]
        idset = set(ids)
        by_story = [s.id for s in stories]
        storyline_ids = {s.storyline_id for s in stories if s.storyline_id}
        return Analysis(
            articles=tuple(articles),
            errors=tuple(self.errors()) if story_id is None else (),
            extractions=tuple(self.extractions(ids)),
            entities=tuple(self._entities_for(idset if story_id else None)),
            duplicates=tuple(d for d in (loads(Duplicate, r) for r in self._records("duplicates", "a", None))
                             if d.a in idset and d.b in idset),
            stories=tuple(stories),
            storylines=tuple(s for s in (loads(Storyline, r) for r in self._records("storylines", "id", None))
                             if story_id is None or s.id in storyline_ids),
            claim_groups=tuple(loads(ClaimGroup, r) for r in self._records("claim_groups", "story_id", by_story)),
            quote_groups=tuple(loads(QuoteGroup, r) for r in self._records("quote_groups", "story_id", by_story)),
            framing=tuple(loads(FramingFinding, r) for r in self._records("framing", "article_id", ids)),
            stances=tuple(loads(SentenceStance, r) for r in self._records("stances", "article_id", ids)),
            naming=tuple(n for n in (loads(NamingRow, r) for r in self._records("naming", "entity_id", None))),
            outlets=tuple(loads(OutletProfile, r) for r in self._records("outlet_profiles", "outlet", None)),
        )

    def _entities_for(self, ids: set[str] | None) -> list[Entity]:
        entities = [loads(Entity, r) for r in self._records("entities", "id", None)]
        if ids is None:
            return entities
        return [e for e in entities if any(m.article_id in ids for m in e.mentions)]


def open_store(path: str | Path = DEFAULT_DB, readonly: bool = False) -> Store:
    return Store(path, readonly=readonly)


def article_row(article: Article) -> dict:
    """The short form used by listings (CLI table, API lists)."""
    return {"id": article.id, "outlet": article.outlet, "published": article.published,
            "title": article.title, "words": article.words, "source": article.source,
            "language": article.language}

