"""The knobs of the cluster stage, in one frozen record kept inside the incremental state.

The similarity weights and thresholds were set on the ECB+ documents (see
benchmarks/story_clustering.py, which also reports them on held-apart topics); the duplicate
thresholds follow from what a copy is: a run of at least a sentence or two of identical words.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ClusterOptions:
    # -- features
    key_terms: int = 20  # an article's most weighty words: they decide which articles are compared
    lead_sentences: int = 3  # the title plus this many first sentences make the "lead"
    embeddings: bool = False  # add MiniLM embeddings of the lead (costs ~1 s per 30 articles on 2 cores)
    ner_fallback: bool = True  # run spaCy NER on articles that come without an extraction
    ner_chars: int = 5000  # ... over their first this many characters

    # -- which pairs are compared at all (sub-quadratic candidate generation)
    neighbours: int = 50  # each article keeps its best this many candidates (by shared key terms)
    window_days: int = 60  # dated articles further apart than this are never compared
    max_term_share: float = 0.05  # key terms in more than this share of articles don't propose pairs
    min_term_articles: int = 50  # ... unless they are in fewer than this many articles

    # -- pair similarity: weighted sum of cosines, a date bonus and a person conflict
    w_text: float = 0.3  # TF-IDF of the whole text (word rarity from wordfreq, not from the corpus)
    w_lead: float = 0.2  # TF-IDF of title + lead
    w_entities: float = 0.5  # named entities (extraction's mentions, resolved entities, or spaCy NER)
    w_embedding: float = 0.2  # MiniLM cosine of the leads, when embeddings are on (others scale down)
    close_days: int = 10  # both dated and this close: the pair gets close_bonus
    close_bonus: float = 0.15
    person_conflict: float = 0.1  # both ledes name people and none is shared
    people_sentences: int = 2  # the "lede" whose people count for the conflict (3 on ECB+: F1 0.917, 2: 0.924)

    # -- two-level average linkage
    group_threshold: float = 0.10  # articles on one subject ("topic groups")
    story_threshold: float = 0.13  # within a group, one event; similarity re-weighted inside the group
    local_weight: float = 0.5  # share of the within-group (contrastive) similarity in the story level
    story_days: int = 20  # a story's dated articles span at most this many days (later news: a new chapter)

    # -- storylines
    storyline_entities: int = 2  # stories sharing at least this many key entities (or 3 key terms)
    storyline_min_similarity: float = 0.15  # ... and this cosine of their word centroids
    story_key_entities: int = 8

    # -- copies
    shingle: int = 5  # words per shingle
    num_perm: int = 32  # MinHash permutations per passage
    lsh_bands: int = 8  # LSH bands (rows = num_perm / bands); 8 x 4 finds passages with Jaccard >~ 0.6
    passage_min_words: int = 30
    passage_max_words: int = 120
    near_duplicate_share: float = 0.8  # this share of the shorter text found in the other
    min_copy_words: int = 30  # a partial copy: at least this many copied words outside quotations ...
    min_block_words: int = 12  # ... in runs of at least this many words
    seed: int = 1  # MinHash permutation seed

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusterOptions:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
