"""What a figure is beside the story's other figures: a level ("rose to 41.3%"), a change ("rose by 2%", "gained
3.9%"), a share ("38% of the petrol sold"), or a baseline the news is compared with ("up from $1.87 billion", "a year
earlier"). Read from the words right around the figure, as news English writes them (closed-class); roles.find_role
keeps the answers in a figure's Role.
"""

from __future__ import annotations

from .lexicon import lexicon
from .modality import APPROXIMATORS
from .nounphrase import ARTICLES, function_word, stem
from .unitforms import CURRENCY_SIGNS

# Phrases that put a figure in the past relative to the story's: it is the baseline, not the news.
BASELINE_BEFORE = (("from",), ("compared", "with"), ("compared", "to"), ("versus",), ("vs",), ("against",),
                   ("up", "from"), ("down", "from"))
BASELINE_AFTER = (("a", "year", "earlier"), ("a", "year", "ago"), ("a", "year", "before"), ("last", "year"),
                  ("the", "previous", "year"), ("the", "prior", "year"), ("the", "year", "before"),
                  ("a", "year", "-", "earlier"), ("in", "the", "year", "-", "earlier"),
                  ("in", "the", "year", "-", "ago"),
                  ("a", "quarter", "earlier"), ("a", "month", "earlier"), ("the", "previous", "quarter"),
                  ("the", "previous", "month"), ("previously",))


# The prepositions a verb takes before its figure, and what each makes of it: closed-class English
ASPECTS = {"to": "level", "at": "level", "with": "level", "by": "change"}


# Verbs of losing or gaining an amount that WordNet's verbs of change (lexicon `way`) leave out: closed-class English
_LOSING = frozenset({"lost", "lose", "loses", "losing", "shed", "sheds", "shedding", "gained", "gain", "gains"})


def aspect_of(words: list[str], left: list[str], prev: str, last: int, hi: int, dimension: str) -> str:
    """The aspect of the figure at words[..last] (`left`: its clause's words before it; `prev`: the last of them but
    articles and possessives): the preposition before it says a level or a change ("rose to", "rose by"), else a
    percentage's own words do (share_or_change); "was reported by 4.9% of patients" is a passive's agent, a share of
    them, not a change."""
    aspect = ASPECTS.get(prev, "") or (share_or_change(words, left, last, hi) if dimension == "percent" else "")
    if prev == "by" and aspect == "change" and dimension == "percent" and last < hi and words[last] == "of":
        return "share"
    return aspect


def share_or_change(words: list[str], left: list[str], last: int, hi: int) -> str:
    """A percentage's aspect without a preposition before it: a change when a verb of change stands right before it,
    its approximators aside ("gained 3.9%"), a share when "of" follows it ("supplies 38% of the petrol sold"), and
    neither when both do ("lost 5% of its value" is a fall of 5% and a share lost). A share is not a change:
    "supplies 38% of the petrol" is no price that "gained 3.9%"."""
    verb = next((w for w in reversed(left) if w not in ARTICLES and w not in APPROXIMATORS and w != "than"), "")
    changed = bool(verb) and (lexicon().way(stem(verb)) is not None or verb in _LOSING)
    share = last < hi and words[last] == "of"
    if changed and share:
        return ""  # "lost 5% of its value", "cut 9% of its workforce": a share lost is a change too, and states both
    return "change" if changed else "share" if share else ""


def baseline(words: list[str], first: int, last: int) -> bool:
    """A year-ago or compared-with figure: "up from (the) $1.87 billion", "a 7-2 vote a year ago" (the time phrase
    right after the figure or after its noun)."""
    window = words[max(0, first - 4) : first]
    # (every phrase before ends in one of a few words: the last word kept says whether any can match)
    if next((w for w in reversed(window) if w not in _PASSED_BEFORE), "") in _BASELINE_BEFORE_LAST:
        before = tuple(w for w in window if w not in _PASSED_BEFORE)
        if any(before[-len(p):] == p for p in BASELINE_BEFORE):
            return True
    for at in range(last, min(last + 3, len(words))):  # after the figure, or after the words that follow it
        if at > last and function_word(words[at - 1]):
            break  # "vote", not "from": no function word between the figure and the phrase
        if any(tuple(words[at : at + len(p)]) == p for p in _BASELINE_AFTER_BY_FIRST.get(words[at], ())):
            return True
    return False


_PASSED_BEFORE = CURRENCY_SIGNS | {"the", "a", "an"}
_BASELINE_BEFORE_LAST = frozenset(p[-1] for p in BASELINE_BEFORE)
_BASELINE_AFTER_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in BASELINE_AFTER:  # looked up by the word a phrase opens with: most words open none
    _BASELINE_AFTER_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
