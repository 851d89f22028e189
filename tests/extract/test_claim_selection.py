"""Which sentences become check-worthy claims, through the real parse, on invented sentences: words that
report bad events are not opinion, short factual sentences are claims, and the writer's own belief or
judgement is not a claim (someone else's quoted view stays a claim attributed to them)."""
import pytest

from newsprism.extract import extract_articles
from newsprism.records import Article


def _article(text: str) -> Article:
    return Article(id="sel", source="t.txt", outlet="Test", outlet_found=None, title=None, byline=None,
                   published="2025-10-09", published_precision="day", published_found=None, language="en", text=text)


@pytest.fixture(scope="module")
def claims_of():
    cache = {}

    def run(text):
        if text not in cache:
            (ext,) = extract_articles([_article(text)])
            cache[text] = {c.text: c for c in ext.claims}
        return cache[text]
    return run


@pytest.mark.parametrize("sentence", [
    "A gunman killed a guard and injured a nurse at the Ostmere hospital.",
    "Judge Amos Reed has died of natural causes.",
    "The Halden library was badly damaged in a suspicious fire.",
    "Rioters destroyed shops and attacked police officers in central Ostmere.",
])
def test_a_report_of_a_bad_event_is_a_claim_not_opinion(claims_of, sentence):
    assert sentence in claims_of(sentence)


@pytest.mark.parametrize("sentence", ["He was 75.", "No injuries were reported.", "He did not testify.",
                                      "There were no casualties."])
def test_a_short_sentence_that_states_a_fact_is_a_claim(claims_of, sentence):
    text = "Judge Amos Reed died on Monday at his home in Ostmere. " + sentence
    assert sentence in claims_of(text)


@pytest.mark.parametrize("line", ["Photo: Ostmere Courier", "By Maren Osk", "Holt added.", "I wasn't.",
                                  "Now it is Ostmere."])
def test_captions_bylines_and_bare_fragments_are_not_claims(claims_of, line):
    text = "Judge Amos Reed died on Monday at his home in Ostmere.\n\n" + line
    assert list(claims_of(text)) == ["Judge Amos Reed died on Monday at his home in Ostmere."]


@pytest.mark.parametrize("sentence", [
    "I think the new Ostmere policy is great.",
    "My personal belief is that the Halden bridge is the best design of the decade.",
    "The new Orbix phone from Ostmere is great: you can unlock it with a glance.",
    "It is a shame that the Ostmere council voted against the plan.",
    "Best of all, the Orbix phone can now open apps by voice.",
    "We expect the Ostmere council to drop the plan.",
])
def test_the_writers_own_belief_or_judgement_is_not_a_claim(claims_of, sentence):
    assert sentence not in claims_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Anton Brisk said the new Ostmere policy is great.",
    "“I think the new Ostmere policy is great,” Anton Brisk said.",
])
def test_a_view_in_someones_words_stays_a_claim_attributed_to_them(claims_of, sentence):
    claim = claims_of(sentence).get(sentence)
    assert claim is not None and claim.attributed_to == "Anton Brisk"


@pytest.mark.parametrize("sentence", [
    "Mayor Anton Brisk was injured in the crash near Ostmere.",
    "The road to Ostmere is safe again.",
    "Ostmere is the largest city in the region.",
    "It is the second failure at an Ostmere dam in five weeks.",
])
def test_a_stated_condition_or_comparison_is_not_a_judgement(claims_of, sentence):
    assert sentence in claims_of(sentence)



def test_a_claims_figure_belongs_to_the_source_whose_words_hold_it(claims_of):
    claims = claims_of("Mark Tennant did not specify how big the presence in Lenholm will become within the "
                       "frameworks of the program, but Deutsche Welle has information that several hundred soldiers "
                       "could be sent to Lenholm.")
    (claim,) = claims.values()
    assert claim.attributed_to == "Deutsche Welle" and claim.attributed_is_media


def test_today_in_a_quotation_is_the_day_its_sentence_says_it_was_said(claims_of):
    # the article is dated Thursday 9 October 2025; the press conference was on the Tuesday before
    claims = claims_of("“Today, we decided to expand the mission,” Mara Quist said at a Tuesday press conference.")
    (claim,) = claims.values()
    assert {d.text: d.value for d in claim.dates} == {"Today": "2025-10-07", "Tuesday": "2025-10-07"}
    # with no day for the words, and in the writer's own words, "today" is the article's day
    claims = claims_of("“Today, we decided to expand the mission,” Mara Quist said. Mark Tennant said on Tuesday "
                       "the vote would be held today.")
    assert [d.value for c in claims.values() for d in c.dates if d.text.lower() == "today"] == [
        "2025-10-09", "2025-10-09"]


def test_the_writer_judging_a_thing_with_an_adjective_is_no_claim(claims_of):
    claims = claims_of("The army shelled the Lenholm port on Monday. This is a shameful betrayal of the Vantrell "
                       "ceasefire. It was a deadly attack that killed 12 people in Lenholm.")
    assert "This is a shameful betrayal of the Vantrell ceasefire." not in claims
    # an event told with a word of its harm stays a claim
    assert "It was a deadly attack that killed 12 people in Lenholm." in claims
    assert "The army shelled the Lenholm port on Monday." in claims


