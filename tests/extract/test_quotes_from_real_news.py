"""Quote defects found by reading the extractor's output on real news bodies (FNC-1), each pinned here
with an invented sentence of the same shape: British single quotes, quoted cries, quoted titles,
speech that states nothing, "quoted X as saying", passive "was told", someone *from* a place, "according
to" a rule, a section label heading a line, a name running into an aside after a dash."""

import pytest


def _said(quotes, kind=None):
    return [(q.kind, q.speaker, q.text) for q in quotes if q.kind != "scare" and (kind is None or q.kind == kind)]


def test_straight_single_quotes_mark_a_direct_quote(quotes):
    qs = quotes("Maria Lopez addressed the crowd outside the court.\n\n'We want a fair hearing,' she said.")
    assert ("direct", "Maria Lopez", "'We want a fair hearing,'") in _said(qs)
    # the words inside are hers, not a statement of "We"
    assert not [q for q in qs if q.speaker == "We"]


def test_apostrophes_that_open_a_word_are_not_quotation_marks(quotes):
    qs = quotes("In the '90s the players' union grew fast and rock 'n' roll filled the halls, Ann Vale said.")
    assert not [q for q in qs if q.kind == "scare"]
    assert [q.speaker for q in qs if q.kind == "indirect"] == ["Ann Vale"]


def test_a_quoted_cry_before_he_said_is_his(quotes):
    qs = quotes("Tom Reyes stood on the steps of the hall. “We want real elections!” he shouted.")
    assert ("direct", "Tom Reyes", "“We want real elections!”") in _said(qs)


def test_a_quoted_programme_title_is_nobodys_statement(quotes):
    qs = quotes('In an interview on "Sixty Days," Ann Vale conceded that the plan had failed.')
    (title,) = [q for q in qs if "Sixty" in q.text]
    assert title.kind == "scare" and title.speaker is None
    assert ("indirect", "Ann Vale", "that the plan had failed") in _said(qs)


def test_not_saying_whether_states_nothing_and_a_refusal_is_one_act(quotes):
    qs = quotes("The ministry has not said whether the border is closed. "
                "The company declined to comment on the report. The mayor said 12 people were held.")
    assert _said(qs) == [("indirect", "The company", "to comment on the report"),
                         ("indirect", "The mayor", "12 people were held")]
    (q,) = quotes("The minister did not say that the border was closed.")
    assert q.cue == "not say" and q.text == "that the border was closed"


def test_quoted_as_saying_gives_the_words_to_the_one_quoted(quotes):
    qs = quotes("The agency quoted Ali Khan as saying that the talks had failed.")
    assert ("indirect", "Ali Khan", "that the talks had failed") in _said(qs)
    qs = quotes("Ali Khan was quoted as saying that the talks had failed.")
    assert _said(qs) == [("indirect", "Ali Khan", "that the talks had failed")]


def test_the_one_who_was_told_is_not_the_speaker(quotes):
    assert not [q for q in quotes("Ann Steward was told the school would send a letter.") if q.speaker == "Ann Steward"]
    qs = quotes("Ann Steward was told by the principal that the school would send a letter.")
    assert [q.speaker for q in qs if q.kind == "indirect"] == ["the principal"]


def test_someone_from_a_place_is_not_the_place(quotes):
    assert [q.speaker for q in quotes("A Texas teacher said the school was closed.")] == ["A Texas teacher"]
    assert [q.speaker for q in quotes("The Boston police said two people were arrested.")] == ["The Boston police"]
    # officials and governments do speak for their place
    assert [q.speaker for q in quotes("U.S. officials said the strike killed two commanders.")] == ["U.S."]


def test_according_to_a_rule_is_not_a_source(quotes):
    assert _said(quotes("Seats on the plane are assigned according to age.")) == []
    # a source it is, and the figure keeps its sign
    assert _said(quotes("The economy grew 3% according to the central bank.")) == [
        ("indirect", "the central bank", "The economy grew 3%")]


def test_a_section_label_heading_a_line_is_not_a_source(quotes):
    assert _said(quotes("NEWS: This woman turns insults into art and sells it.")) == []
    assert [q.speaker for q in quotes("Fox News: The senator will resign on Friday after the vote.")] == ["Fox News"]


def test_a_name_followed_by_an_aside_in_dashes_still_speaks(quotes):
    qs = quotes('Mr Tom Hill - now recovering from his injuries - said: "I was lucky to survive."')
    assert _said(qs) == [("direct", "Tom Hill", '"I was lucky to survive."')]


def test_an_armed_attack_on_a_place_is_not_a_statement(quotes):
    assert _said(quotes("Militants attacked a police station in the north on Monday.")) == []
    # a verbal attack on someone still is
    assert _said(quotes("Ann Vale attacked Tom Reyes over his speeches to bankers.")) == [
        ("indirect", "Ann Vale", "Tom Reyes over his speeches to bankers")]


