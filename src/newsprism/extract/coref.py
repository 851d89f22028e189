"""Within one article: which mention a later, shorter reference means.

- Surname references: "Stoltenberg" → "Jens Stoltenberg" when exactly one person named earlier in the
  article (or later, for a headline-style early surname) carries that surname; two people sharing it
  leave the reference unlinked rather than guess.
- Given-name references: "Lindsay" → "Lindsay Vale" when she is the only person the article names in
  full with that given name, and nobody's surname is that word.
- Acronyms defined in text: "North Atlantic Treaty Organization (NATO)" ties every "NATO" to the expansion,
  also the uses the parser did not tag ("Lenholm Front (LF) … LF fighters"), but not among words set in
  capitals.
  An acronym never defined in brackets ties to the one name of an organisation or place in the same
  article with those initials ("Lenholm State Police" … "LSP"); two such names, or an alias-file
  acronym, leave it alone, and other articles never join by initials alone.
- Title references: "the secretary-general" → the person introduced with that title.
- Title references also by a common noun given with the name: "league commissioner Ann Lee" → "the
  commissioner"; not inside quoted words, where "the surgeon" is as often someone else the speaker means;
  not when "a / an <noun>" brought in someone new since ("… a man walked up. X asked the man"); nor the noun
  of a phrase opening the sentence that the parser took the name after its comma to stand in apposition to
  ("After the hearing, Voss, 43, was held": "the hearing" is no one).
- Pronouns (for quote speakers): the fitting name before the pronoun, preferring the speaker of the previous
  quote, then main-clause subjects over objects, list members and names inside quoted words. "Fitting" uses
  what the article itself says: he/she against titles and gendered nouns by the name, then a given name
  that is overwhelmingly a man's or a woman's (data/given_names.tsv), then an unambiguous his/her near
  the name (which may be another person's) or the he/she subject of what the person said ("Voss said he
  asked …"); unknown gender fits both. They/we/it are never a news
  outlet unless it reports, and a place only as "it" acting as a government. A pronoun after an unnamed
  subject ("The girl's mother …. She said") stays unresolved unless that noun was given with a name; the
  writer's own I/we outside quotation marks stays unresolved.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsprism.extract.cues import UTTERANCE_VERBS
from newsprism.extract.lexicon import is_media
from newsprism.extract.mentions import Found, doc_text, sentence_bounds, token_lowers
from newsprism.extract.names import (TITLES, acronym_of, bare_surname, is_acronym, name_key, person_parts,
                                     same_person, surname_forms, translit_key, words_of)

# Words of titles that alone name no office ("Secretary of State" → "the state" is not the secretary).
_NOT_A_TITLE_NOUN = frozenset("""state former late foreign defense defence interior finance first crown deputy vice
chief leader official officials lady""".split())
_DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)")


def canonical(f: Found) -> str:
    return f.refers_to or f.text


def link_within_article(doc, found: list[Found]) -> list[Found]:
    """Fill refers_to / reason on the mentions; returns them with any title references added."""
    defined = _acronyms(doc_text(doc), found)
    _surnames(found)
    _given_names(found)
    found = found + _title_references(doc, found) + _untagged_acronyms(doc, found, defined)
    found.sort(key=lambda f: (f.start, f.end))
    return found


def _acronyms(text: str, found: list[Found]) -> dict[str, Found]:
    """Tie each use of an acronym defined in brackets to its expansion; returns acronym → expansion."""
    by_end = {}
    for f in found:
        by_end.setdefault(f.end, f)
    defined: dict[str, Found] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        # The expansion is the mention that ends just before the bracket.
        before = text[:m.start()].rstrip()
        expansion = by_end.get(len(before))
        if expansion is None:
            continue
        if acronym_of(expansion.text).replace(".", "") == acr.replace(".", ""):
            defined[name_key(acr)] = expansion
    for f in found:
        key = name_key(f.text)
        if key in defined and f.refers_to is None and f.text != defined[key].text:
            f.refers_to, f.reason = defined[key].text, "acronym defined in text"
    _initials_in_article(found)
    written = {m.group(1) for m in _DEFINED_ACRONYM.finditer(text)}
    return {acr: defined[name_key(acr)] for acr in written if name_key(acr) in defined}


def _untagged_acronyms(doc, found: list[Found], defined: dict[str, Found]) -> list[Found]:
    """"Lenholm Front (LF) … LF fighters": uses of an acronym the article defined in brackets that the parser
    did not tag (short acronyms like "IS" often go untagged) are mentions of the expansion; not among words
    set in capitals ("WHAT IS NEXT")."""
    text = doc_text(doc)
    out = []
    for acr, expansion in defined.items():
        for m in re.finditer(r"(?<![\w.])" + re.escape(acr) + r"(?![\w])", text):
            if any(f.start < m.end() and m.start() < f.end for f in found + out):
                continue
            around = text[max(0, m.start() - 30):m.start()].split()[-1:] + text[m.end():m.end() + 30].split()[:1]
            if any(w.strip("'\"“”‘’,.:;()").isupper() and len(w.strip("'\"“”‘’,.:;()")) > 1 for w in around):
                continue
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            out.append(Found(m.start(), m.end(), acr, expansion.label, span.start, span.end, source="acronym",
                             refers_to=expansion.text, reason="acronym defined in text"))
    return out


def _initials_in_article(found: list[Found]) -> None:
    """"LSP" in an article that also names "Lenholm State Police" (never in brackets) is that name, when it
    is the article's only organisation or place name with those initials; an alias-file acronym ("UN")
    keeps its meaning."""
    from newsprism.extract.lexicon import alias_index

    names: dict[str, set[str]] = {}  # initials → the name keys carrying them
    written: dict[str, str] = {}
    for f in found:
        if f.label not in ("PERSON", "NORP") and len(words_of(f.text)) >= 2 and not is_acronym(f.text):
            initials = acronym_of(f.text)
            if len(initials) >= 2:
                names.setdefault(initials, set()).add(name_key(f.text))
                written.setdefault(name_key(f.text), f.text)
    aliases = alias_index(None)
    for f in found:
        if f.refers_to is not None or f.label in ("PERSON", "NORP") or not is_acronym(f.text):
            continue
        keys = names.get(f.text.replace(".", ""), set())
        if len(keys) == 1 and name_key(f.text) not in aliases:
            f.refers_to, f.reason = written[next(iter(keys))], "acronym of a name in the same article"


def _surnames(found: list[Found]) -> None:
    full: dict[str, set[str]] = {}
    for f in found:
        if f.label != "PERSON":
            continue
        given, surname = person_parts(f.text)
        if given and surname:
            for form in surname_forms(surname):  # "Beethoven" for "Ludwig van Beethoven"
                full.setdefault(translit_key(form), set()).add(f.text)
    for f in found:
        if f.label != "PERSON" or f.refers_to:
            continue
        surname = bare_surname(f.text)
        if surname is None:
            continue
        names = full.get(translit_key(surname), set())
        target = _one_person(names)
        if target is not None:
            f.refers_to, f.reason = target, "surname reference"


def _one_person(names: set[str]) -> str | None:
    """The longest of these full names when they are all one person's ("Mark Jay Tennant", "Mark
    Tennant"); None when they are several people's: the text does not say which one is meant."""
    if not names:
        return None
    longest = min(names, key=lambda n: (-len(n), n))
    return longest if all(same_person(n, longest) for n in names) else None


