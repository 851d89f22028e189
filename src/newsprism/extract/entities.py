"""Entity mentions of one article: the parser's named entities, tidied, plus names from the alias file
the parser missed ("Daesh", "Islamic state"); what is no name is left out, and each mention's label is then
decided by its context (`entity_labels.relabel`).

Tidying: a leading "the", titles ("General", "Maj. Gen.") and occupations ("Lawyer Mark Tennant") are
left out of a person's name (they become descriptors), possessives and stray punctuation are cut, and a
line break or bracket inside a name ends it ("VRT)-- Lenholm Council" → "Lenholm Council"). A name the parser cut after a
joining word it kept ("Global Coalition to" + "Defeat Lenholm") is one name; a name never ends in such a
lower-case word.

A name the parser called an organisation that begins with "Mr", "Mrs" or "Ms" is a person's, the title a
descriptor; so is a prosecutor's office written short before a name ("ADA Voss", "DA Voss", "Deputy D. A. Ann
Roe"; "D. A." before one word only after a title, else it may be initials) and a rank before the last two
words of an "organisation" ("Homicide Detective Mark Tennant"); a title of address ends no name ("Following
Mr" + "Voss's death"); a person's name ends at a
possessive ("Ann Roe's Golden Touch" is a salon named after her), and an outlet's or an organisation's possessive
before a person's name ends the organisation ("NPR’s Ann Roe": two names); two names joined by "and" before a
plural noun are two ("Lenholm Times and Vantrell Review magazines"); a one-word organisation that is the
given name of the one person the article names in full with it is that person's given name. A name the parser
ran over a list's commas ("Tennant, Quist") is the list's names ("Vantrell, Inc." and "Roe, Quist & Brand" stay
whole); an owner's possessive begins no name ("group’s Vantrell network") and a person's name ends before a year
after its possessive ("Voss’s 2016 campaign"). A lone "@" ends a name (a tour line's "OH @ Vantrell Arena" is
the venue), and so does a handle ("Twitter @voss"). A lower-case word opening a name ("older Vantrell Pro") or a
clause's "that" ending one ("Lenholm Press that") is no part of it; a credit's "Role_Given Family" names the
person after the underscore ("Composer_Mara Quist"). A sports position code is no name ("| LB |"), and before a
player's name it is a descriptor ("Lenholm WR Olek Brand" is the team and the player).

Not names: a word with no capital ("fed them", though the alias file knows "Fed"), a title alone ("Lt Col"), times
and time zones ("8.49pm", "2045 GMT"), eras ("165 BC"), a "person" with a figure glued to
letters ("DDR3", a model), a post box ("P.O. Box 1234"), a one-word "person" opening a sentence as its subject
that the article writes in lower case elsewhere ("Kelp was licensed"), an acronym of a common noun used
as one ("a CCTV operator", "signed an NDA", "AI technology", "128GB", "USB-C"), a line of capitals alone between
paragraphs (a section's heading: "UP NEXT"), a common noun capitalised by a line's or a label's style ("Riot
police", "wide Color", "| Player |") that the article writes in lower case elsewhere, and a common word the parser
took for an organisation where
capitals do not mark a name: the office in a title ("Secretary of State", "Director of Operations") or a
sentence's first word ("Windows were blown out", "Bank personnel said") that the article never capitalises
elsewhere; nor an abbreviated rank
between a title and a name ("Col. Inf. Ann Roe").
"""
from __future__ import annotations

import re

from newsprism.extract.coref import given_name_genders
from newsprism.extract.entity_labels import ORGANISATION_ENDS, PLACE_NOUNS, STREET_ENDS, relabel
from newsprism.extract.lexicon import alias_index, alias_pattern, is_media
from newsprism.extract.mentions import LABELS, Found, doc_text, token_span
from newsprism.extract.names import OCCUPATIONS, PARTICLES, TITLES, common_word, name_key

