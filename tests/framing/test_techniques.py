"""Slogans, calls to action, rhetorical questions, exaggeration, doubt, scare quotes, fear."""
import pytest
from framing.builders import article, evidence, extraction, quote

from newsprism.framing import KINDS, frame_article, technique_of


def kinds_of(text):
    art = article("t1", "X", text)
    findings, _ = frame_article(art)
    return art, findings


def test_slogans_at_the_end_are_slogans():
    art, findings = kinds_of("The vote failed.\n\nDown with the junta!\n\nLong live the republic!")
    slogans = [evidence(art, f) for f in findings if f.kind == "slogan"]
    assert slogans == ["Down with the junta!", "Long live the republic!"]


def test_doubt_cast_on_a_source_covers_what_it_doubts():
    art, findings = kinds_of('The so-called "peace mission" arrived with tanks.')
    doubt = [evidence(art, f) for f in findings if f.kind == "doubt"]
    assert doubt and doubt[0].startswith("so-called") and "peace mission" in doubt[0]


def test_scare_quotes_are_the_outlets_own_framing():
    art, findings = kinds_of('Troops arrived in the “middle east” again.')
    scare = [f for f in findings if f.kind == "scare-quote"]
    assert scare and "middle east" in evidence(art, scare[0]) and scare[0].whose == "outlet"


def test_exaggeration_over_all_time():
    art, findings = kinds_of("It was the worst betrayal in history, a disgraceful day.")
    assert any(f.kind == "exaggeration" and "worst betrayal in history" in evidence(art, f) for f in findings)
    # said once: "in history" inside the superlative is not a second exaggeration (Session 19, fifth sample)
    assert [evidence(art, f) for f in findings if f.kind == "exaggeration"] == ["the worst betrayal in history"]


def test_a_question_with_a_cue_is_rhetorical():
    art, findings = kinds_of("The council met. Why do these corrupt clowns still hold office?")
    q = [f for f in findings if f.kind == "rhetorical-question"]
    assert q and evidence(art, q[0]).endswith("?")


PTC_TECHNIQUES = {"Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
                  "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
                  "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
                  "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring"}


def test_every_kind_maps_to_one_ptc_technique_or_none():
    assert technique_of("loaded") == "Loaded_Language"
    assert technique_of("label") == "Name_Calling,Labeling"
    assert technique_of("nonsense") == ""
    for kind, (technique, legend) in KINDS.items():
        assert legend and (technique == "" or technique in PTC_TECHNIQUES), kind


def test_non_english_and_empty_articles_get_no_findings():
    from dataclasses import replace

    art = article("t2", "X", "Abajo el gobierno corrupto!")
    assert frame_article(replace(art, language="es")) == ([], [])
    assert frame_article(article("t3", "X", "   ")) == ([], [])


def test_a_word_mentioned_a_letter_and_a_quoted_title_are_no_scare_quotes():
    for text in ('Dana Whitfield gave a lesson in Lenholm on the word "weird" as an insult.',
                 "The crowd in Lenholm flashed a “V” for victory after the count.",
                 "The Vantrell site carries articles including “Voss buys the moon” every week."):
        art, findings = kinds_of(text)
        assert not [f for f in findings if f.kind == "scare-quote"], text
    art, findings = kinds_of("Troops from Lenholm arrived in the “liberated” villages.")
    assert [f for f in findings if f.kind == "scare-quote"]


def test_a_quoted_fragment_ending_in_its_own_full_stop_is_speech_not_a_scare_quote():
    """Extraction gives scare-quote spans with their marks: the full stop inside the marks still shows a
    fragment of speech ('an "outrageous fabrication."')."""
    from framing.builders import extraction, quote

    art = article("t5", "X", "Ann Roe took aim at Voss in a statement, calling her account an "
                             "“outrageous fabrication.” The hearing is in May.")
    ext = extraction(art, quotes=[quote(art, "“outrageous fabrication.”", None, kind="scare")])
    findings, _ = frame_article(art, ext)
    assert not [f for f in findings if f.kind == "scare-quote"]


