"""Bylines, "Source:" lines, paragraph datelines, title suffixes and outlet names from sites."""
import pytest

from newsprism.clean.metadata import (byline_of, outlet_name, paragraph_opener, site_name, source_line_outlet,
                                      split_title_suffix)


@pytest.mark.parametrize("line, name", [
    ("BY: Mara Quist", "Mara Quist"), ("By Mara Quist", "Mara Quist"), ("Edited by Tomas Reel", "Tomas Reel"),
    ("Written by Ana de la Roth", "Ana de la Roth"), ("Author: Olek Brand", "Olek Brand"),
    ("By Mara Quist, Staff Writer", "Mara Quist"), ("By Mara Quist | March 3, 2022", "Mara Quist"),
    ("Von Jana Feld", "Jana Feld"), ("(Reporting by Mara Quist; Editing by Tomas Reel)", "Mara Quist"),
])
def test_bylines(line, name):
    assert byline_of(line).name == name


def test_byline_label_alone_and_byline_with_its_date():
    assert byline_of("BY:").name == ""
    found = byline_of("By Mara Quist | March 3, 2022")
    assert found.date_text == "March 3, 2022"


@pytest.mark.parametrize("line", [
    "By March, the mission will grow to 4,000 people.", "by the way, nobody asked the crews.",
    "By contrast, the operator lost money.", "By 2010, the main part of the force had left.",
    "Byways of the old harbour", "The report was written by the committee last year.",
])
def test_sentences_are_not_bylines(line):
    assert byline_of(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("Source: Coastline Courier", "Coastline Courier"), ("SOURCE: Lenholm Wire", "Lenholm Wire"),
    ("Quelle: Nordhafen Zeitung", "Nordhafen Zeitung"),
    ("This article was originally published in The Lenholm Review.", "The Lenholm Review"),
    ("Source: www.coastlinecourier.com", "Coastline Courier"),
])
def test_source_lines_name_the_outlet(line, outlet):
    assert source_line_outlet(line) == outlet


@pytest.mark.parametrize("line", ["Source: officials familiar with the talks said the deal was close.",
                                  "Sources say the deal is close", "The source of the leak was never found."])
def test_sentences_about_sources_name_no_outlet(line):
    assert source_line_outlet(line) is None


def test_paragraph_openers():
    opener = paragraph_opener("Lenholm, March 3 (Coastline Wire)-- The ferry crews stopped work on Thursday.")
    assert (opener.place, opener.outlet, opener.date_text) == ("Lenholm", "Coastline Wire", "March 3")
    opener = paragraph_opener("LENHOLM (AP) — The ferry crews stopped work on Thursday.")
    assert (opener.place, opener.outlet) == ("LENHOLM", "AP")
    assert paragraph_opener("HARBOURNEWS – The ferry crews stopped work.").outlet == "HARBOURNEWS"
    opener = paragraph_opener("LENHOLM – The ferry crews stopped work.")  # a place, not an outlet
    assert (opener.place, opener.outlet) == ("LENHOLM", None)
    assert paragraph_opener("The crews – all forty of them – stopped work.") is None


def test_title_suffix_names_the_outlet_only_when_it_looks_like_a_name():
    assert split_title_suffix("Ferry crews walk out over pay | Coastline Courier") == (
        "Ferry crews walk out over pay", "Coastline Courier")
    assert split_title_suffix("Ferry crews walk out over pay") == ("Ferry crews walk out over pay", None)
    assert split_title_suffix("Pay | what the crews want and why the operator says no")[1] is None


@pytest.mark.parametrize("url, name", [
    ("https://www.theguardian.com/world/2021/feb/20/x", "The Guardian"),
    ("https://edition.cnn.com/2021/02/20/x", "CNN"),
    ("http://www.bbc.co.uk/news/x", "BBC"),
    ("https://www.nytimes.com/2021/02/20/x.html", "NY Times"),
    ("coastline-courier.com", "Coastline Courier"),
])
def test_site_names_from_urls(url, name):
    assert site_name(url) == name


def test_outlet_names_as_given_and_as_domains():
    assert outlet_name("  Coastline   Courier ") == "Coastline Courier"
    assert outlet_name("www.coastlinecourier.com") == "Coastline Courier"
    assert site_name("http://127.0.0.1:8000/a") is None