def _given_names(found: list[Found]) -> None:
    """"Lindsay" for "Lindsay Vale": a lone given name the article gives in full for exactly one person
    (and not as anybody's surname or as another kind of name) is that person."""
    full: dict[str, set[str]] = {}
    taken = set()  # surnames, and words the article also uses as another kind of name ("Browns" the team)
    for f in found:
        if f.label == "PERSON":
            given, surname = person_parts(f.text)
            if given and surname and not re.search(r"\d", f.text):  # "Thunderbolt 3" is nobody's name
                full.setdefault(given[0], set()).add(f.text)
                taken.add(surname)
        elif len(words_of(f.text)) == 1:
            word = words_of(f.text)[0]
            taken.update((word, word.removesuffix("s")))  # "the Oscars": an "Oscar" is the award
    for f in found:
        if f.label != "PERSON" or f.refers_to or len(words_of(f.text)) != 1 or f.titles:
            continue
        word = words_of(f.text)[0]
        target = _one_person(full.get(word, set())) if word not in taken else None
        if target is not None:
            f.refers_to, f.reason = target, "given-name reference"


def _title_references(doc, found: list[Found]) -> list[Found]:
    """"the secretary-general" after "NATO Secretary-General Jens Stoltenberg"."""
    roles = {id(f): _role_words(doc, f) for f in found if f.label == "PERSON"}
    styled = {id(f): _title_before(doc, f) for f in found if f.label == "PERSON"}
    people = [f for f in found if f.label == "PERSON" and (f.titles or roles[id(f)] or styled[id(f)])]
    if not people:
        return []
    role_vocab = set().union(*roles.values(), *(t.split() for t in styled.values()))
    taken = {i for f in found for i in range(f.tok_start, f.tok_end)}
    out = []
    for i, word in enumerate(token_lowers(doc)):
        if word != "the" or i + 1 >= len(doc):
            continue
        tok = doc[i]
        # "the secretary-general", "the general": the title words up to the noun's end.
        j = tok.i + 1
        words = []
        while j < len(doc) and (doc[j].lower_.rstrip(".") in TITLES or doc[j].lower_ in role_vocab
                                or (doc[j].text == "-" and words)) \
                and doc[j].pos_ != "PROPN" and j not in taken:
            words.append(doc[j].lower_)
            j += 1
        if not words or words[-1] == "-" or words[-1] in _NOT_A_TITLE_NOUN \
                or (j < len(doc) and doc[j].pos_ in ("PROPN", "NOUN")):
            continue  # "the state", "the former": a word of a title, not a title
        title = "".join(w if w == "-" else " " + w for w in words).strip().replace(" -", "-").replace("- ", "-")
        start = doc[tok.i].idx
        if not any(w.rstrip(".") in TITLES for w in words) and _in_quotes(doc, start):
            continue  # quoted words' "the surgeon" is anyone's (the speaker's own role word, often someone else)
        before = [p for p in people if p.end <= start
                  and (_has_title(p, title, roles[id(p)]) or _styled_as(title, styled[id(p)]))]
        if not before:
            continue
        target = before[-1]
        who = canonical(target)
        if any(canonical(p) != who for p in before):
            continue  # two people with that title: ambiguous
        if _introduced_since(doc, words[-1], target.tok_end, tok.i):
            continue  # "… a man walked up. X asked the man": the man just introduced, not the one named
        end = doc[j - 1].idx + len(doc[j - 1].text)
        out.append(Found(start, end, doc_text(doc)[start:end], "PERSON", tok.i, j, source="title",
                         refers_to=who, reason="title reference"))
    return out


