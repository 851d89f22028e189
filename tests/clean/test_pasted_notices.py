"""Furniture lines that pasted pages leave inside or right beside the article's text: market-data and
legal notices, cookie notes, a teaser's age ("10H ago"), gallery counters, media labels ("video"), a list's
"View all (23)", footer legal links, newsletter boxes, "More in <section>" lists and zero-width spacer
lines. Each rule answers lines seen kept in bodies on real pages (benchmarks/pasted_text_quality.py); the
texts here are invented (an invented town, outlet and people) and copy only the shapes such lines have.
"""
from __future__ import annotations

import pytest

from newsprism.clean.boilerplate import caption_reason, furniture_reason
from newsprism.clean.text import layout_text

ARTICLE = [
    "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
    "\"We have asked for the same rate for three years,\" said union steward Olek Brand at the dockside gate.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled.",
]


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


@pytest.mark.parametrize("line", [
    "Quotes delayed at least 20 minutes. Real-time quotes provided by Invented Exchange Feed. Market Data provided "
    "by Example Data Co (Terms & Conditions). Powered and implemented by Sample Solutions.",
    "Market data provided by Example Data Co.",
    "Real-time prices provided by Invented Exchange Feed",
    "This material may not be published, broadcast, rewritten, or redistributed. ©2021 Lenholm Courier Ltd. "
    "All rights reserved. FAQ - Updated Privacy Policy",
    "Use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
    "By signing up, you agree to our Privacy Policy and our terms.",
    "This website uses cookies to improve your experience. We'll assume you're ok with this. Accept Read More",
    "Necessary cookies are absolutely essential for the website to function properly.",
])
def test_market_data_legal_and_cookie_notices_are_furniture_however_long(line):
    assert furniture_reason(line) == "notice (market data, terms, cookies)"


@pytest.mark.parametrize("line", [
    "Quotes from the union steward were read out at the dockside gate on Friday.",
    "The market data the council published shows fares rose by a third.",
    "We use the ferry every day, said Mara Quist, who lives on the island.",
    "We use cookies to tag the seals before release, the researchers said.",
    "Quotes delayed by the strike were printed in the evening edition.",
])
def test_sentences_about_quotes_data_or_use_are_not_notices(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line", ["10H ago", "32M ago", "updated 15M ago", "Published 1 day ago", "7H ago  08:51",
                                  "12H ago  34 photos", "2 hours ago", "Posted: 3 days ago", "just now"])
def test_a_teasers_relative_time_stamp_is_furniture(line):
    assert furniture_reason(line) == "page furniture: relative time stamp"


@pytest.mark.parametrize("line", ["Two years ago the harbour froze over for a week.", "3 years ago, the ferry sank.",
                                  "Ten days ago"])
def test_a_sentence_that_tells_how_long_ago_is_not_a_time_stamp(line):
    assert furniture_reason(line) != "page furniture: relative time stamp"


@pytest.mark.parametrize("line", ["34 photos", "Nov 18  52 photos", "12 slides"])
def test_a_gallery_counter_is_furniture(line):
    assert furniture_reason(line) == "page furniture: reading time / counters"


@pytest.mark.parametrize("line", ["video", "Videos", "Photos", "Photo Gallery", "Caption", "Credit...", "Play video"])
def test_a_media_label_alone_on_its_line_is_furniture(line):
    assert furniture_reason(line) == "media label"


@pytest.mark.parametrize("line", ["Video shows the ferry leaving the quay at dawn.", "Photos of the strike",
                                  "Credit unions back the crews"])
def test_a_line_that_merely_starts_with_a_media_word_is_not_a_label(line):
    assert furniture_reason(line) != "media label"


def test_an_agency_credit_in_capitals_alone_is_a_caption():
    assert caption_reason("GETTY") == "caption: photo agency credit"


@pytest.mark.parametrize("line", ["View all (23)", "View all", "See more", "Featured Video View all", "Back to Gallery"])
def test_a_lists_view_all_and_back_links_are_navigation(line):
    assert furniture_reason(line) == "navigation: list link"


