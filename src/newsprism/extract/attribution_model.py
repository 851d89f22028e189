"""A trained second look at attributions: which verbs the rules left alone report someone's words or
stance ("Trump *slammed* the deal", "Cruz *decided* to stay in the race"), and which rule-made
attributions are not attributions at all.

The rules in the quotes package know a few hundred cue words; news text attributes through many more, and
whether "have", "see" or "take" reports a stance depends on the sentence. Here every verb with a
subject and a complement is a candidate, described by features of its parse only (its lemma, part of
speech, dependency label, which complements it has, what kind of subject, quotation marks around it,
whether it sits inside another attribution's content, …), and a logistic regression gives the
probability that it is an attribution whose source is its subject as written. Rule attributions get
the same score (those with no cue word, such as a quotation given to the speaker of the paragraph
before, by what their source is and where it sits) and are dropped below a (low) threshold, their
quoted words kept with no speaker; candidates are added above another. Content = the complement the parse gives the verb; source = its subject, as the rules write
it (quotes.sources._source_np), the name resolved as the rules do.

The weights (src/newsprism/data/attribution_model.json: feature name -> weight, lemma features only
for lemmas seen often enough in training; no article text) are fitted on PolNeAR train/ only, the
thresholds chosen out-of-fold on train/ (`benchmarks/fit_attribution_model.py` rewrites the file);
every reported figure is on dev/.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.extract.coref import canonical, mention_at
from newsprism.extract.cues import BELIEF_VERBS, SPEECH_VERBS, UTTERANCE_VERBS
from newsprism.extract.mentions import Found, doc_text, sentence_bounds, token_pos
from newsprism.extract.lexicon import is_media
from newsprism.extract.quotes import (SCARE_MAX_WORDS, Attribution, Marked, doc_marks, goes_on_colon,
                                      held_by_as_aside, is_violence, issues_text_colon, poll_finding,
                                      takes_to_platform, LEAD_IN_VERBS, text_lead_in)
from newsprism.extract.quotes.common import _subtree_span
from newsprism.extract.quotes.content import _content_clause, _says_nothing, worth_doing
from newsprism.extract.quotes.marks import _has_mark
from newsprism.extract.quotes.sources import _name_for, _source_np
from newsprism.extract.quotes.subjects import (_RETORT_BACK, _back_after, _closing_tag, _cue_span, _own_subject,
                                               _subject_of)

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "attribution_model.json"

# Complements that carry what a verb reports, nearest first.
_CONTENT_DEPS = ("dobj", "dative", "prep", "oprd", "attr", "acomp", "xcomp", "ccomp")
_PRONOUN_WORDS = frozenset("i you he she it we they who which that this one someone everyone".split())
_CANDIDATE_POS = frozenset({"VERB", "AUX"})
_SPEECH_LINKS = UTTERANCE_VERBS | {"accord"}
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class AttributionModel:
    weights: dict[str, float]
    intercept: float
    add_threshold: float  # a new candidate at or above this probability becomes an attribution
    drop_threshold: float  # a rule attribution below this probability is dropped
    # the same for a candidate whose verb the training data hardly knew (no weight of its own): the
    # parse of a rare word is more often wrong ("six of which *spy* drone flights")
    unseen_add_threshold: float | None = None
    # the parse's own word vectors (spaCy's tok2vec, `doc.tensor`) of the attribution's parts
    # (`dense_parts`), one (mean, weight) pair per part: what the words mean *here*, which the sparse
    # features only name; a part the parse does not give adds nothing
    dense: tuple[tuple[np.ndarray, np.ndarray], ...] = ()

    def adds(self, features: list[str], lemma: str, parts: list | None = None) -> bool:
        """Does a candidate with these features (its verb's lemma given) become an attribution?"""
        known = f"l={lemma}" in self.weights
        threshold = self.add_threshold if known or self.unseen_add_threshold is None else self.unseen_add_threshold
        return self.probability(features, parts) >= threshold

    def probability(self, features: list[str], parts: list | None = None) -> float:
        z = self.intercept + sum(map(self.weights.get, features, repeat(0.0)))  # weights.get(f, 0.0), in order
        for vector, (mean, weight) in zip(parts or (), self.dense):
            if vector is not None and len(vector) == len(weight):
                z += float((vector - mean) @ weight)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> AttributionModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        dense = tuple((np.asarray(part["mean"], dtype=np.float32), np.asarray(part["weight"], dtype=np.float32))
                      for part in data.get("dense", ()))
        return AttributionModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                                float(data["add_threshold"]), float(data["drop_threshold"]),
                                float(data.get("unseen_add_threshold", data["add_threshold"])), dense)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NewsprismError("E305", f"{path}: cannot read the attribution model ({exc})") from exc


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 7 else "8" if n <= 15 else "16"


