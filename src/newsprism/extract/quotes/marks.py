"""Quotation marks in an article's text: the quoted stretches (`Marked`), paragraph by paragraph.

" ", “ ”, « », „ “, ‘ ’ and ' ' where clearly quotes, across sentences and paragraphs: a quote left open
runs to its paragraph's end, and a quotation written one sentence a line is joined up over its lines.
Also the checks that read marks in a piece of text (`_fit_marks`, `_has_mark`, `_opens_quotation`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.extract.mentions import doc_text


_OPEN_CLOSE = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”", "‘": "’", "‹": "›", "”": "”", "'": "'"}
SCARE_MAX_WORDS = 5
# Where _scan_paragraph has something to look at: a mark, or "``" (a pair of apostrophes opens with one)
_MARK_OR_PAIR = re.compile("``|[" + re.escape("".join(_OPEN_CLOSE)) + "]")


@dataclass
class Marked:
    """Text between quotation marks: start/end include the marks; `open_end` when the paragraph ended first."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    open_end: bool = False


def quote_marks(text: str) -> list[Marked]:
    """Quoted stretches of text, paragraph by paragraph (a quote left open runs to its paragraph's end)."""
    out: list[Marked] = []
    pos = 0
    for para in text.split("\n"):
        closing = _straight_closing_line(text, para, pos, out)
        if closing is not None:
            out.append(closing)
        else:
            _scan_paragraph(para, pos, out)
        pos += len(para) + 1
    return _join_broken_lines(text, out)


# A quotation broken over lines spans at most this many line breaks (five lines between its first and last).
_BROKEN_MAX_BREAKS = 6
_ANY_MARK = "“”\"«»„"
# A line holding one of these is narration with a speech tag, not a quotation's next sentence.
_TAG_WORDS = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|according to|stated)\b")


def _lines_between(text: str, prev: Marked, start: int) -> bool:
    """Only whole unmarked lines (one to five) lie between a quote left open and `start`."""
    between = text[prev.end:start]
    return 1 <= between.count("\n") <= _BROKEN_MAX_BREAKS and not any(c in between for c in _ANY_MARK)


def _straight_closing_line(text: str, para: str, base: int, out: list[Marked]) -> Marked | None:
    """Texts written one sentence a line with straight marks: '"I voted.⏎It was easy, " she said.' -- the
    only straight mark of a later line closes the quote an earlier line left open (it would be read as
    opening one) when it stands after words that end a sentence and either is spaced off them, as no
    opening mark is, or is followed by a speech tag. (Not '"…⏎Ann Roe."': a credit line after a quote.)"""
    prev = out[-1] if out else None
    if prev is None or not prev.open_end or para.count('"') != 1 or any(c in para for c in "“”«»„"):
        return None
    i = para.index('"')
    before = para[:i]
    if not re.search(r"[,.!?…]\s*$", before) or para[i + 1:i + 2].strip() or not _lines_between(text, prev, base):
        return None
    if not before[-1:].isspace() and not _TAG_WORDS.match(para[i + 1:].strip()) \
            and not re.match(r"\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:said|says|added|told)\b", para[i + 1:]):
        return None
    lead = len(before) - len(before.lstrip())
    return Marked(base + lead, base + i + 1, base + lead, base + i)


def _join_broken_lines(text: str, marks: list[Marked]) -> list[Marked]:
    """Texts written one sentence a line break a quotation of several sentences over lines: “I voted.⏎
    It was easy,” she said. A quote left open at its line's end and a later line that closes one it never
    opened (with only unmarked lines between) are one quotation, so the opening words take the tag too.
    A quote left open whose next quote opens a later line takes the unmarked lines between (“I voted.⏎It
    was easy.⏎“Next …): a paragraph of several sentences, the next one reopening the quotation, as papers
    write a quotation running over paragraphs -- only with no blank line between (paragraphs set apart by
    blank lines are not one sentence a line) and no speech tag in the lines (narration)."""
    out: list[Marked] = []
    for m in marks:
        prev = out[-1] if out else None
        if prev is not None and prev.open_end and _lines_between(text, prev, m.start):
            if m.start == m.inner_start and not m.open_end:
                out[-1] = Marked(prev.start, m.end, prev.inner_start, m.inner_end)
                continue
            line_start = text.rfind("\n", 0, m.start) + 1
            between = text[prev.end:line_start]
            if not text[line_start:m.start].strip() and "\n\n" not in text[prev.end:m.start] \
                    and not _TAG_WORDS.search(between) and text[prev.end - 1] not in "”’\"":
                end = len(between.rstrip()) + prev.end
                out[-1] = Marked(prev.start, end, prev.inner_start, end, open_end=True)
        out.append(m)
    return out


