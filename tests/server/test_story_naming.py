"""The story page's naming table (session 20): computed from the story's own articles, so an outlet that
tells two stories shows, in each, the words it used there, under that story's outlets only."""
import re
from html import unescape

from conftest import make_client

from newsprism.framing import frame_articles
from newsprism.records import (Analysis, Article, ArticleExtraction, Entity, Mention, RawDocument, Span, Story,
                               article_id_for, stable_id)
from newsprism.store import open_store

TEXTS = (("Alpha Wire", "ISIS fighters attacked Lenholm at dawn.", "ISIS"),
         ("Beta Post", "Daesh fighters attacked Lenholm at dawn.", "Daesh"),
         ("Alpha Wire", "Daesh claimed the Vantrell bombing.", "Daesh"),
         ("Gamma Times", "ISIL claimed the Vantrell bombing.", "ISIL"))


def _store(path):
    docs, exts = [], []
    for i, (outlet, text, name) in enumerate(TEXTS):
        data = text.encode()
        raw = RawDocument(source=f"n{i}.txt", fetched_at="2031-05-15T00:00:00+00:00", content_type="text/plain",
                          data=data)
        art = Article(id=article_id_for(data), source=raw.source, outlet=outlet, outlet_found="hint", title=text,
                      byline=None, published="2031-05-12", published_precision="day", published_found="hint",
                      language="en", text=text)
        start = text.index(name)
        docs.append((raw, art))
        exts.append(ArticleExtraction(art.id, (Mention(Span(art.id, start, start + len(name)), name, "ORG"),)))
    arts = [a for _, a in docs]
    stories = (Story("st_lenholm", "Lenholm attack", (arts[0].id, arts[1].id), outlets=("Alpha Wire", "Beta Post")),
               Story("st_vantrell", "Vantrell bombing", (arts[2].id, arts[3].id),
                     outlets=("Alpha Wire", "Gamma Times")))
    isis = Entity(stable_id("ent", "Islamic State"), "Islamic State", "ORG", ("ISIS", "Daesh", "ISIL"),
                  mentions=tuple(m.span for x in exts for m in x.mentions))
    fr = frame_articles(arts, exts, [isis])  # the stored naming rows are the run's, as ingest writes them
    with open_store(path) as store:
        for raw, art in docs:
            store.add_document(raw, art)
        store.save_analysis(Analysis(articles=tuple(arts), extractions=tuple(exts), entities=(isis,), stories=stories,
                                     framing=fr.findings, stances=fr.stances, naming=fr.naming, outlets=fr.outlets))


def _naming(page: str) -> tuple[list[str], dict[str, list[str]]]:
    section = page.split('id="naming"')[1].split("</section>")[0]
    cell = lambda h: " ".join(unescape(re.sub(r"<[^>]+>", " ", h)).split())  # noqa: E731
    heads = [cell(h) for h in re.findall(r'<th scope="col">(.*?)</th>', section, re.S)][1:]
    rows = {}
    for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", section.split("<tbody>")[1], re.S):
        entity = cell(re.search(r'<th scope="row">(.*?)</th>', tr, re.S).group(1)).replace(" differs", "")
        rows[entity] = [cell(td) for td in re.findall(r"<td>(.*?)</td>", tr, re.S)]
    return heads, rows


def test_each_story_page_names_with_its_own_articles_and_outlets(tmp_path):
    _store(tmp_path / "news.db")
    with make_client(tmp_path / "news.db") as client:
        heads, rows = _naming(client.get("/stories/st_lenholm").text)
        assert heads == ["Alpha Wire", "Beta Post"]
        assert rows["Islamic State"] == ["ISIS", "Daesh"]  # Alpha's cell said "ISIS, Daesh": both stories
        heads, rows = _naming(client.get("/stories/st_vantrell").text)
        assert heads == ["Alpha Wire", "Gamma Times"]
        assert rows["Islamic State"] == ["Daesh", "ISIL"]
        doc = client.get("/api/stories/st_lenholm").json()
        assert {(r["outlet"], tuple(r["names"])) for r in doc["naming"]} == {("Alpha Wire", ("ISIS",)),
                                                                             ("Beta Post", ("Daesh",))}
