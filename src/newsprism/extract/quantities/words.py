"""The vocabulary figures are read with: number words and scale words, fractions and multipliers,
currencies and percent words, units of duration and measure, approximations and vague amounts, the glue
words that may stand between a figure and what it counts, and the names of months and weekdays.
"""
from __future__ import annotations


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                 "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
              "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}
_MULT_WORDS = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4,
               "quadrupling": 4, "halved": 0.5, "halving": 0.5}
_MULT_BASES = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4, "halve": 0.5}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
                   "eur": "EUR", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
                   "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rupees": "INR",
                   "rupee": "INR", "dinars": "IQD", "rials": "IRR", "riyals": "SAR", "lira": "TRY"}
_PERCENT_WORDS = ("percent", "per cent", "pct", "percentage points", "percentage point")


def _unit_table(rows: str) -> dict[str, str]:
    """"years: year years yr yrs" lines → {"year": "years", ...}: every spelling to one written unit."""
    table = {}
    for line in rows.strip().splitlines():
        unit, spellings = line.split(":")
        table.update({w: unit.strip() for w in spellings.split()})
    return table


# Units of duration and measure after a figure ("15 years", "300 ft", "a 9-acre site").
MEASURE_UNITS = _unit_table("""
seconds: second seconds sec secs
minutes: minute minutes min mins
hours: hour hours hr hrs
days: day days
weeks: week weeks
months: month months
years: year years yr yrs
decades: decade decades
centuries: century centuries
feet: foot feet ft
inches: inch inches
yards: yard yards yd yds
miles: mile miles
metres: metre metres meter meters
km: km kilometre kilometres kilometer kilometers
cm: cm centimetre centimetres centimeter centimeters
mm: mm millimetre millimetres millimeter millimeters
kg: kg kilogram kilograms kilo kilos
grams: gram grams
mg: mg milligram milligrams
lb: lb lbs
oz: oz ounce ounces
tons: ton tons
tonnes: tonne tonnes
acres: acre acres
hectares: hectare hectares
mph: mph
knots: knot knots
degrees: degree degrees
litres: litre litres liter liters
gallons: gallon gallons
ml: ml
GHz: ghz
MHz: mhz
kHz: khz
Hz: hz
TB: tb
GB: gb
MB: mb
KB: kb
kW: kw
MW: mw
GW: gw
kWh: kwh
MWh: mwh
GWh: gwh
mAh: mah
""")
# Only these may be written glued to the figure ("300ft", "3GHz"); a glued "m", "b" or "G" is a scale or a name.
_GLUED_UNITS = frozenset("""ft km cm mm kg mg lb lbs oz mph ghz mhz khz hz tb gb mb kb kw mw gw kwh mwh gwh mah
ml yr yrs hr hrs min mins sec secs fps""".split())
# "pounds" is money only with "£", "sterling" or a money word near it; otherwise it is a weight.
_MONEY_CUES = frozenset("""pay pays paid paying cost costs costing fine fines fined worth price priced prices
spend spends spent spending sell sells sold buy buys bought charge charged charges earn earns earned earning
salary wage wages budget fund funds funded funding raise raised raising donate donated donation compensation
damages bail bonus fee fees tax taxes sum won win prize award awarded owe owes owed debt loan invest invested
investment deal contract profit profits revenue bill cash grant reward note notes ticket tickets""".split())
_WEIGHT_CUES = frozenset("""weigh weighs weighed weighing weight heavy heavier lighter lost gained gain bag
bags sack sacks load""".split())

# Approximations before a figure, longest first (they match word by word, lower case).
APPROX_BEFORE = tuple(sorted((
    "around", "about", "approximately", "approx", "roughly", "some", "an estimated", "estimated", "nearly",
    "almost", "close to", "at least", "more than", "over", "above", "upwards of", "upward of",
    "in excess of", "no fewer than", "no less than", "not less than", "up to", "at most", "less than",
    "fewer than", "under", "below", "no more than", "as many as", "as much as", "a maximum of",
    "just under", "just over", "well over", "just shy of", "barely", "only", "circa", "a minimum of",
    "an approximate", "upward", "some more than", "a little over", "a little under", "slightly more than",
    "slightly less than", "just over", "almost exactly",
), key=lambda s: -len(s.split())))
APPROX_AFTER = ("or more", "or so", "or less", "or fewer", "plus")
# Vague amounts: (words, low, high). "several hundreds" = 200..900 and so on.
VAGUE = {
    "several": (3, 9), "a few": (2, 5), "a handful of": (2, 6), "dozens": (24, 144), "scores": (40, 200),
    "hundreds": (200, 999), "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2e6, 999e6), "tens of millions": (2e7, 99e6),
    "hundreds of millions": (2e8, 999e6), "billions": (2e9, 999e9), "trillions": (2e12, 999e12),
}
# What may stand between a figure and its counted noun, or end it.
_STOP = frozenset("""
a an the to of in on at for from by with and or but as that which who whom whose is are was were be been
being has have had will would could should may might can must do does did this these those it its their his
her our your my per than into onto across including include includes already also more less each every
all both some any such not no nor so too very just only about around over under between among within
without after before since until while when where if then there here they we he she you i them us him me
what how why out up down off again further once same other another most many much few several own
respectively alone together ago later earlier year years day days week weeks month months percent
""".split())
_SPEECH_OR_VERBS = frozenset("""said says say told tell stated added noted reported claimed killed wounded
injured died were was arrived left fled got get gets""".split())

_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

_MONTH_NAMES = frozenset("""january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
