"""The cluster stage's engine: attach new articles to a kept state; a full run attaches to an empty one.

`attach_articles(state, articles)` computes the new articles' features, finds their copies through the
kept LSH index, compares them with their candidate articles (new and stored), lets them join
existing topic groups and stories or open new ones (existing stories are frozen: they gain members
but never merge or split), and relinks storylines around the stories that changed.
`cluster_articles(articles)` is exactly `attach_articles(ClusterState.empty(), articles)`.

When incremental and full runs differ (documented; measured in benchmarks/story_clustering.py):
- stories and topic groups made earlier never merge or split when later articles would have tipped
  a full run (an undated article arriving after two chapters were stored joins one of them; in a
  full run it may have bridged their topic groups first);
- a stored article's candidate list is not revised when newer articles arrive (a new article finds
  the stored ones, so a pair is still compared when the new article ranks it among its best);
- word weights inside a topic group are those of the group when each article arrived.
Features, copies (LSH is exact on its collisions) and storylines do not depend on arrival order.
"""
from __future__ import annotations

import gc
import io
import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsprism.cluster.candidates import candidate_pairs
from newsprism.cluster.duplicates import CopyIndex, align_pairs, body_tokens, pairs_with_new, passage_signatures_of
from newsprism.cluster.duplicates import candidate_pairs as copy_candidates
from newsprism.cluster.features import DIM, ArticleInfo, Features, Prepared, normalise_rows, prepare, unique
from newsprism.cluster.linkage import average_linkage
from newsprism.cluster.options import ClusterOptions
from newsprism.cluster.stories import build_story, key_entities, key_terms, local_similarity, pair_similarity, story_seed
from newsprism.cluster.storylines import StoryProfile, build_storyline, components, link_stories
from newsprism.cluster.workers import Workers, default_workers
from newsprism.errors import NewsprismError
from newsprism.records import Article, ArticleExtraction, Duplicate, Entity, Story, Storyline, stable_id

FORMAT = "newsprism/cluster-state"
VERSION = 1  # the one-blob form of to_bytes()
STORE_FORMAT = "newsprism/cluster-state-store"  # the form kept in a store: save() / load()
STORE_VERSION = 2
PART_FORMAT = "newsprism/cluster-state-part"
_MAGIC = b"newsprism-arrays\n"
_MATRICES = ("text", "lead", "keys", "ents", "people")

Fetch = Callable[[Sequence[str]], Iterable[Article]]


@dataclass(frozen=True)
class Clustering:
    """What a clustering run found. From `attach_articles`: the stories and storylines that are new
    or changed (complete records; others are unchanged) and the copies involving a new article."""

    duplicates: tuple[Duplicate, ...] = ()
    stories: tuple[Story, ...] = ()
    storylines: tuple[Storyline, ...] = ()
    replaced_storylines: tuple[str, ...] = ()  # storyline ids that no longer exist (merged into others)
    unaligned: tuple[tuple[str, str], ...] = ()  # copy candidates with a stored article not fetched


