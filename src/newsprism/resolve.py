"""resolve stage: one canonical entity per real-world referent across all articles.

    resolve_entities(articles, extractions, alias_file=None) -> (entities, extractions)

The returned extractions are the same with `Quote.speaker_entity_id` and `Claim.entity_ids` filled.

Names are the nodes of a graph; an edge joins two names for a stated reason, and each connected group
is one entity. Every alias of an entity records the reason of the edge it joined by (`Merge`):

- "same name after normalising": case, apostrophes, dashes, accents, dots ("U.S." / "US",
  "Islamic state" / "Islamic State"). Only within one kind: a person and a place that share a name
  ("Jordan") stay apart; organisations, places and groups may share a name across labels, since the
  parser often swaps those labels for one name.
- "alias file": both names are on one line of data/aliases.tsv (plus the user's file), or they differ only
  in how a leading alias-file place or organisation is written ("U.S. Lenholm Survey" / "United States
  Lenholm Survey", "UN X Office" / "United Nations X Office").
- "acronym defined in text", "surname reference", "title reference": the article itself tied a short
  form to a full name (extract.coref); such a mention joins the full name it refers to, never the
  short form as a free-floating name (another article's "Stoltenberg" may be someone else). So does
  "acronym of a name in the same article" ("LSP" where the article names "Lenholm State Police" and no
  other name with those initials), which never reaches other articles.
- "acronym defined in text" across articles: an acronym used bare in one article joins the expansion
  another article defined for it, when every article that defines it agrees.
- "transliteration variant": the same name spelled another way (Soleimani / Suleimani, Qasem / Qassem,
  al-Muhandis / Al – Mohandes): equal `names.spelling_key` (a loose transliteration key and the consonants,
  so that two English names, Bradley / Bradlee, stay apart), for persons and other names alike.
- "surname of the only person so named": a bare surname (the article gave no full name) joins the one
  person in the corpus with that surname. When several full names carry it, it joins one only if that
  one is named in at least two articles and twice as many as any other ("surname of the person most
  articles name in full", with that person's share of the articles as the score); otherwise it stays
  on its own. Two different full names are never merged by their surname.
- "rare given name of the only person so named": a lone given name in an article that never gives the
  full name ("Kwabena") joins the one person the corpus names in full with it, when the word is rare
  in English (wordfreq Zipf below 3, so never "Don" or "Sarah") and nobody's surname.
- "nickname given with the full name": "Knife" or "the Knife" alone is the one person named "Nico
  'The Knife' Sarro" in the corpus.
- "same name, which the parser labelled differently": a name labelled a person in some articles and a
  place or organisation in others ("Ostmere"), when no article ties it to a person's full name; the
  entity takes the other label. A full name with a listed given name (data/given_names.tsv) that is
  mostly labelled an organisation elsewhere ("Mark Tennant") joins the person when the person's mentions
  are as many or an article refers to them by surname; the entity is a person. Never a place ("Jackson").
- "middle name or initial", "short form of the given name": one person's full name with and without
  a middle name or initial ("Mark Jay Tennant" / "Mark Tennant" / "Mark J. Tennant"), or with a common
  short form of the given name ("Bill Ingram" / "William Ingram"); only when no third name in the
  corpus tells the two apart ("George Bush" stays apart when "George W. Bush" and "George H.W. Bush"
  are both named; "Ted Kern" when Edward and Theodore Kern are).
- "fuzzy match": person names of the same length in words whose words match closely one by one
  (Hussain / Hussein, Tarkan / Tarkhan: as transliteration keys or as written), with the score; a different given name never matches (two people), nor a
  different generation ("Jr.", "Sr.": father and son).
- "rare surname of the only person so named, labelled a place or organisation by the parser": a lone
  word the parser called a place ("Vantrell") is the one person the corpus names in full with that
  surname, when the word is rare in English (wordfreq Zipf below 3.5: never "Jordan", "Kent").
- "place named with its kind": "Lenholm province" / "Lenholm", when both are labelled places; only "province" and
  "region" in any case and a lower-case "state" or "county" ("Vantrell County", "New York State" are names of
  their own, and may differ from the town or city of the same name), and "Vantrell Republic" when neither
  name is in the alias file (its countries carry their own forms: "Congo Republic" is no "Congo").
- "organisation named with and without "Bank" or "Department"": "Vantrell Bank" / "Vantrell", "Lenholm
  Police Department" / "Lenholm Police", when the short name is an organisation never labelled a place
  and begins no other organisation name ("Lenholm" the town, which names its police and its schools,
  never joins its police department).
- "hospital or clinic named with and without its kind word": "Mount Lenholm Hospital" / "Mount Lenholm" when
  every mention of the short name is followed by "hospital" (whatever the parser's label), or under the
  conditions for "Bank"; so "Clinic" ("Vantrell Endoscopy Clinic" / "Vantrell Endoscopy").
- "same name after normalising" also writes out an abbreviated first word: "Mt. X" / "Mount X", "St X" /
  "Saint X", "Ft. X" / "Fort X".
- "the name with its web address ending": "Vantrell.com" / "Vantrell", organisations only, and not when
  "Vantrell" is a place or a common word (a city's name with ".com" is a newspaper's site, not the city).
- "given name of a relative of the person so named": "Voss's mother, Ann," (the mention's descriptor) in an
  article that never gives her full name is the one person the corpus names "Ann Voss" (mother, father,
  son, daughter, wife, husband, brother, sister, widow(er), grandparents and grandchildren; not cousins).
- "one of the two surnames of the only person so named": "Ana Ruiz de Vell" is also "Ana Vell", "Ana Ruiz"
  and "Ruiz de Vell" (a Spanish name with two surnames joined by "de").
- "short name of the one newspaper its article names": "the Times" where every article that writes it
  alone names one paper ending in the word ("Lenholm Times"); only the last words of newspapers' names
  (Times, Post, Journal, Herald, ...), never "House" for "White House".
- A two-letter word written otherwise than the alias file's capitals ("Un", "Us") is no acronym ("UN").
- "shorter form of the name": an organisation written without its leading words ("Water Authority")
  joins the one longer organisation name in the corpus that ends in those words (not after "of":
  "New York" is no short form of "State University of New York"; places and groups never).
- "team named by the last word of its name": "Hawks" alone is the one organisation named with a place and that
  plural ("Vantrell Hawks", "Vantrell" a place); two clubs of one name stay apart.
A bare surname, a rare given name, a mislabelled surname, a nickname, a fuzzy spelling, a name under another label
and a club's plural join a name of other articles only when the text ties them (`Resolver._tied`): two different
people who share a surname stay apart unless their articles share other names. A lone one-word person's name is one
node per group of its articles that share other names (`Resolver._bare_name_parts`): "Voss" in two unrelated
stories is two entities.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsprism.extract.coref import given_name_genders
from newsprism.extract.lexicon import AliasEntry, alias_index
from newsprism.extract.names import (bare_surname, generation, is_acronym, name_key, nickname, person_parts,
                                     same_given_name, same_person, spelling_key, surname_forms, translit_key, words_of)
from newsprism.records import Article, ArticleExtraction, Entity, Merge, Mention, Span, stable_id

__all__ = ["resolve_entities", "Resolver"]

SAME = "same name after normalising"
ALIAS = "alias file"
ACRONYM = "acronym defined in text"
TRANSLIT = "transliteration variant"
SAME_OTHER_LABEL = "same name, which the parser labelled differently"
SURNAME_ONLY = "surname of the only person so named"
SURNAME_MOST = "surname of the person most articles name in full"
GIVEN_ONLY = "rare given name of the only person so named"
NICKNAME = "nickname given with the full name"
MISLABELLED = "rare surname of the only person so named, labelled a place or organisation by the parser"
FUZZY = "fuzzy match"
MIDDLE = "middle name or initial"
SHORT_GIVEN = "short form of the given name"
SHORTER = "shorter form of the name"
PLACE_KIND = "place named with its kind"
ORG_WORD = 'organisation named with and without "Bank" or "Department"'
CARE = 'hospital or clinic named with and without its kind word'
WEB = "the name with its web address ending"
KIN = "given name of a relative of the person so named"
DOUBLE = "one of the two surnames of the only person so named"
PAPER = "short name of the one newspaper its article names"
TEAM = "team named by the last word of its name"
# Lower-case or capitalised kind nouns after a place's name that leave the same place ("Lenholm province");
# "state" and "county" only in lower case ("Vantrell County" may be no "Vantrell"); "Republic" when neither
# name is in the alias file, whose countries carry their own forms ("Congo Republic" is not every "Congo").
_PLACE_KINDS = frozenset({"province", "Province", "region", "Region", "state", "county", "Republic"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Kind words a hospital or clinic is also named without ("Mount Lenholm Hospital", "at Mount Lenholm hospital").
_CARE_WORDS = frozenset({"Hospital", "Clinic"})
_WEB_ENDING = re.compile(r"\.(?:com|org|net|co\.uk|com\.au|info)$", re.I)
# Relatives who mostly share a surname ("Voss's mother, Ann"; not cousins, aunts, in-laws).
_KIN_OF = re.compile(r"(?:.*\s)?([A-Z][\w'-]+)['’]s\s+(?:[a-z-]+\s+){0,2}(?:mother|father|son|daughter|wife|husband|"
                     r"brother|sister|widow|widower|grandmother|grandfather|grandson|granddaughter)$")
# The last word of newspapers' names, which news writes alone for the paper ("the Times", "the Post").
_PAPER_WORDS = frozenset("""Times Post Journal Herald Telegraph Guardian Mirror Sun Star Tribune Globe Chronicle
Independent Examiner Gazette Observer Express Mail Inquirer Courier""".split())
_PERSON_LINKS = frozenset({"surname reference", "given-name reference"})  # not "the candidate": it follows the label
_JOINING_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "at", "to", "&"})
FUZZY_WORD = 0.84  # per-word similarity of two spellings of one person's name (0-1)

# Kinds of names that may be the same referent: the parser swaps ORG / GPE / NORP / LOC / FAC for one
# name ("Hezbollah" ORG here, NORP there), but a person is never a place and an event is its own kind.
_KIND = {"PERSON": "person", "EVENT": "event"}


def _kind(label: str) -> str:
    return _KIND.get(label, "named")


class _Graph:
    """Union-find over names with the reason of the edge each union came from."""

    def __init__(self):
        self.parent: dict[tuple, tuple] = {}
        self.edges: dict[tuple, list[tuple[tuple, str, float | None]]] = defaultdict(list)

    def add(self, node: tuple) -> None:
        self.parent.setdefault(node, node)

    def find(self, node: tuple) -> tuple:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def join(self, a: tuple, b: tuple, reason: str, score: float | None = None) -> None:
        self.add(a)
        self.add(b)
        self.edges[a].append((b, reason, score))
        self.edges[b].append((a, reason, score))
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller node wins so that the result does not depend on the order of joins.
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo


def _node(label: str, name: str) -> tuple:
    return ("name", _kind(label), name)


def _alias_node(entry: AliasEntry) -> tuple:
    return ("alias", entry.canonical)


def resolve_entities(articles: Sequence[Article], extractions: Sequence[ArticleExtraction],
                     alias_file: str | None = None) -> tuple[tuple[Entity, ...], tuple[ArticleExtraction, ...]]:
    """Canonical entities over every mention of every extraction, and the extractions with quote
    speakers and claim entities tied to them (see the module doc for when two names are merged)."""
    return Resolver(alias_file).run(articles, extractions)


class Resolver:
    def __init__(self, alias_file: str | None = None):
        self.aliases = alias_index(alias_file)
        self.graph = _Graph()
        self.count: Counter = Counter()  # node → mentions
        self.labels: dict[tuple, Counter] = defaultdict(Counter)
        self.written: dict[tuple, Counter] = defaultdict(Counter)  # node → forms as written (mentions)
        self.linked: dict[tuple, dict[str, str]] = defaultdict(dict)  # node → short form → reason
        self.spans: dict[tuple, list[Span]] = defaultdict(list)
        self.articles: dict[tuple, set[str]] = defaultdict(set)
        self.cross_kind: set[tuple] = set()
        self.misread_people: set[tuple] = set()  # surnames the parser called a place: their entity is a person
        self.with_kind: set[tuple] = set()  # "Lenholm province": the entity is named without the kind word
        self.without_kind: set[tuple] = set()  # "Mount Lenholm": the hospital is named with it
        self.kin: dict[tuple, dict[str, set[str]]] = defaultdict(dict)  # lone name → article → surnames of kin
        self.described: dict[tuple, list[set[str]]] = defaultdict(list)  # node → each mention's descriptor words
        self.names_in: dict[str, set[tuple]] = defaultdict(set)  # article → the names that can tie it to another

    # ------------------------------------------------------------ the mentions become nodes
    def node_of(self, m: Mention) -> tuple:
        """The name a mention stands for: its within-article referent when the article tied it to one."""
        name = _clean(m.refers_to or m.text)
        label = m.label
        if m.refers_to and m.reason == "title reference":
            label = "PERSON"
        return _node(label, name)

    def run(self, articles, extractions):
        g = self.graph
        by_span: dict[Span, tuple] = {}
        acronyms: dict[str, set[str]] = defaultdict(set)  # acronym key → expansion keys defined in text
        expansion_node: dict[str, tuple] = {}
        parts = self._bare_name_parts(extractions)
        for ext in extractions:
            for m in ext.mentions:
                node = self.node_of(m)
                node = parts.get(node, {}).get(m.span.article_id, node)
                g.add(node)
                by_span[m.span] = node
                self.spans[node].append(m.span)
                self.articles[node].add(m.span.article_id)
                self.count[node] += 1
                self.labels[node][m.label] += 1
                self.described[node].append({d.lower() for d in m.descriptors})
                self.names_in[m.span.article_id].add(node)
                if node[1] == "person" and len(node[2].split()) == 1:
                    self.kin[node].setdefault(m.span.article_id, set()).update(
                        k.group(1) for k in map(_KIN_OF.match, m.descriptors) if k)
                if m.refers_to and _clean(m.text) != node[2]:
                    self.linked[node].setdefault(_clean(m.text), m.reason or "within-article reference")
                    if m.reason == ACRONYM:
                        acronyms[name_key(m.text)].add(name_key(m.refers_to))
                        expansion_node.setdefault(name_key(m.refers_to), node)
                else:
                    self.written[node][_clean(m.text)] += 1
        nodes = sorted(g.parent)
        self._same_and_alias(nodes)
        self._acronyms(nodes, acronyms, expansion_node)
        self._translit(nodes)
        self._middle_names(nodes)
        self._fuzzy_people(nodes)
        self._double_surnames(nodes)
        self._surnames(nodes)
        self._rare_given_names(nodes)
        self._relatives(nodes)
        self._nicknames(nodes)
        self._people_across_labels(nodes)
        self._across_kinds(nodes)
        self._mislabelled_surnames(nodes)
        self._shorter_forms(nodes)
        self._newspapers(nodes)
        self._teams(nodes)
        self._kind_words(nodes)
        entities, entity_of_node = self._entities(nodes)
        entity_at = {span: entity_of_node[node] for span, node in by_span.items()}
        return entities, tuple(self._fill(ext, entity_at, entities) for ext in extractions)

    def _bare_name_parts(self, extractions) -> dict[tuple, dict[str, tuple]]:
        """A lone "Voss" (a person's one-word name) → article → the node its mentions there stand for: one node for
        each group of its articles that share other names, so that the "Voss" of two unrelated stories is two names
        (the largest group keeps the plain node; an article naming nothing else goes with it)."""
        names: dict[str, set[str]] = defaultdict(set)  # article → the names that may tie it to another
        bare: dict[tuple, set[str]] = defaultdict(set)
        for ext in extractions:
            for m in ext.mentions:
                node = self.node_of(m)
                if node[1] == "person" and len(words_of(node[2])) == 1:
                    bare[node].add(m.span.article_id)
                elif self._ties_articles(node):
                    names[m.span.article_id].add(name_key(node[2]))
        parts: dict[tuple, dict[str, tuple]] = {}
        for node, articles in bare.items():
            groups = _groups_sharing_names(articles, names) if len(articles) > 1 else []
            if len(groups) > 1:
                parts[node] = {a: node + (min(group),) for group in groups[1:] for a in group}
        return parts

    # ------------------------------------------------------------ edges
    def _same_and_alias(self, nodes) -> None:
        g = self.graph
        first: dict[tuple, tuple] = {}
        for node in nodes:
            key = name_key(node[2])
            if not key:
                continue
            entry = self.aliases.get(key)
            if entry is not None and not _word_for_acronym(node[2], key, entry):
                g.join(node, _alias_node(entry), ALIAS)
            # a two-letter word is no acronym written otherwise ("Un" / "UN"); "Mt. X" is "Mount X"
            other = first.setdefault((node[1], name_key(_spelled_out(node[2])), len(key) <= 2 and node[2].isupper(),
                                      node[3:]), node)  # node[3:]: a lone name's part of unrelated articles
            if other != node:
                g.join(other, node, SAME)
        # "Vantrell.com" / "Vantrell": an organisation's name with its web address ending (not a person's).
        for node in nodes:
            bare = _WEB_ENDING.sub("", node[2])
            other = first.get(("named", name_key(bare), False, ())) if node[1] == "named" and bare != node[2] else None
            if other is not None and g.find(other) != g.find(node) and self._site_of(other):
                g.join(other, node, WEB)
        # "U.S. Lenholm Survey" / "United States Lenholm Survey": a name that begins with an alias-file
        # name is the same name with the canonical form of those words.
        spelled_out: dict[tuple, tuple] = {}
        for node in nodes:
            full = self._leading_alias_spelled_out(node)
            if full is not None:
                other = spelled_out.setdefault((node[1], full), node)
                if other != node:
                    g.join(other, node, ALIAS)  # "US Army" / "America Army"
        for node in nodes:
            key = name_key(node[2])
            other = spelled_out.get((node[1], key)) if key not in self.aliases else None
            if other is not None and g.find(other) != g.find(node):
                g.join(node, other, ALIAS)

    def _site_of(self, node) -> bool:
        """Can "X.com" be the site of the organisation "X"? Not when "X" is a place or a common word (a city the
        parser once called an organisation, and the city's name with ".com", a newspaper's site)."""
        words = words_of(node[2])
        return not self.labels[node].keys() & _PLACE_LABELS and name_key(node[2]) not in self.aliases \
            and (len(words) > 1 or _rare(words[0], 4.0))

    def _leading_alias_spelled_out(self, node) -> str | None:
        """The name key with its leading alias-file name (a place or organisation) in its canonical form
        ("UN Relief and Works Agency" → unitednationsreliefandworksagency), or None."""
        words = node[2].split()
        if node[1] != "named" or len(words) < 2 or name_key(node[2]) in self.aliases:
            return None
        for k in range(min(3, len(words) - 1), 0, -1):
            entry = self.aliases.get(name_key(" ".join(words[:k])))
            if entry is not None and entry.type in ("GPE", "ORG") and words[k][:1].isupper():
                full = name_key(entry.canonical + " " + " ".join(words[k:]))
                return full if full != name_key(node[2]) else None
        return None

    def _acronyms(self, nodes, acronyms, expansion_node) -> None:
        for node in nodes:
            key = name_key(node[2])
            if node[1] == "person" or not is_acronym(node[2]) or key not in acronyms:
                continue
            expansions = acronyms[key]
            if len(expansions) == 1 and key not in self.aliases:
                target = expansion_node[next(iter(expansions))]
                if target != node:
                    self.graph.join(target, node, ACRONYM)

    def _translit(self, nodes) -> None:
        first: dict[tuple, tuple] = {}
        for node in nodes:
            if is_acronym(node[2]):
                continue
            key = translit_key(node[2])
            if len(key.replace(" ", "")) < (4 if " " in key else 6):
                continue  # short names: too many unrelated words share a loose key ("Mali" / "Male")
            # The same number of words: "Ash Carter" is not "Carter" with an Arabic article dropped.
            other = first.setdefault((node[1], spelling_key(node[2]), len(words_of(node[2])), node[3:]), node)
            if other != node:
                self.graph.join(other, node, TRANSLIT)

    def _middle_names(self, nodes) -> None:
        g = self.graph
        blocks: dict[tuple[str, str], list[tuple]] = defaultdict(list)
        for node in nodes:
            if node[1] == "person":
                given, surname = person_parts(node[2])
                if given:
                    blocks[spelling_key(surname)].append(node)
        for block in blocks.values():
            # Only names no third name tells apart are joined: those that are the same person as exactly
            # the same names. "George Bush" is not the link between "George W. Bush" and "George H.W.
            # Bush", nor "Ted Kern" between Edward and Theodore Kern.
            alike: dict[frozenset, list[tuple]] = defaultdict(list)
            for a in block:
                alike[frozenset(b for b in block if same_person(a[2], b[2]))].append(a)
            for group in alike.values():
                for b in group[1:]:
                    g.join(group[0], b, SHORT_GIVEN if _short_given(group[0][2], b[2]) else MIDDLE)

    def _fuzzy_people(self, nodes) -> None:
        from rapidfuzz.fuzz import ratio

        blocks: dict[tuple, list[tuple]] = defaultdict(list)
        for node in nodes:
            if node[1] != "person":
                continue
            parts = _person_words(node[2])
            if len(parts) < 2:
                continue
            blocks[(len(parts), parts[-1][:1], parts[0][:1])].append(node)
        for block in blocks.values():
            for i, a in enumerate(block):
                wa = _person_words(a[2])
                for b in block[i + 1:]:
                    if self.graph.find(a) == self.graph.find(b):
                        continue
                    wb = _person_words(b[2])
                    if generation(a[2]) != generation(b[2]):
                        continue  # father and son
                    # each word as the transliteration key or as written, whichever is closer ("Tarkan" /
                    # "Tarkhan": the key folds "kh" to "h")
                    scores = [max(ratio(x, y), ratio(p, q)) / 100.0
                              for x, y, p, q in zip(wa, wb, _person_words(a[2], False), _person_words(b[2], False))]
                    if min(scores) >= FUZZY_WORD and self._tied(b, [a]):
                        self.graph.join(a, b, FUZZY, round(sum(scores) / len(scores), 3))

    def _double_surnames(self, nodes) -> None:
        """"Ana Ruiz de Vell" is also "Ana Vell", "Ana Ruiz" and "Ruiz de Vell" (a Spanish name with two surnames
        joined by "de"), when she is the only person the corpus names so."""
        g = self.graph
        forms: dict[str, set[tuple]] = defaultdict(set)
        for node in nodes:
            words = node[2].split()
            if node[1] != "person" or len(words) < 4 or words[-2] not in ("de", "del") \
                    or not all(w[:1].isupper() for w in words[:-2] + words[-1:]):
                continue
            given, first, last = words[:-3], words[-3], words[-1]
            for form in (given + [last], given + [first], [first, "de", last]):
                forms[name_key(" ".join(form))].add(node)
        for node in nodes:
            holders = forms.get(name_key(node[2])) if node[1] == "person" else None
            if holders and len({g.find(n) for n in holders}) == 1 and g.find(node) != g.find(next(iter(holders))):
                g.join(min(holders, key=lambda n: (-self.count[n], n)), node, DOUBLE)

    def _tied(self, node, other: Iterable[tuple]) -> bool:
        """May the name `node` be the referent whose names are `other` (a person, a place, a club)? Not when most of
        its articles that name other things share none of them with the other's articles: an unrelated story's
        "Voss" (or "Dana Vosse") is someone else. An article naming nothing else says nothing either way."""
        g = self.graph
        other = list(other)
        their_articles = {a for n in other for a in self.articles[n]}
        own = {g.find(node)} | {g.find(n) for n in other}
        context = {}

        def names(article):
            if article not in context:
                context[article] = {g.find(n) for n in self.names_in[article] if self._ties_articles(n)} - own
            return context[article]

        tied = counted = 0
        for article in self.articles[node]:
            if article in their_articles:
                tied, counted = tied + 1, counted + 1
            elif names(article):
                counted += 1
                tied += any(names(article) & names(theirs) for theirs in their_articles)
        return tied * 2 >= counted

    def _ties_articles(self, node) -> bool:
        """A name two articles of one story share: not a lone word for a person (any story's "Smith") nor an
        alias-file country or state, which unrelated news names alike."""
        if node[1] == "person" and len(words_of(node[2])) == 1:
            return False
        entry = self.aliases.get(name_key(node[2]))
        return entry is None or entry.type not in _PLACE_LABELS

    def _surnames(self, nodes) -> None:
        full: dict[tuple[str, str], set[tuple]] = defaultdict(set)
        bare = []
        for node in nodes:
            if node[1] != "person":
                continue
            given, surname = person_parts(node[2])
            if not surname:
                continue
            if given:
                for form in surname_forms(surname):
                    full[spelling_key(form)].add(node)
            alone = bare_surname(node[2])  # also "De Niro", which may be a given name and a surname
            if alone is not None:
                bare.append((node, spelling_key(alone)))
        for node, key in bare:
            people: dict[tuple, set[str]] = defaultdict(set)  # person → the articles naming them in full
            for n in full.get(key, ()):
                if generation(n[2]) == generation(node[2]):  # "X Sr." is not the son's surname
                    people[self.graph.find(n)] |= self.articles[n]
            if not people:
                continue
            ranked = sorted(people.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            best, reach = ranked[0][0], len(ranked[0][1])
            runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
            if len(ranked) == 1:
                reason, score = SURNAME_ONLY, None
            elif reach >= 2 and reach >= 2 * runner_up:
                # Several people carry the surname, but one is named in full far more widely.
                reason, score = SURNAME_MOST, round(reach / sum(len(v) for v in people.values()), 3)
            else:
                continue  # the corpus does not say which one is meant
            names = [n for n in full[key] if generation(n[2]) == generation(node[2]) and self.graph.find(n) == best]
            if not self._tied(node, names):
                continue  # its articles tell of other things than the person's: maybe someone else
            target = min(names, key=lambda n: (-self.count[n], n))
            self.graph.join(target, node, reason, score)

    def _rare_given_names(self, nodes) -> None:
        """"Kwabena" in an article that never gives the full name joins the one person the corpus names
        "Kwabena X", when the word is a rare one (wordfreq Zipf below 3: not "Don", "Sarah") and nobody's
        surname."""
        g = self.graph
        people: dict[str, set[tuple]] = defaultdict(set)
        surnames: set[str] = set()
        for node in nodes:
            if node[1] == "person":
                given, surname = person_parts(node[2])
                if given:
                    people[given[0]].add(node)
                    surnames.update(surname_forms(surname))
        named_in_full = {g.find(n) for group in people.values() for n in group}
        for node in nodes:
            words = words_of(node[2])
            if node[1] != "person" or len(words) != 1 or words[0] in surnames or words[0] not in people:
                continue
            if g.find(node) in named_in_full:
                continue  # already joined to a full name
            roots = {g.find(n) for n in people[words[0]]}
            if len(roots) == 1 and _rare(words[0]) and self._tied(node, people[words[0]]):
                target = min(people[words[0]], key=lambda n: (-self.count[n], n))
                g.join(target, node, GIVEN_ONLY)

    def _relatives(self, nodes) -> None:
        """"Voss's mother, Ann," in an article that never gives her full name is the one person the corpus
        names "Ann Voss", when every article of the lone name describes it so, by one surname."""
        g = self.graph
        people: dict[tuple[str, str], set[tuple]] = defaultdict(set)
        for node in nodes:
            given, surname = person_parts(node[2]) if node[1] == "person" else ((), "")
            if len(given) == 1:
                people[(name_key(given[0]), name_key(surname))].add(node)
        for node, by_article in self.kin.items():
            surnames = {name_key(s) for found in by_article.values() for s in found}
            if len(surnames) != 1 or not all(by_article.values()) or node[0] != "name":
                continue
            holders = people.get((name_key(node[2]), surnames.pop()), set())
            if len({g.find(n) for n in holders}) == 1 and g.find(node) != g.find(next(iter(holders))):
                g.join(min(holders, key=lambda n: (-self.count[n], n)), node, KIN)

    def _nicknames(self, nodes) -> None:
        """"Knife" alone is the man an article named "Nico 'The Knife' Sarro", when one person carries it."""
        g = self.graph
        carriers: dict[str, set[tuple]] = defaultdict(set)
        for node in nodes:
            nick = nickname(node[2]) if node[1] == "person" else None
            if nick:
                for form in {nick, nick.removeprefix("the ")}:
                    carriers[name_key(form)].add(node)
        for node in nodes:
            holders = carriers.get(name_key(node[2])) if node[1] == "person" else None
            if holders and len({g.find(n) for n in holders}) == 1 and g.find(node) != g.find(next(iter(holders))) \
                    and self._tied(node, holders):
                g.join(min(holders), node, NICKNAME)

    def _people_across_labels(self, nodes) -> None:
        """"Mark Tennant" labelled an organisation in some articles and a person in others is the person, when the
        name has a listed given name, is mostly an organisation's label where not a person's (not a place's:
        "Jackson" the town), and the person's mentions are as many or an article refers to them by surname."""
        g = self.graph
        named = {name_key(n[2]): n for n in nodes if n[1] == "named"}
        for node in nodes:
            other = named.get(name_key(node[2])) if node[1] == "person" else None
            given = person_parts(node[2])[0] if other is not None else ()
            if not given or given[0] not in given_name_genders() or not self._organisation(other) \
                    or g.find(node) == g.find(other):
                continue
            group = [n for n in nodes if g.find(n) == g.find(node)]
            by_surname = any(r in _PERSON_LINKS for n in group for r in self.linked[n].values())
            if by_surname or sum(self.count[n] for n in group) >= self.count[other]:
                g.join(node, other, SAME_OTHER_LABEL)
                self.misread_people.add(other)

    def _across_kinds(self, nodes) -> None:
        """A name the parser called a person in some articles and a place or organisation in others
        ("Ostmere", "Vardel Dam") is one referent, unless it is tied to a person's full name."""
        g = self.graph
        named: dict[str, tuple] = {}
        for node in nodes:
            if node[1] == "named":
                named.setdefault(name_key(node[2]), node)
        people_roots = {g.find(n) for n in nodes if n[1] == "person" and person_parts(n[2])[0]
                        and not named.get(name_key(n[2]))}
        for node in nodes:
            if node[1] != "person":
                continue
            other = named.get(name_key(node[2]))
            if other is not None and g.find(node) not in people_roots and g.find(node) != g.find(other) \
                    and self._tied(node, [other]):
                g.join(other, node, SAME_OTHER_LABEL)
                self.cross_kind.add(g.find(node))

    def _mislabelled_surnames(self, nodes) -> None:
        """"Vantrell" labelled a place in an article that never gives the full name is the one person the
        corpus names "Gordon Vantrell", when the word is rare in English (wordfreq Zipf below 3.5: never
        "Jordan", "Kent", "Chad") and not an alias-file name."""
        g = self.graph
        people: dict[tuple[str, str], set[tuple]] = defaultdict(set)
        for node in nodes:
            if node[1] == "person":
                given, surname = person_parts(node[2])
                if given and len(surname.split()) == 1:
                    people[name_key(surname)].add(g.find(node))
        for node in nodes:
            words = words_of(node[2])
            if node[1] != "named" or len(words) != 1 or name_key(node[2]) in self.aliases or is_acronym(node[2]):
                continue
            if self.labels[node]["NORP"]:
                continue  # "the Sarro family", "the Sarros": a group named after the person, not the person
            roots = people.get(name_key(node[2]), set())  # spelled the same: "NIU" is no "Neu"
            if len(roots) == 1 and g.find(node) not in roots and _rare(words[0], 3.5):
                named_in_full = [n for n in nodes if n[1] == "person" and g.find(n) in roots and person_parts(n[2])[0]]
                if not self._tied(node, named_in_full):
                    continue
                target = min(named_in_full, key=lambda n: (-self.count[n], n))
                g.join(target, node, MISLABELLED)
                self.misread_people.add(node)

    def _shorter_forms(self, nodes) -> None:
        endings: dict[str, set[tuple]] = defaultdict(set)
        for node in nodes:
            if node[1] != "named" or not self._organisation(node):
                continue
            words = words_of(node[2])
            for k in range(1, len(words) - 1):
                # "State University of New York" does not end in a shorter name of itself.
                if words[k - 1] not in _JOINING_WORDS:
                    endings[" ".join(words[k:])].add(node)
        for node in nodes:
            if node[1] != "named" or name_key(node[2]) in self.aliases or not self._organisation(node):
                continue
            words = words_of(node[2])
            if len(words) < 2:
                continue
            longer = endings.get(" ".join(words), set())
            roots = {self.graph.find(n) for n in longer} - {self.graph.find(node)}
            if len(roots) == 1:
                target = min(longer, key=lambda n: (-len(n[2]), n))
                self.graph.join(target, node, SHORTER, round(len(words) / len(words_of(target[2])), 3))

    def _newspapers(self, nodes) -> None:
        """"the Times" joins "Lenholm Times" when every article that writes "Times" alone names that paper
        and no other ending in the word."""
        g = self.graph
        for node in nodes:
            if node[1] != "named" or node[2] not in _PAPER_WORDS or not self._organisation(node):
                continue
            papers = [n for n in nodes if n[1] == "named" and n != node and words_of(n[2])[-1:] == [node[2].lower()]
                      and len(words_of(n[2])) > 1 and self.articles[n] & self.articles[node]]
            roots = {g.find(n) for n in papers}
            if len(roots) == 1 and all(any(a in self.articles[n] for n in papers) for a in self.articles[node]):
                target = min(papers, key=lambda n: (-self.count[n], n))
                if g.find(target) != g.find(node):
                    g.join(target, node, PAPER)

    def _teams(self, nodes) -> None:
        """"Hawks" is the one organisation the corpus names with a place and that plural ("Vantrell Hawks", "Lenholm
        Trail Hawks" where "Lenholm" is a place), when its articles share other names with that one's (two clubs of
        one name stay apart; "New Hawks" or "Senate Hawks" are no club's name)."""
        g = self.graph
        places = {name_key(n[2]) for n in nodes if n[1] == "named" and self._place(n)}
        by_last: dict[str, list[tuple]] = defaultdict(list)
        for node in nodes:
            words = node[2].split()
            if node[1] == "named" and len(words) > 1 and self._organisation(node) \
                    and name_key(node[2]) not in self.aliases \
                    and any(name_key(" ".join(words[:k])) in places for k in range(1, len(words))):
                by_last[words_of(node[2])[-1]].append(node)  # "<place> <plural>": a club's shape
        for node in nodes:
            words = words_of(node[2])
            if node[1] != "named" or len(words) != 1 or not _plural_name(node[2]) or not self._organisation(node) \
                    or name_key(node[2]) in self.aliases or node[2] in _PAPER_WORDS:  # "the Times": see _newspapers
                continue
            longer = by_last.get(words[0], [])
            roots = {g.find(n) for n in longer}
            if len(roots) == 1 and g.find(node) not in roots and self._tied(node, longer):
                g.join(min(longer, key=lambda n: (-self.count[n], n)), node, TEAM)

    def _kind_words(self, nodes) -> None:
        """"Lenholm province" is "Lenholm"; "Vantrell Bank" is "Vantrell" and "Lenholm Police Department" is "Lenholm
        Police" (see the module doc for when)."""
        g = self.graph
        named = {name_key(n[2]): n for n in nodes if n[1] == "named"}
        for node in nodes:
            words = node[2].split()
            if node[1] != "named" or len(words) < 2:
                continue
            short = named.get(name_key(" ".join(words[:-1])))
            if short is None or g.find(short) == g.find(node):
                continue
            if words[-1] in _PLACE_KINDS and self._place(node) and self._place(short) and not (
                    words[-1] == "Republic" and {name_key(node[2]), name_key(short[2])} & self.aliases.keys()):
                g.join(short, node, PLACE_KIND)
                if words[-1] != "Republic":  # part of the name ("Vantrell Republic"): the most written form
                    self.with_kind.add(node)
            elif self._organisation(node) and self._organisation(short) and self._drops_org_word(words, short):
                g.join(short, node, ORG_WORD)
            elif words[-1] in _CARE_WORDS and self._organisation(node):
                # "at Mount Lenholm hospital" in every mention, whatever the parser's label: the entity is named
                # with the kind word; else as for "Bank".
                if self.described[short] and all(words[-1].lower() in found for found in self.described[short]):
                    g.join(node, short, CARE)
                    self.without_kind.add(short)
                elif self._organisation(short) and self._alone_in_organisations(short):
                    g.join(node, short, CARE)

    def _drops_org_word(self, words: list[str], short: tuple) -> bool:
        """"Lenholm Police Department" → "Lenholm Police"; "Vantrell Bank" → "Vantrell" when "Vantrell" is never
        labelled a place and begins no other organisation's name (a town names its police, its schools)."""
        if words[-1] == "Department":
            return words[-2] in ("Police", "Fire")
        return words[-1] == "Bank" and self._alone_in_organisations(short)

    def _alone_in_organisations(self, short) -> bool:
        """Never labelled a place, and the first words of one other organisation's name at most."""
        if self.labels[short].keys() & _PLACE_LABELS:
            return False
        short_words = words_of(short[2])
        others = {name_key(n[2]) for n in self.graph.parent if n[0] == "name" and n[1] == "named"
                  and words_of(n[2])[:len(short_words)] == short_words} - {name_key(short[2])}
        return len(others) == 1

    def _place(self, node) -> bool:
        """Mostly labelled a place."""
        labels = self.labels[node]
        return sum(v for k, v in labels.items() if k in _PLACE_LABELS) * 2 > sum(labels.values())

    def _organisation(self, node) -> bool:
        """Mostly labelled an organisation, facility or event (not a place or a group of people)."""
        labels = self.labels[node]
        return sum(v for k, v in labels.items() if k in ("ORG", "FAC", "EVENT")) * 2 > sum(labels.values())

    # ------------------------------------------------------------ the entities
    def _entities(self, nodes):
        g = self.graph
        groups: dict[tuple, list[tuple]] = defaultdict(list)
        for node in list(g.parent):
            groups[g.find(node)].append(node)
        entities, entity_of_node = [], {}
        for members in groups.values():
            names = [n for n in members if n[0] == "name"]
            if not any(self.count[n] for n in names):
                continue  # an alias-file line nobody mentioned
            entry = next((self.aliases.get(name_key(n[1])) for n in members if n[0] == "alias"), None)
            labels = Counter()
            for n in names:
                labels.update(self.labels[n])
            # Called a person only where the parser misread a place or organisation name, unless an article
            # refers to it as a person ("Jackman" for the name the parser once called a place).
            referred_to_as_person = any(r in _PERSON_LINKS for n in names for r in self.linked[n].values())
            if any(self.graph.find(n) in self.cross_kind for n in names[:1]) and not referred_to_as_person:
                labels = Counter({k: v for k, v in labels.items() if k != "PERSON"}) or labels
            if any(n in self.misread_people for n in names):
                labels = Counter({"PERSON": 1})
            etype = entry.type if entry is not None else _majority(labels, names)
            canonical_node = self._canonical(names, entry)
            name = entry.canonical if entry is not None else canonical_node[2]
            eid = stable_id("e", etype, name_key(name) or name, *canonical_node[3:])  # a lone name's part: its own id
            merges = self._merges(canonical_node, members, name, entry)
            spans = tuple(sorted(s for n in names for s in self.spans[n]))
            entity = Entity(id=eid, name=name, type=etype,
                            aliases=tuple(m.alias for m in merges), merges=merges, mentions=spans)
            entities.append(entity)
            for n in names:
                entity_of_node[n] = entity
        return entities, entity_of_node

    def _canonical(self, names, entry) -> tuple:
        def rank(n):
            full_person = n[1] == "person" and bool(person_parts(n[2])[0])
            return (-int(full_person), int(is_acronym(n[2])), int(n in self.with_kind or n in self.without_kind),
                    int(bool(_WEB_ENDING.search(n[2]))), -self.count[n], -len(n[2]), n[2])
        if entry is not None:
            exact = [n for n in names if name_key(n[2]) == name_key(entry.canonical)]
            if exact:
                return min(exact, key=rank)
        return min(names, key=rank)

    def _merges(self, start, members, name, entry) -> tuple[Merge, ...]:
        """Each other name the entity goes by, with the reason of the edge that first reached it
        (from the alias-file line when there is one, else from the canonical name)."""
        g = self.graph
        if entry is not None:
            start = _alias_node(entry)
        member_set = set(members)
        reached: dict[tuple, tuple[str, float | None] | None] = {start: None}
        order, queue = [start], [start]
        while queue:
            node = queue.pop(0)
            for other, reason, score in sorted(g.edges.get(node, ()), key=lambda e: (e[0], e[1])):
                if other in member_set and other not in reached:
                    reached[other] = (reason, score)
                    order.append(other)
                    queue.append(other)
        out: dict[str, Merge] = {}
        seen = {name}
        canonical_key = name_key(name)

        def add(form: str, reason: str, score: float | None) -> None:
            if form and form not in seen:
                seen.add(form)
                out[form] = Merge(form, SAME if name_key(form) == canonical_key else reason,
                                  None if name_key(form) == canonical_key else score)

        for node in order:
            if node[0] != "name":
                continue
            how = reached[node] or (SAME, None)
            if self.written[node]:
                add(node[2], *how)
            for form, reason in sorted(self.linked[node].items()):
                add(form, reason, None)
        return tuple(out.values())

    # ------------------------------------------------------------ the extractions, tied to the entities
    def _fill(self, ext: ArticleExtraction, entity_at: dict[Span, Entity], entities) -> ArticleExtraction:
        mentions = [(m, entity_at.get(m.span)) for m in ext.mentions]
        by_name: dict[str, Entity] = {}
        for m, e in mentions:
            if e is not None:
                by_name.setdefault(name_key(m.text), e)
                if m.refers_to:
                    by_name.setdefault(name_key(m.refers_to), e)
        quotes = []
        for q in ext.quotes:
            # The speaker is the name extraction settled on (a mention's text or the full name it refers
            # to); a description with no name in it ("the spokesman") is no entity.
            e = by_name.get(name_key(q.speaker)) if q.kind != "scare" and q.speaker else None
            eid = e.id if e is not None else None
            quotes.append(replace(q, speaker_entity_id=eid) if eid != q.speaker_entity_id else q)
        claims = []
        for c in ext.claims:
            ids = tuple(dict.fromkeys(x.id for m, x in mentions if x is not None and c.span.start <= m.span.start
                                      and m.span.end <= c.span.end))
            claims.append(replace(c, entity_ids=ids) if ids != c.entity_ids else c)
        return replace(ext, quotes=tuple(quotes), claims=tuple(claims))


def _clean(text: str) -> str:
    """A name as written, with its spacing and dashes tidied ("Al – Mohandes" → "Al-Mohandes" is left to
    the keys; here only runs of white space become one space)."""
    return " ".join(text.split())


# A name's first word abbreviated ("Mt. Lenholm Hospital", "St Ann's Clinic", "Ft. Vantrell").
_ABBREVIATED = {"mt": "Mount", "st": "Saint", "ft": "Fort"}


def _spelled_out(name: str) -> str:
    """The name with an abbreviated first word written out ("Mt. Lenholm" → "Mount Lenholm")."""
    first, _, rest = name.partition(" ")
    full = _ABBREVIATED.get(first.rstrip(".").lower()) if rest and first[:1].isupper() else None
    return f"{full} {rest}" if full else name


def _word_for_acronym(name: str, key: str, entry: AliasEntry) -> bool:
    """"Un" (Spanish "a"), "Us": a two-letter word is no alias-file acronym the file writes in capitals only
    ("UN"; "Mo." is written so, and "Nato" / "Isis" are longer)."""
    forms = [f for f in (entry.canonical, *entry.aliases) if name_key(f) == key]
    return len(key) <= 2 and not name.isupper() and all(f.isupper() for f in forms)


def _groups_sharing_names(articles: set[str], names: dict[str, set[str]]) -> list[set[str]]:
    """The articles grouped by the names they share (linked in a chain), the largest group first, with the articles
    that name nothing else."""
    parent = {a: a for a in articles}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    first: dict[str, str] = {}
    for a in sorted(articles):
        for key in names.get(a, ()):
            b = find(first.setdefault(key, a))
            if b != find(a):
                parent[max(b, find(a))] = min(b, find(a))
    groups: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        if names.get(a):
            groups[find(a)].add(a)
    ranked = sorted(groups.values(), key=lambda group: (-len(group), min(group)))
    silent = {a for a in articles if not names.get(a)}
    if ranked:
        ranked[0] |= silent
    return ranked or [silent]


def _plural_name(word: str) -> bool:
    """A capitalised plural such as a team's ("Hawks"; not "Ross", "Davis", "Williams": common surnames end
    in -is, -ss, -us, -ms)."""
    return word[:1].isupper() and not word.isupper() and re.search(r"[^siu]s$", word) is not None \
        and not word.endswith("ms")


def _rare(word: str, below: float = 3.0) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < below


def _short_given(a: str, b: str) -> bool:
    """Do two names of one person differ in the form of the given name ("Bill" / "William")?"""
    first_a, first_b = person_parts(a)[0][0], person_parts(b)[0][0]
    return first_a != first_b and len(first_a) > 1 and len(first_b) > 1 and same_given_name(first_a, first_b)


def _person_words(name: str, keyed: bool = True) -> list[str]:
    given, surname = person_parts(name)
    return [(translit_key(w) if keyed else "") or w for w in (*given, surname) if w]


def _majority(labels: Counter, names) -> str:
    if not labels:
        return "ORG"
    best = max(labels.values())
    return min(label for label, n in labels.items() if n == best)


def entity_index(entities: Sequence[Entity]) -> dict[Span, Entity]:
    """Mention span → its entity (for readers of a finished analysis)."""
    return {s: e for e in entities for s in e.mentions}