def doc_marks(doc) -> list[Marked]:
    """quote_marks of a parsed text, computed once per Doc (the rules and the model both read them)."""
    marks = doc.user_data.get("newsprism_marks")
    if marks is None:
        marks = doc.user_data["newsprism_marks"] = quote_marks(doc_text(doc))
    return marks


# A straight apostrophe that opens a word, not a quotation: 'em, 'til, 'n', '90s, 'cause
_ELISION = re.compile(r"'(?:em|til|tis|twas|n'?|cause|bout|\d\ds?)\b", re.I)


def _is_open_single(para: str, i: int) -> bool:
    prev = para[i - 1] if i > 0 else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if para[i] == "'" and _ELISION.match(para, i):
        return False
    return (prev.isspace() or prev in "(“\"[—–-:") and (nxt.isalnum() or nxt in "…")


def _close_single_at(para: str, i: int) -> bool:
    nxt = para[i + 1] if i + 1 < len(para) else " "
    prev = para[i - 1] if i > 0 else " "
    return not nxt.isalnum() and not prev.isspace()


def _scan_paragraph(para: str, base: int, out: list[Marked]) -> None:
    i = 0
    n = len(para)
    while i < n:
        # skip to the next mark at once: the loop below only steps over the other characters
        found = _MARK_OR_PAIR.search(para, i)
        if found is None:
            return
        i = found.start()
        ch = para[i]
        if para.startswith("''", i) or para.startswith("``", i):
            # Two apostrophes (or backticks) for a double quotation mark, as some papers and TeX-style
            # text write them: ''…'' and ``…''.
            j = para.find("''", i + 2)
            if _add_marked(para, base, out, i, 2, j) is None:
                return
            i = j + 2
            continue
        if ch not in _OPEN_CLOSE:
            i += 1
            continue
        if ch == "‘" or ch == "'":
            if not _is_open_single(para, i):
                i += 1
                continue
            closers = "’" if ch == "‘" else "'"
            j = i + 1
            while j < n and not (para[j] in closers and _close_single_at(para, j)):
                j += 1
            # Where speech is introduced (a paragraph's start, after "said:" or "said,") a single quote
            # may be long, and left open it runs on into the next paragraph, as British papers write it.
            introduced = not para[:i].strip() or para[:i].rstrip().endswith((":", ","))
            if j >= n and introduced and len(para[i + 1:].split()) > SCARE_MAX_WORDS:
                _add_marked(para, base, out, i, 1, -1)
                return
            # (an introduced one closing the paragraph, "The report went on: '…'", may be of any length)
            closes_paragraph = introduced and j < n and (not para[j + 1:].strip() or _tag_closes(para, j))
            # (a curly one closing the paragraph, its stop after it, "said ‘…. So …’.", as well)
            closes_paragraph = closes_paragraph or ch == "‘" and j < n and not para[j + 1:].strip(" .")
            cap = 40 if ch == "‘" or introduced else 12
            if j >= n or len(para[i + 1:j].split()) > cap and not closes_paragraph:
                i += 1
                continue
            out.append(Marked(base + i, base + j + 1, base + i + 1, base + j))
            i = j + 1
            continue
        if ch == "”" and not (i + 1 < n and para[i + 1].isalnum()):
            # A closing mark with no opening one. When nothing in the paragraph was quoted before it and
            # the words before it end like a quoted sentence ("Okay,” I said), the opening mark was lost
            # (copied text often drops a paragraph's first mark): the quote runs from the paragraph start.
            before = para[:i]
            if not any(m.start >= base for m in out) and not any(c in before for c in "“\"«„") \
                    and re.search(r"[,.!?…]\s*$", before) and len(before.split()) >= 3:
                lead = len(before) - len(before.lstrip())
                out.append(Marked(base + lead, base + i + 1, base + lead, base + i))
            i += 1
            continue
        closers = _OPEN_CLOSE[ch]
        j = i + 1
        while j < n and (para[j] not in closers or _inch_mark_at(para, j)) and not (ch == "“" and _turned_closer(para, j)) \
                and not (ch == "“" and _doubled_single_closer(para, j)):
            j += 1
        if ch == "“" and j < n and _doubled_single_closer(para, j):
            out.append(Marked(base + i, base + j + 2, base + i + 1, base + j))
            i = j + 2
            continue
        opened = ch == '"' and (i == 0 or para[i - 1] in " (—–-:") and para[i + 1:i + 2].strip()
        while opened and j < n and (nested := _nested_straight_end(para, j)) is not None:
            j = nested + 1  # '"… house people "temporarily", with no answer …"': the inner pair is skipped
            while j < n and para[j] not in closers:
                j += 1
        if _add_marked(para, base, out, i, 1, j if j < n else -1) is None:
            return
        i = j + 1