@dataclass
class Candidate:
    """A verb that may report speech or stance, with the content and source the parse gives it."""

    token: int
    content: tuple[int, int]
    content_kind: str
    subject: int  # token index of the source's head


def verb_content(doc, verb) -> tuple[tuple[int, int], str] | None:
    """What a verb reports: its clausal complement, else its complements to the right (object,
    prepositional phrase, predicate) as one stretch. None when it has none."""
    children = list(verb.children)  # read three times: spaCy makes the Tokens anew on each pass
    for dep in ("ccomp", "xcomp"):
        child = next((c for c in children if c.dep_ == dep and c.i > verb.i), None)
        if child is not None and not (dep == "ccomp" and _closing_tag(child) is not None):
            return _subtree_span(doc, child), dep  # (a closing tag "…, a source said." is not what it reports)
    right = [c for c in children if c.i > verb.i and c.dep_ in _CONTENT_DEPS
             and not (c.dep_ == "ccomp" and _closing_tag(c) is not None)]
    if not right:
        return None
    left, end = min(c.left_edge.i for c in right), max(c.right_edge.i for c in right)
    while end > left and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    start, stop = doc[left].idx, doc[end].idx + len(doc[end].text)
    if "\n" in doc_text(doc)[start:stop]:
        return None
    kind = "dobj" if any(c.dep_ == "dobj" for c in right) else right[0].dep_
    return (start, stop), kind


@dataclass
class Context:
    """What the rules found in an article, as the features see it."""

    marks: list[Marked]
    contents: list[tuple[int, int]]  # content spans of the rule attributions (scare quotes left out)
    speakers: set[str]  # names the rules gave as speakers
    cue_sentences: set[int]  # sentences (start token) holding a rule cue
    sentence_of: list[tuple[int, int]]  # per token: its sentence's start token and length
    quoted_sentences: set[int]  # sentences (start token) with a quotation mark in them


def context(doc, found: list[Found], attributions: list[Attribution]) -> Context:
    atts = [a for a in attributions if a.kind != "scare"]
    marks = doc_marks(doc)
    sentence_of: list[tuple[int, int]] = []
    quoted = set()
    starts = [m.start for m in marks]
    for sent in doc.sents:
        sentence_of += [(sent.start, len(sent))] * len(sent)
        if any(sent.start_char <= m < sent.end_char for m in starts):
            quoted.add(sent.start)
    return Context(marks, [(s, e) for a in atts for s, e in a.contents], {a.speaker for a in atts if a.speaker},
                   {sentence_of[a.cue_token][0] for a in atts if a.cue_token is not None}, sentence_of, quoted)


