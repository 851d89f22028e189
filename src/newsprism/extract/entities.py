"""Entity mentions of one article: the parser's named entities, tidied, plus names from the alias file
the parser missed ("Daesh", "Islamic state").

Tidying: a leading "the", titles ("General", "Maj. Gen.") and occupations ("Lawyer Mark Tennant") are
left out of a person's name (they become descriptors), possessives and stray punctuation are cut, and a
line break or bracket inside a name ends it ("RHC)-- NATO" → "NATO"). A name the parser cut after a
joining word it kept ("Global Coalition to" + "Defeat Lenholm") is one name; a name never ends in such a
lower-case word. Labels are made consistent within
the article: a later "Stoltenberg" the parser called ORG is a PERSON when the article named "Jens
Stoltenberg". A name the parser ran on into the words of a title-case headline is cut back to the name
the article gives elsewhere; a "person" whose name ends in "Foundation", "Police" or "Ave" is an organisation or
a street; a name a lower-case place noun describes ("the town of X", "the cities of X and Y", "X district",
"the X refugee camp", "X school") is a place or facility.

A name the parser called an organisation that begins with "Mr", "Mrs" or "Ms" is a person's, the title a
descriptor; so is a prosecutor's office written short before a name ("ADA Voss", "DA Voss", "Deputy D. A. Ann
Roe"; "D. A." before one word only after a title, else it may be initials) and a rank before the last two
words of an "organisation" ("Homicide Detective Mark Tennant"); a title of address ends no name ("Following
Mr" + "Voss's death"); a person's name ends at a
possessive ("Ann Roe's Golden Touch" is a salon named after her), and an outlet's or an organisation's possessive
before a person's name ends the organisation ("NPR’s Ann Roe": two names); two names joined by "and" before a
plural noun are two ("Lenholm Times and Vantrell Review magazines"); a one-word organisation that is the
given name of the one person the article names in full with it is that person's given name.

After a comma, a US state's code is a place and so is the name before it ("Lenholm, OH"); a credential after a
person ("Ann Roe, MD") is nothing. A sports position code is no name ("| LB |"), and before a player's name it is
a descriptor ("Lenholm WR Olek Brand" is the team and the player). An outlet tagged by its first words ("The Lenholm
Reporter" as "Lenholm") is the whole outlet; social networks are organisations; a one-word "person" after "the" that
is a plural or follows a place elsewhere ("the Thunder") is a team; any name run into a title-case headline is cut
back to a name of its kind the article gives elsewhere. A lone "@" ends a name (a tour line's "OH @ Vantrell Arena"
is the venue); a line's first name in capitals before a comma and a place is a dateline's town ("LENHOLM, S.C.");
a full name the parser called an organisation is a person's after an occupation ("analyst Ann Roe"), with one in
apposition, in a list of persons, or when the article gives its surname alone as a person's; a named person's
surname is a person's however often the parser said otherwise, and so is a one-word name the article gives a wife,
a son … ("Voss’s wife"). A "person" after a title in apposition to the person
just named ("Olek Brand, President Vantrell North America") is the body that person heads; a name after a group noun
and "named" / "called" ("a militia named “X”") is an organisation; a name before a lower-case "hospital", "jail",
"prison" or "terminal" is a facility. A name the parser ran over a list's commas ("Tennant, Quist") is the list's
names ("Vantrell, Inc." and "Roe, Quist & Brand" stay whole); an owner's possessive begins no name ("group’s
Vantrell network") and a person's name ends before a year after its possessive ("Voss’s 2016 campaign").

Not names: a word with no capital ("fed them", though the alias file knows "Fed"), a title alone ("Lt Col"), times
and time zones ("8.49pm", "2045 GMT"), eras ("165 BC"), a "person" with a figure glued to
letters ("DDR3", a model), an acronym of a common noun used
as one ("a CCTV operator", "signed an NDA", "AI technology", "128GB", "USB-C"), a line of capitals alone between
paragraphs (a section's heading: "UP NEXT"), a common noun capitalised by a line's or a label's style ("Riot
police", "wide Color", "| Player |") that the article writes in lower case elsewhere, and a common word the parser
took for an organisation where
capitals do not mark a name: the office in a title ("Secretary of State", "Director of Operations") or a
sentence's first word ("Windows were blown out", "Bank personnel said") that the article never capitalises
elsewhere; nor an abbreviated rank
between a title and a name ("Col. Inf. Ann Roe"). A one-word "person" after "in" or after a place and a
comma ("in Lenholm", "Voss, Lenholm") is a place unless the article names a person in full with it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newsprism.clean.metadata import OUTLET_NAME_WORDS
from newsprism.extract.lexicon import alias_index, alias_pattern, is_media
from newsprism.extract.names import OCCUPATIONS, TITLES, name_key, person_parts

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC")
_BREAKS = re.compile(r"\n|\)|\(|--|—|\||:|;|\s-\s|\"|“|”")


@dataclass
class Found:
    """A mention while the article is being read (token indices kept for the parse-based steps)."""

    start: int  # character offsets in the article text
    end: int
    text: str
    label: str
    tok_start: int  # token indices in the doc (end exclusive)
    tok_end: int
    source: str = "ner"  # "ner", "alias", "title"
    titles: list[str] = field(default_factory=list)
    refers_to: str | None = None
    reason: str | None = None
    descriptors: list[tuple[int, int]] = field(default_factory=list)


def doc_text(doc) -> str:
    """The text of a parse, computed once (spaCy rebuilds Doc.text from its tokens on every access)."""
    text = doc.user_data.get("newsprism_text")
    if text is None:
        text = doc.user_data["newsprism_text"] = doc.text
    return text


def _per_parse(doc, key: str, read):
    """`read(doc)`, kept with the parse: one list item per token, so a list of another length is stale."""
    value = doc.user_data.get(key)
    if value is None or len(value) != len(doc):
        value = doc.user_data[key] = read(doc)
    return value


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Per token, the start and end token of its sentence, read once per parse (`Token.sent` walks the
    parse again on every access)."""
    return _per_parse(doc, "newsprism_sentences",
                      lambda d: [(s.start, s.end) for s in d.sents for _ in range(s.start, s.end)])


def token_lowers(doc) -> list[str]:
    """Every token's lower-case text, read once per parse: a rule for a few words finds them here without
    making a spaCy Token of every word of the article."""
    return _per_parse(doc, "newsprism_lowers", lambda d: [t.lower_ for t in d])


def token_lemmas(doc) -> list[str]:
    """Every token's lemma in lower case, read once per parse (see token_lowers)."""
    return _per_parse(doc, "newsprism_lemmas", lambda d: [t.lemma_.lower() for t in d])


