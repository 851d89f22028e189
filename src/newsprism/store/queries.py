"""Read queries for browsing the store page by page (the web UI and REST API use them).

Store.articles / Store.analysis give whole records; these add what browsing needs on top: totals
for pagination, stories sorted and filtered in SQL, and the per-article and per-outlet slices of the
derived tables. Every value travels as a parameter; table and column names are constants here.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote_plus

from newsprism.records import (Analysis, ClaimGroup, Duplicate, Entity, FramingFinding, OutletProfile,
                               QuoteGroup, SentenceStance, Story, Storyline, name_typed, near_names, outlet_label)
from newsprism.store.codec import loads
from newsprism.store.sqlite import Store, article_filters, fts_query

STATUSES = ("contested", "corroborated", "single-source")
STORY_SORTS = {
    # newest: latest event first; undated stories last
    "newest": "s.last_date IS NULL, s.last_date DESC, s.first_date DESC, s.id",
    "biggest": "s.size DESC, s.last_date IS NULL, s.last_date DESC, s.id",
    # most contested: contested claim groups first, then how much there is to check
    "contested": "contested DESC, groups DESC, s.size DESC, s.id",
}


def _chunks(ids: Sequence[str], size: int = 500):
    ids = list(dict.fromkeys(ids))
    for lo in range(0, len(ids), size):
        chunk = ids[lo:lo + size]
        yield chunk, ",".join("?" * len(chunk))


def _records_where(store: Store, table: str, key: str, ids: Sequence[str]) -> list[str]:
    # table and key are constants of this module; the ids travel as parameters
    out: list[str] = []
    for chunk, marks in _chunks(ids):
        out += [r[0] for r in store.conn.execute(f"SELECT record FROM {table} WHERE {key} IN ({marks})", chunk)]
    return out


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def count_articles(store: Store, outlet: str | None = None, since: str | None = None,
                   until: str | None = None, language: str | None = None, query: str | None = None,
                   story_id: str | None = None) -> int:
    """How many articles Store.articles would return with the same filters (for pagination)."""
    built = article_filters(outlet, since, until, language, query, story_id)
    if built is None:
        return 0
    joins, where, params = built
    sql = "SELECT count(*) FROM articles a" + joins + (" WHERE " + " AND ".join(where) if where else "")
    return store.conn.execute(sql, params).fetchone()[0]


def languages(store: Store) -> list[tuple[str, int]]:
    rows = store.conn.execute("SELECT language, count(*) n FROM articles WHERE language IS NOT NULL "
                              "GROUP BY language ORDER BY n DESC, language")
    return [(r[0], r[1]) for r in rows]


# ------------------------------------------------------------------ stories
@dataclass(frozen=True)
class StoryRow:
    """A story with its claim-group counts by status, for lists."""

    story: Story
    status_counts: dict[str, int] = field(default_factory=dict)

    @property
    def groups(self) -> int:
        return sum(self.status_counts.values())


def story_rows(store: Store, sort: str = "newest", query: str | None = None, outlet: str | None = None,
               since: str | None = None, until: str | None = None, storyline_id: str | None = None,
               limit: int | None = 50, offset: int = 0) -> tuple[int, list[StoryRow]]:
    """(total, one page of stories) sorted by `sort` (newest, biggest, contested) and filtered.

    query: stories holding an article that matches the words (full text); outlet: stories the outlet
    covered; since / until: stories whose date range reaches into the period (undated ones drop out).
    """
    if sort not in STORY_SORTS:
        raise ValueError(f"unknown sort {sort!r}: one of {', '.join(STORY_SORTS)}")
    where, params = [], []
    if query:
        match = fts_query(query)
        if match is None:
            return 0, []
        where.append("s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles_fts f "
                     "ON f.id = sa.article_id WHERE articles_fts MATCH ?)")
        params.append(match)
    if outlet:
        where.append("s.id IN (SELECT sa.story_id FROM story_articles sa JOIN articles a "
                     "ON a.id = sa.article_id WHERE a.outlet = ? COLLATE NOCASE)")
        params.append(outlet)
    if since:
        where.append("COALESCE(s.last_date, s.first_date) >= ?")
        params.append(since)
    if until:
        where.append("substr(COALESCE(s.first_date, s.last_date), 1, length(?)) <= ?")  # inclusive
        params += [until, until]
    if storyline_id:
        where.append("s.storyline_id = ?")
        params.append(storyline_id)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.conn.execute(f"SELECT count(*) FROM stories s{clause}", params).fetchone()[0]
    sql = (
        "SELECT s.record, COALESCE(c.contested, 0) contested, COALESCE(c.corroborated, 0) corroborated, "
        "COALESCE(c.single, 0) single, COALESCE(c.groups, 0) groups FROM stories s LEFT JOIN ("
        "SELECT story_id, sum(status = 'contested') contested, sum(status = 'corroborated') corroborated, "
        "sum(status = 'single-source') single, count(*) groups FROM claim_groups GROUP BY story_id) c "
        f"ON c.story_id = s.id{clause} ORDER BY {STORY_SORTS[sort]} LIMIT ? OFFSET ?"
    )
    rows = store.conn.execute(sql, [*params, -1 if limit is None else int(limit), int(offset)])
    out = [StoryRow(loads(Story, r["record"]), {"contested": r["contested"], "corroborated": r["corroborated"],
                                                 "single-source": r["single"]}) for r in rows]
    return total, out


def story_titles(store: Store, story_ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """story id → (title, first date), for links."""
    out: dict[str, tuple[str, str | None]] = {}
    for chunk, marks in _chunks(story_ids):
        for r in store.conn.execute(f"SELECT id, title, first_date FROM stories WHERE id IN ({marks})", chunk):
            out[r[0]] = (r[1] or "", r[2])
    return out


def stories_of_articles(store: Store, article_ids: Sequence[str]) -> dict[str, list[str]]:
    """article id → the ids of the stories it belongs to."""
    out: dict[str, list[str]] = {}
    for chunk, marks in _chunks(article_ids):
        for r in store.conn.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({marks}) "
                "ORDER BY story_id", chunk):
            out.setdefault(r[0], []).append(r[1])
    return out


def claim_groups_of_stories(store: Store, story_ids: Sequence[str]) -> list[ClaimGroup]:
    groups = [loads(ClaimGroup, r) for r in _records_where(store, "claim_groups", "story_id", story_ids)]
    return sorted(groups, key=lambda g: g.id)


def quote_groups_of_stories(store: Store, story_ids: Sequence[str]) -> list[QuoteGroup]:
    groups = [loads(QuoteGroup, r) for r in _records_where(store, "quote_groups", "story_id", story_ids)]
    return sorted(groups, key=lambda g: g.id)


# ------------------------------------------------------------------ one article's derived records
def framing_of(store: Store, article_id: str) -> list[FramingFinding]:
    rows = store.conn.execute("SELECT record FROM framing WHERE article_id = ?", (article_id,))
    return [loads(FramingFinding, r[0]) for r in rows]


def stances_of(store: Store, article_id: str) -> list[SentenceStance]:
    rows = store.conn.execute("SELECT record FROM stances WHERE article_id = ?", (article_id,))
    return [loads(SentenceStance, r[0]) for r in rows]


def duplicates_of(store: Store, article_id: str) -> list[Duplicate]:
    rows = store.conn.execute("SELECT record FROM duplicates WHERE a = ? OR b = ? ORDER BY a, b",
                              (article_id, article_id))
    return [loads(Duplicate, r[0]) for r in rows]


def unnamed_counts(store: Store, story_ids: Sequence[str]) -> dict[str, int]:
    """story id → how many of its articles have no outlet (each counts as an outlet of its own)."""
    out: dict[str, int] = {}
    for chunk, marks in _chunks(story_ids):
        for r in store.conn.execute(
                "SELECT sa.story_id, count(*) n FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                f"WHERE a.outlet IS NULL AND sa.story_id IN ({marks}) GROUP BY sa.story_id", chunk):
            out[r["story_id"]] = r["n"]
    return out


def article_heads(store: Store, article_ids: Sequence[str]) -> dict[str, dict]:
    """article id → {outlet, title, published, source} without loading the records."""
    out: dict[str, dict] = {}
    for chunk, marks in _chunks(article_ids):
        for r in store.conn.execute(
                f"SELECT id, outlet, title, published, source FROM articles WHERE id IN ({marks})", chunk):
            out[r["id"]] = {"outlet": r["outlet"], "title": r["title"], "published": r["published"],
                            "source": r["source"]}
    return out


# ------------------------------------------------------------------ entities
def entity_rows(store: Store, query: str | None = None, type: str | None = None,
                limit: int | None = 50, offset: int = 0) -> tuple[int, list[Entity]]:
    """(total, one page of entities) by name; query matches the name or an alias (substring, any case)."""
    where, params = [], []
    if query:
        where.append("(name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(record, '$.aliases') "
                     "WHERE value LIKE ? ESCAPE '\\'))")
        params += [_like(query), _like(query)]
    if type:
        where.append("type = ?")
        params.append(type.upper())  # "person" as the CLI's --type takes it: labels are upper case
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.conn.execute(f"SELECT count(*) FROM entities{clause}", params).fetchone()[0]
    rows = store.conn.execute(f"SELECT record FROM entities{clause} ORDER BY name COLLATE NOCASE, id "
                              "LIMIT ? OFFSET ?", [*params, -1 if limit is None else int(limit), int(offset)])
    return total, [loads(Entity, r[0]) for r in rows]


def entity(store: Store, entity_id: str) -> Entity | None:
    row = store.conn.execute("SELECT record FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return loads(Entity, row[0]) if row else None


def entity_types(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT DISTINCT type FROM entities WHERE type IS NOT NULL "
                                             "ORDER BY type")]


# ------------------------------------------------------------------ outlets
def outlet_named(store: Store, name: str) -> str | None:
    """The stored outlet a user means: the exact name, else in any case or spacing, else the name
    URL-decoded once more ("Ostmere%20Courier" encoded twice, "Ostmere+Courier" as a form sends it), as the
    `outlet` filters take it; None when no outlet matches."""
    names = [n for n, _ in store.outlets()]  # most articles first: of names differing in case only, the main one
    if name in names:
        return name
    for typed in dict.fromkeys((name_typed(name), name_typed(unquote_plus(name)))):
        hit = next((n for n in names if name_typed(n) == typed), None)
        if hit is not None:
            return hit
    return None


def unknown_outlet(store: Store, name: str, listing: str) -> str:
    """The message for a name no stored outlet has: the near names, and where the list is."""
    near = near_names(unquote_plus(name), [n for n, _ in store.outlets()])
    hint = f"; near names: {', '.join(repr(n) for n in near)}" if near else ""
    return f"no articles from an outlet named {name!r}{hint} ({listing} lists every outlet)"


def outlet_profiles(store: Store) -> dict[str, OutletProfile]:
    return {r[0]: loads(OutletProfile, r[1]) for r in
            store.conn.execute("SELECT outlet, record FROM outlet_profiles ORDER BY outlet")}


def outlet_summary(store: Store, outlet: str) -> dict | None:
    """Articles, words, first and last date, and stories covered by one outlet; None if unknown."""
    row = store.conn.execute(
        "SELECT count(*) n, sum(words) words, min(published) first, max(published) last FROM articles "
        "WHERE outlet = ?", (outlet,)).fetchone()
    if not row["n"]:
        return None
    stories = store.conn.execute(
        "SELECT count(DISTINCT sa.story_id) FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "WHERE a.outlet = ?", (outlet,)).fetchone()[0]
    return {"outlet": outlet, "articles": row["n"], "words": row["words"] or 0,
            "first_published": row["first"], "last_published": row["last"], "stories": stories}


def outlet_story_counts(store: Store) -> dict[str, int]:
    rows = store.conn.execute(
        "SELECT a.outlet, count(DISTINCT sa.story_id) FROM story_articles sa JOIN articles a "
        "ON a.id = sa.article_id WHERE a.outlet IS NOT NULL GROUP BY a.outlet")
    return {r[0]: r[1] for r in rows}


def outlet_months(store: Store, outlet: str) -> list[dict]:
    """The outlet over time, month by month: articles, words, framing findings by kind, sentence stances.

    Undated articles are counted under month None (last).
    """
    months: dict[str | None, dict] = {}
    for r in store.conn.execute(
            "SELECT substr(published, 1, 7) m, count(*) n, sum(words) w FROM articles WHERE outlet = ? "
            "GROUP BY m", (outlet,)):
        months[r["m"]] = {"month": r["m"], "articles": r["n"], "words": r["w"] or 0, "framing": {},
                          "stances": {}}
    for r in store.conn.execute(
            "SELECT substr(a.published, 1, 7) m, f.kind k, count(*) n FROM framing f JOIN articles a "
            "ON a.id = f.article_id WHERE a.outlet = ? GROUP BY m, k", (outlet,)):
        months[r["m"]]["framing"][r["k"]] = r["n"]
    for r in store.conn.execute(
            "SELECT substr(a.published, 1, 7) m, json_extract(s.record, '$.kind') k, count(*) n FROM stances s "
            "JOIN articles a ON a.id = s.article_id WHERE a.outlet = ? GROUP BY m, k", (outlet,)):
        months[r["m"]]["stances"][r["k"] or "?"] = r["n"]
    return sorted(months.values(), key=lambda m: (m["month"] is None, m["month"] or ""))


def outlet_month_findings(store: Store, outlet: str) -> dict[str | None, list[FramingFinding]]:
    """month ("2021-02", None when undated) → the framing findings of the outlet's articles that month."""
    out: dict[str | None, list[FramingFinding]] = {}
    for r in store.conn.execute(
            "SELECT substr(a.published, 1, 7) m, f.record FROM framing f JOIN articles a ON a.id = f.article_id "
            "WHERE a.outlet = ?", (outlet,)):
        out.setdefault(r["m"], []).append(loads(FramingFinding, r["record"]))
    return out


