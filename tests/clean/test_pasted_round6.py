"""Sixth round on pasted page text: lists of other stories that the article's main block ran over.

Each rule answers a group of pages found on real pasted pages (benchmarks/pasted_text_quality.py): a list of
teasers with their summaries under the article (a kicker, a headline or a writer above each summary), a list
of teasers each closed by its age ("2H ago"), and a "0 Comments" count above the article's text that opened
the comment section. The texts are invented (an invented town, outlet and people) and copy only the shapes
such pages have; the guards keep the old behaviour where it was right.
"""
from __future__ import annotations

from newsprism.clean.text import layout_text
from pasted_page_parts import ARTICLE, HEADLINE, MENU

NOW = "2024-12-31T00:00:00"

# teasers of other stories: a headline, its writer, a summary of about twenty words
TEASERS = [
    ("Tides of the Vantrell estuary and what they hide", "Mara Quist",
     "Fishermen in Vantrell have watched the low tides uncover old wrecks all autumn, and the museum wants them moved."),
    ("Why the Lenholm council keeps losing its budget fights", "Mark Tennant",
     "Three votes in a row have gone against the council this year, and its members blame one another in public."),
    ("A winter of night trains returns to the coast", "Ann Roe",
     "The rail operator will run sleeper services to the coast again from December, the first time in a decade."),
    ("The bakery that feeds the harbour at four in the morning", "Olek Brand",
     "Before the first ferry leaves, a queue of crews forms outside a small bakery near the quay every single day."),
]


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


# ---------------------------------------------------------------- teasers with summaries under the article

def test_a_list_of_teasers_with_writers_and_summaries_under_the_article_is_not_its_text():
    teasers = [line for headline, writer, summary in TEASERS for line in (headline, writer, summary)]
    text = _page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE, ["Share your thoughts with friends", "OPINION"], teasers)
    layout = layout_text(text, now=NOW)
    assert list(layout.paragraphs) == ARTICLE
    roles = _roles(layout)
    for _, _, summary in TEASERS:
        assert roles[summary] == ("removed", "teaser (summary in a list of other stories)")


def test_teasers_under_a_kicker_and_a_section_label_are_not_the_articles_text():
    """"KICKER" / "Headline" / "3 shares Section Section" / "Summary.": three short lines above each summary."""
    kickers = ["LOW TIDE", "BUDGET WOES", "NIGHT RIDERS", "EARLY RISERS"]
    teasers = [line for kicker, (headline, _, summary) in zip(kickers, TEASERS)
               for line in (kicker, headline, "3 shares Lenholm Local", summary)]
    layout = layout_text(_page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE, teasers), now=NOW)
    assert list(layout.paragraphs) == ARTICLE


def test_two_teasers_are_not_yet_a_list():
    """Fewer than three summaries in a row: the block reads them as it did before (one heading and one
    paragraph twice is as likely the article's last sections)."""
    teasers = [line for headline, writer, summary in TEASERS[:2] for line in (headline, writer, summary)]
    layout = layout_text(_page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE, teasers), now=NOW)
    assert TEASERS[1][2] in layout.paragraphs


def test_an_articles_one_paragraph_sections_stay_its_text():
    """A question heading over each paragraph, set apart by "___" rules: one heading a section, not a teaser's
    headline and writer."""
    sections = []
    for headline, _, summary in TEASERS:
        sections += ["___", headline.upper() + "?", summary]
    layout = layout_text(_page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE, sections), now=NOW)
    assert [p for p in layout.paragraphs if p in ARTICLE or p in [t[2] for t in TEASERS]] == \
        ARTICLE + [summary for _, _, summary in TEASERS]


def test_paragraphs_quoting_other_outlets_stay_the_articles_text():
    """A round-up whose paragraphs each end with the outlet quoted ("[Lenholm Courier]"): one label each."""
    quoted = []
    for outlet, (_, _, summary) in zip(["[Lenholm Courier]", "[Vantrell Post]", "[Harbour Weekly]", "[Coast FM]"],
                                       TEASERS):
        quoted += [summary, outlet]
    layout = layout_text(_page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE, quoted), now=NOW)
    assert list(layout.paragraphs[:3]) == ARTICLE
    assert all(summary in layout.paragraphs for _, _, summary in TEASERS)


# ---------------------------------------------------------------- teasers closed by their age

def test_teasers_each_closed_by_their_age_are_a_list_of_other_stories():
    teasers = []
    for (headline, _, summary), age in zip(TEASERS, ["25M ago", "1H ago", "3H ago", "5H ago"]):
        teasers += [headline, summary, age]
    layout = layout_text(_page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE, ["Lenholm", "More Lenholm"], teasers),
                         now=NOW)
    roles = _roles(layout)
    for headline, _, summary in TEASERS:
        assert roles[summary] == ("removed", "teaser (above its age stamp)")
        assert roles[headline][0] == "removed"
    assert list(layout.paragraphs[:3]) == ARTICLE


def test_an_age_under_the_byline_leaves_the_article_alone():
    text = _page(MENU, [HEADLINE, "By Dana Whitfield", "2H ago"], ARTICLE, ["Updated 1H ago"], ARTICLE[:1])
    layout = layout_text(text, now=NOW)
    assert list(layout.paragraphs) == ARTICLE + ARTICLE[:1]


# ---------------------------------------------------------------- "0 Comments" above the article's text

def test_a_zero_comment_count_above_the_text_does_not_open_the_comment_section():
    """A teaser's long summary above the article has begun the main block; the "0 Comments" count in the article's
    credits bar then stood after the block's start and opened the comment section over the article's text."""
    teaser = ("Harbour board voices concern over the dredging plan, says two thousand moorings may soon be lost "
              "LENHOLM: Voicing concern over the plan, the harbour board said on Monday that the works would take years")
    text = _page(MENU, [teaser, HEADLINE, "November 20, 2024", "Share it with friends", "by Lenholm Courier Staff",
                        "0 Comments"], ARTICLE, ["Leave a Reply", "Your email address will not be published."])
    layout = layout_text(text, now=NOW)
    assert list(layout.paragraphs[-3:]) == ARTICLE
    assert not layout.comments
    assert _roles(layout)["0 Comments"][0] == "removed"  # a count in the credits bar, set aside as before
    assert _roles(layout)["Leave a Reply"] == ("removed", "comment section heading")


def test_a_comment_count_over_comments_still_opens_the_section():
    text = _page(MENU, [HEADLINE, "By Dana Whitfield"], ARTICLE,
                 ["2 Comments", "Mara Quist on March 3, 2024 at 9:12 pm said:", "The night crossings were always late.",
                  "Olek Brand on March 4, 2024 at 8:01 am said:", "Good to see the crews stand together."])
    layout = layout_text(text, now=NOW)
    assert list(layout.paragraphs) == ARTICLE
    assert [c.author for c in layout.comments] == ["Mara Quist", "Olek Brand"]
