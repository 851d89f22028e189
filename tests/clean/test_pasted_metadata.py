"""Outlet and byline from pasted page text. A whole page's text holds menus, teasers, offers and a
copyright footer after the article, and a copy glues a byline's name to the handle or the outlet that
stood beside it. Each rule answers a failure seen on real pages (benchmarks/pasted_text_quality.py,
outlet and byline measures); the texts are invented (an invented town, outlets and people) and copy only
the shapes such pages have.
"""
from __future__ import annotations

from newsprism.clean.metadata import byline_of, credit_line_of
from newsprism.clean.text import layout_text

MENU = ["Home", "News", "Local", "Harbour", "Weather", "Sport", "Culture", "Opinion", "Podcasts", "Events"]
ARTICLE = [
    "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
    "\"We have asked for the same rate for three years,\" said union steward Olek Brand at the dockside gate.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled.",
]
HEAD = ["Ferry crews walk out over night-shift pay", "By Mara Quist", "March 3, 2022"]


def _signature_outlets(layout):
    return [name for name, found in layout.outlets if found == "signature line"]


def test_a_signature_far_below_the_article_names_no_outlet():
    """A menu heading with a year ("Polls 2021") down in the page's tail is no credit line of the article."""
    text = "\n".join([*MENU, *HEAD, *ARTICLE,
                      "Harbour Guide", "Tide Tables", "Council Notices", "Polls 2021", "Contact"])
    layout = layout_text(text)
    assert layout.paragraphs == tuple(ARTICLE)
    assert _signature_outlets(layout) == []


def test_the_credit_line_right_after_the_text_still_names_the_outlet():
    text = "\n".join([*MENU, *HEAD, *ARTICLE, "", "Wire / Coastline Courier 2022.", "", "Most Read", "Polls 2021"])
    assert _signature_outlets(layout_text(text)) == ["Coastline Courier"]


def test_a_copyright_notice_an_offer_or_an_arrowed_link_right_after_the_text_names_no_outlet():
    for tail in ("© 2021 Lenholm Media Copyright Lenholm Holdings, Inc",
                 "» Harbour Polls 2021",
                 "Ferry Pass 2021 Price Save",
                 "\"Best Crossings\" 2021",
                 "PrevPreviousHarbour Day Festival 2019"):
        text = "\n".join([*MENU, *HEAD, *ARTICLE, tail])
        layout = layout_text(text)
        assert layout.paragraphs == tuple(ARTICLE), tail
        assert _signature_outlets(layout) == [], tail


def test_a_handle_glued_to_the_bylines_name_is_cut():
    by = byline_of("By Mara Quist@mquist Nov 18, 2019, 11:47am EST")
    assert by is not None and by.name == "Mara Quist"
    assert byline_of("By Olek Brand @harbourdesk").name == "Olek Brand"
    assert byline_of("Posted by @mquist on March 3, 2022").name == "@mquist"  # a handle alone stays the name


def test_an_outlet_glued_to_the_bylines_name_is_cut():
    assert byline_of("By Tomas ReelbergCOASTNews").name == "Tomas Reelberg"
    assert byline_of("By Tomas ReelbergHarbour Columnist").name == "Tomas Reelberg"
    # name prefixes glue shorter runs: they stay
    assert byline_of("By Ian MacKenzie and Ed McDonald").name == "Ian MacKenzie; Ed McDonald"  # each writer
    assert byline_of("By Ana LaMotte, Coastline Courier").name == "Ana LaMotte"


def test_the_dates_label_after_the_name_is_no_part_of_it():
    by = byline_of("By Ana Roth Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET")
    assert by is not None and by.name == "Ana Roth"


def test_a_copyright_or_an_organisation_line_is_no_persons_credit():
    assert credit_line_of("© The Lenholm Courier, a Harbour Media Newspaper") is None
    assert credit_line_of("The Courier, A Harbour Media Company") is None
    assert credit_line_of("Olek Brand, Harbour Press") == "Olek Brand"
    text = "\n".join([*MENU, "Ferry crews walk out over night-shift pay", *ARTICLE,
                      "© The Lenholm Courier, a Harbour Media Newspaper"])
    assert layout_text(text).byline is None


def test_an_organisation_or_a_possessive_heading_under_an_author_label_is_no_byline():
    for below in ("The Morning Brief", "Mara Quist's Latest Stories"):
        text = "\n".join([*MENU, "Ferry crews walk out over night-shift pay", "Author:", below, *ARTICLE])
        layout = layout_text(text)
        assert layout.byline is None, below
        assert layout.paragraphs == tuple(ARTICLE), below  # the line is still the credit's, not the text's


def test_additional_reporting_is_credited_only_when_no_one_else_is():
    text = "\n".join([*MENU, *HEAD, *ARTICLE, "Additional reporting by Olek Brand"])
    assert layout_text(text).byline == "Mara Quist"
    text = "\n".join([*MENU, "Ferry crews walk out over night-shift pay", *ARTICLE, "Additional reporting by Olek Brand"])
    assert layout_text(text).byline == "Olek Brand"
