"""Loaded and emotive wording: found, scored by intensity, spans that hold the words, extendable lexicon."""
import pytest
from framing.builders import article, evidence, extraction, quote

from newsprism.errors import NewsprismError
from newsprism.framing import frame_article, load_lexicon
from newsprism.framing.lexicon import read_entries


def loaded(art, ext=None, lexicon=None):
    findings, _ = frame_article(art, ext, lexicon)
    return [f for f in findings if f.kind in ("loaded", "repeated")]


def test_emotive_words_are_found_and_plain_reporting_is_not():
    charged = article("a1", "X", "The council approved the sinister plans after a cowardly killing shocked the town.")
    plain = article("a2", "Y", "The council approved the plans on Tuesday after a vote of nine to four.")
    texts = [evidence(charged, f).lower() for f in loaded(charged)]
    assert any("sinister" in t for t in texts), texts
    assert any("cowardly" in t for t in texts), texts
    assert loaded(plain) == []


def test_every_finding_span_holds_its_terms():
    art = article("a3", "X", "Critics called it an utterly absurd, disgraceful and shameful decision. It was absurd.")
    findings, _ = frame_article(art)
    assert findings
    for f in findings:
        text = evidence(art, f)
        assert text.strip() == text and text, f
        for term in f.terms:
            assert term.lower() in text.lower() or f.kind in ("slogan",), (term, text)
        assert 0.0 <= f.score <= 1.0 and f.reason


def test_intensity_is_scored_not_just_flagged():
    art = article("a4", "X", "The plan was bad. The plan was monstrous.")
    by_word = {evidence(art, f).lower(): f.score for f in loaded(art)}
    assert "monstrous" in by_word
    assert by_word["monstrous"] > by_word.get("bad", 0.0)


def test_intensifier_joins_the_span_and_raises_the_score():
    plain = article("a5", "X", "It was a disgraceful decision.")
    strong = article("a6", "X", "It was a very disgraceful decision.")
    f_plain, f_strong = loaded(plain)[0], loaded(strong)[0]
    assert evidence(strong, f_strong).lower().startswith("very disgraceful")
    assert f_strong.score > f_plain.score


def test_second_use_of_a_loaded_term_is_marked_repeated():
    art = article("a7", "X", "A disgraceful vote. Another disgraceful vote followed.")
    kinds = [f.kind for f in loaded(art)]
    assert kinds[0] == "loaded" and "repeated" in kinds[1:]


def test_words_inside_a_quote_are_the_speakers():
    text = 'The minister said: "This is a shameful and disgraceful betrayal." The vote is on Friday.'
    art = article("a8", "X", text)
    ext = extraction(art, quotes=[quote(art, "This is a shameful and disgraceful betrayal.", "the minister")])
    found = loaded(art, ext)
    assert found and all(f.whose == "the minister" for f in found)
    own = article("a9", "X", "This is a shameful and disgraceful betrayal.")
    assert all(f.whose == "outlet" for f in loaded(own))


def test_a_user_lexicon_adds_terms(tmp_path):
    art = article("b1", "X", "The committee published its zorbly report today.")
    assert loaded(art) == []
    extra = tmp_path / "mine.tsv"
    extra.write_text("term\tkind\tintensity\tnote\nzorbly\tloaded\t0.9\tinvented for a test\n", encoding="utf-8")
    found = loaded(art, lexicon=load_lexicon([extra]))
    assert [evidence(art, f) for f in found] == ["zorbly report"] or [evidence(art, f) for f in found] == ["zorbly"]
    assert "mine.tsv" in found[0].reason


@pytest.mark.parametrize("line, why", [
    ("zorbly\tloaded", "expected term, kind, intensity"),
    ("zorbly\tweird\t0.5", "unknown kind"),
    ("zorbly\tloaded\tlots", "is not a number"),
    ("zorbly\tloaded\t1.5", "within 0..1"),
])
def test_a_bad_lexicon_line_names_the_file_and_line(tmp_path, line, why):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# comment\n" + line + "\n", encoding="utf-8")
    with pytest.raises(NewsprismError) as err:
        read_entries(bad)
    assert f"{bad}:2" in str(err.value) and why in str(err.value)


