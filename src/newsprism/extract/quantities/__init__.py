"""Numbers in article text, normalised: what figure, how approximate, of what.

Covers digits with separators ("4,000", "2.5 million", "$5bn"), numbers in words ("seventeen",
"two thousand five hundred", "a dozen"), approximations ("around", "some", "at least", "up to",
"nearly", "more than"), vague amounts ("several hundreds", "dozens of", "billions of dollars"),
ranges ("between 10 and 20", "10-20", "one or two"), changes ("from 500 personnel to around 4,000":
change_from=500, value=4000), multipliers ("eightfold", "eight-fold", "eight times", "8x",
"doubled"), percentages ("22.1 percent", "700%"), money ("$5 billion", "$2 billion-plus") and fractions
("one-third", "3 1/2", "3½", "two and a half years", "more than half the city", "one in three"). The counted thing is the noun phrase after the figure ("U.S. troops",
"personnel", "three other explosions"). Durations and measures carry their unit ("15 years",
"a 12-year sentence", "300ft", "6-foot-2" = 74 inches); "pounds" is a weight (lb) unless money is
spoken of ("paid 200 pounds", "pounds sterling"). Scores and records ("won 31-17", "22-of-30 passes")
are one figure of kind "score" without a value, and so are shooting lines ("went 0-for-9"); ranks ("the No. 3
official") are ordinals; a colon pair no clock can mean is a ratio ("a 700:1 contrast ratio" = 700). Temperatures carry °C / °F ("1.5°C", "31 degrees Celsius", "temperatures hit 40C"); a
scale word joined by a hyphen scales the figure ("a $30-million centre"); a noun joined by a hyphen is what is
counted ("the 51-member caucus": member); vague amounts keep a unit after them ("a few weeks").

Years, dates, times of day ("1400 GMT", "at 9 the next morning"), phone and emergency numbers,
street addresses, sizes ("2880 x 1800"), footnote markers ("… Ledger.2 And"), numbers that belong to names
("Covid19", "F-16", "iOS 6", "Route 66", "Week 12") and numbers after a label word ("section 35", "Type 2
diabetes", "stage 4", "page 12") are not quantities.
Text only, no parse: other stages call this on any piece of text.

The modules, each importing only those above it:
- words: number words, scale words, currencies, units of measure, approximations and the other vocabulary tables;
- figures: the token reader: tokens, digits and number words to values, the bare figure at a token;
- counted: the counted thing and the unit after a figure;
- kinds: money, percent, multipliers, fractions, measures, temperatures and vague amounts (`_measure`);
- scores: scores, records, ranks and colon ratios;
- not_figures: what is not a quantity: phones, addresses, times, years, names and labels with numbers, ages;
- ranges: the second figure of a range or a change;
- assemble: find_quantities, the entry point.
"""
from __future__ import annotations

from newsprism.extract.quantities.assemble import find_quantities
from newsprism.extract.quantities.figures import parse_digits, words_to_number
from newsprism.extract.quantities.words import APPROX_AFTER, APPROX_BEFORE, MEASURE_UNITS, SCALES, TENS, UNITS, VAGUE

__all__ = ["APPROX_AFTER", "APPROX_BEFORE", "MEASURE_UNITS", "SCALES", "TENS", "UNITS", "VAGUE", "find_quantities",
           "parse_digits", "words_to_number"]
