"""What a single line of page furniture looks like, judged by general vocabularies and shapes.

Each function looks at one line on its own and answers with a reason (a short phrase a reader can
check) or None. Where a line sits (before the body, after it, in a comment section) is text.py's
business. The vocabularies are the words widgets, forms and ratings use across the web, in the
languages newsprism reads most; they name no outlet, person or article.
"""
from __future__ import annotations

import re

# ---------------------------------------------------------------- share / follow widgets

# Phrases a share or follow bar is made of. "strong" phrases are widget words on their own;
# "weak" ones ("X", "Email", "Line", "0") only count next to other widget lines.
_STRONG_WIDGET = (
    "facebook", "twitter", "pinterest", "telegram", "linkedin", "whatsapp", "reddit", "tumblr", "vk",
    "vkontakte", "odnoklassniki", "flipboard", "pocket", "messenger", "viber", "weibo", "wechat", "xing",
    "bluesky", "mastodon", "threads", "gab", "gettr", "parler", "truth social", "minds", "digg",
    "stumbleupon", "google+", "googleplus", "hacker news", "instagram", "youtube", "tiktok", "snapchat",
    "naver", "kakaotalk", "qzone", "skype", "share", "shares", "shared", "sharing", "share this",
    "share article", "share story", "share this article", "share this story", "share this post",
    "share on", "share via", "share to", "click to share on", "click to email a link to a friend",
    "click to print", "opens in new window", "tweet", "tweet this", "print", "print this", "print article",
    "print this article", "print this page", "print friendly", "printer friendly", "email this",
    "email this article", "copy link", "copy url", "copy the link", "link copied", "like this",
    "like loading", "sharethis", "addthis", "addtoany", "follow us", "follow us on", "subscribe",
    "bookmark", "save article", "save for later", "listen to this article", "listen to article",
    "text size", "font size", "partager", "teilen", "compartir", "condividi", "delen", "compartilhar",
    "drucken", "imprimer", "imprimir", "stampa", "twittern", "tweeter",
)
_WEAK_WIDGET = (
    "x", "email", "e mail", "mail", "line", "mix", "copy", "link", "more", "ok", "on", "to", "via",
    "click", "this", "article", "story", "post", "page", "in", "new", "window", "a", "the", "and",
    "google", "pdf", "sms", "rss", "listen", "save", "comment", "comments", "like", "loading", "friend",
    "news", "reddit", "top", "up", "menu", "search", "home", "close", "by",
)
_WIDGET_PHRASES: dict[tuple[str, ...], bool] = {}
for _phrase in _WEAK_WIDGET:
    _WIDGET_PHRASES[tuple(_phrase.split())] = False
for _phrase in _STRONG_WIDGET:
    _WIDGET_PHRASES[tuple(_phrase.split())] = True
_LONGEST_WIDGET = max(len(p) for p in _WIDGET_PHRASES)
_WIDGET_TOKEN = re.compile(r"[a-z+]+|\d+(?:[.,]\d+)?k?", re.I)


_WIDE_GAP = re.compile(r"\s{2,}|\s*\u00a0\s*|\t")


def _spaced_bar(line: str) -> bool:
    """A share bar copied as one line of single words set apart by wide gaps, two of them networks or more
    ("Whatsapp   Facebook   Pin   Download"): its other buttons may bear any label."""
    parts = [p for p in _WIDE_GAP.split(line.strip()) if p]
    if not 3 <= len(parts) <= 8 or any(len(p.split()) > 1 for p in parts):
        return False
    return sum(1 for p in parts if _WIDGET_PHRASES.get((p.lower(),))) >= 2


