"""Invented articles for the cluster tests (written for this project; places and people are made up).

Event A: the Korsa Bridge over the river Sell collapses in Tallow on 5 March 2024.
Event B: the Miren Viaduct collapses near Oberley on 8 March 2024 -- same kind of event, days apart.
Event C: June 2022, engineers warn about cracks in the Korsa Bridge -- an earlier chapter of A.
Event D: an unrelated story (a harbour ferry strike).
Copies: a wire story of A republished under another outlet; a blog pasting three paragraphs of it.
"""
from __future__ import annotations

from newsprism.records import Article

A_WIRE = """The Korsa Bridge in Tallow collapsed into the river Sell early on Tuesday, killing two people and sending a delivery van and three cars into the water, city officials said.

Mayor Lina Havers said rescue divers had pulled four survivors from the river and that the search for a missing cyclist would continue through the night along the eastern bank.

The steel and concrete span, built in 1961, carried about eleven thousand vehicles a day between the Hallow Quarter and the old harbour district of Tallow.

Engineer Piet Garran, who led an inspection of the bridge two years ago, told reporters that corrosion in the northern pier had been reported to the council at the time.

Police closed both banks of the Sell and asked residents to avoid the harbour district while cranes were brought in to lift the wreckage."""

A_LOCAL = """Two people died when the Korsa Bridge gave way on Tuesday morning, tipping cars and a van into the Sell in the heart of Tallow.

Residents of the Hallow Quarter described a roar like thunder before the middle of the bridge sank into the river. "The whole road just folded," said a shopkeeper who watched from her doorway.

Lina Havers, the mayor of Tallow, thanked the divers and firefighters who worked in freezing water and promised a full investigation into why the sixty-year-old crossing failed.

The council had been told about rust on a pier of the Korsa Bridge in a 2022 report by Piet Garran, but repairs were postponed twice for lack of money, council minutes show."""

A_NATIONAL = """Investigators began examining the wreckage of the Korsa Bridge in Tallow on Wednesday, a day after the collapse that killed two people and injured six.

The transport ministry sent a team of structural engineers to the river Sell, where cranes lifted the first sections of the fallen deck onto barges.

Mayor Lina Havers said the city would open a temporary ferry between the Hallow Quarter and the harbour while a replacement crossing is planned.

Engineer Piet Garran repeated his warning that the corroded northern pier should have been closed years ago, and opposition councillors demanded to see the inspection files."""

A_UNDATED = """What the fall of the Korsa Bridge tells us about our ageing crossings

The collapse of the Korsa Bridge into the river Sell, which killed two people in Tallow, was not a bolt from the blue. Piet Garran warned the council about a corroded pier long before the deck gave way.

Mayor Lina Havers now promises an investigation, but the Hallow Quarter and the harbour district have lived with a crumbling bridge for years while repairs were postponed.

Tallow needs more than a ferry between the two banks of the Sell: it needs a council that reads its own inspection reports."""

B_ONE = """The Miren Viaduct near Oberley partly collapsed on Friday evening as a freight train was crossing it, derailing nine wagons loaded with grain into the Dunmere gorge.

Governor Tomas Ekdahl said five railway workers were injured and taken to hospital in Oberley, none of them in a critical condition.

The stone viaduct, opened in 1894, is the only rail link between Oberley and the coastal town of Fenwick, and services will stop for months, the rail operator Westline said."""

B_TWO = """Rail traffic between Oberley and Fenwick was halted on Saturday after an arch of the Miren Viaduct gave way under a grain train, sending wagons into the Dunmere gorge.

Five Westline workers were hurt in the collapse. Governor Tomas Ekdahl visited them in the Oberley hospital and said the nineteenth-century viaduct would be rebuilt.

Westline engineers suspect that heavy rain had washed out the base of one of the stone piers; the operator said buses would replace trains to Fenwick."""

B_THREE = """Westline said it could take a year to reopen the line through the Dunmere gorge after Friday's collapse of the Miren Viaduct near Oberley.

Governor Tomas Ekdahl asked the national rail agency to inspect every stone viaduct in the province, and freight customers in Fenwick warned of grain shortages.

Crews began lifting the derailed wagons out of the gorge on Sunday, while geologists examined the washed-out pier."""

