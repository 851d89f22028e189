"""HTML pages: main text, comments and metadata through trafilatura; dates through htmldate.

Nothing is dropped silently: every text line of the page that is not in the clean body, a caption,
a comment, the title or the byline is kept in `removed`, with the reason the furniture vocabulary
gives it (or "outside the main text").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timedelta

from newsprism.clean.authors import page_authors
from newsprism.clean.boilerplate import (caption_reason, comment_marker, form_reason, furniture_reason,
                                         rating_reason, widget_strength)
from newsprism.clean.comments import parse_comment_section
from newsprism.clean.dates import parse_published
from newsprism.clean.metadata import byline_of, registered_label, title_without_site
from newsprism.clean.text import dateline_reading
from newsprism.records import Comment, Segment

# trafilatura settings measured on ../shared/data/article-extraction-benchmark
# (benchmarks/html_extraction_quality.py): comments extracted apart from the body, tables kept, precision
# favoured (measured with the rest of this module: F1 0.9712, bare trafilatura 0.9533); when precision
# keeps too little, the balanced settings retry.
EXTRACTION = {"include_comments": True, "include_tables": True, "favor_precision": True}
RETRY = {"include_comments": True, "include_tables": True}
# When both settings give the page's text as one run-on block (trafilatura's last resort), the recall
# settings still find the article's paragraphs on some templates.
RECALL = {"include_comments": True, "include_tables": True, "favor_recall": True}
SHORT = 100  # words


# furniture reasons that set a short paragraph of trafilatura's main text aside (measured on the 131 pages of
# benchmarks/html_extraction_quality.py: 12 lines, all page furniture; P 0.9640 → 0.9651, R unchanged)
_BODY_FURNITURE = ("navigation", "related links / promotion", "copyright line", "tag list")


# A paragraph that addresses the reader with the site's own offer, set aside at any length (the short-line
# rule above stops at 80 characters): "For a full list of candidates, click here.", "If you're on the X app, click
# here to watch live", "Join our breaking news service on WhatsApp", "Click this link or scan the QR code to ...",
# "Want more science stories in your inbox? Subscribe to ...". Reported speech is the article's; a bare "Click here
# to ..." line stays (a body line on a benchmark page).
_CALL_TO_ACTION = re.compile(
    r"^(?:(?:click|tap) (?:here|this link) or scan\b|scan (?:the|our|this) qr code\b|join our\b|"
    r"(?:if|for|to)\b[^.!?\"“”]{0,90},\s*(?:click|tap) here\b|want more\b[^.!?]{0,80}\?\s*(?:subscribe|sign up)\b)",
    re.I)
_SAYS = re.compile(r"\b(?:said|says|told|tells|added|announced|wrote)\b", re.I)
# "READ MORE: <another story's headline>" longer than a short line
_READ_MORE_LINE = re.compile(r"^(?:read more|read also|also read|see also|more on this)\s*:", re.I)


def _promotion_at_any_length(paragraph: str) -> str | None:
    """Why a paragraph of any length in trafilatura's main text is the site's promotion, or None."""
    if len(paragraph.split()) > 70 or _SAYS.search(paragraph):
        return None
    if _CALL_TO_ACTION.match(paragraph):
        return "call to action"
    reason = furniture_reason(paragraph) or ""
    if reason == "newsletter sign-up" or (reason.startswith("related links / promotion")
                                          and _READ_MORE_LINE.match(paragraph)):
        return reason
    return None


# trafilatura writes a table's header rule as a row of its own ("|---|---|"): no text of the page
_TABLE_RULE = re.compile(r"[|:\-\s]*-[|:\-\s]*")
# a section's lone heading left at the end of the main text: "Comments", "Leave a comment", "Related", "Tags"
_TAG_HEADING = re.compile(r"(?:tags|topics|keywords|filed under)\s*:?", re.I)


def _closing_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= 5 and bool(
        comment_marker(paragraph) or _TAG_HEADING.fullmatch(paragraph)
        or (furniture_reason(paragraph) or "").startswith(("related links / promotion", "tag list")))


# a paragraph that is one quoted sentence and nothing else: “….”, "…?", ‘…!’ (a pull quote when its words recur;
# a quoted title or subheading has no closing stop: "‘Harbour Lights’", "\"A night on the ferries\"")
_WHOLE_QUOTATION = re.compile(r"[“\"‘'](?P<q>[^“”\"]+?[.!?…])[”\"’']")


def _without_pull_quotes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The main text without its pull quotes: a paragraph that is a quoted sentence alone (no speaker, no verb
    of saying) whose words, at least four, stand again in another paragraph, where the article quotes them with
    their speaker. Left in, the repeat reads as a new quotation and goes to the last speaker."""
    kept, pulled, norms = [], [], None
    for i, paragraph in enumerate(paragraphs):
        m = _WHOLE_QUOTATION.fullmatch(paragraph.strip())
        words = _norm(m.group("q")) if m else ""
        if len(words.split()) >= 4 and norms is None:
            norms = [_norm(other) for other in paragraphs]  # once a page, and only for a page with a candidate
        if len(words.split()) >= 4 and any(words in other for j, other in enumerate(norms) if j != i):
            pulled.append(paragraph)
        else:
            kept.append(paragraph)
    return kept, pulled


