"""Each sentence: reported fact, attributed statement, or the outlet's own opinion, with the cue."""
from framing.builders import article, extraction, quote

from newsprism.framing import frame_article
from newsprism.records import Span


def stances(art, ext=None):
    _, out = frame_article(art, ext)
    return [(art.text[s.span.start:s.span.end], s.kind, s.cues) for s in out]


def test_report_attributed_and_opinion_sentences():
    text = ("The bridge reopened on Monday after repairs. "
            "The mayor said the work cost 2 million euros. "
            "Clearly, this shameful waste must never happen again. "
            "We must stop them now!")
    got = stances(article("s1", "X", text))
    kinds = [k for _, k, _ in got]
    assert kinds == ["report", "attributed", "opinion", "opinion"], got
    assert any("stance adverb" in c for c in got[2][2])
    assert any(c.startswith(("first person", "call-to-action", "exclamation")) for c in got[3][2])
    assert any(c.startswith("attribution") for c in got[1][2])


def test_speculation_needs_two_weak_cues():
    one = stances(article("s2", "X", "The talks may resume next week."))
    two = stances(article("s3", "X", "Perhaps the talks may resume next week."))
    assert one[0][1] == "report"
    assert two[0][1] == "opinion" and sum(c.startswith("speculative") for c in two[0][2]) == 2


def test_a_rhetorical_question_is_the_outlets_opinion():
    got = stances(article("s4", "X", "Why would anyone trust these reckless warmongers again?"))
    assert got[0][1] == "opinion"


def test_a_quoted_opinion_is_attributed_not_the_outlets():
    text = '"We will crush these cowardly traitors," the general told reporters.'
    art = article("s5", "X", text)
    ext = extraction(art, quotes=[quote(art, "We will crush these cowardly traitors,", "the general")])
    got = stances(art, ext)
    assert got[0][1] == "attributed", got
    findings, _ = frame_article(art, ext)
    assert findings and all(f.whose == "the general" for f in findings if f.kind in ("loaded", "label"))


def test_every_sentence_gets_exactly_one_stance():
    text = "One. Two is here. Three is there!"
    _, out = frame_article(article("s6", "X", text))
    assert len(out) == 3 and all(s.kind in ("report", "attributed", "opinion") for s in out)


def test_states_the_noun_and_a_web_address_are_no_cues():
    got = stances(article("s19", "X", "Voss would regret not competing harder in the first two states. "
                                      "Mara Quist won the vote across the states. "
                                      "To donate to the Lenholm fund, please visit: https://gofund.me/a1b2c3"))
    assert [k for _, k, _ in got] == ["report", "report", "report"], got
    said = stances(article("s20", "X", "The Lenholm council report states that the bridge is safe."))
    assert said[0][1] == "attributed", said


def test_that_said_and_a_price_that_added_points_are_no_attribution():
    got = stances(article("s21", "X", "That said, Vantrell promised more and has not delivered. "
                                      "The Lenholm stock added more than 2% on Monday."))
    assert [k for _, k, _ in got] == ["report", "report"], got
    said = stances(article("s22", "X", "The Lenholm dam is safe, Voss added."))
    assert said[0][1] == "attributed", said


def test_an_embedded_post_is_its_authors_not_the_outlets():
    text = ("Ann Roe wrote to the Lenholm court. \"The answer is mercy.\"\n\n"
            "Sharing my full letter on the case.\n\n"
            "We must apply a system of compassion to justice.\n\n"
            "— Rep. Ann Roe (@annroe) November 19, 2019\n\n"
            "The court will rule in March.")
    got = stances(article("s23", "X", text))
    kinds = {t: k for t, k, _ in got}
    assert kinds["Sharing my full letter on the case."] == "attributed", got
    assert kinds["We must apply a system of compassion to justice."] == "attributed", got
    findings, _ = frame_article(article("s23", "X", text))
    assert [f.whose for f in findings if f.kind == "call-to-action"] == ["Rep. Ann Roe"]


def _stance_quote(art, content, speaker, cue):
    """An indirect quote the extraction marked as a reported attitude (act "stance")."""
    from dataclasses import replace

    q = quote(art, content, speaker, kind="indirect")
    start = art.text.index(cue)
    return replace(q, act="stance", cue=cue, cue_span=Span(art.id, start, start + len(cue)))


def test_a_stance_quote_without_a_clause_reports_an_action():
    text = ("Vantrell plans to open a plant in Lenholm next year. "
            "Mara Quist found that the Lenholm dam leaks. "
            "The Brennick union wants a higher wage.")
    art = article("s24", "X", text)
    ext = extraction(art, quotes=[_stance_quote(art, "to open a plant in Lenholm next year", "Vantrell", "plans"),
                                  _stance_quote(art, "that the Lenholm dam leaks", "Mara Quist", "found"),
                                  _stance_quote(art, "a higher wage", "The Brennick union", "wants")])
    assert [k for _, k, _ in stances(art, ext)] == ["report", "attributed", "attributed"]


def test_on_an_opinion_page_one_weak_cue_is_the_writers_view():
    column = ("Clearly the Lenholm council is a disgrace. We deserve better. Shamefully, Voss hides. "
              "Obviously nobody trusts him. Voss seems to have no plan for the bridge.")
    got = stances(article("s25", "X", column))
    assert got[-1][1] == "opinion" and any(c.startswith("column") for c in got[-1][2]), got
    plain = ("The Lenholm council met on Monday. The bridge closed in May. Voss chaired the meeting. "
             "The vote passed. Voss seems to have no plan for the bridge.")
    assert stances(article("s26", "X", plain))[-1][1] == "report"


def test_nouns_titles_and_negated_passives_are_no_attribution_cues():
    text = ("The court weighed his alleged role in the Lenholm fraud. "
            "Voss kept changing his doctor's reports. "
            "The study appeared in the journal Lenholm Case Reports. "
            "The visit was not announced to reporters. "
            "The new Lenholm wing adds a third floor to the hospital. "
            "Correction added Nov. 18, 2019: the wing opens in May.")
    assert [k for _, k, _ in stances(article("s27", "X", text))] == ["report"] * 6
    said = stances(article("s28", "X", "Mara Quist reports that the dam is safe."))
    assert said[0][1] == "attributed"


def test_greetings_contact_lines_names_and_showing_up_are_no_opinion():
    text = ("Good morning! "
            "Follow us on Twitter for more Lenholm news. "
            "Perhaps Prime Minister May will visit Lenholm. "
            "Perhaps the photos appear in the Brennick gazette.")
    assert [k for _, k, _ in stances(article("s29", "X", text))] == ["report"] * 4