def _token_span(doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


_NAME_PARTICLES = frozenset("al el ad as ash bin ibn bint abu de del della di da van von der le la du dos das".split())


def _before_aside(tokens: list) -> list:
    """A name runs on into an aside after a spaced dash ("Tom Hill - now recovering"): cut it there. A
    spaced dash inside a name ("al - Muhandis") is kept."""
    for k, t in enumerate(tokens[1:-1], start=1):
        nxt = tokens[k + 1]
        if t.text in ("-", "–") and tokens[k - 1].whitespace_ and t.whitespace_ \
                and nxt.text[:1].islower() and nxt.lower_ not in _NAME_PARTICLES:
            return tokens[:k]
    return tokens


def _tidy(doc, ent) -> Found | None:
    tokens = list(ent)
    # A break inside the entity: keep the last piece that still holds a capitalised word.
    pieces: list[list] = [[]]
    for t in tokens:
        if _BREAKS.search(t.text) or t.text == "@" or (t.is_space and "\n" in t.text) or "\n" in t.text:
            # "@" alone: a tour line's "<ST> @ <Venue>" (a handle "@Voss" is one token and stays)
            pieces.append([])
        else:
            pieces[-1].append(t)
    pieces = [p for p in pieces if any(t.text[:1].isupper() or t.text[:1].isdigit() for t in p)]
    if not pieces:
        return None
    tokens = max(pieces, key=lambda p: (sum(1 for t in p if t.text[:1].isupper()), p[0].i))
    tokens = _before_aside(tokens)
    owned = tokens[0].lower_ in ("'s", "’s")  # "group’s Haqqani network": the owner's possessive begins no name
    while tokens and (tokens[0].lower_ in ("the", "a", "an", "'s", "’s") or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    if owned and len(tokens) == 1 and _common_word(tokens[0].text):
        return None  # "Editor’s Note": a common word after an owner's possessive
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].lower_ in ("'s", "’s") or tokens[-1].text in _OPEN_ENDS and len(tokens) > 1):
        tokens = tokens[:-1]
    titles = []
    label = ent.label_
    if label != "PERSON" and len(tokens) > 1 and tokens[0].lower_.rstrip(".") in _HONORIFICS \
            and tokens[1].text[:1].isupper():
        label = "PERSON"  # "Mr Olek Brand", whatever the parser called it, is a person
    office = _office_abbreviation(doc, tokens)
    rank = _rank_before_name(tokens) if label != "PERSON" and not office else 0
    if office and (label == "PERSON" or _person_words(tokens[office:])) or rank:
        label = "PERSON"  # "ADA Voss", "Homicide Detective Mark Tennant": the office is a descriptor
        cut = office or rank
        titles, tokens = [t.text for t in tokens[:cut]], tokens[cut:]
    if label == "PERSON":
        while len(tokens) > 1 and (tokens[0].lower_.rstrip(".") in TITLES or len(tokens) > 2 and (
                tokens[0].lower_ in OCCUPATIONS and tokens[0].text[:1].isupper())):
            titles.append(tokens[0].text)
            tokens = tokens[1:]
        tokens = _before_possessive(tokens)
    if len(tokens) > 1 and tokens[-1].lower_.rstrip(".") in _HONORIFICS:
        # "Following Mr" + "Brand's death": a title begins the next name, it ends none; a lone common word
        # left before it is no name.
        tokens = tokens[:-1]
        if len(tokens) == 1 and _common_word(tokens[0].text):
            return None
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(doc)[start:end]
    if not re.search(r"[A-Za-z]", text) or len(text) < 2:
        return None
    if text.lower().rstrip(".") in _ABBREVIATED_TITLES:
        return None  # a title alone ("Msgr.", "Lt Col") names nobody; "King" after "Mr." is a name
    return Found(start, end, text, label, tokens[0].i, tokens[-1].i + 1, titles=titles)


def _office_abbreviation(doc, tokens: list) -> int:
    """How many leading tokens spell a prosecutor's office before a name: "DA Voss", "ADA Voss", "Deputy D. A.
    Ann Roe" ("D.A." with periods may be initials: taken before two name words or after a title)."""
    letters = ""
    for k, t in enumerate(tokens[:3]):
        letters += t.text
        plain_letters = letters.replace(".", "").replace(" ", "")
        if plain_letters not in ("DA", "ADA"):
            continue
        rest = tokens[k + 1:]
        if not rest or not all(r.text[:1].isupper() for r in rest):
            return 0
        if "." not in letters or len(rest) >= 2 or tokens[0].i > 0 and (
                doc[tokens[0].i - 1].lower_.rstrip(".") in TITLES or doc[tokens[0].i - 1].lower_ == "assistant"):
            return k + 1
        return 0
    return 0


# Ranks and offices before which the parser's "organisation" is a person ("Homicide Detective Mark Tennant").
_RANKS = frozenset("""detective officer sergeant sgt sheriff deputy trooper constable judge prosecutor attorney
inspector lieutenant lt captain capt commissioner mayor senator governor superintendent""".split())


def _rank_before_name(tokens: list) -> int:
    """The tokens up to a rank followed by exactly two capitalised words that are no title or organisation's
    word, ending an organisation or place the parser found."""
    if len(tokens) < 3 or tokens[-3].lower_.rstrip(".") not in _RANKS or not tokens[-3].text[:1].isupper():
        return 0
    return len(tokens) - 2 if _person_words(tokens[-2:]) else 0


def _person_words(tokens: list) -> bool:
    return 1 <= len(tokens) <= 3 and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in TITLES
                                         for t in tokens) \
        and tokens[-1].lower_ not in _ORGANISATION_ENDS | _STREET_ENDS | _PLACE_NOUNS | {"office"}


# Titles that only a person's name follows ("Dr" also begins brands' names).
_HONORIFICS = frozenset({"mr", "mrs", "ms"})


def _before_possessive(tokens: list) -> list:
    """"Ann Roe's Golden Touch", "Dana Whitfield's 'Big Night'": the parser ran a person's name on into a
    thing named after them, or into a year ("Voss's 2016 campaign"); a person's name ends at a possessive."""
    for k, t in enumerate(tokens[1:-1], start=1):
        if t.lower_ in ("'s", "’s") and any(n.text[:1].isupper() or n.text[:1].isdigit() for n in tokens[k + 1:]):
            return tokens[:k]
    return tokens


_ABBREVIATED_TITLES = frozenset("""mr mrs ms dr msgr sgt gen col lt capt cpt cpl pvt cmdr adm rev prof sen rep
gov""".split())


# Lower-case words a name does not end in: the parser stopped inside a longer name ("… Coalition to").
_OPEN_ENDS = frozenset("to of for and the in on at with by from".split())


