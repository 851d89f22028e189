"""Fifth round on pasted page text: the headline where the fourth round still missed it.

Each rule answers a group of titles found wrong on real pages (benchmarks/pasted_text_quality.py): credits
the cleaner did not read as credits (a date in another language, a date followed by the writer and the
categories, "date/0 Comments/in Section/by admin", a weekday and an hour, a writer's name over "1 day ago",
a bare "By" over the name), credits standing below lines that are no text (a headline's copy, a search
box, a quoted claim), a standfirst taken for the headline (one that reports speech, one capitalised only
for its names), a menu item taken for the headline across a promo heading, a flat menu or a stray tag
that moved the article's text. The texts are invented (an invented town, outlet and people) and copy only
the shapes such pages have; the guards keep the old behaviour where it was right.
"""
from __future__ import annotations

from newsprism.clean.boilerplate import furniture_reason, widget_strength
from newsprism.clean.text import dateline_reading, layout_text
from newsprism.ingest.sniff import document_kind
from pasted_page_parts import ARTICLE, HEADLINE, MENU

NOW = "2024-12-31T00:00:00"
SENTENCE_HEADLINE = "Ferry crews in Lenholm walk out over night-shift pay"


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


# ---------------------------------------------------------------- text, not a page

def test_a_pasted_text_opening_with_a_stray_tag_is_text():
    """A page's <noscript> image tag shows as text at the top of a user's copy; the rest holds no markup."""
    head = "<img height=\"1\" width=\"1\" src=\"http://example.org/p?c=1\">\n" + "\n".join(MENU + [HEADLINE] + ARTICLE)
    assert document_kind(head, "page.txt") == "text"


def test_markup_that_goes_on_past_its_first_line_is_still_a_page():
    assert document_kind("<div class='story'><p>One.</p><p>Two.</p></div>", "fragment.txt") == "html"
    page = "<div>\n" + "\n".join(f"<p>{line}</p>" for line in MENU + ARTICLE) + "\n</div>"
    assert document_kind(page, "page.txt") == "html"
    assert document_kind("<img src='a.gif'>\n" + "\n".join(MENU + ARTICLE), "page.html") == "html"


# ---------------------------------------------------------------- a menu copied as one line

FLAT_MENU = ("News Harbour Ferries Science & Weather Tides Forums Videos Culture Expert Voices Read \"All About "
             "Lenholm\" Magazine! Reference All Topics About Us More Events Archive Shop Newsletters Contact")


