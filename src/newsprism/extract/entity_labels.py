"""Which kind of name each mention is, decided by its context within the article (`relabel`, in place).

Labels are made consistent within the article: a later "Whitfield" the parser called ORG is a PERSON when the
article named "Dana Whitfield"; a named person's surname is a person's however often the parser said otherwise,
and so is a one-word name the article gives a wife, a son … ("Voss’s wife"). A name the parser ran on into the
words of a title-case headline is cut back to a name of its kind the article gives elsewhere; a "person" whose name
ends in "Foundation", "Police" or "Ave" / "Drive" is an organisation or a street, one ending in a figure a model
("Vantrell 3", an organisation); a name a lower-case place noun describes
("the town of X", "the cities of X and Y", "X district", "the X refugee camp", "X school") is a place or facility,
and so is a name before a lower-case "hospital", "jail", "prison" or "terminal".

After a comma, a US state's code is a place and so is the name before it ("Lenholm, OH"); a credential after a
person ("Ann Roe, MD") is nothing. An outlet tagged by its first words ("The Lenholm Reporter" as "Lenholm") is
the whole outlet; social networks are organisations; a one-word "person" after "the" that is a plural or follows a
place elsewhere ("the Thunder") is a team, and so is a "person" of more words ending in that plural ("the
Vantrell Hawks" … "the Hawks"). A line's first name in capitals before a comma and a place is a dateline's town ("LENHOLM, S.C."); a full
name the parser called an organisation is a person's after an occupation ("analyst Ann Roe"), with one in
apposition, in a list of persons, or when the article gives its surname alone as a person's. A "person" after a
title in apposition to the person just named ("Olek Brand, President Vantrell North America") is the body that
person heads; a name after a group noun and "named" / "called" ("a militia named “X”") is an organisation. A
one-word "person" after "in" or after a place and a comma ("in Lenholm", "Voss, Lenholm") is a place unless the
article names a person in full with it.
"""
from __future__ import annotations

import re
from collections import Counter

from newsprism.clean.metadata import OUTLET_NAME_WORDS
from newsprism.extract.coref import given_name_genders
from newsprism.extract.mentions import Found, doc_text, token_span
from newsprism.extract.names import OCCUPATIONS, TITLES, common_word, name_key, person_parts


def relabel(doc, found: list[Found]) -> None:
    """Each mention's label decided by its context, in place (the order matters: later passes read earlier ones)."""
    _codes_after_a_comma(doc, found)
    _datelines(doc_text(doc), found)
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
        elif {last, last.removesuffix("s")} & (ORGANISATION_ENDS | PLACE_NOUNS | {"association"}):
            continue  # "Lenholm County", "Vantrell Students' Association": the whole is the name
        else:  # a name of the same kind ("New Orleans" is no cut of the team "New Orleans Saints"), or a person's
            known = {name_key(o.text) for o in others if len(o.text.split()) >= 2 and o.label in (f.label, "PERSON")}
            alone = set()
        for k in range(len(words) - 1, 1, -1):
            if name_key(" ".join(words[:k])) in known or name_key(words[k - 1]) in alone:
                end = f.start + list(re.finditer(r"\S+", f.text))[k - 1].end()
                end -= len(text[f.start:end]) - len(text[f.start:end].rstrip(",;:"))  # "Awards, Plus …"
                span = token_span(doc, f.start, end)
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
        span = token_span(doc, start, f.end)
        if span is not None:
            f.start, f.text, f.tok_start, f.label = start, text[start:f.end], span[0], "PERSON"


# Last words no person's name ends in: the parser's "person" is an organisation ("Ada Morrow
# Foundation") or a street or another built place ("Marvin Ave", "Vardel Dam"). Words that are also
# surnames (Church, Court, Lane) are left out.
ORGANISATION_ENDS = frozenset("""foundation institute university college school hospital company corporation
corp inc ltd llc association society council committee department agency bureau commission center centre clinic
fund party bank trust museum library academy ministry police fire""".split())
STREET_ENDS = frozenset("""ave avenue blvd boulevard street st rd road drive lane highway dam bridge airport station
stadium arena canal reservoir amphitheatre amphitheater pavilion""".split())  # streets and other built places