# what only a comment section says of itself: its buttons ("Report Comment"), its log-in prompt ("… to comment on
# this article"), its rules ("Community Guidelines")
_COMMENT_FURNITURE = re.compile(
    r"^(?:delete|report|edit|flag|hide) comment\b|\bto comment on this\b|\b(?:log ?in|sign ?in|register) to comment\b|"
    r"\bcommunity (?:guidelines|standards|rules)\b|\bcomment(?:ing)? (?:policy|rules|guidelines)\b", re.I)
_QUOTE_MARKS = re.compile("[\"“”«»]")


def _comment_tail(paragraphs: list[str]) -> int:
    """Where a comment section left at the end of the main text starts (len(paragraphs) when none): a comment
    heading or button among the last eight paragraphs, every paragraph from it on short (40 words at most) and
    nobody's words (no verb of saying, no quotation marks), and one of them a comment section's own wording."""
    n = len(paragraphs)
    for i in range(max(1, n - 8), n):
        if not (comment_marker(paragraphs[i]) or _COMMENT_FURNITURE.match(paragraphs[i])):
            continue
        tail = paragraphs[i:]
        if all(len(p.split()) <= 40 and not _SAYS.search(p) and not _QUOTE_MARKS.search(p) for p in tail) \
                and any(_COMMENT_FURNITURE.search(p) for p in tail):
            while i > 1 and _COMMENT_FURNITURE.match(paragraphs[i - 1]):
                i -= 1  # more buttons above ("Delete Comment" over "Report Comment")
            return i
    return n