def test_a_single_quote_running_over_paragraphs_stays_the_speakers(quotes):
    qs = quotes("The hospital spokesman said: 'The man had lost a lot of blood when he was brought in by the "
                "crew last night.\n\n'He is now in a stable condition and is expected to make a full recovery.'")
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 2 and {q.speaker for q in direct} == {"The hospital spokesman"}
    assert direct[0].text.startswith("'The man") and direct[1].text.startswith("'He is now")


def test_a_title_after_titled_or_called_is_nobodys_statement(quotes):
    qs = quotes('The group released a video titled "A Second Message To The World." on Tuesday, Ann Vale said.')
    (title,) = [q for q in qs if "Second Message" in q.text and q.text.startswith('"')]
    assert title.kind == "scare" and title.speaker is None


def test_countering_an_armed_group_is_not_answering_it(quotes):
    assert _said(quotes("NATO will help the Iraqi army counter the militants in the north.")) == []
    assert _said(quotes("Ann Vale countered the claim in a speech on Monday.")) == [
        ("indirect", "Ann Vale", "the claim in a speech on Monday")]


def test_a_reported_attitude_is_a_stance_and_words_are_speech(quotes):
    qs = quotes("The video shows soldiers crossing the river. Ann Vale said the bridge was closed. "
                "Officials believe the dam will hold. Tom Reyes urged residents to leave. "
                "According to police, two men fled. “We are safe,” Vale said.")
    acts = {q.text: q.act for q in qs}
    assert acts["soldiers crossing the river"] == "stance" and acts["the dam will hold"] == "stance"
    assert acts["the bridge was closed"] == acts["to leave"] == acts["two men fled"] == "speech"
    assert acts["“We are safe,”"] == "speech"


# A fourth sample of FNC-1 bodies (`## Reading audits`): the defects found more than once, on invented text.

def test_citing_someone_described_by_a_clause_names_who_spoke(quotes):
    assert _said(quotes("The news came in a report by a local website, citing a doctor named Olek Brand.")) == []
    assert _said(quotes("The Herald cites one person currently working for Vantrell in an unnamed unit.")) == []
    # citing someone with a clause of what they said still gives what was said
    said = _said(quotes("The Herald cited a nurse saying the mayor was hurt."))
    assert [t for _, _, t in said] == ["a nurse saying the mayor was hurt"]


def test_a_linking_word_before_an_aside_is_not_what_was_said(quotes):
    assert _said(quotes("First, he said, there was a dinner with Voss.")) == [
        ("indirect", "he", "there was a dinner with Voss")]
    said = _said(quotes("But, as the Herald points out, the quiet visit got mixed up with an old myth."))
    assert [t for _, _, t in said] == ["the quiet visit got mixed up with an old myth"]
    # a word of the statement itself stays
    said = _said(quotes("Slowly, Voss said, the town is recovering."))
    assert "Slowly" in [t for _, _, t in said]


def test_a_name_after_known_as_is_nobodys_words(quotes):
    qs = quotes('Voss said the seventh son turns into a beast, known as "el vargo", after his birthday.')
    (name,) = [q for q in qs if q.text == '"el vargo"']
    assert name.kind == "scare" and name.speaker is None


def test_a_name_the_parser_hung_on_the_quotation_speaks(quotes):
    qs = quotes("The group earns a lot.\n\n'The large-scale movement of heroin acts as a financial base for the "
                "group,' the Lenholm Drug Control Service said in a statement.")
    assert [(k, s) for k, s, _ in _said(qs)] == [("direct", "Lenholm Drug Control Service")]


def test_a_lead_in_sentence_ending_on_a_colon_hands_over_the_next_quotation(quotes):
    qs = quotes("The Lenholm Animal Trust released a statement to the Herald, explaining what happened to the cat "
                "after his owner found that he had been hit by a car:\n\n\"The cat appeared to be lifeless and the "
                "owner buried him. Five days later, the cat showed up in a neighbor's yard, alive!\"")
    (direct,) = [q for q in qs if q.kind == "direct"]
    assert direct.speaker == "Lenholm Animal Trust" and direct.cue == "explaining"
    qs = quotes("The report went on: 'Surgeries take place within a hospital and organs are quickly moved.'")
    assert [(q.kind, q.speaker, q.cue) for q in qs] == [("direct", "The report", "went on")]
    # a straight single quote introduced by a colon and closing its paragraph, however long
    long = ("The report went on: 'Surgeries take place within a hospital in the old town and the organs are then "
            "moved quickly through a network of couriers who work at night. Brand said that the organs come from "
            "fighters who were brought to the hospital, from people who were abandoned or from others who were "
            "taken from their homes.'\n\nThe trade grew fast.")
    qs = quotes(long)
    assert [(q.kind, q.speaker) for q in qs if q.kind != "scare"][0] == ("direct", "The report")


def test_a_closing_tag_after_a_comma_is_nobodys_reported_words(quotes):
    qs = quotes("A nurse at the Lenholm clinic told investigators about the doctor's conduct, a source close to "
                "the inquiry told the Herald.")
    said = _said(qs)
    assert ("indirect", "a source", "A nurse at the Lenholm clinic told investigators about the doctor's conduct") \
        in said
    assert not [t for _, _, t in said if "a source close" in t]


