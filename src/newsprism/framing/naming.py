"""Naming divergence: for each canonical entity, the names and descriptors each outlet uses.

"ISIS" vs "Daesh" vs "ISIL", "Washington" vs "the US regime" vs "the United States": the entity
comes from resolve (its mention spans), the names are the mention texts as each outlet wrote them,
the descriptors are the words extraction found attached to them. Without resolved entities (resolve
not run), mentions group by the canonical name the alias file gives them (so "Daesh" and "ISIL" still
line up under "Islamic State"), else by their normalised text.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsprism.extract.lexicon import alias_index
from newsprism.extract.names import name_key
from newsprism.records import Article, ArticleExtraction, Entity, NamingRow, Story, outlet_label, stable_id

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def outlet_of(article: Article) -> str:
    """The outlet a naming row or profile is for: as cross-check keys it, so an article without an outlet
    is one of its own (lumped into one "(unknown outlet)", unrelated files made one pseudo-outlet)."""
    return outlet_label(article)


def name_form(text: str) -> str:
    """A name as written, with spacing tidied and a leading article dropped ("the US" → "US")."""
    text = " ".join(text.replace("’", "'").split())
    return _LEADING_ARTICLE.sub("", text).strip(" \"'“”«»")


def naming_rows(articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
                entities: Sequence[Entity]) -> list[NamingRow]:
    return _rows(articles, extractions, _entity_of(entities), bool(entities))


def naming_by_story(stories: Sequence[Story], articles: Sequence[Article],
                    extractions: Sequence[ArticleExtraction], entities: Sequence[Entity]) -> dict[str, list[NamingRow]]:
    """Naming rows of each story from its own articles only: what an outlet calls someone in one story
    is not mixed with what it calls them in another, and a story's columns are its own outlets."""
    by_id = {a.id: a for a in articles}
    ext_of = {x.article_id: x for x in extractions}
    entity_of = _entity_of(entities)  # built once: entities span every story
    return {s.id: _rows([by_id[i] for i in s.article_ids if i in by_id],
                        [ext_of[i] for i in s.article_ids if i in ext_of], entity_of, bool(entities))
            for s in stories}


def _entity_of(entities: Sequence[Entity]) -> dict[tuple[str, int, int], Entity]:
    return {(s.article_id, s.start, s.end): e for e in entities for s in e.mentions}


def _rows(articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
          entity_of: dict[tuple[str, int, int], Entity], resolved: bool) -> list[NamingRow]:
    by_article = {a.id: a for a in articles}
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    descriptors: dict[tuple[str, str], Counter] = defaultdict(Counter)
    display: dict[str, str] = {}
    for ext in extractions:
        article = by_article.get(ext.article_id)
        if article is None:
            continue
        outlet = outlet_of(article)
        for m in ext.mentions:
            form = name_form(m.text)
            if not form:
                continue
            entity = entity_of.get((m.span.article_id, m.span.start, m.span.end))
            if entity is not None:
                eid, label = entity.id, entity.name
            elif resolved:
                continue  # resolve ran and left this mention out: nothing to line up
            else:
                alias = alias_index().get(name_key(form))
                if alias is not None:
                    eid, label = stable_id("name", name_key(alias.canonical), alias.type), alias.canonical
                else:
                    eid, label = stable_id("name", form.lower(), m.label), form
            display.setdefault(eid, label)
            names[(eid, outlet)][form] += 1
            for d in m.descriptors:
                d = " ".join(d.split())
                if d:
                    descriptors[(eid, outlet)][d] += 1
    rows = []
    for (eid, outlet), counter in names.items():
        rows.append(NamingRow(
            entity_id=eid,
            entity=display[eid],
            outlet=outlet,
            names=_ranked(counter),
            descriptors=_ranked(descriptors.get((eid, outlet), Counter())),
        ))
    totals = Counter()
    for (eid, _), counter in names.items():
        totals[eid] += sum(counter.values())
    rows.sort(key=lambda r: (-totals[r.entity_id], r.entity.lower(), r.entity_id, r.outlet))
    return rows


def _ranked(counter: Counter) -> tuple[str, ...]:
    return tuple(k for k, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].lower(), kv[0])))


def divergent_entities(rows: Sequence[NamingRow], min_outlets: int = 2) -> list[str]:
    """Entity ids that several outlets name, and not all in the same words, most divergent first."""
    by_entity: dict[str, list[NamingRow]] = defaultdict(list)
    for r in rows:
        by_entity[r.entity_id].append(r)
    scored = []
    for eid, group in by_entity.items():
        outlets = {r.outlet for r in group}
        if len(outlets) < min_outlets:
            continue
        forms = {n.lower() for r in group for n in r.names}
        descs = {d.lower() for r in group for d in r.descriptors}
        if len(forms) > 1 or descs:
            scored.append((-(len(forms) + len(descs)), -len(outlets), group[0].entity.lower(), eid))
    return [eid for *_, eid in sorted(scored)]