def widget_strength(line: str) -> str | None:
    """"strong" / "weak" when the whole line is made of share / follow widget words, else None."""
    if len(line) > 160 or line.rstrip().endswith((".", "?", "!")) and not line.rstrip().endswith("..."):
        return None
    tokens = [t.lower() for t in _WIDGET_TOKEN.findall(line.replace("e-mail", "email").replace("E-mail", "email"))]
    if not tokens or len(tokens) > 24:
        return None
    if _spaced_bar(line):
        return "strong"
    strong = False
    i = 0
    while i < len(tokens):
        if tokens[i][0].isdigit():  # share counts: "Share 12", "1.2k"
            i += 1
            continue
        for size in range(min(_LONGEST_WIDGET, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + size])
            if key in _WIDGET_PHRASES:
                strong = strong or _WIDGET_PHRASES[key]
                i += size
                break
        else:
            return None
    if all(t[0].isdigit() for t in tokens):
        return None
    return "strong" if strong else "weak"


# ---------------------------------------------------------------- captions and photo credits

_CREDIT_WORD = r"(?:photo(?:graph)?s?|image|picture|pic|foto|bild|illustration|graphic|video|screenshot|screengrab|credit|photo credit|image credit|file photo)"
_CAPTION_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\(\s*" + _CREDIT_WORD + r"\s*(?:credit\s*)?[:/]\s*[^()]{1,80}\)\s*\.?\s*$", re.I), "caption: photo credit"),
    (re.compile(r"^\s*\(?\s*" + _CREDIT_WORD + r"\s*(?:credit\s*)?(?::|by\b|©)\s*\S", re.I), "caption: photo credit"),
    (re.compile(r"[.)\s]\s*" + _CREDIT_WORD + r"\s*(?:credit\s*)?(?::|by\b|©)\s*[^.:]{1,80}\.?\s*$", re.I), "caption: photo credit"),
    (re.compile(r"\b(?:getty images|shutterstock|istock(?:photo)?|unsplash|wikimedia commons|ap photo|pool photo)\b", re.I),
     "caption: photo agency credit"),
    (re.compile(r"\b[A-Z][\w.'-]*\s*/\s*(?:AFP|REUTERS|Reuters|AP|EPA|EPA-EFE|Xinhua|ANADOLU|Anadolu|dpa|DPA|TASS|Sputnik|AAP|ANSA|PA)\b"
                r"|\b(?:AFP|REUTERS|AP|EPA|Xinhua|dpa)\s*/\s*[A-Z]"), "caption: photo agency credit"),
    (re.compile(r"^\s*\(?\s*file\s+(?:photo|picture|image)\b", re.I), "caption: file photo"),
    # a player's or a picture's label read out as text: "Image caption ...", "Media caption ..."
    (re.compile(r"^\s*(?:image|media|video|photo|picture)\s*(?:caption|copyright|credit|source)\b", re.I),
     "caption: label"),
    # a picture's caption that ends with the agency in brackets: "... at the port (AFP)", or glued to
    # the caption's last period when the page is copied: "... at dawn.Ilse Varn/Getty", "... on Monday.Reuters"
    (re.compile(r"\(\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty Images|Getty|Xinhua|dpa|ANP|AAP|PA)\s*\)\s*$"),
     "caption: photo agency credit"),
    (re.compile(r"[.!?](?:[A-Z][\w.'’ -]{1,40}/\s*)?(?:Getty(?: Images)?|Reuters|REUTERS|AP|AFP|EPA|Shutterstock)\s*$"),
     "caption: photo agency credit"),
    # a photographer and an agency in brackets, closing a caption or standing alone:
    # "(Mara Quist / Lenholm Press)", "... in the lab. ( OLEK BRAND/SCIENCE SOURCE)"
    (re.compile(r"\(\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*/\s*[A-Z][\w'’.&-]*(?:\s+[A-Z&][\w'’.&-]*){0,4}\s*\)\s*$"),
     "caption: photo credit"),
    # a caption whose credit the copy glued to its last word: "... at the quayCredit: Mara Quist/Lenholm Press"
    (re.compile(r"[a-z)]Credit:\s*\S[^.]{0,60}$"), "caption: photo credit"),
    # a photographer and an outlet alone on their line: "Mara Quist/Lenholm Press", "Ansel K. Brandt/VANTRELL"
    (re.compile(r"^(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][a-z][\w'’-]*|[A-Z]\.)){1,3}\s*/\s*"
                r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4}$"), "caption: photo credit"),
    # "Courtesy of Mara Quist", "Lenholm Harbour Authority via AP": a picture's source alone on its line
    (re.compile(r"^\s*\(?(?:photo |image |picture )?courtesy(?: of)?\s+[A-Z][^.]{0,50}\)?$|"
                r"^[A-Z][^.]{0,60}\svia (?:AP|Reuters|AFP|Getty Images|EPA|Shutterstock)\s*$", re.I), "caption: photo credit"),
    # who stands where in the picture: "Mara Quist (left) and Olek Brand at the gate"
    (re.compile(r"\((?:left|right|centre|center|second left|second right|far left|far right|pictured|top|bottom|"
                r"from left|from right)\)", re.I), "caption: who is where in the picture"),
)


