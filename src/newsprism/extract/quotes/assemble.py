"""The entry points: `find_attributions` (every attribution of an article: quotation marks and cue verbs
in text order, so pronouns see the previous speaker; a quote that is a whole paragraph with no verb of
its own continues the previous speaker's quote; then headline colons and the stance rules),
`partial_quotes` (quoted words inside reported speech are that speaker's) and `to_quotes` (the Quote
records, each marked speech or stance).
"""
from __future__ import annotations

import re

from newsprism.clean.metadata import after_opener
from newsprism.extract.cues import SPEECH_ACT_VERBS, SPEECH_NOUNS
from newsprism.extract.mentions import Found, doc_text
from newsprism.extract.lexicon import is_media
from newsprism.extract.quotes.according_to import (_according_content, _according_to, _name_after,
                                                   _subject_run_into_source)
from newsprism.extract.quotes.colon_lines import _colon_lines
from newsprism.extract.quotes.common import _PRONOUNS, Attribution, _range_minus, _subtree_span
from newsprism.extract.quotes.content import (_asked_clause, _content_clause, _contrast_after, _impersonal,
                                              _object_content, _relative_object, _says_nothing)
from newsprism.extract.quotes.direct import _cue_near_quote, _quoted_title, text_lead_in
from newsprism.extract.quotes.marks import Marked, SCARE_MAX_WORDS, doc_marks, _fit_marks, _opens_quotation
from newsprism.extract.quotes.sources import _from_verb, _name_for, _pronoun_after_a_group, _source_np
from newsprism.extract.quotes.stances import (_drop_nested_stances, _findings_in, _in_the_eyes_of, _light_verb_cues,
                                              _nested_stance, _noun_cues, _passive_by, _records_show, _stance_received,
                                              _stance_adjectives)
from newsprism.extract.quotes.subjects import (_as_aside_apposition, _as_clause, _closing_tag, _cue_verb_indices,
                                               _inverted_subject, _is_cue_verb, _own_subject, _tag_inside_clause)
from newsprism.records import Quote, Span, stable_id


def _tokens_in(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _quoted_judgement(doc, verb, marks) -> tuple[int, int] | None:
    """"a payout that Voss blasted on a call as “plainly unfair”", "a blast that Roe described as “a
    deliberate attack”": the relative pronoun stands for the thing judged; the quoted words in the verb's
    phrase after it are what the speaker said (else they were left a scare quote). The span from the
    verb's part holding the first such quotation ("as “…”") to the quotation's end, or None."""
    end = doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i].text)
    m = next((m for m in marks if doc[verb.i].idx < m.start < end), None)
    if m is None:
        return None
    part = next((c for c in verb.children if c.i > verb.i and c.left_edge.idx <= m.start
                 and m.start < doc[c.right_edge.i].idx + len(doc[c.right_edge.i].text)), None)
    if part is None or part.left_edge.idx >= m.start:
        return None  # "that Voss called “a disgrace”": nothing but the quotation to report
    return part.left_edge.idx, m.end


