"""Pasted page text ("select all + copy" of a whole news page): menus, cookie notes, share bars, link
lists, footers and comments around the article. Each rule here answers a failure seen on real pages
(benchmarks/pasted_text_quality.py); the texts are invented for these tests (an invented town, outlet
and people) and copy only the shapes such pages have.
"""
from __future__ import annotations

from newsprism.clean.boilerplate import caption_reason, furniture_reason
from newsprism.clean.text import dateline_reading, layout_text

MENU = ["Home", "News", "Local", "Harbour", "Weather", "Sport", "Culture", "Opinion", "Podcasts", "Events",
        "Jobs", "Classifieds", "Obituaries", "Contact"]
ARTICLE = [
    "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
    "\"We have asked for the same rate for three years,\" said union steward Olek Brand at the dockside gate.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled.",
]


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


def test_prose_outside_the_articles_main_block_is_set_aside_with_a_reason():
    """A site blurb above and a footer blurb below a page's menus are running text, but not the article.
    (A cookie note there has its own reason now: test_pasted_notices.py.)"""
    text = "\n".join([
        "Readers of the Courier can send their news tips to the newsroom by post, phone or email at any hour.",
        *MENU,
        "Ferry crews walk out over night-shift pay",
        *ARTICLE,
        "Most Read",
        "Lenholm opens a new library",
        "Council votes on the coastal road budget",
        "About us", "Careers", "Advertise", "Privacy", "Terms", "Help", "Sitemap", "Archive", "Newsletters",
        "The Lenholm Courier is published by an invented company and can be reached by post at any hour.",
    ])
    layout = layout_text(text)
    roles = _roles(layout)
    assert layout.paragraphs == tuple(ARTICLE)
    assert layout.title == "Ferry crews walk out over night-shift pay"
    assert roles[text.splitlines()[0]] == ("removed", "text before the article's main block")
    assert roles[text.splitlines()[-1]] == ("removed", "text after the article's main block")
    assert [s.text for s in layout.segments] == text.splitlines()  # nothing vanishes


def test_the_headline_is_the_title_like_line_just_above_the_article_not_a_menu_line():
    text = "\n".join([
        *MENU,
        "Subscribe to the morning briefing for all the news",
        "Weekend markets return to the old quay",
        *MENU[:6],
        "Harbour",
        "Ferry crews walk out over night-shift pay",
        "By Mara Quist",
        "March 3, 2022",
        *ARTICLE,
    ])
    layout = layout_text(text)
    assert layout.title == "Ferry crews walk out over night-shift pay"
    assert layout.byline == "Mara Quist"


def test_a_tag_cloud_is_not_the_article():
    """A long line of words without a single mark (a tag cloud, a flattened menu) is not running text."""
    cloud = " ".join(["ferries", "harbour", "pay", "strike", "weather", "council", "budget", "library", "market",
                      "quay", "boats", "crews", "union", "tides", "roads", "schools", "sport", "music", "culture",
                      "events", "jobs", "housing", "parks", "trains", "buses", "bridges", "festival", "museum"])
    article = ("The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay, "
               "and the operator said talks would resume on Monday while the morning crossings stay cancelled.")
    text = "\n".join(["Tags", cloud, "Archive", "2022", "2021", "2020", "Ferry crews walk out", article, "Share"])
    layout = layout_text(text)
    assert layout.paragraphs == (article,)
    assert _roles(layout)[cloud][0] == "removed"


def test_a_comments_link_in_the_share_bar_does_not_open_the_comment_section():
    text = "\n".join([
        "Ferry crews walk out over night-shift pay",
        "The crews of the harbour ferries stopped work on Thursday.",
        "Facebook", "Twitter", "Comments", "Print", "Email",
        *ARTICLE,
    ])
    layout = layout_text(text)
    assert layout.comments == ()
    assert layout.paragraphs[-3:] == tuple(ARTICLE)
    assert _roles(layout)["Comments"][0] == "removed"


