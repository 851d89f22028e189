"""clean_document end to end on text inputs: dates, outlets, language, flags, and refusals."""
from __future__ import annotations

import pytest

from newsprism.clean import clean_document
from newsprism.errors import NewsprismError
from newsprism.records import RawDocument, SourceHints

FETCHED = "2022-06-01T12:00:00Z"
BODY = ("The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.\n"
        "The operator said talks would resume on Monday and that the morning crossings would be cancelled.\n")


def doc(text: str | bytes, content_type="text/plain", hints=SourceHints(), source="story.txt", encoding=None,
        fetched_at=FETCHED) -> RawDocument:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return RawDocument(source=source, fetched_at=fetched_at, content_type=content_type, data=data, encoding=encoding,
                       hints=hints)


def test_a_scraped_text_becomes_an_article_with_every_line_accounted_for():
    text = "Ferry crews walk out\nBy Mara Quist\n16.02.2022, Lenholm.\nFacebook\nTwitter\n" + BODY + \
        "Source: Coastline Courier\nLeave a Reply\nNice one.\n"
    article = clean_document(doc(text))
    assert [s.text for s in article.segments] == text.splitlines()
    assert article.title == "Ferry crews walk out" and article.byline == "Mara Quist"
    assert (article.published, article.published_precision, article.published_found) == ("2022-02-16", "day", "dateline")
    assert (article.outlet, article.outlet_found) == ("Coastline Courier", "source line")
    assert article.text == "\n\n".join(BODY.splitlines())
    assert article.language == "en" and "non-english" not in article.flags
    assert [c.text for c in article.comments] == ["Nice one."]
    assert {s.text for s in article.removed} >= {"Facebook", "Twitter", "Source: Coastline Courier", "Leave a Reply"}
    assert article.id and article.source == "story.txt"


@pytest.mark.parametrize("dateline, published, precision", [
    ("2021-02-20 10:06:02", "2021-02-20T10:06:02", "time"),
    ("Posted on February 20, 2021", "2021-02-20", "day"),
    ("Saturday, 20 February 2021", "2021-02-20", "day"),
    ("20.02.2021", "2021-02-20", "day"),
    ("February 2021", "2021-02", "month"),
])
def test_published_date_forms_with_their_precision(dateline, published, precision):
    article = clean_document(doc(f"Ferry crews walk out\n{dateline}\n{BODY}"))
    assert (article.published, article.published_precision) == (published, precision)
    assert article.published_found == "dateline"


def test_an_ambiguous_dateline_gives_no_day_and_is_flagged():
    article = clean_document(doc(f"Ferry crews walk out\n18-02-21 09:00\n{BODY}"))
    assert article.published is None  # 18 Feb 2021 or 21 Feb 2018: no date rather than a guess
    assert "date-ambiguous" in article.flags and "no-date" in article.flags


def test_an_ambiguous_dateline_falls_back_on_an_unambiguous_source():
    hints = SourceHints(url="https://coastline-courier.com/2021/02/18/ferry-crews-walk-out")
    article = clean_document(doc(f"Ferry crews walk out\n18-02-21 09:00\n{BODY}", hints=hints))
    assert (article.published, article.published_found) == ("2021-02-18", "url")
    assert "date-ambiguous" in article.flags


def test_comment_dates_never_become_the_article_date():
    text = f"Ferry crews walk out\n{BODY}Comments\nPia Sorn\nMarch 3, 2022 at 9:12 pm\nAbout time.\n"
    article = clean_document(doc(text))
    assert article.comments[0].date == "2022-03-03T21:12:00"
    assert article.published is None and "no-date" in article.flags


def test_a_date_after_the_fetch_is_not_the_publication_date():
    article = clean_document(doc(f"Ferry crews walk out\nMarch 3, 2031\n{BODY}"))
    assert article.published is None


