"""The cluster state kept in a real store file (ClusterState.save / load): loading and attaching gives
what attaching to the state kept in memory gives, saves write only the new rows, older one-blob
states still load, and a damaged or incomplete state says so."""
from __future__ import annotations

import numpy as np
import pytest
from cluster_corpus import articles

from newsprism.cluster import ClusterState, attach_articles
from newsprism.cluster.duplicates import CopyIndex, passage_signatures
from newsprism.errors import NewsprismError
from newsprism.store import open_store

KEY = "cluster"
FIRST = ["c1", "c2", "d1", "b1", "b2", "a1", "a2"]
SECOND = ["x1"]


@pytest.fixture(scope="module")
def corpus():
    return articles()


def attach(state, corpus, ids):
    by_id = {a.id: a for a in corpus}
    return attach_articles(state, [by_id[i] for i in ids], fetch=lambda want: [by_id[i] for i in want], workers=1)


def everything(result, state) -> tuple:
    """What an attach found and the whole state after it (its one-blob form holds every array)."""
    return (result.stories, result.storylines, result.duplicates, result.replaced_storylines, result.unaligned,
            state.to_bytes())


def test_load_then_attach_equals_attaching_in_memory(tmp_path, corpus):
    _, kept = attach(ClusterState.empty(), corpus, FIRST)
    with open_store(tmp_path / "s.db") as store:
        kept.save(store, KEY)
    with open_store(tmp_path / "s.db") as store:
        loaded = ClusterState.load(store, KEY)
    assert loaded is not kept and loaded.to_bytes() == kept.to_bytes()
    rest = [a.id for a in corpus if a.id not in FIRST]
    from_store = attach(loaded, corpus, rest)
    in_memory = attach(kept, corpus, rest)
    assert everything(*from_store) == everything(*in_memory)
    assert from_store[0].stories and from_store[0].duplicates  # the comparison covers stories and copies


def test_a_save_writes_only_the_new_rows(tmp_path, corpus):
    db = tmp_path / "s.db"
    _, state = attach(ClusterState.empty(), corpus, FIRST)
    with open_store(db) as store:
        state.save(store, KEY)
        (first_part,) = store.state_keys(KEY + "/part/")
        first_blob = store.get_state(first_part)
        loaded = ClusterState.load(store, KEY)
        _, state = attach(loaded, corpus, SECOND)
        state.save(store, KEY)
        parts = store.state_keys(KEY + "/part/")
        # 7 rows kept, 1 new: the old part stays as it was (7 rows > 1), the new row goes to a new part
        assert first_part in parts and len(parts) == 2
        assert store.get_state(first_part) == first_blob
        again = ClusterState.load(store, KEY)
        assert again.to_bytes() == state.to_bytes()
        # 4 more rows: the 1-row part merges with them (1 <= 4; its row is written again and the part
        # deleted), the 7-row part stays (7 > 5)
        rest = [a.id for a in corpus if a.id not in FIRST + SECOND]
        _, state = attach(again, corpus, rest)
        state.save(store, KEY)
        parts_now = store.state_keys(KEY + "/part/")
        assert first_part in parts_now and len(parts_now) == 2 and not set(parts_now) & (set(parts) - {first_part})
        assert ClusterState.load(store, KEY).to_bytes() == state.to_bytes()


def test_a_state_saved_into_another_store_writes_all_its_parts(tmp_path, corpus):
    _, state = attach(ClusterState.empty(), corpus, FIRST)
    with open_store(tmp_path / "a.db") as a:
        state.save(a, KEY)
        loaded = ClusterState.load(a, KEY)
    _, state = attach(loaded, corpus, SECOND)
    with open_store(tmp_path / "b.db") as b:  # holds none of the parts the state came from
        state.save(b, KEY)
        assert ClusterState.load(b, KEY).to_bytes() == state.to_bytes()


