"""The local runner: drives the stages over a batch in one process.

The stages know nothing of the runner; the runner knows the order of the flow
(ingest → clean → extract → resolve → cluster → crosscheck → frame) and counts what each step
forwarded and refused. Refused inputs become InputError records; the batch goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from newsprism.errors import NewsprismError
from newsprism.ingest import IngestOptions, read_inputs
from newsprism.records import Analysis, Article, ArticleExtraction, InputError, RawDocument, counted, one_line
from newsprism.store import Store

Progress = Callable[[str, int, int | None], None]  # (step, done, total or None)


def _quiet(step: str, done: int, total: int | None) -> None:
    return None


@dataclass
class IngestResult:
    """What one ingest run did: the articles it read (new or already stored) and what it refused."""

    articles: list[Article] = field(default_factory=list)
    added: int = 0
    already_stored: int = 0
    errors: list[InputError] = field(default_factory=list)
    repeats: list[tuple[str, str]] = field(default_factory=list)  # (input, the earlier input of the same text)

    @property
    def summary(self) -> str:
        return (f"{counted(len(self.articles), 'article')} read ({self.added} new, {self.already_stored} already "
                f"stored){repeats_note(self.repeats)}, {counted(len(self.errors), 'input')} refused")


REPEATS_NAMED = 3  # the summary is one line


def repeats_note(repeats) -> str:
    """", 1 repeated input kept once (b.txt: same text as a.txt)": an input whose clean text is another
    input's is kept once; said, or the count of articles read comes out short of the files given with
    nothing to tell why. `repeats`: (input, the earlier input) pairs."""
    if not repeats:
        return ""
    named = "; ".join(f"{one_line(again)}: same text as {one_line(first)}"
                      for again, first in repeats[:REPEATS_NAMED])
    more = f"; {len(repeats) - REPEATS_NAMED} more" if len(repeats) > REPEATS_NAMED else ""
    return f", {counted(len(repeats), 'repeated input')} kept once ({named}{more})"


def analysis_counts(analysis: Analysis) -> str:
    """"3 stories, 68 claim groups, 1 quote group": the end of a run's summary line."""
    return ", ".join((counted(len(analysis.stories), "story"),
                      counted(len(analysis.claim_groups), "claim group"),
                      counted(len(analysis.quote_groups), "quote group")))


def clean_one(raw: RawDocument) -> Article | InputError:
    """Clean one document; a refusal or an unexpected failure becomes an InputError naming it."""
    from newsprism.clean import clean_document

    try:
        return clean_document(raw)
    except NewsprismError as exc:
        # the error names the document for callers of clean_document; the InputError names it already
        return InputError(raw.source, exc.code, exc.reason.removeprefix(f"{raw.source}: "))
    except Exception as exc:  # a bug on one document must not stop the batch; say what happened
        return InputError(raw.source, "E290", f"could not be cleaned: {type(exc).__name__}: {exc}")


def ingest(inputs: Iterable[str], options: IngestOptions = IngestOptions(), store: Store | None = None,
           progress: Progress = _quiet) -> IngestResult:
    """Read, clean and (when a store is given) keep every input. Same content twice is kept once."""
    result = IngestResult()
    seen: dict[str, str] = {}  # article id → the input it was first read from
    for n, item in enumerate(read_inputs(inputs, options), start=1):
        if isinstance(item, InputError):
            result.errors.append(item)
            if store is not None:
                store.add_error(item)
        else:
            cleaned = clean_one(item)
            if isinstance(cleaned, InputError):
                result.errors.append(cleaned)
                if store is not None:
                    store.add_error(cleaned)
            elif cleaned.id in seen:
                result.repeats.append((item.source, seen[cleaned.id]))
            else:
                seen[cleaned.id] = item.source
                result.articles.append(cleaned)
                if store is None or store.add_document(item, cleaned):
                    result.added += 1
                else:
                    result.already_stored += 1
        progress("ingest", n, None)
    return result


