"""The headline of a pasted page: it stands just above the article's credits (the byline, the date).

Each rule answers a failure seen on real pages (benchmarks/pasted_text_quality.py: standfirsts, video
captions, author lines and link lists standing between the headline and the text); the texts are
invented for these tests (an invented town, outlet and people) and copy only the shapes such pages have.
"""
from __future__ import annotations

from newsprism.clean.boilerplate import caption_reason
from newsprism.clean.metadata import credit_line_of
from newsprism.clean.text import layout_text

MENU = ["Home", "News", "Local", "Harbour", "Weather", "Sport", "Culture", "Opinion", "Podcasts", "Events"]
ARTICLE = [
    "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
    "\"We have asked for the same rate for three years,\" said union steward Olek Brand at the dockside gate.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled.",
]
SHARE = ["Share this story", "Share on Facebook", "Share on Twitter", "Email"]
HEADLINE = "Ferry Crews in Lenholm Walk Out Over Night-Shift Pay"


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


def test_a_standfirst_between_the_headline_and_the_byline_is_not_the_title():
    """A standfirst written in sentence case without a final period stands nearer the text than the
    headline; the headline is the line above it that capitalises like a headline."""
    text = "\n".join([*MENU, "Harbour", HEADLINE, "New, 4 comments",
                      "the morning crossings are cancelled until the talks resume next week",
                      "By Mara Quist", "Mar 3, 2022, 9:12am", *SHARE, *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE
    assert layout.byline == "Mara Quist"
    assert layout.paragraphs == tuple(ARTICLE)


def test_the_headline_at_the_end_of_a_link_list_is_still_the_headline():
    """A promo heading's link list runs into the article's headline when nothing parts them: the line
    just above the byline is the headline, not one more link."""
    text = "\n".join([*MENU, "Most Read", "Lenholm opens a new library", "Council votes on the coastal road",
                      HEADLINE, "By Mara Quist | March 3, 2022", *SHARE, *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE
    assert _roles(layout)["Council votes on the coastal road"][0] == "removed"


def test_an_unlabelled_author_line_between_the_headline_and_the_date_is_not_the_title():
    text = "\n".join([*MENU, HEADLINE, "Mara Quist and Olek Brand Lenholm Courier", "Published 9:12 AM EST Mar 3, 2022",
                      *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE
    assert layout.paragraphs == tuple(ARTICLE)


def test_a_video_caption_between_the_share_bar_and_the_text_is_not_the_title():
    """The credits mark the article's head: a title-like line under them (a video's caption, a "watch"
    teaser) is nearer the text but is not the headline."""
    text = "\n".join([*MENU, "Ferry Strike", "Published 3 hours ago", HEADLINE, "By Mara Quist | Lenholm Courier",
                      *SHARE, "Video", "Lenholm morning briefing for March 3", *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE


def test_a_headline_printed_twice_above_a_standfirst_is_the_title():
    text = "\n".join([*MENU, "Up next:", HEADLINE, HEADLINE, "crews want the same rate as the day shift",
                      "by Mara Quist", "Mar 3, 2022 at 9:12 am ET", *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE


def test_a_headline_the_main_block_took_for_its_first_line_is_the_title_not_a_paragraph():
    """A headline long enough to read as a sentence ("...?") opens the main block, with the credits just
    under it: it is the title, and the text begins below the credits."""
    headline = "Ferry crews walk out in Lenholm, so who will run the morning crossings now?"
    text = "\n".join([*MENU, "Welcome to the LENHOLM COURIER EDITION FOR READERS ABROAD", "Learn More",
                      headline, "Mara Quist Lenholm Courier", "Published 9:12 AM EST Mar 3, 2022", *ARTICLE])
    layout = layout_text(text)
    assert layout.title == headline
    assert layout.paragraphs == tuple(ARTICLE)


def test_a_headline_under_the_author_and_the_date_is_the_title():
    """Name, section and date above the headline: with no headline above the credits, it is the
    title-like line just under them."""
    text = "\n".join([*MENU, "Mara Quist", "Harbour", "03.03.2022 9:12 AM", HEADLINE, *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE


def test_a_title_case_headline_may_end_with_a_period():
    headline = "Ferry Crews Walk Out. Why the Crossings Will Stay Shut."
    text = "\n".join([*MENU, "HARBOUR", "STRIKE REPORT", headline, "By Mara Quist Updated March 3, 2022 9:12 am ET",
                      *ARTICLE])
    layout = layout_text(text)
    assert layout.title == headline


def test_a_banner_in_capitals_above_a_sentence_case_headline_is_not_the_title():
    headline = "Ferry crews in Lenholm walk out over night-shift pay"
    text = "\n".join(["WELCOME TO THE LENHOLM COURIER EDITION FOR READERS ABROAD", "Learn More", headline,
                      "Mara Quist Lenholm Courier", "Published 9:12 AM EST Mar 3, 2022", *ARTICLE])
    layout = layout_text(text)
    assert layout.title == headline


def test_a_photo_credit_line_between_the_headline_and_the_byline_is_a_caption():
    assert caption_reason("(Mara Quist / Lenholm Courier)") == "caption: photo credit"
    assert caption_reason("Ferries wait at the quay on Thursday. ( OLEK BRAND/HARBOUR PHOTO AGENCY)") \
        == "caption: photo credit"
    assert caption_reason("Talks resume (North / South)") is None  # one word before the slash: not a name
    text = "\n".join([*MENU, "Harbour", HEADLINE, "Crews say they have waited three years for the same rate.",
                      "(Mara Quist / Lenholm Courier)", "By Olek Brand", "March 3, 2022", *SHARE, *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE
    assert layout.byline == "Olek Brand"


def test_a_name_and_outlet_credit_line_is_a_credit_even_without_a_role_word():
    assert credit_line_of("Mara Quist, Lenholm Courier Daily") == "Mara Quist"
    assert credit_line_of("Mara Quist, Harbour Review") == "Mara Quist"
    assert credit_line_of("Lenholm, Harbour Town") is None
    text = "\n".join([*MENU, HEADLINE, "Mara Quist, Harbour Review", "03.03.2022, 09:12", *SHARE, *ARTICLE])
    layout = layout_text(text)
    assert layout.title == HEADLINE
    assert layout.byline == "Mara Quist"
