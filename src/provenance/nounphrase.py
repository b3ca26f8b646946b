"""The noun a figure belongs to, by rules of English syntax: the noun phrase right of it ("45 deaths", "52% of the
vote") or the nearest noun on its left ("revenue rose 9% to $4.12 billion"), stepping over verbs, adjectives,
other figures and function words. Shared by roles.py (a figure's role) and the readers of counts and ranks.
"""

from __future__ import annotations

from functools import lru_cache

from .modality import APPROXIMATORS, CUES, NEGATORS, SAYING
from .months import MONTHS
from .normalize import STOPWORDS, stem  # cached there: one cache for every reader of stems
from .unitforms import CURRENCY_SIGNS
from .wordclass import AUXILIARIES, COPULAS, DETERMINERS, adjectives, is_verb

# The articles and possessive determiners that may open a noun phrase before a figure ("the", "its"): closed-class
ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})

# Words and marks that end a clause, the weekdays and the suffixes of ordinals in figures: closed-class English
CLAUSE_END = frozenset({",", ";", ":", "(", ")", "!", "?", ".", "\"", "but", "while", "whereas", "which", "who",
                        "although", "though", "and"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})  # written right after a numeral: "21st", "2nd", "17th"


def clause_start(words: list[str], end: int) -> int:
    """Where the clause that words[end - 1] stands in begins: after the last CLAUSE_END word before it."""
    while end > 0 and words[end - 1] not in CLAUSE_END:
        end -= 1
    return end


def clause_end(words: list[str], start: int) -> int:
    """Where the clause from words[start] ends: at the first CLAUSE_END word from it, or the end."""
    while start < len(words) and words[start] not in CLAUSE_END:
        start += 1
    return start


def past_ordinal(words: list[str], j: int) -> int:
    """The index after an ordinal written in figures at words[j] ("17th-century", "21st"), or j."""
    while j + 1 < len(words) and words[j][:1].isdigit() and words[j + 1] in ORDINAL_SUFFIXES:
        j += 2 + (j + 2 < len(words) and words[j + 2] == "-")
    return j


# Ordinal numbers: closed-class English, never the noun a figure belongs to ("finished third with 3%").
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


# The subordinating conjunctions and the prepositions of concession that the stop words leave out: closed-class
# English, never the noun a figure counts or designates ("revised up by 6,310 because three hospitals ...")
CONJUNCTIONS = frozenset("because unless whether although though whereas despite lest".split())


@lru_cache(maxsize=1 << 16)
def function_word(word: str) -> bool:
    """Whether a word is no content word: a stop word, a conjunction, a mark or numeral, a month, a weekday or an
    ordinal (a pure function of the word, asked of every word of a figure's clause: cached)."""
    bare = word[:-2] if word.endswith("'s") else word  # "Monday's 5.2% slide": a date's, not a holder's
    return (word in STOPWORDS or not word[0].isalpha() or bare in MONTHS or bare in WEEKDAYS or word in ORDINALS
            or word in CONJUNCTIONS)


# What follows "of" in a partitive count of a group named before ("two of the suspects", "eleven of them"); a
# possessive names a whole population instead ("412,600 of the utility's customers", "of its customers"), whose
# count may be the claim's: closed-class English.
PARTITIVE = frozenset("the them those these".split())


def noun_phrase_right(words: list[str], j: int, hi: int, in_figure: list[bool]) -> tuple[str, frozenset[str]]:
    """The noun phrase starting at words[j]; its head is its last word ("share buybacks" -> buyback)."""
    stems: list[str] = []
    # after its first word, a verb or an adjective ends the phrase: English puts adjectives before the noun, so one
    # after it ("trapped 23 men deep inside the mine", "2,300 residents nearby") says where or how, not what; but an
    # adjective with a noun after it is inside the phrase ("three Olympic silver medals"); a preposition never is
    # ("14 cases across Orland")
    while j < hi and not function_word(words[j]) and not in_figure[j] and words[j] not in CUES and not (
            stems and (is_verb(words[j]) or words[j] in PREPOSITIONS or words[j] in adjectives() and not _noun_follows(
                words, j + 1, hi))):
        if words[j] != "-":
            stems.append(stem(words[j]))
        j += 1
        if j < hi and words[j] == "-":
            j += 1
        if len(stems) == 3:
            break
    return (stems[-1], frozenset(stems)) if stems else ("", frozenset())


# The prepositions of English that the stop words leave out (WordNet tags some of them as adverbs): closed-class
PREPOSITIONS = frozenset("across along alongside amid amidst behind beside beyond despite inside near outside "
                         "throughout toward towards underneath unlike upon versus".split())


