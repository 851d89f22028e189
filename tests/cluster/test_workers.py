"""Worker processes give exactly what the in-process path gives (features, copies, stories, the state).

The invented corpus is cut into chunks of 3 articles so that the features pass goes through a pool
of 2 real worker processes (started as `python -c ...`, jobs pickled over pipes): nothing is mocked.
"""
from __future__ import annotations

import numpy as np
import pytest
from cluster_corpus import articles

from newsprism.cluster import ClusterOptions, ClusterState, cluster_with_state, features
from newsprism.cluster.duplicates import align_pairs
from newsprism.cluster.incremental import _passage_signatures
from newsprism.cluster.workers import WORKERS_ENV, Workers, default_workers
from newsprism.errors import NewsprismError

MATRICES = ("text", "lead", "keys", "ents", "people")


@pytest.fixture(scope="module")
def corpus():
    return articles()


@pytest.fixture()
def small_chunks(monkeypatch):
    monkeypatch.setattr(features, "CHUNK", 3)  # the chunking is decided here, not in the workers


def test_features_and_signatures_made_in_workers_equal_the_in_process_ones(corpus):
    options = ClusterOptions()
    made = {}
    for n in (1, 2):
        got = []
        with Workers(n) as pool:
            f = features.prepare(corpus, options=options, each=_passage_signatures,
                                 done=lambda first, sig: got.append((first, sig)), chunk=3, pool=pool)
            assert pool.running == (n > 1)  # the pool really ran (2 workers, 5 chunks)
        made[n] = (f, got)
    (one, sig_one), (two, sig_two) = made[1], made[2]
    assert one.ids == two.ids and one.info == two.info
    assert np.array_equal(one.day_lo, two.day_lo) and np.array_equal(one.day_hi, two.day_hi)
    for name in MATRICES:
        a, b = getattr(one, name), getattr(two, name)
        assert a.dtype == b.dtype and a.shape == b.shape
        for part in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(a, part), getattr(b, part)), (name, part)
    assert len(sig_one) == len(sig_two) == -(-len(corpus) // 3)
    for (first_a, (sigs_a, own_a)), (first_b, (sigs_b, own_b)) in zip(sig_one, sig_two):
        assert first_a == first_b and np.array_equal(sigs_a, sigs_b) and np.array_equal(own_a, own_b)
    assert one.text.nnz and sum(len(s) for _, (s, _) in sig_one)  # the comparison is not empty


def test_a_full_run_with_workers_equals_the_in_process_run(corpus, small_chunks):
    one, state_one = cluster_with_state(corpus, workers=1)
    two, state_two = cluster_with_state(corpus, workers=2)
    assert one == two
    assert state_one.to_bytes() == state_two.to_bytes()
    assert one.stories and one.duplicates  # stories and copies were found: the comparison is not empty


def test_copies_aligned_in_workers_equal_the_in_process_ones(corpus):
    options = ClusterOptions()
    pairs = [(x, y) for x in range(len(corpus)) for y in range(x + 1, len(corpus))]
    here = align_pairs(corpus, pairs, options)
    with Workers(2) as pool:
        there = align_pairs(corpus, pairs, options, pool=pool, batch=7)
        assert pool.running
    assert here == there and here


def test_results_come_back_in_order_and_errors_say_what_failed():
    with Workers(2) as pool:
        assert list(pool.map(abs, [-3, 2, -1, 5, -8])) == [3, 2, 1, 5, 8]
        assert pool.running
    with Workers(2) as pool, pytest.raises(RuntimeError, match="ValueError"):
        list(pool.map(int, ["1", "2", "three", "4"]))
    # a stage's own error comes back as itself, code and all
    with Workers(2) as pool, pytest.raises(NewsprismError) as err:
        list(pool.map(ClusterState.from_bytes, [b"not a state", b"nor this"]))
    assert err.value.code == "E401"


def test_few_jobs_stay_in_this_process():
    with Workers(2) as pool:
        assert list(pool.map(abs, [-1, -2], min_jobs=3)) == [1, 2]
        assert not pool.running
    with Workers(1) as pool:
        assert list(pool.map(abs, [-1, -2, -3, -4])) == [1, 2, 3, 4]
        assert not pool.running


def test_worker_count_from_the_environment(monkeypatch):
    monkeypatch.setenv(WORKERS_ENV, "3")
    assert default_workers() == 3
    monkeypatch.setenv(WORKERS_ENV, "0")
    assert default_workers() == 1
    monkeypatch.setenv(WORKERS_ENV, "many")
    with pytest.raises(NewsprismError, match=WORKERS_ENV):
        default_workers()
    monkeypatch.delenv(WORKERS_ENV)
    assert default_workers() >= 1


def test_threads_give_the_same_pairs_and_similarities(corpus):
    from newsprism.cluster.candidates import candidate_pairs
    from newsprism.cluster.features import article_features, rowdot
    from newsprism.cluster.stories import pair_similarity

    options = ClusterOptions()
    f = article_features(corpus, options=options)
    rows = np.arange(len(f))
    i1, j1 = candidate_pairs(f, rows, options, block=2)
    i2, j2 = candidate_pairs(f, rows, options, block=2, threads=2)
    assert np.array_equal(i1, i2) and np.array_equal(j1, j2) and len(i1)
    assert np.array_equal(rowdot(f.text, i1, j1, chunk=3), rowdot(f.text, i1, j1, chunk=3, threads=2))
    assert np.array_equal(pair_similarity(f, i1, j1, options), pair_similarity(f, i1, j1, options, threads=2))


def test_no_processes_means_the_same_work_in_this_process(monkeypatch):
    import subprocess

    def refuse(*args, **kwargs):
        raise OSError("process limit reached")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    with Workers(2) as pool, pytest.warns(RuntimeWarning, match="process limit"):
        assert list(pool.map(abs, [-1, -2, -3])) == [1, 2, 3]
    assert pool.workers == 1 and not pool.running
