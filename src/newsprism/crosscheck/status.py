"""A claim group's status, with an explanation a reader can check and the evidence of every article.

- contested: two outlets state incompatible things (the conflict is named, both sides shown);
- corroborated: two or more independent sources state it;
- single-source: one source (one outlet, outlets copying each other, or outlets citing the same one).
Outlets that quote different sources giving different figures for the same act do not contradict each
other; the explanation names the sources and their figures ("The UN … and the city hospital …").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.crosscheck.align import Link
from newsprism.crosscheck.contradiction import quoted_apart
from newsprism.crosscheck.independence import Independence
from newsprism.crosscheck.numbers import match_quantities
from newsprism.records import Article, Claim, ClaimGroup, Span, in_quotes, outlet_label, outlet_name, stable_id

STATUS_ORDER = {"contested": 0, "corroborated": 1, "single-source": 2}


@dataclass(frozen=True)
class Member:
    claim: Claim
    article: Article

    @property
    def outlet(self) -> str:
        return outlet_label(self.article)

    @property
    def name(self) -> str:
        """The outlet as the explanation names it: an article without one by its file, not an id."""
        return outlet_name(self.article)

    @property
    def sort_key(self) -> tuple:
        # Earlier publication first; undated articles after dated ones; then by id.
        return (self.article.published is None, self.article.published or "", self.article.id,
                self.claim.span.start, self.claim.id)


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _names(items: Sequence[str]) -> str:
    items = list(dict.fromkeys(items))
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _side_text(members: Sequence[Member]) -> str:
    parts = []
    for m in members:
        cited = ""
        if m.claim.attributed_is_media and m.claim.attributed_to:
            cited = f", citing {m.claim.attributed_to}"
        parts.append(f"{m.name}{cited}: {in_quotes(_short(m.claim.text))}")
    return "; ".join(parts)


def _sources_text(members: Sequence[Member], independence: Independence) -> tuple[int, str, list[str]]:
    """How many independent sources, the sentences that say how copies and citations were counted, and
    a label for each source."""
    claims = [m.claim for m in members]
    groups, copies = independence.sources(claims)
    notes = []
    for i, j, copy in copies:
        notes.append(independence.describe_copy(copy) + ": counted once.")
    cited = sorted({m.claim.attributed_to for m in members if m.claim.attributed_is_media and m.claim.attributed_to})
    for name in cited:
        citing = sorted({m.name for m in members if m.claim.attributed_to == name and m.claim.attributed_is_media})
        notes.append(f"{_names(citing)} report{'s' if len(citing) == 1 else ''} it second-hand, citing {name}: "
                     f"counted for {name}.")
    same_outlet = {}
    for m in members:
        same_outlet.setdefault(m.name, set()).add(m.article.id)
    for outlet in sorted(o for o, ids in same_outlet.items() if len(ids) > 1):
        notes.append(f"{len(same_outlet[outlet])} articles of {outlet}: one source.")
    labels = []
    for g in groups:
        # The source is named by its first publisher (or the cited outlet); copies and citers follow.
        ordered = sorted(g, key=lambda k: members[k].sort_key)
        names = list(dict.fromkeys(independence.source_label(claims[k]) for k in ordered))
        cited = [independence.source_label(claims[k]) for k in ordered if claims[k].attributed_is_media]
        head = cited[0] if cited else names[0]
        via = sorted({members[k].name for k in g} - {head})
        labels.append(f"{head} (also via {_names(via)})" if via else head)
    return len(groups), " ".join(dict.fromkeys(notes)), labels


def _conflicts_between(a: Sequence[int], b: Sequence[int], links: dict[tuple[int, int], Link]):
    for i in a:
        for j in b:
            link = links.get((min(i, j), max(i, j)))
            if link is not None and link.conflicts:
                yield i, j, link


_QUOTED = re.compile(r"“([^”]*)”")


def _distinct_agreements(agreements: Sequence[str]) -> list[str]:
    """Each agreement once: two links of a group may state it each way round ("“May 2019” and “2019”…",
    "“2019” and “May 2019”…"), one pair of wordings whichever the order."""
    seen: set[frozenset[str]] = set()
    out = []
    for text in agreements:
        key = frozenset(w.lower() for w in _QUOTED.findall(text)[:2]) or frozenset((text,))
        if key not in seen:
            seen.add(key)
            out.append(text)
    return out


def group_status(story_id: str, indices: Sequence[int], members: Sequence[Member],
                 links: dict[tuple[int, int], Link], independence: Independence) -> ClaimGroup:
    """One claim group (claim indices into `members`) with status, outlets, sources, explanation, evidence."""
    idx = sorted(indices, key=lambda k: members[k].sort_key)
    in_conflict: dict[int, set[int]] = {k: set() for k in idx}
    for i, j, link in _conflicts_between(idx, idx, links):
        if i < j and members[i].article.id != members[j].article.id:
            in_conflict[i].add(j)
            in_conflict[j].add(i)

    def side_of(anchor: int) -> list[int]:
        return [k for k in idx if k not in in_conflict[anchor]]

    def rank(anchor: int):
        side = side_of(anchor)
        n_sources = len(independence.sources([members[k].claim for k in side])[0])
        return (-n_sources, -len(side), idx.index(anchor))

    anchor = min(idx, key=rank) if any(in_conflict.values()) else idx[0]
    side = side_of(anchor)
    against = sorted(in_conflict[anchor], key=lambda k: members[k].sort_key)
    side_members = [members[k] for k in side]
    n_sources, notes, labels = _sources_text(side_members, independence)
    supporting = tuple(sorted({m.outlet for m in side_members}))
    contradicting = tuple(sorted({members[k].outlet for k in against}))
    named = sorted({m.name for m in side_members})

    if against:
        status = "contested"
        reasons = []
        for k in against:
            link = links[(min(anchor, k), max(anchor, k))]
            reasons.extend(c.reason for c in link.conflicts)
        explanation = (f"Contested: outlets state incompatible things. {_side_text(side_members)} — "
                       f"against {_side_text([members[k] for k in against])}. "
                       f"Why they conflict: {'; '.join(dict.fromkeys(reasons))}.")
    elif n_sources >= 2:
        status = "corroborated"
        explanation = (f"Corroborated by {n_sources} independent sources ({_names(labels)}). "
                       f"{_side_text(side_members)}.")
    else:
        status = "single-source"
        if len(named) == 1 and not notes:
            explanation = f"Single source: only {named[0]} states this. {_side_text(side_members)}."
        else:
            explanation = (f"Single source: stated by {_names(named)}, but they count as one source "
                           f"({_names(labels)}). {_side_text(side_members)}.")
    agreements = []
    for i, j, link in ((i, j, links.get((min(i, j), max(i, j)))) for i in side for j in side if i < j):
        if link is not None and not link.conflicts:
            agreements.extend(link.agreements)
    if agreements:
        shown = _distinct_agreements(agreements)[:3]
        explanation += " Agreement in detail: " + "; ".join(shown) + "."
    if notes:
        explanation += " " + notes
    differ = _sources_differ([k for k in idx if k not in against], members, links)
    if differ:
        explanation += " " + differ
    evidence: tuple[Span, ...] = tuple(members[k].claim.span for k in idx)
    claim_ids = tuple(sorted({members[k].claim.id for k in idx}))
    # Parts of the same claims can make two groups: the spans tell them apart.
    return ClaimGroup(
        id=stable_id("cg", story_id, *claim_ids, *(f"{s.article_id}:{s.start}:{s.end}" for s in sorted(evidence))),
        story_id=story_id,
        claim_ids=claim_ids,
        status=status,
        supporting_outlets=supporting,
        contradicting_outlets=contradicting,
        independent_sources=n_sources,
        explanation=" ".join(explanation.split()),
        evidence=evidence,
        text=members[anchor].claim.text,
    )


def _sources_differ(side: Sequence[int], members: Sequence[Member], links: dict[tuple[int, int], Link]) -> str:
    """Figures that differ between the sources two outlets quote for the same fact ("the UN: 40 dead", "the
    hospital: 42"): not outlets contradicting each other (contradiction.quoted_apart), but a disagreement a
    reader should see. Only between counterparts, each the other's closest claim in its article."""
    found = []
    for n, i in enumerate(side):
        for j in side[n + 1:]:
            a, b = members[i], members[j]
            link = links.get((min(i, j), max(i, j)))
            if a.article.id == b.article.id or link is None or not link.counterparts:
                continue
            ca, cb = a.claim, b.claim
            if not (ca.quantities and cb.quantities and quoted_apart(ca, cb)):
                continue
            pairs = match_quantities(ca.quantities, cb.quantities, ca.text, ca.span.start, cb.text, cb.span.start)
            if any(c.verdict == "consistent" for _, _, c in pairs):
                continue
            # figures of the same act ("killed", "injured") of the same counted thing: the likeliest to be
            # the same fact counted differently rather than two facts side by side
            c = next((c for _, _, c in pairs if c.verdict == "conflict" and c.certain and c.specific), None)
            if c is not None:
                found.append(f"{ca.attributed_to} ({a.name}) and {cb.attributed_to} ({b.name}): {c.reason}")
    if not found:
        return ""
    return "The sources they quote give different figures: " + "; ".join(list(dict.fromkeys(found))[:3]) + "."


def only_here(groups: Sequence[ClaimGroup]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per outlet, the claims no other outlet of the story makes (in groups of that outlet alone and
    contested by nobody), outlets in name order."""
    per: dict[str, set[str]] = {}
    for g in groups:
        if g.status == "single-source" and len(g.supporting_outlets) == 1 and not g.contradicting_outlets:
            per.setdefault(g.supporting_outlets[0], set()).update(g.claim_ids)
    return tuple((outlet, tuple(sorted(ids))) for outlet, ids in sorted(per.items()))
