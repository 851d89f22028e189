"""Attributions the parser's mistakes used to hide, found by reading what the extractor missed on
PolNeAR's train split, each pinned with an invented sentence of the same shape: quoted words inside a
reported clause, an aside ("she said") around a clause holding a quotation, a name the parser did not
make the verb's subject, a fronted scene taken for what was said, a speech tag closing its sentence."""
import pytest


def _said(quotes):
    return [(q.kind, q.speaker, q.text) for q in quotes if q.kind != "scare"]


def test_quoted_words_inside_a_reported_clause_are_the_speakers(quotes):
    text = "Sen. Dana Whitfield (D-OR) said the governor was a “proven failure” on housing."
    qs = quotes(text)
    said = _said(qs)
    assert ("indirect", "Dana Whitfield", "the governor was a “proven failure” on housing") in said
    # the two words are hers, quoted in part: not the outlet's scare quote
    assert ("direct", "Dana Whitfield", "“proven failure”") in said
    assert not [q for q in qs if q.kind == "scare"]
    for q in qs:  # the source as written, its bracket closed
        assert text[q.speaker_span.start:q.speaker_span.end] == "Sen. Dana Whitfield (D-OR)"


def test_a_quoted_title_inside_a_reported_clause_stays_nobodys_words(quotes):
    qs = quotes("He said the book “Sixty Days” was a lie.")
    (title,) = [q for q in qs if q.text == "“Sixty Days”"]
    assert title.kind == "scare" and title.speaker is None


def test_an_aside_around_a_clause_with_a_quotation_attributes_both(quotes):
    text = "Mara Celik runs the trade group. The steel industry, she said, is ''doing much better than it has in years.''"
    qs = quotes(text)
    said = _said(qs)
    assert ("indirect", "Mara Celik", "The steel industry") in said
    assert any(k == "direct" and s == "Mara Celik" and t.startswith("''doing much better") for k, s, t in said)
    assert not [q for q in qs if q.kind == "scare"]


def test_a_name_the_parser_took_for_an_apposition_or_an_adverb_still_speaks(quotes):
    qs = quotes("Shaken by the riots in Lyon, Senator Ana Ruiz, the minority leader, said that she spoke with "
                "the mayor on Tuesday.")
    assert [(q.speaker, q.text) for q in qs if q.kind == "indirect"] == [
        ("Ana Ruiz", "that she spoke with the mayor on Tuesday")]
    qs = quotes("As part of his plea, Pavel Marek, 44, said that he stole from nearly 100 families.")
    assert [(q.speaker, q.text) for q in qs if q.kind == "indirect"] == [
        ("Pavel Marek", "that he stole from nearly 100 families")]
    text = ("Rep. Tom Jolly visited the plant on Monday. Jolly said he would be cautious in cutting federal "
            "spending because he would worry about waste.")
    (q,) = [q for q in quotes(text) if q.kind == "indirect"]
    assert q.speaker == "Tom Jolly" and q.text.startswith("he would be cautious")
    assert text[q.speaker_span.start:q.speaker_span.end] == "Jolly"  # as written; the name resolved


def test_a_fronted_scene_is_not_what_was_said(quotes):
    qs = quotes("Inside the chapel - which looks like a barn except for the missing bell - Omar Haddad said he "
                "and many of those who prayed there last Sunday are trying to raise money.")
    (q,) = [q for q in qs if q.kind == "indirect"]
    assert q.speaker == "Omar Haddad"
    assert q.text.startswith("he and many of those") and "bell" not in q.text


def test_a_speech_tag_closing_its_sentence_reports_the_clause_before_it(quotes):
    qs = quotes("In nearby Sparta, the old mill is hanging on, but it is under heavy pressure from imports, said "
                "the company's chief executive, Tom Ferrara.")
    (q,) = [q for q in qs if q.kind == "indirect"]
    assert q.speaker == "Tom Ferrara" and q.text.endswith("under heavy pressure from imports")
    qs = quotes("Lena Fox farms near the river. The grant has made it possible for farmers with small plots to "
                "share machines and sell together, she said.")
    assert [(q.speaker, q.text) for q in qs if q.kind == "indirect"] == [
        ("Lena Fox", "The grant has made it possible for farmers with small plots to share machines and sell "
                     "together")]
    # a tag with nothing reported before it reports nothing
    assert not _said(quotes("In Sparta, she said."))


def test_a_quotation_hung_on_the_name_after_it_is_still_that_names(quotes):
    text = "“That is a fair worry, because they are very committed,” Vale, 69, told the radio station."
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "Vale" and q.text.startswith("“That is a fair worry")
    assert text[q.speaker_span.start:q.speaker_span.end] == "Vale, 69"  # the quotation is not the source


def test_told_closing_a_sentence_reports_it(quotes):
    qs = quotes("Despite a string of losses this month, Sen. Tom Vale remains committed to running through to the "
                "final vote, his campaign manager, Ann Devon, told the Daily Ledger.")
    assert [(q.speaker, q.text) for q in qs if q.kind == "indirect"] == [
        ("Ann Devon", "Despite a string of losses this month, Sen. Tom Vale remains committed to running through "
                      "to the final vote")]


def test_a_polls_share_before_say_is_the_source(quotes):
    text = "About 4 in 10 say they want the next mayor to cut taxes. On transit, 47% say the city should build more."
    qs = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(text[q.speaker_span.start:q.speaker_span.end], q.text) for q in qs] == [
        ("About 4 in 10", "they want the next mayor to cut taxes"), ("47%", "the city should build more")]


def test_a_tag_ending_on_a_colon_does_not_report_the_clause_before_it(quotes):
    qs = quotes("It's worth noting that last year, Kestrel founder Ivo Marsh wrote in a blog post:\n\n"
                "Our studio was never built to chase profit above all.")
    # the colon announces what follows; the sentence before the name is the writer's
    assert not [q for q in qs if q.speaker == "Ivo Marsh" and "worth noting" in q.text]


@pytest.mark.parametrize("text", [
    "Vantrell has changed his account twice — “I was wrong,” he said on Monday.",
    "Yet Ola Berg has already amended her testimony once — “I now do recall,” she said, talking to the council.",
])
def test_narration_before_a_quotation_that_the_parser_hung_on_the_tag_is_not_what_was_said(quotes, text):
    # the parser makes the whole sentence the complement of "said"; what was said is the quotation only
    said = [(k, t) for k, _, t in _said(quotes(text))]
    assert len(said) == 1 and said[0][0] == "direct" and said[0][1].startswith("“") and said[0][1].endswith("”")


def test_a_clause_running_into_a_partial_quotation_stays_what_was_said(quotes):
    # guard: no dash, and the quotation goes on with the clause: the speaker's words, quoted in part
    said = _said(quotes("Sales at the mill rose last year, but “not fast enough,” Ola Berg said on Monday."))
    assert ("indirect", "Ola Berg", "Sales at the mill rose last year, but “not fast enough,”") in said
    assert ("direct", "Ola Berg", "“not fast enough,”") in said  # the clause is reported, the words quoted