def test_mere_hours_after_says_how_soon_not_how_little():
    art, findings = kinds_of("The mayor of Lenholm resigned mere hours after the vote.")
    assert not [f for f in findings if f.kind == "minimisation"]
    art, findings = kinds_of("Voss was fined a mere 40 dollars for the Vantrell spill.")
    assert [f for f in findings if f.kind == "minimisation"]


def test_words_quoted_after_branded_or_warned_belong_to_who_branded_them():
    from framing.builders import extraction, quote

    art = article("t19", "X", "Police in Lenholm branded the brawl 'totally unacceptable' and warned officers "
                              "are 'determined' to stop it.")
    ext = extraction(art, quotes=[quote(art, "totally unacceptable", None, kind="scare"),
                                  quote(art, "determined", None, kind="scare")])
    findings, _ = frame_article(art, ext)
    assert not [f for f in findings if f.kind == "scare-quote"], [(f.kind, evidence(art, f)) for f in findings]


def test_let_me_and_a_signpost_are_no_calls_to_action():
    for text in ("“Let me put this in a bottle for you,” Olek Brand told the brewers of Lenholm.",
                 "- Read this fact: There are now 400 cameras in Lenholm schools, said Mara Quist."):
        art, findings = kinds_of(text)
        assert not [f for f in findings if f.kind == "call-to-action"], text
    art, findings = kinds_of("Let us march on Lenholm together.")
    assert [f for f in findings if f.kind == "call-to-action"]


def test_a_question_put_to_someone_is_no_rhetorical_question():
    art, findings = kinds_of('"What is it about Voss that you feel a personal connection to?" Dana Whitfield '
                             'asked Mark Tennant. "He listens," Tennant said.')
    assert not [f for f in findings if f.kind == "rhetorical-question"]
    for text in ('"Why should Lenholm pay for the failures of Vantrell?" Voss asked. The hall fell silent.',
                 '"Why should Lenholm pay for the failures of Vantrell?" asked Mara Quist. The hall fell silent.'):
        art, findings = kinds_of(text)
        assert [f for f in findings if f.kind == "rhetorical-question"], text


@pytest.mark.parametrize("text, overstated", [
    ("Voss, the oldest ever mayor of Lenholm, lost the youth vote.", False),
    ("The council cites a jobless rate under 4% for the longest stretch on record in Lenholm.", False),
    ('Voss "was the first mayor to stand at a picket line in history," Mark Tennant said.', False),
    ("It was the worst decision ever made in Lenholm.", True),
    ("Critics called it the greatest betrayal in history.", True),
])
def test_a_record_is_no_exaggeration(text, overstated):
    art, findings = kinds_of(text)
    assert bool([f for f in findings if f.kind == "exaggeration"]) == overstated, \
        [(f.kind, evidence(art, f)) for f in findings]


def test_the_last_thing_we_need_is_a_refusal_not_a_call():
    art, findings = kinds_of('"The last thing we need to do is to tell Lenholm what to do," Mara Quist said.')
    assert not [f for f in findings if f.kind == "call-to-action"]
    art, findings = kinds_of('"We need to march on Lenholm now," Mara Quist said.')
    assert [f for f in findings if f.kind == "call-to-action"]


def test_a_question_retold_inside_a_quote_is_dialogue_not_rhetoric():
    art, findings = kinds_of("“Every Friday the bartender would call my grandmother, ‘Hey, can you come get "
                             "Mr. Brand?’ She sent me to pick him up,” Olek Brand said.")
    assert not [f for f in findings if f.kind == "rhetorical-question"]
    art, findings = kinds_of("“Why should Lenholm pay for the failures of Vantrell?” Voss said.")
    assert [f for f in findings if f.kind == "rhetorical-question"]


# Session 19, second sample (saved news pages no framing rule was written on).
@pytest.mark.parametrize("text", [
    "The Lenholm team posted its numbers on Sunday.\n\n| DL | Olek Brand | 57 | 77% | 1 tackle. 3 QH. |",
    "LENHOLM (AP) —\n\nVoss scored 25 points on Sunday.",
    "Voss scored 25 points on Sunday.\n\nUP NEXT\n\nLenholm: hosts Vantrell on Friday.",
])
def test_a_table_cell_a_dateline_or_a_section_heading_is_no_slogan(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "slogan"], [(f.kind, evidence(art, f)) for f in findings]