class ClusterState:
    """Everything needed to attach articles later: per-article features and info, topic groups,
    stories with their members' similarity sums, storyline links and the passage MinHashes of the
    copy index. Keep it in a store with `save(store, key)` / `ClusterState.load(store, key)` (incremental:
    a save writes the rows added since the state was loaded or saved), or as one blob with `to_bytes()` /
    `ClusterState.from_bytes(b)` (numpy arrays + JSON, no pickle; what older versions kept in the store).
    A state passed to `attach_articles` is used up: continue with the one it returns."""

    def __init__(self, options: ClusterOptions, features: Features, group: np.ndarray, story: np.ndarray,
                 sim_sum: np.ndarray, story_ids: list[str], storyline_of: list[str | None],
                 profiles: list[StoryProfile], links: np.ndarray | Iterable[tuple[int, int]], n_groups: int,
                 passage_sigs: np.ndarray, passage_owner: np.ndarray, index: CopyIndex | None = None):
        self.options = options
        self.features = features
        self.group = group
        self.story = story
        self.sim_sum = sim_sum
        self.story_ids = story_ids
        self.storyline_of = storyline_of
        self.profiles = profiles
        # storyline links between stories: (a, b) rows, a < b, sorted (arrays come sorted already)
        self.links = links if isinstance(links, np.ndarray) else _links_array(links)
        self.n_groups = n_groups
        self.passage_sigs = passage_sigs
        self.passage_owner = passage_owner
        self._index = index
        self._rows = {aid: k for k, aid in enumerate(features.ids)}
        self._used = False
        # (state key, rows) of the parts of a store that hold this state's first rows (see save())
        self._parts: list[tuple[str, int]] = []

    @classmethod
    def empty(cls, options: ClusterOptions = ClusterOptions()) -> ClusterState:
        return cls(options, Features.empty(options.embeddings), np.zeros(0, np.int64), np.zeros(0, np.int64),
                   np.zeros(0, np.float64), [], [], [], set(), 0,
                   np.zeros((0, options.num_perm), np.uint32), np.zeros(0, np.int64))

    def __len__(self) -> int:
        return len(self.features)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._rows

    @property
    def article_ids(self) -> list[str]:
        return list(self.features.ids)

    def copy_index(self) -> CopyIndex:
        """The datasketch LSH index over every kept passage (rebuilt on first use after loading)."""
        if self._index is None:
            self._index = CopyIndex(self.options)
            self._index.add(self.passage_sigs, self.passage_owner)
        return self._index

    def members(self, story: int) -> np.ndarray:
        return np.flatnonzero(self.story == story)

    def story_records(self) -> tuple[Story, ...]:
        """Every story as a record (what a full listing or export needs)."""
        order = np.argsort(self.story, kind="stable")
        bounds = np.searchsorted(self.story[order], np.arange(len(self.story_ids) + 1))
        out = []
        for s, sid in enumerate(self.story_ids):
            rows = order[bounds[s]:bounds[s + 1]]
            out.append(build_story(sid, [self.features.info[r] for r in rows], self.sim_sum[rows],
                                   self.storyline_of[s], self.options))
        return tuple(sorted(out, key=_story_order))

    def storyline_records(self) -> tuple[Storyline, ...]:
        """Every storyline as a record (stories about one subject, in time order)."""
        members: dict[str, list[int]] = {}
        for s, line in enumerate(self.storyline_of):
            if line:
                members.setdefault(line, []).append(s)
        return tuple(sorted((build_storyline([self.story_ids[s] for s in m], [self.profiles[s] for s in m])
                             for m in members.values()), key=lambda sl: sl.id))

    # ------------------------------------------------------------ serialisation
    def to_bytes(self) -> bytes:
        f = self.features
        header = {
            "format": FORMAT, "version": VERSION, "options": self.options.to_dict(),
            "ids": f.ids, "info": [i.to_list() for i in f.info], "story_ids": self.story_ids,
            "storyline_of": self.storyline_of, "links": self.links.tolist(),
            "n_groups": self.n_groups,
            "profiles": [p.to_list() for p in self.profiles],
        }
        arrays = {"day_lo": f.day_lo, "day_hi": f.day_hi, "group": self.group, "story": self.story,
                  "sim_sum": self.sim_sum, "passage_sigs": self.passage_sigs, "passage_owner": self.passage_owner}
        for name in _MATRICES:
            m = getattr(f, name)
            arrays[name + "_data"], arrays[name + "_indices"], arrays[name + "_indptr"] = m.data, m.indices, m.indptr
        if f.emb is not None:
            arrays["emb"] = f.emb
        buf = io.BytesIO()
        np.savez(buf, header=np.frombuffer(json.dumps(header, ensure_ascii=False).encode("utf-8"), np.uint8),
                 **arrays)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> ClusterState:
        try:
            z = np.load(io.BytesIO(data), allow_pickle=False)
            header = json.loads(bytes(z["header"]).decode("utf-8"))
        except Exception as exc:
            raise NewsprismError("E401", f"cluster state: not a saved state ({type(exc).__name__}: {exc})") from exc
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise NewsprismError("E401", f"cluster state: format {header.get('format')!r} version "
                                         f"{header.get('version')!r}, expected {FORMAT!r} version {VERSION}; "
                                         "run `newsprism reanalyze`")
        options = ClusterOptions.from_dict(header["options"])
        n = len(header["ids"])
        mats = [sparse.csr_matrix((z[name + "_data"], z[name + "_indices"], z[name + "_indptr"]), shape=(n, DIM))
                for name in _MATRICES]
        features = Features(list(header["ids"]), z["day_lo"], z["day_hi"], *mats,
                            emb=z["emb"] if "emb" in z.files else None,
                            info=[ArticleInfo.from_list(v) for v in header["info"]])
        profiles = [StoryProfile.from_list(p) for p in header["profiles"]]
        return cls(options, features, z["group"], z["story"], z["sim_sum"], list(header["story_ids"]),
                   list(header["storyline_of"]), profiles, np.array(header["links"], np.int64).reshape(-1, 2),
                   int(header["n_groups"]), z["passage_sigs"], z["passage_owner"])


    # ------------------------------------------------------------ kept in a store
    def save(self, store, key: str) -> None:
        """Keep the state in a store under `key`, incrementally: the per-article rows go into part rows
        (`key/part/...`) that are written once and shared by later saves, so a save after attaching
        1,000 articles writes those 1,000 rows (and the small story-level head), not the whole state.
        The last part merges with the new rows while it is no bigger than they are (as in a binary
        counter: a store holds a few parts, and a row is rewritten about log2(saves) times over its life). One
        transaction: the store holds the old state or the new one. `store` needs `state_keys(prefix)`
        and `set_states(values, delete)` (newsprism.store.Store)."""
        prefix = key + "/part/"
        present = set(store.state_keys(prefix))
        parts, rows = [], 0
        for part_key, n in self._parts:
            if rows + n > len(self):
                break
            parts.append((part_key, n))
            rows += n
        # trailing parts merge into the new one while they are not much bigger (geometric sizes)
        while parts and rows < len(self) and parts[-1][1] <= len(self) - rows:
            rows -= parts.pop()[1]
        write: dict[str, bytes] = {}
        lo = 0
        for part_key, n in parts:
            if part_key not in present:  # gone from the store (another state was saved since): write it again
                write[part_key] = self._part_bytes(lo, lo + n)
            lo += n
        if lo < len(self):
            part_key = prefix + uuid.uuid4().hex
            write[part_key] = self._part_bytes(lo, len(self))
            parts.append((part_key, len(self) - lo))
        header = {"format": STORE_FORMAT, "version": STORE_VERSION, "options": self.options.to_dict(),
                  "rows": len(self), "parts": [list(p) for p in parts], "story_ids": self.story_ids,
                  "storyline_of": self.storyline_of, "n_groups": self.n_groups,
                  "profiles": [p.to_list() for p in self.profiles]}
        # storyline links as an array (805k of them at 100k articles: a JSON list was most of the head)
        write[key] = _pack(header, {"group": self.group, "story": self.story, "sim_sum": self.sim_sum,
                                    "links": self.links})
        keep = {p for p, _ in parts}
        store.set_states(write, delete=sorted(present - keep))
        self._parts = parts

    def _part_bytes(self, lo: int, hi: int) -> bytes:
        """Rows lo..hi: features, infos and passage MinHashes (owners are state rows)."""
        f = self.features
        mine = (self.passage_owner >= lo) & (self.passage_owner < hi)
        arrays = {"day_lo": f.day_lo[lo:hi], "day_hi": f.day_hi[lo:hi],
                  "passage_sigs": self.passage_sigs[mine], "passage_owner": self.passage_owner[mine]}
        for name in _MATRICES:
            m = getattr(f, name)[lo:hi]
            arrays[name + "_data"], arrays[name + "_indices"], arrays[name + "_indptr"] = m.data, m.indices, m.indptr
        if f.emb is not None:
            arrays["emb"] = f.emb[lo:hi]
        header = {"format": PART_FORMAT, "first": lo, "rows": hi - lo, "ids": f.ids[lo:hi],
                  "info": [i.to_list() for i in f.info[lo:hi]]}
        return _pack(header, arrays)

    @classmethod
    def load(cls, store, key: str) -> ClusterState | None:
        """The state kept under `key` by save() -- or by `to_bytes()` in an older version, whose LSH
        index is then made from its MinHashes on first use -- or None when there is none. A store
        without one of its parts raises E401 (run `newsprism reanalyze`)."""
        data = store.get_state(key)
        if data is None:
            return None
        if not data.startswith(_MAGIC):
            return cls.from_bytes(data)
        # the cyclic collector is paused while the parts' JSON becomes lists and records (hundreds of
        # thousands of new containers, no cycles: otherwise it runs full collections over them)
        paused = gc.isenabled()
        gc.disable()
        try:
            return cls._load(store, key, data)
        finally:
            if paused:
                gc.enable()

    @classmethod
    def _load(cls, store, key: str, data: bytes) -> ClusterState:
        header, arrays = _unpack(data, key)
        if header.get("format") != STORE_FORMAT or header.get("version") != STORE_VERSION:
            raise NewsprismError("E401", f"cluster state {key!r}: format {header.get('format')!r} version "
                                         f"{header.get('version')!r}, expected {STORE_FORMAT!r} version "
                                         f"{STORE_VERSION}; run `newsprism reanalyze`")
        options = ClusterOptions.from_dict(header["options"])
        parts = [(str(k), int(n)) for k, n in header["parts"]]
        ids, info, pieces = [], [], []
        for part_key, n in parts:
            blob = store.get_state(part_key)
            if blob is None:
                raise NewsprismError("E401", f"cluster state {key!r}: part {part_key!r} is missing; "
                                             "run `newsprism reanalyze`")
            h, a = _unpack(blob, part_key)
            if h.get("format") != PART_FORMAT or h.get("first") != len(ids) or h.get("rows") != n:
                raise NewsprismError("E401", f"cluster state {key!r}: part {part_key!r} does not fit "
                                             f"(rows {h.get('first')}+{h.get('rows')}, expected {len(ids)}+{n}); "
                                             "run `newsprism reanalyze`")
            ids += h["ids"]
            info += [ArticleInfo.from_list(v) for v in h["info"]]
            pieces.append(a)
        if len(ids) != header["rows"]:
            raise NewsprismError("E401", f"cluster state {key!r}: {len(ids)} rows in its parts, expected "
                                         f"{header['rows']}; run `newsprism reanalyze`")

        def joined(name: str) -> np.ndarray:
            got = [a[name] for a in pieces]
            return got[0] if len(got) == 1 else np.concatenate(got)

        if pieces:
            mats = [_vstack_csr([(a[name + "_data"], a[name + "_indices"], a[name + "_indptr"]) for a in pieces])
                    for name in _MATRICES]
            features = Features(ids, joined("day_lo"), joined("day_hi"), *mats,
                                emb=joined("emb") if "emb" in pieces[0] else None, info=info)
            sigs, owners = joined("passage_sigs"), joined("passage_owner")
        else:
            features = Features.empty(options.embeddings)
            sigs, owners = np.zeros((0, options.num_perm), np.uint32), np.zeros(0, np.int64)
        profiles = [StoryProfile.from_list(p) for p in header["profiles"]]
        state = cls(options, features, arrays["group"], arrays["story"], arrays["sim_sum"],
                    list(header["story_ids"]), list(header["storyline_of"]), profiles,
                    arrays["links"], int(header["n_groups"]), sigs, owners)
        state._parts = parts
        return state


