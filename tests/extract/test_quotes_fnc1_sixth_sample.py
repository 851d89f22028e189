"""Defects found by reading a sixth sample of FNC-1 bodies (benchmarks/README.md, `## Reading audits`), each
pinned with an invented sentence of the same shape: records that are no quote (the second term of a comparison,
"as fast as X hoped"; a verb over a verb of saying that has its own record) and a "she" of a verb only the model
finds, which goes on with the last speaker as a rule verb's does."""


def _said(quotes):
    return [(q.kind, q.speaker, q.cue, q.text) for q in quotes if q.kind != "scare"]


def test_the_second_term_of_a_comparison_is_no_stance(quotes):
    qs = quotes("The band's sales have not grown as fast as the label hoped, while costs have continued to rise.")
    assert _said(qs) == []
    # an "as" aside that reports someone is still theirs
    qs = quotes("The plan, as Dana Whitfield pointed out, would cost more than the bridge.")
    assert {(s, c) for _, s, c, _ in _said(qs)} == {("Dana Whitfield", "pointed out")}


def test_a_verb_over_a_verb_of_saying_with_its_own_record_is_no_second_record(quotes):
    qs = quotes("However Mara Quist continues to insist she and her dog are the real deal.")
    assert _said(qs) == [("indirect", "Mara Quist", "insist", "she and her dog are the real deal")]
    qs = quotes("Critics like to claim that 90 percent of players support the rule.")
    assert _said(qs) == [("indirect", "Critics", "claim", "that 90 percent of players support the rule")]


def test_she_of_a_model_verb_goes_on_with_the_last_speaker(quotes):
    qs = quotes("On Tuesday, a blog called Lenholm Daily wrote that Olek Brand had cheated Ann Roe. Ann Roe has "
                "not accused him of anything.\n\nThe Courier shared the news that Mara Quist is revealing that Olek "
                "Brand cheated her as well. This report is a true one. She says that it happened in 1982 when she "
                "met Brand about a role. She shared that he gave her a contract.")
    by_text = {q.text: q.speaker for q in qs}
    assert by_text["that it happened in 1982 when she met Brand about a role"] == "Mara Quist"
    assert by_text["that he gave her a contract"] == "Mara Quist"  # was the Ann Roe named further back


def test_a_report_after_a_time_word_speaks_for_itself(quotes):
    # the parser reads "after" as a preposition and hangs "accused" on the main verb, whose subject is the
    # other outlet's story
    qs = quotes("The Courier story about Voss came one day after a report by the Lenholm Post accused Mayor Ann Roe "
                "of leaking secret files to envoys.")
    assert _said(qs) == [("indirect", "Lenholm Post", "accused", "Mayor Ann Roe of leaking secret files to envoys")]


def test_words_posted_after_took_to_a_platform_are_the_posters(quotes):
    qs = quotes("Mara Quist did not sue Olek Brand. A hoax report claims the singer \"told the Courier that she "
                "had been robbed\" by Brand.\n\nThe singer herself took to Instagram on Wednesday to shoot down the "
                "story: \"I was never robbed by Mr. Brand! This is a silly rumor that I want no part of! Keep me "
                "out of this!\"")
    (last,) = [q for q in qs if q.text.startswith('"I was never')]
    assert last.speaker == "The singer"  # was the hoax report, the speaker before it
    # another "took to" is no post
    qs = quotes("Voss took to the stage to thank the crowd: \"You made this happen.\"")
    assert all(q.cue != "took" for q in qs)