def test_a_party_member_named_in_apposition_is_the_speaker(quotes):
    qs = quotes("“It is impossible to ignore the gap,” said the top Democrat on the committee, Mark Tennant.")
    assert [(k, s) for k, s, _ in _said(qs)] == [("direct", "Mark Tennant")]
    # a party's members as a group stay the group
    assert [s for _, s, _ in _said(quotes("The Democrats said the plan was bad."))] == ["Democrats"]


def test_issued_in_a_statement_is_a_cue(quotes):
    qs = quotes("'The heroin trade funds the group and secures large profits for its leaders,' the Lenholm Drug "
                "Service issued in a statement.")
    assert [(k, s) for k, s, _ in _said(qs)] == [("direct", "Lenholm Drug Service")]
    # a single quotation opening its paragraph, however long, when only a short tag follows it
    qs = quotes("The agency spoke on Monday.\n\n'The trade in heroin acts as a financial base that aids the work of "
                "the group, which secures huge profits by providing half of the heroin supplied to the region through "
                "the border towns and some other heroin, which is sent from the east to the west,' the Lenholm Drug "
                "Service issued in a statement.")
    assert [(k, s) for k, s, _ in _said(qs)] == [("direct", "Lenholm Drug Service")]


def test_the_source_after_an_as_reported_by_aside_claims(quotes):
    qs = quotes("As reported by the Courier, a source with knowledge of the matter claims an agreement between "
                "Vantrell and Brennick is \"essentially a done deal.\"")
    said = _said(qs)
    # the outlet relays the source's claim; the claim and its quoted words are the source's
    assert ("indirect", "Courier",
            "a source with knowledge of the matter claims an agreement between Vantrell and Brennick is "
            "\"essentially a done deal.\"") in said
    assert ("indirect", "a source", "an agreement between Vantrell and Brennick is \"essentially a done deal.\"") \
        in said
    assert ("direct", "a source", "\"essentially a done deal.\"") in said


def test_the_noun_after_with_speaks_for_its_participle(quotes):
    qs = quotes("Vantrell is preparing to launch its first watch, with chief executive Dana Whitfield last week "
                "confirming that the company was due to begin selling the devices from April.")
    assert [(s, q.cue) for (_, s, _), q in zip(_said(qs), [q for q in qs if q.kind != "scare"])] == \
        [("Dana Whitfield", "confirming")]
    # a participle after a comma keeps the main clause's subject
    qs = quotes("Vantrell met with the unions, confirming that the plant will close.")
    assert [s for _, s, _ in _said(qs)] == ["Vantrell"]


def test_a_name_after_a_title_for_a_field_speaks(quotes):
    qs = quotes("Vantrell assistant manager for marketing Olek Brand told reporters, \"There are solutions to this "
                "problem.\"")
    assert [(k, s) for k, s, _ in _said(qs)] == [("direct", "Olek Brand")]
    # "a lawyer for X": the lawyer speaks
    qs = quotes("A lawyer for defendant Olek Brand told reporters that the case was weak.")
    assert [s for _, s, _ in _said(qs)] == ["A lawyer"]


def test_the_one_not_stopped_from_reporting_reports(quotes):
    qs = quotes("That detail didn't stop the Courier from blending the two customs and reporting that Voss "
                "adopted the boy to protect him.")
    assert [(s, t) for _, s, t in _said(qs)] == [("Courier", "that Voss adopted the boy to protect him")]


def test_acts_that_state_nothing_are_no_quotes(quotes):
    # a phone call, a missing-person report, names withheld
    qs = quotes("9:40 a.m., March 3: The Lenholm clinic called 911 with reports of a cardiac arrest. "
                "Base security staff reported them missing late Saturday after they visited a mall in Lenholm. "
                "Voss told reporters she had spoken to many agents. She did not identify them.")
    assert _said(qs) == [("indirect", "Voss", "she had spoken to many agents")]
    # a report that they were missing, a call on someone to act, a stance "identify with" stay
    qs = quotes("Police reported that the car was missing. The mayor called on residents to stay home.")
    assert [s for _, s, _ in _said(qs)] == ["Police", "The mayor"]


# ---------------------------------------------------------------- the fifth reading audit (ECB+ news)

def test_a_stock_ticker_in_brackets_is_no_headline_source(quotes):
    said = _said(quotes("Vantrell (NYSE: VTL) today announced it has signed an agreement to buy Lenholm."))
    assert said == [("indirect", "Vantrell", "it has signed an agreement to buy Lenholm")]