def test_a_missing_lexicon_file_is_a_clear_error(tmp_path):
    with pytest.raises(NewsprismError) as err:
        load_lexicon([tmp_path / "nope.tsv"])
    assert "nope.tsv" in str(err.value) and err.value.code == "E601"


def test_the_loaded_model_ships_and_a_bad_model_file_is_a_clear_error(tmp_path):
    from newsprism.framing.loaded_model import FEATURES, load_model

    model = load_model()
    assert len(model.weights) == len(FEATURES) and 0.0 < model.threshold < 1.0
    assert model.table.counts and 0.0 < model.table.base_rate < 1.0
    bad = tmp_path / "model.json"
    bad.write_text('{"weights": {"word_score": 1.0}, "intercept": 0, "threshold": 0.5}', encoding="utf-8")
    with pytest.raises(NewsprismError) as err:
        load_model(bad)
    assert "model.json" in str(err.value) and err.value.code == "E604"


def test_the_model_weighs_context_not_just_the_word():
    from newsprism.framing.loaded_model import FEATURES, load_model

    model = load_model()
    # a charged, rare-ish adjective: likelier loaded next to another charged word, and more so
    # the stronger the lexicon finds it
    x = dict.fromkeys(FEATURES, 0.0)
    x.update(word_score=0.5, curated=0.5, valence=0.5, negative=1.0, zipf=0.4, rarity=0.8, adj=1.0, length=0.7,
             strong=1.0)
    alone = model.probability(list(x.values()))
    x.update(neighbour=0.6, score_x_neighbour=0.3)
    assert model.probability(list(x.values())) > alone
    weak = dict(x, word_score=0.1, curated=0.1, strong=0.0, score_x_neighbour=0.06)
    assert model.probability(list(weak.values())) < model.probability(list(x.values()))


def test_the_passage_goes_on_over_a_coordination_and_an_of_complement():
    art = article("a20", "X", "Officials praised the monstrous and cruel policy. Residents saw the arrogance of officials.")
    texts = [evidence(art, f).lower() for f in loaded(art)]
    assert any(t.startswith("monstrous and cruel") for t in texts), texts
    assert "arrogance of officials" in texts, texts
    # a plain word after "of" that is a name, or across a sentence end, does not join
    named = article("a21", "X", "It was a monstrous abuse of Smith. And cruel.")
    spans = [evidence(named, f) for f in loaded(named)]
    assert not any("Smith" in s or "cruel" in s and "monstrous" in s for s in spans), spans


def test_a_repeat_of_a_term_is_marked_for_the_model_and_trusted_less():
    from newsprism.framing.context import make_context
    from newsprism.framing.loaded import candidates
    from newsprism.framing.loaded_model import FEATURES, load_model

    art = article("r1", "X", "A disgraceful vote. Another disgraceful vote followed. It was disgraceful.")
    ctx = make_context(art, None, load_lexicon())
    repeat = FEATURES.index("repeat")
    marks = [(ctx.tokens[i].lower, x[repeat]) for i, (_, _, x) in sorted(candidates(ctx).items())
             if ctx.tokens[i].lower.startswith("disgrace")]
    # the same term again later in the article
    assert marks == [("disgraceful", 0.0), ("disgraceful", 1.0), ("disgraceful", 1.0)], marks
    model = load_model()
    x = [0.5] * len(FEATURES)
    x[repeat] = 0.0
    first = model.probability(x)
    x[repeat] = 1.0
    assert model.probability(x) < first


def test_the_passage_takes_in_the_noun_an_of_complement_hangs_on():
    art = article("r2", "X", "It was nothing but a tissue of lies. It was a campaign of hatred.")
    texts = [evidence(art, f) for f in loaded(art)]
    assert "tissue of lies" in texts and "campaign of hatred" in texts, texts


