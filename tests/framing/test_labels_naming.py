"""Labels attached to actors and naming choices across outlets, side by side."""
from framing.builders import article, evidence, extraction, mention

from newsprism.extract import extract_articles
from newsprism.framing import frame_article, frame_articles
from newsprism.framing.naming import divergent_entities
from newsprism.records import Entity, Span


def labels(art, ext=None):
    findings, _ = frame_article(art, ext)
    return [f for f in findings if f.kind in ("label", "mandatory-label")]


def test_the_operation_a_name_qualifies_and_a_disaster_chief_are_no_labels():
    text = "The Vantrell offensive into the valley went on. The provincial disaster chief Ann Roe visited Lenholm."
    art = article("l0", "X", text)
    ext = extraction(art, mentions=[mention(art, "Vantrell", "NORP", ("offensive",)),
                                    mention(art, "Ann Roe", "PERSON", ("provincial disaster chief",))])
    assert labels(art, ext) == [], [evidence(art, f) for f in labels(art, ext)]
    # a charged descriptor still is one
    art = article("l9", "X", "The Vantrell butchers went on.")
    ext = extraction(art, mentions=[mention(art, "Vantrell", "NORP", ("butchers",))])
    assert [evidence(art, f) for f in labels(art, ext)] == ["Vantrell butchers"]


def test_label_words_join_the_name_they_are_attached_to():
    art = article("l1", "X", "Troops sent by the US regime arrived while Zionist crime rings looted the port.")
    found = {evidence(art, f) for f in labels(art)}
    assert "US regime" in found
    assert "Zionist crime rings" in found


def test_a_descriptor_from_extraction_becomes_a_label_when_it_is_charged():
    text = "The Taliban freedom fighters entered the city. The incoming commander met them."
    art = article("l2", "X", text)
    ext = extraction(art, mentions=[mention(art, "Taliban", "ORG", ("freedom fighters",)),
                                    mention(art, "commander", "PERSON", ("incoming",))])
    found = labels(art, ext)
    spans = [evidence(art, f) for f in found]
    assert any("Taliban" in s and "freedom fighters" in s for s in spans), spans
    assert not any("incoming" in s for s in spans)  # a plain descriptor is naming, not a label
    assert all(f.technique == "Name_Calling,Labeling" for f in found)


def test_a_sponsor_compound_is_a_label():
    art = article("l3", "X", "Residents blamed Israeli-backed ISIS for the attack.")
    assert "Israeli-backed ISIS" in {evidence(art, f) for f in labels(art)}


def test_a_repeated_mandatory_phrase_is_a_label_not_a_claim():
    text = ("Officials met to discuss ISIL (organization banned in Russia). Aid will follow. "
            "ISIL (organization banned in Russia) lost ground in 2017.")
    art = article("l4", "X", text)
    findings, stances = frame_article(art)
    mandatory = [f for f in findings if f.kind == "mandatory-label"]
    assert len(mandatory) == 2
    assert all(evidence(art, f) == "(organization banned in Russia)" for f in mandatory)
    assert "repeated 2 times" in mandatory[0].reason and "not a claim" in mandatory[0].reason


def _three_outlets():
    a = article("n1", "Alpha", "ISIS fighters attacked the town. Washington sent aid.")
    b = article("n2", "Beta", "Daesh terrorists attacked the town. The US regime sent aid.")
    c = article("n3", "Gamma", "ISIL attacked the town. The United States sent aid.")
    exts = [
        extraction(a, [mention(a, "ISIS"), mention(a, "Washington", "GPE")]),
        extraction(b, [mention(b, "Daesh", "ORG", ("terrorists",)), mention(b, "US", "GPE", ("regime",))]),
        extraction(c, [mention(c, "ISIL"), mention(c, "United States", "GPE")]),
    ]
    return [a, b, c], exts