def test_a_closing_tag_the_parser_made_the_root_reports_the_clause_before_it(quotes):
    # the parser hangs the clause on the tag as a modifier (or a second subject): "police said" is the root
    qs = quotes("As the mayor prepared to speak to supporters in Vantrell on Tuesday, a 15-year-old girl outside "
                "the hall was pepper-sprayed by another bystander, police said.")
    (q,) = [q for q in qs if q.kind == "indirect"]
    assert q.speaker == "police" and q.cue == "said"
    assert q.text.startswith("As the mayor prepared") and q.text.endswith("by another bystander")
    (q,) = [q for q in quotes("Those who take on heavy debt struggle, even with a good job, he said.")
            if q.kind == "indirect"]
    assert q.text == "Those who take on heavy debt struggle, even with a good job"


def test_an_aside_before_a_quotation_of_the_same_paragraph_still_reports_its_clause(quotes):
    # the parser hung the next quotation's opening marks on the clause before it
    text = ("In any case, Mr. Voss said, the golf industry was vastly over-supplied with courses. ''It was just "
            "waiting for a recession,'' he said.")
    said = _said(quotes(text))
    assert ("indirect", "Voss", "the golf industry was vastly over-supplied with courses") in said
    assert ("direct", "Voss", "''It was just waiting for a recession,''") in said


def test_a_headline_surname_with_a_colon_is_the_source_when_the_article_names_the_person(quotes):
    # title case hides the name from the parser; the article names the person below
    text = ("Tennant: Port Deal Is Dead, Vote Moves To Friday.\n\nVANTRELL (AP) — Mayor Mark Tennant said on "
            "Monday the port deal was dead.")
    qs = quotes(text)
    (q,) = [q for q in qs if q.cue == ":"]
    assert (q.speaker, q.text) == ("Mark Tennant", "Port Deal Is Dead, Vote Moves To Friday.")
    assert text[q.speaker_span.start:q.speaker_span.end] == "Tennant"  # the source as written
    # a sub-heading with a colon names nobody
    said = _said(quotes("Update: The Vote Has Been Moved To Friday.\n\nThe council met on Monday."))
    assert said == []


def test_a_clause_about_the_speaker_does_not_end_the_quotation(quotes):
    text = ("\"That tide will lift all boats,\" said Voss, who will address the party's convention on Tuesday "
            "night. \"And he is going to work on empowering people in the cities.\"")
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in qs] == ["Voss", "Voss"]
    assert qs[1].text.startswith("\"And he is going") and qs[0].cue_span == qs[1].cue_span


def test_an_opening_mark_typed_for_the_closing_one_still_closes_the_quotation(quotes):
    text = ("Candidates rarely try it. “It's unusual,“ said Mark Tennant, an attorney in Vantrell. “It's a hard "
            "thing to pull off.”")
    said = _said(quotes(text))
    assert ("direct", "Mark Tennant", "“It's unusual,“") in said
    assert ("direct", "Mark Tennant", "“It's a hard thing to pull off.”") in said


def test_a_name_after_the_quotation_that_the_parser_made_a_conjunct_speaks(quotes):
    text = ("“We were tremendously wrong not to confront him from the beginning,” Voss, 58, told the radio in an "
            "interview on Tuesday.")
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "Voss" and q.cue == "told"


def test_a_quoted_question_takes_a_long_tag_but_only_with_a_verb_of_saying(quotes):
    said = _said(quotes("\"You think I'm going to change?\" Voss asked reporters rhetorically during a news "
                        "conference late last month."))
    assert ("direct", "Voss", "\"You think I'm going to change?\"") in said
    qs = quotes("\"Enough!\" The mayor slammed the table and walked out of the hall.")
    assert not [q for q in qs if q.kind == "direct" and q.speaker]  # a gesture, not the cry's tag


def test_the_speaker_the_parser_took_for_the_tags_object_still_speaks(quotes):
    text = "“Look, she needed to split the first two primaries,” added a Vantrell Democrat."
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert (q.kind, q.cue, q.text) == ("direct", "added", "“Look, she needed to split the first two primaries,”")
    assert text[q.speaker_span.start:q.speaker_span.end] == "a Vantrell Democrat"
    said = _said(quotes("''I'm more skilled with my hands than I am with my brain,'' said Ansel Brandt, half joking."))
    assert said == [("direct", "Ansel Brandt", "''I'm more skilled with my hands than I am with my brain,''")]
    # a conjoined verb after a quoted word has its subject before it, not the clause after it
    said = _said(quotes("Whitfield called both rivals “crazy” and said the party is bound to lose the seat."))
    assert ("indirect", "Whitfield", "the party is bound to lose the seat") in said


def test_a_word_of_the_quotation_is_not_the_tags_subject(quotes):
    text = ("The senator was asked about the bill.\n\n\"He opposed every single one of them. Every single "
            "amendment,\" said Voss, who had introduced some of those amendments.")
    said = _said(quotes(text))
    assert ("direct", "Voss", "\"He opposed every single one of them. Every single amendment,\"") in said


def test_chants_and_fuming_are_speech(quotes):
    said = _said(quotes("\"Hey, hey! Ho, ho! The levy has got to go!\" some protesters chanted outside the hall."))
    assert said == [("direct", "some protesters", "\"Hey, hey! Ho, ho! The levy has got to go!\"")]
    said = _said(quotes("\"If they were serious about this, they would have backed the only bill with support from "
                        "both parties,\" Tennant fumed on Tuesday."))
    assert [(k, s) for k, s, _ in said] == [("direct", "Tennant")]


def test_a_clause_ending_on_a_quotation_keeps_its_closing_mark(quotes):
    said = _said(quotes("That's why, he added, viewers often meet ''endless sequels to things that came out only "
                        "20 minutes ago.''"))
    assert any(k == "indirect" and t.endswith("20 minutes ago.''") for k, _, t in said)


def test_a_military_title_with_its_point_stays_with_the_name(quotes):
    text = "“The candidates just don’t understand the military,” said Army Capt. Ann Roe, who served two tours."
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "Ann Roe"
    assert text[q.speaker_span.start:q.speaker_span.end].startswith("Army Capt. Ann Roe")


def test_a_text_that_reads_is_the_source_of_its_words_a_person_reading_is_not(quotes):
    text = ("“Hi there! The mayor may become your governor!” a welcome message on the website reads. “If that "
            "happens, come and stay.”")
    (q, *_) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.cue == "reads" and text[q.speaker_span.start:q.speaker_span.end] == "a welcome message on the website"
    said = _said(quotes("Voss read the report on Tuesday and said it was wrong."))
    assert said == [("indirect", "Voss", "it was wrong")]
    # a report, a complaint, a filing read too, also after their quotation ("“…,” read the police report")
    for text in ('"The driver fled the scene on foot," read the police report.',
                 '"The driver fled the scene on foot," the police report read.'):
        assert _said(quotes(text)) == [("direct", "the police report", '"The driver fled the scene on foot,"')]
    assert _said(quotes('"The driver fled the scene on foot," read Voss.')) == []  # a person reading aloud