def _title_before(doc, person: Found) -> str:
    """The whole capitalised title right before a name, lower-cased ("Deputy Attorney General Ann Roe" → "deputy
    attorney general"; a later "the deputy attorney general" is her, though "attorney" alone is no title), or ""."""
    i = person.tok_start - 1
    while i >= 0 and person.tok_start - i <= 4 and doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "NOUN") \
            and i < doc[i].head.i < person.tok_end:  # (each word hangs on a later one of the title or name)
        i -= 1
    words = [t.lower_ for t in doc[i + 1:person.tok_start]]
    return " ".join(words) if len(words) >= 2 and words[-1].rstrip(".") in TITLES else ""


def _styled_as(title: str, styled: str) -> bool:
    """"the deputy attorney general" for "Deputy Attorney General …", "the surgeon general" for "U.S. Surgeon
    General …"; not "the attorney general" for a deputy (a word of rank dropped)."""
    words, want = styled.split(), title.split()
    return len(want) >= 2 and words[-len(want):] == want and not any(
        w.rstrip(".") in TITLES or w in _NOT_A_TITLE_NOUN for w in words[:-len(want)])


def _introduced_since(doc, noun: str, start: int, stop: int) -> bool:
    """Does "a / an / another … <noun>" (no apposition or predicate of a name) bring in someone new between
    these tokens?"""
    return any(t.lower_ == noun and t.dep_ not in ("appos", "attr") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children) for t in doc[start:stop])


def _has_title(person: Found, title: str, roles: set[str] = frozenset()) -> bool:
    if all(w in roles for w in title.split()):
        return True  # "league commissioner Ann Lee" → "the commissioner"
    have = " ".join(t.lower() for t in person.titles).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return bool(have) and (have.endswith(title) or title in have.split() or title == have)


def _role_words(doc, person: Found) -> set[str]:
    """Common nouns that describe a person where the name is given: right before it ("league commissioner
    Ann Lee") or in apposition ("Ann Lee, the commissioner"), with the time word before such a noun ("Ann
    Lee, the former commissioner": a later "the former commissioner" is her, "the commissioner" too)."""
    out = set()
    i = person.tok_start - 1
    while i >= 0 and (doc[i].pos_ == "NOUN" and doc[i].tag_ != "NNS" or _AGE.fullmatch(doc[i].lower_)) \
            and person.tok_start <= doc[i].head.i < person.tok_end:  # "the researchers Voss and Roe": both
        out.add(doc[i].lower_)
        i -= 1
    nouns = _appositions(doc, person)
    out.update(nouns)
    head = doc[person.tok_end - 1]
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            out.update(m.lower_ for m in c.children if m.dep_ == "amod" and m.lower_ in _TIME_OF_ROLE
                       or _AGE.fullmatch(m.lower_))  # "Ann Lee, a 34-year-old teacher"
        elif c.dep_ in ("appos", "npadvmod", "amod") and c.i > head.i and re.fullmatch(r"\d{1,3}", c.text):
            out.add(f"{c.text}-year-old")  # "Ann Lee, 34, …": a later "the 34-year-old" is her
    return out - (_NOT_A_TITLE_NOUN - _TIME_OF_ROLE)


_AGE = re.compile(r"\d{1,3}-year-old")


# Words that date a role: "the former mayor" is the person an apposition called so, not the mayor in office.
_TIME_OF_ROLE = frozenset({"former", "outgoing", "interim", "acting"})


# ---------------------------------------------------------------- pronouns

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
THING_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Evidence of a person's gender in the article itself: titles, and nouns next to or in apposition to the name.
_TITLE_GENDER = {**dict.fromkeys("mr sir lord king prince".split(), "m"),
                 **dict.fromkeys("mrs ms miss lady dame madam madame queen princess".split(), "f")}