def test_naming_table_lines_up_outlets_for_one_resolved_entity():
    arts, exts = _three_outlets()
    isis = Entity("ent_isis", "Islamic State", "ORG", ("ISIS", "Daesh", "ISIL"),
                  mentions=tuple(m.span for e in exts for m in e.mentions if m.text in ("ISIS", "Daesh", "ISIL")))
    usa = Entity("ent_us", "United States", "GPE", ("Washington", "US"),
                 mentions=tuple(m.span for e in exts for m in e.mentions if m.label == "GPE"))
    framing = frame_articles(arts, exts, [isis, usa])
    rows = {(r.entity, r.outlet): r for r in framing.naming}
    assert rows[("Islamic State", "Alpha")].names == ("ISIS",)
    assert rows[("Islamic State", "Beta")].names == ("Daesh",)
    assert rows[("Islamic State", "Beta")].descriptors == ("terrorists",)
    assert rows[("Islamic State", "Gamma")].names == ("ISIL",)
    assert rows[("United States", "Beta")].descriptors == ("regime",)
    assert set(divergent_entities(framing.naming)) == {"ent_isis", "ent_us"}


def test_without_resolve_the_alias_file_still_lines_up_known_names():
    arts, exts = _three_outlets()
    framing = frame_articles(arts, exts, ())
    isis_rows = [r for r in framing.naming if r.entity == "Islamic State"]
    assert {r.outlet: r.names for r in isis_rows} == {"Alpha": ("ISIS",), "Beta": ("Daesh",), "Gamma": ("ISIL",)}
    assert len({r.entity_id for r in isis_rows}) == 1


def test_naming_is_the_same_whatever_the_input_order():
    arts, exts = _three_outlets()
    one = frame_articles(arts, exts)
    other = frame_articles(list(reversed(arts)), list(reversed(exts)))
    assert one == other


def test_a_legal_status_a_co_worker_and_a_crime_gang_are_no_labels():
    """"Convicted murderer" is what a court found; "a collaborator, Ann Roe," is a co-author; a gang named
    by the trade it runs is organised crime. The charged senses still are labels."""
    plain = article("l20", "X", "Convicted murderer Voss was moved to Lenholm. Dana Whitfield and a collaborator, "
                                "Ann Roe, wrote the book. Police say human trafficking mafias run the crossing.")
    assert labels(plain) == [], [evidence(plain, f) for f in labels(plain)]
    art = article("l21", "X", "Convicted murderer Voss was moved to Lenholm.")
    ext = extraction(art, mentions=[mention(art, "Voss", "PERSON", ("Convicted murderer",))])
    assert labels(art, ext) == [], [evidence(art, f) for f in labels(art, ext)]
    charged = article("l22", "X", "The murderer Voss walks free. The regime jailed traitors and collaborators. "
                                  "The Vantrell mafia runs the council.")
    found = {t for f in labels(charged) for t in f.terms}
    assert {"murderer", "collaborators", "mafia"} <= found, found


def test_party_elites_is_political_science_not_a_label():
    art = article("l19", "X", "Many party elites in Lenholm have doubts about Voss.")
    assert labels(art) == [], [evidence(art, f) for f in labels(art)]
    art = article("l20", "X", "Voss rails against the coastal elites of Lenholm.")
    assert labels(art)


def test_a_label_nouns_verb_form_names_no_one():
    # Session 19, third sample: "outlawed" is what a state did, not a label
    art = article("o19", "X", "Lenholm has outlawed the distribution of such images, Voss said.")
    findings, _ = frame_article(art)
    assert not [f for f in findings if f.kind == "label"], [(f.kind, evidence(art, f)) for f in findings]


def test_a_label_word_in_a_quoted_title_names_the_work():
    art = article("l19", "X", "Brennick is still known for one single of 1978. “What a Fool Believes.” It topped "
                              "the Lenholm chart.")
    assert not labels(art), [evidence(art, f) for f in labels(art)]
    art = article("l20", "X", "Only a fool would trust Vantrell with the Lenholm dam, Voss said.")
    assert labels(art)


def test_biologys_parasites_a_verb_a_majority_and_an_event_are_no_labels():
    # Session 20, sixth sample: label words in their plain senses
    for text in ("Tuft cells in the gut help the mice expel the parasites within days.",
                 "With help from the immune system, the body can fight off the invaders.",
                 "Voss faces charges of conspiring to hack government computers in Lenholm.",
                 "The Republican-controlled Senate passed the Lenholm bill on Tuesday."):
        art = article("l20", "X", text)
        assert labels(art) == [], (text, [evidence(art, f) for f in labels(art)])
    # a war's descriptor judges a thing, not a person or a group: its loaded word is found as such
    art = article("l21", "X", "Voss hopes the Lenholm war, a terrible and costly conflict, may soon end.")
    ext = extraction(art, mentions=[mention(art, "Lenholm war", "EVENT", ("a terrible and costly conflict",))])
    assert labels(art, ext) == [], [evidence(art, f) for f in labels(art, ext)]
    assert any(f.kind == "loaded" for f in frame_article(art, ext)[0])
    # the charged uses stay labels
    for text in ("The parasites who run the Lenholm council must go.", "Residents blamed Israeli-backed ISIS."):
        art = article("l22", "X", text)
        assert labels(art), text


