"""What the quantity tests share: every figure found in a sentence, each one's text checked against its span."""
from newsprism.extract.quantities import find_quantities


def figures(text):
    found = find_quantities(text, "a")
    for q in found:
        assert text[q.span.start:q.span.end] == q.text
    return found


def one(text):
    found = figures(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]