@pytest.mark.parametrize("text, speaker", [
    ("General Manager Ann Roe issued the following statement on the arrest:\n“We are aware of the issue "
     "involving Voss.\nWe take these issues very seriously.”", "Ann Roe"),
    ("The trust released a statement on Monday: “We are shocked by the news and we will help the families.”",
     "The trust"),
    # a long lead-in ending its line on the colon, the quotation over the lines after it
    ("The players had the day off.\nGeneral Manager A.J. Voss issued the following statement on Brand's arrest:\n"
     "“We are aware of the issue involving Brand.\nObviously, we are disappointed.\nWe take these issues very "
     "seriously.\nMoving forward, we will monitor the situation.”\nBrand was driving a truck, Roe said.", "A.J. Voss"),
    # a quoted term inside the lead-in sentence is no other quotation that stops the search for its verb
    ("The commissioner says he has put many officers through what is called “active shooter” training for new "
     "officers:\n“We have learned from other places that you cannot wait.\nThose officers did an outstanding job.”",
     "The commissioner"),
])
def test_a_statement_issued_before_a_colon_gives_the_quotation_after_it(quotes, text, speaker):
    (q,) = [q for q in _said(quotes(text), "direct") if "\n" in q[2] or "shocked" in q[2]]
    assert q[1] == speaker


def test_the_statement_a_named_source_issued_speaks_for_it(quotes):
    text = ("Lenholm Foods issued a statement early this morning announcing that the plant is closed.\n"
            "The statement expresses condolences for the families, saying, “This is a tragic loss for all of us.”\n"
            "It states that Lenholm is working closely with the authorities.")
    assert {s for _, s, _ in _said(quotes(text))} == {"Lenholm Foods"}
    # with no issuer named before, the statement stays the source as written
    assert _said(quotes("The statement said the plant would reopen.")) == [
        ("indirect", "The statement", "the plant would reopen")]


@pytest.mark.parametrize("text, speaker", [
    ("Vantrell observers had expected the refresh of the laptop.", "Vantrell observers"),
    ("Lenholm critics said the plan would fail.", "Lenholm critics"),
    ("A Vantrell spokesman said the plan would work.", "Vantrell"),  # a spokesman is the company's voice
])
def test_watchers_named_after_a_company_do_not_speak_for_it(quotes, text, speaker):
    assert [s for _, s, _ in _said(quotes(text))] == [speaker]


@pytest.mark.parametrize("text, names", [
    ("Voss called Brand a “true professional” and “ultimate team player” for his work.",
     ["“true professional”", "“ultimate team player”"]),
    ("He called Brand “the scum of the earth” and an “idiot,” pointing to a photo.",
     ["“the scum of the earth”", "“idiot,”"]),
])
def test_every_quoted_name_after_called_is_the_callers(quotes, text, names):
    qs = quotes(text)
    assert [q.text for q in qs if q.kind == "direct"] == names
    assert not [q for q in qs if q.kind == "scare"]
    qs = quotes("Voss called the “Lenholm Flyer” a fast train.")  # a title stays nobody's words
    assert [q.kind for q in qs if q.text == "“Lenholm Flyer”"] == ["scare"]


def test_what_a_company_claims_in_a_relative_clause_is_its_claim(quotes):
    said = _said(quotes("It uses a multi-cell design that Vantrell claims achieves three times the standard."))
    assert said == [("indirect", "Vantrell", "achieves three times the standard")]


def test_an_inch_mark_inside_a_quotation_does_not_close_it(quotes):
    qs = quotes("The laptop was launched as the “world's thinnest 17” notebook,” at only 0.98 inches thick.")
    assert [q.text for q in qs] == ["“world's thinnest 17” notebook,”"]
    # a figure closing one quotation before another opens stays its end
    qs = quotes("He said “the final score was 17” and then “we go home.”")
    assert "“the final score was 17”" in [q.text for q in qs]


def test_a_colon_lead_in_pasted_with_spaced_apostrophes_keeps_its_speaker(quotes):
    # a text pasted from a corpus that spaced every token: the clean stage rejoins "he ’ s" (a spaced
    # apostrophe had read as a closing quotation mark and stopped the search for the lead-in's verb)
    from newsprism.clean.lines import rejoin_apostrophes
    text = rejoin_apostrophes("Mark Tennant left the plant early.\nThe commissioner says he ’ s put many officers "
                              "through what ’ s called “ rapid entry ” training for new officers:\n“ We ’ ve learned "
                              "that you can ’ t wait.\nThose officers did an outstanding job. ”")
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert q.speaker == "The commissioner" and q.text.startswith("“ We’ve learned")


# ---------------------------------------------------------------- a sixth reading audit (saved news pages)

@pytest.mark.parametrize("text", [
    "That said, the Vantrell plan has merits.",
    "That being said, the Vantrell plan has its limits.",
    "Having said that, the council will meet again in May.",
])
def test_that_said_opening_a_sentence_is_no_speech(quotes, text):
    assert _said(quotes(text)) == []


def test_that_said_as_a_clause_is_still_speech(quotes):
    assert _said(quotes("Ann Roe repeated what Voss had said: that the plan was dead. She said that, too.")) != []