def test_a_transcripts_capitalised_label_is_the_person_the_text_names(quotes):
    text = ("Governor Mara Quist spoke with Dana Whitfield on Sunday.\n\nWHITFIELD: Do you think the mayor has "
            "campaigned as a healer?\n\nQUIST: I think he is trying to campaign as one. That has been part of his "
            "message.")
    said = {(s, t[:12]) for k, s, t in _said(quotes(text))}
    assert ("Dana Whitfield", "Do you think") in said and ("Mara Quist", "I think he i") in said


def test_a_tag_that_goes_on_into_a_quotation_closes_nothing_and_the_one_asked_did_not_ask(quotes):
    text = ("Asked why she called the group the Reckoning Crew, Roe told \"Morning Show\" co-host Dana King, "
            "\"Because if you don't do what's right by the people, you have to reckon with us.\"")
    qs = quotes(text)
    assert not [q for q in qs if q.text.startswith("Asked why")]  # not what she told the host
    assert not [q for q in qs if q.cue == "Asked"]  # she was asked; who asked is not said
    assert any(q.kind == "direct" and q.speaker == "Roe" and q.text.startswith("\"Because") for q in qs)


def test_a_named_persons_view_set_ahead_with_to_is_theirs(quotes):
    said = _said(quotes("The levy was passed in March. To Ann Roe, the vote represents a betrayal of the harbour "
                        "towns."))
    assert ("indirect", "Ann Roe", "the vote represents a betrayal of the harbour towns") in said
    # a place or a time set ahead with "To" is nobody's view
    assert _said(quotes("To the north, the river floods every spring. To date, no one has been charged.")) == []


def test_asked_by_someone_names_the_asker_for_the_rules():
    from newsprism.extract import parse_paragraphs
    from newsprism.extract.quotes import find_attributions

    text = ("When asked by a reporter whether this differed from the old registry, Voss said, \"You tell me.\"")
    doc = parse_paragraphs([text])[0]
    asked = [a for a in find_attributions(doc, []) if a.cue_text == "asked"]
    assert [text[a.source[0]:a.source[1]] for a in asked] == ["a reporter"]


def test_an_outlet_that_has_information_is_its_source_but_no_information_reports_nothing(quotes):
    said = _said(quotes("Deutsche Welle has information that the envoy will resign."))
    assert said == [("indirect", "Deutsche Welle", "that the envoy will resign")]
    assert next(q for q in quotes("Deutsche Welle has information that the envoy will resign.")
                if q.kind == "indirect").speaker_is_media
    assert _said(quotes("We have no information that anyone was hurt. Police do not have evidence that the fire "
                        "was set.")) == []


def test_a_word_with_a_prefix_and_a_hyphen_stays_one_word_for_the_parser(quotes):
    # the tokenizer split "co-developed" and "co-chair"; the parser then lost the quotation's speaker
    # and gave "chair, Mark Tennant" as a source
    text = ("“We cannot do this,” said Dana Whitfield, chairman of the history department at Vantrell College, "
            "who co-developed the archive system with a software firm.")
    assert [(k, s) for k, s, _ in _said(quotes(text))] == [("direct", "Dana Whitfield")]
    text = "The non-profit group's co-chair, Mark Tennant, said the plan was re-examined by a self-appointed panel."
    (q,) = [q for q in quotes(text) if q.kind == "indirect"]
    assert q.speaker == "Mark Tennant" and q.text == "the plan was re-examined by a self-appointed panel"
    assert text[q.speaker_span.start:q.speaker_span.end] == "The non-profit group's co-chair, Mark Tennant"
    text = "“The plan is sound,” said Mark Tennant, director of the port authority, who re-elected the board in May."
    assert [(k, s) for k, s, _ in _said(quotes(text))] == [("direct", "Mark Tennant")]


def test_only_a_prefix_before_a_lower_case_word_is_kept_whole():
    from newsprism import nlp

    words = [t.text for t in nlp.spacy_pipeline().tokenizer(
        "The co-chair, (co-developed), “re-elected,” anti-Trump, mid-January, Self-described, well-known")]
    assert {"co-chair", "co-developed", "re-elected", "Self-described"} <= set(words)
    # a name or a date after the hyphen stays its own word (found as a name or a date), and compounds
    # that are no prefix split as the tokenizer splits them
    assert {"anti", "Trump", "mid", "January", "well", "known"} <= set(words)


def test_a_short_quoted_sentence_after_the_speakers_quotation_goes_on_with_it(quotes):
    said = _said(quotes("“It is over,” said Mark Tennant. “We lost everything.”"))
    assert said == [("direct", "Mark Tennant", "“It is over,”"), ("direct", "Mark Tennant", "“We lost everything.”")]
    said = _said(quotes("“The numbers speak for themselves,” Brand said, pointing to a rise in sales. “We have never "
                        "been stronger.”"))
    assert ("direct", "Brand", "“We have never been stronger.”") in said
    said = _said(quotes("“It is over,” she said. “Never again!”"))
    assert [(k, t) for k, _, t in said] == [("direct", "“It is over,”"), ("direct", "“Never again!”")]
    # quoted words inside a sentence, or a new paragraph, are not the quotation going on
    qs = quotes("“It is over,” said Mark Tennant. The old town hall was “a mess.”")
    assert [q.kind for q in qs if q.text == "“a mess.”"] == ["scare"]
    qs = quotes("“It is over,” said Mark Tennant.\n\n“Not here.”")
    assert not [q for q in qs if q.text == "“Not here.”" and q.speaker == "Mark Tennant"]


def test_said_in_a_statement_that_reports_the_clause_the_parser_hung_on_the_statement(quotes):
    for text in ("The ministry said in a statement that 12 soldiers had been killed.",
                 "Vantrell Corp. said in a post on its website that the plant would close in June."):
        said = _said(quotes(text))
        assert [(k, t.split()[0]) for k, _, t in said] == [("indirect", "that")], said
    # a statement that is itself the subject of the clause stays as it was
    said = _said(quotes("Voss said the statement that was read on Monday had been approved by the board."))
    assert said == [("indirect", "Voss", "the statement that was read on Monday had been approved by the board")]


def test_a_contrast_with_its_own_speaker_is_not_part_of_the_first_report(quotes):
    said = _said(quotes("The ministry said on Monday that 12 soldiers had been killed, while the rebels claimed they "
                        "had shot down a helicopter."))
    assert said == [("indirect", "The ministry", "that 12 soldiers had been killed"),
                    ("indirect", "the rebels", "they had shot down a helicopter")]
    # a "while" clause with no speaker of its own is part of what was said
    said = _said(quotes("Voss said the port would reopen on Friday, while the airport stays closed."))
    assert said == [("indirect", "Voss", "the port would reopen on Friday, while the airport stays closed")]


def test_calling_something_a_name_ends_before_a_second_verb_joined_to_it(quotes):
    said = _said(quotes("In a tweet, Voss called the ruling a disgrace and vowed to appeal."))
    assert ("indirect", "Voss", "the ruling a disgrace") in said
    assert ("indirect", "Voss", "to appeal") in said