_NOUN_GENDER = {**dict.fromkeys("""man boy father husband son brother grandfather uncle nephew boyfriend groom
widower dad stepfather king prince duke emperor gentleman congressman businessman policeman""".split(), "m"),
                **dict.fromkeys("""woman girl mother wife daughter sister grandmother aunt niece girlfriend bride
widow mum mom stepmother actress queen princess duchess empress lady congresswoman businesswoman policewoman
spokeswoman chairwoman waitress""".split(), "f")}
# Common nouns that name a person ("the teacher said"): a he/she after one of these means that person,
# not a name further back.
PERSON_NOUNS = frozenset("""teacher student pupil officer official spokesperson fighter soldier doctor nurse
driver owner lawyer attorney witness victim suspect parent child toddler baby teenager resident neighbour neighbor
friend lover partner patient worker employee manager boss player coach fan singer star user customer passenger
pilot farmer priest survivor journalist reporter editor author writer director founder ceo executive expert
researcher scientist professor commissioner chief leader president minister secretary spokesman chairman
militant gunman attacker jihadist rebel protester activist guard prisoner inmate hostage captive analyst
correspondent photographer candidate voter citizen""".split()) | frozenset(_NOUN_GENDER) | (TITLES - _NOT_A_TITLE_NOUN)
# Verbs by which an outlet itself speaks ("it reported"), so a pronoun may stand for the outlet.
_REPORTING = frozenset("report write publish say cite quote claim reveal add tell".split())


def mention_at(found: list[Found], token_index: int) -> Found | None:
    for f in found:
        if f.tok_start <= token_index < f.tok_end:
            return f
    return None


def antecedent(doc, tok, found: list[Found], last_speaker: Found | None = None) -> Found | None:
    """The named mention a pronoun stands for, or None when the text does not make it clear."""
    low = tok.lower_
    if low in RELATIVE_PRONOUNS:
        # "Trump, who said ...": the relative clause hangs on the noun it describes.
        noun = relative_noun(tok, found)
        if noun is not None:
            return mention_at(found, noun.i)
        return None
    if low in _FIRST_PERSON and not _quoted_paragraph(doc, tok.idx):
        return None  # the writer's own "I" / "we": no one named in the text
    if low in PERSON_PRONOUNS:
        labels = ("PERSON",)
    elif low in THING_PRONOUNS:
        labels = ("ORG", "GPE")
    elif low in GROUP_PRONOUNS:
        labels = ("ORG", "NORP")
    else:
        return None
    start = tok.idx
    window_start = _window_start(doc, tok)
    before = [f for f in found + _bare_surnames(doc, found, window_start, tok.i)
              if f.end <= start and f.label in labels and f.tok_start >= window_start and _fits(doc, tok, f, found)]
    before.sort(key=lambda f: f.start)
    fronted = _person_of_fronted_clause(tok, before)
    if fronted is not None:
        return fronted
    best = None
    if last_speaker is not None and last_speaker.label in labels and last_speaker.end <= start \
            and _fits(doc, tok, last_speaker, found):
        # "…," he added: the previous speaker goes on unless someone else has since been a subject (for a
        # group or thing, named at all outside quoted words: "… murdered by ISIS …, during which they …").
        needed = 2 if low in PERSON_PRONOUNS else 1
        between = [f for f in before if f.start > last_speaker.start and canonical(f) != canonical(last_speaker)
                   and _salience(doc, f) >= needed]
        if not between:
            best = last_speaker
    if best is None and before:
        # Main-clause subjects outside quoted words first, then other subjects, then any mention.
        best = max(before, key=lambda f: (_salience(doc, f), f.start))
    after = _last_seen(doc, best, found, tok.i) if best is not None else -1
    if best is last_speaker and best is not None and low in ("he", "she"):
        # "…, according to Commissioner Voss. He says …": the source spoke there, though maybe not as a
        # main-clause subject ("X told him …. They got him to …": "him" is no speaker going on)
        after = max(after, best.end)
    after = max(after, doc[window_start].idx)
    chain = _same_pronoun_subject(doc, tok, after)
    subject = _unnamed_subject_between(doc, tok, after, found)
    if chain is not None and (subject is None or chain.i > subject.i):
        # "She searched …. "…," she said": the same pronoun as a subject since stands for the same one.
        return antecedent(doc, chain, found, last_speaker)
    if subject is not None:
        # "The girl's mother visited …. She said": the pronoun means the person (or group) that subject
        # describes, named only if the text ties the description to a name.
        return _named_by(doc, subject, tok, found)
    return best


# Concessions: "While X …, she said …" sets two sides of the same one ("If X …, he said …" names someone else
# as often: tried on the corpora, "if" gave the subject of a condition as the speaker).
_FRONTED_MARKS = frozenset("While Although Though".split())