_BREAKS = re.compile(r"\n|\)|\(|--|—|\||:|;|\s-\s|\"|“|”")


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
        if _BREAKS.search(t.text) or t.text == "@" or (t.is_space and "\n" in t.text) or "\n" in t.text \
                or t.text[:1] == "@" and len(tokens) > 1:
            # "@" alone: a tour line's "<ST> @ <Venue>"; a handle after a name ("Twitter @voss") is no part of it
            pieces.append([])
        else:
            pieces[-1].append(t)
    pieces = [p for p in pieces if any(t.text[:1].isupper() or t.text[:1].isdigit() for t in p)]
    if not pieces:
        return None
    tokens = max(pieces, key=lambda p: (sum(1 for t in p if t.text[:1].isupper()), p[0].i))
    tokens = _before_aside(tokens)
    owned = tokens[0].lower_ in ("'s", "’s")  # "group’s Haqqani network": the owner's possessive begins no name
    while tokens and (tokens[0].lower_ in ("the", "a", "an", "'s", "’s") or tokens[0].is_punct or tokens[0].is_space
                      or len(tokens) > 1 and _lower_word_before_name(tokens[0])):
        tokens = tokens[1:]
    if owned and len(tokens) == 1 and common_word(tokens[0].text):
        return None  # "Editor’s Note": a common word after an owner's possessive
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space
                      or tokens[-1].lower_ in ("'s", "’s")
                      or (tokens[-1].text in _OPEN_ENDS or tokens[-1].text in _CLAUSE_WORDS) and len(tokens) > 1):
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
        if len(tokens) == 1 and common_word(tokens[0].text):
            return None
    if not tokens:
        return None
    tokens, start, role = _after_underscore(doc, tokens)
    if role.lower() in OCCUPATIONS or role.lower() in TITLES:
        label, titles = "PERSON", [role]  # "Composer_Mara Quist": a credit's person
    end = tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(doc)[start:end]
    if not re.search(r"[A-Za-z]", text) or len(text) < 2:
        return None
    if text.lower().rstrip(".") in _ABBREVIATED_TITLES:
        return None  # a title alone ("Msgr.", "Lt Col") names nobody; "King" after "Mr." is a name
    return Found(start, end, text, label, tokens[0].i, tokens[-1].i + 1, titles=titles)


_PARTICLES_IN_NAMES = _NAME_PARTICLES | PARTICLES


def _lower_word_before_name(t) -> bool:
    """"older Vantrell Pro", "hunt Voss": a lower-case word the parser ran into a name (not a particle: "de Roe")."""
    return t.is_alpha and t.text.islower() and t.whitespace_ and t.lower_ not in _PARTICLES_IN_NAMES


def _after_underscore(doc, tokens: list) -> tuple[list, int, str]:
    """A credit list's "Role_Given Family" glued by an underscore: the name is what follows the underscore,
    whether the parser kept the role ("Art Director_Voss Dana" → "Voss Dana") or left the word out ("Quist Ann"
    of "Composer_Mara Quist Ann" → "Mara Quist Ann"). The tokens, the name's first character and the role."""
    glued = [k for k, t in enumerate(tokens) if "_" in t.text]
    if glued:
        t = tokens[glued[-1]]
        role, tail = t.text.rsplit("_", 1)
        if tail[:1].isupper():
            return tokens[glued[-1]:], t.idx + len(role) + 1, role
        return tokens, tokens[0].idx, ""
    prev = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if prev is not None and "_" in prev.text and prev.whitespace_:
        role, tail = prev.text.rsplit("_", 1)
        if tail[:1].isupper() and tail.isalpha():
            return [prev] + tokens, prev.idx + len(role) + 1, role
    return tokens, tokens[0].idx, ""


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
        and tokens[-1].lower_ not in ORGANISATION_ENDS | STREET_ENDS | PLACE_NOUNS | {"office"}


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
# Words that begin the clause after a name ("told the Vantrell Post that …"): no part of the name.
_CLAUSE_WORDS = frozenset("that which who whom whose".split())


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
    """Title words right before a person's name ("Lenholm Council Secretary-General Dana Whitfield")."""
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
        span = token_span(doc, m.start(), m.end())
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
    relabel(doc, found)
    return found


_TIME = re.compile(r"\d{1,2}(?:[.:]\s?\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2}", re.I)
_GLUED_FIGURE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_POST_BOX = re.compile(r"P\.?\s?O\.?\s?Box\b", re.I)
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
    if _POST_BOX.match(text):
        return True  # "P.O. Box 1234": an address
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
    if f.label != "ORG" or not text.istitle() or not common_word(text):
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
            or any(t.lower_ in ORGANISATION_ENDS for t in pieces[0]):  # "University of Lenholm, Vantrell": a campus
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
    # "Kelp was licensed": a sentence's subject the parser took for a person, no given name
    opens_as_subject = opens and f.label == "PERSON" and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.lower_ not in given_name_genders()
    if not (modifies_lower or modified_by_lower or opens_as_subject or _alone_in_table_cell(text, f)):
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