def _joined(doc, ents: list) -> list:
    """Names the parser cut in two after a joining word it kept in the first piece ("Global Coalition to"
    + "Defeat Lenholm" → "Global Coalition to Defeat Lenholm"): one name, with the first piece's label."""
    from spacy.tokens import Span as DocSpan

    out = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and prev[-1].text in _OPEN_ENDS \
                and prev.label_ in ("ORG", "FAC", "EVENT") and ent[0].text[:1].isupper():
            out[-1] = DocSpan(doc, prev.start, ent.end, label=prev.label_)
            continue
        out.append(ent)
    return out


def _possessive_at(tokens: list) -> int:
    """The index of the one possessive inside a name ("NPR ’s", "Times ’"), or 0."""
    at = [k for k, t in enumerate(tokens[1:-1], start=1) if t.lower_ in ("'s", "’s")
          or t.text in ("'", "’") and tokens[k - 1].lower_.endswith("s") and not tokens[k - 1].whitespace_]
    return at[0] if len(at) == 1 else 0


def _owner_and_person(doc, ent, ents: list) -> list:
    """"NPR’s Ann Roe", "Vantrell Times’ Mark Tennant": the parser ran an outlet's or an organisation's name on
    into its reporter's; two names, the owner an organisation and the person a person. Split only when the
    words after the possessive are a person's (a known given name first, or a person the article names) and
    the owner an outlet (a media word), an acronym ("NPR") or an organisation the article names elsewhere:
    "People’s Liberation Army", "Children’s Hospital", "Ann Roe’s Golden Touch" stay whole."""
    k = _possessive_at(list(ent))
    if not k:
        return [ent]
    from spacy.tokens import Span as DocSpan

    from newsprism.extract.coref import given_name_genders  # coref imports this module

    owner, person = doc[ent.start:ent.start + k], doc[ent.start + k + 1:ent.end]
    while len(owner) and owner[0].lower_ in ("the", "a", "an"):
        owner = owner[1:]
    if not len(owner) or not _person_words(list(person)) or any(t.tag_ == "POS" for t in person):
        return [ent]
    others = [e for e in ents if e is not ent]
    people = {e[-1].text for e in others if e.label_ == "PERSON" and len(e) >= 2}  # surnames of people named in full
    named = person[0].lower_ in given_name_genders() and len(person) >= 2 or person[-1].text in people
    orgs = {e.text.removeprefix("the ").removeprefix("The ") + " " for e in others if e.label_ == "ORG"}
    outlet = is_media(owner.text) or owner.text.isupper() and len(owner.text) > 1 \
        or any(o.startswith(owner.text + " ") for o in orgs)  # "Lenholm Group", or "Lenholm" of "Lenholm Music"
    if not (named and outlet):
        return [ent]
    return [DocSpan(doc, owner.start, owner.end, label="ORG"), DocSpan(doc, person.start, person.end, label="PERSON")]


def _titles_before(doc, tok_start: int) -> list[str]:
    """Title words right before a person's name ("NATO Secretary-General Jens Stoltenberg")."""
    out = []
    i = tok_start - 1
    while i >= 0 and (doc[i].lower_.rstrip(".") in TITLES or (doc[i].text == "-" and out)):
        out.insert(0, doc[i].text)
        i -= 1
    return out


def find_mentions(doc, alias_file: str | None = None) -> list[Found]:
    """Named mentions of people, organisations, places, groups and events, in text order."""
    text = doc_text(doc)
    found: list[Found] = []
    ents = _joined(doc, list(doc.ents))
    for ent in [piece for ent in ents for piece in _owner_and_person(doc, ent, ents)]:
        if ent.label_ not in LABELS:
            continue
        f = _tidy(doc, ent)
        if f is None:
            continue
        if f.label == "PERSON":
            f.titles = _titles_before(doc, f.tok_start - 0) if not f.titles else f.titles
        found.append(f)
    # Alias-file names the parser missed or cut short: "Daesh", "Islamic state" (tagged "Islamic" NORP).
    index = alias_index(alias_file)
    for m in alias_pattern(alias_file).finditer(text):
        span = _token_span(doc, m.start(), m.end())
        if span is None:
            continue
        overlapping = [f for f in found if f.start < m.end() and m.start() < f.end]
        if any(f.end - f.start >= m.end() - m.start() for f in overlapping):
            continue
        for f in overlapping:
            found.remove(f)
        entry = index.get(name_key(m.group()))
        found.append(Found(m.start(), m.end(), m.group(), entry.type if entry else "ORG", span[0], span[1],
                           source="alias"))
    found.sort(key=lambda f: (f.start, f.end))
    in_longer = {i for f in found if f.tok_end - f.tok_start > 1 for i in range(f.tok_start, f.tok_end)}
    found[:] = [f for f in found if not _not_a_name(doc, f, in_longer) and not _abbreviated_rank(doc, f, found)
                and not _section_heading(text, f, alias_file)]
    found[:] = [g for f in found for g in _names_joined_before_a_plural(doc, f)]
    found[:] = [g for f in found for g in _names_run_together_by_commas(doc, f)]
    found[:] = [g for f in found for g in _without_position_code(doc, f)]
    found[:] = [f for f in found if not _common_noun_capitalised(doc, f, found)]
    _codes_after_a_comma(doc, found)
    _datelines(text, found)
    _outlets_cut_to_their_first_words(doc, found)
    _platforms_as_organisations(found)
    _names_in_title_case_lines(doc, found)
    _places_run_into_names(doc, found)
    _not_people_by_last_word(found)
    _people_by_who(doc, found)
    _people_by_description(doc, found)
    _bodies_after_a_persons_title(doc, found)
    _places_by_noun(doc, found)
    _groups_named_so(doc, found)
    _people_named_after_their_office(doc, found)
    _places_by_context(doc, found)
    _teams_after_the(doc, found)
    _people_by_kin(doc, found)
    _harmonise_labels(found)
    _people_listed_under_one_title(doc, found)
    return found


_TIME = re.compile(r"\d{1,2}(?:[.:]\s?\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2}", re.I)
_GLUED_FIGURE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\.?", re.I)
_TIME_ZONES = frozenset("gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt aest aedt".split())
# Acronyms of common nouns: "a CCTV operator", "DNA samples" (but "CCTV reported": the broadcaster); devices,
# units and plays too: "AI technology", "a SIM card", "USB-C ports", "128 GB", "two TD passes" (but "TD Bank").
_COMMON_NOUN_ACRONYMS = frozenset("cctv dna gps atm suv tv pin ai usb sim gsm lte hdmi led lcd gb td".split())
# Acronyms that are never names: "ramp up the catalog ASAP".
_ADVERB_ACRONYMS = frozenset({"asap"})