def test_a_label_in_the_writers_according_to_after_what_a_speaker_mentioned_is_the_outlets():
    text = ("Mark Tennant also mentioned the council's plan for the Lenholm depot, which is to shut by June, according "
            "to a deal made with the Vantrell freedom fighters in 2019.")
    art = article("l10", "X", text)
    ext = extract_articles([art])[0]  # the quotes decide whose words the label is in
    found = [f for f in labels(art, ext) if "freedom" in evidence(art, f)]
    assert found and all(f.whose == "outlet" for f in found), [(evidence(art, f), f.whose) for f in found]


def _two_stories():
    """Alpha tells both stories: "ISIS" in the Lenholm one, "Daesh" in the Vantrell one."""
    from newsprism.records import Story

    a = article("t1", "Alpha", "ISIS fighters attacked Lenholm at dawn.")
    b = article("t2", "Beta", "Daesh fighters attacked Lenholm at dawn.")
    c = article("t3", "Alpha", "Daesh claimed the Vantrell bombing.")
    d = article("t4", "Gamma", "ISIL claimed the Vantrell bombing.")
    exts = [extraction(x, [mention(x, n)]) for x, n in ((a, "ISIS"), (b, "Daesh"), (c, "Daesh"), (d, "ISIL"))]
    stories = (Story("st_lenholm", "Lenholm attack", ("t1", "t2")),
               Story("st_vantrell", "Vantrell bombing", ("t3", "t4")))
    return [a, b, c, d], exts, stories


def test_naming_per_story_keeps_each_story_to_its_own_outlets_and_words():
    from newsprism.framing.naming import naming_by_story

    arts, exts, stories = _two_stories()
    per = naming_by_story(stories, arts, exts, ())
    lenholm = {r.outlet: r.names for r in per["st_lenholm"] if r.entity == "Islamic State"}
    vantrell = {r.outlet: r.names for r in per["st_vantrell"] if r.entity == "Islamic State"}
    assert lenholm == {"Alpha": ("ISIS",), "Beta": ("Daesh",)}
    assert vantrell == {"Alpha": ("Daesh",), "Gamma": ("ISIL",)}
    # over the whole run, Alpha's two stories mix in one cell
    run = {r.outlet: set(r.names) for r in frame_articles(arts, exts).naming}
    assert run["Alpha"] == {"ISIS", "Daesh"}


def test_the_json_document_gives_each_story_its_own_naming_rows_with_the_story_id():
    import json

    from newsprism.records import Analysis
    from newsprism.report.document import build_document

    arts, exts, stories = _two_stories()
    framed = frame_articles(arts, exts)
    doc = json.loads(json.dumps(build_document(Analysis(articles=tuple(arts), extractions=tuple(exts),
                                                        stories=stories, naming=framed.naming))))
    alpha = {r["story_id"]: r["names"] for r in doc["story_naming"]
             if r["outlet"] == "Alpha" and r["entity"] == "Islamic State"}
    assert alpha == {"st_lenholm": ["ISIS"], "st_vantrell": ["Daesh"]}
    assert {r["story_id"] for r in doc["story_naming"] if r["outlet"] == "Gamma"} == {"st_vantrell"}
    # `naming` keeps the run's rows, as a version 2 reader knows them: one per entity × outlet, no story id
    assert all("story_id" not in r for r in doc["naming"])
    assert {r["outlet"]: set(r["names"]) for r in doc["naming"]}["Alpha"] == {"ISIS", "Daesh"}
    # an article's document (no naming) has no story rows either
    bare = Analysis(articles=tuple(arts), extractions=tuple(exts), stories=stories)
    assert build_document(bare)["story_naming"] == []