def test_a_long_menu_line_of_capitalised_words_is_not_the_start_of_the_article():
    text = "\n".join(["Skip to main content", FLAT_MENU, "Trending", HEADLINE, "By Mara Quist 2024-03-03T09:12:00Z Local",
                      *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.title == HEADLINE
    assert FLAT_MENU not in layout.paragraphs
    assert layout.paragraphs == tuple(ARTICLE)


def test_a_long_line_of_names_with_commas_stays_in_the_text():
    crew = ("Director Dana Whitfield, Writer Mark Tennant, Composer Ann Roe, Lighting Mara Quist, Sound Olek Brand, "
            "Costumes Ana Roth, Stage Manager Lee Park, Producer Ola Berg, Designer Ivo Lund")
    text = "\n".join([*MENU, HEADLINE, "By Mara Quist", "March 3, 2024", *ARTICLE, crew])
    assert crew in layout_text(text, now=NOW).paragraphs


# ---------------------------------------------------------------- credits below lines that are no text

def test_credits_under_a_headline_printed_twice_a_standfirst_and_the_writer_name():
    question = "Does the Lenholm Ferry Board Hold $17 Million in Reserves?"
    standfirst = "A rumour about the board's accounts spread online this week, but its filings tell another story."
    text = "\n".join([*MENU, "Fact Checks", question, question, standfirst, "Dana Whitfield",
                      "Published 3 March 2024", *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.title == question
    assert standfirst not in layout.paragraphs


def test_credits_under_a_search_box_and_the_blog_name():
    headline = "March 2024 open thread"
    text = "\n".join([*MENU, "Enter search terms here.",
                      "This search returns results from both the Lenholm main site and from the Lenholm Blog.", "Search form", "Search", "Home", "The Lenholm Blog",
                      headline, "Previous Post", "Next Post", "March 3, 2024 | by Ann", *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.title == headline
    assert layout.paragraphs == tuple(ARTICLE)


def test_credits_under_a_quoted_claim_and_a_question_headline():
    headline = "How much does the ferry strike cost the town each week?"
    text = "\n".join([*MENU, "\"The strike costs Lenholm $2 million a week.\"",
                      "— Mark Tennant on Sunday, March 3rd, 2024 in a radio interview", headline,
                      "By Dana Whitfield on Monday, March 4th, 2024 at 11:08 a.m.", *ARTICLE])
    assert layout_text(text, now=NOW).title == headline


def test_credits_right_above_the_text_win_over_a_second_set_further_down():
    """The page prints the head twice (a hero picture's and the text's): past a standfirst and a caption, the
    credits right above the text are the article's, and the headline above them."""
    standfirst = "Receptors in the harbour's mussels watch the water and raise an alarm when it turns."
    caption = "Mussels on the quay wall of Lenholm harbour, photographed at low tide. By sampling the water they warn us."
    text = "\n".join([*MENU, HEADLINE, "By Mara Quist", "March 3, 2024", standfirst, "Read Later", caption,
                      "Olek Brand for Lenholm Courier", "Mara Quist", "Contributing Writer", "March 3, 2024", *ARTICLE])
    assert layout_text(text, now=NOW).title == HEADLINE


# ---------------------------------------------------------------- the headline or a standfirst

def test_a_standfirst_that_reports_speech_is_not_the_headline():
    standfirst = "\u201cWe have to cut the night crossings,\u201d harbour chief Mark Tennant said in an email to crews Monday"
    headline = "Lenholm ferry night crossings to end this week"
    text = "\n".join([*MENU, headline, standfirst, "LOCAL /", "Mar 3, 2024 12:02 PM", "By Dana Whitfield", *ARTICLE])
    assert layout_text(text, now=NOW).title == headline


def test_a_title_case_headline_over_a_longer_standfirst_capitalised_for_its_names():
    standfirst = ("Whitfield joins Mark Tennant, Ann Roe, and Olek Brand onstage in Lenholm for a surprise "
                  "performance and tour announcement")
    headline = "The Harbour Singers Unite With Dana Whitfield for 50th Anniversary Tour"
    text = "\n".join([*MENU, "March 3, 2024 12:04AM ET", headline, standfirst, "By", "Mara Quist", "Mara Quist",
                      "Reporter", *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.title == headline
    assert _roles(layout)["By"][0] == "byline"


def test_a_title_case_promo_banner_over_a_shorter_headline_stays_a_banner():
    banner = "Harbour Day 2024: Grab the Harbour Shop's Hottest Early Harbour Day Deals Here"
    headline = "The 10 best early Harbour Day deals on Lenholm ferry passes"
    text = "\n".join([*MENU, banner, headline, "Mara Quist", "March 3rd, 2024 at 8:40 AM", *ARTICLE])
    assert layout_text(text, now=NOW).title == headline


def test_a_menu_item_across_a_promo_heading_is_not_the_headline():
    headline = "Lenholm's guide to understanding ferry fares and harbour dues"
    text = "\n".join([*MENU, "Our Staff", "Suggest a Story Idea", "Donate", headline,
                      "By Dana Whitfield on Monday, March 4th, 2024 at 11:04 a.m.", *ARTICLE])
    assert layout_text(text, now=NOW).title == headline


def test_a_sentence_case_standfirst_under_a_headline_cased_line_still_yields():
    """The second round's rule stands: a headline-cased line directly above a sentence-case one wins."""
    text = "\n".join([*MENU, HEADLINE, "the morning crossings are cancelled until the talks resume next week",
                      "By Mara Quist", "Mar 3, 2024, 9:12am", *ARTICLE])
    assert layout_text(text, now=NOW).title == HEADLINE


def test_a_question_headline_printed_under_its_credits():
    headline = "Ferry fares at a record high; is it time to sell the season pass?"
    text = "\n".join([*MENU, "You are here: HomeNewsHarbourFerries", "Last Updated : Mar 3, 2024 01:41 PM | Source: Lenholm Courier",
                      headline, *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.title == headline
    assert _roles(layout)["You are here: HomeNewsHarbourFerries"] == ("removed", "navigation: breadcrumb")


# ---------------------------------------------------------------- credit lines the cleaner did not know

def test_datelines_with_a_writer_and_categories_after_the_date():
    for line in ("Posted on 27 Oktober 2023 by admin", "13/06/2023 Dana Whitfield News, Books, Reviews",
                 "October 12, 2023/0 Comments/in Harbour News /by lenadmin",
                 "05/10/2023 - Publicado por: Ann Roe - Categoria: Saúde - Tags: porto balsa"):
        assert dateline_reading(line, NOW) is not None, line


def test_a_headline_ending_with_a_date_after_a_dash_is_no_dateline():
    assert dateline_reading("Storm hits the Lenholm coast - March 3, 2024", NOW) is None
    assert dateline_reading("13/06/2023 the ferry crews met the board and agreed on a new rota", NOW) is None


def test_the_headline_above_a_date_writer_and_categories_line():
    text = "\n".join([*MENU, "Harbour shop ferry guide review", "13/06/2023 Dana Whitfield All, Books, Kit Reviews",
                      "Tested by: Mark Tennant Price: 23.99 More info: www.example.org", *ARTICLE])
    assert layout_text(text, now=NOW).title == "Harbour shop ferry guide review"


def test_a_weekday_and_an_hour_are_the_article_credits():
    teaser = "Lenholm Opens Its New Library on the Quay"
    text = "\n".join([*MENU, teaser, "Ann Roe 11/12/23 4:40PM", "HARBOUR", HEADLINE, "Mara Quist", "Monday 5:30PM",
                      "Filed to:", "FERRIES", "Photo: Olek Brand", *ARTICLE])
    layout = layout_text(text, now=NOW)
    assert layout.title == HEADLINE
    assert _roles(layout)["Monday 5:30PM"][0] == "dateline"


def test_a_writer_over_an_age_is_the_article_credits():
    teasers = ["Ferry board meets on Friday to discuss the night rota", "Lenholm library opens on the quay at last",
               "Why the harbour tides ran so high this winter"]
    text = "\n".join([*MENU, *teasers, SENTENCE_HEADLINE, "Dana Whitfield", "1 day ago", teasers[0], *ARTICLE])
    assert layout_text(text, now=NOW).title == SENTENCE_HEADLINE


def test_wire_copy_credit_is_no_headline():
    assert furniture_reason("Lenholm Courier wire services") == "credit: wire copy"
    assert furniture_reason("From staff and wire reports") == "credit: wire copy"
    assert furniture_reason("Staff Reports") is None  # a credit some pages keep in the article's text
    text = "\n".join([*MENU, SENTENCE_HEADLINE, "Lenholm Courier wire services", "Published 11:11 PM EST Mar 3, 2024",
                      "Harbour crews at the gate", "Mara Quist, Associated Press", *ARTICLE])
    assert layout_text(text, now=NOW).title == SENTENCE_HEADLINE


def test_a_share_bar_with_gaps_between_its_buttons():
    assert widget_strength("Whatsapp \u00a0 Facebook \u00a0 Pin \u00a0 Baixar") == "strong"
    assert widget_strength("Facebook and Twitter ban the Lenholm account") is None
    headline = "Only those who love themselves\u2026"
    text = "\n".join([*MENU, headline, "Messages » Love » " + headline, "Whatsapp \u00a0 Facebook \u00a0 Pin \u00a0 Baixar",
                      *ARTICLE])
    assert layout_text(text, now=NOW).title == headline