def find_attributions(doc, found: list[Found]) -> list[Attribution]:
    """Every attribution in an article: direct, indirect and scare quotes with cues and sources."""
    text = doc_text(doc)
    marks = doc_marks(doc)
    inside: set[int] = set()
    mark_tokens: list[set[int]] = []
    for m in marks:
        idx = {t.i for t in _tokens_in(doc, m.inner_start, m.inner_end)}
        mark_tokens.append(idx)
        inside |= idx
    attributions: list[Attribution] = []
    claimed: set[int] = set()  # starts of the quotations a cue has claimed
    by_cue: dict[int, Attribution] = {}
    last: Found | None = None
    last_speaker: str | None = None
    last_att: Attribution | None = None
    last_direct: Attribution | None = None  # the last quotation a cue claimed
    last_end = -1

    def around(tok, pieces: list[tuple[int, int]]) -> None:
        """An indirect attribution of the sentence around a tag or an aside (`pieces`: what was said), which
        later pronouns see as the last speaker."""
        nonlocal last, last_speaker, last_end, last_att
        att = _from_verb(doc, tok, found, last, kind="indirect")
        att.contents.extend(pieces)
        by_cue[tok.i] = att
        attributions.append(att)
        if att.speaker_found is not None:
            last = att.speaker_found
        if att.speaker:
            last_speaker, last_end, last_att = att.speaker, pieces[-1][1], att

    events = []  # process in text order so pronouns see the previous speaker
    for n, m in enumerate(marks):
        events.append((m.start, "mark", n))
    for i in _cue_verb_indices(doc):
        tok = doc[i]
        if _is_cue_verb(tok) and tok.i not in inside:
            events.append((tok.idx, "verb", tok.i))
    for cue_tok, to, pobj in _according_to(doc):
        if cue_tok.i not in inside:
            events.append((cue_tok.idx, "according", cue_tok.i))
    events.sort()

    for _, kind, n in events:
        unjudged = None  # the relative pronoun a quoted judgement replaced as what was said
        if kind == "mark":
            m = marks[n]
            words = len(re.findall(r"\w+", text[m.inner_start:m.inner_end]))
            if words == 0:
                continue
            own = [doc[i] for i in sorted(mark_tokens[n])]
            if own and _quoted_title(doc, own, text[m.inner_start:m.inner_end].rstrip()):
                attributions.append(Attribution([(m.start, m.end)], "scare", title=True))
                continue
            cue = _cue_near_quote(doc, m, mark_tokens[n], inside - mark_tokens[n], words)
            if cue is None and words > SCARE_MAX_WORDS:
                cue = text_lead_in(doc, m.start)
            if cue is not None:
                att = by_cue.get(cue.i)
                if att is None:
                    att = _from_verb(doc, cue, found, last, kind="direct")
                    by_cue[cue.i] = att
                    attributions.append(att)
                att.kind = "direct"
                att.contents.append((m.start, m.end))
                if att.speaker_found is not None:
                    last = att.speaker_found
                last_speaker, last_end, last_att, last_direct = att.speaker, m.end, att, att
                claimed.add(m.start)
                continue
            if last_att is not None and last_att.kind == "indirect" and any(
                    s <= m.start and m.end <= e for s, e in last_att.contents):
                # Quoted words inside a clause just reported ("The industry, she said, is ''doing much
                # better''"): the speaker's words quoted in part (partial_quotes gives them the source).
                attributions.append(Attribution([(m.start, m.end)], "scare"))
                continue
            inner = text[m.inner_start:m.inner_end].strip()
            # a quoted sentence of its own (a whole paragraph of three words or more counts, however short)
            sentence_like = (words > SCARE_MAX_WORDS or (words >= 3 and _whole_paragraph(text, m))) and (
                _capital_start(inner) or inner[:1] in "…") and (
                re.search(r"[.!?…]['\"”’]?$", inner) or m.open_end or _whole_paragraph(text, m))
            # a short quoted sentence standing alone right after the speaker's quotation, in the same
            # paragraph ("“It is over,” said Voss. “We lost everything.”"): the quotation goes on
            short_sentence = not sentence_like and words >= 2 and _own_sentence(text, m, inner) \
                and "\n" not in text[last_end:m.start] and (
                    (last_att is not None and last_att.kind == "direct")
                    or (last_direct is not None and last_direct.speaker == last_speaker))
            if (sentence_like or short_sentence) and last_speaker is not None and m.start - last_end < 600:
                # A paragraph-long quote with no verb of its own goes on with the previous speaker.
                if last_att is not None and last_att.speaker == last_speaker and last_att.kind == "direct":
                    # The same act of speech going on ("“Okay,” I said. “I was seventeen …”"): one
                    # attribution, one cue.
                    last_att.contents.append((m.start, m.end))
                elif last_direct is not None and last_direct.speaker == last_speaker and \
                        "\n" not in text[last_direct.contents[-1][1]:m.start]:
                    # "“…,” said Voss, who will address the board. “And …”": the clause about the speaker
                    # in between (a verb of its own) does not end the quotation's act of speech.
                    last_direct.contents.append((m.start, m.end))
                else:
                    # The source as last written for that speaker ("Trump …, mocking X. “These people …”").
                    src = last_att.source if last_att is not None and last_att.speaker == last_speaker else None
                    attributions.append(Attribution([(m.start, m.end)], "direct", speaker=last_speaker, source=src,
                                                    speaker_found=last, media=is_media(last_speaker)))
                last_end = m.end
                claimed.add(m.start)
            elif sentence_like:
                attributions.append(Attribution([(m.start, m.end)], "direct"))
            elif words <= SCARE_MAX_WORDS or not sentence_like:
                attributions.append(Attribution([(m.start, m.end)], "scare"))
        elif kind == "verb":
            tok = doc[n]
            clause = _content_clause(doc, tok)
            if _impersonal(tok) or _says_nothing(tok, clause) or _asked_clause(tok):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and any(
                    not text[doc[tok.i + 1].idx + 1:m.start].strip() for m in marks):
                continue  # "X said: “…”": what X said is the quotation, which takes this verb as its cue
            if (tagged := _tag_inside_clause(tok)) is not None and tok.i not in by_cue:
                # "The plan, said Voss, would fail": the clause around the tag, without it
                name, main = tagged
                pieces = _fit_marks(text, _range_minus(doc, tok.sent.start, main.right_edge.i, tok.i - 1,
                                                       name.right_edge.i), marks)
                if not pieces or any(m.start in claimed and any(s <= m.start < e for s, e in pieces) for m in marks):
                    continue
                around(tok, pieces)
                continue
            if clause is not None:
                if (subj := _inverted_subject(tok)) is not None and _own_subject(tok) is None \
                        and clause.left_edge.i <= subj.i <= clause.right_edge.i:
                    continue  # "“…,” said Robin Vale, half joking": the parser's clause holds the speaker
                cstart, cend = _subtree_span(doc, clause, _contrast_after(doc, clause))
                if cstart < tok.idx < cend and tok.dep_ == "relcl" and clause.i > tok.i:
                    # "dry weather, which engineers said would help the work": the parser's clause runs
                    # from "which" over the speaker and the verb; what was said follows the verb
                    cstart = doc[tok.i + 1].idx
            elif (tok.dep_ == "parataxis" or _as_clause(tok)) and _own_subject(tok) is not None \
                    and tok.i not in by_cue:
                # "This campaign, he says, is different", "…, as Trump points out, …": the sentence around
                # the parenthetical cue.
                head = tok.head
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                    head = head.head  # "Voss, as Reyes put it, has no plan": the clause, not the noun
                held = _as_aside_apposition(tok)  # the main clause's subject, which the aside holds
                aside_end = held.left_edge.i - 1 if held is not None else tok.right_edge.i
                pieces = _fit_marks(text, _range_minus(doc, head.left_edge.i, head.right_edge.i,
                                                       tok.left_edge.i, aside_end), marks)
                touched = [m for m in marks if any(m.start < e and s < m.end for s, e in pieces)]
                if not pieces or any(m.start in claimed or not any(s <= m.start and m.end <= e for s, e in pieces)
                                     for m in touched):
                    continue  # a quotation cut by the aside, or one another cue claims, speaks for itself
                around(tok, pieces)
                continue
            elif tok.i not in by_cue and (comma := _closing_tag(tok)) is not None:
                # "…, the plant is under pressure, said its chief executive." with the verb hung on the
                # clause before it: that clause is what was said.
                first = tok.sent.start
                while first < comma and (doc[first].is_punct or doc[first].is_space):
                    first += 1
                cstart, cend = doc[first].idx, doc[comma - 1].idx + len(doc[comma - 1].text)
                if any(m.start in claimed and cstart <= m.start < cend for m in marks):
                    continue
            elif tok.dep_ == "relcl" and _relative_object(tok) is not None and tok.i not in by_cue \
                    and _own_subject(tok) is not None:
                # "a claim which Ailes denies", "whom one insider described as …": what is said is the
                # relative pronoun (standing for the noun it hangs on).
                rel = _relative_object(tok)
                unjudged = (rel.idx, rel.idx + len(rel.text))
                cstart, cend = _quoted_judgement(doc, tok, marks) or unjudged
            else:
                # Speech acts with an object: "announced his resignation", "accused X of lying".
                obj = _object_content(doc, tok)
                if obj is None or tok.i in by_cue:
                    continue
                cstart, cend = obj
            for m in marks:
                # A clause ending (or starting) on quoted words takes the quotation mark with it.
                if m.inner_start < cend <= m.end and cstart <= m.start:
                    cend = m.end
                if m.start <= cstart < m.inner_end and cend >= m.end:
                    cstart = m.start
            if any(m.start < cstart < m.end or m.start < cend < m.end for m in marks
                   if not (cstart <= m.start and m.end <= cend)):
                continue  # the clause cuts through a quotation: the quote speaks for itself
            att = by_cue.get(tok.i)
            if att is not None and cend <= tok.idx and _narration_before(text, cstart, att.contents, cend):
                # "X changed his account — “I was wrong,” he said": the parser hung the sentence on the tag,
                # but what was said is the quotation; the words before it are the outlet's narration.
                continue
            if att is not None:
                # The cue of a direct quote that also reports a clause: a partial quote inside it.
                covered = any(s <= cstart and cend <= e for s, e in att.contents)
                if not covered:
                    att.contents.append((cstart, cend))
                continue
            if any(cstart >= m.start and cend <= m.end for m in marks):
                continue  # a clause inside a quotation is the quote's business
            att = _from_verb(doc, tok, found, last, kind="indirect")
            if unjudged is not None and (att.speaker or "").lower() in _PRONOUNS:
                cstart, cend = unjudged  # a bare "he" would take the quoted words from a named speaker around them
            att.contents.append((cstart, cend))
            by_cue[tok.i] = att
            attributions.append(att)
            if _nested_stance(tok, last_att):
                continue  # "Roe believes Voss never intended to …": Voss is not the next "he"
            if att.speaker_found is not None:
                last = att.speaker_found
            if att.speaker:
                last_speaker, last_end, last_att = att.speaker, cend, att
        else:  # according to
            tok = doc[n]
            to = doc[n + 1]
            pobj = next(c for c in to.children if c.dep_ == "pobj")
            # "“…,” a spokesman said, according to the Herald": the Herald reports the act of speech (a link
            # in a chain, as PolNeAR reads it); the quotation and what follows it stay the spokesman's
            relayed = tok.head.i != tok.i and tok.head.i in by_cue and by_cue[tok.head.i].kind == "direct"
            sent = tok.sent
            pieces = _according_content(doc, tok, pobj)
            if not pieces:
                continue
            cue_span = (tok.idx, to.idx + len(to.text))
            speaker, hit = _name_for(doc, pobj, found, last)
            src = _source_np(doc, pobj)
            named = _name_after(doc, pobj)
            if named is not None:  # "according to the spokesman of the ministry, Olek Brand, …"
                src = (src[0], doc[named].idx + len(doc[named].text))
                speaker, hit = _name_for(doc, doc[named], found, last)
            if (subject := _subject_run_into_source(doc, tok, pobj)) is not None:
                # "According to Reuters Mr Tennant also met …": the source ends before the clause's subject
                src_end = doc[subject - 1 - (doc[subject - 1].text == ",")]
                src = (doc[pobj.left_edge.i].idx, src_end.idx + len(src_end.text))
                if subject < pobj.i:  # (after a comma the phrase's head is still the source's)
                    speaker, hit = text[src[0]:src[1]], None
                pieces = [(doc[subject].idx, doc[tok.sent.end - 1].idx if doc[tok.sent.end - 1].is_punct
                           else doc[tok.sent.end - 1].idx + len(doc[tok.sent.end - 1].text))]
            att = Attribution(pieces, "indirect", cue=cue_span, cue_text=text[cue_span[0]:cue_span[1]],
                              source=src, speaker=speaker, speaker_found=hit,
                              media=is_media(speaker) or is_media(text[src[0]:src[1]]), cue_token=tok.i)
            # A quotation inside the clause stays a direct quote of this source.
            for m in marks:
                if sent.start_char <= m.start and m.end <= sent.end_char and not relayed:
                    att.kind = "direct" if m.end - m.start > 0.6 * sum(e - s for s, e in pieces) else att.kind
            attributions.append(att)
            by_cue[tok.i] = att
            if relayed:
                continue
            if hit is not None:
                last = hit
            last_speaker, last_end, last_att = speaker, pieces[-1][1], att
    attributions += _colon_lines(doc, found, attributions)
    attributions += _noun_cues(doc, found, attributions, marks)
    attributions += _findings_in(doc, found, attributions, marks)
    attributions += _light_verb_cues(doc, found, attributions, marks)
    attributions += _in_the_eyes_of(doc, found, attributions, marks)
    attributions += _records_show(doc, found, attributions, marks)
    attributions += _passive_by(doc, found, attributions, marks)
    attributions += _stance_received(doc, found, attributions, marks)
    attributions += _stance_adjectives(doc, found, attributions, marks)
    _pronoun_after_a_group(doc, attributions)
    for att in attributions:  # "LENHOLM, March 3 (Reuters) - Crews will …, the union said": not the dateline
        att.contents = [(after_opener(text, s), e) for s, e in att.contents]
        if att.source is not None and (start := after_opener(text, att.source[0])) < att.source[1] \
                and ")" in text[att.source[0]:start]:
            # "Lenholm (Wire) - Mayor Ann Roe said …": nor the source (only a credited dateline: "Voters —
            # and some mayors — say …" opens with no dateline)
            att.source = (start, att.source[1])
    return _drop_nested_stances(doc, attributions)