def test_disaster_news_vocabulary_is_no_loaded_language():
    """Reporting a quake: the wave is a tsunami and the agency deals with disasters; neither is the writer's
    charge. Used as a figure of speech the word still is."""
    report = article("d1", "X", "The provincial disaster management agency said a tsunami warning was issued after "
                                "the quake, and small tsunamis reached the coast of Lenholm.")
    assert loaded(report) == [], [evidence(report, f) for f in loaded(report)]
    figure, _ = frame_article(article("d2", "Y", "Voss faces a tsunami of anger over the sinister plans."))
    texts = [evidence(article("d2", "Y", "Voss faces a tsunami of anger over the sinister plans."), f).lower()
             for f in figure]
    assert any("tsunami of" in t for t in texts), texts


@pytest.mark.parametrize("text, charged", [
    ("The army launched a ground offensive against the rebels near Lenholm.", False),
    ("The Vantrell offensive into the valley entered its twelfth day.", False),
    ("The offensive, launched in May, stalled.", False),
    ("It was an offensive remark about the people of Lenholm.", True),
    ("Critics said the cartoon was offensive.", True),
])
def test_a_military_offensive_is_a_plain_noun(text, charged):
    art = article("o1", "X", text)
    found, _ = frame_article(art)
    assert any("offensive" in evidence(art, f).lower() for f in found) == charged, \
        [(f.kind, evidence(art, f)) for f in found]


@pytest.mark.parametrize("text, word", [
    ("Dana Whitfield said: \"As part of anti-bullying week, I asked who had been hurt. I was stunned.\"",
     "bullying"),
    ("A fact check of the Vantrell photo found a bit of image manipulation at the edges.", "manipulation"),
    ("Voss was charged with making a terroristic threat to a classmate in Lenholm.", "terroristic"),
    ("A girl in Lenholm whose cruel parents shunned her has left a heartbreaking suicide note.", "suicide"),
    ("Lenholm mourns after a horrific stampede crushed 12 people in a shocking tragedy.", "stampede"),
    ("Lenholm mourns after a horrific stampede crushed 12 people in a shocking tragedy.", "mourns"),
    ("The shocking rumour that Voss had been killed sparked panic among fans.", "sparked"),
    ("Ann Roe, 30, flew into a furious rage after catching him cheating with a neighbour.", "him"),
])
def test_plain_news_compounds_and_words_are_no_loaded_language(text, word):
    """What a campaign opposes, a photo-forensics term, a criminal charge's name, the cause of a death,
    a crowd crush, mourning, "sparked" as plain cause and a pronoun are not the writer's charge, even in
    a charged sentence, whose charged words stay findings."""
    art = article("p1", "X", text)
    found = [evidence(art, f).lower() for f in loaded(art)]
    terms = [t.lower() for f in loaded(art) for t in f.terms]
    assert not any(word in t for t in terms), found
    if word in ("bullying", "suicide", "stampede", "mourns", "sparked", "him"):
        assert any(w in " ".join(found) for w in ("stunned", "heartbreaking", "horrific", "shocking", "rage")), found


def test_a_neutral_phrase_mutes_only_its_own_words():
    """The forensic compound is plain; the same noun on its own in a charged sentence still counts, as
    does a charge against a person ("bullying")."""
    art = article("p2", "X", "Voss waged a vicious campaign of bullying and cynical manipulation against Ann Roe.")
    texts = " ".join(evidence(art, f).lower() for f in loaded(art))
    assert "bullying" in texts and "manipulation" in texts, texts


# Session 19 (a reading of framing on saved news pages): words that name what happened, not a charge.
@pytest.mark.parametrize("text, word, charged", [
    ("Lenholm housed men who had been convicted of sexual assaults on women and children.", "assault", False),
    ("A male juvenile, 16, Lenholm, was arrested for aggravated assault and criminal damage.", "assault", False),
    ("A male juvenile, 16, Lenholm, was arrested for aggravated assault and criminal damage.", "juvenile", False),
    ("The council of Lenholm said the tower blocks will be demolished next year.", "demolish", False),
    ("Aid trucks waited at the border as the war between Vantrell and Lenholm rages in the north.", "rage", False),
    ("Teachers in Lenholm have panic buttons in every classroom.", "panic", False),
    ("Her latest release is a bitter, savory, head-spinning shitake mushroom liqueur made in Lenholm.", "shitake",
     False),
    # the charged uses stay findings
    ("Critics mocked the juvenile antics of the Lenholm council.", "juvenile", True),
    ("Voss raged at the reporters outside the court in Lenholm.", "rage", True),
])
def test_a_charge_a_building_pulled_down_or_a_war_going_on_are_plain(text, word, charged):
    art = article("p19", "X", text)
    found = [evidence(art, f).lower() for f in loaded(art)]
    assert any(word in t for t in found) == charged, found