def test_a_line_of_capitals_can_still_be_a_slogan():
    art, findings = kinds_of("The crowd marched on Lenholm.\n\nSTOP THE WAR NOW\n\nVoss did not answer.")
    assert [f for f in findings if f.kind == "slogan"]


@pytest.mark.parametrize("text", [
    "Brennick had a great game. Take a look at what the Lenholm analysts said about his performance:",
    "Read on to see my favorite picks for the holidays in Lenholm.",
    "Check out our picks for the ten best deals in Lenholm below.",
    "Read about that topic in the next article in this series.",
])
def test_a_pointer_to_the_page_is_no_call_to_action(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "call-to-action"], text


def test_a_call_to_act_stays_one():
    art, findings = kinds_of("Join the march on Lenholm below the town hall on Friday.")
    assert [f for f in findings if f.kind == "call-to-action"]


@pytest.mark.parametrize("text", [
    "Voss saved for thirty years. One of his biggest regrets? Not paying off his house before he retired.",
    "Most buyers use the list. The exception to the rule? Buyers in Lenholm, who trade with Vantrell.",
])
def test_a_teaser_answered_at_once_is_no_rhetorical_question(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "rhetorical-question"], text


def test_a_question_left_open_is_still_rhetorical():
    art, findings = kinds_of("Voss raised taxes again. Why should Lenholm pay for his mistakes? Nobody knows.")
    assert [f for f in findings if f.kind == "rhetorical-question"]


def test_a_disease_named_is_no_appeal_to_fear():
    art, findings = kinds_of("Doctors in Lenholm found pneumonic plague in two patients; bubonic plague can turn "
                             "into pneumonic plague if it reaches the lungs.")
    assert not [f for f in findings if f.kind == "fear"], [(f.kind, evidence(art, f)) for f in findings]
    art, findings = kinds_of("The plague will destroy us all, Voss warned the town of Lenholm.")
    assert [f for f in findings if f.kind == "fear"]


def test_a_time_ago_is_no_minimisation():
    art, findings = kinds_of("Just a few years ago my laptop in Lenholm could barely hold its charge.")
    assert not [f for f in findings if f.kind == "minimisation"], [(f.kind, evidence(art, f)) for f in findings]


@pytest.mark.parametrize("text", [
    "Any user in Lenholm can turn a profile into a “business” or “creator” one at any time.",
    "Those phones will not work on Vantrell's network (search for “fully unlocked phones” instead).",
    "LenFIRE is when someone has saved enough and lives on a “len” budget in Lenholm.",
])
def test_named_options_and_a_terms_own_name_are_no_scare_quotes(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "scare-quote"], [(f.kind, evidence(art, f)) for f in findings]


@pytest.mark.parametrize("text", ["We signed up anyway. I do, apparently!", "Lenholm takes time. Patience, my friend!",
                                  "It turned out I was braver. Money, too!"])
def test_a_short_exclamation_that_talks_to_the_reader_is_no_slogan(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "slogan"], [(f.kind, evidence(art, f)) for f in findings]


# Session 19, third sample (saved news pages no framing rule was written on): an interview's questions,
# clauses that are no calls, doubt words used plainly, sizes stated, a speaker's words after "argued".
def test_an_interviews_questions_are_no_rhetorical_questions():
    text = ("Dana Whitfield founded Lenholm Wigs in 2019.\n\n"
            "When you started, few shops sold coily wigs. What did you wear at the time?\n\n"
            "I bought a cheap wig at a beauty store and it tangled a lot.\n\n"
            "Why do you sell only at hospitals?\n\n"
            "Our patients are there, and we wanted to meet them where they are treated.\n\n"
            "Are there plans to sell online?\n\n"
            "Not yet, but we are always looking at new markets.")
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "rhetorical-question"], [evidence(art, f) for f in findings]
    # a writer's own questions, answered by more questions, stay rhetorical
    text = ("Could we have been this wrong?\n\nWe were told to trust Voss. Why did we listen?\n\n"
            "Why do you still believe him?\n\nWho gains from this? Not you.")
    art, findings = kinds_of(text)
    assert [f for f in findings if f.kind == "rhetorical-question"]