def _not_people_by_last_word(found: list[Found]) -> None:
    for f in found:
        words = f.text.split()
        if f.label == "PERSON" and len(words) > 1:
            last = words[-1].lower().rstrip(".")
            if last in ORGANISATION_ENDS:
                f.label = "ORG"
            elif last in STREET_ENDS:
                f.label = "FAC"
            elif last.isdigit():
                f.label = "ORG"  # "Vantrell 3": a model's number; no person's name ends in a figure


def _people_by_who(doc, found: list[Found]) -> None:
    """"Marta Linde, whose farm lies below the dam, said …": a name of two or three words the parser called
    an organisation is a person when a "who" / "whose" / "whom" clause describes it right after its comma."""
    for f in found:
        words = f.text.split()
        if f.label != "ORG" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
                or words[-1].lower().rstrip(".") in ORGANISATION_ENDS or f.tok_end + 1 >= len(doc):
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
    alone = {f.text for f in found if f.label == "PERSON" and " " not in f.text}
    by_token = {i: f for f in found for i in range(f.tok_start, f.tok_end)}
    for f in found:
        words = f.text.split()
        if f.label != "ORG" or f.source != "ner" or not 2 <= len(words) <= 3 or not all(
                w[:1].isupper() and w[1:2].islower() and not w.endswith(("’s", "'s")) for w in words) \
                or any(w.lower().rstrip(".") in ORGANISATION_ENDS for w in words):
            continue
        if common_word(words[0]) and words[0].lower() not in given_name_genders():
            continue  # "Stop Voss" (a movement), "The Real Ann Roe" (a book)
        if words[-1] in alone or _described_as_a_person(doc, f) or _listed_with_people(doc, f, by_token):
            f.label = "PERSON"


def _bodies_after_a_persons_title(doc, found: list[Found]) -> None:
    """"Olek Brand, President Vantrell North America, says": a "person" after a title, in apposition to the
    person named right before its comma, is the body that person heads (an organisation), unless its first word
    is a listed given name (a list of people the parser read as appositions)."""
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
PLACE_NOUNS = frozenset("""city cities town towns village villages province provinces district districts region
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
        if first.dep_ == "appos" and noun.text.islower() and noun.lower_ in PLACE_NOUNS:
            f.label = "GPE"  # "the second largest city, Lenholm"
        elif first.dep_ == "pobj" and noun.lower_ == "of" and noun.head.text.islower() \
                and noun.head.lower_ in PLACE_NOUNS and noun.head.i < f.tok_start:
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
    character, a nickname) stays, and so do "the Smiths" of a family named in full and "the Glass house". A "person"
    of more words ending in such a plural is the team too ("Vantrell Hawks" … "the Hawks")."""
    _full_team_names(doc, found)
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


def _full_team_names(doc, found: list[Found]) -> None:
    """"Vantrell Hawks" the parser called a person is a team when the article also writes "the Hawks" alone (a
    plural after a lower-case "the", not before a noun: "the Williams sisters" are people)."""
    after_the = {name_key(f.text) for f in found if f.tok_end - f.tok_start == 1 and f.tok_start >= 1
                 and doc[f.tok_start - 1].text == "the" and doc[f.tok_start].dep_ != "compound"}
    for f in found:
        if f.label != "PERSON" or f.titles or f.tok_end - f.tok_start < 2 or f.source != "ner":
            continue
        last = name_key(doc[f.tok_end - 1].text)
        if last.endswith("s") and not last.endswith("ss") and last in after_the:
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
    """"Generals Voss and Al – Brennick": a name joined to a person under a plural title is a person."""
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