def _person_of_fronted_clause(tok, before: list[Found]) -> Found | None:
    """"While the plan did not suit Mara Quist, a health officer, she said …": the one person named in a
    concession opening the sentence is the he / she subject of its main clause after the comma, whoever spoke
    before. (Read on the words, not the parse: a quoted slogan inside the clause breaks the parse up.)"""
    doc = tok.doc
    if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" \
            or tok.i == 0 or doc[tok.i - 1].text != ",":
        return None
    for k in range(tok.i - 2, max(-1, tok.i - 45), -1):
        if "\n" in doc[k].text:
            return None
        if doc[k].text in _FRONTED_MARKS and (k == 0 or doc[k - 1].text in (".", "!", "?") or "\n" in doc[k - 1].text):
            inside = [f for f in before if f.tok_start > k and f.label == "PERSON"]
            return inside[-1] if len({canonical(f) for f in inside}) == 1 else None
    return None


# Words that introduce members of the noun before them ("banks including X", "groups such as Y")
_LISTING = frozenset("including like among notably especially as".split())


def relative_noun(pron, found: list[Found]):
    """The noun a relative pronoun stands for: the one its clause hangs on, unless the parser hung the
    clause on the head of a longer phrase while the noun right before the pronoun is meant: a named member
    of a list ("banks including Vantrell, which forecast …"), or for "who" the doers in a by- or from-phrase
    of a noun that is no person ("complaints lodged by residents who said …")."""
    verb = pron.head
    if verb.dep_ != "relcl":
        return None
    head, doc = verb.head, pron.doc
    k = pron.i - 1 if pron.i > 0 and doc[pron.i - 1].text != "," else pron.i - 2
    if k < 0 or k == head.i or doc[k].pos_ not in ("NOUN", "PROPN") or not head.is_ancestor(doc[k]):
        return head
    near = doc[k]
    prep = near.head if near.dep_ == "pobj" else None
    if prep is None:
        return head
    if prep.lower_ in _LISTING and (prep.lower_ != "as" or doc[prep.i - 1].lower_ == "such") \
            and mention_at(found, near.i) is not None:
        return near
    named = mention_at(found, near.i)
    if pron.lower_ in ("who", "whom") and prep.lower_ in ("by", "from") and _no_person(head, found) \
            and (near.lemma_.lower() in PERSON_NOUNS or near.tag_ in ("NNS", "NNPS")
                 or (named is not None and named.label == "PERSON")):
        return near
    return head


def _no_person(noun, found: list[Found]) -> bool:
    """A common noun that names no person nor body ("complaints", "a report")."""
    return noun.pos_ == "NOUN" and mention_at(found, noun.i) is None and noun.lemma_.lower() not in PERSON_NOUNS \
        and noun.lower_ not in PERSON_NOUNS


# Verbs by which a speaker goes on with what they were saying ("She added: …")
_GOING_ON = frozenset({"add", "continue"})


def described_antecedent(doc, tok, found: list[Found]):
    """The unnamed subject a he / she no name was found for stands for ("A former fighter, who asked not to
    be named, admitted …. He said …"): the last main-clause subject noun of a person in the window, when
    nobody else fits: no person who fits is named since (outside quoted words), nor was one a subject in
    the window. None otherwise. When that noun spoke and the pronoun goes on ("A neighbour said …. She
    added: …"), only a person named since is a rival, as for a named speaker who goes on. A "they" stands for
    such a family or couple ("Voss's family issued a tribute …. They said: …")."""
    if tok.lower_ not in ("he", "she", "they"):
        return None
    start = _window_start(doc, tok)
    noun = _unnamed_subject_between(doc, tok, doc[start].idx, found)
    if noun is None:
        return None
    if tok.lower_ == "they":  # a family or a couple, not any plural ("Doctors … They said" keeps "They")
        return noun if noun.lower_ in _COLLECTIVE_PEOPLE else None
    goes_on = tok.head.lemma_.lower() in _GOING_ON and noun.head.lemma_.lower() in UTTERANCE_VERBS
    rivals = [f for f in found + _bare_surnames(doc, found, start, tok.i) if f.label == "PERSON"
              and max(start, noun.i if goes_on else 0) <= f.tok_start < tok.i and _fits(doc, tok, f, found)
              and (_salience(doc, f) >= 2 or (f.tok_start > noun.i and not _in_quotes(doc, f.start)))]
    return None if rivals else noun


def _bare_surnames(doc, found: list[Found], start: int, stop: int) -> list[Found]:
    """"Lee attended …" after "Ann Lee": a surname the parser did not tag, as a mention of the one
    person named earlier with it."""
    return [f for f in _per_article(doc, found, "bare_surnames", _all_bare_surnames) if start <= f.tok_start < stop]


