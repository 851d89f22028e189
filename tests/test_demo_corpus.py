"""The demo corpus (examples/corpus) through the cleaning stages, checked against the answers its
author wrote down in examples/expected.json: what a user opening the demo report would check first."""
import json
import re
from pathlib import Path

import pytest

from newsprism.ingest import IngestOptions
from newsprism.runners.local import ingest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "examples" / "corpus"
EXPECTED = json.loads((REPO / "examples" / "expected.json").read_text(encoding="utf-8"))


def file_key(source: str) -> str:
    """'…/scraped-records.jsonl#line-2' → 'scraped-records.jsonl#2' (expected.json's naming)."""
    name = source.rsplit("/", 1)[-1]
    return re.sub(r"#[a-z]+-(\d+)$", r"#\1", name)


@pytest.fixture(scope="module")
def articles():
    result = ingest([str(CORPUS)], IngestOptions())
    assert not result.errors, result.errors
    return {file_key(a.source): a for a in result.articles}


def test_every_article_is_read_with_its_metadata(articles):
    assert set(articles) == {row["file"] for row in EXPECTED["articles"]}
    for row in EXPECTED["articles"]:
        article = articles[row["file"]]
        assert article.outlet == row["outlet"], row["file"]
        assert article.title == row["title"], row["file"]
        assert (article.published or "")[:10] == row["published"], row["file"]
        # "Maren Osk and Jakob Fell" is stored as a list of names
        assert set(re.split(r"; | and ", article.byline or "")) == set(re.split(r" and ", row["byline"])), row["file"]


def test_captions_and_comments_are_set_aside_with_their_dates(articles):
    for name, caption in EXPECTED["captions"].items():
        article = articles[name]
        assert any(caption in c for c in article.captions), name
        assert caption not in article.text, name
    for name, want in EXPECTED["comments"].items():
        article = articles[name]
        assert len(article.comments) == want["count"], name
        assert [c.date[:10] for c in article.comments] == want["dates"], name
        for comment in article.comments:
            assert comment.text not in article.text, name


def test_boilerplate_is_out_of_the_body_but_kept(articles):
    for name, fragments in EXPECTED["boilerplate_must_not_be_in_body"].items():
        article = articles[name]
        # every line of a text input is accounted for in the segments, verbatim
        kept = "\n".join(s.text for s in article.segments if s.role != "body")
        for fragment in fragments:
            assert fragment not in article.text, (name, fragment)
            if name.endswith(".txt"):  # nothing lost: every line of a text input is kept somewhere
                assert fragment in kept, (name, fragment)


def test_hostile_markup_stays_text(articles, tmp_path):
    from newsprism.records import Analysis
    from newsprism.report.html import write_report

    analysis = Analysis(articles=tuple(articles.values()))
    out = tmp_path / "report.html"
    write_report(analysis, out)
    page = out.read_text(encoding="utf-8")
    for name, fragments in EXPECTED["hostile"].items():
        for fragment in fragments:
            assert fragment not in page or fragment.startswith("javascript:"), fragment
    assert "<img src=x" not in page and "<b>LIVE</b>" not in page
    assert 'href="javascript:' not in page
