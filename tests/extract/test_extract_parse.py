"""Extraction through the real parse, on invented sentences: quotes with speakers, scare quotes, media
sources, within-article references, descriptors and claims — every item a span of the text."""
import pytest

from newsprism.extract import extract_articles
from newsprism.records import Article


def _article(text: str, published: str | None = "2025-10-09") -> Article:
    return Article(id="t1", source="t.txt", outlet="Test", outlet_found=None, title=None, byline=None,
                   published=published, published_precision="day" if published else None, published_found=None,
                   language="en", text=text)


@pytest.fixture(scope="module")
def extract():
    cache = {}

    def run(text, published="2025-10-09"):
        if (text, published) not in cache:
            article = _article(text, published)
            cache[(text, published)] = (article, extract_articles([article])[0])
        return cache[(text, published)]
    return run


def _spans_hold(article, ext):
    for q in ext.quotes:
        assert article.text[q.span.start:q.span.end] == q.text
    for c in ext.claims:
        assert article.text[c.span.start:c.span.end] == c.text
    for m in ext.mentions:
        assert article.text[m.span.start:m.span.end] == m.text


def test_direct_quote_split_around_the_attribution_keeps_one_speaker(extract):
    article, ext = extract("Harbour master Mira Holt spoke to the crowd at noon.\n\n"
                           "“We will open the gates tomorrow,” Holt said, “and nobody will be put at risk.”")
    _spans_hold(article, ext)
    direct = [q for q in ext.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert {q.speaker for q in direct} == {"Mira Holt"}
    assert direct[0].cue_span == direct[1].cue_span and direct[0].cue == "said"


def test_pronoun_speaker_resolves_to_the_named_person(extract):
    article, ext = extract("Mayor Anton Brisk visited the flooded streets on Monday.\n\n"
                           "\"The water is falling and the pumps are working,\" he said.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.kind == "direct"]
    assert q.speaker == "Anton Brisk"
    assert article.text[q.speaker_span.start:q.speaker_span.end] == "he"


def test_indirect_quote_and_media_source(extract):
    article, ext = extract("Anton Brisk told reporters that the bridge would reopen on Friday. "
                           "According to Reuters, the factory closed its doors last week.")
    _spans_hold(article, ext)
    indirect = {q.text: q for q in ext.quotes if q.kind == "indirect"}
    told = next(q for t, q in indirect.items() if t.startswith("that the bridge"))
    assert told.speaker == "Anton Brisk" and told.cue == "told" and not told.speaker_is_media
    media = next(q for q in indirect.values() if q.cue.lower() == "according to")
    assert media.speaker == "Reuters" and media.speaker_is_media
    assert "factory closed" in media.text


def test_scare_quotes_are_nobodys_statement(extract):
    article, ext = extract("The “miracle cure” canal opened in the spring, long after the floods.")
    _spans_hold(article, ext)
    (q,) = ext.quotes
    assert q.kind == "scare" and q.speaker is None and q.text == "“miracle cure”"


def test_a_quoted_phrase_someone_is_said_to_use_is_theirs(extract):
    article, ext = extract("Officials keep calling the new canal a “miracle cure” for the valley.")
    _spans_hold(article, ext)
    assert {q.kind for q in ext.quotes} == {"indirect", "direct"}
    assert {q.speaker for q in ext.quotes} == {"Officials"}
    assert any(q.text == "the new canal a “miracle cure” for the valley" for q in ext.quotes)


def _references(ext) -> set[tuple[str, str, str]]:
    """(short form, the full name it refers to, why) of every within-article reference."""
    return {(m.text, m.refers_to, m.reason) for m in ext.mentions if m.refers_to}


def test_acronym_and_surname_references_join_their_full_names(extract):
    article, ext = extract("The Eastern Rail Company (ERC) cancelled all trains. Lena Vos leads the company.\n\n"
                           "ERC engineers inspected the track, and Vos said the line would stay closed.")
    _spans_hold(article, ext)
    refs = _references(ext)
    assert ("ERC", "Eastern Rail Company", "acronym defined in text") in refs
    assert ("Vos", "Lena Vos", "surname reference") in refs


def test_descriptors_are_kept_with_the_mention(extract):
    article, ext = extract("The legendary commander Arno Vik crossed the river on Sunday.")
    vik = next(m for m in ext.mentions if m.text == "Arno Vik")
    assert any("legendary commander" in d for d in vik.descriptors), vik.descriptors
    for d, s in zip(vik.descriptors, vik.descriptor_spans):
        assert article.text[s.start:s.end] == d


def test_claims_carry_figures_and_dates_and_skip_questions_and_slogans(extract):
    text = ("About 3,400 people were evacuated from Eastbank on Tuesday, officials in Ostmere said. "
            "Who will pay for all of this? "
            "Safe dams now!")
    article, ext = extract(text)
    _spans_hold(article, ext)
    (claim,) = ext.claims
    assert claim.text.startswith("About 3,400 people")
    (q,) = claim.quantities
    assert q.value == 3400 and q.approx == "about"
    (d,) = claim.dates
    assert d.value == "2025-10-07" and d.relative  # the Tuesday before the article's own date
    assert claim.attributed_to is not None


def test_other_languages_are_not_read_as_english():
    article = Article(id="de", source="de.txt", outlet=None, outlet_found=None, title=None, byline=None,
                      published=None, published_precision=None, published_found=None, language="de",
                      text="„Wir öffnen morgen die Tore“, sagte Holt.")
    (ext,) = extract_articles([article])
    assert ext.quotes == () and ext.claims == () and ext.mentions == ()


def test_source_as_written_stops_before_a_clause_set_off_ahead_of_the_cue(extract):
    article, ext = extract("Mayor Lena Brandt, who has led the town since 2019, said the bridge would reopen "
                           "in May.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.kind == "indirect"]
    src = article.text[q.speaker_span.start:q.speaker_span.end]
    assert src == "Mayor Lena Brandt" and q.speaker == "Lena Brandt"
    assert q.text.startswith("the bridge would reopen")


def test_stances_without_speech_verbs_are_attributed(extract):
    article, ext = extract("Senator Ada Voss touted the new flood barrier.\n\n"
                           "The council voted for the repair plan.\n\n"
                           "Voss's endorsement of the plan surprised the council.")
    _spans_hold(article, ext)
    by_text = {q.text: q for q in ext.quotes}
    assert "the new flood barrier" in by_text
    assert article.text[by_text["the new flood barrier"].speaker_span.start:
                        by_text["the new flood barrier"].speaker_span.end] == "Senator Ada Voss"
    assert "the repair plan" in by_text and by_text["the repair plan"].cue == "voted"
    assert "the plan" in by_text and by_text["the plan"].cue == "endorsement"


def test_a_participle_cue_borrows_the_subject_of_its_verb(extract):
    article, ext = extract("Engineer Tomas Reyes responded by saying the gates had been checked twice.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.cue == "saying"]
    assert article.text[q.speaker_span.start:q.speaker_span.end] == "Engineer Tomas Reyes"
    assert q.text.startswith("the gates had been checked")


def _source(article, q):
    return article.text[q.speaker_span.start:q.speaker_span.end] if q.speaker_span else None


def test_two_apostrophes_mark_a_direct_quote(extract):
    article, ext = extract("''We will rebuild the spillway first,'' said Mayor Lina Ortez, ''and then the road.''")
    _spans_hold(article, ext)
    direct = [q for q in ext.quotes if q.kind == "direct"]
    assert len(direct) == 2 and all("Lina Ortez" in (q.speaker or "") for q in direct)
    assert all(q.cue == "said" for q in direct)


def test_a_stance_inside_someone_elses_statement_is_part_of_it(extract):
    article, ext = extract("Senator Ada Voss said the engineers want a second inspection.\n\n"
                           "The agency reported that Voss said the gates were safe.")
    _spans_hold(article, ext)
    cues = [q.cue for q in ext.quotes]
    assert "want" not in cues  # Voss's statement holds it
    (outer,) = [q for q in ext.quotes if q.text.startswith("the engineers want")]
    assert _source(article, outer) == "Senator Ada Voss"
    # A chain of speech keeps each link: the agency reported, Voss said.
    said = [q for q in ext.quotes if q.text == "the gates were safe"]
    assert said and said[0].speaker == "Ada Voss"


def test_according_to_keeps_its_source_around_a_cue_verb_in_its_content(extract):
    # "ordered" is itself a cue, inside what the agency reports: the report is the attribution
    article, ext = extract("The dam failed on Tuesday.\n\n"
                           "The authority has ordered checks at its 11 other dams, according to the Orm News Agency.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if "11 other dams" in q.text]
    assert q.cue == "according to" and q.speaker_is_media
    (claim,) = [c for c in ext.claims if "11 other dams" in c.text]
    assert claim.attributed_is_media and "Orm News Agency" in (claim.attributed_to or "")


def test_stance_phrases_without_a_speech_verb(extract):
    article, ext = extract("Engineer Tomas Reyes took a swipe at the dam operator.\n\n"
                           "The residents are confident that the levee will hold.\n\n"
                           "Voss, as Reyes put it, has no plan.\n\n"
                           "The council made clear that the road stays closed.")
    _spans_hold(article, ext)
    by_text = {q.text: q for q in ext.quotes}
    assert _source(article, by_text["the dam operator"]) == "Engineer Tomas Reyes"
    assert _source(article, by_text["that the levee will hold"]) == "The residents"
    assert _source(article, by_text["that the road stays closed"]) == "The council"
    put = [q for q in ext.quotes if q.cue == "put"]
    assert put and all(_source(article, q) == "Reyes" for q in put) and "has no plan" in [q.text for q in put]


def test_a_participle_after_a_reported_clause_goes_on_the_speaker(extract):
    article, ext = extract("Engineer Tomas Reyes says the number of inspectors at the dam would rise fourfold, "
                           "claiming that the move is meant to prevent another breach.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.cue == "claiming"]
    assert _source(article, q) == "Engineer Tomas Reyes"  # not "the number of inspectors"
    assert q.text.startswith("that the move is meant")


def test_according_to_after_a_conjunction_covers_the_clause_it_opens(extract):
    article, ext = extract("Officials have blamed the weather for the flooding and this week it was shown that the "
                           "levee failed, but here everything is more complicated since according to the Orm News "
                           "Agency, the pumps were never delivered to the site.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.cue == "according to"]
    assert q.text == "the pumps were never delivered to the site"  # not the whole sentence
    assert q.speaker_is_media


def test_a_relative_clause_on_a_coordination_speaks_for_all_of_it(extract):
    article, ext = extract("The repair plan was rejected by provincial officials and experts who argue that the "
                           "dam cannot be saved.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.cue == "argue"]
    assert q.speaker == "provincial officials and experts"  # not "experts" alone
    assert q.text == "that the dam cannot be saved"


def test_an_attack_named_by_its_weapon_is_not_a_statement(extract):
    article, ext = extract("The rebels launched a rocket attack on the border post at dawn.\n\n"
                           "Senator Alma Reyes launched a blistering attack on the governor's budget.")
    _spans_hold(article, ext)
    assert not [q for q in ext.quotes if "border post" in q.text]  # violence, not words
    (q,) = [q for q in ext.quotes if q.cue == "launched"]
    assert _source(article, q) == "Senator Alma Reyes" and q.text == "the governor's budget"


def test_a_poll_set_ahead_of_its_clause_is_the_source(extract):
    article, ext = extract("In a Harbour Gazette poll released Sunday, Voss leads the race by ten points.")
    _spans_hold(article, ext)
    (q,) = [q for q in ext.quotes if q.cue == "In"]
    assert _source(article, q) == "a Harbour Gazette poll released Sunday"
    assert q.text.startswith("Voss leads the race")


def test_a_pages_time_stamp_is_not_a_claim(extract):
    article, ext = extract("Posted 11/27/2005 7:21 AM\n\n"
                           "Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET\n\n"
                           "The report was published on Nov 27, 2005 by the ministry.\n\n"
                           "The quake killed 10 people on Sunday.", published="2005-11-27")
    _spans_hold(article, ext)
    texts = [c.text for c in ext.claims]
    assert not any(t.startswith("Posted") for t in texts), texts
    # a sentence that says something about a publication is still a claim
    assert any(t.startswith("The report was published") for t in texts)
    assert any(t.startswith("The quake killed") for t in texts)


def test_a_lone_given_name_joins_the_one_person_named_in_full_with_it(extract):
    article, ext = extract("Actress Laura Benton has entered a treatment center in Oakvale, her agent said on Tuesday. "
                           "Laura was seen leaving her home on Monday with her sister.")
    _spans_hold(article, ext)
    refs = _references(ext)
    assert ("Laura", "Laura Benton", "given-name reference") in refs


def test_a_lone_given_name_shared_by_two_people_is_not_guessed(extract):
    article, ext = extract("Laura Benton and Laura Hale met the mayor on Tuesday. Laura said the talks went well.")
    assert not any(m.text == "Laura" and m.refers_to for m in ext.mentions)


def test_a_name_run_into_a_title_case_headline_is_cut_back(extract):
    article, ext = extract("Dana Whitfield Slams Critics Over Tax Plan\n"
                           "Dana Whitfield said on Monday that the plan would pass.")
    _spans_hold(article, ext)
    people = [m.text for m in ext.mentions if m.label == "PERSON"]
    assert people == ["Dana Whitfield", "Dana Whitfield"], people
    # the word used alone elsewhere is enough: "Whitfield"
    article, ext = extract("Dana Whitfield Checks Out Of Rehab Early\nWhitfield left the clinic on Monday.")
    assert [m.text for m in ext.mentions if m.label == "PERSON"][0] == "Dana Whitfield"


@pytest.mark.parametrize("text", [
    "Officials in Ukraine were worried. The former special envoy to Ukraine Ansel Brandt testified on Tuesday. "
    "Brandt said the aid was held up.",
    "Trade with Kenya grew. Another diplomat, the former ambassador to Kenya Ansel Brandt, said exports doubled. "
    "Brandt said the talks went on.",
])
def test_a_place_the_parser_runs_into_the_name_after_a_role_is_cut_off(extract, text):
    article, ext = extract(text)
    _spans_hold(article, ext)
    assert "Ansel Brandt" in {m.text for m in ext.mentions if m.label == "PERSON"}
    assert not [m for m in ext.mentions if m.text.endswith("Ansel Brandt") and m.text != "Ansel Brandt"]
    assert {q.speaker for q in ext.quotes if q.kind == "indirect"} >= {"Ansel Brandt"}


def test_an_occupation_before_a_name_is_a_descriptor_not_part_of_the_name(extract):
    article, ext = extract("Lawyer Mark Tennant said on Friday that the judge was fair.")
    _spans_hold(article, ext)
    (person,) = [m for m in ext.mentions if m.label == "PERSON"]
    assert person.text == "Mark Tennant"
    (q,) = [q for q in ext.quotes if q.kind == "indirect"]
    assert q.speaker == "Mark Tennant"


def test_a_person_the_parser_sees_in_a_street_is_not_a_person(extract):
    article, ext = extract("Police closed Marvin Ave after the shooting.")
    labels = {m.text: m.label for m in ext.mentions}
    assert labels == {"Marvin Ave": "FAC"}, labels  # the parser says PERSON


def test_a_surname_joins_one_person_named_with_and_without_a_middle_initial(extract):
    article, ext = extract("Lawyer Paul Jay Whitcomb filed the motion on Monday. Paul Whitcomb later told reporters "
                           "the hearing had gone well. Whitcomb said the judge was fair.")
    refs = _references(ext)
    assert ("Whitcomb", "Paul Jay Whitcomb", "surname reference") in refs, refs


def test_state_abbreviations_are_places_only_as_written(extract):
    article, ext = extract("Police in Springfield, Mo., said the suspect was ill. Wait a mo., said the clerk.")
    places = [(m.text, m.label) for m in ext.mentions if m.text.lower().startswith("mo")]
    assert places == [("Mo.", "GPE")], places  # "a mo." is no state


def test_a_surname_with_its_particles_refers_to_the_full_name(extract):
    article, ext = extract("Actor James Van Der Kamp arrived on Monday. Van Der Kamp said the film was finished.")
    refs = _references(ext)
    assert ("Van Der Kamp", "James Van Der Kamp", "surname reference") in refs, [(m.text, m.label) for m in ext.mentions]


def test_a_lone_word_the_article_uses_for_something_else_is_no_given_name():
    from newsprism import nlp
    from newsprism.extract.coref import link_within_article
    from newsprism.extract.mentions import Found

    text = ("Rangers Tom Ellis scored. The Rangers won. Rangers said so. Thunderbolt 7 ran. Thunderbolt left. "
            "Emmy Laine hosted the Emmys. Emmy went to her.")
    doc = nlp.spacy_pipeline()(text)

    def found(word, label, nth=0):  # the parser's (mis)labelled names, as it gives them on real pages
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        span = doc.char_span(start, start + len(word))
        return Found(start, start + len(word), word, label, span.start, span.end)

    mentions = [found("Rangers Tom Ellis", "PERSON"), found("Rangers", "ORG", 1), found("Rangers", "PERSON", 2),
                found("Thunderbolt 7", "PERSON"), found("Thunderbolt", "PERSON", 1),
                found("Emmy Laine", "PERSON"), found("Emmys", "EVENT"), found("Emmy", "PERSON", 2)]
    linked = link_within_article(doc, mentions)
    assert not any(f.reason == "given-name reference" for f in linked), [(f.text, f.refers_to) for f in linked]


def test_a_surname_that_is_also_a_title_word_is_still_a_name(extract):
    article, ext = extract("The talk show host Dale King joined the network in 2014. Mr. King said the network "
                           "had never told him what to say.")
    kings = [m for m in ext.mentions if m.text == "King"]
    assert kings and all(m.refers_to == "Dale King" for m in kings), [(m.text, m.refers_to) for m in ext.mentions]
    assert {q.speaker for q in ext.quotes if q.kind == "indirect"} == {"Dale King"}


def test_descriptors_are_words_not_punctuation_figures_or_a_dateline(extract):
    article, ext = extract("Lenholm, February 20 (VNA)-- Vantrell Secretary-General Dana Whitfield says the "
                           "number of inspectors will increase eightfold.\n\n"
                           "The fund is led by Ostrava with 22.1 percent, followed by Germany with 14.70 percent, "
                           "France with 10, 60 percent and Vantrell with 9.8 percent.\n\n"
                           "The Vantrell-imperialists backed the plan, and trade fell along the Iraqi-Syrian border.")
    _spans_hold(article, ext)
    descriptors = {m.text: set(m.descriptors) for m in ext.mentions if m.descriptors}
    every = {d for ds in descriptors.values() for d in ds}
    for d in every:
        assert d[:1].isalnum() and d[-1:].isalnum(), (d, descriptors)  # no "-imperialists", "Iraqi-"
        assert ")" not in d and "--" not in d and "percent" not in d, (d, descriptors)
    assert "February 20" not in every
    assert {"imperialists"} <= descriptors.get("Vantrell", set()), descriptors
    assert "Vantrell Secretary-General" in descriptors.get("Dana Whitfield", set()), descriptors
    for m in ext.mentions:
        for d, s in zip(m.descriptors, m.descriptor_spans):
            assert article.text[s.start:s.end] == d
