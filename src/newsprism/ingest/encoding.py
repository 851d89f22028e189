"""Which text encoding a document's bytes are in.

Order: byte-order mark, UTF-16 without a mark, UTF-8 (also when only a few bytes are broken),
the charset the document or server declares, then charset-normalizer's guess. When several
legacy encodings fit equally well, the one whose decoded words are real words of the
detected language wins (a wrong code page turns "powiedział" into "powiedzia³").
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from newsprism.records import RawDocument

_BOMS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels browsers read as a superset encoding (WHATWG Encoding Standard).
_SUPERSETS = {
    "latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
    "gb2312": "gbk", "tis-620": "cp874", "euc_kr": "cp949",
}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""", re.I)


class UndecodableText(ValueError):
    """No text encoding fits the bytes."""


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte; tell which side."""
    sample = head[:4096] if len(head) % 2 == 0 else head[:4095]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    share_even, share_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if share_odd > 0.4 and share_even < 0.05:
        name = "utf-16-le"
    elif share_even > 0.4 and share_odd < 0.05:
        name = "utf-16-be"
    else:
        return None
    try:
        sample.decode(name)
    except UnicodeDecodeError:
        return None
    return name


def normalise_label(label: str | None) -> str | None:
    """A charset label as Python knows it ('ISO-8859-1' → 'cp1252'); None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_in_markup(head: bytes) -> str | None:
    """The charset an HTML <meta> or an XML declaration names, if any."""
    match = _XML_ENCODING.search(head[:512]) or _META_CHARSET.search(head[:8192])
    return match.group(1).decode("ascii") if match else None


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8, or UTF-8 with a few broken bytes (a cut last character, a stray Latin-1 byte)."""
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return True
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127) - broken
    return valid >= 10 * broken


def _decodes(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
        return True
    except (UnicodeDecodeError, LookupError):
        return False


def detect_encoding(data: bytes, declared: str | None = None) -> str:
    """The Python codec name to decode `data` with; raises UndecodableText when none fits."""
    found = bom_encoding(data) or utf16_without_bom(data[:4096])
    if found:
        return found
    if _mostly_utf8(data):
        return "utf-8"
    name = normalise_label(declared)
    if name and _decodes(data, name):
        return name
    return _guess_legacy(data)


def decode_text(raw: RawDocument) -> str:
    """The document's text: its bytes decoded with the encoding ingest found (broken bytes → U+FFFD)."""
    return raw.data.decode(raw.encoding or "utf-8", errors="replace")


# ---------------------------------------------------------------- legacy encodings

_SAMPLE = 200_000
_NEEDS_TOKENIZER = {"zh", "ja", "ko"}
_CHAOS_MARGIN = 0.06


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    sample = data[:_SAMPLE]
    matches = list(from_bytes(sample))
    if not matches:
        raise UndecodableText("not UTF-8, and no known text encoding fits the bytes")
    best_chaos = min(m.chaos for m in matches)
    candidates = [m.encoding for m in matches if m.chaos <= best_chaos + _CHAOS_MARGIN]
    if "cp1252" not in candidates and _decodes(sample, "cp1252"):
        candidates.append("cp1252")  # the usual encoding of unlabelled Western pages
    texts = {name: sample.decode(name, errors="replace") for name in candidates}
    if len(set(texts.values())) > 1:
        scores = {name: _word_score(text) for name, text in texts.items()}
        candidates.sort(key=lambda name: -scores[name])  # stable: charset-normalizer's rank breaks ties
    choice = candidates[0]
    if texts.get("cp1252") == texts[choice]:
        choice = "cp1252"  # same text either way: name the common one
    text = texts[choice]
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if controls > 0.02 * max(len(text), 1):
        raise UndecodableText(f"not UTF-8, and even the best guess ({choice}) leaves control characters")
    return choice


def _is_word(token: str) -> bool:
    return all(unicodedata.category(ch)[0] in "LM" or unicodedata.category(ch) == "Nd" or ch in "'’-"
               for ch in token)


def _word_score(text: str, limit: int = 300) -> int:
    """Known words minus unknown ones, over the tokens that hold non-ASCII characters."""
    import py3langid
    import wordfreq

    language = py3langid.classify(text[:5000])[0]
    # Chinese, Japanese and Korean word lists need extra tokenizer packages; their legacy
    # encodings are multi-byte and rarely tie anyway.
    known_language = language in wordfreq.available_languages() and language not in _NEEDS_TOKENIZER
    score = 0
    seen = 0
    for raw_token in text.split():
        token = _strip_punct(raw_token)
        if not token or token.isascii():
            continue
        seen += 1
        if _is_word(token) and known_language and wordfreq.zipf_frequency(token.lower(), language) > 0:
            score += 1
        else:
            score -= 1
        if seen >= limit:
            break
    return score


def _strip_punct(token: str) -> str:
    start, end = 0, len(token)
    while start < end and unicodedata.category(token[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(token[end - 1])[0] in "PS":
        end -= 1
    return token[start:end]
