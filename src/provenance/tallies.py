"""Two figures read as one: a tally ("6-3", "by 48 votes to 31", "51 in favour and 38 against"), compared whole
with the votes or goals against it, and a ratio ("nine in ten", "one out of every five"), a share over a small or
round whole. quantities.scan reads them before the figures they are made of."""

from __future__ import annotations

from .figure import Figure
from .numberwords import number_at
from .unitforms import unit_after

# A vote or a score is written winner first ("ruled 6-3", "won 2-1", "voted 4-1"); a range is written low to high
# ("3-5 days"). Words ("split six to three") only after a verb of voting: closed-class English.
TALLY_VERBS = frozenset({"split", "voted", "vote", "votes", "ruled", "ruling", "won", "beat", "margin"})
# The nouns a tally counts when it names them once, after its first figure ("by 48 votes to 31", "won by three goals
# to one"); and the words a count against ends with ("51 in favour and 38 against"): closed-class English.
TALLY_NOUNS = frozenset({"vote", "votes", "goal", "goals"})
_AGAINST = frozenset({"against", "opposed"})
_IN_FAVOUR = frozenset({"for", "favour", "favor", "yes"})
UNANIMOUS = frozenset({"unanimous", "unanimously"})


_RATIO_WHOLES = frozenset({*range(2, 13), 20, 25, 50, 100, 1000})  # "one in five", "nine in ten", "1 in 100"


def read_ratio(words: list[str], toks: list[tuple[str, int, int]], j: int, value: float,
           fraction: bool) -> tuple[float, int] | None:
    """The whole of a ratio after a count ending at words[j - 1]: "nine in ten", "one out of every five", "3 in 10"
    (English writes a share so, over a small or round whole larger than the count: "12 in 40 raids" counts arrests);
    with the end of its span. None when a unit follows ("5 in 12 days" is a count of days) or it is no ratio."""
    k = j + 1 if words[j : j + 1] == ["in"] else j + 2 if words[j : j + 2] == ["out", "of"] else 0
    if not k or fraction or value != int(value):
        return None
    k += words[k : k + 1] == ["every"]
    whole = number_at(words, toks, k) if k < len(words) else None
    if whole is None or whole[3] or whole[0] not in _RATIO_WHOLES or not value < whole[0]:
        return None
    end = k + whole[1]
    if end < len(words) and unit_after(words, end) is not None:
        return None
    return whole[0], end


def read_tally(words: list[str], toks: list[tuple[str, int, int]], i: int, value: float,
           used: int) -> list[Figure] | None:
    """A tally at words[i] ("6-3", "six to three", "48 votes to 31", "51 in favour and 38 against") as two
    designations: the tally itself, compared whole, and the votes or goals against, which "unanimous" (none against)
    also gives. The second figure of "48 votes to 31" counts votes too: English names the noun once. None when it is
    no tally."""
    if value != int(value) or value > 999 or i + used + 1 >= len(words):
        return None
    joint, k = words[i + used], i + used + 1
    digits = words[i][0].isdigit() and "," not in words[i] and "." not in words[i]
    if used == 1 and joint == "-" and digits and words[k].isdigit() and toks[i + 1][1] == toks[i][2]:
        second, end = float(words[k]), k + 1
    elif used == 1 and joint == "to" and i and (words[i - 1] in TALLY_VERBS or words[i - 1] == "of" and words[
            i - 2 : i - 1] and words[i - 2] in TALLY_VERBS) and (parsed := number_at(words, toks, k)):
        second, end = (parsed[0] if parsed[1] == 1 and not parsed[3] else value + 1), k + 1
    elif joint in TALLY_NOUNS and words[k] == "to" and (parsed := number_at(words, toks, k + 1)) and not parsed[3]:
        second, end = parsed[0], k + 1 + parsed[1]
        if words[end : end + 1] == [joint]:
            end += 1  # "48 votes to 31 votes"
    elif (against := _against(words, toks, i + used)) is not None:
        second, end = against
    else:
        return None
    if second > value or second != int(second) or (end < len(words) and unit_after(words, end) is not None):
        return None
    return [Figure(i, end, value + second / 1000, 0.001, "exact", dimension="label:tally"),
            Figure(i, end, second, 1.0, "exact", dimension="label:against")]


def _against(words: list[str], toks: list[tuple[str, int, int]], j: int) -> tuple[float, int] | None:
    """The count against in "51 [members voted] in favour and 38 against" after a count in favour ending at
    words[j - 1]: within six words a word of favour, then "and" or a comma, a count and "against" or "opposed" right
    after it; with the end of that count's span. None otherwise."""
    favour = False
    for k in range(j, min(j + 8, len(words) - 2)):
        word = words[k]
        favour = favour or word in _IN_FAVOUR
        if word in (".", ";", ":") or word in _AGAINST:
            return None
        if favour and word in ("and", ","):
            at = k + 1 + (word == "," and words[k + 1] == "and")
            parsed = number_at(words, toks, at) if at < len(words) else None
            if parsed is not None and not parsed[3] and words[at + parsed[1] : at + parsed[1] + 1] and (
                    words[at + parsed[1]] in _AGAINST):
                return parsed[0], at + parsed[1] + 1
            return None
    return None
