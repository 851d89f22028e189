"""The HTML report read by a newcomer (session 20): an article without an outlet is named as the web UI and
the JSON name it, the outlet counts match the web UI's, and weak loaded words are dotted, never cleared."""
import re
from html import unescape

import newcomer_corpus

from newsprism.report.html import render_report

NAME = "unknown outlet quay-note.txt"


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_outlet_counts_and_names_read_as_in_the_web_ui():
    analysis, _ = newcomer_corpus.build()
    page = render_report(analysis)
    header = text_of(re.search(r'<header class="top">.*?</header>', page, re.S).group())
    assert "3 articles from 3 outlets (1 unknown)" in header  # was "from 2 outlets (1 with no outlet found)"
    assert "3 outlets (1 unknown): Lenholm Post, Vantrell Courier" in text_of(page)  # the story; was "2 outlets"
    articles = text_of(page.split('<section id="articles">')[1])
    assert f"Outlet {NAME}" in articles  # the article's own card said "Outlet unknown"
    assert "Olek Brandperson1" in re.sub(r"<[^>]+>", "", page)  # the entity chip said "PERSON"
    crosscheck = text_of(page.split('<section id="crosscheck">')[1].split("</section>")[0])
    assert NAME in crosscheck and "unknown outlet (" not in crosscheck  # was "unknown outlet (3fa4ef63) quay-…"


def test_a_weak_loaded_word_in_a_quote_keeps_the_quote_colour_and_says_why():
    analysis, _ = newcomer_corpus.build()
    page = render_report(analysis)
    run = re.search(r'<mark class="([^"]+)"[^>]*>sweeping</mark>', page).group(1).split()
    assert "fr-weak" in run and "quote" in run
    assert "fr-loaded" not in run  # its fill hid under the weak rule, and the weak rule cleared the quote's
    assert not re.search(r"mark\.fr-weak\{[^}]*background", page)  # no class-strength rule clears a fill
    legend = page.split('<section id="articles">')[1]
    assert "dotted underline" in legend[:3000]  # said beside the articles too, not only in the framing section