def _per_article(doc, found: list[Found], what: str, build):
    """build(doc, found), computed once per parse and mention list (pronouns ask for it many times). The
    list itself is kept with the value, so a new list is never mistaken for an old one."""
    cache = doc.user_data.setdefault("newsprism_" + what, [None, None])
    if cache[0] is not found:
        cache[:] = [found, build(doc, found)]
    return cache[1]


def _all_bare_surnames(doc, found: list[Found]) -> list[Found]:
    by_surname: dict[str, set[str]] = {}
    first_end: dict[str, int] = {}
    for f in found:
        if f.label == "PERSON" and len(canonical(f).split()) > 1:
            by_surname.setdefault(canonical(f).split()[-1], set()).add(canonical(f))
            first_end[canonical(f)] = min(first_end.get(canonical(f), f.end), f.end)
    if not by_surname:
        return []
    taken = {i for f in found for i in range(f.tok_start, f.tok_end)}
    surnames = {name.lower() for name in by_surname}
    out = []
    for i, word in enumerate(token_lowers(doc)):
        if word not in surnames:
            continue  # (spaCy's lower-case form is the text's str.lower())
        t = doc[i]
        names = by_surname.get(t.text)
        if t.pos_ == "PROPN" and names and len(names) == 1 and t.i not in taken:
            name = next(iter(names))
            if first_end[name] <= t.idx:
                out.append(Found(t.idx, t.idx + len(t.text), t.text, "PERSON", t.i, t.i + 1, source="surname",
                                 refers_to=name, reason="surname reference"))
    return out


def _same_pronoun_subject(doc, tok, after: int):
    """The last main-clause subject after `after` that is the same pronoun ("she" … "she"), outside quotes."""
    same = {"he", "him"} if tok.lower_ in ("he", "him") else {"she", "her"} if tok.lower_ in ("she", "her") \
        else {"they", "them"} if tok.lower_ in ("they", "them") else {tok.lower_}
    for t in reversed(doc[:tok.i]):
        if t.idx < after:
            return None
        if t.lower_ in same and t.dep_ in ("nsubj", "nsubjpass") and _main_verb(t.head).dep_ in ("ROOT",) \
                and not _in_quotes(doc, t.idx):
            return t
    return None


def _group_named_in(doc, noun, tok, found: list[Found]) -> Found | None:
    """An organisation named inside a group's phrase: "U.S. officials", "the women, all members of the X
    union" (a place only as a modifier: "Lima officials", not "protesters in Lima")."""
    todo = [noun]
    while todo:
        t = todo.pop(0)
        f = mention_at(found, t.i)
        if f is not None and t.i != noun.i:
            if f.label in ("ORG", "NORP") and _fits(doc, tok, f, found):
                return f
            if f.label == "GPE" and t.dep_ in ("compound", "nmod") and not _in_quotes(doc, t.idx):
                return f
        todo += [c for c in t.children if c.dep_ in ("appos", "compound", "nmod", "amod", "pobj")
                 or c.dep_ == "prep" and c.lower_ == "of"]
    return None


def _last_seen(doc, f: Found, found: list[Found], before_tok: int) -> int:
    """Where the person or group was last a subject (or, failing that, last mentioned) before a token; a bare
    surname the parser did not tag counts. "The rebel fighter …, called his work … Voss's parents": the
    possessive does not make Voss the one spoken of."""
    who = canonical(f)
    seen = [g for g in found + _bare_surnames(doc, found, 0, before_tok)
            if canonical(g) == who and g.tok_end <= before_tok]
    salient = [g.end for g in seen if _salience(doc, g) >= 2]
    # Named only as an object or inside quoted words: any unnamed subject in the window outranks it.
    return max(salient, default=-1)


def _named_by(doc, noun, tok, found: list[Found]) -> Found | None:
    """The name a described subject stands for: a group named inside its phrase ("the women – all members of
    the X militia"), or the one person named earlier with that noun as title or role ("the angry bride")."""
    if tok.lower_ in GROUP_PRONOUNS | THING_PRONOUNS:
        return _group_named_in(doc, noun, tok, found)
    word = noun.lower_
    if word in _NOT_A_TITLE_NOUN:
        return None
    people = {canonical(f): f for f in found if f.label == "PERSON" and f.end <= noun.idx
              and (word in {t.lower().rstrip(".") for t in f.titles} or word in _role_words(doc, f))
              and _fits(doc, tok, f, found)}
    return next(iter(people.values())) if len(people) == 1 else None


def _window_start(doc, tok) -> int:
    """First token of the sentence three sentences before the pronoun's."""
    sentences = sentence_bounds(doc)
    sent_start = sentences[tok.i][0]
    window_start = sentences[sent_start - 1][0] if sent_start > 0 else 0
    for _ in range(2):
        if window_start > 0:
            window_start = sentences[window_start - 1][0]
    return window_start


def _in_quotes(doc, char: int) -> bool:
    from newsprism.extract.quotes import doc_marks  # quotes imports this module
    return any(m.inner_start <= char < m.inner_end for m in doc_marks(doc))