@pytest.mark.parametrize("text, speaker", [
    ("“Tell us the truth,” one Lenholm Post commenter said.", "one Lenholm Post commenter"),
    ("“Stop it,” one Vantrell Times reader said.", "one Vantrell Times reader"),
    ("Vantrell users said the update broke their phones.", "Vantrell users"),
])
def test_users_named_after_a_site_do_not_speak_for_it(quotes, text, speaker):
    assert [s for _, s, _ in _said(quotes(text))] == [speaker]


def test_every_quoted_piece_of_a_reported_clause_is_the_speakers(quotes):
    qs = quotes("Lenholm's envoy warned that the council “will not stand by” if the dispute “gets any worse”.")
    assert [(k, s, t) for k, s, t in _said(qs, "direct")] == [
        ("direct", "Lenholm's envoy", "“will not stand by”"),
        ("direct", "Lenholm's envoy", "“gets any worse”")]
    assert not [q for q in qs if q.kind == "scare"]


def test_the_readers_wishes_and_knowledge_are_no_attributions(quotes):
    text = ("If you want to move abroad, you should save. Just so you know, the rules change often. "
            "Depending on what you plan to do there, you will need a visa.")
    assert _said(quotes(text)) == []
    # "you" saying something, and "you" inside a quotation, stay
    qs = _said(quotes("“You know it is wrong,” Voss said. You said the plan would work, Voss told Ann Roe."))
    assert ("direct", "Voss", "“You know it is wrong,”") in qs and ("indirect", "You", "the plan would work") in qs


# ---------------------------------------------------------------- the sixth audit's speakers, followed up

@pytest.mark.parametrize("text", [
    "Like Vantrell head Mara Quist, Brennick CEO Olek Brand has spoken out against the tariff, saying it would hurt "
    "workers.",
    "Like Mara Quist, Olek Brand said the tariff would hurt workers.",
])
def test_the_name_compared_with_like_is_not_the_speaker(quotes, text):
    # the parser makes the name after "Like" the subject and the speaker its apposition
    assert {s for _, s, _ in _said(quotes(text))} == {"Olek Brand"}


def test_a_relative_clause_on_an_apposition_describes_the_person(quotes):
    qs = quotes("Mark Tennant, a career Lenholm Police officer who described the raid, said the door was open.")
    assert [s for _, s, _ in _said(qs)] == ["Mark Tennant", "Mark Tennant"]
    # with no person before it, a body's officer still speaks for the body, as before
    qs = quotes("A Lenholm Police officer who described the raid said the door was open.")
    assert {s for _, s, _ in _said(qs)} == {"Lenholm Police"}


@pytest.mark.parametrize("text", [
    "Olek Brand, the council leader, arrived late. Tom Reyes took the stage — “This is our moment,” he said.",
    "Olek Brand arrived late on Monday. Tom Reyes, the union head, waved at the crowd — “This is our moment,” "
    "he said.",
])
def test_a_quotation_after_a_dash_is_the_one_who_acted_before_it(quotes, text):
    # the parser hangs the scene before the dash on the quotation's tag: it is no reported clause, and
    # its subject, not a man named a sentence earlier, is the nearest fitting name for "he"
    assert _said(quotes(text)) == [("direct", "Tom Reyes", "“This is our moment,”")]


@pytest.mark.parametrize("text", [
    "It is not clear if Voss will return, according to Lenholm Reporter.",
    "It is not clear if Voss will return, according to the Lenholm Reporter.",
])
def test_an_outlet_named_after_its_town_is_the_outlet(quotes, text):
    # the tagger tags only the town: the outlet word after it names who reports
    (q,) = _said(quotes(text))
    assert q[1].endswith("Lenholm Reporter")
    # a town's officials still speak as written, a report from it too
    assert [s for _, s, _ in _said(quotes("Lenholm officials said Voss would return."))] == ["Lenholm officials"]


# Seventh reading audit (session 18): a sentence that hands a text to its subject ("X had a brief statement.",
# "X offered this insight.", "X's family issued an update, which reads:") before the quotation: the quotation
# is that subject's, not the speaker quoted before it (nor nobody's).
@pytest.mark.parametrize("lead, gap", [
    ("Her lawyer, Mark Tennant, had a short statement outside the court on Friday.", " "),
    ("Mark Tennant also offered this insight on the harbour vote.", "\n\n"),
    ("Mark Tennant issued a short update on Sunday, which reads:", " "),
])
def test_a_sentence_announcing_a_text_hands_the_quotation_to_its_subject(quotes, lead, gap):
    text = ("“The court got this wrong and we will appeal it,” Dana Whitfield said after the hearing.\n\n"
            f"{lead}{gap}“This ruling changes how every seller in the state will work from now on.”")
    speaker = "Mark Tennant"
    said = _said(quotes(text))
    assert ("direct", speaker, "“This ruling changes how every seller in the state will work from now on.”") in said


def test_a_quotation_after_a_plain_narration_still_goes_on_with_its_speaker(quotes):
    # no text announced: the paragraph-long quotation goes on with the last speaker, as before
    text = ("“The court got this wrong,” Dana Whitfield said after the hearing. She left at noon.\n\n"
            "“This ruling changes how every seller in the state will work from now on.”")
    said = _said(quotes(text))
    assert ("direct", "Dana Whitfield", "“This ruling changes how every seller in the state will work from now on.”") \
        in said


