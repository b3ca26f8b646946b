"""A figure's modality: reported, expected (a forecast), planned, hedged or negated, from the cues of its clause.

"Analysts expected $4.05 billion" is a forecast, "plans to cut 900 jobs" a plan, "could go" a hedge, "has yet to
pay" a denial; only a reported figure supports or contradicts a reported claim (compare.py). The cues are
closed-class English: modal verbs, negators, the verbs of expectation and intention, approximators.
"""

from __future__ import annotations

from .normalize import NO_BOUNDS, STOPWORDS
from .wordclass import AUXILIARIES, is_verb

# Closed-class cue words of general English (modal verbs, negators and the verbs of expectation and intention that
# the brief names); listed, not learnt, because they are grammar, not vocabulary of some story.
EXPECTED = frozenset("expect expects expected expecting expectation expectations forecast forecasts forecasting "
                     "forecasted estimate estimates estimating predict predicts predicted prediction predictions "
                     "anticipate anticipates anticipated projected projection projections consensus "
                     "outlook guidance".split())
_ESTIMATING = frozenset("estimate estimates estimated estimating".split())
_MODALS = frozenset("will would shall should could may might".split())  # a forecast's verbs
PLANNED = frozenset("plan plans planned planning aim aims aimed aiming intend intends intended target targets "
                    "targeted targeting will shall seeks seek".split())
HEDGED = frozenset("could may might would should can possibly perhaps proposed proposes propose proposing".split())
# Deliberation after "is" or "are": "is considering paying", "is weighing cutting" (a step not yet taken; "weighing 84
# tonnes" and "after considering 40 bids" are no deliberation of the figure's event)
_DELIBERATING = frozenset("considering weighing mulling exploring contemplating".split())
NEGATORS = frozenset("not no never n't nor neither none".split())
LEXICAL_NEGATORS = frozenset("failed fails fail denied denies deny".split())  # "failed to reach", "denied that"
# Verbs of saying that open a reported clause: its figures belong to the clause's own subject, not to the speaker
# (news style's attribution verbs, closed-class).
SAYING = frozenset("said says told tells added announced confirmed stated noted wrote explained".split())
# Verbs of saying as stems, as a clause's words are kept once stemmed (compare.py takes them out of a clause's verbs).
# Not the stems of SAYING: a list of its own, with "report" and "accord" ("according to"), without "added" or
# "announced"; made one, they would change what compare.py takes out.
SAYING_STEMS = frozenset({"said", "say", "says", "told", "tell", "report", "accord"})
# Approximators and auxiliaries: grammar between a noun and its figure ("weighed nearly 2 kg", "had expected").
APPROXIMATORS = frozenset("about approximately around roughly some nearly almost more less fewer over under above "
                          "below least most just exceeding upwards estimated than up".split())
CUES = EXPECTED | PLANNED | HEDGED | LEXICAL_NEGATORS | APPROXIMATORS


# An estimate of what is (figurepair.same_modality: it states a reported figure it agrees with, but a reported figure
# it differs from may be another party's count, and it is compared as a forecast with forecasts and plans)
ESTIMATED = "estimated"
# a forecast and a plan both speak of what is to come; an estimate is compared with them as it always was
PROSPECTIVE = frozenset({"expected", "planned", ESTIMATED})

# What an outlet's own correction takes back (corrections.py): neither a report nor any cue's modality.
WITHDRAWN = "withdrawn"

_NEGATING = NEGATORS | LEXICAL_NEGATORS
_PLANNING = PLANNED | {"is", "are"}  # the words a plan's cue opens with ("plans to", "is to")


# Words that end what a figure's following words can say of it: another figure's comparison starts there
# ("$0.87 a share against a consensus of $0.81", "$4.12 billion vs. $4.05 billion expected").
_COMPARISON = frozenset({"against", "versus", "vs", "compared", "than", "ahead", "above", "below"})


