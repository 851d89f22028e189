"""Curated data files read once: the alias file (data/aliases.tsv) and the media list (data/media.txt)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsprism.errors import NewsprismError
from newsprism.extract.names import name_key


@dataclass(frozen=True)
class AliasEntry:
    canonical: str
    type: str
    aliases: tuple[str, ...]


def _parse_aliases(text: str, origin: str) -> list[AliasEntry]:
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or not cols[0].strip():
            raise NewsprismError("E301", f"{origin}:{n}: an alias line needs 'canonical<TAB>type<TAB>aliases'")
        aliases = tuple(a.strip() for a in (cols[2] if len(cols) > 2 else "").split("|") if a.strip())
        entries.append(AliasEntry(cols[0].strip(), cols[1].strip().upper() or "ORG", aliases))
    return entries


@lru_cache(maxsize=8)
def alias_entries(alias_file: str | None = None) -> tuple[AliasEntry, ...]:
    """The shipped alias file, plus the user's file when given (its lines add to the shipped ones)."""
    shipped = resources.files("newsprism.data").joinpath("aliases.tsv").read_text("utf-8")
    entries = _parse_aliases(shipped, "aliases.tsv")
    if alias_file:
        path = Path(alias_file)
        try:
            user = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise NewsprismError("E302", f"{path}: cannot read the alias file ({exc})") from exc
        entries += _parse_aliases(user, str(path))
    return tuple(entries)


@lru_cache(maxsize=8)
def alias_index(alias_file: str | None = None) -> dict[str, AliasEntry]:
    """name key of every canonical name and alias → its entry."""
    index: dict[str, AliasEntry] = {}
    for e in alias_entries(alias_file):
        for name in (e.canonical, *e.aliases):
            index.setdefault(name_key(name), e)
    return index


@lru_cache(maxsize=8)
def alias_pattern(alias_file: str | None = None) -> re.Pattern[str]:
    """One regex finding every alias-file name in text: capitals-only names and abbreviations
    ("Calif.") case-sensitively."""
    names = set()
    for e in alias_entries(alias_file):
        for name in (e.canonical, *e.aliases):
            if name.lower().startswith("the "):
                name = name[4:]
            names.add(name)
    parts, firsts = [], []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        body = r"[\s\-–]+".join(re.escape(w) for w in re.split(r"[\s\-–]+", name))
        body = body.replace("'", "['’]")
        if re.fullmatch(r"[A-Z.]+", name.replace(" ", "")) or name.endswith("."):  # ISIS, US, Calif.
            parts.append(body)
        else:
            parts.append("(?i:" + body + ")")
        firsts.append(name[0].lower())
    if all(c.isascii() and c.isalnum() for c in firsts):
        # The names grouped by first letter behind a look-ahead, so the engine tries at a word only the names
        # that can start there (4 times faster). The same matches: no place can start names of two groups,
        # and each group keeps the longest-first order.
        groups: dict[str, list[str]] = {}
        for c, part in zip(firsts, parts):
            groups.setdefault(c, []).append(part)
        parts = [f"(?=(?i:{re.escape(c)}))(?:{'|'.join(group)})" for c, group in groups.items()]
    return re.compile(r"(?<![\w.-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def media_lexicon() -> tuple[frozenset[str], re.Pattern[str]]:
    words, names = set(), []
    for line in resources.files("newsprism.data").joinpath("media.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("word:"):
            words.add(line[5:].strip().lower())
        else:
            names.append(line)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w])")
    return frozenset(words), pattern


# Media words in phrases that name no medium: a government's press staff ("press secretary", "press
# office"), a post office, "at different times". ("agency" alone is no media word: "the Environmental
# Protection Agency"; a news agency names itself with "news", "press" or a listed name.)
_NOT_MEDIA = re.compile(r"(?i:\bpress\s+(?:secretar\w*|office\w*|aides?|attach\w*|releases?|conferences?|"
                        r"briefings?)\b)|(?i:\bpost\s+offices?\b)|\btimes\b")


def is_media(name: str | None, alias_file: str | None = None) -> bool:
    """Does this source name a news medium ("Sputnik news agency", "Reuters", "IRNA")?"""
    if not name:
        return False
    words, pattern = media_lexicon()
    name = _NOT_MEDIA.sub(" ", name)
    if pattern.search(name):
        return True
    if any(w in words for w in re.findall(r"[a-z]+", name.lower())):
        return True
    entry = alias_index(alias_file).get(name_key(name))
    if entry is not None and entry.canonical != name:
        return is_media(entry.canonical, alias_file)
    return False
