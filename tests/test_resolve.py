"""resolve: canonical entities across articles, each merge with its reason, and no over-merging."""
from dataclasses import replace

from newsprism.records import Article, ArticleExtraction, Claim, Mention, Quote, Span
from newsprism.resolve import resolve_entities


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", outlet=None, outlet_found=None, title=None, byline=None,
                   published=None, published_precision=None, published_found=None, language="en", text=text)


def _corpus(*articles: tuple[str, list[tuple[str, str] | tuple[str, str, str, str]]]):
    """Articles whose text is their mentions joined by ". "; each mention (text, label[, refers_to, reason])."""
    arts, exts = [], []
    for aid, mentions in articles:
        text, ms = "", []
        for m in mentions:
            start = len(text)
            text += m[0]
            ms.append(Mention(span=Span(aid, start, start + len(m[0])), text=m[0], label=m[1],
                              refers_to=m[2] if len(m) > 2 else None, reason=m[3] if len(m) > 3 else None))
            text += ". "
        arts.append(_article(aid, text))
        exts.append(ArticleExtraction(article_id=aid, mentions=tuple(ms)))
    return arts, exts


def _entity_of(entities, text):
    hits = [e for e in entities if e.name == text or text in e.aliases]
    assert len(hits) == 1, (text, [(e.name, e.aliases) for e in hits])
    return hits[0]


def _reason(entity, alias):
    return next(m.reason for m in entity.merges if m.alias == alias)


