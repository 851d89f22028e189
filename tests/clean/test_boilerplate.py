"""Furniture lines judged on their own: widgets, captions, ratings, forms, promos — and prose left alone."""
import pytest

from newsprism.clean.boilerplate import (caption_reason, comment_marker, form_reason, furniture_reason, rating_reason,
                                         widget_strength)

PROSE = [
    "The council voted on Tuesday to reopen the river bridge after three months of repairs.",
    "Share prices fell by four percent after the ferry operator published its results.",
    "Print works in the old harbour will close, the owners said.",
    "She said the photo shows the moment the dam gave way.",
    "Comments made by the minister were later withdrawn.",
    "Reply from the ministry came two weeks later.",
    "Twelve people were rescued from the water.",
]


@pytest.mark.parametrize("line, strength", [
    ("Facebook", "strong"), ("Share on Twitter", "strong"), ("Pinterest Telegram Linkedin WhatsApp", "strong"),
    ("Share 1.2k", "strong"), ("Click to share on Reddit (Opens in new window)", "strong"), ("Print this article", "strong"),
    ("X", "weak"), ("Email", "weak"), ("E-mail", "weak"), ("Copy link", "strong"),
])
def test_share_widgets(line, strength):
    assert widget_strength(line) == strength


@pytest.mark.parametrize("line", PROSE + ["2021", "12", "Facebook said on Monday it would close the office."])
def test_prose_and_numbers_are_not_widgets(line):
    assert widget_strength(line) is None


@pytest.mark.parametrize("line", [
    "The new pier at dusk. (Photo: Ilse Varn)", "Photo: Ilse Varn/Coastline", "Image credit: Getty Images",
    "Rescue crews at the dam on Monday. Photograph by Ana Roth", "File photo of the harbour",
    "Members of the crew wait at the gate. Ilse Varn / Reuters", "(AFP)",
])
def test_captions_and_photo_credits(line):
    assert caption_reason(line), line


@pytest.mark.parametrize("line", PROSE + ["The AP reported the figures first.", "Wikipedia editors disagreed."])
def test_prose_is_not_a_caption(line):
    assert caption_reason(line) is None


@pytest.mark.parametrize("line", ["4.8 5 votes", "Article Rating", "4.1 out of 5 (23 votes)", "Rated 4.5/5 by readers",
                                  "★★★★☆", "Rate this article:", "No votes so far! Be the first to rate this post."])
def test_ratings(line):
    assert rating_reason(line) == "rating widget"


@pytest.mark.parametrize("line", PROSE + ["4 people were hurt", "Rating agencies cut the city's debt rating on Friday."])
def test_prose_is_not_a_rating(line):
    assert rating_reason(line) is None


@pytest.mark.parametrize("line", ["Leave a Reply", "MAKE A COMMENT", "Notify of", "Loading Facebook Comments ...",
                                  "12 comments", "Join the discussion", "Comments (4)", "One thought on “Bridge reopens”"])
def test_strong_comment_markers(line):
    assert comment_marker(line) == "strong"


@pytest.mark.parametrize("line", ["Comments", "Reader comments:", "Discussion", "Commentaries"])
def test_bare_comment_headings_are_weak(line):
    assert comment_marker(line) in ("weak", "strong")


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_not_a_comment_marker(line):
    assert comment_marker(line) is None


@pytest.mark.parametrize("line, reason", [
    ("seventeen − 16 =", "comment form: captcha"), ("twelve + 7 =", "comment form: captcha"),
    ("What is 3 + 4 = ?", "comment form: captcha"), ("All fields required", "comment form"),
    ("NOT TO BE PUBLISHED", "comment form"), ("captcha challenge", "comment form"),
    ("Your email address will not be published.", "comment form"),
    ("Required fields are marked *", "comment form"), ("Name *", "comment form"), ("Post Comment", "comment form"),
    ("Save my name, email, and website in this browser for the next time I comment.", "comment form"),
    ("This site uses Akismet to reduce spam.", "comment form"), ("up", "comment form"),
])
def test_comment_forms(line, reason):
    assert form_reason(line) == reason


@pytest.mark.parametrize("line", PROSE + ["Seventeen people were hurt, 16 of them seriously."])
def test_prose_is_not_a_form(line):
    assert form_reason(line) is None


@pytest.mark.parametrize("line, reason", [
    ("© 2022 Coastline Courier", "copyright line"), ("Copyright 2021 Lenholm Wire. All rights reserved.", "copyright line"),
    ("Tags: ferries, strike", "tag list"), ("Advertisement", "advertisement"),
    ("Read more: Lenholm ferries resume service", "related links / promotion"),
    ("Sign up for our morning newsletter", "related links / promotion"), ("5 min read", "page furniture: reading time / counters"),
    ("Skip to main content", "navigation"), ("Home > News > Lenholm", "navigation: breadcrumb"),
])
def test_other_furniture(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", PROSE + ["Read more about it in the council minutes, the mayor said."])
def test_prose_is_not_furniture(line):
    assert furniture_reason(line) is None