def _links_array(*parts) -> np.ndarray:
    """Links (a, b) from arrays of rows and/or iterables of pairs, as one sorted (n, 2) int64 array."""
    rows = [np.asarray(p, np.int64).reshape(-1, 2) if isinstance(p, np.ndarray)
            else np.array(sorted(p), np.int64).reshape(-1, 2) for p in parts]
    out = rows[0] if len(rows) == 1 else np.concatenate(rows)
    return out[np.lexsort((out[:, 1], out[:, 0]))] if len(out) > 1 else out


def _vstack_csr(pieces: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> sparse.csr_matrix:
    """CSR rows of several parts, one after the other (each part's indptr starts at 0)."""
    if len(pieces) == 1:
        data, indices, indptr = pieces[0]
    else:
        data = np.concatenate([p[0] for p in pieces])
        indices = np.concatenate([p[1] for p in pieces])
        offsets = np.cumsum([0] + [int(p[2][-1]) for p in pieces[:-1]])
        indptr = np.concatenate([pieces[0][2][:1]] + [p[2][1:] + off for p, off in zip(pieces, offsets)])
    return sparse.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, DIM))


def _pack(header: dict, arrays: dict[str, np.ndarray]) -> bytes:
    """A JSON header and numpy arrays in one blob: the arrays' raw bytes, 64-byte aligned, read back
    without a copy (no pickle, no zip: loading is np.frombuffer)."""
    table, offset, chunks = [], 0, []
    for name, a in arrays.items():
        a = np.ascontiguousarray(a)
        pad = -offset % 64
        chunks.append(b"\0" * pad)
        offset += pad
        table.append([name, a.dtype.str, list(a.shape), offset])
        chunks.append(a.tobytes())
        offset += a.nbytes
    head = json.dumps({**header, "arrays": table}, ensure_ascii=False).encode("utf-8")
    start = len(_MAGIC) + 8 + len(head)
    lead = -start % 64  # so the arrays' offsets are aligned within the blob too
    return b"".join([_MAGIC, (len(head) + lead).to_bytes(8, "little"), head, b" " * lead, *chunks])


