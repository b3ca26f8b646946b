"""Numerals and number words: "1,962", "12.0", "twenty-one", "one thousand two hundred", "half a million", "a dozen",
"two-thirds", with the precision they are written to.

Number words are closed-class English; no kept parser handles "half a million", "a dozen" and "two-thirds"
(checked: word2number reads "half a million" as 1,000,000 and "two-thirds" as 2; number-parser returns nothing for
all three; text2num rejects all three), so this is a small parser with a property test against num2words
(tests/test_quantities.py).
"""

from __future__ import annotations

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Abbreviated scales of financial style ("$4.1bn", "£350m", "$50k"): only directly after a figure.
SHORT_SCALES = {"bn": 1e9, "bln": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
                "trln": 1e12}
# Those that name no unit as well, so that a space may come before them ("4.87 bln crowns"; "4 m" is four metres)
_SPACED_SCALES = frozenset({"bn", "bln", "mln", "trn", "trln"})
# A fraction's word that also names a period ("quarter"): a fraction only with a whole after it ("three quarters of
# the staff", "three-quarters") or as the size of a change ("cut the fine by a quarter"; not "by a quarter point"), a
# period otherwise ("two quarters of slowing bookings").
_PERIOD_FRACTIONS = frozenset({"quarter", "quarters"})
_OF_A_POINT = frozenset({"-", "point", "points", "percentage", "of"})  # "by a quarter point": a quarter of a point
_OF_WHOLE = frozenset("the a an its their his her our your all this that these those".split())
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
# "dozens of", "hundreds of": a plural multiplier is a range from two of them to just under the next order.
PLURAL_SCALES = {"dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0),
                 "thousands": (2e3, 9999.0), "millions": (2e6, 999e6), "billions": (2e9, 999e9)}
NUMBER_WORDS = frozenset(SMALL) | frozenset(TENS) | frozenset(SCALES) | {"hundred", "dozen"}


# The words after "a" or "an" that make a number of it ("a hundred", "a dozen", "a third"): before any other word
# "a" is no number (quantities.scan passes it by with this set alone; most sentences hold several)
AFTER_A = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "third", "quarter", "fifth",
                     "tenth", "half"})


MAX_NUMERAL = 40  # characters: a longer numeral is no figure, and hundreds of digits would overflow a float


def parse_numeral(token: str) -> tuple[float, float]:
    """(value, step): the step is one unit of the last digit written ("12.0" -> 0.1, "350" -> 10, "1,962" -> 1)."""
    digits = token.replace(",", "")
    value = float(digits)
    if "." in digits:
        return value, 10.0 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return value, 10.0 ** zeros


def _decimals(words: list[str], j: int) -> tuple[str, int] | None:
    """The digits spoken after "point" ("eight", "two five"; hyphens between) and where they end, or None."""
    digits = ""
    while j < len(words):
        if words[j] == "-":
            j += 1
            continue
        if SMALL.get(words[j], 10) > 9:
            break
        digits, j = digits + str(SMALL[words[j]]), j + 1
    if words[j - 1 : j] == ["-"]:
        j -= 1
    return (digits, j) if digits else None


# What may follow "a third" that is a share ("a third of", "a third more", "by a third in 2025", "a third, or"): the
# prepositions, conjunctions, determiners and comparatives of English, closed-class. Before any other word, "a third"
# ranks it: "a third straight quarter", "a third term", "a fifth consecutive month".
_AFTER_SHARE = frozenset("of more less fewer higher lower larger smaller bigger greater as than in on at by to from "
                         "for since until over under above below and or but nor the a an this that its their his her "
                         "our your my last next".split())


def _names_a_rank(after: str) -> bool:
    """Whether the word after "a third" makes it an ordinal: a word, and none a share is followed by."""
    return after[:1].isalpha() and after not in _AFTER_SHARE


# A fraction in words is as precise as a round share: "two-fifths" is 40% to within a twentieth of itself (39-41%),
# "nearly half a metre" may be 48 cm, where a numeral's last digit would make "two-fifths" 39.5-40.5%
FRACTION_STEP = 0.05