def plural(word: str) -> bool:
    """Whether a word looks like a plural noun: "cases", not "class", "bonus" or "analysis"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def participle(words: list[str], k: int, hi: int) -> bool:
    """Whether words[k], after a plural figure, is a participle, not the noun the figure counts: a singular -ing form
    that no noun follows ("rated 2786 going into the match", "some 300 waiting outside"; "40 fishing boats" and "12
    sightings" count)."""
    w = words[k]
    return w.endswith("ing") and len(w) > 4 and (k + 1 >= hi or function_word(words[k + 1]))


def _noun_follows(words: list[str], j: int, hi: int) -> bool:
    """Whether words[j] goes on a noun phrase: a content word, neither a verb nor an adjective."""
    return j < hi and not function_word(words[j]) and words[j] not in CUES and not is_verb(words[j]) and (
        words[j] not in adjectives())


def left_head(words: list[str], upper: list[bool], lo: int, first: int,
               in_figure: list[bool]) -> tuple[str, frozenset[str], bool]:
    """The nearest noun on the left: "revenue of", "revenue rose 9% to", "the policy rate at"; and whether an
    indefinite article opens its noun phrase ("A strong aftershock struck at 5:02 a.m.": a new thing, not one told
    of before)."""
    k = first - 1
    # "N of X": the word before "of" is the head whatever it is ("estimate of $4.05 billion")
    while k >= lo and (words[k] in ARTICLES or words[k] in CURRENCY_SIGNS):
        k -= 1
    strict_of = k >= lo and words[k] == "of"
    verb = ""  # the predicate next to the figure: "costing 412 million" measures a cost
    linked = False  # a copula between the noun and the figure: "winds at landfall were 195 km/h"
    while k >= lo:
        w = words[k]
        if w == ")" and (opening := short_parenthesis(words, k)) >= lo and _names_only(words, upper, opening, k):
            k = opening - 1  # "Shares of Corvik (Nasdaq: CRVK) closed down 6.4%": a name's aside; not "Revenue
            continue         # (excluding fuel) rose 4%", which says which revenue
        if in_figure[k] or function_word(w) or upper[k] or w in CUES or w in NEGATORS:
            linked = linked or w in COPULAS
            k -= 1
            continue
        if is_verb(w) and not strict_of:
            verb = verb or stem(w)
            k -= 1
            continue
        if w in adjectives() and not strict_of:  # "was unchanged at 3.75%", "finished a distant third with 3%"
            k -= 1
            continue
        break
    if k < lo:
        return "", frozenset({verb} - {""}), False
    head = stem(words[k])
    phrase = [head] + ([verb] if verb else [])
    j = k - 1
    while True:
        while j >= lo and (words[j] == "-" or words[j] in ORDINALS or (
                not function_word(words[j]) and not in_figure[j] and not upper[j] and not is_verb(words[j])
                and words[j] not in CUES)):
            if words[j] != "-":
                phrase.append(stem(words[j]))
            j -= 1
        # "revenue for its fiscal third quarter climbed to", "winds at landfall were", "put its pressure at landfall
        # at 952 hPa": a noun with a prepositional phrase is headed by the noun before the preposition
        p = j
        while p >= lo and words[p] in DETERMINERS:
            p -= 1
        if (verb or linked or words[first - 1] in ("at", "to")) and not strict_of and p >= lo and words[p] in (
                "for", "of", "in", "from", "on", "at", "through", "across", "during"):
            p -= 1
            while p >= lo and words[p] in DETERMINERS:
                p -= 1
            if p >= lo and not function_word(words[p]) and not in_figure[p] and not upper[p] and not is_verb(
                    words[p]) and words[p] not in CUES:
                head = stem(words[p])
                phrase.append(head)
                j = p - 1
                continue
        break
    return head, frozenset(phrase), j >= lo and words[j] in ("a", "an")


# Words between a count and its noun that say which of them, not what: "12 other farms", "14 more people", "three
# further cases" count farms, people and cases, a part of them beside some told of (closed-class English)
BEFORE_NOUN = frozenset({"other", "more", "further"})


def noun_after(words: list[str], k: int, hi: int) -> int:
    """Where the noun that the count before words[k] counts begins: past an ordinal's letters ("two 17th-century
    paintings") and a word of BEFORE_NOUN ("12 other poultry farms"); `hi` when none does before it."""
    noun = min(past_ordinal(words, k), hi)
    while noun + 1 < hi and words[noun] in BEFORE_NOUN and not function_word(words[noun + 1]):
        noun += 1
    return noun


LABEL_WORDS = 8  # the most words of a fact box's label ("Growth since the 2015 census: 6.8 per cent")


def label_head(words: list[str], in_figure: list[bool], lo: int, first: int) -> tuple[str, frozenset[str]]:
    """The noun a fact box's label ends its first noun phrase with, when the figure comes right after its colon
    ("Growth since the 2015 census: 6.8 per cent", "- Artefacts recovered: 1,410", "Mean national price:
    €348,500"); ("", frozenset()) when the clause before the colon (from the sentence's start or the colon before,
    not one inside a time of day) is longer than LABEL_WORDS or says or states something (a verb of saying, an
    auxiliary or copula: "The minister said: 40 schools ..."), or holds a cue of modality ("Expected revenue:")."""
    colon = lo - 1
    if colon < 1 or words[colon] != ":" or any(w not in APPROXIMATORS and w not in CURRENCY_SIGNS
                                               for w in words[lo:first]):
        return "", frozenset()
    start = colon
    while start > 0 and words[start - 1] not in (".", ";", "!", "?") and not (
            words[start - 1] == ":" and not in_figure[start - 1]):
        start -= 1
    label = [k for k in range(start, colon) if words[k][0].isalpha()]
    if not label or len(label) > LABEL_WORDS or any(
            words[k] in SAYING or words[k] in AUXILIARIES or words[k] in COPULAS or words[k] in CUES for k in label):
        return "", frozenset()  # (nor a label with a cue of modality: "Expected revenue: $4.0 billion")
    k = label[0]
    while k < colon and words[k] in ARTICLES:
        k += 1
    run: list[str] = []
    while k < colon and words[k][0].isalpha() and not function_word(words[k]) and words[k] not in PREPOSITIONS and (
            not run or not is_verb(words[k])):  # "Artefacts recovered": the noun, not the participle after it
        run.append(stem(words[k]))
        k += 1
    if any(is_verb(w) and not w.endswith(("ed", "ing")) for w in words[k:colon]):
        return "", frozenset()  # a clause, not a label: "Federation members accept the offer: 78.4% yes"
    return (run[-1], frozenset(run)) if run else ("", frozenset())


def _names_only(words: list[str], upper: list[bool], opening: int, close: int) -> bool:
    """Whether a parenthesis holds names alone ("(Nasdaq: CRVK)", "(NCB)"): its words capitalised, but the first,
    which opens it as a sentence's first word does (capitalised() cannot tell), may be any word that is no function
    word, verb or adjective."""
    inside = [j for j in range(opening + 1, close) if words[j][0].isalpha()]
    return bool(inside) and all(upper[j] or j == inside[0] and not (
        function_word(words[j]) or is_verb(words[j]) or words[j] in adjectives()) for j in inside)


def shared_of(words: list[str], start: int, in_figure: list[bool]) -> tuple[int, int] | None:
    """Where the noun after "of" starts, and its clause ends, when within four words after "and", no verb among
    them, another figure comes and is followed by "of (the) N" ("58% and Meridia shareholders approximately 42% of
    the combined group"); None otherwise."""
    hi = clause_end(words, start)
    k = start
    while k < min(hi, start + 5) and not in_figure[k]:
        if is_verb(words[k]) and words[k] not in APPROXIMATORS:
            return None
        k += 1
    if k >= hi or not in_figure[k]:
        return None
    while k < hi and in_figure[k]:
        k += 1
    if k + 1 >= hi or words[k] != "of":
        return None
    j = k + 1 + (words[k + 1] in ("the", "a", "an", "its", "their"))
    if any(w in AUXILIARIES or is_verb(w) and words[m - 1] not in DETERMINERS for m, w in enumerate(words[j:hi], j)):
        return None  # "revenue fell 8% and 120,000 of its passengers were hit": the second figure opens a clause
    return (j, hi) if j < hi and not function_word(words[j]) and not in_figure[j] else None


def short_parenthesis(words: list[str], close: int) -> int:
    """Where the short parenthesis that words[close] closes opens ("(VCB)", "(NASDAQ: CBAY)"), or -1."""
    if words[close] != ")":
        return -1
    for k in range(close - 1, max(-1, close - 6), -1):
        if words[k] == "(":
            return k
        if words[k] in (")", ".", ";"):
            return -1
    return -1


def prior_figure_end(words: list[str], in_figure: list[bool], first: int) -> int | None:
    """Where the figure before words[first] in its sentence ends (the index after it), or None."""
    for j in range(first - 1, 0, -1):
        if words[j - 1] in (".", "!", "?", ";"):
            return None
        if in_figure[j - 1] and not in_figure[j]:
            return j
    return None


def whole_of_partitive(words: list[str], upper: list[bool], in_figure: list[bool], first: int) -> bool:
    """Whether the figure at words[first] is the whole of a partitive: a figure, "of" (or "out of"), then determiners,
    possessives, names or approximators before it ("about 1.9 million of the operator's 2.1 million customers", "12
    of its 40 stores", "91% of the Rockford Teachers Alliance's roughly 1,850 members")."""
    k = first - 1
    while k > 0 and (words[k] in DETERMINERS or words[k] in APPROXIMATORS or words[k].endswith("'s") or upper[k]):
        k -= 1
    return k > 0 and words[k] == "of" and (in_figure[k - 1] or k > 1 and words[k - 1] == "out" and in_figure[k - 2])