def _unpack(data: bytes, where: str) -> tuple[dict, dict[str, np.ndarray]]:
    try:
        size = int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 8], "little")
        base = len(_MAGIC) + 8
        header = json.loads(data[base:base + size].decode("utf-8"))
        base += size
        arrays = {}
        for name, dtype, shape, offset in header.pop("arrays"):
            dt = np.dtype(dtype)
            count = int(np.prod(shape, dtype=np.int64))
            arrays[name] = np.frombuffer(data, dt, count, base + offset).reshape(shape)
    except Exception as exc:
        raise NewsprismError("E401", f"cluster state {where!r}: damaged ({type(exc).__name__}: {exc}); "
                                     "run `newsprism reanalyze`") from exc
    return header, arrays


def _story_order(s: Story) -> tuple:
    return (s.first_date is None, s.first_date or "", s.id)


def _profile(story_id: str, infos: Sequence[ArticleInfo], options: ClusterOptions) -> StoryProfile:
    dates = [i.published for i in infos if i.published]
    entities = tuple(key_entities(infos, options.story_key_entities))
    places = {k for i in infos for k in i.places}
    return StoryProfile(entities, tuple(key_terms(infos)), (not dates, min(dates) if dates else "", story_id),
                        tuple(k for k, _ in entities if k in places), _people(entities, infos))


