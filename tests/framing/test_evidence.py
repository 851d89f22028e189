"""Every finding points at evidence: a non-empty span of the article, its terms inside it."""
from pathlib import Path

import pytest
from framing.builders import article

from newsprism.framing import frame_articles

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
TERMS_IN_EVIDENCE = ("loaded", "repeated", "label", "doubt", "minimisation", "call-to-action")


def _texts():
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.name)
def test_every_finding_has_a_span_whose_text_matches(path):
    art = article(path.stem, path.stem, path.read_text(encoding="utf-8"))
    framing = frame_articles([art])
    for f in framing.findings:
        evidence = art.text[f.span.start:f.span.end]
        assert 0 <= f.span.start < f.span.end <= len(art.text)
        assert evidence == evidence.strip(), f
        assert f.kind and f.reason and 0.0 <= f.score <= 1.0
        if f.kind in TERMS_IN_EVIDENCE:
            assert any(t.lower() in evidence.lower() for t in f.terms), (f, evidence)
    sentences = [(s.span.start, s.span.end) for s in framing.stances]
    assert sentences == sorted(sentences)
    assert all(a < b for a, b in sentences) and all(b1 <= a2 for (_, b1), (a2, _) in zip(sentences, sentences[1:]))