def drop_readers_stances(doc, attributions: list[Attribution]) -> list[Attribution]:
    """Without the stances of the reader: "If you want to retire early", "just so you know". Outside quotation
    marks "you" is the reader, whose wishes and knowledge nobody reports; "you" saying something ("you said")
    and a "you" inside quoted words stay. (Run on the model's candidates too.)"""
    text = doc_text(doc)
    readers = [a for a in attributions if a.kind == "indirect" and a.source is not None and a.cue_token is not None
               and text[a.source[0]:a.source[1]].lower() in ("you", "your")]
    if not readers:
        return attributions
    quoted = [(m.start, m.end) for m in doc_marks(doc)]
    drop = set()
    for a in readers:
        tok = doc[a.cue_token]
        if tok.lemma_.lower() in SPEECH_ACT_VERBS or tok.lower_ in SPEECH_ACT_VERBS \
                or any(s <= tok.idx < e for s, e in quoted):
            continue
        drop.add(id(a))
    return [a for a in attributions if id(a) not in drop]


def _narration_before(text: str, cstart: int, quoted: list[tuple[int, int]], cend: int) -> bool:
    """Does the clause start with narration set off by a dash or colon before a quotation that is a
    sentence of its own ("X changed his account — “I was wrong,”")? A clause running into the quotation
    ("Sales rose, but “not fast enough,”") is the speaker's, quoted in part."""
    for s, e in quoted:
        if cstart < s and e <= cend:
            lead, inner = text[cstart:s].rstrip(), text[s + 1:e].lstrip(" '\"“‘")
            if lead.endswith(("—", "–", " -", ":")) and inner[:1].isupper():
                return True
    return False


