"""Fourth round of pasted page text: lines kept in the body that are not the article's, found by listing the
body lines outside the gold body on the benchmark's pages (benchmarks/pasted_text_quality.py): headings of
lists of other stories ("Most read in Sport"), a newsletter box's sentences, a writer's role or a note on the
writer, contributors' notes, photo credits ("Name/Outlet", "Courtesy of", a glued "Credit:"), gallery
counters, lines printed twice and runs of headlines cut short. The texts here are invented (an invented town,
outlet and people) and copy only the shapes such lines have; the guards are real-looking news sentences that
must stay in the body.
"""
from __future__ import annotations

import pytest

from newsprism.clean.boilerplate import author_note_reason, caption_reason, furniture_reason
from newsprism.clean.text import layout_text

ARTICLE = [
    "The harbour ferries of Vantrell stood still on Thursday as crews stopped work over night-shift pay.",
    "\"We have asked for the same rate for three years,\" said union steward Ansel Brandt at the dockside gate.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled.",
    "Dana Whitfield, who runs the island bakery, said the strike had already cost her a week of deliveries.",
    "Harbour master Mark Tennant said the port would stay open for freight and for the lifeboat crews.",
    "Passengers were told to check the timetable on the operator's board before travelling on Friday.",
]
HEADLINE = "Ferry crews walk out over night-shift pay"


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


# ---------------------------------------------------------------- headings of lists of other stories

@pytest.mark.parametrize("line", ["Most read in Sport", "Most popular in the section", "Top stories in Nation",
                                  "More Business News", "More Great Vantrell Stories", "Other news in this section",
                                  "Editors' Picks", "We Recommend", "READ THIS NEXT", "Explore further",
                                  "Related links:", "Partner news", "Latest videos", "Popular", "Recent"])
def test_the_heading_of_a_list_of_other_stories_is_a_promo(line):
    assert furniture_reason(line) == "related links / promotion"


@pytest.mark.parametrize("line", ["Most read in the region were the ferry timetables, the council said.",
                                  "We recommend that passengers check the timetable.",
                                  "Recent storms closed the quay twice.", "Popular support for the crews"])
def test_sentences_with_promo_words_are_not_promo_headings(line):
    assert furniture_reason(line) != "related links / promotion"


def test_a_most_read_list_leaves_the_body_with_its_headlines():
    text = "\n".join([HEADLINE, *ARTICLE[:3], "Most read in Vantrell", "Island school gets a new roof",
                      "Market moves to the quay for the summer", "Lifeboat crew rescues two kayakers", *ARTICLE[3:]])
    layout = layout_text(text)
    roles = _roles(layout)
    assert roles["Most read in Vantrell"] == ("removed", "related links / promotion")
    for teaser in ("Island school gets a new roof", "Market moves to the quay for the summer",
                   "Lifeboat crew rescues two kayakers"):
        assert roles[teaser] == ("removed", "related link (under a promo heading)")
    assert layout.paragraphs == tuple(ARTICLE)


def test_a_list_of_headlines_cut_short_runs_past_their_ellipses():
    text = "\n".join([HEADLINE, *ARTICLE[:3], "Top stories in Vantrell", "Island school gets a new roof after the...",
                      "Council votes to close the old quay to cars …", "Lifeboat crew rescues two kayakers off...",
                      *ARTICLE[3:]])
    layout = layout_text(text)
    roles = _roles(layout)
    assert roles["Council votes to close the old quay to cars …"] == ("removed", "related link (under a promo heading)")
    assert roles["Lifeboat crew rescues two kayakers off..."] == ("removed", "related link (under a promo heading)")
    assert layout.paragraphs == tuple(ARTICLE)


def test_a_run_of_headlines_cut_short_is_a_teaser_list_without_a_heading():
    teasers = ["Island school gets a new roof after the...", "Council votes to close the old quay to cars …",
               "Lifeboat crew rescues two kayakers off...", "Vantrell market to open on Sundays from…"]
    text = "\n".join([HEADLINE, *ARTICLE[:3], *teasers, *ARTICLE[3:]])
    layout = layout_text(text)
    roles = _roles(layout)
    assert all(roles[t] == ("removed", "teaser (headline cut off)") for t in teasers)
    assert layout.paragraphs == tuple(ARTICLE)


