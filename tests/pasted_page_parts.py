"""Invented pieces of a pasted news page (an invented town, outlet and people) that the pasted-text
tests put together in the shapes real pages have."""

MENU = ["Home", "News", "Local", "Harbour", "Weather", "Sport", "Culture", "Opinion", "Podcasts", "Events"]
ARTICLE = [
    "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay.",
    "\"We have asked for the same rate for three years,\" said union steward Olek Brand at the dockside gate.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled.",
]
HEADLINE = "Ferry Crews in Lenholm Walk Out Over Night-Shift Pay"

# The same story as paragraphs of a saved page's main text (the HTML page tests).
PAGE_PARAGRAPHS = [
    "The harbour ferries of Lenholm stood still on Thursday as crews stopped work over night-shift pay, "
    "leaving thousands of commuters to find another way across the bay.",
    "\"We have asked for the same rate for three years,\" said union steward Olek Brand outside the depot gate, "
    "where about forty crew members had gathered before dawn.",
    "The operator said talks would resume on Monday and that the morning crossings would be cancelled until then, "
    "while the afternoon service would run with volunteer crews.",
]