def _looks_like_title(inner: str) -> bool:
    """'the book “Sixty Days”': a short quotation whose longer words are all capitalised names a work."""
    words = re.findall(r"[\w'’-]+", inner)
    longer = [w for w in words if len(w) > 3]
    return 0 < len(words) <= 6 and bool(longer) and all(w[0].isupper() or w[0].isdigit() for w in longer)


def partial_quotes(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """Quoted words inside what someone is reported to say ("Whitfield said the governor was a “proven
    failure” on housing") are that speaker's words quoted in part, not the outlet's scare quote: each becomes a direct
    quote with the report's source and cue. A quoted title stays a scare quote."""
    # a "direct" attribution's reported clause too ("said the council “will act fast” if the river “rises
    # again”"), not its quotations themselves nor a lead-in before a colon ("what's called “X” training: “…”")
    reported = [(s, e, a) for a in attributions if a.kind in ("indirect", "direct") and (a.speaker or a.source)
                for s, e in a.contents if a.kind == "indirect" or _reported_clause(text, s, e)]
    out = []
    for att in attributions:
        if att.kind == "scare" and not att.title and len(att.contents) == 1 \
                and not _looks_like_title(text[att.contents[0][0]:att.contents[0][1]]):
            s, e = att.contents[0]
            owner = next((a for rs, re_, a in reported if rs <= s and e <= re_ and (rs, re_) != (s, e)), None)
            # (or one the reported clause opens and its sentence's end cuts: "According to Voss, the pills “worked
            # within days. Then I …”" -- the quotation goes on in the same voice)
            owner = owner or next((a for rs, re_, a in reported if a.kind == "indirect" and rs < s < re_ < e
                                   and re.search(r"[.!?][\"”’']?\s+\S", text[re_:e])), None)
            if owner is not None:
                out.append(Attribution([(s, e)], "direct", cue=owner.cue, cue_text=owner.cue_text,
                                       source=owner.source, speaker=owner.speaker, speaker_found=owner.speaker_found,
                                       media=owner.media, cue_token=owner.cue_token))
                continue
        out.append(att)
    return out


def _reported_clause(text: str, s: int, e: int) -> bool:
    """Is the piece (s, e) of a direct attribution a reported clause: no quotation itself, no colon's lead-in?"""
    return not _opens_quotation(text, s, e) and not text[e:e + 3].lstrip().startswith(":")


def _capital_start(inner: str) -> bool:
    """A quotation opening on a capital, past an apostrophe of elision ("'Cause you can't …", "’Tis …")."""
    return inner.lstrip("'’‘")[:1].isupper()


def _own_sentence(text: str, m: Marked, inner: str) -> bool:
    """A capitalised quotation ending on its own full stop (or ! ?) after the end of a sentence: a
    sentence of its own, not a phrase quoted inside one."""
    before = text[:m.start].rstrip()
    return _capital_start(inner) and re.search(r"[.!?…]['\"”’]?$", inner) is not None \
        and (not before or before[-1] in ".!?…\n")


def _whole_paragraph(text: str, m: Marked) -> bool:
    before = text[:m.start].rsplit("\n", 1)[-1]
    after = text[m.end:].split("\n", 1)[0]
    return not before.strip() and len(after.strip()) < 3


def act_of(doc, att: Attribution) -> str:
    """"speech" when words were said or written (quoted words, a verb or noun of speech, "according to", a
    headline's colon), "stance" when an attitude is reported ("believes", "wants", "a poll shows")."""
    if doc is None or att.kind != "indirect" or att.cue_token is None:
        return "speech"
    tok = doc[att.cue_token]
    lemma = tok.lemma_.lower()
    return "speech" if lemma in SPEECH_ACT_VERBS or lemma in SPEECH_NOUNS or tok.lower_ in SPEECH_ACT_VERBS \
        else "stance"


def to_quotes(article_id: str, text: str, attributions: list[Attribution], doc=None) -> tuple[Quote, ...]:
    """One Quote record per quoted or reported piece, in text order (with `doc`, the parse, each is marked
    speech or stance)."""
    out = []
    for att in attributions:
        act = act_of(doc, att)
        for start, end in att.contents:
            s, e = _trim(text, start, end)
            if e <= s:
                continue
            kind = att.kind
            if kind == "direct" and not _opens_quotation(text, s, e) and att.kind != "scare":
                kind = "indirect"  # the reported clause around a partial quote ("said that X was “…”")
            out.append(Quote(
                id=stable_id("q", article_id, str(s), str(e)),
                span=Span(article_id, s, e), text=text[s:e], kind=kind, speaker=att.speaker,
                speaker_span=Span(article_id, *att.source) if att.source else None,
                cue=att.cue_text, cue_span=Span(article_id, *att.cue) if att.cue else None,
                speaker_is_media=att.media, act="speech" if kind != "indirect" else act))
    out.sort(key=lambda q: (q.span.start, q.span.end, q.id))
    dedup = []
    seen = set()
    for q in out:
        if q.id not in seen:
            seen.add(q.id)
            dedup.append(q)
    return tuple(dedup)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