def test_an_age_written_as_a_noun_can_speak(quotes):
    # "34-year-old" in five pieces left the parser with no subject for "said"
    text = "Ann Roe teaches in Vantrell. “The rules are unfair,” the 34-year-old said. “I'm a teacher.”"
    said = _said(quotes(text))
    assert [(k, t) for k, _, t in said] == [("direct", "“The rules are unfair,”"), ("direct", "“I'm a teacher.”")]
    (q, _) = [q for q in quotes(text) if q.kind == "direct"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "the 34-year-old"


def test_remarks_made_over_the_years_say_when_not_what_about(quotes):
    said = _said(quotes("Mark Tennant has admitted making disrespectful remarks over the years."))
    assert [(k, s, t) for k, s, t in said] == [("indirect", "Mark Tennant", "making disrespectful remarks over the years")]
    # what a remark is about still is its content
    said = _said(quotes("Mark Tennant made remarks about the port authority on Monday."))
    assert ("indirect", "Mark Tennant", "the port authority") in said


def test_a_contrast_after_according_to_at_the_clauses_end_is_the_writers(quotes):
    said = _said(quotes("Vantrell has taken steps to ban such images, according to the Journal, though there are "
                        "few safeguards elsewhere."))
    assert said == [("indirect", "Journal", "Vantrell has taken steps to ban such images")]
    # with the source named first, what follows may all be the source's
    said = _said(quotes("According to the ministry, the toll rose to 40, but the rebels put it at 60."))
    assert said == [("indirect", "the ministry", "the toll rose to 40, but the rebels put it at 60")]


def test_according_to_after_a_relative_clause_gives_that_clause(quotes):
    said = _said(quotes("The school, where fees are $40,000 a year, according to its website, has 300 pupils."))
    assert said == [("indirect", "its website", "fees are $40,000 a year")]
    said = _said(quotes("Students from Lenholm, a town where the average income is $59,377, according to the census "
                        "office, told the Courier that a classmate made the images."))
    assert ("indirect", "the census office", "the average income is $59,377") in said
    # an infinitive before the phrase is no relative clause: the whole clause is the source's
    said = _said(quotes("Vantrell has taken steps to ban such images, according to the Journal."))
    assert said == [("indirect", "Journal", "Vantrell has taken steps to ban such images")]


def test_a_wire_dateline_is_not_part_of_what_was_said(quotes):
    said = _said(quotes("LENHOLM, March 3 (Coastline Wire) - Ferry crews will return to work on Monday, the union "
                        "said on Sunday."))
    assert said == [("indirect", "the union", "Ferry crews will return to work on Monday")]
    # a paragraph opening with a name and a dash is no dateline
    said = _said(quotes("Ann Roe – a nurse for 30 years – said the ward had been closed."))
    assert said == [("indirect", "Ann Roe", "the ward had been closed")]


def test_what_was_said_in_a_relative_clause_does_not_hold_its_speaker(quotes):
    said = _said(quotes("Forecasters expect dry weather for the next three days, which engineers said would help the "
                        "repair work."))
    assert ("indirect", "engineers", "would help the repair work") in said


def test_according_to_a_spokesman_named_after_a_comma_is_that_person(quotes):
    said = _said(quotes("According to a spokesman for the ministry, Olek Brand, the talks will resume on Monday."))
    assert said == [("indirect", "Olek Brand", "the talks will resume on Monday")]
    # a place after the comma is what the clause is about, not the source's name
    said = _said(quotes("According to the ministry, Lenholm, a town of 4,000, was hit hardest."))
    assert said == [("indirect", "the ministry", "Lenholm, a town of 4,000, was hit hardest")]


def test_according_to_ends_before_the_subject_the_parser_hung_on_it(quotes):
    # the parser made "meddling" an apposition of the name, leaving "was" with no subject
    text = "According to Sen. Ann Roe, Federal meddling in the school board was the reason for the strike."
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "Sen. Ann Roe" and q.speaker == "Ann Roe"
    assert q.text == "Federal meddling in the school board was the reason for the strike"
    # a true apposition, the clause with a subject of its own: the source keeps it
    said = _said(quotes("According to Ann Roe, a spokeswoman for the agency, the plan failed."))
    assert said == [("indirect", "Ann Roe", "the plan failed")]


def test_according_to_closing_a_sentence_gives_the_whole_sentence(quotes):
    # the parser hangs the phrase on the last clause (a participle, a conjunct after "but")
    text = ("Mara Quist wrote to the harbor board's chairman, threatening a costly lawsuit, according to a copy of "
            "the email seen by the Courier.")
    said = [(text[q.speaker_span.start:q.speaker_span.end], q.text) for q in quotes(text) if q.kind != "scare"]
    assert said == [("a copy of the email seen by the Courier",
                     "Mara Quist wrote to the harbor board's chairman, threatening a costly lawsuit")]
    text = ("Most parents say they would pay more for a shorter school run, but few buses are able to run that "
            "route, according to the survey.")
    said = _said(quotes(text))
    assert ("indirect", "the survey", "Most parents say they would pay more for a shorter school run, but few "
            "buses are able to run that route") in said


def test_the_terms_of_an_agreement_are_no_source(quotes):
    assert _said(quotes("Troops will leave Lenholm by May, according to an agreement signed last year.")) == []
    said = _said(quotes("According to a report by the ministry, troops will leave by May."))
    assert [(k, t) for k, _, t in said] == [("indirect", "troops will leave by May")]


def test_a_quote_an_outlet_relays_stays_the_speakers(quotes):
    # "…," X said, according to the Herald: the Herald reports X's words; the next quoted paragraph is X's
    text = ('"The first call came at noon, when a nurse ran in to say the ward was flooding," a clinic spokesman '
            'said, according to the Lenholm Herald.\n\n"Staff rushed out and found the basement under water."')
    said = _said(quotes(text))
    assert [(k, s) for k, s, t in said if k == "direct"] == [("direct", "a clinic spokesman")] * 2
    assert ("indirect", "Lenholm Herald") in [(k, s) for k, s, _ in said]
    # X said: "…," the Herald reported: the colon hands the quotation to X, not to the tag after it
    text = ('Major Olek Brand, a spokesman for the army, said: "We cannot confirm that the bridge was hit," the '
            'Lenholm Herald reported.\n\n"We are still checking the reports and will say more when we know."')
    said = _said(quotes(text))
    assert said == [("direct", "Olek Brand", '"We cannot confirm that the bridge was hit,"'),
                    ("direct", "Olek Brand", '"We are still checking the reports and will say more when we know."')]


def test_a_dateline_with_a_colon_is_no_source(quotes):
    assert _said(quotes("Lenholm City: The fate of the missing ferry remains unclear, with rumours that it sank "
                        "still unconfirmed.")) == []
    # at a line's head the parser may take the town for a person: a word never named again is no source
    assert _said(quotes("Lenholm: The fate of the missing ferry remains unclear, with rumours that it sank still "
                        "unconfirmed.\n\nThe ferry left on Monday.")) == []
    # a headline's "Name: statement" still speaks
    said = _said(quotes("Mara Quist: the ferry will sail again next spring\n\nMara Quist spoke on Monday."))
    assert said == [("indirect", "Mara Quist", "the ferry will sail again next spring")]
    said = _said(quotes("Voss: The ferry will sail again next spring, and the crew will be back at work soon.\n\n"
                        "Ansel Voss spoke on Monday."))
    assert [(k, s) for k, s, _ in said] == [("indirect", "Ansel Voss")]


def test_citing_or_quoting_a_source_names_who_spoke_not_what(quotes):
    said = _said(quotes("Mara Quist could buy the mill, says a report from the Lenholm Herald, citing a source "
                        "familiar with the talks."))
    assert said == [("indirect", "Lenholm Herald", "Mara Quist could buy the mill")]
    said = _said(quotes("Earlier, a report in the Lenholm Herald, citing people close to the talks, said the deal "
                        "was done."))
    assert [t for _, _, t in said] == ["the deal was done"]
    # citing someone saying something: the report gives what was said
    said = _said(quotes("The Herald cited an unnamed nurse saying the mayor was among several officials hurt."))
    assert [t for _, _, t in said] == ["an unnamed nurse saying the mayor was among several officials hurt"]
    # a reason cited is what was said
    assert ("indirect", "Ann Roe", "privacy rules") in _said(quotes("Ann Roe declined to comment, citing privacy rules."))


def test_a_place_before_a_ministry_or_an_institution_is_not_the_speaker(quotes):
    said = _said(quotes("A Spanish Interior Ministry official told Dana Whitfield on Monday that the bridge had "
                        "been closed."))
    assert said == [("indirect", "Interior Ministry", "that the bridge had been closed")]
    said = _said(quotes("Ohio prison officials would not comment on the inmate's health."))
    assert [s for _, s, _ in said] == ["Ohio prison officials"]
    said = _said(quotes("An Ohio hospital spokesman said the patient was stable."))
    assert [s for _, s, _ in said] == ["An Ohio hospital spokesman"]


def test_the_one_who_was_told_is_no_speaker(quotes):
    said = _said(quotes("Ann Roe said she phoned the office twice and was told the permit would be ready by "
                        "Friday."))
    assert [(s, t[:15]) for _, s, t in said] == [("Ann Roe", "she phoned the ")]
    said = _said(quotes("Voss was told by doctors that his leg would need surgery."))
    assert said == [("indirect", "doctors", "that his leg would need surgery")]


def test_branding_or_labelling_something_in_quotation_marks_is_the_subjects_words(quotes):
    said = _said(quotes('A senior Lenholm diplomat branded the idea "disgusting."'))
    assert ("direct", "A senior Lenholm diplomat", '"disgusting."') in said
    said = _said(quotes("Mara Quist labelled the proposal “reckless” at a meeting on Tuesday."))
    assert said == [("direct", "Mara Quist", "“reckless”")]
    # with no quoted words: no speech
    assert _said(quotes("The farmers branded the cattle in spring. The company labelled its jars with care.")) == []


def test_a_verb_of_phase_before_an_act_is_no_stance(quotes):
    said = _said(quotes("Quist proceeded to take a knife and attack the man. Ann Roe began to argue that the "
                        "vote was rigged."))
    assert not [c for c in said if c[2].startswith("to ")]
    assert ("indirect", "Ann Roe", "that the vote was rigged") in said


def test_a_reported_clause_ending_on_quoted_words_stays_indirect(quotes):
    # the clause is reported speech; only the quoted words are a direct quote
    said = _said(quotes('Mark Tennant said the army is weighing several options, including that the men '
                        '"might be trying to defect."'))
    assert said == [("indirect", "Mark Tennant", 'the army is weighing several options, including that the men '
                                                 '"might be trying to defect."'),
                    ("direct", "Mark Tennant", '"might be trying to defect."')]
    said = _said(quotes("The new plan also backs the council's call for “an overall healthy budget,” Dr. Voss told "
                        "reporters."))
    assert [k for k, _, _ in said] == ["indirect", "direct"]


def test_according_to_a_source_run_into_the_clauses_subject_without_a_comma(quotes):
    # "According to Reuters Mr X met …": the parser makes "Reuters Mr X" one phrase; the title starts the subject
    qs = [q for q in quotes("According to Reuters Mr Tennant also met Olek Brand at the hotel in December.")
          if q.kind != "scare"]
    assert [(q.speaker, q.text, q.speaker_is_media) for q in qs] == [
        ("Reuters", "Mr Tennant also met Olek Brand at the hotel in December", True)]
    said = _said(quotes("According to the Lenholm Herald Ms Roe had left the firm by then."))
    assert said == [("indirect", "the Lenholm Herald", "Ms Roe had left the firm by then")]
    # a title opening the phrase is the source's own
    assert _said(quotes("According to Mr Tennant, the talks failed.")) == [("indirect", "Tennant", "the talks failed")]


def test_a_press_secretary_or_times_in_a_source_phrase_is_no_outlet(quotes):
    (q,) = [q for q in quotes("White House Press Secretary Mark Tennant said the plan was final.") if q.kind != "scare"]
    assert q.speaker == "Mark Tennant" and not q.speaker_is_media
    (q,) = [q for q in quotes("Senior Vantrell executives at different times have indicated an interest in the firm.")
            if q.kind != "scare"]
    assert not q.speaker_is_media
    (q,) = [q for q in quotes("The Lenholm Times said the plan was final.") if q.kind != "scare"]
    assert q.speaker_is_media  # the name of a newspaper still is one


def test_a_government_agency_or_a_press_office_is_no_outlet(quotes):
    # the media words "agency" and "press" once made any agency and a spokesman's office a news medium,
    # so two officials quoted apart counted as two media reports
    for text in ("The Lenholm Water Agency said the dam was safe.",
                 "The Vantrell Environmental Protection Agency said the river was clean.",
                 "The mayor's press office said the plan was final.",
                 "The Lenholm Post Office said deliveries would resume."):
        qs = [q for q in quotes(text) if q.kind != "scare"]
        assert qs and not any(q.speaker_is_media for q in qs), (text, [(q.speaker, q.speaker_is_media) for q in qs])
    for text in ("The Lenholm News Agency said the dam was safe.", "Agence France-Presse said the dam was safe."):
        qs = [q for q in quotes(text) if q.kind != "scare"]
        assert qs and all(q.speaker_is_media for q in qs), text


def test_quoted_as_saying_is_the_persons_words(quotes):
    said = _said(quotes("Voss, a spokesman for the council, was quoted as saying the budget was final."))
    assert said == [("indirect", "Voss", "the budget was final")]
    said = _said(quotes("Ann Roe was reported as saying the plant would close."))
    assert said == [("indirect", "Ann Roe", "the plant would close")]


def test_a_quotation_broken_over_lines_is_one_quote_with_the_tag_after_it(quotes):
    # Texts written one sentence a line: the quote opens on one line and closes on the next, before its tag.
    text = ("The council met in Lenholm on Monday.\n“I voted for the new plan.\n"
            "It is a sensible plan and the town needs it,” Dana Whitfield said.\nThe vote was close.")
    said = _said(quotes(text))
    assert said == [("direct", "Dana Whitfield",
                     "“I voted for the new plan.\nIt is a sensible plan and the town needs it,”")]


@pytest.mark.parametrize("text, speaker, quotation", [
    # straight marks: the later line's mark, spaced off the stop or before the tag, closes the quotation
    ('The council met in Lenholm on Monday.\n"I voted for the new plan.\nIt is a sensible plan and the town '
     'needs it, " said Dana Whitfield, 44, a teacher in Lenholm.\nThe vote was close.', "Dana Whitfield",
     '"I voted for the new plan.\nIt is a sensible plan and the town needs it, "'),
    # a quotation of five lines
    ('Police commissioner Mark Tennant says the guard was outside for nine minutes:\n“ She drove her car through '
     'a gate.\nShe had a gun.\nShe went to the third floor.\nShe found the workers.\nA third was also hurt. ”\n'
     'The third victim was taken to hospital.', "Mark Tennant",
     "“ She drove her car through a gate.\nShe had a gun.\nShe went to the third floor.\nShe found the "
     "workers.\nA third was also hurt. ”"),
])
def test_a_quotation_over_many_lines_or_closed_by_a_straight_mark_is_one_quote(quotes, text, speaker, quotation):
    said = _said(quotes(text))
    assert ("direct", speaker, quotation) in said
    assert not [q for q in quotes(text) if q.kind == "scare"]  # the tag line is no scare quote


def test_a_quotation_reopened_on_a_later_line_keeps_the_lines_between(quotes):
    # a paragraph of several sentences, one a line, the next paragraph reopening the quotation
    text = ('Mayor Ann Roe said: "I cannot believe it.\nWe were all so close.\nWe grew up together.\n'
            '"Mark was a good man.\nHe loved the town. "\nThe funeral is on Friday.')
    said = _said(quotes(text))
    assert said[:2] == [("direct", "Ann Roe", '"I cannot believe it.\nWe were all so close.\nWe grew up together.'),
                        ("direct", "Ann Roe", '"Mark was a good man.\nHe loved the town. "')]
    # a line of narration with its own tag, or paragraphs set apart by blank lines, stay out
    text = ('"I cannot believe it.\nThe mayor said the town would mourn.\n"Mark was a good man," said Ann Roe.')
    assert not any("mourn" in t for k, _, t in _said(quotes(text)) if k == "direct")
    text = 'Ann Roe said: "I cannot believe it.\n\nPhoto: the town hall.\n\n"Mark was a good man."'
    assert not any("Photo" in t for k, _, t in _said(quotes(text)) if k == "direct")


def _rule_attributions(text):
    """The rules' own attributions (before the attribution model judges them): (source, cue, content)."""
    from newsprism import nlp
    from newsprism.extract.entities import find_mentions
    from newsprism.extract.quotes import find_attributions
    doc = nlp.parse_one(text)
    return [(text[a.source[0]:a.source[1]] if a.source else None, a.cue_text,
             " / ".join(text[s:e] for s, e in a.contents))
            for a in find_attributions(doc, find_mentions(doc, None)) if a.kind != "scare"]


@pytest.mark.parametrize("text, source, content", [
    ("Voss leads Brennick by 12 points to 30 points in the 50-state poll.", "the 50-state poll",
     "Voss leads Brennick by 12 points to 30 points"),
    # the share hangs on the object ("a favorable view … in a poll"), the poll still gives it
    ("Just 18 percent of voters have a favorable view of Voss in a new Harbour Gazette poll.",
     "a new Harbour Gazette poll", "Just 18 percent of voters have a favorable view of Voss"),
    # a fronted time and the writer's comment after the comma are not the poll's
    ("In March, Voss had 38 percent support in a Gazette poll, up eight points from January.", "a Gazette poll",
     "Voss had 38 percent support"),
    ("But Voss fell to 10 percent in the latest Gazette poll released Wednesday, a collapse driven by blunders.",
     "the latest Gazette poll released Wednesday", "Voss fell to 10 percent"),
])
def test_a_poll_closing_its_clause_gives_what_the_clause_says_before_it(quotes, text, source, content):
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert (text[q.speaker_span.start:q.speaker_span.end], q.cue, q.text) == (source, "in", content)


def test_a_poll_inside_its_clause_is_where_something_happens(quotes):
    assert _said(quotes("Voss gained ground in the polls among older voters in the east.")) == []


def test_where_news_appeared_is_no_finding_of_the_report(quotes):
    assert _said(quotes("The figures first appeared in a report by the Lenholm Herald.")) == []


def test_the_date_of_a_poll_is_part_of_its_name(quotes):
    text = "A Harbour Gazette poll last week found that 63 percent of voters want a new bridge."
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "A Harbour Gazette poll last week"
    # when a report came out is still no part of it, cut whole ("out this week", not "out this")
    text = "The report out this week said the bridge was unsafe."
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "The report"


@pytest.mark.parametrize("text, source", [
    ("The plane was insured at a value of $35 million in 2011, records show.", "records"),
    ("In all, the host committee raised $57 million, election records show.", "election records"),
])
def test_records_show_closing_a_sentence_report_the_clause_before(text, source):
    # the parser reads "records show" as one noun (or leaves "show" no subject): the rules still report it
    assert _rule_attributions(text) == [(source, "show", text[:text.rindex(",")])]
    assert _rule_attributions("Voss flew to Lenholm to see the trade show.") == []


def test_a_passive_with_by_gives_the_agent_as_source():
    said = _rule_attributions("News of the bank's move was first reported by the Lenholm Herald.")
    assert said == [("the Lenholm Herald", "reported", "News of the bank's move")]
    said = _rule_attributions("The decision was criticized by Voss and other members of the board.")
    assert said == [("Voss and other members of the board", "criticized", "The decision")]
    # naming or asking is no judgement; the one told listens ("was told by" stays the agent's clause)
    assert _rule_attributions("The group is known by its acronym.") == []
    said = _rule_attributions("Ann Roe was told by the principal that the school would close.")
    assert said == [("the principal", "told", "that the school would close")]


@pytest.mark.parametrize("text, content", [
    ("After the storm, Voss called for the mayor to resign.", "the mayor to resign"),
    ("Voss pushed for the council to delay the vote.", "the council to delay the vote"),
    ("Voss called for the mayor to resign and vowed to fight on.", "the mayor to resign"),
])
def test_called_for_someone_to_act_is_the_demand(quotes, text, content):
    said = _said(quotes(text))
    assert ("indirect", "Voss", content) in said


def test_a_verb_after_an_aside_in_dashes_goes_on_the_clause_before_it(quotes):
    # the parser joins "promised" to the aside's "said"; the source as written is the name before the aside
    text = ("Dana Whitfield praised the plan - “It is a good start,” she said - and promised that the city "
            "would pay for the repairs.")
    (q,) = [q for q in quotes(text) if q.text == "that the city would pay for the repairs"]
    assert q.speaker == "Dana Whitfield"
    assert text[q.speaker_span.start:q.speaker_span.end] == "Dana Whitfield"


def test_a_share_saying_something_in_a_poll_is_the_polls_finding(quotes):
    # "In a poll, 60 percent said …": the poll is the source ("In" the cue), the share's saying what it found
    for text, poll in (("In a new Vantrell survey, 4 in 10 voters said the mayor should resign.", "a new Vantrell survey"),
                       ("In a poll released Sunday by the Lenholm Herald, a majority of voters said they would back "
                        "the levy.", "a poll released Sunday by the Lenholm Herald")):
        said = [q for q in quotes(text) if q.kind != "scare"]
        assert [text[q.speaker_span.start:q.speaker_span.end] for q in said] == [poll]
        assert said[0].text.endswith("said the mayor should resign") or said[0].text.endswith("back the levy")
    # without a poll the share speaks
    text = "In the interview, 48 percent of residents said the mayor should resign."
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "48 percent of residents"


@pytest.mark.parametrize("text, source, content", [
    ("To many, Voss is the best mayor the harbour has had.", "many", "Voss is the best mayor the harbour has had"),
    ("But to others, she is a danger to the port.", "others", "she is a danger to the port"),
    ("Voss is popular here because to them, the levy is a fair deal.", "them", "the levy is a fair deal"),
])
def test_a_view_set_ahead_with_to_is_the_groups(text, source, content):
    # "To many," / "But to others," / "because to them,": the view's holders are the source, "to" the cue
    (said,) = _rule_attributions(text)
    assert (said[0], said[1].lower(), said[2]) == (source, "to", content)


def test_a_time_place_or_purpose_set_ahead_with_to_is_nobodys_view():
    for text in ("To date, no one has been charged.", "To that end, the council hired Brennick.",
                 "To a person, the crew stayed aboard.", "To win the seat, Voss needs the east."):
        assert _rule_attributions(text) == []


@pytest.mark.parametrize("text, source, content", [
    ("Under Lenholm law, ferries may not sail after dark in winter.", "Lenholm law",
     "ferries may not sail after dark in winter"),
    # a law is named up to its noun; a clause describing it is not part of the name
    ("Under the new regulation that takes effect in May, shops must close on Sundays.", "the new regulation",
     "shops must close on Sundays"),
    # "According to" a law, a plan or a schedule set ahead of its clause is its source too
    ("According to state law, ferries must carry a life raft for every ten passengers.", "state law",
     "ferries must carry a life raft for every ten passengers"),
])
def test_a_law_set_ahead_of_a_clause_is_what_says_it(text, source, content):
    (said,) = _rule_attributions(text)
    assert (said[0], said[2]) == (source, content)


def test_a_plan_or_a_criterion_is_no_source():
    # a plan or deal the clause happens within, pressure, and "according to" a rule after the verb
    for text in ("Under the plan, the city would pay for the repairs.", "Under pressure, Voss resigned.",
                 "The troops will leave by May according to the agreement.",
                 "The seats were assigned according to age."):
        assert _rule_attributions(text) == []


@pytest.mark.parametrize("text, source, content", [
    ("Voss gave $900 to the rowing club in 2019, campaign finance records show.", "campaign finance records",
     "Voss gave $900 to the rowing club in 2019"),
    ("The ferry company lent the club $8,000 last spring, tax and court records show.", "tax and court records",
     "The ferry company lent the club $8,000 last spring"),
    # set off inside the sentence: what the sentence says around it
    ("Last winter, harbour records show, the ferry ran late on most days.", "harbour records",
     "Last winter / the ferry ran late on most days"),
])
def test_records_show_closing_or_set_off_inside_a_sentence(text, source, content):
    assert _rule_attributions(text) == [(source, "show", content)]


@pytest.mark.parametrize("text, source, content", [
    ("In the latest Harbour Gazette survey, 58 percent of residents approved of the toll.",
     "the latest Harbour Gazette survey", "58 percent of residents approved of the toll"),
    ("In a Gazette poll released Monday, two of three drivers disapproved of the new toll.",
     "a Gazette poll released Monday", "two of three drivers disapproved of the new toll"),
])
def test_a_poll_set_ahead_of_a_share_the_parser_made_the_root(text, source, content):
    # the parser makes the share the sentence's root and its verb a modifier: the poll still gives the clause
    assert _rule_attributions(text) == [(source, "In", content)]


@pytest.mark.parametrize("text, source, content", [
    # the parser makes the subject before the tag the tag's, or the name after it a subject of what follows
    ("Any fair account of the council's budget, said Olek Brand, a lecturer in planning at Lenholm College, would "
     "call this a cut.", "Olek Brand, a lecturer in planning at Lenholm College",
     ["Any fair account of the council's budget", "would call this a cut"]),
    ("And the mayor, said Ann Roe, who sat on the port board for six years, never changes her mind once she has "
     "made it up.", "Ann Roe, who sat on the port board for six years",
     ["And the mayor", "never changes her mind once she has made it up"]),
    ("The puzzle of the ferry strike, says Mark Tennant, a labor historian at the museum, is that nobody wanted it "
     "to happen.", "Mark Tennant, a labor historian at the museum",
     ["The puzzle of the ferry strike", "is that nobody wanted it to happen"]),
    ("The gap between the two plans, said Brand and other planners, will be plain by June.",
     "Brand and other planners", ["The gap between the two plans", "will be plain by June"]),
])
def test_a_tag_between_a_subject_and_its_verb_names_the_speaker(quotes, text, source, content):
    said = [q for q in quotes(text) if q.kind != "scare"]
    assert [text[q.speaker_span.start:q.speaker_span.end] for q in said] == [source] * len(content)
    assert [q.text for q in said] == content


def test_a_reported_subject_with_an_aside_is_no_tag_inside_a_clause(quotes):
    text = ("Staff at the Lenholm depot, who had worked there for decades, said their pensions, already cut twice, "
            "would shrink again.")
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "Staff at the Lenholm depot"
    assert q.text.startswith("their pensions")


@pytest.mark.parametrize("text, source", [
    # a participle set off after the name says what the speaker was doing
    ("“The ferries will run again by June,” said Tennant, speaking of the harbor strike.", "Tennant"),
    ("“Nobody told us to close the gates,” said the night guard known as Sam, speaking on the record for the "
     "first time.", "the night guard known as Sam"),
    ("“The gates were shut,” said Ann Roe, a nurse, speaking to reporters outside the ward.", "Ann Roe, a nurse"),
    # a relative clause reporting words of its own is an attribution, not a description of the speaker
    ("“The deal is too small,” said Mark Tennant, a fund manager at Vantrell, who warned that the port will need "
     "twice as much.", "Mark Tennant, a fund manager at Vantrell"),
    # a clause that describes the speaker stays
    ("“We will win,” said Ann Roe, who teaches law at Lenholm University.",
     "Ann Roe, who teaches law at Lenholm University"),
    ("“We will win,” said Ann Roe, who writes about the port for the Courier.",
     "Ann Roe, who writes about the port for the Courier"),
])
def test_what_the_speaker_did_after_the_tag_is_not_the_source(quotes, text, source):
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert text[q.speaker_span.start:q.speaker_span.end] == source


def test_party_members_on_a_body_are_the_source_with_it(quotes):
    # "on the committee" / "in Congress" says which members, not where they spoke
    text = "Democrats on the House Ethics Committee said the report was a whitewash."
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == "Democrats on the House Ethics Committee"


@pytest.mark.parametrize("text, source", [
    ("“It is dangerous,” said a spokesman in a statement.", "a spokesman"),
    ("The ferry firm lost money, according to its owners in a court filing.", "its owners"),
])
def test_the_medium_a_source_spoke_in_is_not_the_source(quotes, text, source):
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == source


def test_she_added_after_an_unnamed_speaker_goes_on_with_that_speaker(quotes):
    # A named woman was a subject earlier, but the neighbour spoke since: "added" goes on with the neighbour.
    text = ("Ann Roe had recently taken in a stray dog. A neighbour, who asked not to be named, said the house had "
            "been quiet. She added: “We were chatting on Friday.”")
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "A neighbour" and text[q.speaker_span.start:q.speaker_span.end] == "She"
    # a person named since the neighbour spoke is still the one the pronoun means
    text = ("A neighbour said the house had been quiet. Ann Roe had moved in last year. "
            "She added: “We were chatting on Friday.”")
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "Ann Roe"


def test_he_says_after_according_to_goes_on_with_that_source(quotes):
    # "He was later moved" (the worker) came before Voss was cited; the pronoun after the citation is Voss
    text = ("The injured worker, identified as Mark Tennant, was taken to a hospital. He was later moved to another "
            "hospital. Officers arrived with other teams, according to Commissioner Voss. He says most of the other "
            "workers were able to get out safely.")
    (q,) = [q for q in quotes(text) if q.kind == "indirect" and q.text.startswith("most of")]
    assert q.speaker == "Voss"


@pytest.mark.parametrize("text, source", [
    ("Vantrell's policy states: “Employees who are arrested must tell their manager within a day.”",
     "Vantrell's policy"),
    ("The league's conduct policy states: “Players who are arrested must tell the team at once.”",
     "The league's conduct policy"),
])
def test_a_policy_that_states_before_a_colon_speaks_the_quotation(quotes, text, source):
    # the parser read "states" as a plural noun with "policy" as its compound
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == source and text[q.speaker_span.start:q.speaker_span.end] == source


@pytest.mark.parametrize("text, said", [
    ("Ann Roe is hemmed in by her record: she and her husband supported the Lenholm trade pact.",
     [("she and her husband", "the Lenholm trade pact")]),
    ("Mark Tennant wants to cut taxes for the rich; Dana Whitfield backs tougher rules for the banks.",
     [("Mark Tennant", "to cut taxes for the rich"), ("Dana Whitfield", "tougher rules for the banks")]),
    ("Voss is no fan of the mayor — she opposed his budget twice.", [("she", "his budget")]),
])
def test_a_sentence_before_a_colon_semicolon_or_dash_is_not_what_the_verb_after_it_reports(quotes, text, said):
    # the parser hangs the clause before the break on the verb after it; that verb reports its own object
    got = [(text[q.speaker_span.start:q.speaker_span.end], q.text) for q in quotes(text) if q.kind != "scare"]
    assert got == said


@pytest.mark.parametrize("text, cue, noun", [
    ("Vantrell published a report that says the bridge is unsafe.", "says", "a report"),
    ("The Lenholm Institute is a think tank that opposes the toll.", "opposes", "a think tank"),
])
def test_a_relative_that_as_source_is_written_as_that_and_stands_for_its_noun(text, cue, noun):
    # PolNeAR writes the relative pronoun as the source ("that", as "who" and "which"); the name is its noun's
    from newsprism import nlp
    from newsprism.extract.entities import find_mentions
    from newsprism.extract.quotes import find_attributions
    doc = nlp.parse_one(text)
    (att,) = [a for a in find_attributions(doc, find_mentions(doc, None)) if a.cue_text == cue]
    assert text[att.source[0]:att.source[1]] == "that" and att.speaker == noun


@pytest.mark.parametrize("text, source", [
    ("New York (Wire) – Vice President Mark Tennant on Tuesday urged voters to back the ferry plan.",
     "Vice President Mark Tennant"),
    # no credited dateline: the phrase set off by dashes is part of the source
    ("Voters — and some mayors — say the toll is too high.", "Voters — and some mayors"),
])
def test_a_credited_dateline_opening_the_paragraph_is_not_part_of_the_source(quotes, text, source):
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert text[q.speaker_span.start:q.speaker_span.end] == source


@pytest.mark.parametrize("text, cue, source", [
    # "both" opening a coordination is part of the source, as PolNeAR writes it
    ("Both Dana Whitfield and Mark Tennant said the plan was too costly.", "said", "Both Dana Whitfield and Mark Tennant"),
    # a quantifier floated after the phrase is not
    ("Dana Whitfield and Mark Tennant both said the ferry plan was too costly.", "said", "Dana Whitfield and Mark Tennant"),
    ("Voss, Ann Roe and Olek Brand all said the ferry plan was too costly.", "said", "Voss, Ann Roe and Olek Brand"),
])
def test_both_opening_a_coordination_is_in_the_source_and_a_floated_quantifier_is_not(text, cue, source):
    assert [s for s, c, _ in _rule_attributions(text) if c == cue] == [source]


def test_a_stance_received_from_someone_is_the_givers():
    # "drew criticism from X", "has the support of X": the giver is the source, the receiver what it judges
    said = _rule_attributions("The levy has drawn sharp criticism from Mayor Ann Roe and other members of the council.")
    assert said == [("Mayor Ann Roe and other members of the council", "drawn sharp criticism", "The levy")]
    said = _rule_attributions("Dana Whitfield, a former judge, received support from most of the board.")
    assert said == [("most of the board", "received support", "Dana Whitfield, a former judge")]
    said = _rule_attributions("Voss has the support of the dock workers' union.")
    assert said == [("the dock workers' union", "has the support", "Voss")]
    # what may come, and a poll's share, are nobody's stance
    assert _rule_attributions("Voss will win the support of the union.") == []
    assert _rule_attributions("Roe has support from 52 percent of voters in Lenholm.") == []


def test_a_speaker_whose_relative_clause_the_parser_took_for_what_was_said():
    # the parser reads "One member, who … spoke …" as a clause "said" reports, leaving the verb no subject
    text = ("One member, who like others spoke on condition of anonymity, said the message was that the port "
            "would close.")
    assert _rule_attributions(text) == [("One member", "said", "the message was that the port would close")]


@pytest.mark.parametrize("text, source", [
    ("Rep. Ann Roe (D-Lenholm):\"I have not heard anyone other than you cite that figure.\"",
     "Rep. Ann Roe (D-Lenholm)"),
    ("Dana M. Whitfield: “The harbour board's analysis of party affiliation finds that 20 towns lean one way.”",
     "Dana M. Whitfield"),
    ("Turnout fell in the north - Dana Whitfield: “We found that, across the harbour towns, fewer voters came out.”",
     "Dana Whitfield"),
])
def test_a_name_with_points_or_after_a_headlines_dash_heads_its_quotation(text, source):
    # a title's or an initial's point, no space after the colon, a headline before a dash: still "Name: “…”"
    (said,) = _rule_attributions(text)
    assert said[:2] == (source, ":") and said[2].startswith(text[text.index(":", len(source)) + 1:].strip()[:12])
    # a verb before the colon is the verb's attribution, not a second one
    assert _rule_attributions("Mr. Brand said: “We will appeal the ruling.”") == [
        ("Mr. Brand", "said", "“We will appeal the ruling.”")]
