"""What an outlet withdraws: the words of its own earlier post that a correction or an update quotes to replace.

A live blog or a corrected article says what it got wrong before it says what is right: "In our 11:02 post we said
Harvik were three points from safety. That was wrong", "An earlier version of this article said the fine was the
largest", "up from the 180 we reported earlier". What follows such a cue is the outlet's earlier statement, not
what it states now, so it neither supports nor contradicts a claim (facts.py holds its words in doubt and gives its
figures the modality "withdrawn"). "As we reported earlier, ..." restates, and withdraws nothing.

The cues are the conventions of news corrections and live-blog updates in English (the outlet in the first person
plural, or "an earlier version of this article"), not words of any story.
"""

from __future__ import annotations

import re

# when the outlet said it: a post's time stamp, "earlier", "a moment ago", "this morning", "in our 10:15 post" (not
# "yesterday" or "in March": a company's or an official's "we reported the breach yesterday" is no correction)
_WHEN = (r"(?:at \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|earlier(?: (?:on this page|today|in this (?:blog|post)|"
         r"this (?:morning|afternoon|evening)))?|a (?:moment|few minutes) ago|this (?:morning|afternoon|evening)|"
         r"in (?:our|an|a|the) (?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)? |earlier |"
         r"previous |first )?(?:post|update|entry|report|version)(?: at \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?)")
_SAID = r"(?:said|wrote|reported|stated|gave|quoted|put|passed on|misreported|misstated|misquoted|misidentified)"
_WORK = r"(?:article|story|report|post|page|piece|update|entry|blog)"
# A cue, and what it withdraws: the rest of its clause. "As we reported earlier", "like we said", "confirming what we
# reported" restate.
_CUE = re.compile(
    r"(?<!\bas )(?<!\blike )(?<!\bwhat )\b(?:"
    rf"{_WHEN},? we (?:had )?{_SAID}"  # "Earlier we said", "In our 10:15 post we said", "At 11:10 we reported"
    rf"|we (?:had )?{_SAID},? {_WHEN}"  # "We said at 18:40 that", "We reported a moment ago that"
    rf"|we (?:wrongly|incorrectly|mistakenly) {_SAID}"
    rf"|an? (?:earlier|previous) (?:version of (?:this|the|our) {_WORK}|{_WORK})(?: on this page)?"
    rf"(?: (?:wrongly|incorrectly|mistakenly))? {_SAID}"  # "An earlier version of this article said"
    # "Our 19:50 post first said"
    rf"|(?:our|an?) \d{{1,2}}[:.]\d{{2}}(?:\s?[ap]\.?m\.?)? (?:post|update|entry) (?:first )?{_SAID}"
    r")(?: that)?\b")
# A figure the outlet gave before and now replaces: "up from the 'at least 180' we reported earlier", "colder than the
# minus 3.2C we reported at 07:15": the noun phrase between "the" and "we reported", up to a few words long, after a
# word of change or comparison ("Of the 214 people we reported earlier, 30 have gone home" restates it).
_TOKEN = r"[^\s;]*[^\s;.,]"  # a word or figure, not one that ends a clause ("48,362," or "said.")
_SUPERSEDED = re.compile(rf"\b(?:from|than|revising|replacing|replaces|instead of|not|correcting) the "
                         rf"((?:{_TOKEN} ){{0,6}}?{_TOKEN}) (?:that )?we (?:had )?{_SAID} {_WHEN}\b")
# A correction's own figure beside the one it replaces: "is 48,362, not 48,632 as we wrote at 11:02", "not 'about
# 300' as we reported earlier", "79 deputies voted against, not 78 as read out in the chamber".
_REPLACED = re.compile(rf"\bnot (?:the )?((?:{_TOKEN} ){{0,4}}?{_TOKEN}),? as (?:we (?:had )?{_SAID}|"
                       r"(?:was |were )?(?:first |originally |earlier |previously |initially )?"
                       r"(?:reported|stated|written|published|given|announced|read out)\b)")
_QUOTES = ('"', "\u201c", "\u201d")
# Where a withdrawn statement ends: its sentence's end, or a turn to what is right ("we wrongly said it would close 17
# branches; it will close 15", "..., but the list shows 17").
_TURN = re.compile(r";|\bbut\b|\bin fact\b|\bactually\b|\bhowever\b")


def _clause_end(region: str, at: int) -> int:
    turn = _TURN.search(region, at)
    return len(region) if turn is None else turn.start()


# The words any cue opens or holds, one of which a sentence must have to be searched (most have none); a replaced
# figure's cue needs both "not " and " as ".
HINTS = ("we ", "earlier ", "previous ", " post ")


def withdrawn(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[tuple[int, int], ...], ...]:
    """What `text[start:end]` (a sentence of folded text) says the outlet said before and now withdraws: the spans
    after a correction's cue (the rest of its clause: its words and figures), then the spans of the figures an
    update replaces (their phrase: only its figures; "the 180 we reported earlier" leaves "admitted" stated)."""
    end = len(text) if end is None else end
    region = text[start:end]
    if not any(h in region for h in HINTS) and not ("not " in region and " as " in region):
        return (), ()
    replaced = [m for pattern in (_SUPERSEDED, _REPLACED) for m in pattern.finditer(region)]
    # "the 180 we reported earlier": the cue ends the phrase it replaces, and withdraws nothing after it; nor is a cue
    # inside a quotation the outlet's ("'We said in the morning that 40 jobs would go,' the mayor said")
    cues = [m for m in _CUE.finditer(region) if not any(r.start() <= m.start() < r.end() for r in replaced)
            and sum(region.count(q, 0, m.start()) for q in _QUOTES) % 2 == 0]
    return (tuple((start + m.end(), _clause_end(region, m.end()) + start) for m in cues),
            tuple((start + m.start(1), start + m.end(1)) for m in replaced))
