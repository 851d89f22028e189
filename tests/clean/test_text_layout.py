"""Scraped text, line by line: every line ends in exactly one role, nothing vanishes.

The texts here are written for these tests (an invented ferry strike in an invented town); they copy
the layouts scraped pages have, not any page's words.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.clean.text import layout_text
from newsprism.records import ROLES

PAGE = """\
Ferry crews walk out over night-shift pay

By Mara Quist, Staff Writer
Published 3 March 2022, 08:15 · Updated 3 March 2022, 11:40

Facebook
Twitter
Email
Share

The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.
The dockside gate photographed at dawn on Thursday. (Photo: Ilse Varn / Lenholm Wire)
"We have asked for the same rate for three years," said union steward Olek Brand at the gate.
The operator said talks would resume on Monday and that the morning crossings would be cancelled.
What happens next
Commuters were told to take the coastal bus, which will run every twenty minutes until Sunday.

Source: Lenholm Wire
Tags: ferries, strike, Lenholm
© 2022 Lenholm Wire. All rights reserved.

4.2 out of 5 (31 votes)
Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
twelve + 7 =
Post Comment
Pia Sorn says:
March 3, 2022 at 9:12 pm
About time somebody stood up for the night crews, they have waited far too long.
Reply
"""


def _roles(layout):
    return {s.text.strip(): s.role for s in layout.segments if s.text.strip()}


def test_every_line_ends_in_one_role_and_keeps_its_text():
    layout = layout_text(PAGE)
    assert [s.text for s in layout.segments] == PAGE.splitlines()
    assert {s.role for s in layout.segments} <= set(ROLES)
    assert all(s.reason for s in layout.segments)


def test_the_page_layout_is_read():
    layout = layout_text(PAGE)
    roles = _roles(layout)
    assert layout.title == "Ferry crews walk out over night-shift pay"
    assert roles["Ferry crews walk out over night-shift pay"] == "title"
    assert layout.byline == "Mara Quist"
    assert roles["By Mara Quist, Staff Writer"] == "byline"
    assert roles["Published 3 March 2022, 08:15 · Updated 3 March 2022, 11:40"] == "dateline"
    assert layout.dates[0].reading.iso == "2022-03-03T08:15:00"  # the first publication, not the update
    for widget in ("Facebook", "Twitter", "Email", "Share"):
        assert roles[widget] == "removed"
    assert roles["The dockside gate photographed at dawn on Thursday. (Photo: Ilse Varn / Lenholm Wire)"] == "caption"
    assert layout.captions == ("The dockside gate photographed at dawn on Thursday. (Photo: Ilse Varn / Lenholm Wire)",)
    assert roles["What happens next"] == "body"  # a section heading inside the article
    assert layout.paragraphs[0].startswith("The harbour ferries of Lenholm")
    assert layout.paragraphs[-1].startswith("Commuters were told")
    for furniture in ("Source: Lenholm Wire", "Tags: ferries, strike, Lenholm", "4.2 out of 5 (31 votes)",
                      "© 2022 Lenholm Wire. All rights reserved."):
        assert roles[furniture] == "removed", furniture
    assert ("Lenholm Wire", "source line") in layout.outlets


def test_comment_section_is_out_of_the_body_and_kept():
    layout = layout_text(PAGE)
    roles = _roles(layout)
    body = "\n".join(layout.paragraphs)
    assert "night crews" not in body and "Reply" not in body and "twelve" not in body
    for form in ("Leave a Reply", "Your email address will not be published. Required fields are marked *",
                 "Comment *", "Name *", "Email *", "twelve + 7 =", "Post Comment", "Reply"):
        assert roles[form] == "removed", form
    assert roles["Pia Sorn says:"] == "comments"
    assert roles["March 3, 2022 at 9:12 pm"] == "comments"
    [comment] = layout.comments
    assert comment.author == "Pia Sorn"
    assert comment.date == "2022-03-03T21:12:00"
    assert comment.text.startswith("About time somebody stood up")
    removed = [s.text for s in layout.segments if s.role == "removed"]
    assert "twelve + 7 =" in removed  # set aside verbatim, not dropped


def test_comment_dates_are_not_dates_of_the_article():
    text = "\n".join([
        "Harbour council delays vote on pier repairs",
        "",
        "The harbour council postponed its vote on the pier repairs after two members asked for new cost estimates.",
        "The vote is now expected at the next session, the chair told reporters after the meeting.",
        "",
        "Comments",
        "Juno Pell",
        "12.05.2021 18:40",
        "Another delay, as always with this council and its endless committees.",
    ])
    layout = layout_text(text)
    assert layout.dates == ()  # the article states no date of its own
    assert layout.comments and layout.comments[0].date == "2021-05-12T18:40:00"
    assert all("delay, as always" not in p for p in layout.paragraphs)


def test_repeated_title_and_title_with_outlet_suffix():
    text = "\n".join([
        "Lenholm ferries resume service | Coastline Courier",
        "Lenholm ferries resume service",
        "The ferries of Lenholm returned to their timetable on Monday after the pay dispute was settled overnight.",
    ])
    layout = layout_text(text)
    assert layout.title == "Lenholm ferries resume service"
    assert ("Coastline Courier", "title") in layout.outlets
    assert [s.role for s in layout.segments] == ["title", "removed", "body"]
    assert layout.segments[1].reason == "title repeated"


def test_byline_label_with_the_name_below_and_a_signature_line():
    text = "\n".join([
        "Storm closes the coastal road",
        "BY:",
        "Tomas Reel",
        "The coastal road between Lenholm and Sarvik was closed on Friday after waves broke over the barrier.",
        "Crews expect to reopen one lane by the weekend once the debris has been cleared away.",
        "Reel / Coastline Courier 2022.",
    ])
    layout = layout_text(text)
    roles = [s.role for s in layout.segments]
    assert roles == ["title", "byline", "byline", "body", "body", "removed"]
    assert layout.byline == "Tomas Reel"
    assert ("Coastline Courier", "signature line") in layout.outlets


def test_text_without_any_furniture_is_all_body_but_its_title():
    text = "Lenholm opens a new library\n\nThe new library opened its doors on Saturday to more than a thousand visitors."
    layout = layout_text(text)
    assert [s.role for s in layout.segments] == ["title", "removed", "body"]
    assert layout.segments[1].reason == "blank line"


def test_a_sentence_starting_with_by_or_holding_a_date_stays_in_the_body():
    text = "\n".join([
        "Budget talks stall",
        "By March, the council hopes to have a budget that covers the ferry subsidies in full.",
        "The talks, first held on 3 February 2022, broke down when the transport committee walked out.",
    ])
    layout = layout_text(text)
    assert [s.role for s in layout.segments] == ["title", "body", "body"]
    assert layout.byline is None and layout.dates == ()


# ---------------------------------------------------------------- the invariant, for any text

_LINES = [
    "", " ", "Facebook", "Twitter", "X", "Email", "Share 12", "Leave a Reply", "MAKE A COMMENT", "Comments",
    "All fields required", "seventeen − 16 =", "4.8 5 votes", "Article Rating", "Notify of", "Source: Coastline Courier",
    "By Mara Quist", "BY:", "Edited by Tomas Reel", "2021-02-20 10:06:02", "16.02.2018, Lenholm.", "18-02-21 21:33",
    "Pia Sorn says:", "Reply", "(Photo: AFP)", "Tags: ferries", "© 2022 Coastline Courier", "Read more",
    "The ferries of Lenholm returned to their timetable on Monday after the dispute ended.",
    "Union steward Olek Brand said the crews had won what they asked for.",
    "What happens next", "Long live the ferries!", "Lenholm ferries resume service",
    "LENHOLM – The harbour council met on Tuesday.", "Brussels, February 20 (Coastline)-- The talks went on.",
]
_line = st.one_of(st.sampled_from(_LINES), st.text(max_size=80))
_newline = st.sampled_from(["\n", "\r\n", "\n\n"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.tuples(_line, _newline), max_size=40), hint=st.one_of(st.none(), st.sampled_from(_LINES)))
def test_property_every_line_ends_in_exactly_one_role(lines, hint):
    text = "".join(line + newline for line, newline in lines)
    layout = layout_text(text, hint_title=hint)
    originals = text.splitlines()
    # nothing vanishes, nothing is invented, order is kept, each line has one role
    assert [s.text for s in layout.segments] == originals
    assert all(s.role in ROLES for s in layout.segments)
    # the body is exactly the body lines; comments and captions come from their own lines
    assert layout.paragraphs == tuple(" ".join(s.text.split()) for s in layout.segments if s.role == "body")
    comment_lines = "\n".join(s.text for s in layout.segments if s.role == "comments")
    for comment in layout.comments:
        for part in comment.text.split("\n"):
            assert part in comment_lines
    caption_lines = {" ".join(s.text.split()) for s in layout.segments if s.role == "caption"}
    assert set(layout.captions) <= caption_lines
    # once a comment section has opened, nothing after it is body
    comment_at = [i for i, s in enumerate(layout.segments) if s.role == "comments"]
    if comment_at:
        assert all(s.role != "body" for s in layout.segments[comment_at[0]:])


# ---------------------------------------------------------------- layouts seen across many sites

def test_menu_lines_above_the_title_are_not_the_title():
    text = "\n".join([
        "Home", "World", "Local News", "Sport",
        "Ferry crews walk out over night-shift pay in Lenholm",
        "By Mara Quist",
        "March 3, 2022",
        "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
        "Related: Lenholm budget talks stall",
        "ADVERTISEMENT",
        "Commuters were told to take the coastal bus, which will run every twenty minutes until Sunday.",
        "Most Read",
        "Lenholm opens a new library",
    ])
    layout = layout_text(text)
    roles = [s.role for s in layout.segments]
    assert layout.title == "Ferry crews walk out over night-shift pay in Lenholm"
    assert roles == ["removed"] * 4 + ["title", "byline", "dateline", "body", "removed", "removed", "body",
                                       "removed", "removed"]


def test_says_headers_open_a_comment_section_without_any_heading():
    text = "\n".join([
        "Ferry crews walk out",
        "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
        "Pia Sorn says:",
        "March 3, 2022 at 9:12 pm",
        "About time somebody stood up for the night crews, they waited far too long for this.",
        "Olek Brand says:",
        "March 4, 2022 at 7:01 am",
        "The operator will not move an inch, mark my words, not an inch.",
    ])
    layout = layout_text(text)
    assert layout.dates == ()  # the comments' dates are theirs, not the article's
    assert [s.role for s in layout.segments] == ["title", "body"] + ["comments"] * 6
    assert [(c.author, c.date) for c in layout.comments] == [("Pia Sorn", "2022-03-03T21:12:00"),
                                                             ("Olek Brand", "2022-03-04T07:01:00")]


def test_blog_post_lines_with_a_handle_and_an_update_note():
    text = "\n".join([
        "Ferry crews walk out",
        "Posted by admin on March 3, 2022",
        "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
        "Last updated on 4 March 2022. Published on 3 March 2022.",
    ])
    layout = layout_text(text)
    assert [s.role for s in layout.segments] == ["title", "byline", "body", "dateline"]
    assert layout.byline == "admin"
    assert {d.reading.iso for d in layout.dates} == {"2022-03-03"}  # the update is not the publication


def test_datelines_in_other_languages():
    for line, iso in (("le 3 mars 2022 à 08h15", "2022-03-03T08:15:00"), ("3. März 2022, 08:15 Uhr", "2022-03-03T08:15:00"),
                      ("Publicado el 3 de marzo de 2022", "2022-03-03")):
        layout = layout_text(f"Titre de l'article\n{line}\nLes traversiers de Lenholm sont restés à quai jeudi, "
                             "les équipages ayant cessé le travail.")
        assert layout.segments[1].role == "dateline", line
        assert layout.dates[0].reading.iso == iso, line


def test_headlines_under_a_promo_heading_are_links_not_paragraphs():
    text = "\n".join([
        "Ferry crews walk out",
        "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
        "Related articles",
        "Lenholm council approves new budget for the coastal road repairs next year",
        "Storm damage closes the old pier for the rest of the winter season",
        "Commuters were told to take the coastal bus, which runs every twenty minutes.",
        "Newsletter",
        "Get the morning briefing in your inbox every weekday at seven",
    ])
    layout = layout_text(text)
    assert [s.role for s in layout.segments] == ["title", "body", "removed", "removed", "removed", "body", "removed",
                                                 "removed"]
    assert layout.segments[3].reason.startswith("related link")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.tuples(_line, _newline), min_size=1, max_size=30))
def test_property_clean_document_keeps_every_line_or_refuses_with_a_reason(lines):
    from newsprism.clean import clean_document
    from newsprism.errors import NewsprismError
    from newsprism.records import RawDocument

    text = "".join(line + newline for line, newline in lines)
    raw = RawDocument(source="any.txt", fetched_at="2022-06-01T00:00:00Z", content_type="text/plain",
                      data=text.encode("utf-8"), encoding="utf-8")
    try:
        article = clean_document(raw)
    except NewsprismError as error:
        assert error.code in ("E202", "E203", "E205") and "any.txt" in str(error)
        return
    assert [s.text for s in article.segments] == text.lstrip("\ufeff").splitlines()
    assert article.text == "\n\n".join(" ".join(s.text.split()) for s in article.segments if s.role == "body")
    assert {s.text for s in article.removed} <= {s.text for s in article.segments if s.role == "removed"}
    body_lines = {" ".join(s.text.split()) for s in article.segments if s.role == "body"}
    comment_lines = [s for s in article.segments if s.role == "comments"]
    assert not comment_lines or all(s.role != "body" for s in article.segments[article.segments.index(comment_lines[0]):])
    assert body_lines == set(article.text.split("\n\n")) - {""} or not body_lines