# Session 19, fifth sample: once a piece is an interview, all its question paragraphs are the interviewer's,
# with every question in them and whatever the answer says ("the US" is no first person).
def test_every_question_of_an_interview_is_the_interviewers():
    text = ("Mark Tennant has run Vantrell Bank for ten years.\n\n"
            "Why did you take the job?\n\n"
            "I was asked by the board, and I liked the people.\n\n"
            "The US dollar keeps falling. Do you still trust the dollar?\n\n"
            "Well, I do. It is the default currency.\n\n"
            "Some say the bank is too big. What is your opinion? Is it too big?\n\n"
            "Size is not the problem. Risk is.\n\n"
            "Were you surprised by the vote?\n\n"
            "We expected it, to be honest.")
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "rhetorical-question"], [evidence(art, f) for f in findings]


def test_the_question_headings_of_a_guide_are_no_rhetorical_questions():
    text = ("The Lenholm Open starts on Monday.\n\nWhen is the final?\n\nThe final is on Sunday at 3pm.\n\n"
            "Where is the tournament being held?\n\nAt the Vantrell Arena, as in every year since 2019.\n\n"
            "Who was last year's champion?\n\nDana Whitfield beat Ann Roe in three sets.")
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "rhetorical-question"], [evidence(art, f) for f in findings]
    # a writer's retorts, each on its own line, stay rhetorical
    text = ("Voss says the deal is fair.\n\nWhy would anyone believe that?\n\nThe numbers say otherwise.\n\n"
            "Who really gains?\n\nNot the workers.\n\nIs it any wonder they are angry?\n\nThey were promised more.")
    art, findings = kinds_of(text)
    assert len([f for f in findings if f.kind == "rhetorical-question"]) == 3


@pytest.mark.parametrize("text, call", [
    ("“That is not where we should be,” Voss said of the Lenholm talks.", False),
    ("“They never listen to what we have to say,” Mara Quist said.", False),
    ("“We have to ban the Vantrell deal now,” Mara Quist said.", True),
])
def test_a_clause_after_what_or_where_is_no_call_to_action(text, call):
    art, findings = kinds_of(text)
    assert bool([f for f in findings if f.kind == "call-to-action"]) == call, [evidence(art, f) for f in findings]


@pytest.mark.parametrize("text, doubted", [
    ("Voss is angry about the blaming and shaming of students in Lenholm.", False),
    ("“We are not supposed to get the scorecard,” Olek Brand said.", False),
    ("A boy used classmates' photos to create fake nude images in Lenholm.", False),
    ("The Lenholm vote was a sham, Voss said.", True),
    ("Voss dismissed the report as fake news.", True),
])
def test_doubt_words_used_plainly_cast_no_doubt(text, doubted):
    art, findings = kinds_of(text)
    assert bool([f for f in findings if f.kind == "doubt"]) == doubted, [(f.kind, evidence(art, f)) for f in findings]


@pytest.mark.parametrize("text, overstated", [
    ("The observatory's massive size lets it pick up faint signals from Lenholm.", False),
    ("Vantrell examines only a tiny fraction of the sky at any one time.", False),
    ("The team must store the enormous amount of data the dish collects.", False),
    ("Voss called the deal a massive betrayal of Lenholm.", True),
    ("The blackout was the latest in a series of massive outages by the Lenholm utility.", False),
])
def test_a_size_stated_is_no_exaggeration(text, overstated):
    art, findings = kinds_of(text)
    found = [f for f in findings if f.kind in ("exaggeration", "minimisation")]
    assert bool(found) == overstated, [(f.kind, evidence(art, f)) for f in findings]


def test_words_quoted_after_argued_are_the_speakers():
    art = article("a19", "X", "Explaining why he argued as recently as 2015 that pushing young men “up against "
                              "walls” was a smart policy for Lenholm.")
    ext = extraction(art, quotes=[quote(art, "“up against walls”", None, kind="scare")])
    findings, _ = frame_article(art, ext)
    assert not [f for f in findings if f.kind == "scare-quote"], [(f.kind, evidence(art, f)) for f in findings]