def _people(entities: Sequence[tuple[str, str]], infos: Sequence[ArticleInfo]) -> tuple[str, ...] | None:
    """The key entities most of the members naming them take for a person (NER calls a team a person
    now and then); None when a member comes from a state saved before people were kept."""
    if any(i.people is None for i in infos):
        return None
    votes: Counter[str] = Counter()
    for info in infos:
        people = set(info.people or ())
        for key, _ in info.entities:
            votes[key] += 1 if key in people else -1
    return tuple(k for k, _ in entities if votes[k] > 0)


def _node_index(rows: np.ndarray, n_old: int, old_label: np.ndarray, frozen_labels: np.ndarray) -> np.ndarray:
    """Linkage node of each row: an old row is its frozen cluster's node, a new row its own node."""
    node = len(frozen_labels) + (rows - n_old)
    old = rows < n_old
    node[old] = np.searchsorted(frozen_labels, old_label[rows[old]])
    return node


_NO_DAY = 1 << 40  # first day of a node without dates (its last day is -_NO_DAY)


def _link(f: Features, n_old: int, new: np.ndarray, old_label: np.ndarray, i: np.ndarray, j: np.ndarray,
          w: np.ndarray, threshold: float, next_label: int,
          max_span: int | None = None) -> tuple[np.ndarray, int]:
    """Labels for the new rows: a frozen cluster they joined, or fresh labels from next_label on."""
    frozen = unique(old_label[j[j < n_old]])
    sizes = np.concatenate([np.bincount(old_label, minlength=int(frozen.max()) + 1)[frozen]
                            if len(frozen) else np.zeros(0, np.int64), np.ones(len(new), np.int64)])
    is_frozen = np.concatenate([np.ones(len(frozen), bool), np.zeros(len(new), bool)])
    span = None
    if max_span is not None:
        dated = f.day_lo >= 0
        first = np.where(dated, f.day_lo.astype(np.int64), np.int64(_NO_DAY))
        last = np.where(dated, f.day_hi.astype(np.int64), np.int64(-_NO_DAY))
        old_first = np.full(len(frozen), _NO_DAY, np.int64)
        old_last = np.full(len(frozen), -_NO_DAY, np.int64)
        if len(frozen):
            rows = np.flatnonzero(np.isin(old_label, frozen))
            pos = np.searchsorted(frozen, old_label[rows])
            np.minimum.at(old_first, pos, first[rows])
            np.maximum.at(old_last, pos, last[rows])
        span = (np.concatenate([old_first, first[new]]), np.concatenate([old_last, last[new]]))
    roots = average_linkage(sizes, is_frozen, _node_index(i, n_old, old_label, frozen),
                            _node_index(j, n_old, old_label, frozen), w, threshold, span, max_span)
    new_roots = roots[len(frozen):]
    labels = np.empty(len(new), np.int64)
    joined = new_roots < len(frozen)
    labels[joined] = frozen[new_roots[joined]]
    fresh = unique(new_roots[~joined])
    labels[~joined] = next_label + np.searchsorted(fresh, new_roots[~joined])
    return labels, next_label + len(fresh)