def token_features(doc, tok, subj, content: tuple[int, int], content_kind: str, origin: str, ctx: Context,
                   contents: list[tuple[int, int]], found: list[Found]) -> list[str]:
    """Features of a cue token in its parse (strings; each present feature counts 1); `contents`: the
    other attributions' content spans."""
    marks = ctx.marks
    lemma = tok.lemma_.lower()
    f = [f"o={origin}", f"l={lemma}", f"p={tok.pos_}", f"d={tok.dep_}", f"t={tok.tag_}", f"ld={lemma}|{tok.dep_}",
         f"lk={lemma}|{content_kind}", f"k={content_kind}", f"ok={origin}|{content_kind}",
         f"hp={tok.head.pos_ if tok.head.i != tok.i else 'ROOT'}"]
    children = list(tok.children)  # read five times: spaCy makes the Tokens anew on each pass
    kids = {c.dep_ for c in children}
    for dep in ("ccomp", "xcomp", "dobj", "prep", "dative", "neg", "auxpass", "advcl", "conj", "prt"):
        if dep in kids:
            f.append(f"c:{dep}")
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        f.append("c:modal")
    if any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
           for c in children):
        f.append("c:that")
    if lemma in SPEECH_VERBS:
        f.append("lex:speech")
    if lemma in UTTERANCE_VERBS:
        f.append("lex:utter")
    if lemma in BELIEF_VERBS:
        f.append("lex:belief")
    if subj is None:
        f.append("s:none")
    else:
        word = subj.lower_
        f += [f"sp={subj.pos_}", f"se={subj.ent_type_ or '-'}", "s<" if subj.i < tok.i else "s>",
              f"sd={subj.dep_ if subj.head.i == tok.i else 'borrowed'}",
              f"sn={_bucket(subj.right_edge.i - subj.left_edge.i + 1)}"]
        if word in _PRONOUN_WORDS:
            f.append(f"sw={word}")
        f.append(f"ls={lemma}|{subj.pos_}")
        f.append(f"le={lemma}|{subj.ent_type_ or '-'}")
        if subj.pos_ != "PROPN":  # kinds of speaker ("official", "poll"), never names
            f.append(f"sl={subj.lemma_.lower()}")
        hit = mention_at(found, subj.i)
        if hit is not None and canonical(hit) in ctx.speakers:
            f.append("s:known_speaker")  # someone the article already quotes
        elif hit is not None:
            f.append(f"s:named_{hit.label}")
    obj = next((c for c in children if c.dep_ in ("dobj", "attr", "acomp", "oprd") and c.i > tok.i), None)
    if obj is not None and obj.pos_ != "PROPN":
        f.append(f"lo={lemma}|{obj.lemma_.lower()}")
        f.append(f"op={obj.pos_}")
    prep = next((c for c in children if c.dep_ == "prep" and c.i > tok.i), None)
    if prep is not None:
        f.append(f"lp={lemma}|{prep.lower_}")
    cs, ce = content
    f.append(f"cl={_bucket(len(doc_text(doc)[cs:ce].split()))}")
    idx = tok.idx  # (read once: the loops below would ask spaCy for it at every mark)
    if any(m.start <= idx < m.end for m in marks):
        f.append("q:cue_inside")
    if any(cs <= m.start and m.end <= ce for m in marks):
        f.append("q:content_holds")
    sent_start, sent_len = ctx.sentence_of[tok.i]
    if sent_start in ctx.quoted_sentences:
        f.append("q:sentence")
    if any(s <= idx < e for s, e in contents):
        f.append("nest")
        f.append(f"nest|{origin}")
    rel = (tok.i - sent_start) / max(1, sent_len)
    f.append(f"at={int(rel * 4)}")
    if tok.i == sent_start:
        f.append("first")
    if sent_start in ctx.cue_sentences:
        f.append(f"sent_cue|{origin}")
    return f


# how many of the content's words its mean vector reads (a long quotation says what it is early)
_CONTENT_WORDS = 40
DENSE_PARTS = 7
_SUMS_KEY = "newsprism.tensor_sums"


def dense_parts(doc, cue: int | None, source: tuple[int, int] | None, contents) -> list[np.ndarray | None]:
    """The parse's vectors of an attribution's parts: the cue token, the source's head, the content's
    head, then the means over the cue's sentence, over the source, over the content's first words, and
    the vector of the word the cue hangs on. The head words say what the parts are; the means add the
    sentence around them, which a 96-number window vector sees only a few words of. None for a part
    that is missing, or for all when the parse kept no vectors."""
    tensor = getattr(doc, "tensor", None)
    if tensor is None or len(tensor) != len(doc) or not len(doc):
        return [None] * DENSE_PARTS

    def words(span):
        return doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None

    def head(found):
        return tensor[found.root.i] if found is not None and len(found) else None

    sums = _running_sums(doc, tensor)

    def mean(start, end, cap=None):  # over the tokens start..end (exclusive)
        if end <= start:
            return None
        end = end if cap is None else min(end, start + cap)
        return (sums[end] - sums[start]) / (end - start)

    def span_mean(span, cap=None):
        return mean(span.start, span.end, cap) if span is not None else None

    content = (min(s for s, _ in contents), max(e for _, e in contents)) if contents else None
    source_words, content_words = words(source), words(content)
    # the sentence's bounds, not its Span (slicing the Doc costs more than the mean)
    sentence = mean(*sentence_bounds(doc)[cue]) if cue is not None else None
    governor = doc[cue].head.i if cue is not None else None
    return [tensor[cue] if cue is not None else None, head(source_words), head(content_words),
            sentence, span_mean(source_words), span_mean(content_words, _CONTENT_WORDS),
            tensor[governor] if governor is not None and governor != cue else None]