def _quoted_paragraph(doc, char: int) -> bool:
    """Inside quotation marks, in a paragraph that opens with one (a quote the marks missed), or in a block
    quote: first-person paragraphs right after one that ends with a colon ("X explained at the time:")."""
    text = doc_text(doc)
    para = text[text.rfind("\n", 0, char) + 1:char].lstrip()
    if _in_quotes(doc, char) or (para[:1] != "" and para[0] in "\"'“‘"):
        return True
    paras = [p.strip() for p in text[:text.rfind("\n", 0, char) + 1].split("\n") if p.strip()]
    for p in reversed(paras):
        if p.endswith(":"):
            return True
        if not _FIRST_PERSON_WORD.search(p):
            return False
    return False


def _is_subject(tok) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ in ("nsubj", "nsubjpass")


def _main_verb(verb):
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _salience(doc, f: Found) -> int:
    """3 a main-clause subject, 2 a subject of a clause not reported by someone else, 1 any other mention,
    0 a name inside quoted words."""
    if _in_quotes(doc, f.start):
        return 0
    root = doc[f.tok_end - 1]
    if not _is_subject(root) or root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return 1  # an object, or one of a list of names
    verb = _main_verb(root.head if root.dep_ in ("nsubj", "nsubjpass") else root.head.head)
    if verb.dep_ in ("ROOT", "parataxis"):
        return 3
    if verb.dep_ == "ccomp" and scene_before_dash_quote(doc, verb):
        return 3  # "Voss took the stage — “…,” he said": the parser hung the main clause on the quotation
    # "X said Y had filed a complaint": Y is the subject of what X said, not a new speaker.
    return 1 if verb.dep_ == "ccomp" else 2


def scene_before_dash_quote(doc, verb) -> bool:
    """Does this clause, hung on a speech tag after it, end with a dash and a quotation opening right after?"""
    head = verb.head
    while head.dep_ == "ccomp" and head.head.i > head.i:
        head = head.head  # up to the tag after the quotation ("…,” he said"), not a verb before the clause
    if head.dep_ != "ROOT":
        return False
    for k in range(verb.i + 1, min(verb.right_edge.i + 2, verb.head.i, len(doc) - 1)):
        if doc[k].text in ("—", "–", "--") and doc[k + 1].text in ("“", '"', "``"):
            return True
    return False


def _fits(doc, tok, f: Found, found: list[Found]) -> bool:
    """Can this mention be what the pronoun stands for (gender, media, places)?"""
    low = tok.lower_
    if f.label == "PERSON":
        want = _PRONOUN_GENDER.get(low)
        have = gender_of(doc, found, canonical(f))
        return want is None or have is None or want == have
    if is_media(canonical(f)) and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _REPORTING):
        return False  # "They believed …" is not the newspaper that reported it
    head = doc[f.tok_end - 1]
    if f.label == "GPE":
        # A place is "it" only where it acts as a government ("China said …; it warned …").
        return low == "it" and head.dep_ in ("nsubj", "nsubjpass")
    if f.label == "NORP":
        return head.dep_ not in ("amod", "compound")  # "the Chinese" are people; "Chinese police" are police
    return True


def _unnamed_subject_between(doc, tok, after: int, found: list[Found]):
    """The last main-clause subject after the chosen name that is a fitting common noun with no name of its
    own ("The rebel fighter …", "Doctors and police officers …"), or None."""
    low = tok.lower_
    for t in reversed(doc[:tok.i]):
        if t.idx < after:
            break
        one_of = low in ("he", "she") and t.lower_ == "one" and _one_of_people(t)
        if (t.pos_ != "NOUN" and not one_of) or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if _in_quotes(doc, t.idx) or mention_at(found, t.i) is not None:
            continue
        if any(mention_at(found, c.i) is not None for c in t.children if c.dep_ in ("appos", "compound", "nmod")):
            continue  # "league commissioner Ann Lee": named ("Obama's spokesman" is not Obama)
        if _main_verb(t.head).dep_ not in ("ROOT", "parataxis"):
            continue
        if low in PERSON_PRONOUNS:
            g = _PRONOUN_GENDER.get(low)
            if one_of or t.lower_ in PERSON_NOUNS and _NOUN_GENDER.get(t.lower_, g) == g:
                return t
        elif low in GROUP_PRONOUNS:
            if t.tag_ == "NNS" or _names_a_plural(t) or t.lower_ in _COLLECTIVE_PEOPLE:
                return t
        elif t.tag_ == "NN" and t.lower_ not in PERSON_NOUNS:
            return t
    return None