def claim_groups_only_from(store: Store, outlet: str) -> list[ClaimGroup]:
    """Claim groups that this outlet alone states (no other outlet supports them)."""
    rows = store.conn.execute(
        "SELECT record FROM claim_groups WHERE json_array_length(record, '$.supporting_outlets') = 1 "
        "AND json_extract(record, '$.supporting_outlets[0]') = ? ORDER BY story_id, id", (outlet,))
    return [loads(ClaimGroup, r[0]) for r in rows]


def entities_in_articles(store: Store, article_ids: Sequence[str]) -> list[Entity]:
    """Entities with at least one mention in these articles (a scan of the entity table in SQL)."""
    found: dict[str, Entity] = {}
    for chunk, marks in _chunks(article_ids):
        for r in store.conn.execute(
                "SELECT id, record FROM entities e WHERE EXISTS (SELECT 1 FROM json_each(e.record, '$.mentions') m "
                f"WHERE json_extract(m.value, '$.article_id') IN ({marks}))", chunk):
            if r[0] not in found:
                found[r[0]] = loads(Entity, r[1])
    return sorted(found.values(), key=lambda e: (e.name.casefold(), e.id))


def story_part(store: Store, story_id: str) -> tuple[Story, Analysis] | None:
    """One story and what concerns it, read with indexed lookups only (Store.analysis(story_id) decodes
    every duplicate, entity and naming row of the store, which grows with the store, not the story).

    naming is computed from the story's own articles (what an outlet calls someone in another story stays
    there); outlet profiles are those of the story's outlets.
    """
    story = store.story(story_id)
    if story is None:
        return None
    articles = store.articles(story_id=story_id)
    ids = [a.id for a in articles]
    idset = set(ids)
    # framing keys an article without an outlet as crosscheck does: an outlet of its own
    outlets = sorted(set(story.outlets) | {outlet_label(a) for a in articles})
    duplicates = []
    for chunk, marks in _chunks(ids):
        duplicates += [loads(Duplicate, r[0]) for r in store.conn.execute(
            f"SELECT record FROM duplicates WHERE a IN ({marks})", chunk)]
    from newsprism.framing.naming import naming_rows  # the framing package: only when a story is read

    entities = entities_in_articles(store, ids)
    extractions = store.extractions(ids)
    naming = naming_rows(articles, extractions, entities)
    storylines = ([loads(Storyline, r) for r in _records_where(store, "storylines", "id", [story.storyline_id])]
                  if story.storyline_id else [])
    return story, Analysis(
        articles=tuple(articles),
        extractions=tuple(extractions),
        entities=tuple(entities),
        duplicates=tuple(sorted((d for d in duplicates if d.b in idset), key=lambda d: (d.a, d.b))),
        stories=(story,),
        storylines=tuple(storylines),
        claim_groups=tuple(claim_groups_of_stories(store, [story_id])),
        quote_groups=tuple(quote_groups_of_stories(store, [story_id])),
        framing=tuple(loads(FramingFinding, r) for r in _records_where(store, "framing", "article_id", ids)),
        stances=tuple(loads(SentenceStance, r) for r in _records_where(store, "stances", "article_id", ids)),
        naming=tuple(sorted(naming, key=lambda n: (n.entity_id, n.outlet))),
        outlets=tuple(loads(OutletProfile, r) for r in _records_where(store, "outlet_profiles", "outlet", outlets)),
    )
