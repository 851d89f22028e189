"""Quote groups and fidelity, on invented articles."""
import pytest

from newsprism.crosscheck import embed_texts
from newsprism.crosscheck.quotes import fold, quote_groups, word_diff, words
from newsprism.records import Mention, Quote

Q1 = "Today, we decided to open two new clinics in Harbor City. The number of beds will rise from 80 to about 300."


def _one(groups, text):
    found = [g for g in groups if text in g.text]
    assert len(found) == 1, [g.text for g in groups]
    return found[0]


def test_typography_is_ignored():
    assert words("“Don’t stop – ever,” she said") == words('"Don\'t stop - ever," she said')
    assert fold("a — b … c") == "a - b ... c"


def test_sentences_reproduced_apart_become_their_own_groups(b):
    a = b.article("q1", "Paper A", f"“{Q1}” said the mayor Lena Ortiz at the opening.")
    c = b.article("q2", "Paper B", "“Today, we decided to open two new clinics in Harbor City,” Ortiz said, adding that "
                                   "the “number of beds will rise from 80 to about 300.”")
    ea = b.Extraction("q1", quotes=(b.quote(a, Q1, "Lena Ortiz"),))
    ec = b.Extraction("q2", quotes=(b.quote(c, "Today, we decided to open two new clinics in Harbor City,", "Ortiz"),
                                    b.quote(c, "number of beds will rise from 80 to about 300.", "Ortiz")))
    groups = quote_groups("s", [a, c], [ea, ec])
    assert len(groups) == 2
    first = _one(groups, "we decided to open")
    assert [m.fidelity for m in first.members] == ["verbatim", "verbatim"]
    assert first.speaker == "Lena Ortiz" and not first.speaker_conflict
    second = _one(groups, "number of beds")
    assert {m.article_id: m.fidelity for m in second.members} == {"q1": "verbatim", "q2": "trimmed"}
    for m in first.members + second.members:
        text = {"q1": a.text, "q2": c.text}[m.article_id]
        assert words(text[m.span.start:m.span.end])  # evidence points at the words


