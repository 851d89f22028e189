"""The web UI read by a newcomer (session 20): one name for an article without an outlet on every page, one
outlet count and one charged-passage figure wherever they are shown, and the weak-evidence marks explained."""
import re
from html import unescape

import newcomer_corpus
import pytest
from conftest import make_client

from newsprism.records import FramingFinding

NAME = "unknown outlet quay-note.txt"  # records.outlet_name: what the report and the JSON's explanations say


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("newcomer") / "news.db"
    records = newcomer_corpus.write(path)
    with make_client(path) as client:
        yield client, records


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_an_article_without_an_outlet_is_named_by_its_file_on_every_page(site):
    client, records = site
    note, post = records["articles"]["note"], records["articles"]["post"]
    article = text_of(client.get(f"/articles/{note.id}").text)
    assert NAME in article  # was a bare "unknown outlet"
    assert NAME in text_of(client.get("/articles").text)  # was "unknown · quay-note.txt"
    assert f"{NAME} 1" in text_of(client.get(f"/entities/{records['brand'].id}").text)  # was "unknown outlet 1"
    assert f"{NAME} · 50% shared" in text_of(client.get(f"/articles/{post.id}").text)  # was "unknown outlet"
    story = client.get(f"/stories/{records['story'].id}").text
    assert "unknown outlet ·" not in text_of(story) and NAME in text_of(story)  # was "unknown outlet · quay-note.txt"


def test_the_story_list_counts_outlets_as_the_story_page_does(site):
    client, records = site
    card = text_of(client.get("/").text)
    assert "3 outlets (1 unknown)" in card  # was "2 outlets" beside a story page saying "from 3 outlets"
    assert "3 articles from 3 outlets" in text_of(client.get(f"/stories/{records['story'].id}").text)
    outlets = text_of(client.get("/outlets").text)
    assert "2 outlets · 1 article with no outlet found" in outlets  # said only "2 outlets" for 3 articles
    assert re.search(r"Lenholm Post 1 1 \S+ [\d.]+ none", outlets)  # an empty labels cell said nothing


def test_a_story_framing_card_gives_the_charged_passages_of_the_outlet_page(site):
    client, records = site
    story = client.get(f"/stories/{records['story'].id}").text
    card = story.split('id="framing"')[1].split("Vantrell Courier")[1].split("</article>")[0]
    outlet = text_of(client.get("/outlets/Vantrell Courier").text)
    figure = re.search(r"Charged passages per 100 words ([\d.]+)", outlet).group(1)
    assert float(figure) > 0
    assert f"</meter> {figure}" in card  # was the "loaded" kind alone: 1 of the 2 passages
    months = re.search(r"2031-03 1 ([\d.]+)", outlet)
    assert months and months.group(1) == figure  # the "Over time" table counted findings of every kind
    assert "1 articles" not in text_of(story)


def test_weak_evidence_is_dotted_and_explained_and_never_clears_another_colour(site):
    client, records = site
    note = records["articles"]["note"]
    page = client.get(f"/articles/{note.id}").text
    mark = re.search(r'<mark class="([^"]+)"[^>]*>sweeping</mark>', page).group(1).split()
    assert "hl-frame-weak" in mark and "hl-quote" in mark
    assert "hl-frame" not in mark  # was filled as a finding, then its fill and the quote's cleared by CSS
    assert "score under 0.4" in text_of(page)  # the legend says what "weak" means, as the report's does
    assert re.search(r"Framing \(1\)", text_of(page))  # still counted with the framing marks
    css = client.get("/static/app.css").text
    weak_rule = re.search(r"mark\.hl-frame-weak[^{]*\{([^}]*)\}", css).group(1)
    assert "dotted" in weak_rule and "background" not in weak_rule


