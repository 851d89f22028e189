"""A pasted article whose last paragraph is a quotation in curly quotes ('… she said. “… already.”').

Such a paragraph ends on a closing quotation mark, not on a period, and a short one scored as a headline does
(it took a little away from the article's main block): closing the article, it fell outside the block and was
set aside as "text after the article's main block", the quotation lost before extraction. The texts are
invented; the guards keep trailing boilerplate out of the body.
"""
from __future__ import annotations

from newsprism.clean.text import layout_text
from pasted_page_parts import ARTICLE, HEADLINE, MENU

NOW = "2024-12-31T00:00:00"

CLOSING_QUOTE = "“It does not matter that the crossing is late,” she told the Herald. “We will wait for it.”"
FOOTER = ["For more stories, follow the Lenholm Herald by clicking on the link below:",
          "Privacy Policy | Terms of Use | Contact Us"]


def _roles(layout):
    return {s.text.strip(): (s.role, s.reason) for s in layout.segments if s.text.strip()}


def test_a_closing_paragraph_of_quotation_stays_in_the_body():
    text = "\n".join(MENU + [HEADLINE, "By Dana Whitfield"] + ARTICLE + [CLOSING_QUOTE] + FOOTER)
    layout = layout_text(text, now=NOW)
    assert list(layout.paragraphs) == ARTICLE + [CLOSING_QUOTE]
    roles = _roles(layout)
    assert roles[FOOTER[0]] == ("removed", "text after the article's main block")


def test_a_single_quoted_question_closing_the_article_stays_too():
    question = "‘Who will pay for the night crossings?’ asked Mara Quist. ‘Not the crews, surely?’"
    layout = layout_text("\n".join(MENU + [HEADLINE] + ARTICLE + [question] + FOOTER), now=NOW)
    assert list(layout.paragraphs) == ARTICLE + [question]


def test_a_quoted_headline_after_the_article_is_still_set_aside():
    """A teaser's headline in quotes without a sentence's end inside them is no paragraph of the article."""
    teaser = "“Crews walk out” and other stories from the harbour"
    layout = layout_text("\n".join(MENU + [HEADLINE] + ARTICLE + FOOTER + [teaser]), now=NOW)
    assert list(layout.paragraphs) == ARTICLE