_CAPTION_CUES = ("caption", "phot", "imag", "pic", "foto", "bild", "illustr", "graphic", "video", "screen", "credit", "getty",
                 "shutterstock", "istock", "unsplash", "wikimedia", "/", "afp", "ap", "reuters", "epa", "xinhua", "dpa",
                 "courtesy")


def _has_cue(line: str, cues: tuple[str, ...]) -> bool:
    """A cheap test before the costly patterns: does the line hold any cue word at all?"""
    low = line.lower()
    return any(cue in low for cue in cues)


_WHERE_IN_PICTURE = "caption: who is where in the picture"
_REPORTED = re.compile(r"\b(?:said|says|told|tells|added|adds|announced|wrote|warned|claimed)\b", re.I)


# a gallery's counter glued to the caption it numbers: "2of6Crews load the ferry at dawn ..."
_GLUED_COUNTER = re.compile(r"^\d{1,3}of\d{1,3}(?=[A-Z\"“‘'])")


def caption_reason(line: str) -> str | None:
    """A photo caption or credit line ("... (Photo: AFP)", "Image: ...", "Name / Reuters")."""
    stripped = line.strip()
    if _GLUED_COUNTER.match(stripped):
        return "caption: gallery counter glued to its caption"
    if not stripped or len(stripped.split()) > 80 or not _has_cue(stripped, _CAPTION_CUES) and "(" not in stripped:
        return None
    for pattern, reason in _CAPTION_PATTERNS:
        if pattern.search(stripped):
            if reason == _WHERE_IN_PICTURE and (len(stripped.split()) > 20 or _REPORTED.search(stripped)):
                continue  # "Councillor Ann Roe (pictured) said the budget …": a paragraph that points at a photo
            return reason
    if re.fullmatch(r"\(?\s*(?:AFP|AP|REUTERS|Reuters|EPA|Getty|GETTY|Getty Images|GETTY IMAGES|Shutterstock|Xinhua|dpa)\s*\)?\.?",
                    stripped):
        return "caption: photo agency credit"
    return None


# ---------------------------------------------------------------- ratings

_RATING = re.compile(
    r"^\s*(?:"
    r"\d(?:[.,]\d+)?\s*(?:/|out of|of|von|sur|de)?\s*\d+\s*(?:stars?)?\s*(?:\(?\s*\d+\s+(?:votes?|ratings?|reviews?)\s*\)?)?"
    r"|\d(?:[.,]\d+)?\s+\d+\s+votes?"
    r"|rated\s+\d(?:[.,]\d+)?\s*(?:/|out of|of)\s*\d+\b.{0,40}"
    r"|\(?\s*\d+\s+(?:votes?|ratings?)\s*\)?(?:,\s*average:?\s*[\d.,]+(?:\s*out of\s*\d+)?)?"
    r"|(?:article|user|reader|average|overall|our)?\s*ratings?\s*:?(?:\s*[\d.,]+\s*(?:/\s*\d+|out of \d+|stars?)?)?"
    r"|rate (?:this|the) (?:article|post|story|page)\s*:?"
    r"|click to rate this (?:post|article)!?|vote count:?\s*\d*|average rating:?.*"
    r"|no votes so far!?.*|be the first to rate.*|\[?total:\s*\d+\s+average:\s*[\d.]+\]?"
    r"|[★☆✩✪⭐]{2,}.*"
    r")\s*$", re.I)