@pytest.mark.parametrize("text, word, charged", [
    ("Ann Roe said that while she condemns racism and intimidation, the posters show a town pushed to its limit.",
     "intimidation", False),
    ('"While I condemn any form of racism or intimidation, these posters are a sign of a town pushed to its '
     'limit," Ann Roe said.', "racism", False),
    ('"Officers face criminal penalties under these laws," Olek Brand told the Lenholm council.', "penalties",
     False),
    ("Ann Roe condemned the cowardly attack on the Lenholm market.", "cowardly", True),
])
def test_what_someone_condemns_and_a_penalty_are_named_not_charged(text, word, charged):
    art = article("c19", "X", text)
    found = [evidence(art, f).lower() for f in loaded(art)]
    assert any(word in t for t in found) == charged, found


def test_speech_taken_for_a_scare_quote_is_not_the_outlets_words():
    """Extraction found no speaker for these quotes: their words are still someone's, not the outlet's."""
    art = article("w19", "X", "“You’re just scum,” Ann Roe, who is normally calm, barked back at Voss. Police "
                              "branded the brawl 'utterly disgraceful' on Friday.")
    ext = extraction(art, quotes=[quote(art, "“You’re just scum,”", None, kind="scare"),
                                  quote(art, "'utterly disgraceful'", None, kind="scare")])
    whose = {evidence(art, f): f.whose for f in loaded(art, ext)}
    assert whose.get("scum") and whose["scum"] != "outlet", whose
    assert any("disgraceful" in t for t in whose) and "outlet" not in whose.values(), whose
    # a word held at a distance by the writer stays the outlet's
    art = article("w20", "X", "Troops arrived in the “liberated” villages near Lenholm.")
    ext = extraction(art, quotes=[quote(art, "“liberated”", None, kind="scare")])
    findings, _ = frame_article(art, ext)
    assert [f.whose for f in findings if f.kind == "scare-quote"] == ["outlet"]


# Session 19, second sample (saved news pages no framing rule was written on): the game's and the
# illness's own words.
@pytest.mark.parametrize("text, word, charged", [
    ("Voss got a technical foul in the third quarter after Brennick dunked and was fouled.", "foul", False),
    ("After Voss got a key offensive rebound, Lenholm scored with a minute left.", "offensive", False),
    ("Vantrell had no offensive players left on the bench.", "offensive", False),
    ("The clinic treats residents of Lenholm once they become sick.", "sick", False),
    ("A man died in the deadly stabbing on a Lenholm commuter train.", "stabbing", False),
    # the charged uses stay findings
    ("Voss made a foul remark about the Lenholm council.", "foul", True),
    ("Voss called the remarks offensive and demanded an apology.", "offensive", True),
    ("Voss said the cartoon was sick and hateful.", "sick", True),
])
def test_a_games_and_an_illness_own_words_are_plain(text, word, charged):
    art = article("g19", "X", text)
    found = [evidence(art, f).lower() for f in loaded(art)]
    assert any(word in t for t in found) == charged, found


# Session 19, third sample: vermin and forgeries named, deaths in an attack, a degree stated, a crime's name.
@pytest.mark.parametrize("text, word, charged", [
    ("Workers laid poisoned traps for the 6,000 black rats that had infested Lenholm island.", "rats", False),
    ("Workers laid poisoned traps for the 6,000 black rats that had infested Lenholm island.", "poison", False),
    ("A boy used classmates' photos to create fake nude images in Lenholm.", "fake", False),
    ("There were reports of deadly strikes at the Lenholm camp.", "deadly", False),
    ("Campuses in Lenholm have drastically scaled back teaching.", "drastically", False),
    ("Patients may not want a dramatically different hairstyle.", "dramatically", False),
    ("Voss was hurt in an axe attack after a road rage incident near Lenholm.", "rage", False),
    # the charged uses stay findings
    ("Voss called his rivals dirty rats who sold out Lenholm.", "rats", True),
    ("Voss dismissed the fake report about Lenholm.", "fake", True),
])
def test_vermin_forgeries_and_attacks_named_are_plain(text, word, charged):
    art = article("v19", "X", text)
    found = [evidence(art, f).lower() for f in loaded(art)]
    assert any(word in t for t in found) == charged, found


