"""Name normalisation shared by extraction (within an article) and resolution (across articles).

- `name_key`: the same name after normalising case, apostrophes, dashes, dots, accents, "the" and
  possessives ("the U.S." → "us", "Al – Mohandes" → "almohandes").
- `translit_key`: a looser key for spelling and transliteration variants of names written in another
  script (Soleimani / Suleimani, Qasem / Qassem, Muhandis / Mohandes): vowels folded to a few classes,
  doubled letters collapsed, "q" read as "k", the Arabic article "al-" set aside.
- `person_parts`: given names and surname of a person's name without titles ("General Qassem Soleimani"
  → (("qassem",), "soleimani")), particles kept in the surname ("Charles de Gaulle" → "de gaulle");
  `bare_surname` and `surname_forms` for a surname used alone ("de Gaulle", "Beethoven").
- `same_person`: two full names of one person, one with a middle name or initial the other leaves out
  ("Mark Jay Tennant" / "Mark Tennant" / "Mark J. Tennant") or a short form of the given name ("Bill" /
  "William").
- `acronym_of`: "North Atlantic Treaty Organization" → "NATO".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that name a rank, office or courtesy rather than the person; they precede names in news text.
TITLES = frozenset("""
mr mrs ms miss dr prof sir dame lord lady gen general generals maj major lt lieutenant col colonel capt captain
cmdr commander admiral adm sgt sergeant brig brigadier marshal president vice prime minister secretary
secretary-general secretary-generals spokesman spokeswoman spokesperson chancellor king queen prince princess
sheikh sheik ayatollah imam emir sultan pope cardinal bishop archbishop rabbi reverend rev father senator sen
rep representative congressman congresswoman governor gov mayor judge justice chairman chairwoman chair
director chief ambassador envoy deputy former late foreign defense defence interior finance state
premier president-elect leader official officials minister-president crown first lady mp msgr monsignor
trooper detective constable cpt cpl pvt
""".split())
# Occupations written capitalised before a name at a sentence's start ("Lawyer Mark Tennant said"), which
# the parser takes into the name: descriptors, not part of it. Occupations that are also common
# surnames (Baker, Cook, Singer, Mason) are left out.
OCCUPATIONS = frozenset("""
lawyer attorney actress actor rapper coach professor analyst economist author novelist writer journalist
reporter columnist comedian playwright producer filmmaker designer chef artist photographer historian
scientist researcher activist publicist agent businessman businesswoman entrepreneur billionaire tycoon
musician guitarist drummer pianist composer striker midfielder goalkeeper quarterback lawmaker legislator
councillor councilman councilwoman commissioner superintendent sheriff officer
inspector pastor priest preacher surgeon nurse astronaut strategist pollster consultant adviser
advisor aide nominee clerk coroner
""".split())
_PARTICLES = frozenset("van von der den de del della di da du le la lo dos das ter ten".split())
_ARTICLES = ("al", "el", "ul", "ad", "ash", "as", "at", "az", "ar", "an", "ibn", "bin", "abu", "abd")
PARTICLES = _PARTICLES | frozenset(_ARTICLES)  # lower-case words inside names ("de Roe", "al Voss")
_APOSTROPHES = "’‘`´ʼʹ′"
_DASHES = "‐‑‒–—―−"


def plain(text: str) -> str:
    """Straight apostrophes and hyphens, no accents, single spaces; case kept."""
    text = unicodedata.normalize("NFKC", text)
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    for ch in _DASHES:
        text = text.replace(ch, "-")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s*-\s*", "-", text)  # "Al – Mohandes" → "Al-Mohandes"
    return " ".join(text.split())


@lru_cache(maxsize=65536)  # asked again and again for the same few names of an article
def strip_name(text: str) -> str:
    """The name without a leading "the" and a trailing possessive ("the Iraqi Parliament's" → "Iraqi Parliament")."""
    text = plain(text).strip(" ,.;:!?\"'()[]")
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    return text.strip()


# British and American spellings of the words names are made of ("Oakvale Recovery Centre" / "Center").
_SPELLINGS = ((re.compile(r"(?<=[bcdfghklmnpstvz])tre\b"), "ter"), (re.compile(r"isation\b"), "ization"),
              (re.compile(r"\bdefence\b"), "defense"), (re.compile(r"\bprogramme\b"), "program"))


# A company's legal form after its name ("Wells Fargo & Co.", "Apple Inc.") is no part of the name; full
# words ("Company", "Corporation") are, since "East India" without them is a place, and so is "AG" ("the
# Ohio AG" is no "Ohio").
_LEGAL_FORM = re.compile(r"(?:\s*,?\s*&?\s*\b(?:inc|corp|co|ltd|llc|plc|gmbh|lp|llp|pty)\b)+$")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Equal keys mean the same written name once case, punctuation, accents, "the", British or
    American spelling and a company's legal form are set aside."""
    text = strip_name(text).lower()
    text = text.replace(".", "")
    for pattern, us in _SPELLINGS:
        text = pattern.sub(us, text)
    text = _LEGAL_FORM.sub("", text) or text
    return re.sub(r"[^a-z0-9]+", "", text)