@pytest.mark.parametrize("text", [
    "Asked what it is about the ferries that keeps him there, Olek Brand said, \"I grew up on the night crossing "
    "and I never wanted another job.\"",
    "Asked what he thought of the new timetable for the harbour towns, Olek Brand said, \"It is a mistake. "
    "The crews were never asked.\"",
])
def test_the_one_asked_did_not_ask_when_asked_is_tagged_a_past_tense(quotes, text):
    # the tagger reads a sentence-opening "Asked what …," as a past tense: the question is nobody's statement
    qs = quotes(text)
    assert not [q for q in qs if q.cue == "Asked"]
    assert any(q.kind == "direct" and q.speaker == "Olek Brand" for q in qs)


# Seventh reading audit, follow-ups.
@pytest.mark.parametrize("text, speaker, words", [
    ("The debate turned sour late in the night. “You are just a liar,” Dana Whitfield barked back.", "Dana Whitfield",
     "“You are just a liar,”"),
    ("\"It was a good day for the harbour,\" Mark Tennant snapped back.", "Mark Tennant",
     "\"It was a good day for the harbour,\""),
    ("\"Go back to Lenholm,\" Olek Brand shot back at the reporter.", "Olek Brand", "\"Go back to Lenholm,\""),
])
def test_a_manner_verb_with_back_is_a_cue(quotes, text, speaker, words):
    qs = quotes(text)
    assert ("direct", speaker, words) in _said(qs)
    assert [q.cue for q in qs if q.kind == "direct"][0].endswith(" back")


def test_shot_back_that_reports_speech(quotes):
    (q,) = [q for q in quotes("Voss shot back that the council had never asked him.") if q.kind == "indirect"]
    assert (q.speaker, q.act) == ("Voss", "speech")


@pytest.mark.parametrize("text", [
    "Police said the suspect shot back at officers before fleeing the Lenholm depot.",
    "Voss snapped a photo of the crowd. He fired two aides on Monday.",
])
def test_manner_verbs_without_quoted_words_stay_no_cue(quotes, text):
    assert not [q for q in quotes(text) if q.cue and q.cue.split()[0] in ("shot", "snapped", "fired")]


@pytest.mark.parametrize("text, speaker", [
    ("A Vantrell councillor has said that the signs in the area show a community pushed to its limit.",
     "A Vantrell councillor"),
    ("The plan drew criticism from a string of Tory MPs who said it would fail.", "Tory MPs"),
    ("A Labour MP said the Lenholm vote was rigged.", "A Labour MP"),
])
def test_a_party_member_speaks_for_himself_not_for_the_party(quotes, text, speaker):
    assert [q.speaker for q in quotes(text) if q.kind == "indirect"] == [speaker]


def test_a_spokesman_still_speaks_for_the_body(quotes):
    assert [q.speaker for q in quotes("A Vantrell spokesman said the company would not comment.")
            if q.kind == "indirect"] == ["Vantrell"]


def test_a_quotation_opening_on_an_apostrophe_of_elision_goes_on_with_its_speaker(quotes):
    text = "\"They matter a lot,\" Ann Roe said. \"'Cause you can't take back what you said in front of millions.\""
    assert ("direct", "Ann Roe", "\"'Cause you can't take back what you said in front of millions.\"") in _said(quotes(text))


def test_straight_marks_quoted_inside_a_straight_quotation_do_not_split_it(quotes):
    quoted = ("\"People moved here in the hope of staying. Then the council decided to house people \"temporarily\", "
              "with no answer to how long that would be,\"")
    qs = quotes(quoted + " Dana Whitfield said.")
    assert _said(qs) == [("direct", "Dana Whitfield", quoted)]  # one record, not the pieces between the marks


# Eighth reading audit: "a payout that <investor> blasted … as “plainly unfair”" -- the relative pronoun stands
# for the thing judged; the quoted words after the verb are the speaker's, not a scare quote ("that" alone had
# been the statement).
@pytest.mark.parametrize("text, speaker, quoted", [
    ("The fund will leave with a payout that investor Olek Brand blasted on a call as “plainly unfair.”",
     "Olek Brand", "“plainly unfair.”"),
    ("Pilots were hurt by a blast that Mayor Ann Roe described as “a deliberate attack.”",
     "Ann Roe", "“a deliberate attack.”"),
])
def test_quoted_words_judging_a_relative_pronoun_are_the_speakers(quotes, text, speaker, quoted):
    said = _said(quotes(text))
    assert ("direct", speaker, quoted) in said
    assert not [s for s in said if s[2] == "that"]


def test_a_relative_pronoun_with_no_quotation_stays_what_is_said(quotes):
    assert ("indirect", "Voss", "which") in _said(quotes("Officials rejected the plan, which Voss had described as sound."))