C_ONE = """Engineers warned on Thursday that the Korsa Bridge in Tallow shows serious corrosion in its northern pier and asked the council to limit heavy traffic across the river Sell.

The report, written by engineer Piet Garran after a three-month inspection, says the steel in the pier has lost up to a fifth of its thickness since the bridge opened in 1961.

Mayor Lina Havers said the council would study the findings and look for money for repairs, but would not close the bridge that links the Hallow Quarter to the harbour."""

C_TWO = """Tallow councillors debated on Friday a report by engineer Piet Garran that found rust eating into a pier of the Korsa Bridge over the Sell.

Mayor Lina Havers told the meeting that a weight limit for lorries would come into force next month while the council seeks funding for repairs.

Shop owners in the Hallow Quarter fear that any closure of the Korsa Bridge would cut them off from customers in the harbour district."""

D_ONE = """Ferry crews in the port of Aldwick walked out on Monday in a dispute over night-shift pay, stranding hundreds of passengers bound for the islands of Skerra and Nolt.

The seafarers' union said talks with the operator Bluewake had broken down after the company offered a raise of two percent, and that the strike would last at least three days.

Bluewake called the walkout irresponsible and said it had chartered a smaller vessel to carry medical supplies to Skerra."""

BLOG_INTRO = """We have followed the state of the bridges in our city for years on this blog. Here is what the news agencies are reporting this morning, followed by our own view.

"""

BLOG_OUTRO = """

Our view: the council ignored repeated complaints from readers about cracks and rust. We asked for the inspection files last summer and never got an answer. Every crossing in the city should now be checked by independent engineers, and the results should be published in full."""


def _paragraphs(text: str, k: int) -> str:
    return "\n\n".join(text.split("\n\n")[:k])


def make(aid: str, outlet: str | None, title: str | None, text: str, published: str | None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", outlet=outlet, outlet_found="meta" if outlet else None,
                   title=title, byline=None, published=published,
                   published_precision="day" if published else None,
                   published_found="meta" if published else None, language="en", text=text)


def articles() -> list[Article]:
    """Every invented article; the id says the event (a, b, c, d) and copies (x, y)."""
    return [
        make("a1", "Northline Press", "Two dead as Korsa Bridge collapses in Tallow", A_WIRE, "2024-03-05"),
        make("a2", "Tallow Herald", "Korsa Bridge gives way, two people killed", A_LOCAL, "2024-03-05"),
        make("a3", "National Courier", "Investigators examine fallen Korsa Bridge", A_NATIONAL, "2024-03-06"),
        make("a4", "Open Eye", None, A_UNDATED, None),
        make("b1", "Oberley Times", "Miren Viaduct collapses under grain train", B_ONE, "2024-03-08"),
        make("b2", "Rail Weekly", "Oberley-Fenwick line cut after viaduct collapse", B_TWO, "2024-03-09"),
        make("b3", "Fenwick Post", "Year-long closure feared after Miren Viaduct fall", B_THREE, "2024-03-10"),
        make("c1", "Tallow Herald", "Engineers warn of corrosion in Korsa Bridge", C_ONE, "2022-06-09"),
        make("c2", "Northline Press", "Council debates Korsa Bridge report", C_TWO, "2022-06-10"),
        make("d1", "Aldwick Mercury", "Ferry strike strands island passengers", D_ONE, "2024-03-04"),
        # the wire story republished by a partner outlet, with its own first line
        make("x1", "Sell Valley News", "Korsa Bridge collapse kills two",
             "By our wire partner\n\n" + A_WIRE, "2024-03-05"),
        # a blog pasting the first three paragraphs of the wire story between its own words
        make("y1", "Bridgewatch blog", "Korsa Bridge: what we know",
             BLOG_INTRO + _paragraphs(A_WIRE, 3) + BLOG_OUTRO, "2024-03-05"),
    ]


EVENTS = {"a": {"a1", "a2", "a3", "a4", "x1", "y1"}, "b": {"b1", "b2", "b3"}, "c": {"c1", "c2"}, "d": {"d1"}}