def rating_reason(line: str) -> str | None:
    """An article rating widget ("4.8 5 votes", "Article Rating", "4.1 out of 5 (23 votes)")."""
    return "rating widget" if len(line) < 100 and _RATING.match(line) else None


# ---------------------------------------------------------------- other furniture

_FURNITURE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|all rights reserved)", re.I), "copyright line"),
    (re.compile(r"\ball rights reserved\.?\s*$", re.I), "copyright line"),
    (re.compile(r"^\s*(?:tags?|topics?|keywords?|filed under|categor(?:y|ies)|posted in|themen|schlagworte|mots[- ]clés|etiquetas)"
                r"\s*:", re.I), "tag list"),
    (re.compile(r"^\s*(?:advertisement|advertising|advert|sponsored(?: content)?|anzeige|publicité|publicidad|ad|ads|"
                r"story continues (?:below|after) (?:the )?(?:advertisement|ad)|continue reading (?:below|the main story)|"
                r"article continues (?:below|after) (?:this )?(?:advertisement|ad))\s*$", re.I), "advertisement"),
    (re.compile(r"^\s*(?:read more|read also|also read|see also|related(?: articles?| posts?| stories| content| news| coverage)?|"
                r"recommended(?: for you| stories| articles)?|(?:read )?more (?:from|on|in|stories|news|articles)\b[^.]*|next up in\b[^.]*|"
                r"you (?:may|might) also (?:like|be interested in)|trending(?: now)?|most (?:read|popular|viewed|shared)|"
                r"editor'?s picks?|don'?t miss|watch|listen|click here[^.]*|lesen sie auch|mehr zum thema|à lire aussi|"
                r"lire aussi|lee también|leia também|leggi anche|(?:our |the )?newsletters?|"
                r"(?:latest|top|popular|more) (?:news|stories|headlines|articles|posts))\s*(?:[:»>|]|$)", re.I),
     "related links / promotion"),
    (re.compile(r"^\s*(?:sign up|subscribe|get (?:our|the) [\w ]{0,30}newsletter|join (?:us|our) on|follow us|download (?:our|the) app|"
                r"support (?:us|our journalism|independent journalism)|donate|become a (?:member|patron|subscriber))\b[^.]{0,120}$",
                re.I), "related links / promotion"),
    (re.compile(r"^\s*(?:\d+\s+min(?:ute)?s?\s+read|reading time:?\s*\d+\s*min\w*|\d+\s+(?:views|reads|likes|shares))\s*$", re.I),
     "page furniture: reading time / counters"),
    # a gallery's or a teaser's counter, after its date or alone: "34 photos", "Nov 18  52 photos"
    (re.compile(r"^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}\s+)?\d+\s+(?:photos|pictures|images|videos|slides)\s*$", re.I),
     "page furniture: reading time / counters"),
    # a gallery's counter alone: "Image 1 of 8", "Image 1 of / 8", "3 of 12"
    (re.compile(r"^\s*(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*/?\s*\d{1,3}\s*$", re.I),
     "page furniture: gallery counter"),
    # the heading of a list of other stories: "Most read in Sport", "Top stories in Nation", "More Business News",
    # "Editors' Picks", "We Recommend", "Read this next", "Explore further", "Related links:", "Partner news"
    (re.compile(r"^\s*(?:(?:most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories)|more (?:news|stories)|"
                r"other (?:news|stories)) (?:in|from|on)\b[^.]{0,40}|more [\w&'’ ]{1,30} (?:news|stories|articles)|"
                r"editors['’]? picks?|we recommend|read (?:this )?next|explore further|related (?:links|reading|videos?)|"
                r"latest videos|partner (?:news|content)|recent (?:posts|stories|articles)|popular|recent)\s*:?\s*$", re.I),
     "related links / promotion"),
    # a writer's role alone on its line, under or beside the name: "Staff Writer", "Senior editor at Lenholm Courier."
    # (narrower than metadata.ROLE_WORDS on purpose: "STAFF" alone is a gold body line on two benchmark pages)
    (re.compile(r"^\s*(?:[\w&'’-]+\s+){0,2}(?:writer|reporter|editor|correspondent|columnist|contributor)"
                r"(?:\s+(?:at|for)\s+[^,.]{1,40})?\s*\.?\s*$|^\s*(?:[\w-]+\s+)?(?:writer|reporter|editor|correspondent|"
                r"columnist)\s+@\w+\s*$", re.I), "credit: a writer's role alone"),
    # copy credited to the wires without a name: "Lenholm Courier wire services", "From staff and wire reports"
    # (not "Staff Reports" alone, a gold body line on one benchmark page, nor a menu's "News Services")
    (re.compile(r"^\s*(?:from\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}(?:and\s+)?wire\s+(?:services|reports)\s*$", re.I),
     "credit: wire copy"),
    # who else reported: "Mara Quist contributed to this report.", "Ansel Brandt contributed reporting from Vantrell.",
    # "Reporting by Dana Whitfield; Editing by Mark Tennant"
    (re.compile(r"^[^.!?]{2,250}\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting(?: from [^.]{1,60})?)"
                r"\s*\.?\s*$|^\s*\(?(?:additional )?reporting by\b.{0,250}\b(?:editing|writing) by\b", re.I),
     "credit: contributors' note"),
    # a teaser's age, not a date: "10H ago", "updated 15M ago", "Published 1 day ago", "7H ago  08:51" (a
    # clip's length after it), "12H ago  34 photos"
    (re.compile(r"^\s*(?:(?:updated|published|posted|last updated|edited)\s*:?\s*)?(?:\d+|an?|one)\s*"
                r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)"
                r"\s+ago\.?(?:\s+(?:\d+\s+(?:photos|pictures|images|videos|slides)|\d{1,2}:\d{2}(?::\d{2})?))?\s*$"
                r"|^\s*just now\s*$", re.I), "page furniture: relative time stamp"),
    # a player's or a gallery's label standing alone on its line: "video", "Photos", "Caption", "Credit..."
    (re.compile(r"^\s*(?:video|videos|photo|photos|gallery|photo gallery|image gallery|slideshow|audio|podcast|"
                r"interactive|caption|credit\s*(?:\.\.\.|…)|watch video|play video)\s*$", re.I), "media label"),
    # a list's links to the rest of it: "View all (23)", "See more", "Featured Video View all", "Back to Gallery"
    (re.compile(r"^\s*(?:(?:featured|latest|more|top)\s+(?:videos?|photos?|stories|news|galleries)\s+)?(?:view|see|show)"
                r"\s+(?:all|more)(?:\s*\(\d+\))?\s*$|^\s*back to (?:the )?(?:gallery|galleries|article|story|list|"
                r"search results|results|index)\s*$", re.I), "navigation: list link"),
    # a footer's legal links, alone or strung together: "Privacy Policy | Terms & Conditions", "Cookie Settings"
    (re.compile(r"^\s*(?:(?:(?:updated |new )?privacy (?:policy|notice|overview|statement|settings)|"
                r"cookie (?:policy|settings|preferences|statement|notice)|terms (?:and|&) conditions|terms of (?:use|service|sale)|"
                r"contact (?:us|preferences)|site ?map|advertise(?: with us)?|ad choices|accessibility(?: statement)?|"
                r"do not sell my (?:personal )?info(?:rmation)?)\s*(?:[|•·/–-]\s*|$))+$", re.I), "footer links"),
    # a newsletter's sign-up box: "Join our newsletter", "Breaking News Emails", "Daily newsletter"
    (re.compile(r"^\s*(?:(?:join|get|sign up (?:for|to)|subscribe to) (?:our|the) (?:[\w'’]+ ){0,3}newsletters?|"
                r"(?:breaking news|news|daily|email) (?:emails|alerts)|(?:[\w'’]+ ){0,2}newsletters?)\s*[.!]?\s*$", re.I),
     "newsletter sign-up"),
    (re.compile(r"^\s*(?:skip to (?:main )?content|back to top|jump to (?:comments|content)|previous (?:article|post|story)\b.*|"
                r"next (?:article|post|story)\b.*|(?:← |« )?older posts?|newer posts?(?: →| »)?|toggle navigation|main menu|menu|"
                r"search(?: for)?:?|close|home)\s*$", re.I), "navigation"),
    (re.compile(r"^\s*home\s*(?:[>»/|›]\s*[^>»/|›]{1,40}){1,6}$", re.I), "navigation: breadcrumb"),
    # the share bar's own labels, sometimes with the headline after them, and link notices
    (re.compile(r"^\s*(?:share|show|close|hide|more|open)\b[^.]{0,30}\bsharing options\b", re.I), "share widget"),
    (re.compile(r"^[^.]{0,40}\b(?:opens?|will open) in a new (?:window|tab)\.?\s*$", re.I), "navigation"),
)


