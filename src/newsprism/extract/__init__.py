"""extract stage: entity mentions, quotes and claims of each article, every item a span of its text.

    extract_articles(articles) -> tuple[ArticleExtraction, ...]   (one per article, same order)

English articles are parsed in one batch through `nlp.parse`; an article in another language, or
with no text, gets an empty extraction (its sentences are not read as English).
The shared text helpers live in `extract.quantities.find_quantities` and `extract.dates.find_dates`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsprism import nlp
from newsprism.extract.claims import find_claims
from newsprism.extract.coref import link_within_article
from newsprism.extract.descriptors import attach_descriptors
from newsprism.extract.entities import find_mentions
from newsprism.extract.mentions import Found, doc_text
from newsprism.extract.attribution_model import refine
from newsprism.extract.quotes import drop_readers_stances, find_attributions, partial_quotes, to_quotes
from newsprism.records import Article, ArticleExtraction, Mention, Span

__all__ = ["embed_claims", "extract_articles", "extract_parsed", "extract_one"]


def _analysable(article: Article) -> bool:
    # No language detected yet is read as English; a detected other language is not.
    return bool(article.text and article.text.strip()) and article.language in (None, "en")


def extract_articles(articles: Sequence[Article], alias_file: str | None = None) -> tuple[ArticleExtraction, ...]:
    """Mentions, quotes and claims for every article, in the order given."""
    articles = list(articles)
    todo = [i for i, a in enumerate(articles) if _analysable(a)]
    docs = parse_paragraphs([articles[i].text for i in todo]) if todo else []
    parsed = dict(zip(todo, docs))
    out = tuple(extract_one(a, parsed[i], alias_file) if i in parsed else ArticleExtraction(article_id=a.id)
                for i, a in enumerate(articles))
    embed_claims(out)
    return out


def embed_claims(extractions: Sequence[ArticleExtraction]) -> None:
    """The claims' sentence vectors (and their parses), made here in one batch for all the articles
    and kept in the process caches, where the cross-check reads them (`crosscheck.prepare_claims`);
    likewise the vectors of indirect quotes (matched to quoted statements as paraphrases)."""
    from newsprism.crosscheck import prepare_claims

    prepare_claims([c for e in extractions for c in e.claims])
    nlp.embed_cached([q.text for e in extractions for q in e.quotes if q.kind == "indirect"])


_PARAGRAPH = re.compile(r"[^\n]*\n+|[^\n]+$")


def parse_paragraphs(texts: Sequence[str]):
    """One spaCy Doc per text, parsed paragraph by paragraph in one batch (a line break always ends a
    sentence: headings and captions never run into the next sentence), with the text unchanged."""
    from spacy.tokens import Doc

    chunks_of = [_PARAGRAPH.findall(t) or [t] for t in texts]
    flat = [c for chunks in chunks_of for c in chunks]
    docs = nlp.parse(flat)
    out, k = [], 0
    for chunks in chunks_of:
        part = docs[k:k + len(chunks)]
        k += len(chunks)
        out.append(part[0] if len(part) == 1 else Doc.from_docs(part, ensure_whitespace=False))
    return out


def extract_parsed(articles: Sequence[Article], docs, alias_file: str | None = None) -> tuple[ArticleExtraction, ...]:
    """The same as extract_articles for articles already parsed (docs in the same order), without the
    claim vectors (call `embed_claims` when a cross-check follows)."""
    return tuple(extract_one(a, d, alias_file) for a, d in zip(articles, docs))


def extract_one(article: Article, doc, alias_file: str | None = None) -> ArticleExtraction:
    """One article's extraction from its spaCy Doc (whose text is the article's text)."""
    if doc_text(doc) != article.text:
        raise ValueError(f"[E303] article {article.id}: the parse is of another text")
    found = find_mentions(doc, alias_file)
    found = link_within_article(doc, found)
    attach_descriptors(doc, found)
    # the rules' attributions, checked and completed by the trained model (extract/attribution_model.py)
    attributions = partial_quotes(article.text,
                                  drop_readers_stances(doc, refine(doc, found, find_attributions(doc, found))))
    quotes = to_quotes(article.id, article.text, attributions, doc)
    claims = find_claims(doc, article, found, attributions)
    sentences = tuple(Span(article.id, s.start_char, s.end_char) for s in doc.sents)
    return ArticleExtraction(article_id=article.id, mentions=_mentions(article, found), quotes=quotes,
                             claims=claims, sentences=sentences)


def _mentions(article: Article, found: list[Found]) -> tuple[Mention, ...]:
    text = article.text
    out = []
    for f in found:
        spans = tuple(Span(article.id, s, e) for s, e in f.descriptors)
        out.append(Mention(span=Span(article.id, f.start, f.end), text=f.text, label=f.label,
                           descriptors=tuple(text[s:e] for s, e in f.descriptors), descriptor_spans=spans,
                           refers_to=f.refers_to, reason=f.reason))
    return tuple(out)