def modality_of(words: list[str], lo: int, first: int, last: int, hi: int) -> str:
    """The strongest cue of the clause before the figure, or just after it ("the $4.05 billion analysts expected").

    Capitalised words come blanked out: "May" and "Will" are a month and a name there, not modal verbs.
    """
    window = words[lo:first]
    if first >= 2 and words[first - 1] == "to" and words[first - 2] == "up" and words[first - 3 : first - 2] != ["of"]:
        return "hedged"  # "up to 1,200 jobs could go": a cap, not a report; "gusts of up to 45 mph" measured a peak
    after = []
    for w in words[last : min(hi, last + 4)]:
        if not w:
            continue
        if w in _COMPARISON:
            break
        after.append(w)
        if is_verb(w) and w not in CUES and w not in STOPWORDS and w not in AUXILIARIES:
            break
    joined = window + after
    # (each cue is first looked for as a set's words: most clauses hold none, and are read no further)
    if "yet" in joined or "longer" in joined:
        for i, w in enumerate(joined):
            if w == "yet" and i + 1 < len(joined) and joined[i + 1] == "to":
                return "negated"
            if w == "longer" and i and joined[i - 1] == "no":
                return "negated"
    bound = " ".join(window[-3:]) in NO_BOUNDS
    if not _NEGATING.isdisjoint(window[:-3] if bound else window):
        return "negated"  # (but "no fewer than 40" bounds the figure: it denies nothing)
    # "an estimated 5,000": an approximator of a reported figure, not a forecast
    estimated = first >= 1 and words[first - 1] == "estimated"
    if not EXPECTED.isdisjoint(joined) and not (estimated and sum(w in EXPECTED for w in joined) == 1):
        if any(w in EXPECTED and (w not in _ESTIMATING or joined[i + 1 : i + 2] == ["to"]) for i, w in enumerate(
                joined)) or not _MODALS.isdisjoint(joined):
            return "expected"
        # an estimate of what is ("estimates the cost of the repair at 1.8 million euros"), not of what is to come
        # ("is estimated to reach", "estimates the repair will cost", "would cost": forecasts, as they were)
        return ESTIMATED
    if "had" in window and any(w in PLANNED and window[i - 1] == "had" for i, w in enumerate(window) if i):
        return "hedged"  # "had planned to cut 1,140 jobs before the state stepped in": a plan that may have lapsed
    # "plans to buy" is a plan; "a share repurchase plan" approved is a thing that exists: the noun is no cue
    if not _PLANNING.isdisjoint(joined) and any(
            w in PLANNED and (w not in ("plan", "plans") or joined[i + 1 : i + 2] == ["to"])
            or w in ("is", "are") and joined[i + 1 : i + 2] == ["to"]  # "Corvane is to cut 1,140 jobs"
            for i, w in enumerate(joined)):
        return "planned"
    if not _DELIBERATING.isdisjoint(window) and any(
            w in _DELIBERATING and window[i - 1] in ("is", "are", "was", "were") for i, w in enumerate(window) if i):
        return "hedged"
    if HEDGED.isdisjoint(joined):
        return "ongoing" if _progressive(window) else "reported"
    hedges = [i for i, w in enumerate(joined) if w in HEDGED]
    if hedges and all(joined[i] == "would" and any(w in SAYING for w in joined[:i]) for i in hedges):
        return "planned"  # "said it would eliminate 1,140 jobs": reported speech's "would" is its speaker's "will"
    if hedges:
        return "hedged"
    return "reported"


def _progressive(window: list[str]) -> bool:
    """Whether the clause before a figure is in the present progressive ("Alder Bank is paying 1.35 crowns a share",
    "is making a credit line of up to 20 billion available", "are cutting 500 jobs"): news writes an arranged deal or
    an announced step so, and "will pay" states it as plainly as "paid" does (figurepair.same_modality)."""
    for i in range(len(window) - 1, 0, -1):
        w = window[i]
        if w.endswith("ing") and w != "going" and is_verb(w):
            # the verb nearest the figure: "is paying", not "is considering paying" (a deliberation: hedged), nor a
            # level a state runs at ("is running at 5.1%"; roles.py keeps "ongoing" for counts and sums only)
            return window[i - 1] in ("is", "are") and window[i + 1 : i + 2] != ["at"]
        if is_verb(w) and w not in STOPWORDS:
            return False  # another verb nearer the figure: "is saying it paid"
    return False