_CRUMB_SEPARATOR = re.compile(r"\s*[>»›]\s*")
_YOU_ARE_HERE = re.compile(r"^\s*(?:you are here|sie sind hier|vous êtes ici|usted está aquí)\s*:?\s*", re.I)


def _breadcrumb(line: str) -> bool:
    """A trail of section names: "News › World › Europe", "BLOG > Health > Sleep", "Home »"."""
    text = _YOU_ARE_HERE.sub("", line).strip()
    if text != line.strip() and len(text) <= 120 and len(text.split()) <= 8 and not text.endswith((".", "!", "?")):
        return True  # the label says it: "You are here: HomeNewsWorld" (a trail whose links the copy glued)
    if len(text) > 120 or not _CRUMB_SEPARATOR.search(text) or text.endswith((".", "!", "?")) \
            or re.search(r"[<«‹]", text):
        return False  # "<Title>", «quote»: brackets and quotation marks, not a trail
    parts = _CRUMB_SEPARATOR.split(text)
    named = [p for p in parts if p.strip()]
    if not named or not parts[0].strip() or len(named) < 2 and parts[-1].strip():
        return False  # "» Section" alone is a link, not a trail; "Home »" and "A › B" are trails
    return all(len(p.split()) <= 4 for p in named)


# Notices that widgets and footers print under or beside an article, in the words such notices use across
# the web: market data's delay and source, the wire's reuse notice, terms accepted by using the site or by
# signing up, cookie notes. Matched at the start of a line, however long the notice runs.
_NOTICE = re.compile(
    r"^\s*(?:quotes? (?:are )?delayed (?:by |at least |up to |for )?\d|(?:real[- ]time )?(?:quotes?|market data|stock data|price data|prices)\s+"
    r"(?:are\s+)?(?:provided|powered|supplied) by\b|this material may not be (?:published|reproduced|copied)\b|"
    r"(?:registration on or )?use of this (?:site|website) constitutes acceptance\b|"
    r"by (?:signing up|subscribing|registering|clicking)[^.]{0,60}\byou (?:agree|accept|consent)\b|"
    r"this (?:web)?site uses cookies\b|we use cookies\b|"
    r"(?:necessary|functional|non-necessary|analytics?|performance) cookies are\b|any cookies that\b)", re.I)