def test_gross_domestic_product_is_a_measure_not_disgust():
    art = article("g19", "X", "The tariffs will reduce Lenholm's gross domestic product by 0.3 percent, and "
                              "Vantrell's gross domestic product will shrink as well.")
    assert not loaded(art), [evidence(art, f) for f in loaded(art)]


# Session 20, sixth sample (saved news pages no framing rule was written on): biology's creatures, the
# workplace's "sick days", an offence's case, a reassurance, a symptom.
@pytest.mark.parametrize("text, word, charged", [
    ("A study in rats suggests the receptors first served the immune system.", "rats", False),
    ("Scientists showed that rats use the same receptors on their cells to smell.", "rats", False),
    ("Mara Quist and other teachers used sick days to rally in Lenholm.", "sick", False),
    ("Voss was accused of rape and sexual assault by two women after a Lenholm conference in 2010.", "rape",
     False),
    ("People with feather duvets shouldn't panic, Dr Ann Roe said.", "panic", False),
    ("The patient felt extreme fatigue and breathlessness after the move to Lenholm.", "fatigue", False),
    # the charged uses stay findings
    ("Voss called his rivals dirty rats who sold out Lenholm.", "rats", True),
    ("Voss said the cartoon was sick and hateful.", "sick", True),
    ("Voss wants to sow panic in Lenholm with his lies.", "panic", True),
])
def test_biologys_creatures_sick_days_and_a_case_are_plain(text, word, charged):
    art = article("b20", "X", text)
    found = [evidence(art, f).lower() for f in loaded(art)]
    assert any(word in t for t in found) == charged, found


def test_an_offence_before_its_case_is_no_candidate_for_loaded_language():
    # "Lenholm drops rape investigation": the case's name; the model never weighs it (too rare here to
    # show in a finding of invented text, so the candidates are checked)
    from newsprism.framing.context import make_context
    from newsprism.framing.loaded import candidates

    def candidate_words(text):
        art = article("c20", "X", text)
        ctx = make_context(art, None, load_lexicon())
        return {ctx.tokens[i].lower for i in candidates(ctx)}

    assert "rape" not in candidate_words("Prosecutors in Lenholm dropped the rape investigation into Voss.")
    assert "rape" in candidate_words("Voss said the new tax was the rape of Lenholm's farmers.")


def test_an_illness_a_protest_idiom_and_an_attempted_charge_are_plain_and_a_pair_is_one_passage():
    """Session 21, seventh sample: "deadly" before a named illness, "killer" before a disease, "cried foul", an
    offence after "accused <day> of trying to"; "nonsense and lies" is one passage, not two findings."""
    for text in ("A hunter in Lenholm has caught the deadly bubonic plague.",
                 "Officials said the risk of an outbreak of the killer disease in Lenholm was small.",
                 "Groups that track rumours in Lenholm cried foul.",
                 "The Vantrell party was accused Monday of trying to deceive voters in Lenholm."):
        art = article("l1", "X", text)
        findings, _ = frame_article(art)
        found = [(f.kind, evidence(art, f)) for f in findings]
        assert not [f for f in findings if f.kind in ("loaded", "label")], (text, found)
    art = article("l2", "X", "Voss said the report was nonsense and lies put about by Vantrell.")
    passages = [evidence(art, f) for f in loaded(art)]
    assert len(passages) == 1 and passages[0].startswith("nonsense and lies"), passages
    art = article("l3", "X", "The mayor spread deadly lies about the Lenholm flood.")
    assert loaded(art)