@pytest.mark.parametrize("line", ["Privacy Policy | Terms & Conditions", "Cookie Settings", "Contact Us",
                                  "Terms of Use", "Updated Privacy Policy", "Privacy Overview", "Site Map",
                                  "Do Not Sell My Personal Information"])
def test_a_footers_legal_links_are_furniture(line):
    assert furniture_reason(line) == "footer links"


@pytest.mark.parametrize("line", ["The council's privacy policy changed last week, the clerk said.",
                                  "Contact us if you saw the ferry leave", "Disclaimer"])
def test_sentences_about_privacy_or_contact_and_a_disclaimer_heading_are_not_footer_links(line):
    assert furniture_reason(line) != "footer links"


@pytest.mark.parametrize("line", ["Join our newsletter", "Breaking News Emails", "Daily Newsletter",
                                  "Most recent newsletter"])
def test_a_newsletter_box_is_furniture(line):
    assert furniture_reason(line) == "newsletter sign-up"


def test_advert_label_is_an_advertisement():
    assert furniture_reason("Advert") == "advertisement"


def test_furniture_inside_the_articles_text_is_set_aside_with_its_reason():
    """A business page: a market-data notice, a teaser's age and a "video" label stand among the article's
    paragraphs; they leave the body, each with its reason, and nothing vanishes."""
    text = "\n".join([
        "Ferry crews walk out over night-shift pay",
        "Published 1 day ago",
        ARTICLE[0],
        "video",
        ARTICLE[1],
        "Quotes delayed at least 20 minutes. Real-time quotes provided by Invented Exchange Feed. Market Data "
        "provided by Example Data Co (Terms & Conditions).",
        "This material may not be published, broadcast, rewritten, or redistributed. ©2021 Lenholm Courier Ltd. "
        "All rights reserved. FAQ - Updated Privacy Policy",
        ARTICLE[2],
        "View all (23)",
    ])
    layout = layout_text(text)
    roles = _roles(layout)
    assert layout.paragraphs == tuple(ARTICLE)
    assert roles["Published 1 day ago"] == ("removed", "page furniture: relative time stamp")
    assert roles["video"] == ("removed", "media label")
    assert roles["View all (23)"] == ("removed", "navigation: list link")
    assert roles[text.splitlines()[5]] == ("removed", "notice (market data, terms, cookies)")
    assert roles[text.splitlines()[6]] == ("removed", "notice (market data, terms, cookies)")
    assert [s.text for s in layout.segments] == text.splitlines()


def test_more_in_a_section_heads_a_teaser_list_that_ends_at_a_line_introducing_the_text():
    """"More in <section>" heads a list of teasers (each with its age); the list ends at a line that
    introduces what follows ("Here are the highlights:"), which is the article's again."""
    text = "\n".join([
        "Ferry crews walk out over night-shift pay",
        ARTICLE[0],
        ARTICLE[1],
        "More in Harbour Strike",
        "Island school gets a new roof",
        "10H ago",
        "Lenholm market moves to the quay for the summer",
        "12H ago",
        "Here are the main points of the offer:",
        ARTICLE[2],
    ])
    layout = layout_text(text)
    roles = _roles(layout)
    assert roles["More in Harbour Strike"] == ("removed", "related links / promotion")
    assert roles["Island school gets a new roof"] == ("removed", "related link (under a promo heading)")
    assert roles["10H ago"] == ("removed", "page furniture: relative time stamp")
    assert roles["Lenholm market moves to the quay for the summer"] == ("removed", "related link (under a promo heading)")
    assert roles["Here are the main points of the offer:"][0] == "body"
    assert ARTICLE[2] in layout.paragraphs


def test_a_zero_width_spacer_line_is_no_paragraph():
    text = "\n".join(["Ferry crews walk out over night-shift pay", ARTICLE[0], "\u200b", ARTICLE[1], "\u200b\u200b",
                      ARTICLE[2]])
    layout = layout_text(text)
    assert layout.paragraphs == tuple(ARTICLE)
    spacers = [s for s in layout.segments if s.text.strip() in ("\u200b", "\u200b\u200b")]
    assert [(s.role, s.reason) for s in spacers] == [("removed", "blank line (zero-width characters only)")] * 2
    assert [s.text for s in layout.segments] == text.splitlines()