# Session 19, fourth sample (saved news pages no framing rule was written on): shouts in a scene, a run of
# review exclamations, a byline's contact line, negated minimisers, quoted headings, terms and names in quotes.
@pytest.mark.parametrize("text", [
    "Officers ran up the stairs of the Lenholm motel. “Open the door! We’re coming in!” an officer shouts.",
    "Olek Brand walked into the Lenholm cafe. “Don’t mind me!” he told them.",
    "“Very talented people! Super fun and lively! Funny moments! We recommend it.” – a Lenholm visitor",
    "Book your seats at the Lenholm theatre today.\n\nWe hope to see you soon!",
    "Thanks Vantrell!!",
])
def test_a_shout_in_a_scene_or_a_review_is_no_slogan(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind in ("slogan", "call-to-action")], \
        [(f.kind, evidence(art, f)) for f in findings]


def test_a_chant_stays_a_slogan():
    art, findings = kinds_of("The crowd filled the square in Lenholm. “Down with Voss!” the crowd chanted.")
    assert [f for f in findings if f.kind == "slogan"]


def test_a_contact_line_is_no_call_to_action():
    art, findings = kinds_of("Vantrell shares fell 5% on Monday.\n\nWrite to Ann Roe at ann.roe@example.com")
    assert not [f for f in findings if f.kind == "call-to-action"], [(f.kind, evidence(art, f)) for f in findings]
    art, findings = kinds_of("Write to your senator about the Lenholm dam today.")
    assert [f for f in findings if f.kind == "call-to-action"]


@pytest.mark.parametrize("text, played_down", [
    ("Losing phone service is not a mere inconvenience for Lenholm, Voss said.", False),
    ("It is not merely that Vantrell will not step back; it keeps raising the stakes.", False),
    ("Voss merely shrugged when asked about the Lenholm dam.", True),
])
def test_a_negated_minimiser_plays_nothing_down(text, played_down):
    art, findings = kinds_of(text)
    assert bool([f for f in findings if f.kind == "minimisation"]) == played_down, \
        [(f.kind, evidence(art, f)) for f in findings]


@pytest.mark.parametrize("text", [
    "Olek Brand testified on Tuesday about the Lenholm talks.\n\n3. \"Not some odd channel\"\n\nBrand said he "
    "worked with the envoy.",
    "U.S. imports of \"intermediate goods\" from Vantrell, such as pumps and motors, have risen in price.",
    "When thousands more residents launched “save the harbour” marches on Lenholm, police met them.",
])
def test_a_quoted_heading_a_term_with_examples_or_a_named_march_is_no_scare_quote(text):
    art, findings = kinds_of(text)
    assert not [f for f in findings if f.kind == "scare-quote"], [(f.kind, evidence(art, f)) for f in findings]


# Session 20, sixth sample: a greeting, a point in time, a count, a rule, candidates, a study's question and
# quoted words someone is reported to have said or that a definition names; the charged uses stay found.
@pytest.mark.parametrize("text, kind, found", [
    ("Good morning! This is the Lenholm news you need to know this Tuesday.", "slogan", False),
    ("Those facts suggest that at some point in history, the ancestors of mice made the receptors.",
     "exaggeration", False),
    ("The network plays a role in cancer and at least a handful of other diseases.", "minimisation", False),
    ("Ann Roe was basically seeing a cell type where it’s not supposed to be.", "doubt", False),
    ("The public knows almost nothing about these would-be presidents from Lenholm.", "doubt", False),
    ("But are all of the Lenholm ads equal for the firms that buy them?\n\nTo answer this question, the team "
     "analyzed billions of ads served in 2017.", "rhetorical-question", False),
    ("Vantrell's premier cheered the “historic” move on Tuesday.", "scare-quote", False),
    ("Lenholm's foreign minister criticised the move, warning of “dangerous consequences”.", "scare-quote", False),
    ("Duvet lung is a type of “hypersensitive pneumonitis” in which the airways become inflamed.", "scare-quote",
     False),
    ("Down with Voss!", "slogan", True),
    ("Voss supposedly won the Lenholm vote.", "doubt", True),
    ("The so-called experts of Lenholm were wrong.", "doubt", True),
    ("Why would anyone trust Voss with the Lenholm dam?", "rhetorical-question", True),
    ("Troops arrived in the “liberated” villages near Lenholm.", "scare-quote", True),
])
def test_plain_wording_is_no_technique(text, kind, found):
    art, findings = kinds_of(text)
    assert bool([f for f in findings if f.kind == kind]) == found, [(f.kind, evidence(art, f)) for f in findings]


