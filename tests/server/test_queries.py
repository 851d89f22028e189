"""store/queries.py: the browsing queries agree with the store's own reads."""
import itertools

from newsprism.store import open_store, queries


def test_counts_agree_with_the_article_lists(corpus):
    with open_store(corpus["path"], readonly=True) as store:
        values = {"outlet": [None, "Riverside Herald", "Nobody"], "since": [None, "2031-05-13"],
                  "until": [None, "2031-05-12"], "query": [None, "bridge", "!!!"],
                  "story_id": [None, corpus["stories"]["main"].id]}
        for combo in itertools.product(*values.values()):
            filters = dict(zip(values, combo))
            assert queries.count_articles(store, **filters) == len(store.articles(**filters)), filters


def test_story_part_reads_what_the_store_analysis_reads(corpus):
    main = corpus["stories"]["main"]
    with open_store(corpus["path"], readonly=True) as store:
        story, part = queries.story_part(store, main.id)
        whole = store.analysis(main.id)
        assert story == main
        for field in ("articles", "extractions", "duplicates", "stories", "claim_groups", "quote_groups"):
            assert sorted(map(repr, getattr(part, field))) == sorted(map(repr, getattr(whole, field))), field
        assert sorted(map(repr, part.framing)) == sorted(map(repr, whole.framing))
        assert {e.id for e in part.entities} == {e.id for e in whole.entities}
        # naming and profiles: only the story's outlets and entities
        assert {n.outlet for n in part.naming} <= set(main.outlets)
        assert {n.entity_id for n in part.naming} <= {e.id for e in part.entities}
        assert queries.story_part(store, "nope") is None


def test_story_rows_sorting_and_counts(corpus):
    s = corpus["stories"]
    with open_store(corpus["path"], readonly=True) as store:
        total, rows = queries.story_rows(store, "contested")
        assert total == 3 and rows[0].story.id == s["main"].id and rows[0].groups == 3
        total, rows = queries.story_rows(store, "biggest", limit=1, offset=1)
        assert total == 3 and len(rows) == 1
        assert queries.story_rows(store, query="???") == (0, [])
