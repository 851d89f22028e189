"""Entity mentions tidied from the parser's named entities, whatever the parser cut."""
import re

from spacy.tokens import Span as DocSpan

from newsprism import nlp
from newsprism.extract.entities import find_mentions


def _with_ents(text: str, ents: list[tuple[str, str]]):
    """A parse of `text` whose named entities are exactly `ents` (text, label), as a parser might give."""
    doc = nlp.parse_one(text)
    spans = []
    for piece, label in ents:
        start = text.index(piece)
        span = doc.char_span(start, start + len(piece), label=label)
        assert span is not None, piece
        spans.append(span)
    doc.ents = spans
    return doc


def test_a_name_cut_after_a_joining_word_is_joined_and_never_ends_in_it():
    text = ("Units operate under the umbrella of the Vantrell Coalition to Defeat Lenholm, Dana Whitfield said. "
            "The Ostrava Fund for will pay.")
    doc = _with_ents(text, [("Vantrell Coalition to", "ORG"), ("Defeat Lenholm", "ORG"),
                            ("Dana Whitfield", "PERSON"), ("Ostrava Fund for", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Vantrell Coalition to Defeat Lenholm", "ORG") in names, names
    assert ("Ostrava Fund", "ORG") in names, names
    assert not any(n.endswith((" to", " for")) for n, _ in names), names
    assert ("Defeat Lenholm", "ORG") not in names


def test_a_name_a_place_noun_describes_is_a_place_whatever_the_parser_called_it():
    text = ("Tanks moved on the southern town of Lenholm Vale. Strikes hit the cities of Vantrell and Voss. "
            "Troops entered the second largest city, Olek Brand, today. Shells hit the Quist refugee camp and "
            "al-Tennant school. Others stayed in Roe district. Mara Quist said so.")
    doc = _with_ents(text, [("Lenholm Vale", "PERSON"), ("Vantrell", "PERSON"), ("Voss", "ORG"), ("Olek Brand", "PERSON"),
                            ("Quist", "PERSON"), ("al-Tennant", "PERSON"), ("Roe", "ORG"), ("Mara Quist", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Lenholm Vale", "GPE") in names and ("Voss", "GPE") in names, names
    assert ("Vantrell", "GPE") in names and ("Olek Brand", "GPE") in names, names
    assert ("al-Tennant", "FAC") in names and ("Roe", "GPE") in names, names
    # "Quist" is the surname of a person the article names in full: the person's name stays a person
    assert ("Quist", "PERSON") in names and ("Mara Quist", "PERSON") in names, names


def test_a_rank_before_a_surname_is_a_title_and_a_police_force_is_no_person():
    text = ("Senior Trooper Olek Brand died. Trooper Brand had served for years, Lenholm Police said. "
            "Vantrell Fire and Rescue came.")
    doc = _with_ents(text, [("Olek Brand", "PERSON"), ("Trooper Brand", "PERSON"), ("Lenholm Police", "PERSON"),
                            ("Vantrell Fire", "PERSON")])
    found = find_mentions(doc, None)
    names = [(f.text, f.label) for f in found]
    assert ("Brand", "PERSON") in names and ("Lenholm Police", "ORG") in names, names
    assert ("Vantrell Fire", "ORG") in names, names
    assert next(f for f in found if f.text == "Brand").titles == ["Trooper"]


def test_an_acronym_never_defined_is_the_one_name_in_the_article_with_its_initials():
    from newsprism.extract.coref import link_within_article

    text = ("Lenholm State Police said the road was closed. An LSP officer arrived. The UN and Vantrell Bank "
            "said little; a VB spokesman declined. Voss Bridge Authority and Voss Border Agency met; VBA said no.")
    doc = _with_ents(text, [("Lenholm State Police", "ORG"), ("LSP", "ORG"), ("UN", "ORG"), ("Vantrell Bank", "ORG"),
                            ("VB", "ORG"), ("Voss Bridge Authority", "ORG"), ("Voss Border Agency", "ORG"),
                            ("VBA", "ORG")])
    found = {f.text: f for f in link_within_article(doc, find_mentions(doc, None))}
    assert found["LSP"].refers_to == "Lenholm State Police"
    assert found["LSP"].reason == "acronym of a name in the same article"
    assert found["VB"].refers_to == "Vantrell Bank"
    assert found["VBA"].refers_to is None  # two names carry those initials
    assert found["UN"].refers_to is None  # an alias-file acronym keeps its meaning


def test_times_time_zones_and_common_words_capitalised_by_position_are_no_names():
    text = ("Windows were blown out at 8.49pm. Bank personnel called Lenholm Police at 2045 GMT after a CCTV operator "
            "saw smoke. Secretary of State Dana Whitfield and Mark Tennant, Director of Operations, came. "
            "Vantrell Bank said the CCTV camera failed at 10:30.")
    doc = _with_ents(text, [("Windows", "ORG"), ("8.49pm", "ORG"), ("Bank", "ORG"), ("Lenholm Police", "ORG"),
                            ("2045 GMT", "ORG"), ("CCTV", "ORG"), ("State", "ORG"), ("Dana Whitfield", "PERSON"),
                            ("Mark Tennant", "PERSON"), ("Operations", "ORG"), ("Vantrell Bank", "ORG"),
                            ("10:30", "ORG")])
    names = {f.text for f in find_mentions(doc, None)}
    assert names == {"Lenholm Police", "Dana Whitfield", "Mark Tennant", "Vantrell Bank"}, names


def test_a_common_word_that_names_an_organisation_elsewhere_in_the_article_stays_a_name():
    text = "Windows was updated, Olek Brand said. He uses Windows daily. CCTV reported the news."
    doc = _with_ents(text, [("Windows", "ORG"), ("Olek Brand", "PERSON"), ("CCTV", "ORG")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names.count("Windows") == 1 and "CCTV" in names, names


def test_a_one_word_person_after_in_or_after_a_place_and_comma_is_a_place():
    text = "A shop in Lenholm burned. It stood in Voss, Vantrell. Voters trust in Tennant, Mark Tennant said. Quist spoke."
    doc = _with_ents(text, [("Lenholm", "PERSON"), ("Voss", "GPE"), ("Vantrell", "PERSON"), ("Tennant", "PERSON"),
                            ("Mark Tennant", "PERSON"), ("Quist", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Lenholm", "GPE") in names and ("Vantrell", "GPE") in names, names
    assert ("Tennant", "PERSON") in names and ("Quist", "PERSON") in names, names


def test_an_abbreviated_rank_before_a_name_is_no_person():
    text = "Police spokesman Snr. Comr. Ann Roe spoke, said Commander Col. Inf. Olek Brand. Mara Quist agreed."
    doc = _with_ents(text, [("Snr", "PERSON"), ("Ann Roe", "PERSON"), ("Inf", "PERSON"), ("Olek Brand", "PERSON"),
                            ("Mara Quist", "PERSON")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names == ["Ann Roe", "Olek Brand", "Mara Quist"], names


def test_a_surname_after_a_title_at_a_sentence_end_stays_a_person():
    text = "The deal was signed by President Tennant. Mara Quist said so, as did Mark Tennant."
    doc = _with_ents(text, [("Tennant", "PERSON"), ("Mara Quist", "PERSON"), ("Mark Tennant", "PERSON")])
    assert [f.text for f in find_mentions(doc, None)] == ["Tennant", "Mara Quist", "Mark Tennant"]


def test_a_title_of_address_makes_a_person_and_ends_no_name():
    text = ("A surgeon, Mr Olek Brand, doubted it. Following Mr Tennant's exit, Dana Whitfield spoke. "
            "Ann Roe's Golden Touch is a salon; Mara Quist's 'Big Night' aired.")
    doc = _with_ents(text, [("Mr Olek Brand", "ORG"), ("Following Mr", "ORG"), ("Dana Whitfield", "PERSON"),
                            ("Ann Roe's Golden Touch", "PERSON"), ("Mara Quist's 'Big Night", "PERSON")])
    found = find_mentions(doc, None)
    names = [(f.text, f.label) for f in found]
    assert ("Olek Brand", "PERSON") in names and next(f for f in found if f.text == "Olek Brand").titles == ["Mr"]
    assert not any(n.startswith("Following") for n, _ in names), names
    # a person's name ends at a possessive: the salon and the show are no part of it
    assert ("Ann Roe", "PERSON") in names and ("Mara Quist", "PERSON") in names, names


def test_a_role_word_inside_quoted_words_is_not_the_person_it_described():
    from newsprism.extract.coref import link_within_article

    text = ('A plastic surgeon, Olek Brand, doubted the claim. "The actions of the surgeon are unethical," he said. '
            'The surgeon later declined to comment.')
    doc = _with_ents(text, [("Olek Brand", "PERSON")])
    refs = [(f.text, f.refers_to) for f in link_within_article(doc, find_mentions(doc, None)) if f.source == "title"]
    assert refs == [("The surgeon", "Olek Brand")], refs


def test_two_names_before_a_plural_noun_are_two_and_an_acronym_after_a_or_an_is_a_common_noun():
    text = ("Olek Brand wrote for Lenholm Times and Vantrell Review magazines. He had to sign an NDA so he "
            "could not say more, a NATO ally said. The Voss Bank and Trust said nothing.")
    doc = _with_ents(text, [("Olek Brand", "PERSON"), ("Lenholm Times and Vantrell Review", "ORG"), ("NDA", "ORG"),
                            ("NATO", "ORG"), ("Voss Bank and Trust", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert names == [("Olek Brand", "PERSON"), ("Lenholm Times", "ORG"), ("Vantrell Review", "ORG"), ("NATO", "ORG"),
                     ("Voss Bank and Trust", "ORG")], names


def test_untagged_uses_of_an_acronym_defined_in_brackets_are_mentions_of_its_expansion():
    from newsprism.extract.coref import link_within_article

    text = ("The Lenholm Front (LF) said on Monday it held the town. An LF commander said so.\n"
            "WHAT LF WANTS\nDana Whitfield said LF fighters left.")
    doc = _with_ents(text, [("Lenholm Front", "ORG"), ("Dana Whitfield", "PERSON")])
    found = link_within_article(doc, find_mentions(doc, None))
    uses = [(text[:f.start].split()[-1], f.refers_to) for f in found if f.text == "LF"]
    assert uses == [("(", "Lenholm Front"), ("An", "Lenholm Front"), ("said", "Lenholm Front")], uses


def test_an_abbreviated_captain_an_era_and_a_given_name_the_parser_called_an_organisation():
    text = ("Cpt. Mara Quist and Cpt. Olek Brand left in 165 BC. Yannick Voss wrote to the court. "
            "Later Yannick wrote again, Yannick Voss said.")
    doc = nlp.parse_one(text)
    spans = [("Mara Quist", "PERSON", 0), ("Cpt", "LOC", 1), ("Olek Brand", "PERSON", 0), ("BC", "ORG", 0),
             ("Yannick Voss", "PERSON", 0), ("Yannick", "ORG", 1), ("Yannick Voss", "PERSON", 1)]
    starts = [[i for i in range(len(text)) if text.startswith(piece, i)][k] for piece, _, k in spans]
    doc.ents = [doc.char_span(a, a + len(piece), label=label) for a, (piece, label, _) in zip(starts, spans)]
    found = find_mentions(doc, None)
    names = [(f.text, f.label) for f in found]
    assert names == [("Mara Quist", "PERSON"), ("Olek Brand", "PERSON"), ("Yannick Voss", "PERSON"),
                     ("Yannick", "PERSON"), ("Yannick Voss", "PERSON")], names


def _title_refs(text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from newsprism.extract.coref import link_within_article

    doc = _with_ents(text, ents)
    return [(f.text, f.refers_to) for f in link_within_article(doc, find_mentions(doc, None)) if f.source == "title"]


def test_the_man_just_introduced_with_a_is_not_the_man_named_before():
    text = ("Officers were looking for a man wanted on a warrant. That man, Olek Brand, is now held. "
            "Deputy Mark Tennant went to a house. A woman answered the door and a man walked up behind her. "
            "Tennant asked the man for identification.")
    assert _title_refs(text, [("Olek Brand", "PERSON"), ("Mark Tennant", "PERSON")]) == []
    # the man named in apposition is still the man referred to after
    text = "A man, Olek Brand, was arrested on Friday. The man denied the charge."
    assert _title_refs(text, [("Olek Brand", "PERSON")]) == [("The man", "Olek Brand")]


def test_the_noun_of_a_phrase_opening_the_sentence_is_no_role_of_the_name_after_its_comma():
    text = ("Detective Dana Whitfield testified at the hearing. After the hearing, Brand, 43, was held without "
            "bail. The hearing lasted an hour.")
    assert _title_refs(text, [("Dana Whitfield", "PERSON"), ("Brand", "PERSON")]) == []
    # a noun the name stands in apposition to, outside such a phrase, is still its role
    text = "On Monday the league commissioner, Ann Lee, opened the draft. The commissioner said it went well."
    assert _title_refs(text, [("Ann Lee", "PERSON")]) == [("The commissioner", "Ann Lee")]


def test_a_prosecutors_office_or_a_rank_inside_a_name_is_a_title_of_the_person():
    from newsprism.extract.coref import link_within_article

    text = ("Prosecutor Gail Tennant argued the case. ADA Tennant said the evidence was clear. DA Voss declined "
            "to comment. Deputy D. A. Mara Quist will seek the penalty. Homicide Detective Mark Rendell testified. "
            "D. A. Brennick wrote a novel. The Lenholm Sheriff Office said nothing. Sheriff Vantrell County "
            "agreed.")
    doc = _with_ents(text, [("Gail Tennant", "PERSON"), ("ADA Tennant", "PERSON"), ("DA Voss", "ORG"),
                            ("D. A. Mara Quist", "PERSON"), ("Homicide Detective Mark Rendell", "ORG"),
                            ("D. A. Brennick", "PERSON"), ("Lenholm Sheriff Office", "ORG"),
                            ("Sheriff Vantrell County", "ORG")])
    found = link_within_article(doc, find_mentions(doc, None))
    names = [(f.text, f.label, f.refers_to) for f in found]
    assert ("Tennant", "PERSON", "Gail Tennant") in names, names
    assert ("Voss", "PERSON", None) in names and ("Mara Quist", "PERSON", None) in names, names
    assert ("Mark Rendell", "PERSON", None) in names, names
    assert next(f for f in found if f.text == "Mark Rendell").titles == ["Homicide", "Detective"]
    # initials before a lone surname, and an office named after a rank, stay as they were
    assert ("D. A. Brennick", "PERSON", None) in names and ("Lenholm Sheriff Office", "ORG", None) in names, names
    assert ("Sheriff Vantrell County", "ORG", None) in names, names


def test_a_person_with_a_figure_glued_to_letters_is_a_model_not_a_name():
    # a stage name with a figure apart from its letters, and a generation's ordinal, stay
    text = "The Vantrell X7 ships with 8GB of LNX4 memory. 10 Brennick and Mark Tennant 3rd were there."
    doc = _with_ents(text, [("Vantrell X7", "PERSON"), ("LNX4", "PERSON"), ("10 Brennick", "PERSON"),
                            ("Mark Tennant 3rd", "PERSON")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names == ["10 Brennick", "Mark Tennant 3rd"], names


def test_acronyms_of_devices_units_and_plays_used_as_common_nouns_are_no_names():
    # session 17, sixth reading audit: "enhanced AI technology", "128GB", "two TD passes" were organisations
    text = ("Vantrell sells phones with enhanced AI and camera tools and 128GB of storage. Each has USB-C ports and a "
            "SIM card. Olek Brand caught two TD passes and ran for a TD. Lenholm wants more games ASAP, Mara Quist said. "
            "TD Bank and AI Lenholm disagreed.")
    doc = _with_ents(text, [("Vantrell", "ORG"), ("AI", "ORG"), ("GB", "PERSON"), ("USB", "ORG"), ("SIM", "ORG"),
                            ("Olek Brand", "PERSON"), ("TD", "ORG"), ("Lenholm", "ORG"), ("ASAP", "ORG"),
                            ("Mara Quist", "PERSON"), ("TD Bank", "ORG"), ("AI Lenholm", "ORG")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names == ["Vantrell", "Olek Brand", "Lenholm", "Mara Quist", "TD Bank", "AI Lenholm"], names


def test_a_line_of_capitals_alone_between_paragraphs_is_a_heading_not_a_name():
    # session 17, sixth reading audit: a sports report's "TIP-INS", "UP NEXT" headings were organisations
    text = ("Vantrell beat Lenholm 98-90 on Friday.\n\nTIP-INS\n\nVantrell: Olek Brand missed a game.\n\n"
            "UP NEXT\n\nVantrell: Host Voss on Monday.\n\nVOSS\n\nThe Voss Tigers won.\n\nREUTERS\n\nASSOCIATED PRESS\n\n"
            "Mara Quist said so.\n\nBRENNICK ASSOCIATES")
    doc = _with_ents(text, [("Vantrell", "ORG"), ("Lenholm", "ORG"), ("TIP-INS", "ORG"), ("Olek Brand", "PERSON"),
                            ("UP NEXT", "ORG"), ("VOSS", "GPE"), ("Voss Tigers", "ORG"), ("REUTERS", "ORG"),
                            ("ASSOCIATED PRESS", "ORG"), ("Mara Quist", "PERSON"), ("BRENNICK ASSOCIATES", "ORG")])
    names = {f.text for f in find_mentions(doc, None)}
    assert "TIP-INS" not in names and "UP NEXT" not in names, names
    # a place, a news medium, an organisation the alias file knows and a last line (a credit) stay
    assert {"VOSS", "REUTERS", "ASSOCIATED PRESS", "BRENNICK ASSOCIATES", "Olek Brand", "Voss Tigers"} <= names, names


def test_a_state_code_after_a_comma_is_a_place_and_so_is_the_town_before_it_but_a_credential_is_nothing():
    # session 18, the sixth audit's entity leftovers: a tour list's "Irving, TX" was two organisations,
    # "Cuyahoga Falls, OH" a person; a health story's "<Name>, MD" was Maryland
    text = ("The tour plays Vantrell Arena, Lenholm, OH in June and Voss Hall, Brennick Falls, TX in July. "
            "Mark Tennant, MD, and Ann Roe, RD, spoke. Whitfield came too: Dana Whitfield, NY wrote the review.")
    doc = _with_ents(text, [("Vantrell Arena", "ORG"), ("Lenholm", "ORG"), ("OH", "ORG"), ("Voss Hall", "FAC"),
                            ("Brennick Falls", "PERSON"), ("Mark Tennant", "PERSON"), ("MD", "GPE"),
                            ("Ann Roe", "PERSON"), ("RD", "ORG"), ("Dana Whitfield", "PERSON"),
                            ("Whitfield", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Lenholm", "GPE") in names and ("OH", "GPE") in names and ("Brennick Falls", "GPE") in names, names
    assert "MD" not in dict(names) and "RD" not in dict(names), names
    # the venue, a person with a credential and a person the article names again stay as they were
    assert ("Vantrell Arena", "ORG") in names and ("Mark Tennant", "PERSON") in names, names
    assert ("Dana Whitfield", "PERSON") in names, names


def test_a_position_code_is_no_name_and_before_a_player_is_his_descriptor():
    # session 18: a snap-count table's "| DL |", "| LB |" and its header "| Player |" were organisations and
    # persons; "Chiefs WR <Name>" one organisation; "Thunder: F <Name>" an organisation
    text = ("Notes: Lenholm WR Olek Brand (knee) and DT Mark Tennant (foot) left early.\n\n"
            "Vantrell: F Mara Quist missed a game.\n\n| Pos | Player | Plays |\n| LB | Ann Roe | 74 |\n\n"
            "The best player was Ann Roe. They toured G Force Studios.")
    doc = _with_ents(text, [("Lenholm WR Olek Brand", "ORG"), ("DT Mark Tennant", "PERSON"), ("Vantrell", "ORG"),
                            ("F Mara Quist", "ORG"), ("Player", "ORG"), ("LB", "ORG"), ("Ann Roe", "PERSON"),
                            ("G Force Studios", "ORG")])
    found = find_mentions(doc, None)
    names = [(f.text, f.label) for f in found]
    assert names[:4] == [("Lenholm", "ORG"), ("Olek Brand", "PERSON"), ("Mark Tennant", "PERSON"),
                         ("Vantrell", "ORG")], names
    assert ("Mara Quist", "PERSON") in names and "Player" not in dict(names) and "LB" not in dict(names), names
    assert next(f for f in found if f.text == "Olek Brand").titles == ["WR"]
    # a single letter opens a player's name only where a list item begins
    assert ("G Force Studios", "ORG") in names, names


def test_a_common_noun_capitalised_by_a_line_or_a_spec_list_is_no_name():
    # session 18: "Riot police", "Wireless routers" opening a line, "wide Color", "a Homepage" were names
    text = ("Riot police fired tear gas in Lenholm. The riot ended late.\n\nWireless routers are cheap; "
            "wireless is everywhere. The Vantrell X has a bright screen and wide Color; the color is rich. You need "
            "a Homepage before a homepage menu. Glass sales rose, Mara Glass said. Olek Brand wrote for Time "
            "magazine at the time.")
    doc = _with_ents(text, [("Riot", "PERSON"), ("Lenholm", "GPE"), ("Wireless", "ORG"), ("Color", "PERSON"),
                            ("Homepage", "ORG"), ("Glass", "PERSON"), ("Mara Glass", "PERSON"), ("Olek Brand", "PERSON"),
                            ("Time", "ORG")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names == ["Lenholm", "Glass", "Mara Glass", "Olek Brand", "Time"], names


def test_an_outlet_cut_to_its_first_word_is_the_outlet_and_a_social_network_is_an_organisation():
    # session 18: an outlet "The <Town> Reporter" was the place "<Town>", "The Chronicle says" a person, and
    # "on Twitter" a person on three pages
    text = ("Ann Roe told The Lenholm Reporter on Friday. The Chronicle says she left. Mara Quist wrote on Twitter "
            "and Vantrell posted on Weibo. The Voss Times Square office closed.")
    doc = _with_ents(text, [("Ann Roe", "PERSON"), ("Lenholm", "GPE"), ("Chronicle", "PERSON"),
                            ("Mara Quist", "PERSON"), ("Twitter", "PERSON"), ("Vantrell", "ORG"), ("Weibo", "GPE"),
                            ("Voss", "GPE")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Lenholm Reporter", "ORG") in names and ("Chronicle", "ORG") in names, names
    assert ("Twitter", "ORG") in names and ("Weibo", "ORG") in names, names
    assert ("Voss", "GPE") in names, names  # "Times Square": no outlet


def test_a_one_word_person_after_the_is_a_team_and_a_name_run_into_a_headline_list_is_cut_back():
    # session 18: "the Thunder" was a person in a basketball report; a list of other stories' title-case
    # headlines ran "<Awards> Nominations" into one organisation
    text = ("Vantrell Music Awards\n\nOlek Brand Leads Vantrell Music Awards Nominations: See Full List\n\n"
            "Mara Quist scored 20 for the Thunder on Friday, the night the Lenholm Thunder won. The Quists and the "
            "Tennant family watched; Ann Tennant cheered for the Tennants, and the Joker laughed at the Voss Hotels.")
    doc = _with_ents(text, [("Vantrell Music Awards", "ORG"), ("Olek Brand", "PERSON"),
                            ("Vantrell Music Awards Nominations", "ORG"), ("Mara Quist", "PERSON"),
                            ("Thunder", "PERSON"), ("Lenholm", "GPE"), ("Quists", "PERSON"), ("Ann Tennant", "PERSON"),
                            ("Tennants", "PERSON"), ("Joker", "PERSON"), ("Voss Hotels", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert names.count(("Vantrell Music Awards", "ORG")) == 2 and ("Thunder", "ORG") in names, names
    # a family the article names in full stays people, and so does a character
    assert ("Tennants", "PERSON") in names and ("Ann Tennant", "PERSON") in names, names
    assert ("Joker", "PERSON") in names, names


def test_an_outlets_possessive_before_a_persons_name_makes_two_names_but_a_possessive_inside_a_name_stays():
    # session 18: "<Outlet>’s <Reporter>" was one person or organisation (6 on 30 texts read)
    text = ("Dana Whitfield and the Lenholm Group said NPR’s Ann Roe asked. The Vantrell Times’ Mark Tennant wrote that Lenholm Group’s "
            "Dana Whitfield left. The People’s Liberation Army, the Children’s Hospital, McDonald’s and "
            "Mara Quist’s Golden Touch stayed; Voss’s Olek Brand came.")
    doc = _with_ents(text, [("Dana Whitfield", "PERSON"), ("NPR’s Ann Roe", "PERSON"), ("Vantrell Times’ Mark Tennant", "ORG"),
                            ("Lenholm Group’s Dana Whitfield", "PERSON"), ("Lenholm Group", "ORG"),
                            ("People’s Liberation Army", "ORG"), ("Children’s Hospital", "ORG"),
                            ("McDonald’s", "ORG"), ("Mara Quist’s Golden Touch", "ORG"), ("Voss’s Olek Brand", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("NPR", "ORG") in names and ("Ann Roe", "PERSON") in names, names
    assert ("Vantrell Times", "ORG") in names and ("Mark Tennant", "PERSON") in names, names
    # a person the article names again after an organisation it names
    assert names.count(("Lenholm Group", "ORG")) == 2 and names.count(("Dana Whitfield", "PERSON")) == 2, names
    assert ("People’s Liberation Army", "ORG") in names and ("Children’s Hospital", "ORG") in names, names
    assert ("McDonald", "ORG") in names and ("Mara Quist’s Golden Touch", "ORG") in names, names
    # an owner the article does not name as an organisation is not split: "Voss" may be a person
    assert ("Olek Brand", "PERSON") not in names, names


def test_a_tour_lines_state_code_and_at_sign_are_cut_from_the_venue_and_a_capitals_dateline_is_a_place():
    # session 19, the eighth audit: a tour's "<Town>, <ST> @ <Venue>" lines were "<ST> @ <Venue>" organisations and
    # persons (about 20 junk), and "<TOWN>, S.C. (AP)" datelines organisations or persons
    text = ("LENHOLM, S.C. (AP) — The band announced dates.\n\nJune 10 – Vantrell, FL @ Brennick Credit Union "
            "Amphitheatre\nJune 12 – Voss, NC @ Quist Music Pavilion\n\nFans wrote to @Tennant. BRENNICK, the "
            "band's label, and VOSS, Ostravia stayed.")
    doc = _with_ents(text, [("LENHOLM", "ORG"), ("S.C.", "GPE"), ("Vantrell", "GPE"),
                            ("FL @ Brennick Credit Union Amphitheatre", "ORG"), ("Voss", "GPE"),
                            ("NC @ Quist Music Pavilion", "PERSON"), ("BRENNICK", "ORG"), ("VOSS", "ORG"),
                            ("Ostravia", "GPE")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("LENHOLM", "GPE") in names and ("Brennick Credit Union Amphitheatre", "ORG") in names, names
    assert ("Quist Music Pavilion", "FAC") in names, names
    assert not any("@" in n or n in ("FL", "NC") for n, _ in names), names
    # capitals inside a line are no dateline
    assert ("BRENNICK", "ORG") in names and ("VOSS", "ORG") in names, names


def test_a_full_name_the_parser_called_an_organisation_is_a_person_when_described_listed_or_named_again():
    # session 19, the eighth and ninth audits: "host <Name>", "<Name>, a trade professor", "<A>, <B> and <Name>"
    # and full names whose surname the article gives alone as a person were organisations
    text = ("Lenholm Times columnist Dana Whitfield wrote it. Mara Quist, a professor at Vantrell University, "
            "agreed. The tour drew Olek Brand, Ann Roe and Mark Tennant. Varo said so before Brennick Varo left. "
            "Voss Stanley said profits rose. Lenholm Capital, Ann Voss and Vantrell Partners signed. A Stop Varo "
            "movement grew.")
    doc = _with_ents(text, [("Lenholm Times", "ORG"), ("Dana Whitfield", "ORG"), ("Mara Quist", "ORG"),
                            ("Vantrell University", "ORG"), ("Olek Brand", "PERSON"), ("Ann Roe", "PERSON"),
                            ("Mark Tennant", "ORG"), ("Brennick Varo", "ORG"), ("Varo", "PERSON"),
                            ("Voss Stanley", "ORG"), ("Lenholm Capital", "ORG"), ("Ann Voss", "PERSON"),
                            ("Vantrell Partners", "ORG"), ("Stop Varo", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    for person in ("Dana Whitfield", "Mara Quist", "Mark Tennant", "Brennick Varo"):
        assert (person, "PERSON") in names, (person, names)
    # no cue: a company named like a person, a company listed with one person, an organisation's word
    assert ("Voss Stanley", "ORG") in names and ("Lenholm Capital", "ORG") in names, names
    assert ("Stop Varo", "ORG") in names, names  # a movement, though "Varo" is a person's surname
    assert ("Lenholm Times", "ORG") in names and ("Vantrell University", "ORG") in names, names


def test_a_named_persons_surname_stays_a_person_however_often_the_parser_called_it_an_organisation():
    # session 19, the ninth audit: a candidate's surname, tagged ORG four times and PERSON once, became ORG
    # everywhere but the full name's mention
    text = "Dana Whitfield spoke first. Whitfield said no. Whitfield left. Whitfield won. Whitfield lost."
    doc = nlp.parse_one(text)
    spans = [doc.char_span(0, 14, label="PERSON")]
    for k, start in enumerate(m.start() for m in re.finditer(r"(?<=\. )Whitfield", text)):
        spans.append(doc.char_span(start, start + 9, label="PERSON" if k == 1 else "ORG"))
    doc.ents = spans
    labels = [f.label for f in find_mentions(doc, None)]
    assert labels == ["PERSON"] * 5, labels


def test_a_name_set_off_after_the_head_of_a_body_is_the_head_a_person():
    text = ("In May the head of the Lenholm Water Agency, Vantrell, was visiting Brennick. The capital of the "
            "province, Ostrava, was calm.")
    doc = _with_ents(text, [("Lenholm Water Agency", "ORG"), ("Vantrell", "GPE"), ("Brennick", "GPE"),
                            ("Ostrava", "GPE")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Vantrell", "PERSON") in names and ("Brennick", "GPE") in names, names
    assert ("Ostrava", "GPE") in names, names  # a capital is no office: the place stays a place
    text = "In May the head of the Lenholm Water Agency, LWA, was visiting Brennick."
    doc = _with_ents(text, [("Lenholm Water Agency", "ORG"), ("LWA", "ORG"), ("Brennick", "GPE")])
    assert ("LWA", "ORG") in [(f.text, f.label) for f in find_mentions(doc, None)]  # the body's acronym


def test_a_name_before_the_word_area_is_a_place():
    text = "Jets struck border posts in the Al Vantrell area on Friday, Mara Quist said."
    doc = _with_ents(text, [("Al Vantrell", "ORG"), ("Mara Quist", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Al Vantrell", "GPE") in names and ("Mara Quist", "PERSON") in names, names


def test_a_word_in_lower_case_is_no_name_though_the_alias_file_knows_it():
    # session 20, the tenth audit: the verb "fed" was an organisation, merged into the Federal Reserve
    text = "The team fed the mice a new diet, Dana Whitfield said. The Fed kept its rates."
    doc = _with_ents(text, [("fed", "ORG"), ("Dana Whitfield", "PERSON"), ("Fed", "ORG")])
    names = [f.text for f in find_mentions(doc, None)]
    assert "fed" not in names and "Fed" in names and "Dana Whitfield" in names, names


def test_a_possessive_begins_no_name_and_a_person_ends_before_a_year_or_a_rank():
    # session 20, the tenth audit: "’s Haqqani", "Holcomb’s 2016", "Col" were persons
    text = ("The group’s Vantrell network grew. Donors gave to Whitfield’s 2016 election campaign. "
            "Lawmakers grilled Lt Col Mark Tennant on Friday.")
    doc = _with_ents(text, [("’s Vantrell", "PERSON"), ("Whitfield’s 2016", "PERSON"), ("Lt Col", "PERSON"),
                            ("Mark Tennant", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Vantrell", "PERSON") in names and ("Whitfield", "PERSON") in names, names
    assert not any(t in ("’s Vantrell", "Whitfield’s 2016", "Col", "Lt Col") for t, _ in names), names
    assert ("Mark Tennant", "PERSON") in names, names


def test_a_name_before_a_lower_case_hospital_prison_or_terminal_is_a_facility():
    text = "He was taken to Vantrell hospital, then to Brennick prison. Flights land at the Lenholm terminal."
    doc = _with_ents(text, [("Vantrell", "PERSON"), ("Brennick", "PERSON"), ("Lenholm", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert names == [("Vantrell", "FAC"), ("Brennick", "FAC"), ("Lenholm", "FAC")], names


def test_an_organisation_after_a_title_in_apposition_to_a_person_is_no_person():
    # session 20, the tenth audit: "<Name>, President <Company> North America" made the company a person,
    # and its nine lone mentions with it (the given-name rule)
    text = ("Vantrell, a maker of pumps, is based in Lenholm. Olek Brand, President Vantrell North America, "
            "says: “We are growing.” Vantrell employs 900 people.")
    doc = nlp.parse_one(text)
    last = text.rindex("Vantrell")
    doc.ents = [doc.char_span(0, 8, label="ORG"), doc.char_span(text.index("Lenholm"), text.index("Lenholm") + 7,
                                                                label="GPE"),
                doc.char_span(text.index("Olek"), text.index("Olek") + 10, label="PERSON"),
                doc.char_span(text.index("Vantrell North"), text.index("Vantrell North") + 22, label="PERSON"),
                doc.char_span(last, last + 8, label="ORG")]
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Vantrell North America", "ORG") in names and ("Olek Brand", "PERSON") in names, names
    assert [label for t, label in names if t == "Vantrell"] == ["ORG", "ORG"], names


def test_a_plural_noun_before_or_beside_names_refers_to_none_of_them():
    # session 20, the tenth audit: "the researchers <Name> and <Name>" made a later "The researchers" the first
    text = ("The prize went to the researchers Dana Whitfield and Mark Tennant in 2004. "
            "The researchers said the work took years.")
    assert _title_refs(text, [("Dana Whitfield", "PERSON"), ("Mark Tennant", "PERSON")]) == []
    text = "Ann Roe and Olek Brand, the parents of a pupil, sued the school. The parents said they were ignored."
    assert _title_refs(text, [("Ann Roe", "PERSON"), ("Olek Brand", "PERSON")]) == []


def test_a_name_run_over_a_lists_commas_is_the_lists_names_but_a_firms_name_stays_whole():
    # session 20, the tenth audit: "<Surname>, <Given name>" in a list of scandals was one organisation
    text = ("Critics named the old charges, Tennant, Quist, the tax returns and more. Mark Tennant denied them. "
            "Vantrell, Inc. and Roe, Quist & Brand sued.")
    doc = _with_ents(text, [("Tennant, Quist", "ORG"), ("Mark Tennant", "PERSON"), ("Vantrell, Inc.", "ORG"),
                            ("Roe, Quist & Brand", "ORG")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Tennant", "PERSON") in names and ("Quist", "ORG") in names, names
    assert ("Vantrell, Inc.", "ORG") in names and ("Roe, Quist & Brand", "ORG") in names, names


def test_a_name_after_a_group_noun_and_named_or_called_is_an_organisation():
    # session 20, the seeds: "A Shiite militia named “<Name>”" was a facility
    text = "A militia named “Saraya Vantrell” claimed the attack. Mara Quist named Brennick as her heir."
    doc = _with_ents(text, [("Saraya Vantrell", "FAC"), ("Mara Quist", "PERSON"), ("Brennick", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert ("Saraya Vantrell", "ORG") in names and ("Brennick", "PERSON") in names, names
    text = "She studied at the University of Lenholm, Vantrell, and moved."
    doc = _with_ents(text, [("University of Lenholm, Vantrell", "ORG")])
    assert [f.text for f in find_mentions(doc, None)] == ["University of Lenholm, Vantrell"]


def test_a_one_word_name_given_a_wife_or_a_son_is_a_person_in_all_its_mentions():
    # session 20, the tenth audit: a candidate's surname, tagged ORG ten times and PERSON eight, was ORG throughout
    text = "Critics attacked Voss’s wife. Voss survived. Later Voss won. Vantrell’s new owner paid Lenholm."
    doc = nlp.parse_one(text)
    spans = [doc.char_span(m.start(), m.end(), label="ORG") for m in re.finditer(r"Voss", text)]
    spans += [doc.char_span(text.index("Vantrell"), text.index("Vantrell") + 8, label="ORG"),
              doc.char_span(text.index("Lenholm"), text.index("Lenholm") + 7, label="ORG")]
    doc.ents = spans
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert names == [("Voss", "PERSON")] * 3 + [("Vantrell", "ORG"), ("Lenholm", "ORG")], names


def test_a_place_and_a_plural_the_parser_called_a_person_is_a_team_when_the_article_writes_the_plural_alone():
    # session 21: "<City> <Plural>" labelled a person made every "<Plural>" of the article a surname reference
    text = ("Mara Quist threw twice for the Hawks on Sunday, when the Vantrell Hawks beat Lenholm. The Williams "
            "sisters and Dana Williams watched.")
    doc = _with_ents(text, [("Vantrell Hawks", "PERSON"), ("Lenholm", "GPE"), ("Mara Quist", "PERSON"),
                            ("Hawks", "PERSON"), ("Williams", "PERSON"), ("Dana Williams", "PERSON")])
    names = [(f.text, f.label, f.refers_to) for f in find_mentions(doc, None)]
    assert ("Vantrell Hawks", "ORG", None) in names and ("Hawks", "ORG", None) in names, names
    assert not any(label == "PERSON" and "Hawks" in text for text, label, _ in names), names
    # "the Williams sisters": a plural before a noun is no team; the person stays a person
    assert ("Dana Williams", "PERSON", None) in names, names


def test_a_lower_case_word_or_a_clause_word_the_parser_ran_into_a_name_is_left_out():
    # session 21, the eleventh audit: "older <Product>", "trained to hunt <Name>" and "<Agency> that" were names
    # of their own beside the product, the name and the agency
    text = ("Owners of an older Vantrell Pro will notice it. Mara Quist told Lenholm Press that she left. "
            "Troopers trained to hunt Voss came. Brennick de Roe stayed. Voss fled. The anti-Lenholm group met.")
    doc = _with_ents(text, [("older Vantrell Pro", "ORG"), ("Mara Quist", "PERSON"), ("Lenholm Press that", "ORG"),
                            ("hunt Voss", "PERSON"), ("Brennick de Roe", "PERSON"), ("Voss fled", "PERSON"),
                            ("anti-Lenholm", "NORP")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names[:4] == ["Vantrell Pro", "Mara Quist", "Lenholm Press", "Voss"], names
    assert "Brennick de Roe" in names and "anti-Lenholm" in names, names


def test_a_credit_lists_role_glued_by_an_underscore_is_no_part_of_the_name():
    # session 21, the eleventh audit: a stage show's "Role_Given Family" credits gave "Art Director_<Name>" and
    # names without their first word ("Composer_Kim Dana Voss" → "Dana Voss", an organisation)
    text = "STAFF\n\nComposer_Quist Dana Voss, Art Director_Brand Olek Tennant, Lighting_Roe Ann"
    doc = _with_ents(text, [("Dana Voss", "ORG"), ("Art Director_Brand Olek Tennant", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert names == [("Quist Dana Voss", "PERSON"), ("Brand Olek Tennant", "PERSON")], names


def test_a_handle_a_post_box_a_street_and_a_model_number_are_no_persons():
    # session 21, the eleventh audit: "Twitter @<handle>", "P.O. Box <number>" and "<Name> Drive" were persons,
    # and so was a product "<Name> 3"
    text = ("Follow Mara Quist on Twitter @mquist. Write to P.O. Box 1234, Lenholm. He lives on Vantrell Drive. "
            "The laptop has four Brennick 3 ports.")
    doc = _with_ents(text, [("Mara Quist", "PERSON"), ("Twitter @mquist", "PERSON"), ("P.O. Box 1234", "PERSON"),
                            ("Lenholm", "GPE"), ("Vantrell Drive", "PERSON"), ("Brennick 3", "PERSON")])
    names = [(f.text, f.label) for f in find_mentions(doc, None)]
    assert names == [("Mara Quist", "PERSON"), ("Twitter", "ORG"), ("Lenholm", "GPE"), ("Vantrell Drive", "FAC"),
                     ("Brennick 3", "ORG")], names


def test_a_common_noun_opening_a_sentence_as_its_subject_is_no_person():
    # session 21, the eleventh audit: a paragraph's first word, a crop's name the article writes in lower case
    # elsewhere, was a person; a given name stays ("Grace" beside "grace")
    text = ("Farmers in Lenholm grow kelp.\n\nKelp was licensed there in May.\n\nGrace runs one farm; grace "
            "is a virtue, Olek Brand said.")
    doc = _with_ents(text, [("Lenholm", "GPE"), ("Kelp", "PERSON"), ("Grace", "PERSON"), ("Olek Brand", "PERSON")])
    names = [f.text for f in find_mentions(doc, None)]
    assert names == ["Lenholm", "Grace", "Olek Brand"], names