@pytest.mark.parametrize("sentence", [
    "So grab a pen to note down the address of the Vantrell diner in Lenholm.",
    "If you or someone you know needs help, please call the Lenholm helpline.",
    "Even if you disagree with Voss, don't ever say that to Dana Whitfield.",
    "Everyone needs to help the people of Lenholm.",
    "#Vantrell #Lenholm pic.twitter.com/x1AbC",
])
def test_calls_to_action_after_an_opener_needs_to_and_hashtag_lines_are_no_claims(claims_of, sentence):
    text = "Voss was elected mayor of Lenholm in a landslide.\n\n" + sentence
    claims = claims_of(text)
    assert "Voss was elected mayor of Lenholm in a landslide." in claims
    assert sentence not in claims


@pytest.mark.parametrize("sentence", [
    "When the storm hit, Voss ordered an evacuation of Lenholm.",
    "Residents had to leave Lenholm after the flood.",
])
def test_a_report_opening_with_a_clause_or_had_to_stays_a_claim(claims_of, sentence):
    assert sentence in claims_of(sentence)


@pytest.mark.parametrize("sentence", [
    "The bridge will reopen to traffic on Friday.",
    "In the 1920s a law was passed to protect the old harbour.",
])
def test_a_date_without_a_value_still_makes_a_claim_in_an_undated_article(sentence):
    # no publication date: "on Friday" stays unresolved and a decade has no value, yet both name a time
    article = Article(id="undated", source="t.txt", outlet="Test", outlet_found=None, title=None, byline=None,
                      published=None, published_precision=None, published_found=None, language="en", text=sentence)
    (ext,) = extract_articles([article])
    assert [c.text for c in ext.claims] == [sentence]


@pytest.mark.parametrize("line", [
    "VOSS CAUGHT FIGHTING FOR VANTRELL FACES TRIAL IN LENHOLM",
    "Full video: Mayor Voss visits flooded Lenholm",
    "Below, more on the missing residents from Lenholm Radio:",
    "As Dana Whitfield explained at the time:",
])
def test_headings_related_links_and_lead_ins_are_no_claims(claims_of, line):
    text = "Voss was elected mayor of Lenholm in a landslide.\n\n" + line + "\n\nThe Vantrell river flooded Lenholm."
    claims = claims_of(text)
    assert "Voss was elected mayor of Lenholm in a landslide." in claims
    assert "The Vantrell river flooded Lenholm." in claims
    assert line not in claims


@pytest.mark.parametrize("sentence", [
    "If true, the sale would show the greed behind the Vantrell gang.",
    "They might inflate their ties to Voss in order to draw interest from Lenholm.",
    "If the deal falls through, Voss can still benefit from the idea that Vantrell is valuable.",
    "If you don't own a car, you don't need a Lenholm parking permit.",
])
def test_hypotheticals_and_speculation_are_no_claims(claims_of, sentence):
    assert sentence not in claims_of(sentence)


@pytest.mark.parametrize("sentence", [
    "She might be more than a fan, though: the Lenholm licence has lapsed and Voss says it is over.",
    "The Vantrell plant could shed 300 jobs in Lenholm.",
    "If convicted, Voss faces up to 10 years in prison.",
])
def test_a_hedge_beside_a_stated_fact_or_a_figure_stays_a_claim(claims_of, sentence):
    assert sentence in claims_of(sentence)


@pytest.mark.parametrize("sentence", [
    "I'm never going to be happy in this town.",
    "This war will not end in months or years.",
])
def test_a_forecast_in_the_negative_denies_no_event(claims_of, sentence):
    # no name, figure or date: only a denied event could make it a claim
    assert sentence not in claims_of("Voss spoke in Lenholm on Monday. " + sentence)


def test_a_denied_event_in_the_past_stays_a_claim(claims_of):
    assert "Voss did not testify." in claims_of("Voss spoke in Lenholm on Monday. Voss did not testify.")


@pytest.mark.parametrize("sentence", [
    "(Copyright 2014 Vantrell Radio Inc. Used under license.)",
    "Mara Quist of the Lenholm Ledger contributed to this report.",
])
def test_rights_notices_and_credits_are_no_claims(claims_of, sentence):
    claims = claims_of("Voss spoke in Lenholm on Monday.\n\n" + sentence)
    assert not any("Copyright" in c or "contributed" in c for c in claims)


def test_a_copyright_lawsuit_stays_a_claim(claims_of):
    sentence = "Vantrell sued Voss for copyright infringement in 2014."
    assert sentence in claims_of(sentence)


def test_an_exclamation_in_brackets_is_a_slogan(claims_of):
    text = "Voss spoke in Lenholm on Monday. (Watch out, Dana Whitfield, Vantrell is coming for you!)"
    assert not any("Watch out" in c for c in claims_of(text))
