"""What the quote tests share: one article of invented text through the whole extraction."""
import pytest

from newsprism.extract import extract_articles
from newsprism.records import Article


@pytest.fixture(scope="module")
def quotes():
    """text -> the quotes extracted from it (memoised per module); every quote's text is its span's."""
    cache = {}

    def run(text):
        if text not in cache:
            art = Article(id="q1", source="q.txt", outlet="Test", outlet_found=None, title=None, byline=None,
                          published="2025-10-09", published_precision="day", published_found=None,
                          language="en", text=text)
            ext = extract_articles([art])[0]
            for q in ext.quotes:
                assert text[q.span.start:q.span.end] == q.text
            cache[text] = ext.quotes
        return cache[text]
    return run