def test_a_single_line_trailing_off_stays_in_the_body():
    trailing = "And then the crews waited …"
    text = "\n".join([HEADLINE, *ARTICLE[:3], trailing, "So did the passengers …", *ARTICLE[3:]])
    layout = layout_text(text)
    assert trailing in layout.paragraphs and "So did the passengers …" in layout.paragraphs


# ---------------------------------------------------------------- newsletter boxes, contributors, the writer

@pytest.mark.parametrize("line", [
    "Get the day's top stories delivered to your inbox every morning by subscribing to our newsletter.",
    "Stay up to date with Vantrell Courier. Subscribe to our newsletter.",
    "You have been successfully subscribed!",
    "You have succesfully subscribed. Thank you!",
    "There was a problem subscribing you to the newsletter. Check your email and try again.",
    "No spam, we promise. You can unsubscribe at any time and we will never share your details.",
    "Let our news meet your inbox. The stories that matter, delivered weekday mornings.",
])
def test_a_newsletter_boxs_sentences_are_furniture(line):
    assert furniture_reason(line) == "newsletter sign-up"


@pytest.mark.parametrize("line", [
    "Readers who subscribe to our newsletter were told their addresses had leaked, the company said.",
    "You can also subscribe to this newsletter here by ticking the box for the harbour report.",
    "The newsletter reached forty thousand inboxes before the council shut it down on Tuesday.",
])
def test_sentences_about_newsletters_are_not_a_sign_up_box(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize("line", ["Mara Quist contributed to this report.",
                                  "Ansel Brandt contributed reporting from Vantrell.",
                                  "Vantrell Press writers Dana Whitfield and Mark Tennant contributed to this report.",
                                  "Reporting by Dana Whitfield; additional reporting by Mara Quist; Editing by Mark Tennant"])
def test_a_contributors_note_is_a_credit(line):
    assert furniture_reason(line) == "credit: contributors' note"


@pytest.mark.parametrize("line", ["Twelve agencies contributed to the report, which the ministry released on Monday.",
                                  "Voss contributed reporting skills to the campaign for years before she left."])
def test_sentences_about_contributions_are_not_a_contributors_note(line):
    assert furniture_reason(line) != "credit: contributors' note"


@pytest.mark.parametrize("line", ["Staff Writer", "Contributing Writer", "Vantrell Sports Writer",
                                  "News reporter @danawhit", "Senior editor at Vantrell Courier."])
def test_a_writers_role_alone_is_a_credit(line):
    assert furniture_reason(line) == "credit: a writer's role alone"


@pytest.mark.parametrize("line", ["Dana Whitfield, Vantrell Courier correspondent", "The editor resigned on Friday.",
                                  "A reporter was injured at the quay."])
def test_a_credit_with_a_name_or_a_sentence_about_a_writer_is_not_a_role_alone(line):
    assert furniture_reason(line) != "credit: a writer's role alone"


@pytest.mark.parametrize("line", [
    "Dana Whitfield is a freelance writer living in Vantrell.",
    "Mark Tennant is a reporter for the Vantrell Courier.",
    "Mara Quist (mara@example.org) is the editor and publisher of the Harbour Review, and a senior staff writer.",
    "Ansel Brandt is an award-winning writer based in Vantrell who has covered the port for a decade.",
])
def test_a_note_on_the_writer_has_its_shape(line):
    assert author_note_reason(line) == "note on the writer"


@pytest.mark.parametrize("line", ["Mark Tennant is a reporter who was detained at the border, his lawyer said.",
                                  "Voss is a harbour pilot with thirty years at sea.",
                                  "The author is a former harbour master."])
def test_a_sentence_about_a_person_is_not_a_note_on_the_writer(line):
    assert author_note_reason(line) is None


def test_a_note_on_the_writer_leaves_the_body_only_in_its_lower_half():
    opening = "Mark Tennant is a reporter for the Vantrell Courier and was the first to see the ferry leave."
    bio = "Dana Whitfield is a freelance writer living in Vantrell."
    text = "\n".join([HEADLINE, opening, *ARTICLE, bio])
    layout = layout_text(text)
    roles = _roles(layout)
    assert roles[bio] == ("removed", "note on the writer")
    assert layout.paragraphs == (opening, *ARTICLE)


def test_a_journalist_in_the_news_stays_in_the_body():
    # a story about a writer: the same shape in the lower half, but not among the body's last lines
    news = "Dana Whitfield is a freelance journalist who was detained at the harbour on Wednesday night."
    text = "\n".join([HEADLINE, *ARTICLE[:3], news, *ARTICLE[3:]])
    assert news in layout_text(text).paragraphs


# ---------------------------------------------------------------- captions, credits, counters, copies

@pytest.mark.parametrize("line", [
    "Crews load the last ferry at the quayCredit: Mara Quist/Vantrell Press",
    "Mara Quist/Vantrell Press", "Ansel K. Brandt/VANTRELL", "Dana Whitfield/The Vantrell Courier",
    "Courtesy of Mark Tennant", "Vantrell Harbour Authority via AP",
])
def test_photo_credits_alone_or_glued_are_captions(line):
    assert caption_reason(line) == "caption: photo credit"


@pytest.mark.parametrize("line", ["View PDF/Print Mode", "The ferry was courtesy of the council, Voss said.",
                                  "Either/Or", "Credit unions back the crews"])
def test_lines_with_a_slash_or_courtesy_are_not_credits(line):
    assert caption_reason(line) is None


def test_a_gallery_counter_glued_to_its_caption_is_a_caption():
    assert caption_reason("2of4Crews load the last ferry at the quay on Thursday.") == \
        "caption: gallery counter glued to its caption"
    assert caption_reason("2 of 4 crews walked out on Thursday.") is None


@pytest.mark.parametrize("line", ["Image 1 of 8", "Image 1 of / 8", "3 of 12"])
def test_a_gallery_counter_alone_is_furniture(line):
    assert furniture_reason(line) == "page furniture: gallery counter"


def test_a_teaser_printed_twice_leaves_its_copy():
    teaser = "Council votes to close the old quay to cars from June"
    text = "\n".join([HEADLINE, *ARTICLE[:4], "Business", teaser, "Business", teaser, *ARTICLE[4:]])
    layout = layout_text(text)
    copies = [s for s in layout.segments if s.text == teaser]
    assert [(s.role, s.reason) for s in copies][1] == ("removed", "line printed twice (the copy)")
    assert layout.paragraphs.count(teaser) <= 1
    assert all(p in layout.paragraphs for p in ARTICLE)


def test_a_sentence_repeated_further_down_stays_in_the_body():
    """A pull quote or a repeated line further away is not a copy printed twice in a row."""
    text = "\n".join([HEADLINE, ARTICLE[1], *ARTICLE[2:5], ARTICLE[1], ARTICLE[5]])
    layout = layout_text(text)
    assert layout.paragraphs.count(ARTICLE[1]) == 2


def test_round_four_furniture_inside_a_page_leaves_the_article_whole():
    """Everything at once: the article's paragraphs stay, in order, and every line keeps its text."""
    text = "\n".join([
        HEADLINE, "By Dana Whitfield", ARTICLE[0], "Image 1 of 5", "Mara Quist/Vantrell Press", ARTICLE[1],
        ARTICLE[2], "Get the day's top stories delivered to your inbox every morning.", ARTICLE[3], ARTICLE[4],
        ARTICLE[5], "Ansel Brandt contributed to this report.", "Staff Writer",
        "Dana Whitfield is a staff writer at the Vantrell Courier covering the port.",
    ])
    layout = layout_text(text)
    assert layout.paragraphs == tuple(ARTICLE)
    assert layout.title == HEADLINE
    assert [s.text for s in layout.segments] == text.splitlines()