def _running_sums(doc, tensor) -> np.ndarray:
    """Running sums of the parse's vectors (row k: the sum of the first k), kept with the Doc: every
    candidate of an article asks for means over its spans, and a mean is then one subtraction."""
    sums = doc.user_data.get(_SUMS_KEY)
    if sums is None or len(sums) != len(tensor) + 1:
        sums = np.zeros((len(tensor) + 1, tensor.shape[1]), dtype=np.float64)
        np.cumsum(tensor, axis=0, out=sums[1:])
        doc.user_data[_SUMS_KEY] = sums
    return sums


def attribution_parts(doc, att: Attribution) -> list[np.ndarray | None]:
    return dense_parts(doc, att.cue_token, att.source, att.contents)


def candidate_parts(doc, cand: Candidate) -> list[np.ndarray | None]:
    # the source as candidate_attribution writes it, without resolving its name
    return dense_parts(doc, cand.token, _source_np(doc, doc[cand.subject], doc[cand.token]), [cand.content])


# Verbs that report words only in one construction, which the rules know: a text that "reads" (not a
# person reading a report), "as X put it" (not "put the plan on hold").
_RULES_DECIDE = frozenset({"read", "put"})
# Verbs of phase or attempt: with an infinitive they only say when or how the next act happened ("proceeded
# to cut the rope", "managed to escape"), never what anyone said or thought.
_PHASE_VERBS = frozenset("proceed begin start go try attempt manage fail rush hurry cease bother".split())


def _phase_of_an_act(tok) -> bool:
    return tok.lemma_.lower() in _PHASE_VERBS and any(c.dep_ == "xcomp" and c.i > tok.i for c in tok.children)


def candidates(doc, taken: set[int]) -> list[Candidate]:
    """Verbs (not already a rule's cue) with a subject and a complement."""
    out = []
    for i in [i for i, pos in enumerate(token_pos(doc)) if pos in _CANDIDATE_POS and i not in taken]:
        tok = doc[i]  # a Token only for the verbs
        if is_violence(tok) or tok.lemma_.lower() in _RULES_DECIDE or _phase_of_an_act(tok) or worth_doing(tok):
            continue
        got = verb_content(doc, tok)  # before _says_nothing: it rules out more verbs, at less cost
        if got is None or _says_nothing(tok, _content_clause(doc, tok)):
            continue
        subj = _subject_of(tok)
        if subj is None:
            continue
        content, kind = got
        out.append(Candidate(tok.i, content, kind, subj.i))
    return out


def rule_features(doc, att: Attribution, ctx: Context, found: list[Found]) -> list[str] | None:
    """Features of a rule attribution; None for those kept whatever the model says (no source, or a
    named verb of speech inside another attribution's content)."""
    if att.kind == "scare" or not att.contents:
        return None
    if att.cue_token is None:
        return cueless_features(doc, att, ctx, found) if att.source is not None else None
    tok = doc[att.cue_token]
    others = [(s, e) for s, e in ctx.contents if (s, e) not in att.contents]
    subj = _subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
    if tok.lemma_.lower() in _SPEECH_LINKS and any(s <= tok.idx < e for s, e in others) \
            and subj is not None and subj.ent_type_ in _NAMED:
        return None  # a named link in a chain of speech ("Reuters reported that Voss said …") is kept
    if att.source is not None and _quoted_as_saying(tok):
        return None  # "X was quoted as saying …": the press names X's words, whatever the model says
    if att.source is not None and held_by_as_aside(tok) is not None:
        return None  # "As reported by the Courier, a source … claims …": the sentence's own claim, relayed
    if att.source is not None and (goes_on_colon(tok) or issues_text_colon(tok) or takes_to_platform(tok)):
        return None  # "The report went on: “…”": "go" is no cue the model knows; the colon makes it one
    if att.kind == "direct" and att.source is not None and tok.lemma_.lower() in _RETORT_BACK and _back_after(tok):
        return None  # "“…,” Voss barked back": "back" makes a verb of manner speech; the model knows few of them
    if att.kind == "direct" and att.source is not None and tok.lemma_.lower() in LEAD_IN_VERBS \
            and getattr(text_lead_in(doc, min(s for s, _ in att.contents)), "i", None) == tok.i:
        return None  # "X had a brief statement. “…”": a light verb the sentence before the quotation makes a cue
    span = (min(s for s, _ in att.contents), max(e for _, e in att.contents))
    feats = token_features(doc, tok, subj, span, att.kind, "rule", ctx, others, found)
    if att.source is None:
        feats.append("r:nosource")
    return feats