def _not_a_name(doc, f: Found, in_longer: set[int]) -> bool:
    """A time, a time zone, a common-noun acronym used as one, or a common word capitalised only as part of
    a title or as a sentence's first word (see the module doc); `in_longer`: tokens inside longer names
    ("Vantrell Bank" does not make "Bank" a name)."""
    text = f.text.strip()
    last = text.split()[-1]
    if not any(c.isupper() or c.isdigit() for c in text):
        return True  # no capital: a common word ("fed them", which the alias file would make the Fed)
    if _TIME.fullmatch(text) or last.isupper() and last.lower() in _TIME_ZONES:  # "GMT", "2045 GMT"
        return True
    if f.label == "PERSON" and any(_GLUED_FIGURE.search(w) and not _ORDINAL.fullmatch(w) for w in text.split()):
        return True  # "DDR3", "9400M": a model; no person's name has a figure glued to letters ("Ann Roe 3rd")
    if f.tok_end - f.tok_start != 1 or f.source != "ner":
        return False
    tok = doc[f.tok_start]
    if text in ("BC", "AD", "BCE", "CE") and tok.i > 0 and doc[tok.i - 1].like_num:
        return True  # "in 165 BC": an era
    if text.lower() in _ADVERB_ACRONYMS:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if text.lower() in _COMMON_NOUN_ACRONYMS:
        if tok.i > 0 and doc[tok.i - 1].like_num or nxt is not None and nxt.text == "-":
            return True  # "128 GB", "two TD passes", "USB-C": a unit, a count's noun, a model
        if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and tok.head.text.islower():
            return True
    if text.isupper() and tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an") \
            and tok.dep_ not in ("compound", "nmod", "amod") and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return True  # "signed an NDA", "needs an MRI": a common noun's acronym ("a NATO ally" is a name)
    if f.label != "ORG" or not text.istitle() or not _common_word(text):
        return False
    before = [t for t in doc[max(0, tok.i - 2):tok.i]]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].text.istitle() and before[0].lower_ in TITLES:
        return True  # "Secretary of State", "Director of Operations"
    if not tok.is_sent_start or any(t.text == text and not t.is_sent_start and t.i not in in_longer for t in doc):
        return False
    # "Bank personnel said", "State police say"; "Windows were blown out" (a plural common noun)
    return tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.text.islower() or text.endswith("s")


def _section_heading(text: str, f: Found, alias_file: str | None) -> bool:
    """A line of capitals alone between paragraphs ("UP NEXT", "KEY STATS") is a section's heading, not an
    organisation; a person's or place's name (a dateline), a news medium's (a credit) or one the alias file
    knows stays."""
    if f.source != "ner" or f.label in ("PERSON", "GPE", "LOC") or any(c.islower() for c in f.text):
        return False
    line_start, line_end = text.rfind("\n", 0, f.start) + 1, text.find("\n", f.end)
    if line_end < 0 or text[line_start:line_end].strip() != f.text.strip() or not text[line_end:].strip():
        return False  # the last line: a credit ("ASSOCIATED PRESS") rather than a heading
    return name_key(f.text) not in alias_index(alias_file) and not is_media(f.text.title(), alias_file)


def _names_joined_before_a_plural(doc, f: Found) -> list[Found]:
    """"wrote for Lenholm Times and Vantrell Post newspapers": two names the parser read as one, which the
    plural noun after them shows; each part is a name of its own with the same label."""
    if f.label == "PERSON" or f.tok_end >= len(doc) or doc[f.tok_end].tag_ != "NNS" or not doc[f.tok_end].is_lower:
        return [f]
    ands = [i for i in range(f.tok_start + 1, f.tok_end - 1) if doc[i].lower_ in ("and", "&")]
    if len(ands) != 1 or not doc[ands[0] + 1].text[:1].isupper():
        return [f]
    a, b = doc[f.tok_start:ands[0]], doc[ands[0] + 1:f.tok_end]
    return [Found(s.start_char, s.end_char, s.text, f.label, s.start, s.end, source=f.source) for s in (a, b)]


# Words after a comma that end a firm's or a person's name ("Vantrell, Inc.", "Olek Brand, Jr.").
_AFTER_COMMA_IN_A_NAME = frozenset("inc ltd llc corp co plc lp llp ag sa nv gmbh jr sr ii iii iv".split())


def _names_run_together_by_commas(doc, f: Found) -> list[Found]:
    """"Mueller, Stormy", "Spotify, Rdio": an organisation or a person the parser ran over a list's commas is the
    list's names, each with the label; a firm's "Vantrell, Inc.", a partnership's "Roe, Quist & Brand" and a
    campus's "University of Lenholm, Vantrell" stay."""
    if f.label not in ("ORG", "PERSON") or ", " not in f.text or "&" in f.text:
        return [f]
    pieces, piece = [], []
    for t in doc[f.tok_start:f.tok_end]:
        if t.text == ",":
            pieces.append(piece)
            piece = []
        elif not (t.lower_ == "and" and not piece):
            piece.append(t)
    pieces.append(piece)
    if any(not p or not p[0].text[:1].isupper() for p in pieces) \
            or any(p[0].lower_.rstrip(".") in _AFTER_COMMA_IN_A_NAME for p in pieces[1:]) \
            or any(t.lower_ in _ORGANISATION_ENDS for t in pieces[0]):  # "University of Lenholm, Vantrell": a campus
        return [f]
    return [Found(p[0].idx, p[-1].idx + len(p[-1].text), doc_text(doc)[p[0].idx:p[-1].idx + len(p[-1].text)],
                  f.label, p[0].i, p[-1].i + 1, source=f.source) for p in pieces]


# Sports positions written before a player's name or in a roster table ("DL | Ann Roe", "WR Olek Brand",
# "Vantrell: F Mara Quist"): no names. Only codes that name nothing else stand alone: "DE" (Delaware), "SF",
# "SS", "OT" (overtime) and single letters are cut only before a name; "TFL" stays (Transport for London).
_POSITION_CODES = frozenset("qb rb wr te ol dl dt lb olb ilb cb".split())
_POSITION_PREFIXES = _POSITION_CODES | frozenset("de ot fs ss pg sg sf pf".split())
_POSITION_LETTERS = frozenset("f g c s".split())
_POSITION_WORDS = _POSITION_PREFIXES | _POSITION_LETTERS


def _without_position_code(doc, f: Found) -> list[Found]:
    """A roster's position code is no name ("| LB | …"); before a player's name it is a descriptor of the
    player ("DT Mark Tennant"), and a team written before it is a name of its own ("Lenholm WR Olek Brand").
    A single letter ("F Olek Brand") counts only where a list item begins (after a colon or a line break)."""
    words = f.text.split()
    codes = [k for k, w in enumerate(words) if w.lower() in _POSITION_WORDS and w.isupper()]
    if not codes or f.source != "ner" or f.tok_end - f.tok_start != len(words):
        return [f]
    k = codes[0]
    if len(words) == 1:
        return [] if words[0].lower() in _POSITION_CODES else [f]
    rest = doc[f.tok_start + k + 1:f.tok_end]
    if len(rest) < 2 or not _person_words(list(rest)):
        return [f]
    if words[k].lower() in _POSITION_LETTERS and not (k == 0 and f.tok_start > 0 and (
            doc[f.tok_start - 1].text == ":" or "\n" in doc[f.tok_start - 1].text)):
        return [f]
    player = Found(rest.start_char, rest.end_char, rest.text, "PERSON", rest.start, rest.end, titles=[words[k]])
    if k == 0:
        return [player]
    team = doc[f.tok_start:f.tok_start + k]
    return [Found(team.start_char, team.end_char, team.text, "ORG", team.start, team.end), player]