def test_shop_lines_links_and_a_writers_lead_in_are_no_calls_to_action():
    """Session 21, seventh sample: a deal, a link, a contact line and a review's lead-in are the page's own
    furniture; a call to a cause stays one."""
    for text in ("Free delivery is available on every Lenholm kettle.",
                 "Save hundreds on the new Vantrell laptop",
                 "Read our full review of the Vantrell laptop here.",
                 "Listen to the Lenholm hour live at noon - or listen back here.",
                 "Contact Mara Quist at www.example.com or P.O. Box 1200, Lenholm.",
                 "We spent a week with the Vantrell laptop. Let's talk about it."):
        art, findings = kinds_of(text)
        assert not [f for f in findings if f.kind == "call-to-action"], text
    for text in ("Free the Lenholm prisoners now.", "Save the Lenholm harbour from the developers.",
                 "Let's march on Lenholm together."):
        art, findings = kinds_of(text)
        assert [f for f in findings if f.kind == "call-to-action"], text


def test_invitations_reported_questions_letters_and_a_how_heading_are_no_rhetorical_questions():
    """Session 21, seventh sample: questions the writer answers or only reports."""
    texts = ("The Lenholm fair opened in May. Shall we go back to the first night of the fair?",
             "Wondering how a pillow could make you ill? The Vantrell clinic has an answer.",
             "The debate failed to answer the question that has dogged the race: Who can voters trust? Both "
             "leaders dodged.",
             "The fever spread in Lenholm.\n\nHow is the fever spread?\n\nFleas carry it from rats to people.",
             "DEAR ANN: My brother never calls me back. Am I wrong to feel hurt? -- LEFT OUT IN LENHOLM\n\n"
             "DEAR LEFT OUT: Call him first. Upgrade the friendship!")
    for text in texts:
        art, findings = kinds_of(text)
        assert not [f for f in findings if f.kind in ("rhetorical-question", "slogan", "call-to-action")], text
    for text in ("The council met. How does any of this stop the floods?\n\nVoss left.",
                 "The council met. Why do these corrupt clowns still hold office?"):
        art, findings = kinds_of(text)
        assert [f for f in findings if f.kind == "rhetorical-question"], text


def test_voiced_reactions_handles_and_condition_names_are_no_scare_quotes():
    """Session 21, seventh sample: quoted words that are a reaction voiced, a handle, a synonym or a
    condition's name; a word held at a distance stays a scare quote."""
    texts = ('Buyers ranged from "it\'ll do" to "this is terrible" on the Vantrell keyboard.',
             "The party renamed its account “lenholmCheck” during the debate.",
             "Most patients get swollen glands, or “lumps”, in a week.",
             "“Pillow lung” may come from mould in old bedding.")
    for text in texts:
        art, findings = kinds_of(text)
        assert not [f for f in findings if f.kind == "scare-quote"], text
    art, findings = kinds_of('The mayor "acquired" a second car from the city fleet.')
    assert [f for f in findings if f.kind == "scare-quote"]


def test_a_hedged_absolute_and_a_cheering_pages_exclamations_are_no_framing():
    """Session 21, seventh sample: "doesn't always" hedges; on a page that cheers in every other line, one
    more short exclamation is its tone, not a slogan."""
    art, findings = kinds_of("The corrupt council doesn't always get there, but it is a disgraceful mess.")
    assert not [f for f in findings if f.kind == "exaggeration"]
    page = "\n\n".join(["The Lenholm fair opened today!", "The autumn sky was clear.", "Crowds came to the park!",
                        "The drummers played for an hour!", "Dancers from Vantrell joined them!",
                        "Turned into graceful dancers!", "The stage was full until late!", "The lanterns came on."])
    art, findings = kinds_of(page)
    assert not [f for f in findings if f.kind == "slogan"]
    art, findings = kinds_of("The vote failed.\n\nDown with the junta!\n\nNo more lies!")
    assert [f for f in findings if f.kind == "slogan"]