def words_of(text: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", strip_name(text).lower().replace(".", "")) if w]


@lru_cache(maxsize=65536)
def translit_key(text: str) -> str:
    """A key that spelling variants of one transliterated name share (see module doc)."""
    out = []
    for w in _spelled_words(text):
        w = w.replace("w", "u").replace("y", "i")
        w = re.sub(r"[aeiou]+", lambda m: _vowel_class(m.group()), w)
        out.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(out)


def _spelled_words(text: str) -> list[str]:
    """A name's words with the consonant spellings transliterations swap folded ("ph" → "f", "q" → "k")."""
    parts = [p for w in words_of(text) for p in w.split("-") if p]
    # "al-Muhandis", "al Mohandes": the article is not part of the name's spelling.
    words = [p for p in parts if p not in _ARTICLES] or parts
    out = []
    for w in words:
        w = re.sub(r"[^a-z]", "", w)
        if w:
            w = w.replace("ph", "f").replace("dh", "d").replace("kh", "h").replace("gh", "g").replace("th", "t")
            out.append(w.replace("q", "k").replace("ck", "k").replace("c", "k"))
    return out


def consonant_skeleton(text: str) -> str:
    """The consonants of a name as transliterations keep them, with "y" a consonant: "Soleimani" /
    "Suleimani" and "Qassem" / "Qasem" agree, "Bradley" / "Bradlee" (two English names) do not."""
    return " ".join(re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouw]", "", w)) for w in _spelled_words(text))


def spelling_key(text: str) -> tuple[str, str]:
    """Equal for spelling variants of one name: the transliteration key and the consonant skeleton."""
    return translit_key(text), consonant_skeleton(text)


def _vowel_class(v: str) -> str:
    # o/u and e/i are the pairs transliterations swap most ("Soleimani"/"Suleimani", "Qasem"/"Qasim").
    return "".join({"a": "a", "e": "i", "i": "i", "o": "u", "u": "u"}[c] for c in v)


def consonants(key: str) -> str:
    return re.sub(r"[aiu ]", "", key)


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
_QUOTES = "'\"“”‘’«»"


def generation(text: str) -> frozenset[str]:
    """"Jr.", "Sr.", "III" of a person's name: father and son share the rest."""
    return frozenset(words_of(text)) & _GENERATIONS


def _without_nickname(words: list[str]) -> list[str]:
    """"Nico 'The Knife' Sarro" → nico sarro: a quoted nickname is no given name."""
    out, inside = [], False
    for w in words:
        if not inside and w[:1] in _QUOTES:
            inside = True
        if not inside:
            out.append(w)
        elif w[-1:] in _QUOTES:
            inside = False
    return out


def nickname(text: str) -> str | None:
    """The quoted nickname inside a person's name ("Nico 'The Knife' Sarro" → "the knife"), else None."""
    words, out, inside = words_of(text), [], False
    for w in words:
        if not inside and w[:1] in _QUOTES:
            inside = True
        if inside:
            out.append(w.strip(_QUOTES))
            if w[-1:] in _QUOTES and (len(out) > 1 or len(w) > 1 and w[0] in _QUOTES):
                break
    return " ".join(out) if out and out != words else None


@lru_cache(maxsize=65536)
def person_parts(text: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a person's name, titles and "al-" articles kept in the surname."""
    words = [w for w in _without_nickname(words_of(text)) if w.strip("-")]
    while len(words) > 1 and words[0].rstrip(".") in TITLES:  # a last word is the name: "King", "Justice"
        words = words[1:]
    words = [w for w in words if w not in _GENERATIONS]
    if not words:
        return (), ""
    if _surname_first(text, words):  # "Voss Min-jae": a Korean name gives the surname first
        return (words[1],), words[0]
    # "Abu Mahdi al-Muhandis": an article before the last word belongs to the surname.
    surname = words[-1]
    given = words[:-1]
    if len(given) >= 2 and given[-1] in _ARTICLES:  # "Ash Carter", "Al Gore": a given name, not an article
        surname = given[-1] + "-" + surname
        given = given[:-1]
    # "James Van Der Beek", "Charles de Gaulle", "Van Der Beek": particles before the last word belong to the
    # surname; a lone capitalised one is a given name ("Van Morrison").
    k = len(given)
    while k > 0 and given[k - 1] in _PARTICLES:
        k -= 1
    run = given[k:]
    if run and (k > 0 or len(run) >= 2 or any(w[:1].islower() for w in text.split()[:-1])):
        surname = " ".join(run) + " " + surname
        given = given[:k]
    return tuple(given), surname


# A two-syllable given name written with a hyphen and a lower-case second syllable ("Min-jae", "Jong-un"):
# the name is written surname first ("Voss Min-jae" is Mr. Voss).
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _surname_first(text: str, words: list[str]) -> bool:
    written = [w for w in plain(text).split() if w.rstrip(".").lower() not in TITLES]
    return len(words) == 2 and len(written) == 2 and written[0][:1].isupper() \
        and written[0].isalpha() and bool(_HYPHENATED_GIVEN.fullmatch(written[1]))


def bare_surname(text: str) -> str | None:
    """The surname a name gives alone ("Stoltenberg", "von der Leyen"), else None. "De Niro" may be a
    surname with its particle or a given name and a surname; it is read as the surname (the callers join
    it only to a full name that has that surname)."""
    given, surname = person_parts(text)
    if not surname:
        return None
    if not given:
        return surname
    if len(given) == 1 and given[0] in _PARTICLES:
        return given[0] + " " + surname
    return None


def surname_forms(surname: str) -> tuple[str, ...]:
    """A surname and, when it has particles, its last word, which may be used alone ("Beethoven")."""
    words = surname.split()
    return (surname, words[-1]) if len(words) > 1 else (surname,)


# Common English short forms of given names ("Bill Ingram" is "William Ingram"): a short form may stand
# for more than one full name ("Ted": Edward, Theodore).
_SHORT_FORMS = {short: frozenset(full.split("/")) for short, full in (line.split(":") for line in """
bill:william billy:william will:william willy:william bob:robert bobby:robert rob:robert robbie:robert
jim:james jimmy:james mike:michael mick:michael tom:thomas tommy:thomas dick:richard rick:richard
rich:richard ricky:richard joe:joseph joey:joseph ed:edward eddie:edward ted:edward/theodore
chuck:charles charlie:charles dave:david dan:daniel danny:daniel steve:steven/stephen tony:anthony
andy:andrew chris:christopher/christine/christina matt:matthew pat:patrick/patricia ken:kenneth
ron:ronald don:donald jerry:gerald/jerome larry:lawrence/laurence sam:samuel/samantha ben:benjamin
nick:nicholas alex:alexander/alexandra greg:gregory jeff:jeffrey jon:jonathan liz:elizabeth
beth:elizabeth betty:elizabeth kate:katherine/catherine/kathleen katie:katherine/catherine/kathleen
kathy:katherine/kathleen sue:susan jenny:jennifer jen:jennifer peggy:margaret meg:margaret
patty:patricia debbie:deborah deb:deborah cindy:cynthia vicky:victoria barb:barbara sandy:sandra
fred:frederick hank:henry harry:henry walt:walter al:albert/alan/alfred
""".split())}


def given_forms(word: str) -> frozenset[str]:
    """A given name and the full names it is a short form of ("bill" → {"bill", "william"})."""
    word = word.rstrip(".")
    return frozenset({word}) | _SHORT_FORMS.get(word, frozenset())


def same_given_name(a: str, b: str) -> bool:
    return bool(given_forms(a) & given_forms(b))


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Are two full names one person's, one giving a middle name or initial the other leaves out ("Mark
    J. Tennant", "W. Mark Tennant" / "Mark Tennant"), or a short form of the given name ("Bill" /
    "William")? Same surname and generation; first given name the same or a short form of it; the
    middle names agree where both give one (a name or its initial)."""
    ga, sa = person_parts(a)
    gb, sb = person_parts(b)
    if not ga or not gb or spelling_key(sa) != spelling_key(sb) or generation(a) != generation(b):
        return False
    # "W. Mark Tennant" is also written "Mark Tennant": a leading initial may be dropped (not two different ones)
    return _same_given_names(ga, gb) or (_leading_initial(ga) and len(gb[0]) > 1 and _same_given_names(ga[1:], gb)) \
        or (_leading_initial(gb) and len(ga[0]) > 1 and _same_given_names(ga, gb[1:]))


def _leading_initial(given: tuple[str, ...]) -> bool:
    return len(given) >= 2 and len(given[0]) == 1 and len(given[1]) > 1


def _same_given_names(ga: tuple[str, ...], gb: tuple[str, ...]) -> bool:
    if not same_given_name(ga[0], gb[0]):
        return False
    ma, mb = ga[1:], gb[1:]
    if not ma or not mb:
        return True
    return len(ma) == len(mb) and all(x == y or (len(x) == 1 or len(y) == 1) and x[0] == y[0] for x, y in zip(ma, mb))


def acronym_of(expansion: str) -> str:
    """Initials of the significant words ("North Atlantic Treaty Organization" → "NATO")."""
    words = [w for w in re.split(r"[\s-]+", strip_name(expansion)) if w]
    return "".join(w[0].upper() for w in words if w.lower() not in ("of", "the", "and", "for", "to", "in", "on", "&"))


def is_acronym(text: str) -> bool:
    t = text.replace(".", "")
    return 2 <= len(t) <= 8 and t.isupper() and t.isalpha()


def common_word(word: str) -> bool:
    """A word common in English text (wordfreq Zipf >= 4.5): a capital alone does not make it a name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= 4.5
