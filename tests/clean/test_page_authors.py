"""A page's author field becomes the byline's names: roles, desks and credentials stay out."""
import pytest

from newsprism.clean import clean_document
from newsprism.clean.authors import page_authors
from newsprism.records import RawDocument, SourceHints


@pytest.mark.parametrize("field, names", [
    ("Ann Roe; Staff writer", "Ann Roe"),
    ("OLA BERG; KTV National Political Writer", "OLA BERG"),
    ("Lee Park; MS; RDN", "Lee Park"),
    ("Analysis by Ann Roe; KTV Editor-at-large", "Ann Roe"),
    ("Ann Roe is a reporter for the city desk", "Ann Roe"),
    ("Meg Tanner; Ed Hale; Associated Press", "Meg Tanner; Ed Hale"),
    ("Jo Lind; KTV Business", "Jo Lind"),
    # a date the site printed after the name, split at its commas
    ("Ann Roe Monday; November", "Ann Roe"),
    ("Ann Roe; Mark Tennant Thursday; March 3; 2022", "Ann Roe; Mark Tennant"),
    # the field read up to a date's first digit keeps the date's first words
    ("Ann Roe November", "Ann Roe"),
    ("Mark Tennant; Ann Roe Updated on", "Mark Tennant; Ann Roe"),
    # an agency printed after the second writer's name
    ("MEG TANNER; ED HALE Associated Press", "MEG TANNER; ED HALE"),
])
def test_roles_desks_and_credentials_are_no_names(field, names):
    assert page_authors(field) == names


@pytest.mark.parametrize("field", ["MEG TANNER; ED HALE", "Ann Roe; Mark Press", "Ann Roe", "Wire Desk",
                                   "Ann Roe; May Lin", "Associated Press", "Ann Roe; Mark Friday", "Ann May",
                                   "Ann Roe; Mark June"])
def test_names_stay_whole(field):
    # two names in capitals are two people; "Press" is a surname; a field naming only a desk is still its credit
    assert page_authors(field) == field


def test_nothing_is_none():
    assert page_authors(None) is None and page_authors("  ") is None


def test_a_saved_page_whose_author_field_adds_a_role_gets_the_name_as_its_byline():
    body = "".join(f"<p>The harbour board met on Monday to discuss the new crane, paragraph {k} of the "
                   f"report, which ran long into the evening as members argued over the cost.</p>" for k in range(6))
    page = (f'<html><head><title>Crane plan delayed</title><meta name="author" content="Ann Roe; Staff writer">'
            f'</head><body><article><h1>Crane plan delayed</h1>{body}</article></body></html>')
    raw = RawDocument(source="crane.html", fetched_at="2025-01-01T00:00:00Z", content_type="text/html",
                      data=page.encode("utf-8"), encoding="utf-8", hints=SourceHints())
    assert clean_document(raw).byline == "Ann Roe"