def word_number(words: list[str], i: int) -> tuple[float, int, float, bool] | None:
    """Number words at words[i]: (value, tokens used, step, is a fraction), or None.

    "twenty-one", "one thousand two hundred", "three hundred and five", "a dozen", "half a million",
    "two and a half million", "two-thirds", "a third". Hyphens come as tokens of their own.
    """
    n = len(words)
    total, current, used, last = 0.0, 0.0, 0, ""
    step = 1.0

    def at(k: int) -> str:
        return words[k] if k < n else ""

    j = i
    if at(j) in ("a", "an") and at(j + 1) in AFTER_A:
        current, last, j = 1.0, "one", j + 1
    elif at(j) == "half" and at(j + 1) in ("a", "an") and at(j + 2) in SCALES:
        return 0.5 * SCALES[at(j + 2)], 3, 0.1 * SCALES[at(j + 2)], False
    elif at(j) == "half" and at(j + 1) in ("a", "an") and at(j + 2) == "dozen":  # "half a dozen officers": six
        return 6.0, 3, 1.0, False
    elif at(j) == "half" and at(j + 1) in ("a", "an", "of"):  # "half a percentage point", "half of voters"
        return 50.0, 1, 50.0 * FRACTION_STEP, True
    while j < n:
        t = at(j)
        if t in SMALL and last not in SMALL and (last not in TENS or SMALL[t] < 10):
            current += SMALL[t]
        elif t in TENS and last not in SMALL and last not in TENS:
            current += TENS[t]
        elif t == "hundred" and (last in SMALL or last in TENS) and current < 100:
            current *= 100
            step = 100.0
        elif t in SCALES and last and last not in SCALES:
            total += (current or 1) * SCALES[t]
            step, current = SCALES[t], 0.0
        elif t == "dozen" and last and last != "dozen":
            current = (current or 1) * 12
        elif t == "-" and last in TENS and at(j + 1) in SMALL:
            j += 1
            continue
        elif t == "and" and last in ("hundred", *SCALES) and (at(j + 1) in SMALL or at(j + 1) in TENS):
            j += 1
            continue
        elif t == "and" and at(j + 1) == "a" and at(j + 2) == "half" and last:
            current += 0.5
            j += 3
            last = "half"
            if at(j) in SCALES:
                total += current * SCALES[at(j)]
                step, current = 0.1 * SCALES[at(j)], 0.0
                j += 1
            break
        elif t in FRACTIONS and last in SMALL and (current or 0) < FRACTIONS[t] and not (
                t in _PERIOD_FRACTIONS and at(j - 1) != "-" and not (at(j + 1) == "of" and at(j + 2) in _OF_WHOLE)
                and not (i and words[i - 1] == "by" and at(j + 1) not in _OF_A_POINT)) \
                and not (at(i) in ("a", "an") and t not in ("half", "quarter") and _names_a_rank(at(j + 1))):
            # "three quarters of the staff" is 75%; "two quarters of slowing sales" are six months
            share = 100.0 * (current or 1) / FRACTIONS[t]
            return share, j + 1 - i, share * FRACTION_STEP, True
        elif t == "-" and at(j + 1) in FRACTIONS and last in SMALL:
            j += 1
            continue
        elif t == "point" and last in SMALL and not total and not (i and words[i - 1] == "at" and last == "one") and (
                decimals := _decimals(words, j + 1)):  # "at one point two firefighters were hurt": an idiom
            # as spoken, and as radio scripts and transcripts write it: "magnitude four-point-eight"
            digits, j = decimals
            value, step = float(f"{int(current)}.{digits}"), 10.0 ** -len(digits)
            if at(j) in SCALES:  # "one point two million"
                value, step, j = value * SCALES[at(j)], step * SCALES[at(j)], j + 1
            return value, j - i, step, False
        elif t == "-" and at(j + 1) == "point" and last in SMALL:
            j += 1
            continue
        else:
            break
        last = t
        j += 1
    used = j - i
    if not used or not last:
        return None
    value = total + current
    if last == "dozen":  # counted in dozens: as precise as half of one ("nearly two dozen" may be 22)
        step = 6.0
    elif value == int(value) and last != "half":  # as precise as its last non-zero digit, like a numeral
        step = parse_numeral(str(int(value)))[1]
    return value, used, step, False


# The prepositions and verbs before a span of time ("for a week", "lasted a month") and the spans: closed-class.
FOR_A_SPAN = frozenset({"for", "over", "within", "lasted", "lasting", "took", "spent"})
SPANS = frozenset({"day", "week", "fortnight", "month", "year", "decade", "century"})
NUMBER_STARTS = frozenset(SMALL) | frozenset(TENS) | {"a", "an", "half"}  # words a number may start with


def number_at(words: list[str], toks: list[tuple[str, int, int]], i: int) -> tuple[float, int, float, bool] | None:
    """(value, tokens used, step, is a fraction) of the numeral or number words at i, scale words included."""
    tok = words[i]
    if tok[0].isdigit():
        if len(tok) > MAX_NUMERAL:
            return None
        value, step = parse_numeral(tok)
        used, fraction = 1, False
    elif tok in ("a", "an") and i and words[i - 1] in FOR_A_SPAN and i + 1 < len(words) and words[i + 1] in SPANS \
            and words[i + 2 : i + 3] not in (["ago"], ["earlier"], ["later"], ["before"], ["after"]):
        return 1.0, 1, 1.0, False  # "for a fortnight", "lasted a week": a span of one
    elif tok == "half" and i and words[i - 1] == "by" and (i + 1 >= len(words) or words[i + 1] in (
            ".", ",", ";", "from", "to", "since", "over", "after", "and", "as", "this", "last", "in", "on")):
        return 50.0, 1, 1.0, True  # "cut by half": a share, as "by a third" is (not "broke in half")
    elif tok in NUMBER_STARTS:
        parsed = word_number(words, i)
        if not parsed:
            return None
        value, used, step, fraction = parsed
        if tok in ("a", "an") and words[i + 1] not in SCALES and words[i + 1] != "dozen" and not fraction:
            return None
    else:
        return None
    j = i + used
    if j < len(toks) and not fraction:
        nxt = words[j]
        if tok[0].isdigit() and nxt in SHORT_SCALES and (toks[j][1] == toks[j - 1][2] or nxt in _SPACED_SCALES):
            return value * SHORT_SCALES[nxt], used + 1, step * SHORT_SCALES[nxt], False
        if nxt in SCALES and tok[0].isdigit():
            return value * SCALES[nxt], used + 1, step * SCALES[nxt], False
    return value, used, step, fraction
