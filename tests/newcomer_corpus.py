"""A small story for the report and web UI as a newcomer reads them (session 20; invented text): two named
outlets and a saved file with no outlet, one shared passage, a quote, a weak and a strong loaded finding."""
from pathlib import Path

from newsprism import open_store
from newsprism.framing.profiles import outlet_profiles
from newsprism.records import (Analysis, Article, ArticleExtraction, ClaimGroup, Duplicate, Entity, FramingFinding,
                               InputError, Mention, Quote, RawDocument, SentenceStance, Span, Story, article_id_for,
                               outlet_label, stable_id)

FILE = "saved/quay-note.txt"  # the article without an outlet, as a user saved it
REFUSED = InputError("saved/<b>quay-photo</b>.txt", "E104", "binary file, not a text document")
TEXTS = {
    "courier": ("Vantrell Courier", "2031-03-04",
                "The Lenholm quay was closed on Monday after a crane fell. A shameful delay angered the dock "
                "workers, the union said."),
    "post": ("Lenholm Post", "2031-03-04",
             "The Lenholm quay was closed on Monday after a crane fell. Mara Quist said repairs would take weeks."),
    "note": (None, None,
             "The Lenholm quay was closed on Monday after a crane fell. \"It was a sweeping failure of the port "
             "board,\" said Olek Brand."),
}


def _article(key: str) -> tuple[RawDocument, Article]:
    outlet, published, text = TEXTS[key]
    data = text.encode()
    source = FILE if key == "note" else f"{key}.txt"
    raw = RawDocument(source=source, fetched_at="2031-03-05T00:00:00+00:00", content_type="text/plain", data=data)
    return raw, Article(id=article_id_for(data), source=source, outlet=outlet, outlet_found="hint" if outlet else None,
                        title=None if key == "note" else f"Quay closed ({key})", byline=None, published=published,
                        published_precision="day" if published else None,
                        published_found="hint" if published else None, language="en", text=text)


def at(article: Article, phrase: str) -> Span:
    start = article.text.index(phrase)
    return Span(article.id, start, start + len(phrase))


def build() -> tuple[Analysis, dict]:
    docs = {k: _article(k) for k in TEXTS}
    a = {k: art for k, (_, art) in docs.items()}
    courier, post, note = a["courier"], a["post"], a["note"]
    said = "It was a sweeping failure of the port board,"
    quote = Quote(stable_id("q", note.id), at(note, said), said, "direct", speaker="Olek Brand", cue="said")
    brand = Entity(stable_id("ent", "Olek Brand"), "Olek Brand", "PERSON", (), (),
                   (at(note, "Olek Brand"),))
    extractions = (ArticleExtraction(courier.id, (), (), ()), ArticleExtraction(post.id, (), (), ()),
                   ArticleExtraction(note.id, (Mention(at(note, "Olek Brand"), "Olek Brand", "PERSON"),),
                                     (quote,), ()))
    story = Story(stable_id("story", "quay"), "Lenholm quay closed", tuple(x.id for x in (courier, post, note)),
                  "2031-03-04", "2031-03-04", ("Lenholm Post", "Vantrell Courier"), ("Lenholm",))
    closed = "The Lenholm quay was closed on Monday after a crane fell."
    group = ClaimGroup(stable_id("cg", "closed"), story.id, (), "corroborated",
                       tuple(sorted(outlet_label(x) for x in (courier, post, note))), (), 3, "All three state it.",
                       tuple(at(x, closed) for x in (courier, post, note)), closed)
    framing = (
        # a strong loaded word, and a label, in the Courier's own words: 2 charged passages
        FramingFinding(at(courier, "shameful"), "loaded", "Loaded_Language", ("shameful",), 0.8),
        FramingFinding(at(courier, "angered"), "label", "Name_Calling,Labeling", ("angered",), 0.6),
        # a weak loaded word inside Olek Brand's quote
        FramingFinding(at(note, "sweeping"), "loaded", "Loaded_Language", ("sweeping",), 0.2, whose="Olek Brand"),
    )
    stances = tuple(SentenceStance(at(x, closed), "report") for x in (courier, post, note))
    duplicate = Duplicate(note.id, post.id, 0.5, ((at(note, closed), at(post, closed)),), "partial copy")
    articles = (courier, post, note)
    profiles = tuple(outlet_profiles(articles, extractions, framing, stances, (group,)))
    analysis = Analysis(articles=articles, extractions=extractions, entities=(brand,), duplicates=(duplicate,),
                        stories=(story,), claim_groups=(group,), framing=framing, stances=stances, outlets=profiles)
    return analysis, {"docs": docs, "articles": a, "story": story, "brand": brand}


def write(path: Path) -> dict:
    analysis, records = build()
    with open_store(path) as store:
        for raw, art in records["docs"].values():
            store.add_document(raw, art)
        store.save_analysis(analysis)
        store.add_error(REFUSED)
    return {**records, "analysis": analysis}
