"""What a figure is about: its role, holder, modality and whether it is a baseline, by rules of English syntax.

A results story gives revenue, the buyback, the analysts' forecast and last year's figure in one paragraph; a
disaster story gives the toll and one state's toll. A claim's figure may only meet a passage's figure of the same
role, holder and modality. The role is the noun the figure belongs to, found by general syntax, never by lists of
domain nouns:
- "N of X":          "revenue of $4.12 billion", "a death toll of 45"            -> revenue, toll
- "X% of (the) N":   "52% of the vote"                                         -> vote
- "X in N":          "$350 million in buybacks" (a bare noun after "in")        -> buyback
- "X N":             "45 deaths", "1,200 jobs" (a count and what it counts)      -> death, job
- "N verb (by|to) X": "revenue rose 9% to $4.12 billion": the nearest noun on the left, stepping over verbs and
  adjectives (words WordNet's tagged corpus uses mostly as such, data/verbs.tsv and data/adjectives.tsv, and
  regular -ed and -ing forms), other figures and function words, within the clause.
The holder is what the capitalised names of the clause (other than the first word of a sentence) name: a state
against the nation, one candidate against another. Modality is read by modality.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from .aspects import aspect_of
from .aspects import baseline as is_baseline
from .changeway import figure_way
from .countverb import governing_verb
from .estimates import estimator
from .figureclause import per_of, since_a_year, spread_over, verb_before
from .lexicon import lexicon
from .modality import APPROXIMATORS, CUES, ESTIMATED, EXPECTED, SAYING, modality_of
from .normalize import entity_forms
from .nounphrase import (
    ARTICLES,
    BEFORE_NOUN,
    CLAUSE_END,
    PARTITIVE,
    clause_end,
    clause_start,
    function_word,
    label_head,
    left_head,
    noun_after,
    noun_phrase_right,
    participle,
    prior_figure_end,
    shared_of,
    short_parenthesis,
    stem,
    whole_of_partitive,
)
from .unitforms import CURRENCY_SIGNS, is_money, past_unit_code
from .wordclass import AUXILIARIES, COPULAS, DETERMINERS, is_verb


@dataclass(frozen=True)
class Role:
    head: str = ""                      # stem of the noun the figure belongs to; "" when none is found
    phrase: frozenset[str] = frozenset()  # stems of the head's noun phrase ("polici", "rate")
    holders: frozenset[str] = frozenset()  # capitalised names of its clause
    modality: str = "reported"          # reported, ongoing, expected, estimated, planned, hedged, negated, withdrawn
    baseline: bool = False              # a year-ago or compared-with figure
    aspect: str = ""                    # "level" (to/at/of X), "change" (by X), or unknown
    clause: frozenset[str] = frozenset()  # stems of the content words of its clause: what the figure is said of
    near: frozenset[str] = frozenset()    # those within NEAR words of the figure: what it is bound to
    after: frozenset[str] = frozenset()   # those after it: what it counts or measures ("of those given placebo")
    expecter: frozenset[str] = frozenset()  # whose forecast: "economists polled", "the central bank's"
    following: tuple[str, ...] = ()       # the words after it but names, in order ("evacu", "order")
    part: bool = False                    # a part of a group named before: "two of the suspects", "34 of them"
    group: frozenset[str] = frozenset()   # the stems of that group's noun phrase ("derail", "car")
    located: frozenset[str] = frozenset()  # the holders that place it ("in Texas", "a jury in Manhattan")
    spatial: str = ""                     # a word that says which length it is ("35 km north", "deep", "flew 12 km")
    wide: bool = False                    # said of the whole country or state ("nationwide", "Across the country,")
    indefinite: bool = False              # its head, on the left, opens with "a": "A strong aftershock struck at"
    whole: bool = False                   # the group a part is counted from: "1.9 million of its 2.1 million users"
    way: str = ""                         # "up" or "down": the direction of the change it measures ("rose 8%")
    verb: str = ""                        # the stem of the verb a count is the object or subject of ("killed 3")
    estimator: frozenset[str] = frozenset()  # whose estimate it is: "the interior ministry counted 96,000"
    since: bool = False                   # a running total since a year: "23 crashes since 2016, in which 17 died"
    joined: str = ""                      # the verb a preposition joins it to: "travel" of "was travelling at 87 km/h"
    spans_verb: bool = False              # a span of the verb its head is: "closed for three days"
    spread: frozenset[str] = frozenset()  # the names it is summed across: "16 cases across Orland and Bexley"
    per: str = ""                         # the period its noun's adjective gives a sum: "an annual fee of" -> year


PART_OF = frozenset({"including", "includes", "included", "among"})
# Words that, right after a length, say which length it is ("35 km north of", "35 km to the north", "650 metres
# underground", "7 km long"): English's directions, the compass points as wire copy abbreviates them ("35 km NNE
# of"), and spatial prepositions, adverbs and adjectives; closed-class.
SPATIAL = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                    "south-west northward southward eastward westward n s e w ne nw se sw nne ene ese sse ssw wsw "
                    "wnw nnw away off offshore inland outside from to into toward towards beyond past along below "
                    "beneath under underground underwater deep down above over high tall up long wide across short "
                    "downstream upstream".split())

# The most words of a clause read on either side of a figure: longer is a run-on line of figures, not a clause, and
# reading all of it for each of its figures took time quadratic in them (700 numerals a line, 456 kB: 23 s)
CLAUSE_WORDS = 60
NEAR = 5  # words either side of a figure that make its phrase: "4.9% of those given placebo"


def _joins_nouns(words: list[str], upper: list[bool], at: int) -> bool:
    """Whether the "and" at words[at] joins two names of one clause ("The Red Hollow Fire burning in Lake and Colusa
    counties had scorched 48,600 acres"), not two clauses ("revenue rose 5% in Lake and Colusa's fell 3%"): names
    either side of it, and no verb of its own (a finite one: an -ing form is a participle) in what is before it.
    Only names: many verbs are mostly nouns to WordNet ("The Halden bridge cost $40 million and the tunnel cost
    ..."), and a list of figures ("40 residents of Halden and 12 of Marlow") is no one subject either."""
    start = clause_start(words, at)
    if start == at or at + 1 >= len(words) or not (upper[at - 1] and upper[at + 1]):
        return False
    return not any(not upper[k] and (words[k] in AUXILIARIES or (is_verb(words[k]) and not words[k].endswith("ing")))
                   for k in range(start, at))


_THEM = PARTITIVE - {"the"}  # a partitive's pronoun: "34 of them", "12 of those"


def figure_mask(n: int, figures: list[tuple[int, int]]) -> list[bool]:
    """Which of n tokens belong to a figure (token spans), for find_role."""
    in_figure = [False] * n
    for a, b in figures:
        for k in range(a, min(b, n)):
            in_figure[k] = True
    return in_figure


def find_role(words: list[str], upper: list[bool], first: int, last: int, in_figure: list[bool],
              count_nouns: bool, duration: bool = False, blanked: list[str] | None = None,
              comma: int | None = None, dimension: str = "") -> Role:
    """The role of the figure at words[first:last]; `in_figure`: which tokens belong to figures (figure_mask).

    `upper[i]` says whether token i is capitalised and not the first word of its sentence; `blanked`, the words
    with the capitalised ones as "" (blank_capitalised), and `comma`, the position of the sentence's first comma
    (first_comma), made once per sentence: made per figure, they cost time quadratic in a long claim's figures
    ("1:1:1:..." of 16 kB: 15 s).
    """
    n = len(words)
    # clause bounds; a short parenthesis ("the Norland Central Bank (NCB) would keep") is inside the clause
    lo = first
    while lo > 0 and first - lo < CLAUSE_WORDS:
        if words[lo - 1] == ")" and (opening := short_parenthesis(words, lo - 1)) >= 0:
            lo = opening
        elif words[lo - 1] in CLAUSE_END and not (words[lo - 1] == "and" and _joins_nouns(words, upper, lo - 1)):
            break
        else:
            lo -= 1
    if first == lo + 1 and words[lo] == "or" and lo > 1 and words[lo - 1] == ",":  # "would raise the levy 4.1%, or 0.9
        lo = clause_start(words, lo - 1)                                     # points below ...": a restatement
    elif lo == first and lo > 1 and words[lo - 1] == ",":  # an apposition restates the phrase before its comma:
        lo = clause_start(words, lo - 1)                   # "its outlook for the quarter, $4.20 billion to ..."
    hi = clause_end(words[: last + CLAUSE_WORDS], last)
    # "destroyed 60 buildings, including 14 schools": a part named after its whole shares the whole's clause
    if lo > 1 and words[lo - 1] == "," and words[lo] in PART_OF and not any(in_figure[lo:first - 1]):
        lo = clause_start(words, lo - 1)
    # whose figure: the names of the clause's subject (before its verb), and a name right after "in" ("45 deaths in
    # Texas"); names later in the clause are objects ("brought back by the US", "the Wren estuary"), not holders
    named = []
    for k in range(lo, first):  # the subject: names before the clause's first verb
        if upper[k]:
            named.append(k)
        elif words[k] in _SUBORDINATORS:
            named = []  # "on a trip from Batangas to Odiongan when it was hit by waves": the clause after has its own
        elif words[k] in SAYING and named:
            named = []  # "Minister Ana Ruiz said the government had pledged 50 million": the speaker's
        elif is_verb(words[k]) and words[k] not in AUXILIARIES:
            break
    after_in = [k for k in range(last, min(hi, last + 4)) if words[k] == "in"]
    if after_in:
        k = after_in[0] + 1 + (after_in[0] + 1 < hi and words[after_in[0] + 1] == "the")
        while k < hi and upper[k]:
            named.append(k)
            k += 1
    names = [k for k in named if not in_figure[k] and not function_word(words[k])]
    holders = entity_forms(words, names)
    located = entity_forms(words, [k for k in names if _placed(words, upper, k)])
    left = words[lo:first]
    if blanked is None:
        blanked = blank_capitalised(words, upper)
    modality = modality_of(blanked, lo, first, last, hi)
    if modality == "ongoing" and dimension != "count" and not is_money(dimension):
        # a deal or a step is counted or paid ("is paying 1.35 a share", "is cutting 1,140 jobs"); a measure or a
        # rate in the progressive is a state running on ("the river is rising 2 cm an hour"), as reported
        modality = "reported"
    if modality == "reported" and lo >= 2 and words[lo - 1] == "and" and _bare_verb(words[lo]):
        # "will have 212 aircraft and fly to 164 destinations": a modal governs the verb phrases joined to its own
        start = clause_start(words, lo - 1)
        if (shared := modality_of(blanked, start, lo - 1, lo - 1, lo - 1)) in ("planned", "expected", ESTIMATED,
                                                                                "hedged"):
            modality = shared
    elif modality == "reported" and lo >= 2 and words[lo - 1] == "," and words[lo].endswith("ing") and is_verb(
            words[lo]) and words[lo] not in _NOT_PARTICIPLES and (mood := _mood_before(words, upper, lo - 1)):
        # "it will close the plant in Peterborough, Ontario, eliminating 2,340 jobs": a participle clause tells what
        # its clause's verb does, and a plan's (or a forecast's) consequence is planned (or forecast) too
        modality = mood
    expecter = _expecter(words, in_figure, lo, first, last, hi) if modality in ("expected", ESTIMATED) else frozenset()
    baseline = is_baseline(words, first, last)
    # the preposition a verb takes before its figure: "rose to/at/with X" gives a level, "rose by X" a change ("a
    # margin of X" says neither: "of" follows a noun, whatever it measures); the last word before it but articles
    # and possessives
    prev = next((w for w in reversed(left) if w not in ARTICLES), "")
    aspect = aspect_of(words, left, prev, last, hi, dimension)
    head, phrase, indefinite, spans_verb = "", frozenset[str](), False, False
    # "X% of (the) N", "X in N" (bare noun), "X N" (a count)
    k = last
    if (past := past_unit_code(words, k)) > k and past < n and words[past] == "of":
        # "32 gigawatt hours (GWh) of cells": the unit's abbreviation in brackets, and the phrase goes on past it
        k = past
        hi = clause_end(words[: k + CLAUSE_WORDS], k)
    out_of = k + 2 < hi and words[k] == "out" and words[k + 1] == "of"  # "nine out of 42 samples": a partitive
    if out_of:
        k += 1
    if k < hi and words[k] == "of" and k + 1 < hi:
        j = k + 1 + (words[k + 1] in ("the", "a", "an", "its", "their"))
        while j < hi and in_figure[j] and (out_of or words[k + 1] in ("the", "its", "their")):
            j += 1  # "16 of the 19 crew members", "1.9 million of its 2.1 million users": a part counts its whole's
        if j < hi and not function_word(words[j]) and not in_figure[j]:
            head, phrase = noun_phrase_right(words, j, hi, in_figure)
    if not head and hi == k < n and words[k] == "and" and (of := shared_of(words, k + 1, in_figure)) is not None:
        # "58% and Meridia shareholders 42% of the combined group": figures joined by "and" share what follows
        # the last of them
        head, phrase = noun_phrase_right(words, of[0], of[1], in_figure)
    if not head and k + 1 < hi and words[k] == "in" and not function_word(words[k + 1]) and not in_figure[k + 1] \
            and not upper[k + 1]:
        head, phrase = noun_phrase_right(words, k + 1, hi, in_figure)
    if not head and count_nouns and (noun := noun_after(words, k, hi)) < hi and not function_word(
            words[noun]) and not (words[first:last] not in (["one"], ["1"]) and participle(words, noun, hi)):
        head, phrase = noun_phrase_right(words, noun, hi, in_figure)  # "45 deaths", "two 17th-century paintings"
    before = first - 1
    while before >= lo and (words[before] in CURRENCY_SIGNS or words[before] in APPROXIMATORS):
        before -= 1
    if not head and k < hi and not function_word(words[k]) and not upper[k] and words[k] not in CUES and before >= lo \
            and (words[before] in DETERMINERS or not (function_word(words[before]) or is_verb(words[before]))):
        head, phrase = noun_phrase_right(words, k, hi, in_figure)  # "the $38.2 million jury award"
    if not head and duration and first and words[first - 1] in ("for", "over"):
        # "took the pill for 14 days", "lasted for two weeks": a span measures how long its verb went on
        verb = next((k for k in range(first - 2, lo - 1, -1) if is_verb(words[k]) and words[k] not in AUXILIARIES
                     and words[k] not in CUES and not function_word(words[k])), None)
        if verb is not None:
            head, phrase, spans_verb = stem(words[verb]), frozenset((stem(words[verb]),)), True
    # a part's pronoun: "34 of them" stands for the group the figure before it counts
    antecedent = not head and last + 1 < hi and words[last] == "of" and words[last + 1] in _THEM and (
        prior := prior_figure_end(words, in_figure, first)) is not None
    if antecedent:
        # "hauling 126 cars, and 34 of them derailed": a part of the group that the figure before it counts
        head, phrase = noun_phrase_right(words, cast(int, prior), clause_end(words, cast(int, prior)), in_figure)
    if not head:
        head, phrase = label_head(words, in_figure, lo, first)  # "Growth since the 2015 census: 6.8 per cent"
    if not head:
        head, phrase, indefinite = left_head(words, upper, lo, first, in_figure)
    if not head and aspect == "level" and lo >= 2 and words[lo - 1] in ("which", "that") and words[
            lo - 2] == "," and not any(in_figure[(opening := clause_start(words, lo - 2)) : lo - 2]):
        # "Inflation, which eased to 2.4 per cent in May": a relative clause's level is its antecedent's (one that
        # holds a figure may be that figure's whole clause: "up to €12m more in add-ons, which would take it to";
        # a change is not: "the river, which rose 2 metres")
        head, phrase, indefinite = left_head(words, upper, opening, lo - 1, in_figure)
    # the stems of the clause's content words (no function word, no cue), each word stemmed once for the four sets
    stems = [(k, s) for k in range(lo, hi) if not in_figure[k] and (s := _content_stem(words[k])) is not None]
    # (a part's pronoun stands for its group: "34 of them derailed" says "cars" as plainly as "34 cars derailed")
    said = phrase if antecedent else frozenset()
    clause = frozenset([s for _, s in stems]) | said
    near_stems, after_stems, following_stems = [], [], []
    for k, s in stems:  # in order of k: the figure's NEAR words either side
        if k >= last + NEAR:
            break
        if k >= first - NEAR:
            near_stems.append(s)
            if k >= last:
                after_stems.append(s)
                if not upper[k]:
                    following_stems.append(s)  # names: slots
    near, after, following = frozenset(near_stems) | said, frozenset(after_stems) | said, tuple(following_stems)
    part = out_of or last + 1 < hi and (words[last] == "of" and words[last + 1] in PARTITIVE and not (
        last + 2 < hi and words[last + 2].endswith("'s")) or words[last] in BEFORE_NOUN and not function_word(
        words[last + 1]))  # "her and six other prisoners"; not "14 more than last year"
    group = sorted(phrase) if antecedent else []
    for k in range(last + 2, hi) if part and not antecedent else ():  # "of the derailed cars were ...": to its verb
        if words[k] in AUXILIARIES or not words[k][0].isalpha():
            break
        if not function_word(words[k]):
            group.append(stem(words[k]))
    # which length: a spatial word after it, or the verb right before it, whose extent it is ("flew 12 km", "rose 2
    # metres", "advanced 35 km")
    spatial = words[last] if last < n and words[last] in SPATIAL else words[first - 1] if first and is_verb(
        words[first - 1]) and words[first - 1] not in AUXILIARIES else ""
    wide = _wide(words, upper, lo, hi, first_comma(words) if comma is None else comma)
    return Role(head, phrase, holders - phrase, modality, baseline, aspect, clause, near, after, expecter, following,
                part, frozenset(group), located & (holders - phrase), spatial, wide, indefinite,
                whole_of_partitive(words, upper, in_figure, first),
                figure_way(words, in_figure, lo, first, last, head, dimension),
                governing_verb(words, in_figure, lo, first, last, hi) if count_nouns else "",
                estimator(words, upper, in_figure, first, last), since_a_year(words, first, last),
                verb_before(words, first), spans_verb, spread_over(words, upper, last, hi),
                per_of(phrase, prev, dimension))


# Conjunctions that open a subordinate clause, with a subject of its own ("... to Calapan when it was hit"); only
# those that are never prepositions ("after the merger", "since 2010" stay in the clause).
_SUBORDINATORS = frozenset({"when", "whenever", "because", "unless", "if", "whether"})


# Words that say a figure is the whole country's or state's: closed-class English ("nationwide", "across the
# country"), not names ("the National Statistics Office" is capitalised and says nothing of the figure's scope).
WIDE = frozenset({"nationwide", "nationally", "national", "countrywide", "statewide", "country's", "nation's",
                  "worldwide", "globally"})
_WHOLES = frozenset({"country", "nation", "state", "world", "globe"})
_ACROSS = frozenset({"across", "around"})  # "across the country", "around the world"
_WIDE_WORDS = WIDE | _ACROSS


# Participles that are prepositions or verbs of saying ("following the vote", "adding that 45 had died", "having
# cut ...", a perfect: past whatever the clause before): closed-class English
_NOT_PARTICIPLES = frozenset("following including excluding according regarding concerning considering adding saying "
                             "noting citing having".split())
_PLAN_VERBS = frozenset("plans plan planned intends intend aims aim is are set".split())  # before "to": "plans to cut"


def _mood_before(words: list[str], upper: list[bool], comma: int) -> str:
    """How the clause a participle clause hangs on (the words before `comma`, past a comma-set place name: "in
    Peterborough, Ontario,") says its verb: "planned" ("will close", "would close" in reported speech, "plans to
    close", "is to close"), "expected" ("analysts expect the merger to close"), "hedged" ("could rise by up to 12
    million euros, taking the total to 98 million"), or "" (as a fact). A cue that is no
    verb of the clause ("lowered its profit forecast, sending its shares down 12%") or stands in a clause of its own
    ("Orvane, which aims to return to profit, shut its plant, eliminating ...") says nothing of it."""
    end = comma
    start = clause_start(words, end)
    if start > 1 and words[start - 1] == "," and all(upper[k] for k in range(start, end)):
        end = start - 1  # an apposed place: "Peterborough, Ontario,"
        start = clause_start(words, end)
    clause = words[start:end]
    if any(w in ("will", "would", "shall") or (w in _PLAN_VERBS and clause[i + 1 : i + 2] == ["to"])
           for i, w in enumerate(clause)):
        return "planned"
    if any(w in EXPECTED and "to" in clause[i + 1 :] for i, w in enumerate(clause)):
        return "expected"
    return "hedged" if any(w in ("could", "may", "might") for w in clause) else ""  # "could rise ..., taking"


def blank_capitalised(words: list[str], upper: list[bool]) -> list[str]:
    """The words with the capitalised ones as "": "May" and "Will" are a month and a name, not modal verbs."""
    return [w if not upper[k] else "" for k, w in enumerate(words)]


def first_comma(words: list[str]) -> int:
    return words.index(",") if "," in words else len(words)


def _wide(words: list[str], upper: list[bool], lo: int, hi: int, comma: int) -> bool:
    """Whether the figure's clause, or the sentence's opening phrase ("Across the country, prices were ..."), says it
    is the whole country's, state's or world's ("worldwide", "around the world")."""
    if _WIDE_WORDS.isdisjoint(words):
        return False  # (most sentences: no word of either kind anywhere in them)
    opener = comma if comma < lo else 0
    for a, b in ((lo, hi), (0, opener)):
        for k in range(a, b):
            if not upper[k] and (words[k] in WIDE or words[k] in _ACROSS and k + 2 < b
                                 and words[k + 1] == "the" and words[k + 2] in _WHOLES):
                return True
    return False


def _placed(words: list[str], upper: list[bool], k: int) -> bool:
    """Whether the name at k follows "in" ("in Texas", "in the Arequipa region"): a place, not a party."""
    while k > 0 and upper[k - 1]:
        k -= 1
    if k > 0 and words[k - 1] == "the":
        k -= 1
    return k > 0 and words[k - 1] == "in"


def _expecter(words: list[str], in_figure: list[bool], lo: int, first: int, last: int, hi: int) -> frozenset[str]:
    """Whose expectation a figure is: the content words before the cue ("economists polled by Reuters had
    expected"; "the bank's forecast puts"), or between the figure and a cue after it ("$4.05 billion analysts
    expected"). Two forecasts of one figure by different forecasters are two facts."""
    cues = [k for k in range(lo, first) if words[k] in EXPECTED]
    if cues and cues[-1] and words[cues[-1] - 1] in COPULAS:
        return frozenset()  # "is expected to": passive, the forecaster unsaid
    if cues:
        span = range(lo, cues[-1])
    else:
        after = [k for k in range(last, min(hi, last + 5)) if words[k] in EXPECTED]
        span = range(last, after[0]) if after else range(0)
    return frozenset(stem(words[k]) for k in span if not in_figure[k] and not function_word(words[k])
                     and words[k] not in CUES and words[k] not in AUXILIARIES)


@lru_cache(maxsize=1 << 16)
def _content_stem(word: str) -> str | None:
    """The stem of a content word of a figure's clause, or None for a function word or a cue (a pure function of
    the word: cached)."""
    return None if function_word(word) or word in CUES else stem(word)


def _bare_verb(word: str) -> bool:
    """A verb in its base form ("fly", "cut"), as after a modal; not "kept", "rose" or "says", which have a tense of
    their own."""
    return is_verb(word) and word not in AUXILIARIES and not word.endswith(("ed", "s")) and word not in lexicon().past
