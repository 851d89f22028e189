"""Quote defects found by reading everything the tool reports on the five seed articles again (session 20),
each pinned with an invented sentence of the same shape: a name in a clause describing a passive's agent, a
spokesman named without the closing comma, a participle after a quotation whose verb shares its subject,
the writer's "according to" after what was mentioned."""


def _said(quotes):
    return [(q.speaker, q.cue, q.text) for q in quotes if q.kind != "scare"]


def test_a_name_in_a_clause_describing_the_agent_is_not_the_agent(quotes):
    text = ("The decision was rejected by Lenholm officials and figures who argue that it keeps the Brennick "
            "garrison in town.")
    (rejected,) = [q for q in quotes(text) if q.cue == "rejected"]
    assert (rejected.speaker, rejected.text) == ("Lenholm officials and figures", "The decision")


def test_a_spokesman_named_without_the_closing_comma_is_the_source(quotes):
    text = "According to the spokesman for the Lenholm Ministry of Health, Mark Tennant the clinic will reopen."
    assert _said(quotes(text)) == [("Mark Tennant", "According to", "the clinic will reopen")]


def test_a_participle_after_a_quotation_is_the_speakers_whose_verb_shares_a_subject(quotes):
    text = ("On Monday, Voss was at the fair and in his address said: “Lenholm is back” referring to the town's "
            "standing.")
    assert [s for s, cue, _ in _said(quotes(text))] == ["Voss", "Voss"]


def test_the_writers_according_to_after_what_was_mentioned_is_not_the_speakers(quotes):
    text = ("Mark Tennant also mentioned the council's plan for the Lenholm depot, which is to shut by June, "
            "according to a deal made with the Vantrell rebels in 2019.")
    (q,) = [q for q in quotes(text) if q.cue == "mentioned"]
    assert (q.speaker, q.text) == ("Mark Tennant", "the council's plan for the Lenholm depot, which is to shut by June")