# a newsletter box's sentences, spoken to the reader: "Get the top stories delivered to your inbox", "Subscribe to our
# newsletter", "You have been successfully subscribed!", "Sign-up successful!", "You can unsubscribe at any time",
# "No spam, we promise."
_NEWSLETTER_PROSE = re.compile(
    r"\b(?:to your inbox|meet your inbox|(?:subscribe|subscribing|sign up) (?:to|for) our\b[^.]{0,30}\bnewsletters?|"
    r"you have (?:been )?(?:succ?ess?fully |now )?subscribed|sign-?up (?:was )?successful|thanks? (?:you )?for subscribing|problem subscribing you|"
    r"(?:you can )?unsubscribe at any time|no spam,? we promise)\b", re.I)


# A line of the page's script copied with its text ("var share = 'Post'; P.init({'title': ...});"): no prose
# opens so, and the parser read its quoted strings as quotations. A statement mark (";" or "{") must follow.
_SCRIPT_CODE = re.compile(r"(?:(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=|function\s*[\w$]*\s*\(|"
                          r"(?:window|document)\.[\w$]+\s*[.=(])[^\n]*?[;{]")


def furniture_reason(line: str) -> str | None:
    """Copyright, tag lists, ads, related-link promos, counters, navigation, notices, script code."""
    stripped = line.strip()
    if _SCRIPT_CODE.match(stripped):
        return "script code"
    if not stripped or len(stripped) > 1500:
        return None
    if _NOTICE.match(stripped) and not _REPORTED.search(stripped):
        # a notice never reports anyone: "We use cookies to tag the birds, the researchers said" is news
        return "notice (market data, terms, cookies)"
    if len(stripped) > 300:
        return None
    if _breadcrumb(stripped):
        return "navigation: breadcrumb"
    for pattern, reason in _FURNITURE:
        if pattern.search(stripped):
            if reason == "related links / promotion" and len(stripped.split()) > 25:
                continue
            return reason
    if len(stripped.split()) <= 40 and _NEWSLETTER_PROSE.search(stripped) and not _REPORTED.search(stripped):
        return "newsletter sign-up"
    return None


