"""The analysis JSON document: `{"schema": "newsprism/analysis", "version": N, ...}`.

Spans are `{"article_id", "start", "end"}` with `articles[...].text[start:end]` the evidence.
docs/analysis-json.md documents every key; bump SCHEMA_VERSION when a key changes meaning.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from newsprism import __version__
from newsprism.records import Analysis, to_json

SCHEMA = "newsprism/analysis"
SCHEMA_VERSION = 3  # 1: articles; 2: + entities, quotes, claims, stories, cross-check, framing; 3: + story_naming


def build_document(analysis: Analysis) -> dict[str, Any]:
    quotes, claims, mentions = [], [], []
    for ext in analysis.extractions:
        quotes += [{"article_id": ext.article_id, **to_json(q)} for q in ext.quotes]
        claims += [{"article_id": ext.article_id, **to_json(c)} for c in ext.claims]
        mentions += [{"article_id": ext.article_id, **to_json(m)} for m in ext.mentions]
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "generator": f"newsprism {__version__}",
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "articles": to_json(analysis.articles),
        "errors": to_json(analysis.errors),
        "entities": to_json(analysis.entities),
        "mentions": mentions,
        "quotes": quotes,
        "claims": claims,
        "stories": to_json(analysis.stories),
        "storylines": to_json(analysis.storylines),
        "duplicates": to_json(analysis.duplicates),
        "claim_groups": to_json(analysis.claim_groups),
        "quote_groups": to_json(analysis.quote_groups),
        "framing": to_json(analysis.framing),
        "stances": to_json(analysis.stances),
        "naming": to_json(analysis.naming),
        "story_naming": story_naming(analysis),
        "outlets": to_json(analysis.outlets),
    }


def story_naming(analysis: Analysis) -> list[dict[str, Any]]:
    """The naming rows of each story from its own articles, each with its `story_id` (the report's and the
    web UI's tables); `naming` stays the run's rows over every story, as version 2 readers know it.
    Empty where the analysis has no naming (an article's document, a run before framing)."""
    if not analysis.naming:
        return []
    from newsprism.framing.naming import naming_by_story  # the framing package: only when there is naming

    rows = naming_by_story(analysis.stories, analysis.articles, analysis.extractions, analysis.entities)
    return [{"story_id": story_id, **to_json(row)} for story_id, story_rows in rows.items() for row in story_rows]


def write_document(analysis: Analysis, path: str | Path) -> dict[str, Any]:
    doc = build_document(analysis)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return doc