# Ninth reading audit: verbs that speak only as a quotation's tag (quotes/subjects.py `_QUOTATION_TAG_ONLY`).
@pytest.mark.parametrize("text, speaker, words", [
    ('Dana Whitfield runs a bakery in Lenholm. "I wanted a place of my own," she shares with the magazine. '
     '"It took ten years."', "Dana Whitfield", '"I wanted a place of my own,"'),
    ("“Those goats were so smart,” remembers Mara Quist, a ranger with the trust, with a laugh.", "Mara Quist",
     "“Those goats were so smart,”"),
    ("The school wrote to parents. “This is a very serious incident,” Ann Roe penned.", "Ann Roe",
     "“This is a very serious incident,”"),
    ("“You are just a liar,” Voss interjected over the moderator.", "Voss", "“You are just a liar,”"),
    ('Ann Roe said that experts had found her plan strong, to which Olek Brand interjected: "It is just not true."',
     "Olek Brand", '"It is just not true."'),
])
def test_a_verb_of_sharing_or_remembering_tags_a_quotation(quotes, text, speaker, words):
    assert ("direct", speaker, words) in _said(quotes(text))


def test_the_quotation_after_a_shared_one_goes_on_with_its_speaker(quotes):
    qs = quotes('Dana Whitfield runs a bakery in Lenholm. "I wanted a place of my own," she shares with the '
                'magazine. "It took ten years."')
    assert ("direct", "Dana Whitfield", '"It took ten years."') in _said(qs)


@pytest.mark.parametrize("text", [
    "“A Proven Path,” Olek Brand shares the formula he used.",
    "Voss remembered the day well. Ann Roe penned a letter to the council.",
])
def test_sharing_remembering_and_penning_a_thing_are_no_quotation_tags(quotes, text):
    assert not [q for q in quotes(text) if q.kind == "direct"]


def test_they_after_a_family_issued_a_tribute_is_the_family_not_the_newspaper(quotes):
    text = ("A coroner is still looking into the death of Olek Brand, the Lenholm Herald has learned.\n\n"
            "The Herald has now learned that the case is with the senior coroner. Following the broadcast, "
            "Olek's family issued a tribute for him via the police.\n\n"
            "They said: \"This has been the worst time for our family.\"\n\n"
            "\"We thank the officers for their care.\"")
    assert [q.speaker for q in quotes(text) if q.kind == "direct"] == ["Olek's family", "Olek's family"]


def test_they_after_plural_people_stays_they(quotes):
    text = "Doctors and nurses worked through the night at Lenholm. They said the ward was full."
    assert [q.speaker for q in quotes(text) if q.kind == "indirect"] == ["They"]


@pytest.mark.parametrize("text", [
    "Mark Tennant spoke first. He's been called “reckless” and “arrogant,” which critics blame on his youth.",
    "For these reasons, Voss has been described as the “heart of the Lenholm dock.”",
])
def test_a_name_given_in_the_passive_is_not_the_named_ones_words(quotes, text):
    # the one called so did not say it, and neither did the critics of the clause after it
    assert [q.speaker for q in quotes(text) if q.text.startswith("“")] in ([None], [None, None])


@pytest.mark.parametrize("text, said", [
    ("Voss branded the delay “a disgrace”.", "“a disgrace”"),
    ("The council branded the delay 'totally unacceptable' on Monday.", "'totally unacceptable'"),
])
def test_quoted_words_branding_an_object_are_the_subjects(quotes, text, said):
    assert ("direct", text.split(" branded")[0], said) in _said(quotes(text))


@pytest.mark.parametrize("text", [
    "Nonetheless, it's worth noting that in 2015, the Vantrell board closed the port.",
    "It is worth remembering that Ann Roe said the Lenholm mill would shut.",
])
def test_it_is_worth_noting_is_the_writers_aside_not_a_quote_by_it(quotes, text):
    assert not [q for q in quotes(text) if q.speaker in ("it", "It")]



def test_a_long_quotation_in_curly_single_marks_closing_its_paragraph_is_whole(quotes):
    text = ("Inspector Mark Tennant of the Lenholm police said ‘People who steal from the harbour sheds give no "
            "thought to the fishermen who lose their catch and their income each winter. So our officers will keep "
            "watching the docks at night until Voss and the rest of his crew are caught and brought to court’.")
    (q,) = [q for q in quotes(text) if q.kind != "scare"]
    assert (q.kind, q.speaker) == ("direct", "Mark Tennant") and q.text.endswith("brought to court’")


@pytest.mark.parametrize("text", [
    "“You’re just a coward,” Voss, who is normally calm on stage, barked back.",
    "“You’re just a coward,” Voss, who had stayed quiet all night, barked back.",
    "“It will pass,” Voss, who has chaired the board since 2019, said on Monday.",
])
def test_a_tag_after_an_aside_about_the_speaker_is_hers(quotes, text):
    # the retort is kept though the model knows few verbs of manner, and the aside's verbs are no tag
    (said,) = _said(quotes(text))
    assert said[:2] == ("direct", "Voss") and said[2].startswith("“")


