"""Whose estimate a figure is: the party that estimated, projected, counted or put it at a value.

A count of a crowd, a cost or a projection is often given by several parties with different values ("the unions
said 310,000, while the interior ministry counted 96,000"). A claim that names whose estimate it states ("Unions put
turnout at 96,000") is not stated by another party's estimate of the same value, however well the figures agree.
Only verbs of estimating bind a figure to its party; a verb of saying ("officials said") does not: who reported a
fact is seldom the fact.
"""

from __future__ import annotations

from .modality import APPROXIMATORS
from .nounphrase import ARTICLES, function_word, stem
from .unitforms import CURRENCY_SIGNS
from .wordclass import AUXILIARIES, COPULAS, SUBJECT_PRONOUNS, is_verb

# Verbs of estimating, closed-class English: their subject is whose figure it is ("put" only with "at": "puts the
# figure at $3.9 billion")
ESTIMATING = frozenset("""estimate estimates estimated estimating project projects projected projecting forecast
    forecasts forecasted forecasting predict predicts predicted predicting count counts counted counting calculate
    calculates calculated calculating reckon reckons reckoned tally tallies tallied expect expects expected expecting
    put puts putting""".split())
# Before the verb, what makes it an adjective ("an estimated", "the projected") or a passive ("are estimated to be",
# "was put at"), whose subject is what is estimated, not who estimates
_NOT_ACTIVE = ARTICLES | COPULAS
_BOUNDARY = frozenset({",", ";", ":", "while", "whereas", "but", "and", "that", "who", "which", "(", ")", "-", "—"})
# What opens another clause after a comma ("..., while the ministry counted 96,000"), and the verbs of saying,
# whose figure is the speaker's, not the estimate of a party before them: closed-class English
_CLAUSE_OPENERS = frozenset({"while", "whereas", "but", "and", "although", "though"})
_SPEAKING = frozenset({"said", "says", "told", "tells"})  # whose subject a pronoun after it stands for
_SAYING = _SPEAKING | {"say", "added", "announced", "reported"}
_SUBJECT_WORDS = 8  # a subject of more words is a clause, not a party
# The prepositions that open a phrase a party's noun phrase stands in ("from the watchdog's report"); not "of"
# ("the Office of Fiscal Accountability"): closed-class English
_ENDS_SUBJECT = frozenset("from in at on by for with to into after before under over".split())


def estimator(words: list[str], upper: list[bool], in_figure: list[bool], first: int,
              last: int | None = None) -> frozenset[str]:
    """The stems of the party whose estimate the figure at words[first] is, or none: the subject of the nearest verb
    of estimating before it in its sentence ("the interior ministry counted 96,000"; "the watchdog puts the figure
    at $3.9 billion"; "Demographer Ilse Marrow said she expected ... 15.6 million": a pronoun is the speaker before
    it)."""
    # (only a verb of estimating returns from the walk back: most sentences have none before the figure)
    for k in range(first - 1, 0, -1) if not ESTIMATING.isdisjoint(words[1:first]) else ():
        word = words[k]
        if word in (".", "!", "?", ";") or (word in _CLAUSE_OPENERS and words[k - 1] == ",") or word in _SAYING:
            break  # another clause's verb ("..., while the unions said 310,000"), or a speaker's
        if word in ESTIMATING and not in_figure[k] and not upper[k] and (word[:3] != "put" or _put_at(words, first)) \
                and not (k + 1 < first and is_verb(words[k + 1]) and words[k + 1].endswith("s")):  # "count carries"
            if words[k - 1] in _NOT_ACTIVE:
                break  # "an estimated €24.6 million", "are estimated to be worth": nobody's named
            subject = _subject(words, k)
            if subject and subject <= SUBJECT_PRONOUNS and (earlier := _speaker(words, k)):
                return earlier
            return frozenset(stem(w) for w in subject if w not in SUBJECT_PRONOUNS)
    return _estimator_after(words, in_figure, last) if last is not None else frozenset()


# The nouns of an estimate after "according to" ("according to a police estimate", "according to the ministry's
# count"): closed-class English
_ESTIMATE_NOUNS = frozenset("estimate estimates count counts projection projections forecast forecasts tally "
                            "calculation calculations".split())