def _nested_straight_end(para: str, j: int) -> int | None:
    """Straight marks quoted inside a straight quotation: the mark at j stands where an opening one does
    (a space before it, a lower-case word glued after it) and a mark closing one word or a few (glued to the
    word before it, no letter after it) follows within six words: that pair is quoted inside the quotation
    (where that closer lies). A capital after the mark opens a new quotation, as a missing closer leaves it."""
    if not (para[j - 1].isspace() and para[j + 1:j + 2].islower()):
        return None
    k = para.find('"', j + 1)
    if k < 0 or para[k - 1].isspace() or para[k + 1:k + 2].isalnum() or len(para[j + 1:k].split()) > 6:
        return None
    return k


def _inch_mark_at(para: str, j: int) -> bool:
    """“the world's thinnest 17” notebook”: a closing mark glued to a figure, a space and a word after it, and
    another closing mark later in the paragraph, is an inch mark inside the quotation."""
    if not (para[j] == "”" and j > 0 and para[j - 1].isdigit() and para[j + 1:j + 2] == " "):
        return False
    nxt = para.find("”", j + 1)
    return nxt > 0 and "“" not in para[j + 1:nxt]


def _tag_closes(para: str, j: int) -> bool:
    """"'…,' the agency said in a statement." to the paragraph's end: a single quotation closed on a comma
    (or ! ?) and followed only by a short speech tag."""
    tail = para[j + 1:].strip()
    return para[j - 1] in ",!?" and tail.endswith(".") and len(tail.split()) <= 12 and not any(
        c in tail for c in "'‘’\"“”")


def _turned_closer(para: str, j: int) -> bool:
    """An opening mark typed where the closing one belongs (“It's unusual,“ said …): glued to the word
    or stop before it and followed by a space or the paragraph's end."""
    return para[j] == "“" and not para[j - 1].isspace() and (j + 1 == len(para) or para[j + 1].isspace())


def _doubled_single_closer(para: str, j: int) -> bool:
    """Two right single marks for the closing double one, as some wire copy types it (“It was late,’’ Voss
    said): glued to the word or stop before them."""
    return para.startswith("’’", j) and j > 0 and not para[j - 1].isspace()


def _add_marked(para: str, base: int, out: list[Marked], i: int, width: int, j: int) -> int | None:
    """The quotation whose opening mark (`width` characters) is at i and closing mark at j; j < 0: it is
    never closed and runs to the paragraph's end (open_end), and None is returned (nothing follows)."""
    if j < 0:
        inner_end = len(para.rstrip())
        if inner_end - (i + width) > 0:
            out.append(Marked(base + i, base + inner_end, base + i + width, base + inner_end, open_end=True))
        return None
    if j > i + width:
        out.append(Marked(base + i, base + j + width, base + i + width, base + j))
    return j


def _fit_marks(text: str, pieces: list[tuple[int, int]], marks: list[Marked]) -> list[tuple[int, int]]:
    """The last piece fitted to the quotation marks the parser hung elsewhere: without the next quotation's
    opening mark at its very end ("…, Mr. Voss said, the plan failed. ''It was …'' he said."), and with the
    closing mark of quoted words it ends on ("That's why, he added, viewers see ''endless sequels.''")."""
    if not pieces:
        return pieces
    s, e = pieces[-1]
    for m in marks:
        if s < m.start < e <= m.inner_start:
            e = len(text[:m.start].rstrip())
            if e - 1 > s and (text[e - 1] in ",;:" or (text[e - 1] == "." and text[e - 2].islower())):
                e -= 1  # the clause's own stop ("U.S." keeps its point)
            return pieces[:-1] + [(s, e)] if e > s else pieces[:-1]
        if s <= m.start < e < m.end and not re.search(r"\w", text[e:m.end]):
            return pieces[:-1] + [(s, m.end)]
    return pieces


def _opens_quotation(text: str, s: int, e: int) -> bool:
    """A direct quote's piece starts on its quotation mark; a piece that only ends on one is the reported
    clause leading up to quoted words ("he said the army had “…”"), which is indirect speech."""
    return _has_mark(text, s, e) and (text[s:s + 1] in _OPEN_CLOSE or text[s:s + 2] in ("''", "``"))


def _has_mark(text: str, s: int, e: int) -> bool:
    return text[s:s + 1] in _OPEN_CLOSE or text[s:s + 2] in ("''", "``") or text[e - 1:e] in "”\"»’“" \
        or text[e - 2:e] == "''"
