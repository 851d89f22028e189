"""Who said what: direct quotes, indirect (reported) speech and scare quotes, each with its speaker.

- Direct quotes: text in quotation marks (" ", “ ”, « », „ “, ‘ ’ and ' ' where clearly quotes), across
  sentences and paragraphs, split around the attribution (“…,” he said, “…”). The speaker is found
  through the parse: the speech verb that governs the quoted words or stands right beside them (said,
  told, added, warned, according to, …) and its subject. A quote that is a whole paragraph with no
  verb of its own continues the previous speaker's quote.
- Indirect quotes: a speech or belief verb with a clause ("He said training activities will include
  …", "X told reporters that …"), and "according to X, …".
- Scare quotes and titles: a short quoted phrase with no speech verb and no speaker (“middle east”).
- Pronoun speakers ("he said") resolve to the nearest fitting name (see coref.antecedent).
- Media as sources ("Sputnik news agency said", "according to Reuters", "IRNA reported") are marked
  speaker_is_media.
- Stances without a verb of speech: nouns ("his refusal to …", "a demand by X that …"), light verbs
  ("took a swipe at X", "made clear that …"), adjectives ("X is confident that …"), "as X put it",
  "in X's view", a poll set ahead of its clause ("In a CNN poll, …") or closing it ("… leads by ten points
  in the latest poll."), "…, records show.", a passive's agent ("was first reported by the Herald"); a
  stance inside someone else's reported words is part of them (`_drop_nested_stances`), and so is a
  share's saying inside what a poll found ("a poll found 60 percent said …": `poll_finding`).
What these rules find is then checked and completed by a trained model (attribution_model.refine,
called from extract_one): it drops some and adds stance verbs outside the cue lists.

The modules, each importing only those above it:
- common: the Attribution record and what the rules share (quotation-mark tokens, pronouns, spans);
- marks: the quoted stretches of the text (quote_marks, doc_marks);
- subjects: which verbs are cues and who speaks them (speech tags, inverted tags and asides included);
- sources: the source as written and the name it stands for; a cue verb's attribution;
- content: what a cue verb reports, and the cues that report nothing;
- according_to: "according to X, …";
- direct: the cue of a quotation, and quoted titles;
- stances: the stance rules above, and stances nested in other attributions;
- colon_lines: headline-style "Source: what it says";
- assemble: find_attributions, partial_quotes and to_quotes, the entry points.
"""
from __future__ import annotations

from newsprism.extract.quotes.assemble import (act_of, drop_readers_stances, find_attributions, partial_quotes,
                                              to_quotes)
from newsprism.extract.quotes.common import Attribution
from newsprism.extract.quotes.content import is_violence
from newsprism.extract.quotes.direct import (LEAD_IN_VERBS, goes_on_colon, issues_text_colon, takes_to_platform,
                                            text_lead_in)
from newsprism.extract.quotes.marks import SCARE_MAX_WORDS, Marked, doc_marks, quote_marks
from newsprism.extract.quotes.stances import poll_finding
from newsprism.extract.quotes.subjects import held_by_as_aside

__all__ = ["LEAD_IN_VERBS", "SCARE_MAX_WORDS", "Attribution", "Marked", "act_of", "doc_marks", "drop_readers_stances",
           "find_attributions", "goes_on_colon",
           "held_by_as_aside", "is_violence", "issues_text_colon", "partial_quotes", "poll_finding", "quote_marks",
           "takes_to_platform", "text_lead_in", "to_quotes"]
