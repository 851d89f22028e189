"""cluster stage: copies between articles, stories (one event each) and storylines (stories over time).

    cluster_articles(articles, extractions=(), entities=()) -> Clustering
    attach_articles(state, articles, extractions=(), entities=(), fetch=None) -> (Clustering, ClusterState)
    attach_all(state, all_articles, extractions, entities, duplicates) -> (complete Clustering, ClusterState)

Modules: features (what an article is compared by), candidates (which pairs are compared),
duplicates (MinHash/LSH copies and their passages), linkage (sparse average linkage),
stories (two-level story clustering and story records), storylines, incremental (the state and
the engine both entry points share), workers (worker processes for the per-chunk work, threads for
the sparse products: `workers=` on the entry points or NEWSPRISM_CLUSTER_WORKERS; 1 = one process).
"""
from newsprism.cluster.duplicates import align, find_duplicates
from newsprism.cluster.incremental import (
    Clustering,
    ClusterState,
    attach_all,
    attach_articles,
    cluster_articles,
    cluster_with_state,
)
from newsprism.cluster.options import ClusterOptions

__all__ = ["ClusterOptions", "ClusterState", "Clustering", "align", "attach_all", "attach_articles", "cluster_articles",
           "cluster_with_state", "find_duplicates"]