# A note on the writer closing the article: "Dana Whitfield is a freelance writer based in Vantrell.", "Mark Tennant
# (mark@example.org) is the editor of the Lenholm Courier." (text.py reads it only among the body's last lines.)
_AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s+\([^()]{1,60}\))?\s+is\s+(?:an?|the)\s+(?:[\w,&'’-]+\s+){0,6}?"
    r"(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|author|producer|educator|blogger)s?\b")


def author_note_reason(line: str) -> str | None:
    """A line presenting the article's writer ("Name is a staff writer at ..."), or None."""
    stripped = line.strip()
    if len(stripped.split()) > 60 or not _AUTHOR_NOTE.match(stripped) or _REPORTED.search(stripped):
        return None
    return "note on the writer"


# ---------------------------------------------------------------- comment sections and forms

_COMMENT_MARKER_STRONG = re.compile(
    r"^\s*(?:"
    r"leave (?:a|your) (?:reply|comment|response)|post (?:a|your) comment|add (?:a |your )?comment|make a comment|"
    r"write (?:a|your) comment|submit (?:a )?comment|join the (?:discussion|conversation|debate)|notify of|"
    r"inline feedbacks?|view all comments|show (?:all )?comments|(?:load|show|view) more comments|"
    r"loading (?:facebook |disqus )?comments(?:\s*\.\.\.|…)?|comments are closed\.?|comments powered by disqus\.?|"
    r"reader comments|readers'? comments|\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)|"
    r"(?:one|two|three) (?:comments?|responses?|thoughts?|replies?)(?: (?:to|on)\b.*)?|"
    r"comments?\s*\(\s*\d+\s*\)|what do you think\??|tell us what you think(?:\.\.\.|…|[?!.])?|have your say|"
    r"kommentare?|kommentar schreiben|laisser un commentaire|commentaires?|deja (?:un|tu) comentario|comentarios|commenti"
    r")\s*:?\s*$", re.I)
_COMMENT_MARKER_WEAK = re.compile(r"^\s*(?:(?:reader|readers'?|listener|listeners'?|viewer|viewers'?|user|your|latest|top|all)\s+)?"
                                  r"(?:comments?|commentar(?:y|ies)|discussion|responses|feedback|reactions)\s*:?\s*$", re.I)

_FORM = re.compile(
    r"^\s*(?:"
    r".{0,60}\b(?:e-?mail|address)\b.{0,60}\b(?:publish\w*|private|shared|displayed|visible)\b.{0,40}|"
    r".{0,60}\b(?:publish\w*|share|display|show)\b.{0,30}\b(?:e-?mail|address)\b.{0,40}|"
    r"(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message)\s*(?:\*|\([^)]{0,30}\))\s*|"
    r"anti-?spam\b.*|spam protection\b.*|"
    r".{0,40}\b(?:fields?|felder|champs|campos)\b.{0,40}\b(?:required|marked|mandatory|obligatoires?|pflicht\w*)\b.{0,40}|"
    r"(?:all |required |mandatory )fields?\b.{0,60}|.{0,20}\(?\brequired\b\)?\s*\*?|"
    r"not to be published|(?:will )?not be published|(?:your )?comment\s*\*?|(?:your )?name\s*\*?|"
    r"(?:your )?e-?mail(?: address)?\s*\*?|(?:your )?website\s*\*?|url|post comment|submit(?: comment)?|send|"
    r"cancel reply|save my name, e-?mail.*|notify me of .*|captcha(?: challenge)?|enter the (?:code|characters).*|"
    r"type the (?:characters|code).*|i'?m not a robot|δ|this site uses akismet.*|subscribe|login|log ?in(?: to \w+)?|"
    r"sign ?in(?: to \w+)?|connect with:?|please (?:log ?in|sign ?in|enable javascript).*|you must be logged in.*|"
    r"up|down|reply|report(?: comment| abuse)?|like|dislike|\d+\s*likes?|[-+]?\d+|oldest|newest|most voted|"
    r"best|top|sort by.*|guest|(?:load|show|view) (?:more|all)(?: comments| replies)?|view \d+ repl(?:y|ies)|collapse|"
    r"comments? (?:are|is|will be) (?:closed|moderated|reviewed|checked)\b.*|"
    r"expand|anonymous|\(?\d+\)?\s*repl(?:y|ies)|flag|share|edit|delete"
    r")\s*[.:!]?\s*$", re.I)
_NUMBER_WORDS = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d+)")
_CAPTCHA = re.compile(
    r"^\s*(?:[\w -]{0,30}:\s*)?(?:what is\s+)?" + _NUMBER_WORDS + r"(?:[\s-]+" + _NUMBER_WORDS + r")?\s*[−\-–+×x*÷/]\s*"
    + _NUMBER_WORDS + r"(?:[\s-]+" + _NUMBER_WORDS + r")?\s*=\s*(?:" + _NUMBER_WORDS + r"|_+|\?|\.\.\.|…)?\s*\??\s*$", re.I)