def _one_of_people(one) -> bool:
    """"One of the sources said he …": one person of a group, unnamed, as a subject (a "he" after it is that
    one, not a name further back)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.tag_ == "NNS" and (g.lemma_.lower() in PERSON_NOUNS or g.lemma_.lower() == "source")
        for g in c.children) for c in one.children)


# Singular nouns of a group of people that a "they" may stand for ("Voss's family issued a tribute. They said: …")
_COLLECTIVE_PEOPLE = frozenset("family couple crew".split())


def _names_a_plural(noun) -> bool:
    """"a number of lawmakers", "a group of residents": a singular head over "of" and a plural noun."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS")
                                                              for g in c.children) for c in noun.children)


def _subject_of_saying(doc, tok, people: list[Found]) -> Found | None:
    """The person named as subject of the verb whose reported clause has this he / she as its subject."""
    if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or _in_quotes(doc, tok.idx):
        return None
    subjects = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i]
    return mention_at(people, subjects[0].i) if subjects else None


def gender_of(doc, found: list[Found], name: str) -> str | None:
    """"m", "f" or None: what the article itself says of this person's gender."""
    return _per_article(doc, found, "gender", _genders).get(name)


def _genders(doc, found: list[Found]) -> dict[str, str]:
    strong: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}
    people = [f for f in found if f.label == "PERSON"]
    for f in people:
        for word in _words_by_name(doc, f):
            g = _TITLE_GENDER.get(word) or _NOUN_GENDER.get(word)
            if g:
                strong.setdefault(canonical(f), set()).add(g)
    lowers = token_lowers(doc)
    for i, word in enumerate(lowers):
        g = _PRONOUN_GENDER.get(word)
        if g is None:
            continue
        t = doc[i]
        if t.dep_ not in ("poss",) and t.lower_ not in ("himself", "herself"):
            continue
        if _in_quotes(doc, t.idx):
            continue
        sentences = sentence_bounds(doc)
        start, end = sentences[t.i]
        # "Lee … her league": only when one person is named in this sentence and the one before.
        prev_start = sentences[start - 1][0] if start > 0 else 0
        near = {canonical(f) for f in people if prev_start <= f.tok_start < end}
        mine = [f for f in people if start <= f.tok_start < t.i]
        if len(near) == 1 and mine:
            weak.setdefault(canonical(mine[0]), set()).add(g)
    for i, word in enumerate(lowers):
        if word not in ("he", "she"):
            continue  # (the first thing _subject_of_saying asks)
        t = doc[i]
        said_by = _subject_of_saying(doc, t, people)
        if said_by is not None:  # "Voss said he asked …": the reported clause's he / she is, as a rule, Voss
            weak.setdefault(canonical(said_by), set()).add(_PRONOUN_GENDER[t.lower_])
    out = {}
    for name in set(strong) | set(weak):
        gs = strong.get(name) or weak.get(name)
        if len(gs) == 1:
            out[name] = next(iter(gs))
    # Titles and gendered nouns come first; then a given name that is overwhelmingly a man's or a woman's
    # (data/given_names.tsv), before a his / her near the name, which may be another person's.
    for f in people:
        name = canonical(f)
        given = person_parts(name)[0]
        if name not in strong and given and given[0] in given_name_genders():
            out[name] = given_name_genders()[given[0]]
    return out


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    text = resources.files("newsprism.data").joinpath("given_names.tsv").read_text("utf-8")
    return dict(line.split("\t")[:2] for line in text.splitlines() if line and not line.startswith("#"))


def _words_by_name(doc, f: Found) -> list[str]:
    """Title and noun words that describe a person at one mention: "Mrs", "actress X", "X, the mother of …"."""
    words = [t.lower().rstrip(".") for t in f.titles]
    words += [doc[i].lower_.rstrip(".") for i in range(f.tok_start, f.tok_end)][:1]  # "Mother Cai Tuan"
    i = f.tok_start - 1
    while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].lower_ in _NOUN_GENDER | _TITLE_GENDER.keys():
        words.append(doc[i].lower_)
        i -= 1
    words += _appositions(doc, f)
    return words


def _appositions(doc, f: Found) -> list[str]:
    """Head nouns in apposition to the name ("Ann Lee, the commissioner" / "the commissioner, Ann Lee"); not a
    plural ("the researchers Ann Lee and Olek Brand": "the researchers" are both)."""
    head = doc[f.tok_end - 1]
    out = [c.lower_ for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ != "NNS"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.tag_ != "NNS" \
            and not _in_fronted_phrase(head.head):
        out.append(head.head.lower_)
    return out


def _in_fronted_phrase(noun) -> bool:
    """"After the hearing, Voss, 43, was held": the parser may read the name as an apposition of the noun
    of a phrase opening the sentence, whose comma ends the phrase; the noun is no role of the name ("As
    the commissioner, Voss …" is)."""
    first = noun.left_edge
    prep = noun.head if noun.dep_ == "pobj" else noun.doc[first.i - 1] if first.i > 0 else None
    return prep is not None and prep.pos_ in ("ADP", "SCONJ") and prep.i == prep.sent.start and prep.lower_ != "as" \
        and first.i > prep.i