def _common_noun_capitalised(doc, f: Found, found: list[Found]) -> bool:
    """A one-word "name" that is a common noun capitalised by a line's or a label's style ("Riot police fired",
    "Wireless routers", "wide Color", "a Homepage", "| Player |"): the article writes the word in lower case in its
    prose, and here the word opens a sentence or a line before the lower-case noun it modifies, follows a lower-case
    adjective or "a" / "an", or fills a table cell alone. Mid-sentence compounds stay names ("Time magazine",
    "House speaker", "company Path"), and so do places and groups ("British climber", "Brooklyn neighborhood"),
    words of a person named in full ("Mara Glass", "Glass said") and capitals-only words ("WHO", "US")."""
    if f.tok_end - f.tok_start != 1 or f.source != "ner" or f.label in ("GPE", "LOC", "NORP") \
            or not f.text.isalpha() or f.text.isupper():
        return False
    tok = doc[f.tok_start]
    text = doc_text(doc)
    prev = doc[tok.i - 1] if tok.i > 0 else None
    opens = tok.is_sent_start or prev is not None and "\n" in prev.text or text[max(0, f.start - 1):f.start] == "\n"
    # "Wireless routers": the parser may call the noun a verb
    modifies_lower = opens and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i \
        and tok.head.is_alpha and tok.head.text.islower()
    # "a Homepage", "wide Color"; not a participle ("Lenholm-based Path", "so-called Vantrell")
    modified_by_lower = prev is not None and prev.head.i == tok.i and prev.is_alpha and prev.text.islower() \
        and (prev.lower_ in ("a", "an") or prev.dep_ == "amod" and prev.tag_ in ("JJ", "JJR", "JJS")
             and doc[prev.i - 1].text != "-")
    if not (modifies_lower or modified_by_lower or _alone_in_table_cell(text, f)):
        return False
    if not _written_in_lower_case(text, f.text.lower()):
        return False  # never a common word here: a name ("a Vantrell spokesman")
    word = name_key(f.text)
    return not any(g.label == "PERSON" and len(g.text.split()) > 1 and word in map(name_key, g.text.split())
                   for g in found)


def _written_in_lower_case(text: str, word: str) -> bool:
    """Does the text use the word in lower case in its prose? Not in a web address's words ("…/ british -
    climber - dies", "kraft-plant-fire"), which are all in lower case."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", text):
        around = text[max(0, m.start() - 2):m.start()] + "|" + text[m.end():m.end() + 2]
        if not re.search(r"[-/_.]\s?\||\|\s?[-/_]", around):
            return True
    return False


def _alone_in_table_cell(text: str, f: Found) -> bool:
    return text[max(0, f.start - 2):f.start] == "| " and text[f.end:f.end + 2] == " |"


# Two-letter postal codes of the US states ("Tinley Park, IL"), which the parser often calls organisations,
# and the academic or clinical credentials written after a person's name the same way ("Ann Roe, MD, said").
_STATE_CODES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())
_CREDENTIALS = frozenset("md phd rd rn dds dmd dvm mph np pharmd facs".split())


def _codes_after_a_comma(doc, found: list[Found]) -> None:
    """After a comma, a credential follows a person ("Mark Tennant, MD": no place, no name) and a state's code a
    place ("Lenholm, OH"): the code is a place and so is the name before the comma, whatever the parser said
    ("Vantrell Falls" is no person), unless it is a person the article names again or holds a credential."""
    by_end = {f.tok_end: f for f in found}
    drop = []
    for f in found:
        if f.tok_end - f.tok_start == 1 and f.tok_start >= 2 and doc[f.tok_start - 1].text == ",":
            before = by_end.get(f.tok_start - 1)
            while before is not None and name_key(before.text) in _CREDENTIALS and before.tok_start >= 2 \
                    and doc[before.tok_start - 1].text == ",":  # "Ann Roe, MD, PhD"
                before = by_end.get(before.tok_start - 1)
            if f.text.lower().replace(".", "") in _CREDENTIALS and before is not None and before.label == "PERSON":
                drop.append(f)
                continue
            if f.text in _STATE_CODES:
                f.label = "GPE"
        if f.label != "GPE" and f.tok_end + 1 < len(doc) and doc[f.tok_end].text == "," \
                and doc[f.tok_end + 1].text in _STATE_CODES and not _named_again(f, found) \
                and doc[f.tok_end + 1].lower_ not in _CREDENTIALS:  # "MD": a credential or Maryland, left
            f.label = "GPE"
    for f in drop:
        found.remove(f)


def _datelines(text: str, found: list[Found]) -> None:
    """"LENHOLM, S.C. (AP) —", "VANTRELL FALLS, Ostravia": a line's first name in capitals before a comma and a
    place is a dateline's town, whatever the parser called it."""
    by_start = {f.start: f for f in found}
    for f in found:
        if f.label == "GPE" or re.search(r"[a-z]", f.text) or text[f.end:f.end + 2] != ", " \
                or text[max(0, f.start - 1):f.start] not in ("", "\n"):
            continue
        after = by_start.get(f.end + 2)
        if after is not None and after.label == "GPE":
            f.label = "GPE"


# Words that end a news outlet's name and no person's ("The Lenholm Reporter", "the Vantrell Herald"); the
# shorter words of clean.metadata's list ("Post", "Star", "Sun", "Mail") are surnames or common words too.
_OUTLET_WORDS = OUTLET_NAME_WORDS & frozenset("""journal times press herald tribune gazette observer chronicle courier
telegraph magazine reporter dispatch bulletin examiner inquirer""".split())


def _outlets_cut_to_their_first_words(doc, found: list[Found]) -> None:
    """"The Lenholm Reporter", with only "Lenholm" tagged (a place), is the outlet: the name runs on over
    the outlet's word after "the"; "The Chronicle says" with "Chronicle" a person is the outlet too."""
    taken = {i for f in found for i in range(f.tok_start, f.tok_end)}
    for f in found:
        words = f.text.split()
        if f.label == "PERSON" and words[-1].lower() in _OUTLET_WORDS and not f.titles:
            f.label = "ORG"
            continue
        end = f.tok_end
        if end >= len(doc) or f.tok_start < 1 or doc[f.tok_start - 1].lower_ != "the" or end in taken:
            continue
        word = doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if word.lower_ in _OUTLET_WORDS and word.text.istitle() and word.pos_ == "PROPN" \
                and (after is None or not after.text[:1].isupper()):
            f.end, f.tok_end, f.label = word.idx + len(word.text), end + 1, "ORG"
            f.text = doc_text(doc)[f.start:f.end]