def _without_closing_headings(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The main text without the section headings that end it (and a tag list under a "Tags" heading):
    the sections themselves (comments, related links, tags) were left out, their headings were not; nor
    the lines of a comment section that came with its heading (its log-in prompt, its buttons, its rules)."""
    cut = _comment_tail(paragraphs)
    tail: list[str] = paragraphs[cut:]
    paragraphs = paragraphs[:cut]
    while paragraphs:
        if _closing_heading(paragraphs[-1]):
            tail.insert(0, paragraphs.pop())
        elif len(paragraphs) >= 2 and _TAG_HEADING.fullmatch(paragraphs[-2]) and paragraphs[-1].count(",") >= 2 \
                and not paragraphs[-1].endswith((".", "!", "?")):
            tail[:0] = paragraphs[-2:]
            del paragraphs[-2:]
        else:
            break
    return paragraphs, tail


def _one_block(doc) -> bool:
    """Is the main text one block of SHORT words or more, with no line break?"""
    text = (doc.text or "").strip() if doc is not None else ""
    return "\n" not in text and len(text.split()) >= SHORT


def _words(doc) -> int:
    return len((doc.text or "").split()) if doc is not None else 0

_BLOCKS = {"address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt",
           "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
           "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "title", "caption",
           "option", "button", "label", "legend", "menu", "center"}
_SPACE = re.compile(r"\s+")
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select"}
_PUBLISHED_META = (
    "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
    " or @name='datePublished' or @property='og:published_time' or @name='pubdate' or @name='publishdate'"
    " or @name='publish-date' or @name='date' or @name='dc.date' or @name='DC.date.issued' or @name='sailthru.date'"
    " or @property='datePublished' or @name='parsely-pub-date']/@content"
    " | //time[@itemprop='datePublished']/@datetime | //*[@itemprop='datePublished']/@content")


@dataclass(frozen=True)
class HtmlExtraction:
    title: str | None
    byline: str | None
    sitename: str | None
    url: str | None
    declared_language: str | None
    published: tuple[str, str, tuple[str, ...]] | None  # (iso, precision, flags)
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    comments: tuple[Comment, ...]
    removed: tuple[Segment, ...]
    # a dateline printed just above the main text ("25.01.2022", "Published 3 March 2022"), read by the
    # same rules as a text input's: a candidate when the page's metadata states no date
    page_dateline: tuple[str, str, tuple[str, ...]] | None = None
    link_paragraphs: int = 0  # paragraphs that are the whole text of a link: a menu taken for the main text


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def page_lines(tree) -> list[str]:
    """The text of the page, one line per block element, in document order (scripts and styles left out)."""
    parts: list[str] = []

    def add(text: str | None) -> None:
        if text:
            parts.append(_SPACE.sub(" ", text))

    def walk(element) -> None:
        tag = element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIP:
            add(element.tail)
            return
        block = tag in _BLOCKS
        if block:
            parts.append("\n")
        elif tag in ("td", "th"):
            parts.append(" ")
        add(element.text)
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        add(element.tail)

    head_title = tree.find(".//head/title")
    if head_title is not None and head_title.text:
        add(head_title.text)
        parts.append("\n")
    body = tree.find(".//body")
    walk(body if body is not None else tree)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


@lru_cache(maxsize=65536)
def _line_reason(line: str) -> str:
    """Why a page line outside the main text is furniture (cached: sites repeat their menus on every page)."""
    strength = widget_strength(line)
    if strength == "strong":
        return "share widget"
    if comment_marker(line):
        return "comment section heading"
    if byline_of(line) is not None:
        return "byline"
    if dateline_reading(line, foreign=False):  # a label only: read_dates' forms are enough
        return "dateline"
    reason = rating_reason(line) or furniture_reason(line) or form_reason(line) or caption_reason(line)
    if reason:
        return reason
    return "share widget?" if strength == "weak" else "outside the main text"  # "?": settled by its neighbours


def _settle_weak(removed: list[Segment]) -> list[Segment]:
    """A weak widget word ("X", "Email") is a share widget beside one, else plain furniture."""
    settled = []
    for i, seg in enumerate(removed):
        if seg.reason == "share widget?":
            near = [removed[j].reason for j in (i - 1, i + 1) if 0 <= j < len(removed)]
            why = "share widget" if any(r.startswith("share widget") for r in near) else "outside the main text"
            seg = Segment(seg.role, seg.text, why)
        settled.append(seg)
    return settled


def _published(tree, found: str | None) -> tuple[str, str, tuple[str, ...]] | None:
    """htmldate's day, with the time of day when the page's own metadata states it for that day."""
    if not found:
        return None
    day = parse_published(found)
    if not day:
        return None
    for value in tree.xpath(_PUBLISHED_META):
        parsed = parse_published(str(value))
        if parsed and parsed[1] == "time" and parsed[0][:10] == day[0][:10]:
            return parsed
    return day


_COMMENT_SECTIONS = (
    ".//*[self::div or self::section or self::aside or self::details or self::ol or self::ul or self::li]"
    "[re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments|respond$|replies$)') or "
    "re:test(@class, '(?:^|\\s)(?:[Cc]omments?(?:[-_](?:list|area|section|body|thread|wrapper|container))?|"
    "(?:article|post|entry)-comments|commentlist|comment-respond)(?:\\s|$)')]")
_REGEX_NS = {"re": "http://exslt.org/regular-expressions"}


def _has_comment_sections(tree) -> bool:
    return bool(tree.xpath(_COMMENT_SECTIONS, namespaces=_REGEX_NS))


def _uncommented_date(tree, url: str | None, params: dict) -> str | None:
    """htmldate's day for the page with its comment sections cut out: a reader comment's date (often
    the only date marked up as one) must never become the article's."""
    from copy import deepcopy

    from htmldate import find_date

    pruned = deepcopy(tree)
    for element in pruned.xpath(_COMMENT_SECTIONS, namespaces=_REGEX_NS):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    try:
        return find_date(pruned, url=url, **params)
    except Exception:  # htmldate on malformed markup: no date rather than a crash
        return None


def extract_html(html: str, url: str | None = None, fetched_at: str | None = None) -> HtmlExtraction | None:
    """Main text, comments, captions and metadata of a page; None when no main text is found."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    cards = _drop_link_cards(tree)
    max_date = _max_date(fetched_at)
    date_params = {"original_date": True, "extensive_search": False, "max_date": max_date}
    try:
        doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, date_extraction_params=date_params,
                                          **EXTRACTION)
        if _words(doc) < SHORT:  # precision may keep only a stray block: compare with the balanced settings
            retry = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                                date_extraction_params=date_params, **RETRY)
            if _words(retry) > 2 * _words(doc):
                doc = retry
            if _one_block(doc):  # the page's text run together (menu, headline, credits and all): recall
                recall = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                                     date_extraction_params=date_params, **RECALL)
                if recall is not None and "\n" in (recall.text or "").strip() and 2 * _words(recall) >= _words(doc):
                    doc = recall
    except Exception:  # trafilatura / htmldate on odd markup (an <svg> root): the text-line fallback reads it
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    title = _page_title(tree, doc, url)
    paragraphs = [" ".join(line.split()) for line in doc.text.split("\n") if line.strip()]
    title_norm = _norm(title or "")
    removed: list[Segment] = [Segment("removed", card, "pop-up card of a link") for card in cards]
    labels: set[str] = set()
    # The headline (and a kicker above it) often open trafilatura's text: they are not body text.
    for i, paragraph in enumerate(paragraphs[:3]):
        if title_norm and _norm(paragraph) == title_norm and all(
                len(p.split()) <= 6 and not p.endswith((".", "!", "?")) for p in paragraphs[:i]):
            removed += [Segment("removed", p, "section label above the title") for p in paragraphs[:i]]
            labels = {_norm(p) for p in paragraphs[:i]}
            removed.append(Segment("removed", paragraph, "title repeated"))
            paragraphs = paragraphs[i + 1:]
            break
    # Share bars, menu words, promotions, copyright and tag lines that slip into the main text ("Facebook
    # Twitter Email", "Skip to content", "DON'T MISS", "Filed under: Ferries |"): short lines only.
    kept = []
    for paragraph in paragraphs:
        if _TABLE_RULE.fullmatch(paragraph):
            removed.append(Segment("removed", paragraph, "table rule"))
        elif len(paragraph) <= 80 and (widget_strength(paragraph) == "strong"
                                       or (furniture_reason(paragraph) or "").startswith(_BODY_FURNITURE)):
            removed.append(Segment("removed", paragraph, _line_reason(paragraph)))
        elif (why := _promotion_at_any_length(paragraph)) is not None:
            removed.append(Segment("removed", paragraph, why))
        else:
            kept.append(paragraph)
    kept, tail = _without_closing_headings(kept)
    removed += [Segment("removed", p, _line_reason(p)) for p in tail]
    if not kept:
        return None  # nothing but furniture: the text rules get the page's lines instead
    paragraphs = kept
    # A date printed as the first block of the main text ("Hamburg, 2. November 2021") is a dateline.
    opening_dates: list[tuple[str, str, tuple[str, ...]]] = []
    while paragraphs and len(opening_dates) < 2 and len(paragraphs[0].split()) <= 12:
        reading = dateline_reading(paragraphs[0], fetched_at)
        if reading is None:
            break
        removed.append(Segment("removed", paragraphs[0], "dateline"))
        if reading.iso and reading.precision in ("day", "time") and not reading.flags:
            opening_dates.append((reading.iso, reading.precision, reading.flags))
        paragraphs = paragraphs[1:]
    captions: list[str] = []
    for element in tree.iter("figcaption"):
        text = " ".join(" ".join(element.itertext()).split())
        if text and text not in captions:
            captions.append(text)
    caption_norms = {_norm(c) for c in captions}
    paragraphs = [p for p in paragraphs if _norm(p) not in caption_norms]
    paragraphs, pulled = _without_pull_quotes(paragraphs)
    removed += [Segment("removed", p, "pull quote") for p in pulled]

    lines = page_lines(tree)
    body_norm = _norm("\n".join(paragraphs))
    paragraph_norms = {_norm(p) for p in paragraphs}
    comments: tuple[Comment, ...] = ()
    region = range(0)
    if doc.comments and doc.comments.strip():
        region = _comment_region(lines, doc.comments)
        section_lines = [lines[i] for i in region] if region else doc.comments.split("\n")
        section = parse_comment_section(section_lines, now=fetched_at, not_before=None)
        comments = section.comments
        if not region:
            removed += [Segment("removed", line.strip(), why) for line, (role, why) in zip(section_lines, section.lines)
                        if role == "removed" and line.strip()]
    known = {title_norm, _norm(doc.title or ""), _norm(doc.author or "")} | caption_norms | labels
    page_removed: list[Segment] = []
    for i, line in enumerate(lines):
        key = _norm(line)
        if not key or key in known or key in paragraph_norms:
            continue
        if i in region:
            if comment_marker(line) or form_reason(line) or rating_reason(line) or furniture_reason(line):
                page_removed.append(Segment("removed", line, _line_reason(line)))
            continue
        if len(key.split()) >= 4 and key in body_norm:
            continue
        page_removed.append(Segment("removed", line, _line_reason(line)))
    removed += _settle_weak(page_removed)

    html_lang = None
    root = tree if tree.tag == "html" else tree.getroottree().getroot()
    if root is not None and isinstance(root.tag, str):
        html_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return HtmlExtraction(
        title=title,
        byline=_writers(page_authors(doc.author, _owners(tree, doc, url, lines)),
                        _page_byline(lines, paragraphs, title_norm)),
        sitename=_site_spelling(tree, doc.sitename),
        url=(doc.url or url),
        declared_language=html_lang or doc.language,
        published=_published(tree, _uncommented_date(tree, url, date_params) if _has_comment_sections(tree)
                              else doc.date),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        comments=comments,
        removed=tuple(removed),
        page_dateline=(opening_dates[0] if opening_dates else _page_dateline(lines, paragraphs, title_norm, fetched_at)),
        link_paragraphs=_link_paragraphs(tree, paragraphs),
    )


def _drop_link_cards(tree) -> list[str]:
    """Pop-up cards hidden inside a paragraph after a linked name ("Rep. <a>Voss</a><span><img> Voss
    <a>headline</a> <a>headline</a> MORE</span> (D-Minn.)"): an inline element right after a link, holding
    a picture and two links or more, is not text; it would run the name into other stories' headlines.
    Taken out of the tree (its tail kept); their texts, for `removed`."""
    cards = [el for el in tree.iter("span") if _is_link_card(el)]
    texts = []
    for el in cards:
        parent = el.getparent()
        if parent is None:
            continue
        texts.append(" ".join(" ".join(el.itertext()).split()))
        prev = el.getprevious()
        if el.tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
    return [t for t in texts if t]


def _is_link_card(el) -> bool:
    prev = el.getprevious()
    if prev is None or prev.tag != "a" or (prev.tail or "").strip():
        return False
    if next(el.iter("img"), None) is None or sum(1 for _ in el.iter("a")) < 2:
        return False
    return any(a.tag == "p" for a in el.iterancestors())


def _page_title(tree, doc, url: str | None) -> str | None:
    """trafilatura's title, without the site's name or a section the <title> / og:title adds to the
    headline: the page's site name, its domain and its <h1> headings say which part is the headline."""
    title = " ".join((doc.title or "").split())
    if not title:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(doc.url or url or "").hostname or ""
    sites = (doc.sitename or "", registered_label(host) or "") + _site_names(tree)
    headings = tuple(" ".join(" ".join(h.itertext()).split()) for h in tree.iter("h1"))[:6]
    return title_without_site(title, sites, headings) or title


_SITE_META = "//meta[@property='og:site_name' or @name='application-name' or @name='twitter:site']/@content"


def _site_names(tree) -> tuple[str, ...]:
    return tuple(" ".join(str(v).split()).lstrip("@") for v in tree.xpath(_SITE_META)[:6])


def _site_spelling(tree, sitename: str | None) -> str | None:
    """The site's name as the page spells it: trafilatura capitalises a name that starts in lower case with
    str.title(), which also capitalises every letter after a digit ("9to5Lenholm" → "9To5Lenholm")."""
    if not sitename or not re.search(r"\d[A-Z]", sitename):
        return sitename
    return next((name[:1].upper() + name[1:] for name in _site_names(tree)
                 if re.search(r"\d[a-z]", name) and name.title() == sitename), sitename)


def _link_paragraphs(tree, paragraphs: list[str]) -> int:
    links = {_norm(" ".join(a.itertext())) for a in tree.iter("a")} - {""}
    return sum(_norm(p) in links for p in paragraphs)


def _above_text(lines: list[str], paragraphs: list[str], title_norm: str) -> list[str]:
    """The page lines between the title and the first paragraph of the main text (or the few lines above
    the first paragraph when the title is not found): where a page prints its byline and dateline. Lines
    after the start of the main text are never read: comment dates and authors live there."""
    if not paragraphs:
        return []
    opening = " ".join(_norm(paragraphs[0]).split()[:12])
    start = next((i for i, line in enumerate(lines) if opening and opening in _norm(line)), None)
    if start is None:
        return []
    top = next((max(0, i - 3) for i in range(start - 1, max(-1, start - 40), -1)
                if title_norm and _norm(lines[i]) == title_norm), max(0, start - 12))  # a date may sit just above
    return lines[top:start]


def _page_dateline(lines: list[str], paragraphs: list[str], title_norm: str,
                   fetched_at: str | None) -> tuple[str, str, tuple[str, ...]] | None:
    """The day stated on a dateline above the main text."""
    for line in _above_text(lines, paragraphs, title_norm):
        reading = dateline_reading(line, fetched_at)
        if reading and reading.iso and reading.precision in ("day", "time") and not reading.flags:
            return reading.iso, reading.precision, reading.flags
    return None


# "Posted on March 3, 2022 by Name": a blog's credit line, the date before the name
_DATED_CREDIT = re.compile(r"^(?:posted|published|written|updated)\s+(?:on\s+)?\S.{2,40}?\s+by\s+(?P<who>\S.*)$", re.I)


def _page_byline(lines: list[str], paragraphs: list[str], title_norm: str) -> str | None:
    """The writer a "By Name" line above the main text names, for a page whose metadata names none."""
    for line in _above_text(lines, paragraphs, title_norm):
        dated = _DATED_CREDIT.match(line)
        byline = byline_of(f"By {dated.group('who')}" if dated else line)
        if byline is not None and byline.name and not (byline.credit or byline.editor):
            return byline.name
    return None


def _writers(field: str | None, line: str | None) -> str | None:
    """The page's writers: its author field's, or the byline line's when the field names none, or only the
    first of the writers the line lists ("By Ann Roe, Olek Brand" where the field says "Ann Roe")."""
    if not field:
        return line
    if line and ";" in line and ";" not in field and _norm(line.split(";")[0]) == _norm(field):
        return line
    return field


# "© 2022 Vantrell Media Group. All rights reserved.": the company that owns the site
_COPYRIGHT_OWNER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                              r"(?P<owner>[^\W\d_][^.|/,;©]{1,50})", re.I)


def _owners(tree, doc, url: str | None, lines: list[str]) -> tuple[str, ...]:
    """The names of the site and of the company that owns it: what an author field names beside the writer
    ("Vantrell Media; Ann Roe") without being one."""
    from urllib.parse import urlsplit

    owners = [doc.sitename or "", registered_label(urlsplit(doc.url or url or "").hostname or "") or ""]
    owners += _site_names(tree)
    owners += [m.group("owner").strip() for line in lines[-60:] if len(line) <= 1000
               for m in [_COPYRIGHT_OWNER.search(line)] if m]
    return tuple(o for o in owners if o)


def _comment_region(lines: list[str], comments: str) -> range:
    """The page lines that hold the comments trafilatura found (with the author and date lines between)."""
    wanted = [_norm(c) for c in comments.split("\n") if len(_norm(c).split()) >= 3]
    if not wanted:
        return range(0)
    norms = [_norm(line) for line in lines]
    first = next((i for i, key in enumerate(norms) if key and key in wanted[0]), None) \
        if False else next((i for i, key in enumerate(norms) if wanted[0] in key), None)
    last = next((i for i in range(len(norms) - 1, -1, -1) if wanted[-1] in norms[i]), None)
    if first is None or last is None or last < first:
        return range(0)
    # the header of the first comment (author, date) stands just above its text
    while first > 0 and len(norms[first - 1].split()) <= 8 and not comment_marker(lines[first - 1]):
        first -= 1
    return range(first, last + 1)


def _max_date(fetched_at: str | None) -> str:
    """Latest plausible publication day: the fetch day (a day later for time zones)."""
    try:
        day = datetime.fromisoformat((fetched_at or "").replace("Z", "+00:00")).date()
    except ValueError:
        day = datetime.now().date()
    return (day + timedelta(days=1)).isoformat()


def html_text_lines(html: str) -> list[str]:
    """The page's text lines, for when trafilatura finds no main text: the text rules take over."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None and html.strip():
        # trafilatura refuses a bare fragment ("<p>one paragraph</p>", a feed entry's plain text) as
        # not-quite-HTML; as the fallback, read it inside a page of its own rather than lose it
        tree = load_html(f"<html><body>{html}</body></html>")
    return page_lines(tree) if tree is not None else []