def test_strong_and_weak_findings_over_the_same_words_keep_the_strong_fill():
    from newsprism.report.highlight import render_marked
    from newsprism.server.views import marks_for

    analysis, records = newcomer_corpus.build()
    courier = records["articles"]["courier"]
    weak_too = FramingFinding(newcomer_corpus.at(courier, "shameful delay"), "loaded", "Loaded_Language", (), 0.1)
    analysis = analysis.__class__(**{**analysis.__dict__, "framing": analysis.framing + (weak_too,)})
    html = render_marked(courier.text, marks_for(courier, analysis))
    run = re.search(r'<mark class="([^"]+)"[^>]*>shameful</mark>', html).group(1).split()
    assert "hl-frame" in run and "hl-frame-weak" in run  # filled (strong), and dotted (weak)
    alone = re.search(r'<mark class="([^"]+)"[^>]*> delay</mark>', html).group(1).split()
    assert "hl-frame" not in alone and "hl-frame-weak" in alone


def test_entity_types_are_words_not_parser_labels(site):
    client, records = site
    entities = text_of(client.get("/entities").text)
    assert "Olek Brand person 1" in entities and "1 entity (people," in entities  # was "PERSON", "1 people"
    assert text_of(client.get(f"/entities/{records['brand'].id}").text).count("PERSON") == 0


def test_the_refused_inputs_are_a_page_not_raw_json(site):
    client, _ = site
    articles = client.get("/articles").text
    assert '<a href="/errors">1 input refused</a>' in articles  # led to /api/errors, raw JSON
    page = client.get("/errors").text
    assert "E104" in text_of(page) and "binary file, not a text document" in page
    assert "&lt;b&gt;quay-photo&lt;/b&gt;.txt" in page and "<b>quay-photo" not in page  # a file name is text


def test_a_day_no_calendar_has_is_refused_not_read_as_text(site):
    client, _ = site  # the README: dates that do not exist are refused, as the CLI refuses them
    for url in ("/articles?since=2021-02-30", "/?until=2023-02-29"):
        page = client.get(url)
        assert page.status_code == 400 and "E810" in page.text, url  # was 200, filtered as text
    assert client.get("/articles?since=2024-02-29").status_code == 200  # a leap day is a day


def test_a_filter_form_sent_with_empty_fields_is_applied_not_refused(site):
    client, records = site  # a browser sends every field of the form, the empty ones as "since=&until="
    stories = client.get("/?q=&outlet=&since=&until=")
    assert stories.status_code == 200 and records["story"].title in unescape(stories.text)  # was 400 E810
    note = records["articles"]["note"]
    word = note.text.split()[0]
    articles = client.get(f"/articles?q={word}&outlet=&language=&since=&until=")
    assert articles.status_code == 200 and f"/articles/{note.id}" in articles.text  # was 400 E810
    assert client.get("/api/articles?since=").status_code == 400  # the API keeps saying what is wrong


def test_a_store_of_one_short_article_counts_in_the_singular(tmp_path):
    from newsprism import open_store
    from newsprism.records import Analysis, Article, RawDocument, article_id_for

    data = b"Flooded."
    art = Article(id=article_id_for(data), source="brennick.txt", outlet="Brennick Wire", outlet_found="hint",
                  title="Quay", byline=None, published="2031-03-04", published_precision="day",
                  published_found="hint", language="en", text=data.decode())
    with open_store(tmp_path / "one.db") as store:
        store.add_document(RawDocument(source=art.source, fetched_at="2031-03-05T00:00:00+00:00",
                                       content_type="text/plain", data=data), art)
        store.save_analysis(Analysis(articles=(art,)))
    with make_client(tmp_path / "one.db") as client:
        # were "1 articles are stored but …", "1 words"
        assert "1 article is stored but no stories" in text_of(client.get("/").text)
        assert "· 1 word ·" in text_of(client.get(f"/articles/{art.id}").text)
        assert "1 article · 1 word · 0 stories" in text_of(client.get("/outlets/Brennick Wire").text)