# Tenth reading audit: "<Name> issued a statement saying …" with no comma before "saying" (the participle hung on
# the text, not on the verb): the text's author speaks, not "a statement", and the quotation inside is the
# author's (it was left a scare quote with no speaker, or dropped with "a statement" as the source).
@pytest.mark.parametrize("text, speaker", [
    ("Mark Tennant issued a statement saying that “the Lenholm plant will close.”", "Mark Tennant"),
    ("Mark Tennant issued a statement Tuesday saying, “The Lenholm plant will close.”", "Mark Tennant"),
    ("The union sent a letter to management stating that workers “will not accept the cuts.”", "The union"),
    # the parser rooted the sentence on its subject, the main verbs hung on it as participles
    ("The group, the Lenholm Workers Coalition, formed in recent weeks and sent a letter to management earlier "
     "this month stating that they “don’t want to be defined by the greed of the company’s leadership.”",
     "Lenholm Workers Coalition"),
])
def test_a_text_put_out_saying_speaks_for_its_author(quotes, text, speaker):
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert direct and all(q.speaker == speaker for q in direct)


# Tenth reading audit: figures put out by a body speak for it ("according to guidance from the Mayo Clinic" had
# "guidance" as its speaker, as a report or a survey would not).
@pytest.mark.parametrize("text, speaker", [
    ("Unemployment in Lenholm fell to 4 percent, according to data from the Vantrell Labor Department.",
     "Vantrell Labor Department"),
    ("Voss had 2,205 delegates, according to a tally by the Brennick Press Association.", "Brennick Press Association"),
    ("The Vantrell show drew 32 million viewers, according to figures from Lenholm Media Research.",
     "Lenholm Media Research"),
])
def test_figures_from_a_body_speak_for_it(quotes, text, speaker):
    (said,) = _said(quotes(text))
    assert said[:2] == ("indirect", speaker)


# Tenth reading audit: two people named as one subject speak together ("Volker and Morrison said …" had gone to
# the first alone).
@pytest.mark.parametrize("text, speaker", [
    ("Dana Whitfield and Mark Tennant said that the Lenholm plant would close.", "Dana Whitfield and Mark Tennant"),
    ("Later in the day, Dana Whitfield, a former envoy, and Mark Tennant, another aide, testified.\n\n"
     "Whitfield and Tennant said that the call with Voss was not in line with the town's goals.",
     "Dana Whitfield and Mark Tennant"),
])
def test_people_named_together_speak_together(quotes, text, speaker):
    (said,) = _said(quotes(text))
    assert said[:2] == ("indirect", speaker)


# Eleventh reading audit: wire copy closing a quotation with two right single marks (“…,’’) had the quotation
# run on over its tag and the next sentence, with no speaker.
def test_two_right_single_marks_close_a_quotation(quotes):
    qs = quotes("“The count was fair,’’ Mara Quist, head of the Lenholm board, told reporters. “We will publish "
                "every figure.”")
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.text for q in direct] == ["“The count was fair,’’", "“We will publish every figure.”"]
    assert all(q.speaker == "Mara Quist" for q in direct)


# Eleventh reading audit: "While the plan did not suit <Name>, …, she said …" had gone to the woman who spoke
# before; the one person named in a concession opening the sentence is its he / she.
def test_the_person_of_an_opening_concession_is_the_pronoun(quotes):
    qs = quotes("“It was hard,” Dana Whitfield said. “We tried our best.”\n\n"
                "While the new plan did not suit Mara Quist, a county health officer, she said she would not "
                "criticise it.")
    assert ("indirect", "Mara Quist", "she would not criticise it") in _said(qs)


# Eleventh reading audit: "… that he said, "…," the office said" gave the words to the office that relays them; a
# speech verb with its own subject right before the comma opening a quotation is its speaker's.
def test_the_verb_before_the_comma_opening_a_quotation_speaks_not_the_relaying_tag(quotes):
    qs = quotes("Olek Brand called the Lenholm office twice.\n\n"
                "The clerk remembered that he said, \"You will pay for this,\" the Lenholm police said.")
    (direct,) = [q for q in qs if q.kind == "direct"]
    assert direct.speaker == "Olek Brand"


# Eleventh reading audit: the patient's own words left scare quotes with no speaker: "As he related, “…”" ("relate"
# speaks only in an "as" clause, as "put" does: "costs related to the war" is none), and a quotation that opens
# inside a clause "according to" someone and goes on past its sentence.
@pytest.mark.parametrize("text, speaker", [
    ("Voss took pills for a year. As Voss related, “the treatment lasted a year. I feel fine now.”", "Voss"),
    ("According to Voss, the pills “worked within two days. Then I changed my diet.”", "Voss"),
])
def test_a_patients_words_after_as_related_or_according_to_are_his(quotes, text, speaker):
    direct = [q for q in quotes(text) if q.kind in ("direct", "scare")]
    assert [(q.kind, q.speaker) for q in direct] == [("direct", speaker)]
    assert _said(quotes("The costs are related to the war in Lenholm.")) == []  # no "as" clause: no speech