def test_a_one_blob_state_of_an_older_version_still_loads(tmp_path, corpus):
    _, kept = attach(ClusterState.empty(), corpus, FIRST)
    with open_store(tmp_path / "s.db") as store:
        store.set_state(KEY, kept.to_bytes())  # what `newsprism ingest` kept before save()
        loaded = ClusterState.load(store, KEY)
        assert loaded.to_bytes() == kept.to_bytes()
        rest = [a.id for a in corpus if a.id not in FIRST]
        result, state = attach(loaded, corpus, rest)
        assert everything(result, state) == everything(*attach(kept, corpus, rest))
        state.save(store, KEY)  # kept in the new form from now on
        assert not store.get_state(KEY).startswith(b"PK") and store.state_keys(KEY + "/part/")
        assert ClusterState.load(store, KEY).to_bytes() == state.to_bytes()


def test_missing_or_damaged_state_gives_a_clear_error(tmp_path, corpus):
    _, state = attach(ClusterState.empty(), corpus, FIRST)
    with open_store(tmp_path / "s.db") as store:
        assert ClusterState.load(store, KEY) is None
        state.save(store, KEY)
        (part,) = store.state_keys(KEY + "/part/")
        blob = store.get_state(part)
        store.set_state(part, blob[:len(blob) // 2])
        with pytest.raises(NewsprismError) as err:
            ClusterState.load(store, KEY)
        assert err.value.code == "E401" and part in err.value.reason and "reanalyze" in err.value.reason
        store.set_states({}, delete=[part])
        with pytest.raises(NewsprismError) as err:
            ClusterState.load(store, KEY)
        assert err.value.code == "E401" and "missing" in err.value.reason


def test_bulk_index_inserts_equal_datasketch_inserts(corpus):
    from datasketch import LeanMinHash

    index = CopyIndex(ClusterState.empty().options)
    sigs, owners = passage_signatures([a.text for a in corpus], index.options)
    index.add(sigs, owners)
    plain = CopyIndex(index.options)
    for sig, owner in zip(sigs, owners.tolist()):
        plain.lsh.insert(owner, LeanMinHash(seed=index.options.seed, hashvalues=sig, scheme="affine32"),
                         check_duplication=False)
    for mine, theirs in zip(index.lsh.hashtables, plain.lsh.hashtables):
        assert {k: mine.get(k) for k in mine.keys()} == {k: theirs.get(k) for k in theirs.keys()}
    assert {k: index.lsh.keys.get(k) for k in index.lsh.keys.keys()} == \
        {k: plain.lsh.keys.get(k) for k in plain.lsh.keys.keys()}
    assert [sorted(index.query(s)) for s in sigs] == [sorted(plain.query(s)) for s in sigs]
    assert len(np.unique(owners)) > 5


def test_new_passages_find_the_same_pairs_without_the_index_of_every_kept_passage(corpus):
    """An attach to a loaded state looks the kept passages up in a small index of the new ones; the pairs
    are the ones querying a full index of old and new passages gives (copies in the corpus included)."""
    from newsprism.cluster.duplicates import candidate_pairs, pairs_with_new

    options = ClusterState.empty().options
    sigs, owners = passage_signatures([a.text for a in corpus], options)
    rng = np.random.default_rng(7)
    for split in (2, len(corpus) // 2, len(corpus) - 1):
        old, new = owners < split, owners >= split
        full = CopyIndex(options)
        full.add(sigs, owners)
        expected = candidate_pairs(full, sigs[new], owners[new])
        assert pairs_with_new(options, sigs[old], owners[old], sigs[new], owners[new]) == expected
        if split == len(corpus) // 2:
            assert any(a < split <= b for a, b in expected)  # old-new collisions are part of the check
    # random signatures with planted band collisions, old rows 0..99, new rows 100..119
    random_sigs = rng.integers(0, 2**32, size=(120, options.num_perm), dtype=np.uint64).astype(np.uint32)
    random_sigs[100:110, :4] = random_sigs[:10, :4]  # first band shared with an old passage
    random_sigs[110:115, -4:] = random_sigs[105:110, -4:]  # last band shared between new passages
    own = np.arange(120, dtype=np.int64)
    full = CopyIndex(options)
    full.add(random_sigs, own)
    expected = candidate_pairs(full, random_sigs[100:], own[100:])
    assert len(expected) >= 15
    assert pairs_with_new(options, random_sigs[:100], own[:100], random_sigs[100:], own[100:]) == expected
