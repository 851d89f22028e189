"""Speaker defects found by reading a fifth sample of FNC-1 bodies (benchmarks/README.md, `## Reading audits`),
each pinned with an invented sentence of the same shape: a quotation closed by "X was quoted as saying", a
person named later by the whole title written before the name ("the deputy attorney general"), and a "he" after
"One of the sources said …" that is that source."""


def _said(quotes):
    return [(q.kind, q.speaker, q.text) for q in quotes if q.kind != "scare"]


def test_a_quotation_closed_by_was_quoted_as_saying_is_the_named_persons(quotes):
    qs = quotes("“There are ways to fix this… we will soon bring rules that please all riders,” Vantrell Air’s "
                "assistant manager for sales, Olek Brand, was quoted as saying.")
    assert _said(qs) == [("direct", "Olek Brand",
                          "“There are ways to fix this… we will soon bring rules that please all riders,”")]
    qs = quotes("“We need the votes,” Mark Tennant is quoted as saying. “We will get them.”")
    assert [(k, s) for k, s, _ in _said(qs)] == [("direct", "Mark Tennant"), ("direct", "Mark Tennant")]


def test_a_whole_title_written_before_the_name_names_the_person_later(quotes):
    qs = quotes("Deputy Attorney General Mark Tennant wrote a memo on the case. The deputy attorney general "
                "writes that the chief should have passed his findings to the prosecutors.")
    assert ("indirect", "Mark Tennant", "that the chief should have passed his findings to the prosecutors") \
        in _said(qs)
    # a title of another rank is someone else: the attorney general is not the deputy
    qs = quotes("Deputy Attorney General Mark Tennant wrote a memo on the case. The attorney general said the "
                "chief should go.")
    assert ("indirect", "The attorney general", "the chief should go") in _said(qs)
    # a place before the title is no part of the office: "the surgeon general" is the one named so
    qs = quotes("Lenholm Surgeon General Ann Roe spoke on Monday. The surgeon general said the water is safe.")
    assert ("indirect", "Ann Roe", "the water is safe") in _said(qs)


def test_he_after_one_of_the_sources_is_that_source_not_a_name_further_back(quotes):
    qs = quotes("Militants want money for the body of Olek Brand, two sources told the Herald. One of the sources "
                "said he was approached by a leader who asked him to work on a deal with Brand's family.\n\n"
                "“They ask for a large sum, and they want the money first,” he told the Herald.")
    (direct,) = [q for q in qs if q.kind == "direct"]
    assert direct.speaker != "Olek Brand"  # the source, unnamed, speaks: "he" as written
    assert direct.speaker == "he"
