"""Words that attribute speech or belief (lemmas). General English, not tuned to any article."""
from __future__ import annotations

SPEECH_VERBS = frozenset("""
say tell state add argue warn claim announce report write note explain insist declare reply respond
ask suggest acknowledge admit confirm deny comment remark stress emphasize emphasise recall tweet post
testify predict promise vow pledge urge allege assert concede conclude indicate reveal disclose mention
observe complain caution threaten demand contend maintain reiterate repeat quip joke boast brag lament
counter retort shout yell whisper inform assure hint speculate estimate forecast describe agree
continue charge accuse criticize criticise praise propose recommend advise signal affirm testify
answer told says said telling saying order instruct protest grumble muse acknowledged
believe think feel know hope fear expect worry doubt suspect guess reckon contend imagine
show find
condemn blame thank mock endorse dismiss reject want support back prefer oppose favor favour
slam blast attack highlight cite recount point question speak talk call
decline refuse offer remind consider nominate embrace list address
reaffirm seek plan intend wish refer vote advocate push rail comment care campaign lobby
defend mention discuss tout denounce echo express imply challenge applaud rebuke champion outline portray
view decry assail deride bemoan lament savage revile email retweet encourage
recognize recognise like dislike hate love ignore apologize apologise
chant exclaim scoff sneer fume gush marvel
""".split())
BELIEF_VERBS = frozenset("believe think feel know hope fear expect worry doubt suspect guess reckon imagine".split())
SPEECH_NOUNS = frozenset("""statement remarks comments interview speech report announcement tweet post
press conference briefing letter testimony""".split())
# Verbs naming an act of speech or writing itself (not an attitude, a belief or a stance): a chain of
# reported speech ("Reuters reported that X said …") keeps each link; a stance inside someone's
# reported words ("X said Trump wants …") is part of what X said.
UTTERANCE_VERBS = frozenset("""
say tell state add write tweet post announce claim argue warn explain insist declare reply respond answer
report note remark comment mention stress emphasize emphasise reiterate repeat testify assert allege
acknowledge admit confirm deny concede disclose reveal inform assure quip joke boast complain counter
retort shout yell whisper ask speak talk recount recall describe chant exclaim scoff sneer fume gush marvel
""".split())
# Speech acts: verbs that report words said or written, including those that also judge (urge, accuse,
# praise). A cue outside these reports an attitude ("believes", "wants", "supports", "shows"): a stance.
SPEECH_ACT_VERBS = UTTERANCE_VERBS | frozenset("""
call urge demand promise vow pledge threaten warn accuse criticize criticise praise condemn blame deny dismiss
reject slam blast attack mock thank apologize apologise predict propose question suggest recommend cite quote
announce declare insist advise order instruct protest complain decry denounce rebuke applaud assail deride
lament bemoan email retweet interview brief according accord brand label term
""".split()) | frozenset("bark snap shoot fire hit growl snarl".split())  # cues only with "back": "shot back that …"
