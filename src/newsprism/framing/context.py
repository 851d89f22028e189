"""What every framing detector reads about one article, computed once."""
from __future__ import annotations

from dataclasses import dataclass

from newsprism.framing.kinds import technique_of
from newsprism.framing.lexicon import Lexicon
from newsprism.framing.tokens import Token, sentence_bounds, tokenize
from newsprism.framing.voices import Voices, voices_for
from newsprism.records import Article, ArticleExtraction, FramingFinding, Span

# Function words: never loaded, never a name.
STOPWORDS = frozenset(
    "a an the this that these those of in on at to for from by with about as into over after before "
    "under between through and or but nor so yet if then than because while when where who whom whose "
    "which what why how is are was were be been being am do does did have has had will would shall "
    "should can could may might must it its he she they them his her their our we you your i me my us "
    "not no also just very more most such there here all any some each every both either neither one "
    "other another own same it's that's there's".split()
)


@dataclass(frozen=True)
class ArticleContext:
    article: Article
    extraction: ArticleExtraction | None
    lexicon: Lexicon
    sentences: tuple[tuple[int, int], ...]
    tokens: tuple[Token, ...]
    voices: Voices

    @property
    def text(self) -> str:
        return self.article.text

    def finding(self, start: int, end: int, kind: str, terms: tuple[str, ...], score: float,
                reason: str, whose: str | None = None) -> FramingFinding:
        text = self.article.text
        while start < end and text[start].isspace():  # evidence never starts or ends in white space
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if whose is None:
            whose = self.voices.whose(start, end)
        return FramingFinding(
            span=Span(self.article.id, start, end),
            kind=kind,
            technique=technique_of(kind),
            terms=terms,
            score=round(min(1.0, max(0.0, score)), 3),
            whose=whose,
            reason=reason,
        )

    def sentence_tokens(self) -> list[list[Token]]:
        out: list[list[Token]] = [[] for _ in self.sentences]
        for t in self.tokens:
            if 0 <= t.sentence < len(out):
                out[t.sentence].append(t)
        return out


def is_name(token: Token) -> bool:
    """A capitalised word inside a sentence is taken for part of a name (no parse to tell)."""
    return (token.text[:1].isupper() and not token.first and not token.headline
            and not token.text.isupper())


def make_context(article: Article, extraction: ArticleExtraction | None, lexicon: Lexicon) -> ArticleContext:
    sentences = tuple(sentence_bounds(article.text, extraction.sentences if extraction else ()))
    tokens = tuple(tokenize(article.text, sentences))
    return ArticleContext(article, extraction, lexicon, sentences, tokens, voices_for(article.text, extraction))