def analyze_articles(articles: Sequence[Article], progress: Progress = _quiet,
                     errors: Sequence[InputError] = (),
                     known: Mapping[str, ArticleExtraction] | None = None,
                     alias_file: str | None = None, cluster: Callable | None = None) -> Analysis:
    """Run every analysis stage over a set of articles and gather what they found.

    `known` holds extractions computed before (from the store): only the other articles are parsed.
    `alias_file`: the user's alias file, added to the shipped data/aliases.tsv.
    `cluster(articles, extractions, entities) -> Clustering` replaces the full clustering run (the
    store's update attaches new articles to its kept stories instead).
    """
    from newsprism.cluster import cluster_articles
    from newsprism.crosscheck import crosscheck_story
    from newsprism.extract import extract_articles
    from newsprism.framing import frame_articles
    from newsprism.resolve import resolve_entities

    # Sorting by id makes every later stage independent of the order inputs were given in.
    articles = tuple(sorted(articles, key=lambda a: a.id))
    known = known or {}
    todo = [a for a in articles if a.id not in known]
    progress("extract", 0, len(todo))
    fresh = {e.article_id: e for e in extract_articles(todo, alias_file)}
    progress("extract", len(todo), len(todo))
    extractions = tuple(known.get(a.id) or fresh[a.id] for a in articles)
    entities, extractions = resolve_entities(articles, extractions, alias_file)
    clustering = (cluster or cluster_articles)(articles, extractions, entities)
    progress("cluster", 1, 1)
    by_id = {a.id: a for a in articles}
    ext_by_id = {e.article_id: e for e in extractions}
    claim_groups, quote_groups = [], []
    for n, story in enumerate(clustering.stories, start=1):
        members = set(story.article_ids)
        checked = crosscheck_story(
            story,
            [by_id[i] for i in story.article_ids],
            [ext_by_id[i] for i in story.article_ids],
            [d for d in clustering.duplicates if d.a in members and d.b in members],
        )
        claim_groups += checked.claim_groups
        quote_groups += checked.quote_groups
        progress("crosscheck", n, len(clustering.stories))
    framing = frame_articles(articles, extractions, entities, clustering.stories, tuple(claim_groups))
    progress("framing", 1, 1)
    return Analysis(
        articles=articles,
        errors=tuple(errors),
        extractions=tuple(extractions),
        entities=tuple(entities),
        duplicates=tuple(clustering.duplicates),
        stories=tuple(clustering.stories),
        storylines=tuple(clustering.storylines),
        claim_groups=tuple(claim_groups),
        quote_groups=tuple(quote_groups),
        framing=tuple(framing.findings),
        stances=tuple(framing.stances),
        naming=tuple(framing.naming),
        outlets=tuple(framing.outlets),
    )


def analyze_inputs(inputs: Iterable[str], options: IngestOptions = IngestOptions(),
                   store: Store | None = None, progress: Progress = _quiet) -> Analysis:
    """Ingest inputs and analyse them together (the one-shot `newsprism analyze`)."""
    result = ingest(inputs, options, store, progress)
    analysis = analyze_articles(result.articles, progress, result.errors)
    if store is not None:
        store.save_analysis(analysis)
    return analysis


CLUSTER_STATE = "cluster"  # the store's state key for the kept ClusterState


def _saved_cluster_state(store: Store, article_ids: set[str]):
    """The ClusterState kept by the last analysis, or None when there is none or it no longer fits."""
    from newsprism.cluster import ClusterState

    try:
        state = ClusterState.load(store, CLUSTER_STATE)  # also the one-blob form older versions kept
    except NewsprismError:
        return None  # an unknown format or a damaged state: recluster
    if state is None:
        return None
    return state if set(state.article_ids) <= article_ids else None  # articles deleted since: recluster


def _analyze_and_keep(store: Store, progress: Progress, known, state) -> Analysis:
    """Analyse every stored article; cluster by attaching to `state` (or from scratch when None)."""
    from newsprism.cluster import attach_all, cluster_with_state

    kept = {}

    def cluster(articles, extractions, entities):
        if state is None:
            clustering, kept["state"] = cluster_with_state(articles, extractions, entities)
        else:
            clustering, kept["state"] = attach_all(state, articles, extractions, entities, store.duplicates())
        return clustering

    analysis = analyze_articles(store.articles(), progress, store.errors(), known, cluster=cluster)
    store.save_analysis(analysis)
    kept["state"].save(store, CLUSTER_STATE)  # incremental: writes only the rows not kept yet
    return analysis


def analyze_store(store: Store, progress: Progress = _quiet) -> Analysis:
    """Re-run every analysis stage over all stored articles (a full re-cluster) and replace the derived tables."""
    return _analyze_and_keep(store, progress, None, None)


def recluster_store(store: Store, progress: Progress = _quiet) -> Analysis:
    """Re-cluster the whole store from scratch, reusing each article's stored extraction."""
    return _analyze_and_keep(store, progress, {e.article_id: e for e in store.extractions(vectors=True)}, None)


def update_store(store: Store, progress: Progress = _quiet) -> Analysis:
    """After an ingest: parse only the new articles and attach them to the kept stories (no re-clustering),
    then bring the derived tables up to date. Without a usable kept state this clusters from scratch."""
    known = {e.article_id: e for e in store.extractions(vectors=True)}
    state = _saved_cluster_state(store, {a.id for a in store.articles()})
    return _analyze_and_keep(store, progress, known, state)