# the action bar under a reader comment: "Like 12", "Like · Reply · Report", "Reply (3) | Flag"
_COMMENT_ACTIONS = re.compile(r"^(?:(?:likes?|dislikes?|reply|replies|report|flag|share)\s*[:·•|]?\s*(?:\(?\d+\)?)?"
                              r"\s*[·•|]?\s*){1,5}$", re.I)


def comment_marker(line: str) -> str | None:
    """"strong" when the line opens a comment section on its own, "weak" for a bare "Comments" heading."""
    if len(line) > 120:
        return None
    if _COMMENT_MARKER_STRONG.match(line):
        return "strong"
    if _COMMENT_MARKER_WEAK.match(line):
        return "weak"
    return None


_FORM_CUES = ("mail", "publi", "requir", "field", "felder", "champs", "campos", "spam", "comment", "captcha", "robot",
              "akismet", "log", "sign", "javascript", "notify", "save my", "=")


def form_reason(line: str) -> str | None:
    """A comment form's labels, buttons, notices and captcha ("seventeen − 16 =")."""
    stripped = line.strip()
    if not stripped or len(stripped) > 200 or len(stripped) > 30 and not _has_cue(stripped, _FORM_CUES):
        return None
    if _CAPTCHA.match(stripped):
        return "comment form: captcha"
    if _FORM.match(stripped) or _COMMENT_ACTIONS.match(stripped):
        return "comment form"
    return None