def test_alias_file_and_case_variants_make_one_entity_with_reasons():
    arts, exts = _corpus(("a", [("ISIS", "ORG"), ("Islamic state", "ORG")]),
                         ("b", [("Daesh", "PERSON"), ("ISIL", "ORG")]),
                         ("c", [("Islamic State", "ORG"), ("U.S.", "GPE")]),
                         ("d", [("United States", "GPE"), ("USA", "GPE"), ("US", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    isis = _entity_of(entities, "Daesh")
    assert isis.name == "Islamic State" and isis.type == "ORG"
    assert set(isis.aliases) == {"ISIS", "ISIL", "Daesh", "Islamic state"}
    assert _reason(isis, "Daesh") == "alias file"
    assert _reason(isis, "Islamic state") == "same name after normalising"
    assert len(isis.mentions) == 5
    us = _entity_of(entities, "U.S.")
    assert us.name == "United States" and us.type == "GPE" and len(us.mentions) == 4
    assert {e.name for e in entities} == {"Islamic State", "United States"}


def test_transliteration_variants_dashes_and_apostrophes_merge():
    arts, exts = _corpus(("a", [("Qassem Soleimani", "PERSON"), ("Abu Mahdi al-Muhandis", "PERSON")]),
                         ("b", [("Qasem Suleimani", "PERSON"), ("Abu Mahdi Al – Mohandes", "PERSON")]),
                         ("c", [("Abu Mahdi al Mohandes", "PERSON"), ("Kurdistan Workers’ Party", "ORG")]),
                         ("d", [("Kurdistan Workers' Party", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    soleimani = _entity_of(entities, "Qasem Suleimani")
    assert soleimani.name == "Qassem Soleimani" and len(soleimani.mentions) == 2
    assert _reason(soleimani, "Qasem Suleimani") == "transliteration variant"
    muhandis = _entity_of(entities, "Abu Mahdi Al – Mohandes")
    assert len(muhandis.mentions) == 3 and "Abu Mahdi al Mohandes" in muhandis.aliases
    pkk = _entity_of(entities, "Kurdistan Workers’ Party")
    assert len(pkk.mentions) == 2
    assert len(entities) == 3


def test_two_people_sharing_a_surname_stay_apart_and_a_bare_surname_is_not_guessed():
    arts, exts = _corpus(("a", [("John Smith", "PERSON"), ("Smith", "PERSON", "John Smith", "surname reference")]),
                         ("b", [("Jane Smith", "PERSON")]),
                         ("c", [("Smith", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    john = _entity_of(entities, "John Smith")
    jane = _entity_of(entities, "Jane Smith")
    assert john.id != jane.id
    assert len(john.mentions) == 2 and _reason(john, "Smith") == "surname reference"
    bare = [e for e in entities if e.name == "Smith"]
    assert len(bare) == 1 and len(bare[0].mentions) == 1  # neither John nor Jane: the text does not say


def test_a_bare_surname_joins_the_only_person_so_named():
    arts, exts = _corpus(("a", [("Jens Stoltenberg", "PERSON")]), ("b", [("Stoltenberg", "PERSON")]),
                         ("c", [("Jordan", "GPE")]), ("d", [("Michael Jordan", "PERSON"), ("Jordan", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    jens = _entity_of(entities, "Jens Stoltenberg")
    assert len(jens.mentions) == 2 and _reason(jens, "Stoltenberg") == "surname of the only person so named"
    michael = next(e for e in entities if e.name == "Michael Jordan")
    country = next(e for e in entities if e.name == "Jordan")
    assert country.type == "GPE" and len(country.mentions) == 1  # the person's surname is not the country
    assert len(michael.mentions) == 2


def test_acronym_defined_in_one_article_joins_its_bare_use_elsewhere_and_shorter_forms_join():
    arts, exts = _corpus(
        ("a", [("Halvard Provincial Water Authority", "ORG"),
               ("HPWA", "ORG", "Halvard Provincial Water Authority", "acronym defined in text")]),
        ("b", [("HPWA", "ORG")]),
        ("c", [("Provincial Water Authority", "ORG"), ("Water Authority", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(entities) == 1
    e = entities[0]
    assert e.name == "Halvard Provincial Water Authority" and len(e.mentions) == 5
    assert _reason(e, "HPWA") == "acronym defined in text"
    assert _reason(e, "Water Authority") == "shorter form of the name"
    assert next(m.score for m in e.merges if m.alias == "Water Authority") == 0.5


def test_a_shorter_form_matching_two_longer_names_stays_apart():
    arts, exts = _corpus(("a", [("Ohio National Guard", "ORG")]), ("b", [("Texas National Guard", "ORG")]),
                         ("c", [("National Guard", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(entities) == 3


def test_fuzzy_person_match_records_its_score_but_different_given_names_do_not_match():
    arts, exts = _corpus(("a", [("Saddam Hussein", "PERSON"), ("Hussein Suleimani", "PERSON"), ("Lenholm", "GPE")]),
                         ("b", [("Saddam Hussain", "PERSON"), ("Qassem Soleimani", "PERSON"), ("Lenholm", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    saddam = _entity_of(entities, "Saddam Hussain")
    merge = next(m for m in saddam.merges)
    assert merge.reason == "fuzzy match" and 0.84 <= merge.score < 1.0
    assert _entity_of(entities, "Hussein Suleimani").id != _entity_of(entities, "Qassem Soleimani").id


def test_a_place_the_parser_sometimes_calls_a_person_is_one_place():
    arts, exts = _corpus(("a", [("Ostmere", "PERSON"), ("Ostmere", "PERSON")]), ("b", [("Ostmere", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(entities) == 1 and entities[0].type == "GPE" and len(entities[0].mentions) == 3


def test_user_alias_file_adds_to_the_shipped_one(tmp_path):
    aliases = tmp_path / "mine.tsv"
    aliases.write_text("Vardel Dam\tFAC\tthe dam at Vardel | Orm dam\n", encoding="utf-8")
    arts, exts = _corpus(("a", [("Vardel Dam", "FAC")]), ("b", [("Orm dam", "ORG")]))
    plain_entities, _ = resolve_entities(arts, exts)
    assert len(plain_entities) == 2
    entities, _ = resolve_entities(arts, exts, alias_file=str(aliases))
    assert len(entities) == 1 and _reason(entities[0], "Orm dam") == "alias file"


def test_quote_speakers_and_claim_entities_are_tied_to_entity_ids():
    arts, exts = _corpus(("a", [("Jens Stoltenberg", "PERSON"), ("NATO", "ORG"),
                                ("Stoltenberg", "PERSON", "Jens Stoltenberg", "surname reference")]))
    text = arts[0].text
    ext = exts[0]
    q_said = Quote(id="q1", span=Span("a", 0, 5), text=text[:5], kind="direct", speaker="Jens Stoltenberg",
                   speaker_span=ext.mentions[2].span)
    q_desc = Quote(id="q2", span=Span("a", 0, 5), text=text[:5], kind="indirect", speaker="the spokesman")
    q_scare = Quote(id="q3", span=Span("a", 0, 5), text=text[:5], kind="scare")
    claim = Claim(id="c1", span=Span("a", 0, ext.mentions[1].span.end), text=text[:ext.mentions[1].span.end])
    ext = ArticleExtraction("a", ext.mentions, (q_said, q_desc, q_scare), (claim,))
    entities, (out,) = resolve_entities(arts, [ext])
    jens = _entity_of(entities, "Jens Stoltenberg")
    nato = _entity_of(entities, "NATO")
    assert [q.speaker_entity_id for q in out.quotes] == [jens.id, None, None]
    assert out.claims[0].entity_ids == (jens.id, nato.id)
    assert out.mentions == ext.mentions


def test_every_mention_in_exactly_one_entity_and_ids_do_not_depend_on_order():
    corpus = [("a", [("ISIS", "ORG"), ("Jens Stoltenberg", "PERSON"), ("Iraq", "GPE")]),
              ("b", [("Daesh", "ORG"), ("Stoltenberg", "PERSON"), ("Iraq", "GPE"), ("Baghdad", "GPE")]),
              ("c", [("Qasem Soleimani", "PERSON"), ("Iraqi", "NORP")])]
    arts, exts = _corpus(*corpus)
    entities, _ = resolve_entities(arts, exts)
    spans = [s for e in entities for s in e.mentions]
    assert sorted(spans) == sorted(m.span for x in exts for m in x.mentions)
    arts2, exts2 = _corpus(*reversed(corpus))
    again, _ = resolve_entities(arts2, exts2)
    assert {(e.id, e.name, e.mentions) for e in entities} == {(e.id, e.name, e.mentions) for e in again}


def test_given_names_that_look_like_arabic_articles_and_places_inside_longer_names_stay_apart():
    arts, exts = _corpus(("a", [("Ash Carter", "PERSON"), ("Jimmy Carter", "PERSON")]), ("b", [("Carter", "PERSON")]),
                         ("c", [("State University of New York", "ORG"), ("New York", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(entities) == 5  # "Carter" alone could be either man; New York is no short form of the university


def test_a_name_with_and_without_its_middle_name_or_initial_is_one_person():
    arts, exts = _corpus(("a", [("Mark Jay Tennant", "PERSON")]), ("b", [("Mark Tennant", "PERSON")]),
                         ("c", [("Mark J. Tennant", "PERSON")]), ("d", [("Mary Tennant", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    mark = _entity_of(entities, "Mark Jay Tennant")
    assert len(mark.mentions) == 3
    assert _reason(mark, "Mark Tennant") == _reason(mark, "Mark J. Tennant") == "middle name or initial"
    assert len(_entity_of(entities, "Mary Tennant").mentions) == 1  # another given name: another person


def test_a_name_without_a_middle_name_stays_apart_when_two_people_carry_it_in_full():
    arts, exts = _corpus(("a", [("George W. Harlow", "PERSON")]), ("b", [("George H. Harlow", "PERSON")]),
                         ("c", [("George Harlow", "PERSON")]), ("d", [("Ann Harlow", "PERSON"), ("Ann B. Harlow", "PERSON")]),
                         ("e", [("Ann Bea Harlow", "PERSON"), ("Ann Bo Harlow", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    for name in ("George W. Harlow", "George H. Harlow", "George Harlow"):
        assert len(_entity_of(entities, name).mentions) == 1, name
    # "Ann B. Harlow" could be either of two different middle names: it ties none of them together
    assert _entity_of(entities, "Ann Bea Harlow") != _entity_of(entities, "Ann Bo Harlow")


def test_british_and_american_spellings_and_state_abbreviations_are_one_name():
    arts, exts = _corpus(("a", [("Oakvale Recovery Centre", "ORG"), ("Calif.", "GPE")]),
                         ("b", [("Oakvale Recovery Center", "ORG"), ("California", "GPE")]),
                         ("c", [("Ministry of Defence", "ORG"), ("Ministry of Defense", "ORG")]),
                         ("d", [("Mo.", "GPE"), ("Missouri", "GPE")]),
                         ("e", [("Harlow Freight & Co.", "ORG"), ("Harlow Freight", "ORG"), ("Brisk Labs Inc.", "ORG")]),
                         ("f", [("Brisk Labs", "ORG"), ("East Vale Company", "ORG"), ("East Vale", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    centre = _entity_of(entities, "Oakvale Recovery Centre")
    assert len(centre.mentions) == 2 and "same name after normalising" in {m.reason for m in centre.merges}
    state = _entity_of(entities, "California")
    assert len(state.mentions) == 2 and _reason(state, "Calif.") == "alias file"
    assert len(_entity_of(entities, "Ministry of Defence").mentions) == 2
    assert _reason(_entity_of(entities, "Missouri"), "Mo.") == "alias file"
    # a company's legal form is no part of its name; the word "Company" is ("East Vale" is a place)
    assert len(_entity_of(entities, "Harlow Freight").mentions) == 2 and len(_entity_of(entities, "Brisk Labs").mentions) == 2
    assert _entity_of(entities, "East Vale Company") != _entity_of(entities, "East Vale")


def test_a_short_form_of_the_given_name_is_the_same_person_unless_two_full_forms_compete():
    arts, exts = _corpus(("a", [("William Ingram", "PERSON")]), ("b", [("Bill Ingram", "PERSON")]),
                         ("c", [("Edward Kern", "PERSON")]), ("d", [("Theodore Kern", "PERSON")]),
                         ("e", [("Ted Kern", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    william = _entity_of(entities, "William Ingram")
    assert len(william.mentions) == 2 and _reason(william, "Bill Ingram") == "short form of the given name"
    for name in ("Edward Kern", "Theodore Kern", "Ted Kern"):  # "Ted" may be either: no merge
        assert len(_entity_of(entities, name).mentions) == 1, name


def test_english_names_a_loose_spelling_key_confuses_stay_apart_and_generations_stay_apart():
    arts, exts = _corpus(("a", [("Tom Bradlee", "PERSON")]), ("b", [("Ann Bradley Hall", "ORG")]),
                         ("c", [("Bradley", "PERSON")]),
                         ("d", [("Paul Varn Jr.", "PERSON")]), ("e", [("Paul Varn", "PERSON")]),
                         ("f", [("Nico 'The Knife' Sarro", "PERSON")]), ("g", [("Nico Sarro", "PERSON")]),
                         ("h", [("Nico J. Sarro", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    assert _entity_of(entities, "Tom Bradlee") != _entity_of(entities, "Bradley")  # not the same letters
    assert _entity_of(entities, "Paul Varn Jr.") != _entity_of(entities, "Paul Varn")
    # a quoted nickname is no middle name: all three are one person
    assert len(_entity_of(entities, "Nico J. Sarro").mentions) == 3


def test_a_leading_initial_may_be_dropped_but_two_different_initials_are_two_people():
    arts, exts = _corpus(("a", [("R. Lane Ostrow", "PERSON")]), ("b", [("Lane Ostrow", "PERSON")]),
                         ("c", [("T. Ivo Brenn", "PERSON")]), ("d", [("K. Ivo Brenn", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    lane = _entity_of(entities, "R. Lane Ostrow")
    assert len(lane.mentions) == 2 and _reason(lane, "Lane Ostrow") == "middle name or initial"
    assert _entity_of(entities, "T. Ivo Brenn") != _entity_of(entities, "K. Ivo Brenn")


def test_surnames_with_particles_join_their_full_names():
    arts, exts = _corpus(("a", [("Elke van der Sloot", "PERSON")]), ("b", [("van der Sloot", "PERSON")]),
                         ("c", [("Marco Di Santo", "PERSON")]), ("d", [("Di Santo", "PERSON")]),
                         ("e", [("Otto von Brannick", "PERSON")]), ("f", [("Brannick", "PERSON")]),
                         ("g", [("Van Morrow", "PERSON")]), ("h", [("Sloot Sr.", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(_entity_of(entities, "Sloot Sr.").mentions) == 1  # not the surname of a man named without "Sr."
    assert _reason(_entity_of(entities, "Elke van der Sloot"), "van der Sloot") == "surname of the only person so named"
    assert _reason(_entity_of(entities, "Marco Di Santo"), "Di Santo") == "surname of the only person so named"
    assert _reason(_entity_of(entities, "Otto von Brannick"), "Brannick") == "surname of the only person so named"
    assert len(_entity_of(entities, "Van Morrow").mentions) == 1  # "Van" here is a given name


def test_a_rare_lone_given_name_joins_the_only_person_so_named_but_a_common_one_does_not():
    arts, exts = _corpus(("a", [("Kwabena Osei", "PERSON"), ("Dan Ruiz", "PERSON")]),
                         ("b", [("Kwabena", "PERSON"), ("Dan", "PERSON")]),
                         ("c", [("Tsegaye Bekele", "PERSON"), ("Tsegaye Alemu", "PERSON")]), ("d", [("Tsegaye", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    kwabena = _entity_of(entities, "Kwabena Osei")
    assert _reason(kwabena, "Kwabena") == "rare given name of the only person so named"
    assert len(_entity_of(entities, "Dan").mentions) == 1  # a common word: no guess
    assert len(_entity_of(entities, "Tsegaye").mentions) == 1  # two people so named


def test_a_nickname_alone_joins_the_one_person_named_with_it():
    arts, exts = _corpus(("a", [("Nico 'The Knife' Sarro", "PERSON")]), ("b", [("The Knife", "PERSON")]),
                         ("c", [("Knife", "PERSON")]), ("d", [("Ray 'Ace' Molo", "PERSON"), ("Tom 'Ace' Brin", "PERSON")]),
                         ("e", [("Ace", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    nico = _entity_of(entities, "Nico 'The Knife' Sarro")
    assert len(nico.mentions) == 3 and _reason(nico, "Knife") == "nickname given with the full name"
    assert len(_entity_of(entities, "Ace").mentions) == 1  # two men called Ace: no guess


def test_a_rare_surname_the_parser_called_a_place_joins_the_only_person_so_named():
    arts, exts = _corpus(("a", [("Gordon Vantrell", "PERSON"), ("Jordan", "GPE")]), ("b", [("Vantrell", "GPE")]),
                         ("c", [("Michael Jordan", "PERSON"), ("Nico Sarro", "PERSON")]), ("d", [("Sarro", "NORP")]))
    entities, _ = resolve_entities(arts, exts)
    gordon = _entity_of(entities, "Gordon Vantrell")
    assert gordon.type == "PERSON" and len(gordon.mentions) == 2
    assert _reason(gordon, "Vantrell").startswith("rare surname of the only person so named")
    assert _entity_of(entities, "Jordan").type == "GPE"  # a common word: the country stays the country
    assert _entity_of(entities, "Sarro").type == "NORP"  # "the Sarro family" is a group, not the man


def test_a_person_the_parser_once_calls_a_place_stays_a_person_when_articles_refer_to_them_as_one():
    arts, exts = _corpus(("a", [("Hal Brennick", "PERSON"), ("Brennick", "PERSON", "Hal Brennick", "surname reference")]),
                         ("b", [("Hal Brennick", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    (hal,) = entities
    assert hal.type == "PERSON" and len(hal.mentions) == 3


def test_a_name_written_surname_first_gives_its_first_word_as_the_surname():
    arts, exts = _corpus(("a", [("Voss Min-jae", "PERSON")]), ("b", [("Voss", "PERSON")]),
                         ("c", [("Dana Whitfield", "PERSON")]), ("d", [("Whitfield", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    voss = _entity_of(entities, "Voss Min-jae")
    assert len(voss.mentions) == 2 and _reason(voss, "Voss") == "surname of the only person so named"
    assert len(_entity_of(entities, "Dana Whitfield").mentions) == 2  # the usual order is unchanged


def test_a_name_beginning_with_an_alias_file_name_is_the_name_spelled_out():
    arts, exts = _corpus(("a", [("U.S. Lenholm Survey", "ORG"), ("UN Vantrell Office", "ORG")]),
                         ("b", [("United States Lenholm Survey", "ORG"), ("United Nations Vantrell Office", "ORG")]),
                         ("c", [("UK Lenholm Survey", "ORG"), ("UNRWA", "ORG")]),
                         ("d", [("UN Relief and Works Agency", "ORG"), ("IDF", "ORG"), ("Israeli Defence Forces", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    survey = _entity_of(entities, "U.S. Lenholm Survey")
    assert len(survey.mentions) == 2 and survey.name == "United States Lenholm Survey"
    assert _reason(survey, "U.S. Lenholm Survey") == "alias file"
    assert len(_entity_of(entities, "UN Vantrell Office").mentions) == 2
    assert len(_entity_of(entities, "UK Lenholm Survey").mentions) == 1  # another country's survey
    assert len(_entity_of(entities, "UNRWA").mentions) == 2  # an agency of the UN, not the UN
    assert _entity_of(entities, "UNRWA") != _entity_of(entities, "UN Vantrell Office")
    assert len(_entity_of(entities, "IDF").mentions) == 2


def test_a_spelling_that_writes_kh_for_k_is_still_a_close_match_of_the_same_person():
    arts, exts = _corpus(("a", [("Olek Abu Tarkan", "PERSON"), ("Mara Abu Tarkhan", "PERSON")]),
                         ("b", [("Olek Abu Tarkhan", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    olek = _entity_of(entities, "Olek Abu Tarkan")
    assert len(olek.mentions) == 2 and [m.reason for m in olek.merges] == ["fuzzy match"]
    assert len(_entity_of(entities, "Mara Abu Tarkhan").mentions) == 1  # his relative is someone else


def test_a_place_named_with_its_kind_is_the_place_but_a_proper_county_or_state_stays_apart():
    arts, exts = _corpus(("a", [("Lenholm province", "GPE"), ("Vantrell", "GPE"), ("Voss County", "GPE")]),
                         ("b", [("Lenholm", "GPE"), ("Vantrell State", "GPE"), ("Voss", "GPE")]),
                         ("c", [("Quist Region", "ORG"), ("Quist", "GPE"), ("Brand county", "GPE"), ("Brand", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    lenholm = _entity_of(entities, "Lenholm province")
    assert lenholm.name == "Lenholm" and _reason(lenholm, "Lenholm province") == "place named with its kind"
    assert _entity_of(entities, "Brand county").name == "Brand"
    # "Vantrell State", "Voss County" may be other places than the town; an organisation is no place
    assert _entity_of(entities, "Vantrell State").id != _entity_of(entities, "Vantrell").id
    assert _entity_of(entities, "Voss County").id != _entity_of(entities, "Voss").id
    assert _entity_of(entities, "Quist Region").id != _entity_of(entities, "Quist").id


def test_a_bank_or_police_department_with_and_without_its_last_word_but_never_the_town():
    arts, exts = _corpus(("a", [("Vantrell Bank", "ORG"), ("Lenholm Police Department", "ORG"), ("Lenholm", "GPE"),
                                ("Voss Bank", "ORG")]),
                         ("b", [("Vantrell", "ORG"), ("Lenholm Police", "ORG"), ("Lenholm", "ORG"),
                                ("Voss", "ORG"), ("Voss Insurance", "ORG")]),
                         ("c", [("Ann Roe", "PERSON"), ("Quist Bank", "ORG"), ("Quist", "ORG"), ("Quist", "GPE")]))
    entities, _ = resolve_entities(arts, exts)
    vantrell = _entity_of(entities, "Vantrell")
    assert vantrell is _entity_of(entities, "Vantrell Bank")
    assert _reason(vantrell, "Vantrell") == 'organisation named with and without "Bank" or "Department"'
    police = _entity_of(entities, "Lenholm Police")
    assert police is _entity_of(entities, "Lenholm Police Department")
    assert _entity_of(entities, "Lenholm").id != police.id
    # "Voss" also names an insurer, "Quist" is also a place: the bank may be named after them
    assert _entity_of(entities, "Voss").id != _entity_of(entities, "Voss Bank").id
    assert _entity_of(entities, "Quist").id != _entity_of(entities, "Quist Bank").id


def test_an_organisation_with_and_without_its_web_address_ending_is_one_but_never_a_person():
    arts, exts = _corpus(("a", [("Vantrell", "ORG"), ("AnnRoe.com", "ORG"), ("Voss", "GPE"), ("Harbor", "ORG")]),
                         ("b", [("Vantrell.com", "ORG"), ("Ann Roe", "PERSON"), ("Lenholm.org", "ORG"), ("Voss", "ORG"),
                                ("Voss.com", "ORG"), ("Harbor.com", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    vantrell = _entity_of(entities, "Vantrell")
    assert vantrell is _entity_of(entities, "Vantrell.com")
    assert _reason(vantrell, "Vantrell.com") == "the name with its web address ending"
    assert _entity_of(entities, "AnnRoe.com").id != _entity_of(entities, "Ann Roe").id
    # a place (a city's newspaper site) and a common word are no organisation's site
    assert _entity_of(entities, "Voss.com").id != _entity_of(entities, "Voss").id
    assert _entity_of(entities, "Harbor.com").id != _entity_of(entities, "Harbor").id


def test_a_lone_given_name_after_a_relatives_surname_is_that_relative():
    def corpus(lone_descriptors):
        arts, exts = _corpus(("a", [("Olek Voss", "PERSON"), ("Ann Voss", "PERSON")]),
                             ("b", [("Voss", "PERSON"), ("Ann", "PERSON")]),
                             ("c", [("Mara", "PERSON"), ("Mara Quist", "PERSON"), ("Mara Brand", "PERSON")]))
        ext = exts[1]
        ms = list(ext.mentions)
        ms[1] = Mention(span=ms[1].span, text="Ann", label="PERSON", descriptors=lone_descriptors)
        exts[1] = ArticleExtraction(article_id="b", mentions=tuple(ms))
        return resolve_entities(arts, exts)[0]

    entities = corpus(("Voss’s stricken mother",))
    ann = _entity_of(entities, "Ann Voss")
    assert "Ann" in ann.aliases and _reason(ann, "Ann") == "given name of a relative of the person so named"
    # described otherwise ("a neighbour") or by another's surname, the common given name stays apart
    for other in (("a neighbour",), ("Brand's mother",), ("Voss's cousin",)):
        assert "Ann" not in _entity_of(corpus(other), "Ann Voss").aliases


def test_the_times_alone_is_the_one_times_its_article_names():
    arts, exts = _corpus(("a", [("Lenholm Times", "ORG"), ("Times", "ORG")]),
                         ("b", [("Times", "ORG"), ("Vantrell Post", "ORG"), ("Post", "ORG"), ("Voss Post", "ORG")]),
                         ("c", [("Times", "ORG"), ("Quist Times", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    # article b writes "Times" with no paper of that name, and a "Post" beside two papers so named
    assert "Times" not in _entity_of(entities, "Lenholm Times").aliases
    assert _entity_of(entities, "Post").id not in (_entity_of(entities, "Vantrell Post").id,
                                                    _entity_of(entities, "Voss Post").id)
    arts, exts = _corpus(("a", [("Lenholm Times", "ORG"), ("Times", "ORG")]),
                         ("c", [("Times", "ORG"), ("Lenholm Times", "ORG"), ("White House", "ORG"),
                                ("House", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    times = _entity_of(entities, "Lenholm Times")
    assert _reason(times, "Times") == "short name of the one newspaper its article names"
    assert _entity_of(entities, "House").id != _entity_of(entities, "White House").id


def test_a_two_letter_word_joins_an_alias_file_acronym_only_in_capitals():
    arts, exts = _corpus(("a", [("UN", "ORG"), ("Un", "ORG")]), ("b", [("Nato", "ORG"), ("NATO", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    assert _entity_of(entities, "UN").name == "United Nations"
    assert _entity_of(entities, "Un").name == "Un"
    assert _entity_of(entities, "Nato") is _entity_of(entities, "NATO")


def test_a_name_with_two_surnames_joined_by_de_is_also_written_with_either_surname():
    arts, exts = _corpus(("a", [("Marisa Quintero de Vell", "PERSON")]),
                         ("b", [("Marisa Vell", "PERSON"), ("Quintero de Vell", "PERSON")]),
                         ("c", [("Marisa Quintero", "PERSON"), ("Olek Vell", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    marisa = _entity_of(entities, "Marisa Quintero de Vell")
    assert {"Marisa Vell", "Marisa Quintero", "Quintero de Vell"} <= set(marisa.aliases), marisa.aliases
    assert _reason(marisa, "Marisa Vell") == "one of the two surnames of the only person so named"
    assert _entity_of(entities, "Olek Vell").id != marisa.id


def test_a_person_the_parser_often_calls_an_organisation_is_one_person():
    # the person's group holds a second full name ("Mark J. Tennant"), which kept the same-name rule out
    arts, exts = _corpus(("a", [("Mark Tennant", "PERSON"),
                                ("Tennant", "PERSON", "Mark Tennant", "surname reference")]),
                         ("b", [("Mark J. Tennant", "PERSON")]),
                         ("c", [("Mark Tennant", "ORG")]), ("d", [("Mark Tennant", "ORG")]),
                         ("e", [("Mark Tennant", "ORG")]), ("f", [("Mark Tennant", "ORG")]),
                         # never by surname, but as many mentions as a person as an organisation
                         ("g", [("Ann Roe", "PERSON"), ("Ann A. Roe", "PERSON")]), ("h", [("Ann Roe", "ORG")]),
                         ("i", [("Ann Roe", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    tennant = _entity_of(entities, "Mark J. Tennant")
    assert tennant.type == "PERSON" and len(tennant.mentions) == 7
    roe = _entity_of(entities, "Ann A. Roe")
    assert len(entities) == 2 and roe.type == "PERSON" and len(roe.mentions) == 4


def test_a_person_and_an_organisation_or_place_of_the_same_name_stay_apart_without_evidence():
    # a firm named after its founder, written far more often than he is and never by surname alone; a town
    arts, exts = _corpus(("a", [("Mark Tennant", "PERSON"), ("Mark J. Tennant", "PERSON"), ("Ann Roe", "PERSON")]),
                         ("b", [("Mark Tennant", "ORG"), ("Mark Tennant", "ORG"), ("Ann Roe", "GPE")]),
                         ("c", [("Mark Tennant", "ORG"), ("Ann Roe", "GPE"), ("Ann A. Roe", "PERSON"),
                                ("Roe", "PERSON", "Ann Roe", "surname reference")]))
    entities, _ = resolve_entities(arts, exts)
    kinds = sorted((e.type, len(e.mentions)) for e in entities)
    assert kinds == [("GPE", 2), ("ORG", 3), ("PERSON", 2), ("PERSON", 3)]


def test_a_hospital_or_clinic_written_with_and_without_its_kind_word_and_mt_for_mount():
    arts, exts = _corpus(("a", [("Mount Lenholm Hospital", "ORG"), ("Vantrell Endoscopy Clinic", "ORG")]),
                         ("b", [("Mt. Lenholm Hospital", "ORG"), ("Vantrell Endoscopy", "ORG")]),
                         ("c", [("Mount Lenholm", "FAC"), ("Mt. Lenholm", "LOC"), ("St Brennick Clinic", "ORG")]),
                         ("d", [("Voss Hospital", "ORG"), ("Voss", "GPE"), ("Saint Brennick Clinic", "ORG")]),
                         ("e", [("Mount Lenholm", "LOC")]))
    # "at Mount Lenholm hospital": the parser's place or facility is the hospital its descriptor says
    exts = [replace(x, mentions=tuple(replace(m, descriptors=("hospital",)) if m.text.endswith("Lenholm") else m
                                      for m in x.mentions)) for x in exts]
    entities, _ = resolve_entities(arts, exts)
    hospital = _entity_of(entities, "Mt. Lenholm")
    assert hospital.name == "Mount Lenholm Hospital" and len(hospital.mentions) == 5
    assert _reason(hospital, "Mt. Lenholm Hospital") == "same name after normalising"
    assert len(_entity_of(entities, "Vantrell Endoscopy").mentions) == 2
    assert len(_entity_of(entities, "St Brennick Clinic").mentions) == 2
    assert len(_entity_of(entities, "Voss Hospital").mentions) == 1  # the town's hospital is not the town


def test_a_place_written_with_and_without_republic_unless_the_alias_file_has_it():
    arts, exts = _corpus(("a", [("Vantrell Republic", "GPE"), ("Congo Republic", "GPE"), ("Lenholm Republic", "GPE")]),
                         ("b", [("Vantrell", "GPE"), ("Congo", "GPE"), ("Lenholm", "NORP")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(_entity_of(entities, "Vantrell Republic").mentions) == 2
    assert len(_entity_of(entities, "Congo Republic").mentions) == 1  # the other Congo may be meant
    assert len(_entity_of(entities, "Lenholm Republic").mentions) == 1  # "Lenholm" the people's adjective


def test_a_bare_surname_in_an_article_of_another_story_is_not_the_person_named_elsewhere():
    # Two stories: a council vote (Mara Quist, Mark Tennant, Olek Brandt) and a harbour storm, whose article
    # writes "Tennant" and "Olek Brand" among names none of the council articles gives.
    arts, exts = _corpus(("a", [("Mara Quist", "PERSON"), ("Lenholm Council", "ORG"), ("United States", "GPE")]),
                         ("b", [("Quist", "PERSON"), ("Lenholm Council", "ORG")]),
                         ("c", [("Quist", "PERSON"), ("Brennick Party", "ORG")]),
                         ("d", [("Mara Quist", "PERSON"), ("Brennick Party", "ORG"), ("Mark Tennant", "PERSON")]),
                         ("e", [("Quist", "PERSON"), ("United States", "GPE"), ("Voss", "PERSON")]),
                         ("f", [("Olek Brandt", "PERSON"), ("Lenholm Council", "ORG")]),
                         ("g", [("Tennant", "PERSON"), ("Olek Brand", "PERSON"), ("Vantrell Harbour", "LOC")]))
    entities, _ = resolve_entities(arts, exts)
    assert len(_entity_of(entities, "Mark Tennant").mentions) == 1
    assert len(_entity_of(entities, "Tennant").mentions) == 1  # the storm's Tennant: maybe someone else
    assert len(_entity_of(entities, "Olek Brand").mentions) == 1  # a close spelling there: another person
    # "Quist" in articles sharing a name with hers joins her (a country or a lone "Voss" ties no story, but
    # two of the three articles are tied)
    mara = _entity_of(entities, "Mara Quist")
    assert len(mara.mentions) == 5 and _reason(mara, "Quist") == "surname of the only person so named"


def test_a_club_named_by_its_plural_alone_joins_the_one_club_named_with_its_place():
    arts, exts = _corpus(("a", [("Vantrell Hawks", "ORG"), ("Vantrell", "GPE"), ("Mara Quist", "PERSON")]),
                         ("b", [("Hawks", "ORG"), ("Mara Quist", "PERSON")]),
                         ("c", [("Lenholm Lions", "ORG"), ("Voss Lions", "ORG"), ("Lenholm", "GPE"), ("Voss", "GPE")]),
                         ("d", [("Lions", "ORG"), ("Lenholm", "GPE")]),
                         ("e", [("Brennick Council Greens", "ORG"), ("Greens", "ORG")]))
    entities, _ = resolve_entities(arts, exts)
    hawks = _entity_of(entities, "Vantrell Hawks")
    assert len(hawks.mentions) == 2 and _reason(hawks, "Hawks") == "team named by the last word of its name"
    assert len(_entity_of(entities, "Lions").mentions) == 1  # two clubs of that name: no guess
    assert len(_entity_of(entities, "Greens").mentions) == 1  # no place before it: no club's name


def test_a_lone_name_in_articles_of_unrelated_stories_is_one_entity_per_story():
    arts, exts = _corpus(("a", [("Voss", "PERSON"), ("Lenholm Council", "ORG")]),
                         ("b", [("Voss", "PERSON"), ("Lenholm Council", "ORG"), ("Brennick Party", "ORG")]),
                         ("c", [("Voss", "PERSON"), ("Brennick Party", "ORG")]),
                         ("d", [("Voss", "PERSON"), ("Vantrell Harbour", "LOC")]),
                         ("e", [("Voss", "GPE"), ("Vantrell Harbour", "LOC")]),
                         ("f", [("Voss", "PERSON")]))
    entities, _ = resolve_entities(arts, exts)
    voss = sorted((len(e.mentions), e.type, e.id) for e in entities if e.name == "Voss")
    # the council story's man (with the article that names nothing else), and the harbour story's "Voss",
    # which another article of that story calls a place
    assert [(n, t) for n, t, _ in voss] == [(2, "GPE"), (4, "PERSON")], voss
    assert len({i for _, _, i in voss}) == 2