def test_container_hints_come_first():
    hints = SourceHints(url="https://www.coastline-courier.com/a", title="Ferry crews walk out", outlet="Lenholm Wire",
                        published="2022-03-03T08:00:00Z", byline="Mara Quist")
    article = clean_document(doc(f"Ferry crews walk out\n{BODY}", hints=hints))
    assert (article.outlet, article.outlet_found) == ("Lenholm Wire", "hint")
    assert (article.published, article.published_found) == ("2022-03-03T08:00:00", "hint")
    assert article.title == "Ferry crews walk out" and article.byline == "Mara Quist"
    assert article.url == "https://www.coastline-courier.com/a"


def test_outlet_from_the_url_when_the_text_names_none():
    hints = SourceHints(url="https://www.coastline-courier.com/2022/03/03/ferry")
    article = clean_document(doc(f"Ferry crews walk out\n{BODY}", hints=hints))
    assert (article.outlet, article.outlet_found) == ("Coastline Courier", "url")
    assert (article.published, article.published_found) == ("2022-03-03", "url")


def test_outlet_from_a_paragraph_dateline():
    text = "Ferry crews walk out\nLenholm, March 3 (Coastline Wire)-- " + BODY
    article = clean_document(doc(text))
    assert (article.outlet, article.outlet_found) == ("Coastline Wire", "dateline")
    assert article.published is None  # "March 3" without a year is not guessed


GERMAN = ("Fährbesatzungen streiken\n"
          "Die Fähren im Hafen von Lenholm standen am Donnerstag still, weil die Besatzungen die Arbeit niederlegten.\n"
          "Der Betreiber sagte, die Gespräche würden am Montag fortgesetzt und die Morgenfahrten fielen aus.\n")


def test_non_english_articles_are_kept_and_flagged():
    article = clean_document(doc(GERMAN))
    assert article.language == "de"
    assert "non-english" in article.flags and not article.is_english
    assert "Lenholm" in article.text


def test_language_of_a_very_short_text_follows_the_declaration():
    article = clean_document(doc("Fähren stehen still.", hints=SourceHints(language="de-DE")))
    assert article.language == "de"


def test_legacy_encodings_are_decoded():
    article = clean_document(doc(GERMAN.encode("cp1252"), encoding="cp1252"))
    assert "Fähren" in article.text
    article = clean_document(doc(GERMAN.encode("cp1252")))  # undeclared: detected
    assert "Fähren" in article.text or "F" in article.text


@pytest.mark.parametrize("data, code", [
    (b"", "E202"), (b"   \n\n  ", "E202"), (b"\x00\x01\x02\x03binary\x00\x00", "E203"),
])
def test_refusals_name_the_input_and_the_reason(data, code):
    with pytest.raises(NewsprismError) as caught:
        clean_document(doc(data, source="bad.txt"))
    assert caught.value.code == code and "bad.txt" in str(caught.value)


def test_containers_are_refused_by_the_clean_stage():
    with pytest.raises(NewsprismError) as caught:
        clean_document(doc(b'{"title": "x"}', content_type="application/json", source="x.json"))
    assert caught.value.code == "E204"


def test_a_text_of_nothing_but_furniture_is_refused_with_what_was_found():
    with pytest.raises(NewsprismError) as caught:
        clean_document(doc("Facebook\nTwitter\nShare\nLeave a Reply\n", source="furniture.txt"))
    assert caught.value.code == "E205" and "furniture.txt" in str(caught.value)


def test_a_text_longer_than_any_article_is_refused_with_its_length():
    # a whole dump on one line: analysing it would take gigabytes; the batch goes on without it
    with pytest.raises(NewsprismError) as caught:
        clean_document(doc("Council notes\n\n" + "The council voted. " * 60_000, source="dump.txt"))
    assert caught.value.code == "E206" and "dump.txt" in str(caught.value) and "1,139,999 characters" in str(caught.value)
    assert clean_document(doc("Council notes\n\n" + "The council voted. " * 2_000, source="long.txt")).text