# Social networks, named like people ("Twitter said", "follow us on Instagram"), which the parser often takes
# for persons or places: organisations.
_PLATFORMS = frozenset("""twitter facebook instagram youtube tiktok snapchat linkedin reddit whatsapp weibo
wechat""".split())


def _platforms_as_organisations(found: list[Found]) -> None:
    for f in found:
        if f.label in ("PERSON", "GPE", "LOC", "NORP", "FAC") and name_key(f.text) in _PLATFORMS:
            f.label = "ORG"


def _named_again(f: Found, found: list[Found]) -> bool:
    """A person's name whose surname stands elsewhere in the article (a person, not a town)."""
    if f.label != "PERSON":
        return False
    last = name_key(f.text.split()[-1])
    return any(g is not f and name_key(g.text.split()[-1]) == last for g in found)


def _abbreviated_rank(doc, f: Found, found: list[Found]) -> bool:
    """"spokesman Snr. Comr. Ann Roe", "Col. Inf. Ann Roe": a short one-word "person" written with a period,
    between a title and another capitalised word, is a rank or branch, unless the article names a person
    in full with that word ("President Roe. Quist said")."""
    if f.label != "PERSON" or f.tok_end - f.tok_start != 1 or len(f.text.rstrip(".")) > 4 or f.tok_start < 1:
        return False
    if doc[f.tok_start].text.endswith("."):  # the tokenizer kept the period with the word
        dot_i = f.tok_start
    elif f.tok_end < len(doc) and doc[f.tok_end].text == ".":
        dot_i = f.tok_end
    else:
        return False
    prev, nxt = doc[f.tok_start - 1], doc[dot_i + 1] if dot_i + 1 < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper() or prev.lower_.rstrip(".") not in TITLES:
        return False
    word = name_key(f.text)
    return not any(g.label == "PERSON" and len(g.text.split()) > 1 and word in map(name_key, g.text.split())
                   for g in found)


