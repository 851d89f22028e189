"""A small store written for the server tests: an invented event told by four outlets, one of them hostile.

The analysis records are built by hand (through the store's own write API) so the server tests do
not depend on the analysis stages; every finding points at a real span of its article's text.
The hostile outlet puts markup, event handlers and javascript: URLs in every field a page shows.
"""
from __future__ import annotations

from pathlib import Path

from newsprism.records import (Analysis, Article, ArticleExtraction, Claim, ClaimGroup, Comment, DateRef, Duplicate,
                               Entity, FramingFinding, Merge, Mention, NamingRow, OutletProfile, Quantity, Quote,
                               QuoteGroup, QuoteMember, RawDocument, Segment, SentenceStance, Span, Story, Storyline,
                               article_id_for, stable_id)
from newsprism.store import open_store

PWN = "window.__pwned=(window.__pwned||0)+1"
HOSTILE_OUTLET = f'Evil<img src=x onerror="{PWN}">Times'
HOSTILE_TITLE = f'<script>{PWN}</script>Bridge <b>closed</b> <img src=x onerror="{PWN}">'
HOSTILE_URL = f"javascript:{PWN}"
HOSTILE_BIT = f'<a href="javascript:{PWN}">click</a><svg onload="{PWN}"></svg>'

QUOTE = "The bridge stays closed until every cable has been checked"

TEXTS = {
    "herald": ("Riverside Herald", "2031-05-12", "Ferrow Bridge closed after cable snaps",
               "https://herald.example/2031/05/12/ferrow-bridge",
               "The Ferrow Bridge was closed on Monday after a support cable snapped during the morning rush. "
               "Twelve people were hurt when two buses braked hard on the deck, the city said.\n\n"
               f"\"{QUOTE},\" said Mara Lind, the city's chief engineer. About 40,000 vehicles cross the bridge "
               "each day."),
    "ledger": ("Morning Ledger", "2031-05-13", "Ferrow Bridge shut as engineers inspect cables",
               "https://ledger.example/news/ferrow",
               "The Ferrow Bridge was closed on Monday after a support cable snapped during the morning rush. "
               "Twelve people were hurt when two buses braked hard on the deck, the city said.\n\n"
               f"\"{QUOTE},\" said Mara Lind. Ferry services will run every ten minutes."),
    "evil": (HOSTILE_OUTLET, "2031-05-13", HOSTILE_TITLE, HOSTILE_URL,
             f"The disgraceful council let the Ferrow Bridge rot. Only two people were hurt, {HOSTILE_BIT} "
             "yet the bridge was closed on Monday.\n\n"
             f"\"The bridge stays closed,\" said Mara Lind. <script>{PWN}</script> What are they hiding?"),
    "radio": ("Valley Radio", "2031-05-14", "Commuters face long detours",
              "https://radio.example/ferrow-detours",
              "Commuters faced detours of up to 25 kilometres on Tuesday. The bridge was closed on Monday, "
              "and the repair will cost 3 million euros, the transport office estimated."),
    "older": ("Riverside Herald", "2030-11-02", "Council delays Ferrow Bridge inspection",
              "https://herald.example/2030/11/02/inspection",
              "The city council delayed the inspection of the Ferrow Bridge to next spring, citing its budget."),
    "undated": ("Valley Radio", None, "A quiet week at the harbour", None,
                "Harbour traffic was calm this week, the port office said."),
}


def span(article: Article, phrase: str) -> Span:
    start = article.text.index(phrase)
    return Span(article.id, start, start + len(phrase))


def make(key: str) -> tuple[RawDocument, Article]:
    outlet, published, title, url, text = TEXTS[key]
    data = f"{title}\n\n{text}".encode()
    raw = RawDocument(source=f"{key}.txt", fetched_at="2031-05-15T00:00:00+00:00", content_type="text/plain",
                      data=data)
    hostile = key == "evil"
    article = Article(
        id=article_id_for(data), source=raw.source, outlet=outlet, outlet_found="hint", title=title,
        byline=HOSTILE_TITLE if hostile else "Staff", published=published,
        published_precision="day" if published else None, published_found="hint" if published else None,
        language="en", text=text, url=url,
        comments=(Comment(f"<script>{PWN}</script>first!" if hostile else "Great piece", "2031-05-20",
                          HOSTILE_OUTLET if hostile else "reader"),),
        removed=(Segment("removed", HOSTILE_BIT if hostile else "Share on Facebook", "share widget"),),
        captions=(HOSTILE_BIT,) if hostile else (), flags=() if published else ("no-date",))
    return raw, article


