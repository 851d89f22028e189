"""Claims split into the facts they state (parts.claim_parts): exact spans, content without the frame."""
from newsprism import nlp
from newsprism.crosscheck.parts import claim_parts


def _parts(b, text, **kw):
    art = b.article("p1", "Paper", "Intro. " + text + " End.")
    claim = b.claim(art, text, **kw)
    whole, parts = claim_parts(claim, nlp.parse([claim.text])[0])
    return art, claim, whole, parts


def test_a_sentence_of_several_facts_splits_into_exact_spans(b):
    text = ("The breach opened a gap about 30 metres wide in the crest of the embankment, which was completed "
            "in 1962 and holds back the reservoir.")
    art, claim, whole, parts = _parts(b, text, quantities=[("about 30 metres", 30, dict(approx="about", thing="metres"))],
                                      dates=[("1962", "1962", "year")])
    assert whole.claim == claim
    texts = [p.claim.text for p in parts]
    assert any("about 30 metres" in t and "1962" not in t for t in texts), texts
    assert any("completed in 1962" in t and "30 metres" not in t for t in texts), texts
    for p in parts:  # every part's span is its text in the article, and its figures and dates lie inside it
        s = p.claim.span
        assert art.text[s.start:s.end] == p.claim.text and claim.span.start <= s.start < s.end <= claim.span.end
        for item in p.claim.quantities + p.claim.dates:
            assert s.start <= item.span.start and item.span.end <= s.end
    (year,) = [p for p in parts if "1962" in p.claim.text]
    assert [d.text for d in year.claim.dates] == ["1962"] and not year.claim.quantities
    assert "embankment" in year.content  # the relative clause is compared with what it is about


def test_one_fact_is_one_part_and_the_frame_is_not_compared(b):
    text = "Anna Berg, head of the rescue service, told reporters at the town hall that the river had stopped rising."
    _, claim, whole, parts = _parts(b, text, attributed_to="Anna Berg")
    assert parts == ()
    assert "river had stopped rising" in whole.content
    assert "Anna Berg" not in whole.content and "told reporters" not in whole.content


def test_the_claim_parse_cache_overflowing_mid_batch_loses_no_text(monkeypatch):
    # A batch that overflows the cache clears it: texts the batch found cached must be parsed again,
    # not looked up after the clear (a 5,000-claim run used to stop here with a KeyError).
    import newsprism.crosscheck as cc

    monkeypatch.setattr(cc, "_docs", {})
    monkeypatch.setattr(cc, "_DOC_CACHE_LIMIT", 5)
    first = [f"The dam held {n} million cubic metres." for n in range(4)]
    assert [d.text for d in cc._parse(first)] == first
    batch = [f"The dam held {n} million cubic metres." for n in range(8)]
    assert [d.text for d in cc._parse(batch)] == batch


def test_a_participle_without_a_comma_is_a_fact_of_its_own(b):
    """"… broke out at the depot on Friday night injuring three workers": the injuries are a fact another
    outlet may state alone."""
    text = "A fire broke out at the depot in Lenholm on Friday night injuring three workers."
    _, _, _, parts = _parts(b, text, quantities=[("three workers", 3, dict(thing="workers"))])
    texts = [p.claim.text for p in parts]
    assert any(t.startswith("A fire broke out") and "injuring" not in t for t in texts), texts
    (hurt,) = [p for p in parts if p.claim.text.endswith("injuring three workers")]
    assert [q.text for q in hurt.claim.quantities] == ["three workers"] and "injure" in hurt.acts


def test_a_clause_after_a_time_conjunction_with_its_own_subject_is_a_fact_of_its_own(b):
    """"… left for the hills after the storm destroyed the old bridge": the storm's damage is one fact, the
    leaving another; the clause has its own subject, so nothing is put before it."""
    text = "Dozens of families in Vantrell left for the hills after the storm destroyed the old bridge."
    _, _, _, parts = _parts(b, text)
    texts = [p.claim.text for p in parts]
    assert "after the storm destroyed the old bridge" in texts, texts
    (storm,) = [p for p in parts if p.claim.text.startswith("after")]
    assert storm.content.startswith("after the storm") and storm.acts == {"destroy"}


def test_a_clause_of_reason_stays_with_its_sentence(b):
    """"because …" gives a reason, often no fact of the story's own: not split."""
    text = "The mayor of Vantrell closed the bridge because the river had risen overnight."
    _, _, _, parts = _parts(b, text)
    assert parts == ()


def test_an_opening_past_participle_is_a_fact_of_its_own(b):
    """"Born in Lenholm on 3 May 1950, Voss said …" (session 20): the birth is the fact other outlets state
    ("Voss was born in Lenholm on 3 May 1950"); read with the subject it tells of."""
    text = "Born in Lenholm on 3 May 1950, Dana Whitfield said she grew up in a house with no heating."
    _, _, _, parts = _parts(b, text)
    texts = [p.claim.text for p in parts]
    assert "Born in Lenholm on 3 May 1950" in texts, texts
    (born,) = [p for p in parts if p.claim.text.startswith("Born")]
    assert born.content.startswith("Dana Whitfield Born")
    # a question opening a saying frames it and tells nothing of its own
    _, _, _, parts = _parts(b, "Asked about the new bridge in Vantrell, Mark Tennant said the work would start in May.")
    assert not any(p.claim.text.startswith("Asked") for p in parts)