def _common_word(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 4.5


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Is the line holding these characters written in title case (a headline: "Whitfield Slams Critics
    Over Tax Plan")? Then capitals do not mark where a name ends."""
    stop = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1:stop if stop >= 0 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _names_in_title_case_lines(doc, found: list[Found]) -> None:
    """A person's name the parser ran on into a title-case headline ("Ann Vale Slams Critics") is cut back
    to the name the article gives elsewhere ("Ann Vale"), or to the word it uses alone ("Vale"); so is another
    name of three words or more, to a name of two or more the article gives elsewhere (a list of other stories'
    headlines: "Vantrell Music Awards Nominations" → "Vantrell Music Awards")."""
    text = doc_text(doc)
    for f in found:
        words = f.text.split()
        if len(words) < 3 or not _title_case_line(text, f.start, f.end):
            continue
        last = words[-1].lower().rstrip(".,’'")
        others = [o for o in found if o.end <= f.start or o.start >= f.end]
        if f.label == "PERSON":
            known = {name_key(o.text) for o in others if o.label == "PERSON"}
            alone = {name_key(o.text) for o in others if len(o.text.split()) == 1}  # "Vale" said …
        elif {last, last.removesuffix("s")} & (_ORGANISATION_ENDS | _PLACE_NOUNS | {"association"}):
            continue  # "Lenholm County", "Vantrell Students' Association": the whole is the name
        else:  # a name of the same kind ("New Orleans" is no cut of the team "New Orleans Saints"), or a person's
            known = {name_key(o.text) for o in others if len(o.text.split()) >= 2 and o.label in (f.label, "PERSON")}
            alone = set()
        for k in range(len(words) - 1, 1, -1):
            if name_key(" ".join(words[:k])) in known or name_key(words[k - 1]) in alone:
                end = f.start + list(re.finditer(r"\S+", f.text))[k - 1].end()
                end -= len(text[f.start:end]) - len(text[f.start:end].rstrip(",;:"))  # "Awards, Plus …"
                span = _token_span(doc, f.start, end)
                if span is not None:
                    f.end, f.text, f.tok_end = end, text[f.start:end], span[1]
                break


_ROLE_TIED_BY = frozenset({"to", "of", "for", "in", "from"})


def _places_run_into_names(doc, found: list[Found]) -> None:
    """"the envoy to Ukraine Ansel Brandt": the parser runs the place a role is tied to into the name after
    it (and may call the whole an organisation). The place is cut off, and the rest is a person, when a
    title word and "to / of / for …" stand right before it and the article names the place alone elsewhere."""
    text = doc_text(doc)
    places = {f.text for f in found if f.label in ("GPE", "LOC") and len(f.text.split()) == 1}
    for f in found:
        words = f.text.split()
        if len(words) < 3 or words[0] not in places or f.tok_start < 2 \
                or doc[f.tok_start - 1].lower_ not in _ROLE_TIED_BY or doc[f.tok_start - 2].lower_ not in TITLES \
                or not all(w[:1].isupper() for w in words[1:]):
            continue
        start = f.start + f.text.index(words[1], len(words[0]))
        span = _token_span(doc, start, f.end)
        if span is not None:
            f.start, f.text, f.tok_start, f.label = start, text[start:f.end], span[0], "PERSON"


# Last words no person's name ends in: the parser's "person" is an organisation ("Ada Morrow
# Foundation") or a street or another built place ("Marvin Ave", "Vardel Dam"). Words that are also
# surnames (Church, Court, Lane) are left out.
_ORGANISATION_ENDS = frozenset("""foundation institute university college school hospital company corporation
corp inc ltd llc association society council committee department agency bureau commission center centre clinic
fund party bank trust museum library academy ministry police fire""".split())
_STREET_ENDS = frozenset("""ave avenue blvd boulevard street st rd road highway dam bridge airport station stadium
arena canal reservoir amphitheatre amphitheater pavilion""".split())  # streets and other built places


def _not_people_by_last_word(found: list[Found]) -> None:
    for f in found:
        words = f.text.split()
        if f.label == "PERSON" and len(words) > 1:
            last = words[-1].lower().rstrip(".")
            if last in _ORGANISATION_ENDS:
                f.label = "ORG"
            elif last in _STREET_ENDS:
                f.label = "FAC"


def _people_by_who(doc, found: list[Found]) -> None:
    """"Marta Linde, whose farm lies below the dam, said …": a name of two or three words the parser called
    an organisation is a person when a "who" / "whose" / "whom" clause describes it right after its comma."""
    for f in found:
        words = f.text.split()
        if f.label != "ORG" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                or words[-1].lower().rstrip(".") in _ORGANISATION_ENDS or f.tok_end + 1 >= len(doc):
            continue
        comma, rel = doc[f.tok_end], doc[f.tok_end + 1]
        if comma.text != "," or rel.lower_ not in ("who", "whose", "whom"):
            continue
        clause = rel.head if rel.lower_ != "whose" else rel.head.head  # "whose farm lies": the verb of "farm"
        if clause.dep_ == "relcl" and clause.head.i in range(f.tok_start, f.tok_end):
            f.label = "PERSON"


def _people_by_description(doc, found: list[Found]) -> None:
    """"analyst Dana Whitfield", "Dana Whitfield, a professor at …", "Olek Brand, Mara Quist and Ann Roe", or a
    full name whose surname the article gives alone as a person's: a name of two or three capitalised words the
    parser called an organisation is a person's ("Vantrell Group" or a "Lenholm University" keeps its label)."""
    from newsprism.extract.coref import given_name_genders  # coref imports this module
    alone = {f.text for f in found if f.label == "PERSON" and " " not in f.text}
    by_token = {i: f for f in found for i in range(f.tok_start, f.tok_end)}
    for f in found:
        words = f.text.split()
        if f.label != "ORG" or f.source != "ner" or not 2 <= len(words) <= 3 or not all(
                w[:1].isupper() and w[1:2].islower() and not w.endswith(("’s", "'s")) for w in words) \
                or any(w.lower().rstrip(".") in _ORGANISATION_ENDS for w in words):
            continue
        if _common_word(words[0]) and words[0].lower() not in given_name_genders():
            continue  # "Stop Voss" (a movement), "The Real Ann Roe" (a book)
        if words[-1] in alone or _described_as_a_person(doc, f) or _listed_with_people(doc, f, by_token):
            f.label = "PERSON"


def _bodies_after_a_persons_title(doc, found: list[Found]) -> None:
    """"Olek Brand, President Vantrell North America, says": a "person" after a title, in apposition to the
    person named right before its comma, is the body that person heads (an organisation), unless its first word
    is a listed given name (a list of people the parser read as appositions)."""
    from newsprism.extract.coref import given_name_genders  # coref imports this module
    by_token = {i: f for f in found for i in range(f.tok_start, f.tok_end)}
    for f in found:
        if f.label != "PERSON" or not f.titles or f.tok_end - f.tok_start < 2 or f.tok_start < 2 \
                or f.text.split()[0].lower() in given_name_genders():
            continue
        root = doc[f.tok_end - 1]
        owner = by_token.get(root.head.i) if root.dep_ == "appos" else None
        first = f.tok_start - len(f.titles)
        if owner is not None and owner is not f and owner.label == "PERSON" and owner.tok_end == first - 1 \
                and doc[owner.tok_end].text == ",":
            f.label, f.titles = "ORG", []


def _described_as_a_person(doc, f: Found) -> bool:
    """An occupation right before the name ("analyst X") or as the head of its apposition ("X, a professor")."""
    before = doc[f.tok_start - 1] if f.tok_start else None
    if before is not None and before.text.islower() and before.lower_ in OCCUPATIONS:
        return True
    return any(t.dep_ == "appos" and t.head.i in range(f.tok_start, f.tok_end) and t.text.islower()
               and t.lower_ in OCCUPATIONS for t in doc[f.tok_end:min(len(doc), f.tok_end + 5)])


def _listed_with_people(doc, f: Found, by_token: dict) -> bool:
    """A name in a list whose other names, two at least, are all persons ("X, Y and Z")."""
    root = doc[f.tok_end - 1]
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:  # the parser may read a list as appositions
        root = root.head
    members, k = [root], 0
    while k < len(members):
        members += [c for c in members[k].children if c.dep_ in ("conj", "appos")]
        k += 1
    others = {id(by_token.get(t.i)): by_token.get(t.i) for t in members if t.i not in range(f.tok_start, f.tok_end)}
    return len(others) >= 2 and all(g is not None and g.label == "PERSON" for g in others.values())


# Common nouns of places: "the town of Lenholm", "the city, Lenholm"; and the kind of a name written
# before such a noun ("Vantrell district", "the Vantrell refugee camp", "al-Vantrell school").
_PLACE_NOUNS = frozenset("""city cities town towns village villages province provinces district districts region
county state capital suburb neighborhood neighbourhood municipality regency island""".split())
_KIND_BEFORE_NOUN = {**dict.fromkeys("""city town village province district region county suburb neighborhood
neighbourhood municipality regency area""".split(), "GPE"), "camp": "LOC",
                     **dict.fromkeys("school hotel hospital jail prison terminal".split(), "FAC")}


def _places_by_noun(doc, found: list[Found]) -> None:
    """"the southern town of Lenholm", "the cities of Lenholm and Vantrell", "the Vantrell refugee camp", "the
    Al Vantrell area":
    a name the parser called a person or an organisation is a place (a school or hotel: a facility) when a
    lower-case noun of a place says so."""
    for f in found:
        if f.label not in ("PERSON", "ORG") or f.source != "ner":
            continue
        root = doc[f.tok_end - 1]
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:  # "the cities of Lenholm and Vantrell"
            first = first.head
        noun = first.head
        if first.dep_ == "appos" and noun.text.islower() and noun.lower_ in _PLACE_NOUNS:
            f.label = "GPE"  # "the second largest city, Lenholm"
        elif first.dep_ == "pobj" and noun.lower_ == "of" and noun.head.text.islower() \
                and noun.head.lower_ in _PLACE_NOUNS and noun.head.i < f.tok_start:
            f.label = "GPE"
        elif root.dep_ == "compound" and root.head.i >= f.tok_end and root.head.text.islower() \
                and root.head.lower_ in _KIND_BEFORE_NOUN:
            f.label = _KIND_BEFORE_NOUN[root.head.lower_]


# Nouns of groups: "a militia named “X”", "a group called X" name an organisation.
_GROUP_NOUNS = frozenset("""militia militias group groups organisation organization movement party faction brigade
brigades network band company firm charity union alliance coalition""".split())


def _groups_named_so(doc, found: list[Found]) -> None:
    """"A militia named “Saraya Vantrell” claimed the attack": a name right after "named" / "called" that
    names a lower-case group noun is an organisation, whatever the parser called it (a facility, a place)."""
    for f in found:
        if f.label not in ("FAC", "GPE", "LOC", "PERSON") or f.source != "ner":
            continue
        i = f.tok_start - 1
        while i >= 0 and doc[i].is_quote:
            i -= 1
        verb = doc[i] if i >= 0 else None
        if verb is not None and verb.lower_ in ("named", "called", "dubbed") and verb.head.i < verb.i \
                and verb.head.text.islower() and verb.head.lower_ in _GROUP_NOUNS:
            f.label = "ORG"


# Offices that a person holds over a body: "the head of the agency, Voss," names the head.
_HEADS_OF = frozenset("""head chief director chairman chairwoman chair president leader founder spokesman
spokeswoman spokesperson secretary minister commander governor ceo boss""".split())


def _people_named_after_their_office(doc, found: list[Found]) -> None:
    """"the head of the Lenholm Water Agency, Vantrell, was visiting": a name set off by commas after an office
    ("the spokesman, Brand,") or after the body the office heads is the office holder's, a person, though the
    parser called it a place or an organisation (an acronym there is the body's own: "the agency, IEA,")."""
    for f in found:
        if f.label not in ("GPE", "LOC", "ORG") or f.source != "ner" or not 1 <= f.tok_end - f.tok_start <= 3 \
                or f.tok_start == 0 or f.tok_end >= len(doc) or doc[f.tok_start - 1].text != "," \
                or doc[f.tok_end].text != "," or not all(t.text.istitle() for t in doc[f.tok_start:f.tok_end]):
            continue
        root = doc[f.tok_end - 1]
        if root.dep_ not in ("appos", "npadvmod") or root.head.i >= f.tok_start:
            continue
        office = root.head
        if office.pos_ == "PROPN" and office.dep_ == "pobj" and office.head.lower_ in ("of", "for", "at"):
            office = office.head.head  # "the head of the agency, Voss": past the body to its head
        if office.text.islower() and office.lower_ in _HEADS_OF:
            f.label = "PERSON"


def _teams_after_the(doc, found: list[Found]) -> None:
    """"the Browns", "the Vantrell Thunder" … "the Thunder": a one-word "person" after a lower-case "the" is a team,
    a band or a body, not a person, when it is a plural or the article writes it after a place; "the Joker" (a
    character, a nickname) stays, and so do "the Smiths" of a family named in full and "the Glass house"."""
    named = {name_key(w) for f in found if f.label == "PERSON" and len(f.text.split()) > 1 for w in f.text.split()}
    after_place = {name_key(doc[f.tok_end].text) for f in found if f.label in ("GPE", "LOC") and f.tok_end < len(doc)}
    for f in found:
        if f.label != "PERSON" or f.titles or f.tok_end - f.tok_start != 1 or f.tok_start < 1 or f.source != "ner":
            continue
        word, tok = name_key(f.text), doc[f.tok_start]
        team_like = word.endswith("s") or word in after_place
        if doc[f.tok_start - 1].text == "the" and tok.dep_ != "compound" and team_like \
                and word not in named and word.removesuffix("s") not in named:
            f.label = "ORG"


def _places_by_context(doc, found: list[Found]) -> None:
    """"in Lenholm", "Voss, Lenholm": a one-word "person" with no title is a place after "in" or after a
    place and a comma, unless the article names a person in full with that word ("trust in Whitfield")."""
    named = {name_key(w) for f in found if f.label == "PERSON" and len(f.text.split()) > 1 for w in f.text.split()}
    places_ending = {f.tok_end for f in found if f.label in ("GPE", "LOC")}
    for f in found:
        if f.label != "PERSON" or f.titles or f.tok_end - f.tok_start != 1 or name_key(f.text) in named \
                or f.tok_start < 2 or f.source != "ner":
            continue
        prev = doc[f.tok_start - 1]
        if prev.lower_ == "in" or prev.text == "," and f.tok_start - 1 in places_ending:
            f.label = "GPE"


def _people_listed_under_one_title(doc, found: list[Found]) -> None:
    """"Generals Soleimani and Al – Mohandes": a name joined to a person under a plural title is a person."""
    by_token = {i: f for f in found for i in range(f.tok_start, f.tok_end)}
    for f in found:
        if f.label == "PERSON":
            continue
        root = doc[f.tok_end - 1]
        if root.dep_ != "conj":
            continue
        head = by_token.get(root.head.i)
        if head is not None and head.label == "PERSON" and any(
                t.lower().endswith("s") and t.lower()[:-1] in TITLES for t in head.titles):
            f.label = "PERSON"
            f.titles = list(head.titles)


# Kin nouns: "<Name>'s wife" makes <Name> a person whatever the parser called it (no body has a wife).
_KIN_NOUNS = frozenset("""wife husband son daughter mother father brother sister widow widower grandson granddaughter
grandmother grandfather girlfriend boyfriend fiancé fiancée fiance fiancee stepson stepdaughter""".split())


def _kin_owners(doc, found: list[Found]) -> set[str]:
    """One-word names the article gives a relative: "<Name>’s wife", "<Name>’s eldest son"."""
    out = set()
    for f in found:
        if f.tok_end - f.tok_start != 1 or f.tok_end + 1 >= len(doc) or doc[f.tok_end].lower_ not in ("'s", "’s"):
            continue
        after = [t for t in doc[f.tok_end + 1:f.tok_end + 4] if t.is_alpha]
        noun = next((t for t in after if t.pos_ == "NOUN"), None)
        if noun is not None and noun.lower_ in _KIN_NOUNS and all(t.is_lower for t in after[:after.index(noun)]):
            out.add(name_key(f.text))
    return out


def _people_by_kin(doc, found: list[Found]) -> None:
    """A one-word name the parser called an organisation or a place is a person's where the article gives it a
    wife, a son, a sister … ("<Surname>’s wife"), all its mentions."""
    owners = _kin_owners(doc, found)
    for f in found:
        if f.label in ("ORG", "GPE", "LOC", "FAC") and f.source == "ner" and f.tok_end - f.tok_start == 1 \
                and name_key(f.text) in owners:
            f.label = "PERSON"


def _harmonise_labels(found: list[Found]) -> None:
    """One label per name within an article: persons' surnames stay persons, and so does the given name of
    the one person the article names in full with it where the parser said organisation; otherwise the
    majority."""
    surnames = {}
    for f in found:
        if f.label == "PERSON" and len(f.text.split()) > 1:
            surnames[person_parts(f.text)[1]] = f
    given = Counter(person_parts(name)[0][0] for name in {f.text for f in found if f.label == "PERSON"
                                                           and len(f.text.split()) > 1 and person_parts(f.text)[0]})
    for f in found:
        word = person_parts(f.text)[1]
        if f.label == "ORG" and len(f.text.split()) == 1 and f.source == "ner" and given[word] == 1 \
                and word not in surnames:
            f.label = "PERSON"  # "Yara wrote": the given name of the one person named in full with it
    votes: dict[str, Counter] = {}
    for f in found:
        votes.setdefault(name_key(f.text), Counter())[f.label] += 1
    for f in found:
        key = name_key(f.text)
        if len(f.text.split()) == 1 and f.source == "ner":
            # a named person's surname stays a person's, however often the parser called it otherwise
            if person_parts(f.text)[1] in surnames and f.label in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
                f.label = "PERSON"
                continue
        label, n = votes[key].most_common(1)[0]
        if n > votes[key][f.label]:
            f.label = label