def _quoted_as_saying(tok) -> bool:
    """"was quoted / reported / cited as saying": a speech verb after "as" under one of those."""
    return tok.lemma_.lower() in UTTERANCE_VERBS and tok.dep_ == "pcomp" and tok.head.lower_ == "as" \
        and tok.head.head.lemma_.lower() in ("quote", "report", "cite")


def cueless_features(doc, att: Attribution, ctx: Context, found: list[Found]) -> list[str]:
    """Features of an attribution the rules made with no cue word: a quotation given to the speaker of
    the paragraph before, a headline "Name: statement". On PolNeAR train more of these sources were
    wrong than right, so the model judges them too, by what the source is and where it sits."""
    text = doc_text(doc)
    span = doc.char_span(att.source[0], att.source[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return ["o=nocue", "nocue|nospan"]
    head = span.root
    start, end = min(s for s, _ in att.contents), max(e for _, e in att.contents)
    cue = "none" if not att.cue_text else "colon" if att.cue_text == ":" else "word"
    f = ["o=nocue", f"nocue|k={att.kind}", f"nocue|cue={cue}", f"nocue|sp={head.pos_}",
         f"nocue|se={head.ent_type_ or '-'}", f"nocue|sn={_bucket(len(span))}"]
    if head.lower_ in _PRONOUN_WORDS:
        f.append(f"nocue|sw={head.lower_}")
    if head.pos_ != "PROPN":
        f.append(f"nocue|sl={head.lemma_.lower()}")
    where = "after" if att.source[0] >= end else "before" if att.source[1] <= start else "inside"
    f.append(f"nocue|rel={where}")
    if where != "inside":
        gap = text[min(att.source[1], start):max(att.source[0], end)]
        new_line = "y" if "\n" in gap else "n"  # the speaker of an earlier paragraph
        f += [f"nocue|gap={_bucket(len(gap.split()))}", f"nocue|gapnl={new_line}"]
    hit = mention_at(found, head.i)
    if hit is not None and canonical(hit) in ctx.speakers:
        f.append("nocue|known_speaker")
    elif hit is not None:
        f.append(f"nocue|named_{hit.label}")
    if att.media:
        f.append("nocue|media")
    f.append(f"nocue|cl={_bucket(len(text[start:end].split()))}")
    return f


def candidate_features(doc, cand: Candidate, ctx: Context, found: list[Found]) -> list[str]:
    tok = doc[cand.token]
    return token_features(doc, tok, doc[cand.subject], cand.content, cand.content_kind, "model", ctx, ctx.contents,
                          found)


def candidate_attribution(doc, cand: Candidate, found: list[Found], last: Found | None = None) -> Attribution:
    tok, subj = doc[cand.token], doc[cand.subject]
    cue = _cue_span(doc, tok)
    text = doc_text(doc)
    source = _source_np(doc, subj, tok)
    speaker, hit = _name_for(doc, subj, found, last)
    return Attribution([cand.content], "indirect", cue=cue, cue_text=text[cue[0]:cue[1]], source=source,
                       speaker=speaker, speaker_found=hit,
                       media=is_media(speaker) or is_media(text[source[0]:source[1]]), cue_token=tok.i)


def _speaker_before(attributions: list[Attribution], token: int) -> Found | None:
    """The named speaker of the last attribution whose cue comes before `token`: the one a "he" / "she" of
    the model's verb goes on with, as a rule verb's does ("Roe says …. She shared that …"; not an "I" inside a
    quoted letter, who is its writer)."""
    before = [a for a in attributions if a.cue_token is not None and a.cue_token < token
              and a.speaker_found is not None]
    return max(before, key=lambda a: a.cue_token).speaker_found if before else None


def cuts_quote(content: tuple[int, int], marks: list[Marked]) -> bool:
    s, e = content
    return any(m.start < s < m.end or m.start < e < m.end for m in marks)


def refine(doc, found: list[Found], attributions: list[Attribution], model: AttributionModel | None = None
           ) -> list[Attribution]:
    """The rule attributions without those the model rejects, plus the verbs it finds that the rules
    missed. Deterministic: the same parse gives the same list."""
    model = model or load_model()
    ctx = context(doc, found, attributions)
    kept = []
    text = doc_text(doc)
    for att in attributions:
        feats = rule_features(doc, att, ctx, found)
        if feats is not None and model.probability(
                feats, attribution_parts(doc, att) if model.dense else None) < model.drop_threshold:
            kept += residue(text, att)
            continue
        kept.append(att)
    taken = {a.cue_token for a in attributions if a.cue_token is not None}
    added = []
    reported = [(s, e) for a in kept if a.kind != "scare" for s, e in a.contents]
    for cand in candidates(doc, taken):
        if cuts_quote(cand.content, ctx.marks) or _borrowed_inside(doc[cand.token], reported) \
                or restates(doc, cand, kept) or poll_finds(doc, cand, kept):
            continue
        if model.adds(candidate_features(doc, cand, ctx, found), doc[cand.token].lemma_.lower(),
                      candidate_parts(doc, cand) if model.dense else None):
            last = _speaker_before(kept + added, cand.token) if doc[cand.subject].lower_ in ("he", "she") else None
            added.append(candidate_attribution(doc, cand, found, last))
            reported.append(cand.content)
    return kept + added


def residue(text: str, att: Attribution) -> list[Attribution]:
    """What stays of a rejected attribution: not an attribution of that cue or speaker, but its quoted
    words stay quoted words, with no speaker (a short phrase a scare quote), as the rules keep a
    quotation no cue claims."""
    out = []
    for s, e in att.contents:
        if att.kind == "direct" and _has_mark(text, s, e):
            words = len(_WORD.findall(text, s, e))
            out.append(Attribution([(s, e)], "scare" if words <= SCARE_MAX_WORDS else "direct"))
    return out


def restates(doc, cand: Candidate, attributions: list[Attribution]) -> bool:
    """A copula or verb whose complement is another attribution's cue with the same source ("Voss *was*
    wary of the toll", where "wary" already reports what Voss holds) says it a second time; so does a verb
    over a verb of saying that has its record ("Roe continues to insist …", "critics like to claim …")."""
    complements = {c.i for c in doc[cand.token].children if c.dep_ in ("acomp", "attr", "oprd")
                   or (c.dep_ == "xcomp" and c.lemma_.lower() in UTTERANCE_VERBS)}
    if not complements:
        return False
    subject = doc[cand.subject].idx
    return any(att.cue_token in complements and att.source is not None and att.source[0] <= subject < att.source[1]
               for att in attributions if att.kind != "scare")


def poll_finds(doc, cand: Candidate, attributions: list[Attribution]) -> bool:
    """"A poll found that 60 percent said …": the share's saying is the poll's finding, not a report."""
    return poll_finding(doc, doc[cand.subject], doc[cand.token].idx, attributions)


def _borrowed_inside(tok, reported: list[tuple[int, int]]) -> bool:
    """A verb with no subject of its own inside what someone is reported to say ("asked [them] to
    withdraw", "voted to demand that …") is part of that report, not a second speech act."""
    idx = tok.idx
    return any(s <= idx < e for s, e in reported) and _own_subject(tok) is None  # the cheap test first


__all__ = ["DENSE_PARTS", "AttributionModel", "Candidate", "Context", "attribution_parts", "candidate_attribution",
           "candidate_features", "candidate_parts", "candidates", "context", "cuts_quote", "dense_parts", "load_model",
           "poll_finds", "refine", "residue", "restates", "rule_features", "verb_content"]