def test_name_on_date_said_lines_open_the_comment_section():
    text = "\n".join([
        "Ferry crews walk out over night-shift pay",
        *ARTICLE,
        "Comments",
        "Pia Sorn on March 3, 2022 at 9:12 pm said:",
        "About time somebody stood up for the night crews, they waited far too long for this.",
        "Olek Brand on March 4, 2022 at 7:01 am said:",
        "The operator will not move an inch, mark my words, not an inch.",
    ])
    layout = layout_text(text)
    assert layout.paragraphs == tuple(ARTICLE)
    assert [(c.author, c.date) for c in layout.comments] == [("Pia Sorn", "2022-03-03T21:12:00"),
                                                             ("Olek Brand", "2022-03-04T07:01:00")]


def test_a_promo_word_in_a_menu_does_not_swallow_the_headline_below_the_menu():
    """"Newsletters" in a menu heads a link list only up to the next furniture of another kind."""
    text = "\n".join([
        "Newsletters", "Store", "More", "Facebook", "Instagram",
        "Ferry crews walk out over night-shift pay",
        "By Mara Quist",
        *ARTICLE,
    ])
    layout = layout_text(text)
    assert layout.title == "Ferry crews walk out over night-shift pay"


def test_name_and_affiliation_lines_are_credits_not_headlines():
    from newsprism.clean.metadata import credit_line_of

    assert credit_line_of("Mara Quist, Lenholm Press") == "Mara Quist"
    assert credit_line_of("Mara Quist and Olek Brand, Courier Staff Writers") == "Mara Quist; Olek Brand"
    for line in ("Ferry crews walk out, union says", "Mara Quist, who runs the quay cafe", "Lenholm, Harbour"):
        assert credit_line_of(line) is None, line
    text = "\n".join([*MENU, "Ferry crews walk out over night-shift pay", "Ilse Varn, Lenholm Press", *ARTICLE])
    layout = layout_text(text)
    assert layout.title == "Ferry crews walk out over night-shift pay"
    assert layout.byline == "Ilse Varn"
    assert _roles(layout)["Ilse Varn, Lenholm Press"][0] == "byline"


def test_breadcrumb_trails():
    for line in ("News › Harbour › Ferries", "BLOG > Travel > Ferry Tips", "Home »", "You are here: News > Local"):
        assert furniture_reason(line) == "navigation: breadcrumb", line
    for line in ("» Harbour diary", "Profits rose > 5 percent this year, the operator said.", "<Harbour Nights: A Play>",
                 "Ferry crews walk out over night-shift pay"):
        assert furniture_reason(line) != "navigation: breadcrumb", line


def test_caption_shapes_of_copied_pages():
    for line in ("Media caption The night crews at the gate", "Image copyright Lenholm Courier",
                 "Crews at the gate on Thursday (AFP)", "The gate at dawn on Thursday.Ilse Varn/Getty",
                 "The ferry terminal seen from the quay.Reuters",
                 "Mara Quist (left) and Olek Brand at the gate on Thursday"):
        assert caption_reason(line), line
    for line in ("(c) 2022 Lenholm Courier", ARTICLE[0], "The crews asked for the same rate (again) this year.",
                 # a paragraph that points at a photo stays in the body
                 "Councillor Mara Quist (pictured) said the crews would be paid the night rate from May.",
                 "The harbour master (left) told the board that two ferries would be laid up over the winter "
                 "while their engines are replaced and the quay is dredged."):
        assert not caption_reason(line), line


def test_share_bar_labels_and_link_notices():
    assert furniture_reason("Share All sharing options for: Ferry crews walk out over night-shift pay") == "share widget"
    assert furniture_reason("Show more sharing options") == "share widget"
    assert furniture_reason("These links will open in a new window") == "navigation"


def test_datelines_with_separators_and_a_reading_time():
    assert dateline_reading("Published Mar 3, 2022 at 4:07 PM | Updated at 5:36 PM CST on Mar 3, 2022").iso \
        == "2022-03-03T16:07:00"
    assert dateline_reading("Mar 3, 2022 at 6:46 pm ET • 2 min read").iso.startswith("2022-03-03")