def _estimator_after(words: list[str], in_figure: list[bool], last: int) -> frozenset[str]:
    """The party whose estimate the figure is, told after it in its clause: "was 96,000, according to a police
    estimate", "was 96,000, the interior ministry estimated" (not "according to police", a source of a report)."""
    ahead = words[last : last + 12]
    if "according" not in ahead and ESTIMATING.isdisjoint(ahead):
        return frozenset()  # (the walk below finds a party only at one of these words: most figures have none)
    k = last
    while k < len(words) and words[k] not in (".", "!", "?", ";") and not in_figure[k] and k < last + 12:
        if words[k] == "according" and k + 1 < len(words) and words[k + 1] == "to":
            phrase: list[str] = []
            for w in words[k + 2 : k + 8]:
                if w in _ESTIMATE_NOUNS:
                    return frozenset(stem(x[:-2] if x.endswith("'s") else x) for x in phrase
                                     if not function_word(x))
                if not w[0].isalpha():
                    break
                phrase.append(w)
            return frozenset()
        if words[k] in ESTIMATING and words[k].endswith(("ed", "cast")) and not in_figure[k - 1] and (
                words[k - 1] not in _NOT_ACTIVE and words[k - 1] not in AUXILIARIES) and (
                k + 1 >= len(words) or not words[k + 1][0].isalpha()) and words[k][:3] != "put":
            # "..., the interior ministry estimated." closes the sentence with its party (a past tense: "on the most
            # serious count." is a noun)
            subject = _subject(words, k) - SUBJECT_PRONOUNS
            return frozenset(stem(w) for w in subject)
        k += 1
    return frozenset()


def _put_at(words: list[str], first: int) -> bool:
    """Whether "at" stands right before the figure (an approximator or a currency sign between): "put the figure at
    about $3.9 billion", not "put up barriers at the square as organisers said 40,000"."""
    k = first - 1
    while k > 0 and (words[k] in APPROXIMATORS or words[k] in CURRENCY_SIGNS):
        k -= 1
    return words[k] == "at"


def _subject(words: list[str], verb: int) -> frozenset[str]:
    """The content words of the verb's subject: back to a clause boundary, past auxiliaries; after "which" or "who"
    the noun phrase before its comma ("the watchdog's report, which estimated")."""
    k = verb - 1
    while k >= 0 and words[k] in AUXILIARIES:
        k -= 1
    if k >= 1 and words[k] in ("which", "who") and words[k - 1] == ",":
        k -= 2
    elif k >= 0 and words[k] == "," and (opening := _relative_clause(words, k)) is not None:
        k = opening - 1  # "Orsk's weather centre, which uses 10-minute averages, estimated": the noun before it
    found: list[str] = []
    while k >= 0 and (words[k] not in _BOUNDARY or _joins_parties(words, k)) and len(found) < _SUBJECT_WORDS:
        if words[k] == "by" and k >= 2 and words[k - 1].endswith("ed") and is_verb(words[k - 1]):
            # "Economists polled by Reuters had forecast": the agent of a participle after the subject ("polled by",
            # "surveyed by") is not whose estimate it is; the noun before the participle is
            found, k = [], k - 2
            continue
        if words[k] in _ENDS_SUBJECT and found and k >= 1 and not function_word(words[k - 1]) and not is_verb(
                words[k - 1]):
            k -= 1  # "the regional centre on Orsk Island, which": a noun's phrase goes on before its preposition
            continue
        if words[k] in _ENDS_SUBJECT or words[k] in AUXILIARIES:
            break  # "Senators read from the watchdog's report, which": the noun phrase ends at its preposition
        if not function_word(words[k]) or words[k] in SUBJECT_PRONOUNS:
            found.append(words[k][:-2] if words[k].endswith("'s") else words[k])
        k -= 1
    return frozenset(found)


def _relative_clause(words: list[str], comma: int) -> int | None:
    """The comma that opens a relative clause ending at `comma` (", which uses 10-minute averages,"), if one does."""
    for j in range(comma - 1, max(0, comma - _SUBJECT_WORDS * 2), -1):
        if words[j] in (",", ".", ";"):
            return j if j + 1 < comma and words[j + 1] in ("which", "who") else None
    return None


def _joins_parties(words: list[str], k: int) -> bool:
    """Whether the "and" at words[k] joins two parties of one subject ("police and organisers estimated"), not two
    clauses ("the unions marched and the ministry counted"): no verb stands before it."""
    return words[k] == "and" and k > 0 and words[k - 1][0].isalpha() and not is_verb(words[k - 1])


def _speaker(words: list[str], verb: int) -> frozenset[str]:
    """The subject of the verb of saying before a pronoun's verb ("Ilse Marrow said she expected")."""
    for k in range(verb - 1, 0, -1):
        if words[k] in (".", "!", "?", ";"):
            break
        if words[k] in _SPEAKING and (subject := _subject(words, k) - SUBJECT_PRONOUNS):
            return frozenset(stem(w) for w in subject)
    return frozenset()