def build(path: Path) -> dict:
    """Write the corpus into a new store at path; returns the records by name for the tests."""
    docs = {k: make(k) for k in TEXTS}
    a = {k: art for k, (_, art) in docs.items()}
    herald, ledger, evil, radio, older, undated = (a[k] for k in ("herald", "ledger", "evil", "radio", "older",
                                                                  "undated"))

    def claim(art, phrase, **kw):
        return Claim(id=stable_id("claim", art.id, phrase), span=span(art, phrase), text=phrase, **kw)

    monday = lambda art, phrase: DateRef(span(art, phrase), phrase, "2031-05-12", "day", relative=True)  # noqa: E731
    closed_phrase = {"herald": "The Ferrow Bridge was closed on Monday",
                     "ledger": "The Ferrow Bridge was closed on Monday",
                     "evil": "the bridge was closed on Monday", "radio": "The bridge was closed on Monday"}
    c_closed = {k: claim(a[k], p, dates=(monday(a[k], "on Monday"),)) for k, p in closed_phrase.items()}
    hurt12 = {k: claim(a[k], "Twelve people were hurt",
                       quantities=(Quantity(span(a[k], "Twelve"), "Twelve", 12.0, thing="people"),),
                       attributed_to="the city") for k in ("herald", "ledger")}
    hurt2 = claim(evil, "Only two people were hurt",
                  quantities=(Quantity(span(evil, "two"), "two", 2.0, thing="people"),))
    cost = claim(radio, "the repair will cost 3 million euros",
                 quantities=(Quantity(span(radio, "3 million euros"), "3 million euros", 3e6, unit="EUR",
                                      kind="money"),))
    delay = claim(older, "The city council delayed the inspection of the Ferrow Bridge to next spring")

    def quote(art, text, kind="direct"):
        return Quote(id=stable_id("quote", art.id, text), span=span(art, text), text=text, kind=kind,
                     speaker="Mara Lind", cue="said", cue_span=span(art, "said Mara Lind"))

    q = {"herald": quote(herald, QUOTE), "ledger": quote(ledger, QUOTE),
         "evil": quote(evil, "The bridge stays closed")}

    def mentions(art, *names):
        # the story page's naming comes from these: the herald's descriptor and the hostile name are in them
        found = tuple(Mention(span(art, n), n, "PERSON" if n == "Mara Lind" else "FAC",
                              ("the city's chief engineer",) if art is herald and n == "Mara Lind" else ())
                      for n in names if n in art.text)
        return found + ((Mention(span(art, HOSTILE_BIT), HOSTILE_BIT, "ORG", (f"<i>{PWN}</i>",)),)
                        if art is evil else ())

    extractions = (
        ArticleExtraction(herald.id, mentions(herald, "Mara Lind", "Ferrow Bridge"), (q["herald"],),
                          (c_closed["herald"], hurt12["herald"])),
        ArticleExtraction(ledger.id, mentions(ledger, "Mara Lind", "Ferrow Bridge"), (q["ledger"],),
                          (c_closed["ledger"], hurt12["ledger"])),
        ArticleExtraction(evil.id, mentions(evil, "Mara Lind", "Ferrow Bridge"), (q["evil"],),
                          (c_closed["evil"], hurt2)),
        ArticleExtraction(radio.id, (), (), (c_closed["radio"], cost)),
        ArticleExtraction(older.id, mentions(older, "Ferrow Bridge"), (), (delay,)),
        ArticleExtraction(undated.id, (), (), ()),
    )
    lind = Entity(stable_id("ent", "Mara Lind"), "Mara Lind", "PERSON", ("Mara Lind", "Lind"),
                  (Merge("Lind", "surname reference"),),
                  tuple(m.span for e in extractions for m in e.mentions if m.text == "Mara Lind"))
    bridge = Entity(stable_id("ent", "Ferrow Bridge"), "Ferrow Bridge", "FAC", ("Ferrow Bridge",), (),
                    tuple(m.span for e in extractions for m in e.mentions if m.text == "Ferrow Bridge"))
    hostile_entity = Entity(stable_id("ent", "hostile"), f"<script>{PWN}</script>Council", "ORG",
                            (HOSTILE_BIT,), (Merge(HOSTILE_BIT, "alias file"),),
                            (span(evil, "council"), span(evil, HOSTILE_BIT)))

    main = Story(stable_id("story", herald.id), "Ferrow Bridge closed after cable snaps",
                 tuple(sorted(x.id for x in (herald, ledger, evil, radio))), "2031-05-12", "2031-05-14",
                 tuple(sorted({herald.outlet, ledger.outlet, evil.outlet, radio.outlet})),
                 ("Ferrow Bridge", "Mara Lind"), stable_id("line", "ferrow"))
    earlier = Story(stable_id("story", older.id), "Council delays Ferrow Bridge inspection", (older.id,),
                    "2030-11-02", "2030-11-02", (older.outlet,), ("Ferrow Bridge",), stable_id("line", "ferrow"))
    quiet = Story(stable_id("story", undated.id), "A quiet week at the harbour", (undated.id,), None, None,
                  (undated.outlet,))
    # what ties the two stories, as kept in the store: a hostile name among them is shown as text
    storyline = Storyline(stable_id("line", "ferrow"), (earlier.id, main.id), ("Ferrow Bridge", hostile_entity.name))

    shared = "The Ferrow Bridge was closed on Monday after a support cable snapped during the morning rush."
    duplicate = Duplicate(herald.id, ledger.id, 0.71, ((span(herald, shared), span(ledger, shared)),),
                          "partial copy", earlier=herald.id)

    contested = ClaimGroup(stable_id("cg", "hurt"), main.id, (hurt12["herald"].id, hurt12["ledger"].id, hurt2.id),
                           "contested", (herald.outlet, ledger.outlet), (evil.outlet,), 2,
                           f"12 people hurt versus 2 people hurt: beyond any approximation {HOSTILE_BIT}",
                           (hurt12["herald"].span, hurt12["ledger"].span, hurt2.span), "Twelve people were hurt")
    corroborated = ClaimGroup(stable_id("cg", "closed"), main.id, tuple(c.id for c in c_closed.values()),
                              "corroborated", tuple(sorted(x.outlet for x in (herald, ledger, evil, radio))), (), 3,
                              "stated by 3 independent outlets (Morning Ledger copies Riverside Herald)",
                              tuple(c.span for c in c_closed.values()), "The Ferrow Bridge was closed on Monday")
    single = ClaimGroup(stable_id("cg", "cost"), main.id, (cost.id,), "single-source", (radio.outlet,), (), 1,
                        "only Valley Radio states it", (cost.span,), cost.text)
    older_group = ClaimGroup(stable_id("cg", "delay"), earlier.id, (delay.id,), "single-source", (older.outlet,),
                             (), 1, "only one outlet", (delay.span,), delay.text)
    quote_group = QuoteGroup(stable_id("qg", QUOTE), main.id, "Mara Lind", QUOTE, (
        QuoteMember(q["herald"].id, herald.id, herald.outlet, "verbatim"),
        QuoteMember(q["ledger"].id, ledger.id, ledger.outlet, "verbatim"),
        QuoteMember(q["evil"].id, evil.id, evil.outlet, "trimmed", diff=f"- until every cable {HOSTILE_BIT}"),
    ))
    framing = (
        FramingFinding(span(evil, "disgraceful"), "loaded", "Loaded_Language", ("disgraceful",), 0.8,
                       reason="emotive adjective"),
        FramingFinding(span(evil, "disgraceful council"), "label", "Name_Calling,Labeling",
                       ("disgraceful council",), 0.7, reason=f"label on an actor {HOSTILE_BIT}"),
        FramingFinding(span(evil, "What are they hiding?"), "rhetorical-question", "Doubt", (), 0.6),
    )
    stances = (
        SentenceStance(span(evil, "The disgraceful council let the Ferrow Bridge rot."), "opinion", ("disgraceful",)),
        SentenceStance(span(herald, "Twelve people were hurt when two buses braked hard on the deck, the city said."),
                       "attributed", ("said",)),
        SentenceStance(span(radio, "Commuters faced detours of up to 25 kilometres on Tuesday."), "report"),
    )
    naming = (
        NamingRow(lind.id, lind.name, herald.outlet, ("Mara Lind",), ("the city's chief engineer",)),
        NamingRow(lind.id, lind.name, evil.outlet, ("Mara Lind",), ()),
        NamingRow(hostile_entity.id, hostile_entity.name, evil.outlet, (HOSTILE_BIT,), (f"<i>{PWN}</i>",)),
        NamingRow(bridge.id, bridge.name, herald.outlet, ("Ferrow Bridge",), ()),
        NamingRow(bridge.id, bridge.name, evil.outlet, ("Ferrow Bridge",), ()),
    )
    profiles = (
        OutletProfile(evil.outlet, 1, 3, 0.33, 5.0, (HOSTILE_BIT,), (HOSTILE_OUTLET,), (hurt2.id,)),
        OutletProfile(herald.outlet, 2, 6, 0.0, 0.0, (), ("the city",), ()),
    )
    analysis = Analysis(
        articles=tuple(a.values()), extractions=extractions, entities=(lind, bridge, hostile_entity),
        duplicates=(duplicate,), stories=(main, earlier, quiet), storylines=(storyline,),
        claim_groups=(contested, corroborated, single, older_group), quote_groups=(quote_group,),
        framing=framing, stances=stances, naming=naming, outlets=profiles)
    with open_store(path) as store:
        for raw, art in docs.values():
            store.add_document(raw, art)
        store.save_analysis(analysis)
    return {"articles": a, "stories": {"main": main, "earlier": earlier, "quiet": quiet},
            "groups": {"contested": contested, "corroborated": corroborated, "single": single},
            "entities": {"lind": lind, "bridge": bridge, "hostile": hostile_entity}, "analysis": analysis}