def test_a_quote_reproduced_whole_stays_one_group(b):
    a = b.article("w1", "Paper A", f"“{Q1}” said Lena Ortiz.")
    c = b.article("w2", "Paper B", f"Lena Ortiz said: \"{Q1.replace('about', 'About')}\"")
    ex = [b.Extraction("w1", quotes=(b.quote(a, Q1, "Lena Ortiz"),)),
          b.Extraction("w2", quotes=(b.quote(c, Q1.replace('about', 'About'), "Lena Ortiz"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert [m.fidelity for m in g.members] == ["verbatim", "verbatim"]


def test_altered_words_are_shown_as_a_diff(b):
    a = b.article("a1", "Paper A", "“We will never negotiate with the kidnappers of our citizens,” the minister said.")
    c = b.article("a2", "Paper B", "“We will not negotiate with the kidnappers of citizens,” the minister said.")
    ex = [b.Extraction("a1", quotes=(b.quote(a, "We will never negotiate with the kidnappers of our citizens,", "the minister"),)),
          b.Extraction("a2", quotes=(b.quote(c, "We will not negotiate with the kidnappers of citizens,", "the minister"),))]
    (g,) = quote_groups("s", [a, c], ex)
    altered = [m for m in g.members if m.fidelity == "altered"]
    assert len(altered) == 1 and altered[0].article_id == "a2"
    assert "[-never-] {+not+}" in altered[0].diff and "[-our-]" in altered[0].diff
    assert word_diff("a b c", "a x c") == "a [-b-] {+x+} c"


def test_british_and_american_spellings_are_the_same_words(b):
    """An outlet's house style respells the speaker's words ("traumatised" / "traumatized"); that is no
    change to what was said. A changed word still is."""
    said = "Everyone in the centre is traumatised, and the neighbours have cancelled their travel plans"
    a = b.article("s1", "Paper A", f"“{said},” Ann Roe said.")
    respelled = said.replace("centre", "center").replace("traumatised", "traumatized").replace(
        "neighbours", "neighbors").replace("cancelled", "canceled")
    c = b.article("s2", "Paper B", f"“{respelled},” Ann Roe said.")
    changed = said.replace("traumatised", "terrified")
    d = b.article("s3", "Paper C", f"“{changed},” Ann Roe said.")
    ex = [b.Extraction(x.id, quotes=(b.quote(x, t, "Ann Roe"),)) for x, t in ((a, said), (c, respelled), (d, changed))]
    (g,) = quote_groups("s", [a, c, d], ex)
    fidelity = {m.article_id: m.fidelity for m in g.members}
    assert fidelity["s1"] == fidelity["s2"] == "verbatim" and fidelity["s3"] == "altered", g.members
    assert words("four hours") != words("for hours") and words("hatred") != words("hated")


def test_different_speakers_for_the_same_words_are_flagged(b):
    words_ = "The reform will cut waiting times in half by next spring."
    a = b.article("s1", "Paper A", f"“{words_}” said Maria Lund.")
    c = b.article("s2", "Paper B", f"“{words_}” said Peter Haas.")
    ex = [b.Extraction("s1", quotes=(b.quote(a, words_, "Maria Lund"),)),
          b.Extraction("s2", quotes=(b.quote(c, words_, "Peter Haas"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert g.speaker_conflict


def test_indirect_rendering_is_a_paraphrase(b):
    direct = "The new clinics will treat patients from the whole northern district."
    a = b.article("p1", "Paper A", f"“{direct}” Lena Ortiz said.")
    c = b.article("p2", "Paper B", f"“{direct}” Ortiz said.")
    indirect = "the new clinics would treat patients from all of the northern district"
    d = b.article("p3", "Paper C", f"Ortiz said that {indirect}.")
    ex = [b.Extraction("p1", quotes=(b.quote(a, direct, "Lena Ortiz"),)),
          b.Extraction("p2", quotes=(b.quote(c, direct, "Ortiz"),)),
          b.Extraction("p3", quotes=(b.quote(d, indirect, "Ortiz", kind="indirect"),))]
    (g,) = quote_groups("s", [a, c, d], ex, embed=embed_texts)
    assert {m.article_id: m.fidelity for m in g.members} == {"p1": "verbatim", "p2": "verbatim", "p3": "paraphrase"}


def test_scare_quotes_and_single_articles_make_no_group(b):
    a = b.article("z1", "Paper A", "They called it a “peace mission” again.")
    c = b.article("z2", "Paper B", "Critics mocked the “peace mission” label.")
    ex = [b.Extraction("z1", quotes=(b.quote(a, "peace mission", None, kind="scare"),)),
          b.Extraction("z2", quotes=(b.quote(c, "peace mission", None, kind="scare"),))]
    assert quote_groups("s", [a, c], ex) == ()


def test_an_outlet_quoting_only_the_second_sentence_is_a_trimmed_copy(b):
    full = "The water is falling now. Nobody should go back until our engineers have checked every building."
    changed = full.replace("building", "house")
    arts = [b.article("t1", "Wire", f"“{full}” Nilsen said."), b.article("t2", "Copy", f"“{full}” Nilsen said."),
            b.article("t3", "Radio", "“Nobody should go back until our engineers have checked every building,” "
                                     "Nilsen said."),
            b.article("t4", "Opinion", f"“{changed}” Nilsen said.")]
    parts = [full, full, "Nobody should go back until our engineers have checked every building", changed]
    exts = [b.Extraction(a.id, quotes=(b.quote(a, p, "Nilsen"),)) for a, p in zip(arts, parts)]
    (g,) = quote_groups("s", arts, exts)
    got = {m.outlet: m.fidelity for m in g.members}
    # The reference is the wording most outlets share, so the changed word is the Opinion's.
    assert got == {"Wire": "verbatim", "Copy": "verbatim", "Radio": "trimmed", "Opinion": "altered"}
    opinion = next(m for m in g.members if m.outlet == "Opinion")
    assert "[-building.-]" in opinion.diff or "[-building-]" in opinion.diff
    assert "{+house" in opinion.diff


# Session 18: defects found reading quote groups of real stories told by several outlets.

SAID = "Decisions like this are never easy, and this one was hard for the whole club"


def test_words_after_the_closing_mark_are_not_the_speakers(b):
    """A quote span that runs past its closing mark into the outlet's words (“…,” club president), or over
    an opening mark typed for a closing one (…, “said Voss.), is compared on the quoted words only: the
    copies are verbatim, not trimmed against a reference holding the attribution."""
    a = b.article("c1", "Paper A", f"“{SAID},” club president Mark Tennant said on Friday.")
    c = b.article("c2", "Paper B", f"“{SAID},” Tennant said.")
    d = b.article("c3", "Paper C", f"“{SAID}, “said Mark Tennant.")
    ex = [b.Extraction("c1", quotes=(b.quote(a, f"“{SAID},” club president", "Mark Tennant"),)),
          b.Extraction("c2", quotes=(b.quote(c, f"“{SAID},”", "Tennant"),)),
          b.Extraction("c3", quotes=(b.quote(d, f"“{SAID}, “said Mark Tennant.", "Mark Tennant"),))]
    (g,) = quote_groups("s", [a, c, d], ex)
    assert {m.article_id: m.fidelity for m in g.members} == {"c1": "verbatim", "c2": "verbatim", "c3": "verbatim"}
    assert "president" not in g.text and "said" not in g.text


def test_a_quote_over_paragraphs_keeps_its_later_paragraphs(b):
    """A mark opening a paragraph continues the quote; it does not close it."""
    two = "We will rebuild the bridge by the spring.\n\n“Nobody in Lenholm will be cut off for long.”"
    a = b.article("p1", "Paper A", f"“{two} Ann Roe said.")
    c = b.article("p2", "Paper B", "“We will rebuild the bridge by the spring. Nobody in Lenholm will be cut off "
                                   "for long,” Ann Roe said.")
    ex = [b.Extraction("p1", quotes=(b.quote(a, f"“{two}", "Ann Roe"),)),
          b.Extraction("p2", quotes=(b.quote(c, c.text[:c.text.index(" Ann Roe")], "Ann Roe"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert [m.fidelity for m in g.members] == ["verbatim", "verbatim"] and "Lenholm" in g.text


def test_one_quote_found_twice_in_an_article_is_one_member(b):
    a = b.article("d1", "Paper A", f"“{SAID},” club president Mark Tennant said.")
    c = b.article("d2", "Paper B", f"“{SAID},” Tennant said.")
    s = b.span_of(a, f"“{SAID},”")
    twice = (Quote(id="qa", span=s, text=a.text[s.start:s.end], kind="direct", speaker="Mark Tennant"),
             Quote(id="qb", span=b.Span("d1", s.start, s.end + len(" club president")),
                   text=a.text[s.start:s.end + len(" club president")], kind="direct", speaker="Mark Tennant"))
    ex = [b.Extraction("d1", quotes=twice), b.Extraction("d2", quotes=(b.quote(c, f"“{SAID},”", "Tennant"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert sorted(m.article_id for m in g.members) == ["d1", "d2"]
    assert [m.fidelity for m in g.members] == ["verbatim", "verbatim"]


def test_a_description_for_a_speaker_is_no_conflict(b):
    """“the comedian” names no one: it does not contradict the name another outlet gives."""
    a = b.article("e1", "Paper A", f"“{SAID},” Dana Whitfield wrote.")
    c = b.article("e2", "Paper B", f"“{SAID},” the comedian added on her show.")
    ex = [b.Extraction("e1", quotes=(b.quote(a, SAID, "Dana Whitfield"),)),
          b.Extraction("e2", quotes=(b.quote(c, SAID, "the comedian"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert not g.speaker_conflict and g.speaker == "Dana Whitfield"


def test_a_company_and_its_executive_are_no_conflict(b):
    """One outlet gives the words to the executive, another to the company she speaks for: not two
    speakers. Two people still are (test_different_speakers_for_the_same_words_are_flagged)."""
    a = b.article("f1", "Paper A", f"“{SAID},” said Mara Quist, president of Vantrell Group.")
    c = b.article("f2", "Paper B", f"“{SAID},” said Vantrell Group chief Mara Quist.")
    sa, sc = b.span_of(a, "Mara Quist"), b.span_of(c, "Vantrell Group")
    ma = (Mention(sa, "Mara Quist", "PERSON"), Mention(b.span_of(a, "Vantrell Group"), "Vantrell Group", "ORG"))
    mc = (Mention(sc, "Vantrell Group", "ORG"), Mention(b.span_of(c, "Mara Quist"), "Mara Quist", "PERSON"))
    ex = [b.Extraction("f1", mentions=ma, quotes=(b.quote(a, SAID, "Mara Quist", speaker_span=sa),)),
          b.Extraction("f2", mentions=mc, quotes=(b.quote(c, SAID, "Vantrell Group", speaker_span=sc),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert not g.speaker_conflict


def test_a_title_in_quotation_marks_is_no_statement(b):
    """A book's or an award's name in quotation marks is not someone's words."""
    title = "The Long Road Home: A Story of the Lenholm Floods"
    arts = [b.article(f"t{k}", f"Paper {k}", f"Olek Brand wrote in “{title}” that the river rose fast.")
            for k in (1, 2)]
    ex = [b.Extraction(x.id, quotes=(b.quote(x, f"“{title}”", "Olek Brand"),)) for x in arts]
    assert quote_groups("s", arts, ex) == ()


def test_a_compound_written_closed_is_the_same_word(b):
    said = "The data center is the heart of every firm we serve"
    a = b.article("k1", "Paper A", f"“{said},” Voss said.")
    c = b.article("k2", "Paper B", f"“{said.replace('data center', 'datacenter')},” Voss said.")
    ex = [b.Extraction("k1", quotes=(b.quote(a, said, "Voss"),)),
          b.Extraction("k2", quotes=(b.quote(c, said.replace("data center", "datacenter"), "Voss"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert [m.fidelity for m in g.members] == ["verbatim", "verbatim"]


def test_quoted_words_inside_an_indirect_quote_are_a_rendering(b):
    """“Brennick said the ruling showed that “…”” quotes the words, though the extractor made the whole an
    indirect quote; and a long run in quotation marks without a speaker found is someone's words too."""
    words_ = "the courts will not let this happen again in our lifetime"
    a = b.article("i1", "Paper A", f"Brennick said the ruling showed that “{words_}.”")
    c = b.article("i2", "Paper B", f"Brennick said the ruling showed that “{words_}.”")
    d = b.article("i3", "Paper C", f"The verdict means “{words_}.”")
    ex = [b.Extraction(x.id, quotes=(b.quote(x, x.text[x.text.index("the ruling"):], "Brennick", kind="indirect"),))
          for x in (a, c)]
    ex.append(b.Extraction("i3", quotes=(b.quote(d, f"“{words_}.”", None, kind="scare"),)))
    (g,) = quote_groups("s", [a, c, d], ex)
    assert {m.article_id: m.fidelity for m in g.members} == {"i1": "verbatim", "i2": "verbatim", "i3": "verbatim"}
    assert g.speaker == "Brennick" and g.text.startswith("the courts")


def test_a_quote_inside_the_quote_stays_part_of_it(b):
    said = 'They cut the budget for the clinics and then called the plan a "fresh start"'
    a = b.article("n1", "Paper A", f"“{said},” Ann Roe said.")
    c = b.article("n2", "Paper B", f"“{said.replace(chr(34), '')},” Ann Roe said.")
    ex = [b.Extraction("n1", quotes=(b.quote(a, f"“{said},”", "Ann Roe"),)),
          b.Extraction("n2", quotes=(b.quote(c, f"“{said.replace(chr(34), '')},”", "Ann Roe"),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert [m.fidelity for m in g.members] == ["verbatim", "verbatim"] and "fresh start" in g.text


def test_a_capitalised_description_opening_a_sentence_is_no_conflict(b):
    """“Authorities said …” names no one, though its first word is capitalised: the article's records hold
    no named entity for it. Against the person another outlet names it is no second speaker."""
    a = b.article("g1", "Paper A", f"“{SAID},” Mark Tennant said in Lenholm.")
    c = b.article("g2", "Paper B", f"Officials met in Lenholm. “{SAID},” Authorities said.")
    ma = (Mention(b.span_of(a, "Mark Tennant"), "Mark Tennant", "PERSON"),
          Mention(b.span_of(a, "Lenholm"), "Lenholm", "GPE"))
    mc = (Mention(b.span_of(c, "Lenholm"), "Lenholm", "GPE"),)
    ex = [b.Extraction("g1", mentions=ma, quotes=(b.quote(a, SAID, "Mark Tennant", speaker_span=ma[0].span),)),
          b.Extraction("g2", mentions=mc, quotes=(b.quote(c, SAID, "Authorities",
                                                          speaker_span=b.span_of(c, "Authorities")),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert not g.speaker_conflict and g.speaker == "Mark Tennant"


def test_two_named_people_stay_a_conflict_when_the_records_know_them(b):
    """A speaker the article names as an entity is a name, also when the speaker's own span is a pronoun
    the extractor resolved (“…,” he said): two such people for the same words are still flagged."""
    a = b.article("h1", "Paper A", f"Dana Whitfield spoke first. “{SAID},” she said.")
    c = b.article("h2", "Paper B", f"“{SAID},” Olek Brand said.")
    ma = (Mention(b.span_of(a, "Dana Whitfield"), "Dana Whitfield", "PERSON"),)
    mc = (Mention(b.span_of(c, "Olek Brand"), "Olek Brand", "PERSON"),)
    she = b.span_of(a, "she")
    ex = [b.Extraction("h1", mentions=ma, quotes=(b.quote(a, SAID, "Dana Whitfield", speaker_span=she),)),
          b.Extraction("h2", mentions=mc, quotes=(b.quote(c, SAID, "Olek Brand", speaker_span=mc[0].span),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert g.speaker_conflict


def test_a_paraphrase_credited_to_a_description_joins_the_named_quote(b):
    """“Authorities said the road would …” credits no one by name: a description agrees with the person
    other outlets quote, so the indirect rendering is a paraphrase of their statement."""
    direct = "The coast road will reopen to all traffic before the end of next week."
    a = b.article("r1", "Paper A", f"“{direct}” Mark Tennant said.")
    c = b.article("r2", "Paper B", f"“{direct}” Mark Tennant said.")
    indirect = "the coast road would reopen to all traffic before the end of next week"
    d = b.article("r3", "Paper C", f"Officials met in Lenholm. Authorities said {indirect}.")
    ma = (Mention(b.span_of(a, "Mark Tennant"), "Mark Tennant", "PERSON"),)
    mc = (Mention(b.span_of(c, "Mark Tennant"), "Mark Tennant", "PERSON"),)
    md = (Mention(b.span_of(d, "Lenholm"), "Lenholm", "GPE"),)
    ex = [b.Extraction("r1", mentions=ma, quotes=(b.quote(a, direct, "Mark Tennant", speaker_span=ma[0].span),)),
          b.Extraction("r2", mentions=mc, quotes=(b.quote(c, direct, "Mark Tennant", speaker_span=mc[0].span),)),
          b.Extraction("r3", mentions=md, quotes=(b.quote(d, indirect, "Authorities", kind="indirect",
                                                          speaker_span=b.span_of(d, "Authorities")),))]
    (g,) = quote_groups("s", [a, c, d], ex, embed=embed_texts)
    assert {m.article_id: m.fidelity for m in g.members} == {"r1": "verbatim", "r2": "verbatim", "r3": "paraphrase"}
    assert g.speaker == "Mark Tennant" and not g.speaker_conflict


def test_a_description_on_the_same_topic_is_no_paraphrase(b):
    """“officials said the alliance forces are there to train …” is about the mission the named speaker
    announced, not a rendering of his words: a description needs words much closer to join."""
    direct = "Today, we decided to expand the alliance's training mission in Vantrell."
    a = b.article("x1", "Paper A", f"“{direct}” Olek Brand said.")
    c = b.article("x2", "Paper B", f"“{direct}” Olek Brand said.")
    indirect = "the presence of alliance forces in Vantrell is for training and advice of local forces"
    d = b.article("x3", "Paper C", f"In Vantrell, local officials said {indirect}.")
    md = (Mention(b.span_of(d, "Vantrell"), "Vantrell", "GPE"),)
    ex = [b.Extraction("x1", quotes=(b.quote(a, direct, "Olek Brand"),)),
          b.Extraction("x2", quotes=(b.quote(c, direct, "Olek Brand"),)),
          b.Extraction("x3", mentions=md, quotes=(b.quote(d, indirect, "local officials",
                                                          kind="indirect"),))]
    (g,) = quote_groups("s", [a, c, d], ex, embed=embed_texts)
    assert sorted(m.article_id for m in g.members) == ["x1", "x2"]


def test_a_paraphrase_credited_to_a_pronoun_stays_out(b):
    """“he said …” with no one resolved names no speaker: it cannot be told from another person's words."""
    direct = "The coast road will reopen to all traffic before the end of next week."
    a = b.article("u1", "Paper A", f"“{direct}” Mark Tennant said.")
    c = b.article("u2", "Paper B", f"“{direct}” Mark Tennant said.")
    indirect = "the coast road would reopen to all traffic before the end of next week"
    d = b.article("u3", "Paper C", f"He said {indirect}.")
    ex = [b.Extraction("u1", quotes=(b.quote(a, direct, "Mark Tennant"),)),
          b.Extraction("u2", quotes=(b.quote(c, direct, "Mark Tennant"),)),
          b.Extraction("u3", quotes=(b.quote(d, indirect, "He", kind="indirect"),))]
    (g,) = quote_groups("s", [a, c, d], ex, embed=embed_texts)
    assert sorted(m.article_id for m in g.members) == ["u1", "u2"]


def test_a_description_with_a_stance_cue_is_no_paraphrase(b):
    """“Part of the plan is that …”: the extractor's speaker is the outlet's own sentence subject, a
    stance and no one's words; it does not join the statement it resembles."""
    direct = "The coast road will reopen to all traffic before the end of next week."
    a = b.article("w1", "Paper A", f"“{direct}” Mark Tennant said.")
    c = b.article("w2", "Paper B", f"“{direct}” Mark Tennant said.")
    indirect = "the coast road would reopen to all traffic before the end of next week"
    d = b.article("w3", "Paper C", f"Part of the plan in Lenholm is that {indirect}.")
    ex = [b.Extraction("w1", quotes=(b.quote(a, direct, "Mark Tennant"),)),
          b.Extraction("w2", quotes=(b.quote(c, direct, "Mark Tennant"),)),
          b.Extraction("w3", mentions=(Mention(b.span_of(d, "Lenholm"), "Lenholm", "GPE"),),
                       quotes=(b.quote(d, indirect, "Part of the plan", kind="indirect", act="stance"),))]
    (g,) = quote_groups("s", [a, c, d], ex, embed=embed_texts)
    assert sorted(m.article_id for m in g.members) == ["w1", "w2"]


@pytest.mark.parametrize("description", ["a Lenholm Highway Patrol officer", "Vantrell police"])
def test_a_description_holding_a_place_is_no_name(b, description):
    """A place named inside a description (“a Lenholm Highway Patrol officer”) does not make it a name:
    against the person another outlet names it is no second speaker, and the person is the group's."""
    place = "Lenholm" if "Lenholm" in description else "Vantrell"
    a = b.article("v1", "Paper A", f"“{SAID},” Mark Tennant said.")
    c = b.article("v2", "Paper B", f"“{SAID},” {description} said.")
    ma = (Mention(b.span_of(a, "Mark Tennant"), "Mark Tennant", "PERSON"),)
    mc = (Mention(b.span_of(c, place), place, "GPE"),)
    ex = [b.Extraction("v1", mentions=ma, quotes=(b.quote(a, SAID, "Mark Tennant", speaker_span=ma[0].span),)),
          b.Extraction("v2", mentions=mc, quotes=(b.quote(c, SAID, description,
                                                          speaker_span=b.span_of(c, description)),))]
    (g,) = quote_groups("s", [a, c], ex)
    assert not g.speaker_conflict and g.speaker == "Mark Tennant"