def _copies(pairs: set[tuple[int, int]], new_articles: Sequence[Article], n_old: int, ids: Sequence[str],
            fetch: Fetch | None, options: ClusterOptions, pool: Workers) -> tuple[tuple[Duplicate, ...], tuple]:
    by_row: dict[int, Article] = {n_old + k: a for k, a in enumerate(new_articles)}
    wanted = sorted({r for p in pairs for r in p if r < n_old})
    if wanted and fetch is not None:
        got = {a.id: a for a in fetch([ids[r] for r in wanted]) if a is not None}
        for r in wanted:
            if ids[r] in got:
                by_row[r] = got[ids[r]]
    unaligned = tuple(sorted((ids[x], ids[y]) for x, y in pairs if x not in by_row or y not in by_row))
    rows = sorted(by_row)
    position = {r: k for k, r in enumerate(rows)}
    articles = [by_row[r] for r in rows]
    found = align_pairs(articles, [(position[x], position[y]) for x, y in pairs if x in by_row and y in by_row],
                        options, pool=pool)
    return found, unaligned


def _passage_signatures(part: Sequence[Article], prepared: Prepared,
                        options: ClusterOptions) -> tuple[np.ndarray, np.ndarray]:
    """Passage MinHashes of one chunk of articles (rows within the chunk), from its features pass."""
    return passage_signatures_of(body_tokens([prepared]), [a.text for a in part], options)