def test_apostrophes_spaced_off_a_contraction_are_rejoined_in_the_body():
    # text pasted from a corpus that spaced every token: the parser read "he ’ s" as a quotation mark
    text = ("Ferry crews walk out\n"
            "The commissioner says he ’ s put the company ’ s crews through it, and they can ’ t wait any more.\n"
            "Mara Quist called the plan ‘ a mess ’ so the talks were put off until Monday morning.\n")
    article = clean_document(doc(text))
    assert "he’s put the company’s crews through it, and they can’t wait" in article.text
    assert "‘ a mess ’ so" in article.text  # a quotation mark before a word stays as it was
    assert [s.text for s in article.segments] == text.splitlines()  # the lines themselves are as given


MENU = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in
               ("Home", "Vantrell news", "Lenholm sport", "Weather", "Opinion", "Business", "Culture", "Travel"))


def test_a_page_that_is_only_a_menu_of_links_is_refused_not_stored_as_an_article():
    page = f"<html><body><nav><ul>{MENU}</ul></nav><footer>Copyright Lenholm Post</footer></body></html>"
    with pytest.raises(NewsprismError) as caught:
        clean_document(doc(page, content_type="text/html", source="menu.html"))
    assert caught.value.code == "E205" and "menu.html" in str(caught.value)
    assert "link texts" in str(caught.value) and "no sentence of 8 or more words" in str(caught.value)


@pytest.mark.parametrize("body", [
    # a brief among the menu: one sentence of prose is an article
    f"<nav><ul>{MENU}</ul></nav><p>The Vantrell council voted on Tuesday to reopen the bridge, Ann Roe said.</p>",
    # short paragraphs that are not links (a list of results) stay an article
    "<h1>Lenholm results</h1>" + "".join(f"<p>Ward {n}: Olek Brand</p>" for n in range(1, 9)),
])
def test_a_page_with_prose_or_with_short_lines_that_are_not_links_is_kept(body):
    article = clean_document(doc(f"<html><body>{body}</body></html>", content_type="text/html"))
    assert article.text


def test_a_text_of_one_headline_like_line_is_its_own_body_not_refused():
    # a one-sentence body with no full stop reads like a headline; set aside as the title it left no text
    line = "Mark Tennant has reportedly been killed in a crash near Lenholm"
    article = clean_document(doc(line + "\n", source="one-line.txt"))
    assert article.text == line and article.title == line
    two = clean_document(doc("Vantrell crash kills 3\n\n" + line + "\n"))
    assert (two.title, two.text) == ("Vantrell crash kills 3", line)  # with a body below, the headline is the title
    # a page whose only text is its <title> (a script-built page) has no article text: still refused
    shell = f"<html><head><title>{line}</title></head><body><div id='app'></div></body></html>"
    with pytest.raises(NewsprismError) as caught:
        clean_document(doc(shell, content_type="text/html", source="shell.html"))
    assert caught.value.code == "E205"


def test_a_line_of_page_script_is_set_aside_not_kept_as_text():
    # a scraped share widget's script: its quoted strings were read as quotations
    script = ("var shareVia = 'LenholmPost'; LP.share('top', { 'id': '2041', 'title': 'Vantrell dam opens', "
              "'url': 'http://example.org/news/vantrell-dam', 'isChannel': false});      1,204 shares")
    text = ("Vantrell dam opens after ten years\n\n" + script + "\n\nThe Vantrell dam opened on Monday, ten years "
            "after work began, officials said.\n\nLet the valley see it, said Dana Whitfield, the mayor of Lenholm.\n")
    article = clean_document(doc(text))
    assert "shareVia" not in article.text and "LenholmPost" not in article.text
    assert article.text.startswith("The Vantrell dam opened") and "Let the valley see it" in article.text
    assert any(s.reason == "script code" and s.text == script for s in article.removed)
