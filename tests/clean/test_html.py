"""HTML pages through trafilatura: main text apart from navigation, comments and captions; metadata."""
from __future__ import annotations

import pytest

from newsprism.clean import clean_document
from newsprism.errors import NewsprismError
from newsprism.records import RawDocument, SourceHints
from pasted_page_parts import PAGE_PARAGRAPHS

PARAGRAPHS = PAGE_PARAGRAPHS + [
    "Commuters were told to take the coastal bus, which will run every twenty minutes until Sunday, the town's "
    "transport office said in a statement on its website.",
]


def page(meta: str = "", opening: str = "", comments: bool = True, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    section = """
      <section id="comments" class="comments">
        <h3>3 Comments</h3>
        <ol class="comment-list">
          <li class="comment"><div class="comment-author">Pia Sorn</div><div class="comment-date">March 4, 2022 at 9:12 pm</div>
            <div class="comment-content"><p>About time somebody stood up for the night crews of this town.</p></div></li>
          <li class="comment"><div class="comment-author">Juno Pell</div><div class="comment-date">March 5, 2022 at 7:40 am</div>
            <div class="comment-content"><p>The operator will not move an inch on this, mark my words.</p></div></li>
        </ol>
        <form><label>Comment *</label><textarea></textarea><button>Post Comment</button></form>
      </section>""" if comments else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
      <title>Ferry crews walk out over night-shift pay | Coastline Courier</title>
      <meta property="og:site_name" content="Coastline Courier">
      {meta}
      <script>var tracking = "do not read me";</script><style>p {{ color: black }}</style></head>
      <body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <div class="share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
      <main><article>
        <h1>Ferry crews walk out over night-shift pay</h1>
        <p class="byline">By Mara Quist</p>
        {opening}
        <figure><img src="x.jpg"><figcaption>Crew members at the depot gate on Thursday. Photo: Ilse Varn</figcaption></figure>
        {body}
      </article></main>
      {section}
      <footer><p>© 2022 Coastline Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
      </body></html>"""


def clean(html: str, url: str | None = "https://www.coastline-courier.com/news/ferry-crews-walk-out",
          fetched_at: str = "2022-06-01T00:00:00Z"):
    return clean_document(RawDocument(source="page.html", fetched_at=fetched_at, content_type="text/html",
                                      data=html.encode("utf-8"), encoding="utf-8", hints=SourceHints(url=url)))


def test_main_text_without_navigation_scripts_comments_or_captions():
    article = clean(page(meta='<meta property="article:published_time" content="2022-03-03T08:15:00+00:00">'))
    assert article.text.split("\n\n") == PARAGRAPHS
    for furniture in ("Home", "Facebook", "tracking", "All rights reserved", "night crews of this town", "Post Comment",
                      "Photo: Ilse Varn"):
        assert furniture not in article.text, furniture
    assert article.title == "Ferry crews walk out over night-shift pay"
    assert article.captions == ("Crew members at the depot gate on Thursday. Photo: Ilse Varn",)
    removed = {s.text for s in article.removed}
    assert {"Facebook Twitter Email", "© 2022 Coastline Courier. All rights reserved."} <= removed or \
        "© 2022 Coastline Courier. All rights reserved." in removed
    assert all(s.role == "removed" and s.reason for s in article.removed)


def test_comments_are_kept_apart_with_their_dates_which_never_date_the_article():
    article = clean(page())
    texts = [c.text for c in article.comments]
    assert any("night crews of this town" in t for t in texts)
    assert all(t not in article.text for t in texts)
    assert article.published != "2022-03-04" and not (article.published or "").startswith("2022-03-0")


def test_metadata_from_the_page():
    article = clean(page(meta='<meta property="article:published_time" content="2022-03-03T08:15:00+00:00">'))
    assert (article.published, article.published_precision, article.published_found) == \
        ("2022-03-03T08:15:00", "time", "meta")
    assert (article.outlet, article.outlet_found) == ("Coastline Courier", "meta")
    assert article.byline == "Mara Quist"
    assert article.language == "en" and article.url.startswith("https://www.coastline-courier.com/")


def test_outlet_from_the_url_when_the_page_names_none():
    html = page().replace('<meta property="og:site_name" content="Coastline Courier">', "") \
        .replace(" | Coastline Courier", "").replace("Coastline Courier", "the paper")
    article = clean(html, url="https://www.lenholm-wire.com/2022/03/03/ferry")
    assert article.outlet == "Lenholm Wire"


def test_a_dateline_above_the_text_dates_a_page_without_metadata():
    article = clean(page(opening="<p>Datum 03.03.2022</p>", comments=False), url=None)
    assert article.published == "2022-03-03" and article.published_found in ("meta", "page dateline")
    assert "Datum" not in article.text
    assert any(s.reason == "dateline" for s in article.removed)


def test_no_date_rather_than_a_comment_date_or_a_guess():
    article = clean(page(), url=None)
    assert article.published is None and "no-date" in article.flags


def test_non_english_page_is_flagged():
    german = page(lang="de").replace(PARAGRAPHS[0], "Die Fähren im Hafen von Lenholm standen am Donnerstag still, "
                                                    "weil die Besatzungen die Arbeit niederlegten und mehr Lohn für "
                                                    "die Nachtschicht verlangen.")
    for p in PARAGRAPHS[1:]:
        german = german.replace(p, "Die Pendler sollten den Küstenbus nehmen, der bis Sonntag alle zwanzig Minuten "
                                   "fährt, teilte das Verkehrsamt der Stadt am Donnerstag mit.")
    article = clean(german)
    assert article.language == "de" and "non-english" in article.flags


def test_a_page_of_nothing_is_refused_with_its_name():
    with pytest.raises(NewsprismError) as caught:
        clean("<html><head><title></title></head><body><nav>Home</nav></body></html>")
    assert "page.html" in str(caught.value)


def test_a_pop_up_card_after_a_linked_name_is_no_text():
    # Eighth reading audit: a site's hover card (picture, the name again, other stories' headlines, "MORE")
    # sits inside the paragraph after the linked name; trafilatura ran it into the sentence.
    card = ('<span class="card"><span><img src="voss.jpg" width="100" height="100"><a href="/people/voss">Dana Voss</a>'
            '<a href="/a/1">Lenholm budget talks stall | Vantrell mill to close</a> '
            '<a href="/a/2">Voss asks council for a ferry review</a> <a href="/people/voss">MORE</a></span></span>')
    opening = (f'<p>Night crews will meet Rep. <span><a href="/people/voss">Dana Voss</a>{card}</span> (D-Lenholm) '
               'on Friday, the union said.</p>')
    doc = clean(page(opening=opening))
    assert "Night crews will meet Rep. Dana Voss (D-Lenholm) on Friday, the union said." in doc.text
    assert "Lenholm budget talks stall" not in doc.text and "MORE" not in doc.text
    assert any("Lenholm budget talks stall" in s.text for s in doc.removed)  # nothing dropped silently