def attach_articles(state: ClusterState, articles: Iterable[Article],
                    extractions: Sequence[ArticleExtraction] = (), entities: Sequence[Entity] = (),
                    fetch: Fetch | None = None, workers: int | None = None) -> tuple[Clustering, ClusterState]:
    """Attach new articles to the state's stories (or open new ones) without re-clustering.

    Articles already in the state are skipped. `fetch(ids)` returns stored articles by id: it is
    needed only to align copies between a new and a stored article (without it such pairs are listed
    in `Clustering.unaligned`). `workers`: processes for the per-chunk work (features and passage
    MinHashes of 2,000 articles at a time, word alignment of copy candidates), and threads for the
    sparse products after it; None = NEWSPRISM_CLUSTER_WORKERS or the number of CPUs, 1 = all in this
    process and thread. The result is the same whatever it is. Returns the changes and the new state.
    """
    if state._used:
        raise NewsprismError("E402", "this cluster state was already used by attach_articles: continue with "
                                     "the state it returned")
    opts = state.options
    fresh: dict[str, Article] = {}
    for a in articles:
        if not isinstance(a, Article):
            raise NewsprismError("E403", f"attach_articles: expected Article records, got {type(a).__name__}")
        if a.id not in state:
            fresh[a.id] = a
    new_articles = [fresh[k] for k in sorted(fresh)]
    if not new_articles:
        return Clustering(), state
    state._used = True
    n_old = len(state)
    # -- copies: passage signatures from the features pass (each text is read once), into the kept
    # LSH index chunk by chunk as the (worker-made) chunks come in; colliding articles are aligned
    # word by word
    # A state fresh from a store has no index yet: then the new passages are matched against the kept
    # ones without building it (pairs_with_new: the same pairs), and the state stays without one.
    index = state._index
    sig_parts, owner_parts = [], []

    def signatures_in(first: int, made: tuple[np.ndarray, np.ndarray]) -> None:
        sigs_, owners_ = made
        sig_parts.append(sigs_)
        owner_parts.append(owners_ + (n_old + first))
        if index is not None:
            index.add(sig_parts[-1], owner_parts[-1])

    # the per-chunk work (features, passage MinHashes) and the word alignment of copy candidates run
    # in worker processes when there are several chunks; the pool ends before the linkage
    workers = default_workers() if workers is None else max(1, workers)
    with Workers(workers) as pool:
        f = state.features.concat(prepare(new_articles, extractions, entities, opts, each=_passage_signatures,
                                          done=signatures_in, pool=pool))
        n = len(f)
        new = np.arange(n_old, n)
        sigs = np.vstack(sig_parts)
        owners = np.concatenate(owner_parts)
        pairs = (copy_candidates(index, sigs, owners) if index is not None
                 else pairs_with_new(opts, state.passage_sigs, state.passage_owner, sigs, owners))
        dups, unaligned = _copies(pairs, new_articles, n_old, f.ids, fetch, opts, pool)

    # -- level 1: topic groups (the sparse products below run in `workers` threads)
    i, j = candidate_pairs(f, new, opts, threads=workers)
    sim = pair_similarity(f, i, j, opts, threads=workers)
    new_groups, n_groups = _link(f, n_old, new, state.group, i, j, sim, opts.group_threshold, state.n_groups)
    group = np.concatenate([state.group, new_groups])

    # -- level 2: stories inside each group, with the group's own word weights
    same = group[i] == group[j]
    iw, jw, simw = i[same], j[same], sim[same]
    touched = unique(new_groups)
    rows_in = np.flatnonzero(np.isin(group, touched))
    rows_in = rows_in[np.argsort(group[rows_in], kind="stable")]
    cuts = np.flatnonzero(np.diff(group[rows_in])) + 1
    local = local_similarity(f, np.split(rows_in, cuts), iw, jw, threads=workers)
    w2 = opts.local_weight * local + (1.0 - opts.local_weight) * simw
    n_stories_old = len(state.story_ids)
    new_story, n_stories = _link(f, n_old, new, state.story, iw, jw, w2, opts.story_threshold, n_stories_old,
                                 max_span=opts.story_days)
    story = np.concatenate([state.story, new_story])
    sim_sum = np.concatenate([state.sim_sum, np.zeros(len(new))])
    in_story = story[iw] == story[jw]
    np.add.at(sim_sum, iw[in_story], w2[in_story])
    np.add.at(sim_sum, jw[in_story], w2[in_story])

    # -- story ids, profiles
    order = np.argsort(story, kind="stable")
    bounds = np.searchsorted(story[order], np.arange(n_stories + 1))

    def members(s: int) -> np.ndarray:
        return order[bounds[s]:bounds[s + 1]]

    story_ids = list(state.story_ids)
    for s in range(n_stories_old, n_stories):
        story_ids.append(stable_id("story", story_seed([f.info[r] for r in members(s)])))
    changed = unique(new_story)
    profiles = list(state.profiles) + [None] * (n_stories - n_stories_old)  # type: ignore[list-item]
    for s in changed.tolist():
        profiles[s] = _profile(story_ids[s], [f.info[r] for r in members(s)], opts)

    # -- storylines: relink the changed stories
    def centroids(stories: np.ndarray) -> sparse.csr_matrix:
        rows = [members(s) for s in stories.tolist()]
        m = sparse.csr_matrix((np.ones(sum(len(r) for r in rows), np.float32),
                               (np.repeat(np.arange(len(rows)), [len(r) for r in rows]), np.concatenate(rows))),
                              shape=(len(rows), n))
        return normalise_rows(sparse.csr_matrix(m @ f.text))

    changed_set = set(changed.tolist())
    # the links of unchanged stories stay; the changed ones' are made again (arrays: 805k links at 100k)
    old_links = state.links
    kept_links = old_links[~(np.isin(old_links[:, 0], changed) | np.isin(old_links[:, 1], changed))]
    links = _links_array(kept_links, link_stories(profiles, changed.tolist(), centroids, opts, threads=workers))
    comp = components(n_stories, links)
    comp_order = np.argsort(comp, kind="stable")
    comp_bounds = np.flatnonzero(np.r_[True, np.diff(comp[comp_order]) != 0, True])
    storyline_of: list[str | None] = [None] * n_stories
    storyline_members: dict[str, list[int]] = {}
    for lo, hi in zip(comp_bounds[:-1], comp_bounds[1:]):
        stories_here = comp_order[lo:hi].tolist()
        if len(stories_here) < 2:
            continue
        first = min(stories_here, key=lambda s: profiles[s].first)
        sl = stable_id("storyline", story_ids[first])
        storyline_members[sl] = stories_here
        for s in stories_here:
            storyline_of[s] = sl
    old_of = state.storyline_of + [None] * (n_stories - n_stories_old)
    restyled = {s for s in range(n_stories) if storyline_of[s] != old_of[s]}
    emit = sorted(changed_set | restyled)
    replaced = sorted({old_of[s] for s in restyled if old_of[s]} - set(storyline_members))

    stories_out = [build_story(story_ids[s], [f.info[r] for r in members(s)], sim_sum[members(s)],
                               storyline_of[s], opts) for s in emit]
    lines_out = [build_storyline([story_ids[s] for s in storyline_members[sl]],
                                 [profiles[s] for s in storyline_members[sl]])
                 for sl in sorted({storyline_of[s] for s in emit if storyline_of[s]})]

    new_state = ClusterState(opts, f, group, story, sim_sum, story_ids, storyline_of, profiles, links, n_groups,
                             np.vstack([state.passage_sigs, sigs]), np.concatenate([state.passage_owner, owners]),
                             index)
    new_state._parts = list(state._parts)  # the old rows are still where they were kept
    return Clustering(duplicates=dups, stories=tuple(sorted(stories_out, key=_story_order)),
                      storylines=tuple(sorted(lines_out, key=lambda s: s.id)),
                      replaced_storylines=tuple(replaced), unaligned=unaligned), new_state


def cluster_articles(articles: Iterable[Article], extractions: Sequence[ArticleExtraction] = (),
                     entities: Sequence[Entity] = (), options: ClusterOptions = ClusterOptions(),
                     workers: int | None = None) -> Clustering:
    """Copies, stories and storylines of a set of articles (independent of their order)."""
    clustering, _ = attach_articles(ClusterState.empty(options), articles, extractions, entities, workers=workers)
    return clustering


def attach_all(state: ClusterState, articles: Sequence[Article], extractions: Sequence[ArticleExtraction] = (),
               entities: Sequence[Entity] = (), duplicates: Iterable[Duplicate] = (),
               workers: int | None = None) -> tuple[Clustering, ClusterState]:
    """Attach whichever of `articles` the state lacks and return the complete clustering -- every story
    and storyline, and `duplicates` (the copies found before) with the new ones -- and the new state.
    What a store's update after an ingest needs; `articles` must hold every article of the state."""
    by_id = {a.id: a for a in articles}
    delta, new_state = attach_articles(state, articles, extractions, entities,
                                       fetch=lambda ids: [by_id[i] for i in ids if i in by_id], workers=workers)
    copies = {(d.a, d.b): d for d in duplicates if d.a in by_id and d.b in by_id}
    copies.update({(d.a, d.b): d for d in delta.duplicates})
    return Clustering(duplicates=tuple(copies[k] for k in sorted(copies)), stories=new_state.story_records(),
                      storylines=new_state.storyline_records(), unaligned=delta.unaligned), new_state


def cluster_with_state(articles: Iterable[Article], extractions: Sequence[ArticleExtraction] = (),
                       entities: Sequence[Entity] = (), options: ClusterOptions = ClusterOptions(),
                       workers: int | None = None) -> tuple[Clustering, ClusterState]:
    """A full run that also returns the state to attach later articles to (`newsprism recluster`)."""
    return attach_articles(ClusterState.empty(options), articles, extractions, entities, workers=workers)
