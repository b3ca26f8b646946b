"""Quantities in running text: numerals and number words, scales, units and money, as intervals.

A figure in a news story is a claim about an interval, not a point: "$12.0 billion" says 11.95 to 12.05, "nearly
two kilograms" says a little under 2 kg, "more than 70" says 70 and a bit, "between 3 and 5" says 3 to 5. Two
figures agree when their intervals meet; the comparison (compare.py) then says whether that took rounding.

Lexical knowledge here is general English and published data, never fitted to a story:
- number words (cardinals, "hundred", the short-scale multipliers, "dozen", "half", fractions): numberwords.py;
- physical units and money: unitforms.py (pint's unit registry, ISO 4217 currencies and the symbols and names AP
  style uses: "$1.5 million", "38 cents");
- the approximators ("about", "nearly", "more than", "up to") are closed-class English.
Figures that designate rather than count ("the second round", "Category 2") are read by designations.py.
"""

from __future__ import annotations

from .clock import clock_at
from .designations import ORDINAL_VALUES, label_before, period_after
from .durations import age_after, compound, elapsed_at
from .figure import Figure, clock_figure, qualifier
from .months import MONTHS
from .normalize import STOPWORDS
from .nounphrase import ORDINAL_SUFFIXES, WEEKDAYS, function_word, past_ordinal, stem
from .numberwords import (
    AFTER_A,
    FOR_A_SPAN,
    FRACTION_STEP,
    NUMBER_STARTS,
    NUMBER_WORDS,
    PLURAL_SCALES,
    SCALES,
    SMALL,
    number_at,
)
from .tallies import UNANIMOUS, read_ratio, read_tally
from .unitforms import CURRENCY_BEFORE, is_money, past_unit_code, unit_after
from .wordclass import DETERMINERS


def scan(words: list[str], toks: list[tuple[str, int, int]]) -> list[Figure]:
    """Every figure of a sentence's tokens (words, and (word, start, end)), with its unit and interval inputs."""
    figures: list[Figure] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = words[i]
        if tok not in _FIGURE_STARTS and not tok[0].isdigit():  # most tokens: no branch below takes them
            i += 1
            continue
        if (tok == "a" or tok == "an") and (i + 1 >= n or words[i + 1] not in AFTER_A) and not (
                i and words[i - 1] in FOR_A_SPAN):
            i += 1  # "a" before a word that makes no number of it, nor a span ("for a week"): _number_at's None
            continue
        if tok in UNANIMOUS:  # "was unanimous", "voted unanimously": a tally with none against
            if i and words[i - 1] in ("not", "never", "n't"):  # "not unanimous": one or more against
                figures.append(Figure(i - 1, i + 1, 1.0, 1.0, "at_least", dimension="label:against", word=True))
            else:
                figures.append(Figure(i, i + 1, 0.0, 1.0, "exact", dimension="label:against", word=True))
            i += 1
            continue
        if tok in PLURAL_SCALES and i + 1 < n and not (i and (words[i - 1] == "of" or words[i - 1] in NUMBER_WORDS)):
            # "dozens of", "hundreds of"; "thousands protested" (not "tens of thousands", "two hundreds")
            lo, hi = PLURAL_SCALES[tok]
            end = i + 1
            if i + 2 < n and words[i + 1] == "of" and (scale := SCALES.get(words[i + 2][:-1], 0.0)) > 1:
                lo, hi, end = lo * scale, hi * scale, i + 3  # "hundreds of thousands": 200,000 to 999,000
            nouns = _nouns_after(words, end + (end < n and words[end] == "of"))
            if nouns:
                figures.append(Figure(i, end, lo, 1.0, "range", nouns=nouns, high=hi))
            i = end
            continue
        if tok == "no" and i + 1 < n and words[i + 1].isalpha() and words[i + 1].endswith("s") and not (
                words[i + 1].endswith(("ss", "us", "ws", "is")) or words[i + 1] in STOPWORDS):  # not "no access"
            # "but no deaths": a count of none ("no" before a plural noun; "no less than" is an approximator)
            figures.append(Figure(i, i + 1, 0.0, 1.0, "exact", nouns=_nouns_after(words, i + 1), word=True))
            i += 1
            continue
        if tok in ONCE and (per := _per_period(words, i + 1)):  # "twice a week": a frequency
            figures.append(Figure(i, i + 3, ONCE[tok], 1.0, qualifier(words, i), dimension="times/" + per))
            i += 3
            continue
        if tok in ORDINAL_VALUES and (j := period_after(words, i)):
            # "knocked out in the second round", "third-quarter revenue": the ordinal designates the period, which
            # another ("the third round", "earlier rounds") is not
            figures.append(Figure(i, j, float(ORDINAL_VALUES[tok]), 1.0, "exact",
                                  dimension=f"label:{stem(words[j - 1])}", word=True))
            i = j
            continue
        if tok == "half" and i and words[i - 1] in ("first", "second"):
            i += 1  # "the second half of 2026", "the first half of the match": a period, not a share
            continue
        if tok in NAMED_TIMES and i and words[i - 1] in _AT_TIME:  # "reopened at midday": 12:00, give or take
            figures.append(Figure(i, i + 1, NAMED_TIMES[tok], 60.0, "exact", dimension="clock", word=True))
            i += 1
            continue
        if tok[0].isdigit() and (elapsed := elapsed_at(words, toks, i)) is not None:  # "in 2:07:48": a race time
            figures.append(elapsed)
            i = elapsed.last
            continue
        if tok[0].isdigit() and (clock := clock_at(words, toks, i)) is not None:  # "3:17 a.m.": one time
            zone = "/" + clock[2] if clock[2] else ""
            figures.append(clock_figure(clock[0], i, i + clock[1], qualifier(words, i), "clock" + zone))
            i += clock[1]
            continue
        if tok[0].isdigit() and words[i + 1 : i + 2] and words[i + 1] in ORDINAL_SUFFIXES and (
                tok.isdigit() or words[i + 2 : i + 3] == ["-"]):
            # "finished 16th", "in the 107th minute", "19th-century maps", "the 2nd-largest": a place in an order or a
            # designation, which a count ("an 18-team league") is not
            figures.append(Figure(i, i + 2, float(tok), 1.0, "exact", dimension="label:ordinal"))
            i += 3 if words[i + 2 : i + 3] == ["-"] else 2
            continue
        parsed = number_at(words, toks, i) if tok[0].isdigit() or tok in NUMBER_STARTS else None
        if parsed is None:
            i += 1
            continue
        value, used, step, fraction = parsed
        j = i + used
        if tok.isdigit() and len(tok) == 4 and 1000 <= value <= 2100 and used == 1 and not (
                i and words[i - 1] in CURRENCY_BEFORE) and unit_after(words, j) is None:
            figures.append(Figure(i, j, value, 1.0, "year", dimension="year"))
            i = j
            continue
        if (tally := read_tally(words, toks, i, value, used)) is not None:
            figures += tally
            i = tally[0].last
            continue
        if tok in ("one", "a", "an") and value == 1 and used == 1 and not (
                tok == "one" and (unit := unit_after(words, j)) and _per_period(words, j + unit[3])) and not (
                tok != "one" and words[i - 1] in FOR_A_SPAN) and read_ratio(words, toks, j, value, fraction) is None:
            i = j  # "one of the", "a": not a count ("one day a week" is a frequency)
            continue
        fig = Figure(i, j, value, step, qualifier(words, i))
        if fig.qualifier == "exact" and tok[0].isdigit() and used == 1:
            fig.step = min(step, 1.0)  # "70 people", "350 jobs": a bare numeral's trailing zeros are exact
        # a range: "between 3 and 5", "3 to 5", "$4.20 billion to $4.35 billion", "3-5"
        if j + 1 < n and (words[j] in ("to", "-") or (words[j] == "and" and i and words[i - 1] == "between")):
            k = j + 1 + (words[j + 1] in CURRENCY_BEFORE)
            second = number_at(words, toks, k) if k < n else None
            if second and not second[3]:
                high = second[0]
                if high < value and (second[1] == 1 and k + 1 < n and words[k + 1] in SCALES):
                    scale = SCALES[words[k + 1]]
                    high = high * scale
                    fig.value, fig.step = value * scale, step * scale
                    second = (second[0], 2, second[2], False)
                if high > fig.value:
                    fig.high, fig.last, fig.qualifier = high, k + second[1], "range"
                    fig.step = min(fig.step, second[2])
                    j = fig.last
        of = j + (j < n and words[j] == "of")
        if (ratio := read_ratio(words, toks, j, value, fraction)) is not None:
            # "nine in ten members", "one out of five": a share, not a count of ten members
            share = 100.0 * value / ratio[0]  # as precise as a fraction in words ("two-fifths")
            fig.value, fig.step, fig.dimension = share, share * FRACTION_STEP, "percent"
            j = fig.last = ratio[1]
        elif fraction and of + 1 < n and words[of] in ("a", "an") and (
                unit := unit_after(words, of + 1)) is not None:  # "a quarter of a percentage point", "half a mile"
            fig.value, fig.step = value / 100, step / 100
            fig.dimension, fig.factor, fig.offset, extra = unit
            j = of + 1 + extra
        elif fraction:
            fig.dimension = "percent"
        elif i and words[i - 1] in CURRENCY_BEFORE:
            fig.dimension = CURRENCY_BEFORE[words[i - 1]]
            fig.first = i - 1
        elif (unit := unit_after(words, j)) is not None:
            fig.dimension, fig.factor, fig.offset, extra = unit
            if words[j + extra - 1] in ("pound", "pounds") and _sterling(words, j + extra, fig.value):
                fig.dimension, fig.factor, fig.offset = "gbp", 1.0, 0.0
            j += extra + _after_unit(words, j + extra, fig)
            if fig.dimension == "duration" and (age := age_after(words, j)):
                # "the 10-year-old company", "37 years old", "27 years of age": an age, which a span of the same
                # length ("the deal runs for 10 years") is not
                fig.dimension, j = "age", j + age
            if words[j - 1] in _DAYS and (per := _per_period(words, j)):  # "two days a week": twice a week
                fig.dimension, fig.factor, fig.offset = "times/" + per, 1.0, 0.0
                j += 2
        if fig.dimension == "count" and j < n and (words[j] == "times" or words[j] in _DAYS) and (
                per := _per_period(words, j + 1)):
            fig.dimension = "times/" + per  # "three times a week", "two nights a week" (a night is no unit)
            j += 3
        elif fig.dimension == "count":
            # a noun right before a bare number designates ("Category 2 storm", "No. 1", "level 3"), whatever follows
            label = label_before(words, i) if used == 1 else ""
            fig.nouns = frozenset() if label else _nouns_after(words, j)
            if label:
                fig.dimension, fig.qualifier = f"label:{label}", "exact"
            else:
                fig.per = _count_rate(words, j)  # "300 patients a day" is no "300 patients a week"
        elif j + 1 < n and words[j] in ("per", "a", "an") and words[j + 1].isalpha() and (
                words[j + 1] not in STOPWORDS) and (j + 2 >= n or words[j + 2] not in _PAST):
            fig.dimension += "/" + (_period(words[j + 1]) or stem(words[j + 1]))  # "87 cents per share", "$5 a gallon"
            j += 2
        elif (period := _rate_past_aside(words, j)) is not None:
            fig.dimension += "/" + period  # "38.5 billion crowns ($1.68 billion) a year": the aside converts
        elif (period := _flow_of(words, j)) is not None:
            fig.dimension += "/" + period  # "620 cubic metres of water per second": a flow, not a volume
        fig.last = max(fig.last, j)
        if figures and (joined := compound(figures[-1], fig, words)) is not None:
            figures[-1] = joined  # "2 hours, 7 minutes and 48 seconds": one duration
        else:
            figures.append(fig)
        i = fig.last
    return figures


def _flow_of(words: list[str], j: int) -> str | None:
    """The period of a flow whose matter follows the unit ("620 cubic metres of water per second", "220,000 barrels
    of crude oil a day"): "of", one to three words of no function, then "per", "a" or "an" and a unit of time; past
    the unit's abbreviation in brackets ("32 gigawatt hours (GWh) of cells a year")."""
    j = past_unit_code(words, j)
    if j >= len(words) or words[j] != "of":
        return None
    k = j + 1
    while k < min(len(words), j + 4) and words[k].isalpha() and not function_word(words[k]):
        k += 1
    if k == j + 1 or k + 1 >= len(words) or words[k] not in ("per", "a", "an") or words[k + 1] not in _TIME_UNITS or (
            k + 2 < len(words) and words[k + 2] in _PAST) or words[k + 2 : k + 4] == ["from", "now"]:
        return None  # "3 million barrels of crude oil a year ago", "... of cells a year from now": no rate
    return stem(words[k + 1])


# The units of time a flow is counted per ("620 cubic metres of water per second"): closed-class.
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# Multiplicative numerals of English: "once", "twice", "thrice" count occasions.
ONCE = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
# Times of day English names, in minutes after midnight, as read after a preposition that puts an event at them
# ("at noon", "by midday"; not "before midnight", a bound, nor midnight itself, which closes one day and opens the
# next): as precise as an hour either way of half of one.
NAMED_TIMES = {"noon": 720.0, "midday": 720.0}
_AT_TIME = frozenset({"at", "by", "until", "till", "around", "about"})
# The words a figure can open with (besides numerals), one for each branch of scan()
# (a set display: `UNANIMOUS | PLURAL_SCALES.keys()` was a set too, where its types said frozenset)
_FIGURE_STARTS = {*UNANIMOUS, *PLURAL_SCALES, "no", *ONCE, "half", *NUMBER_STARTS, *NAMED_TIMES, *ORDINAL_VALUES}


# The periods a frequency is counted in, closed-class English ("twice a week", "three times per day").
PERIODS = frozenset({"hour", "day", "week", "fortnight", "month", "quarter", "year", "season", "decade"})


_DAYS = frozenset({"day", "days", "night", "nights"})  # "on two days a week" is a frequency of days


def _rate_past_aside(words: list[str], j: int) -> str | None:
    """The period (or the thing, after "per") of a rate written past a bracketed conversion or code: after "38.5
    billion crowns" in "38.5 billion crowns ($1.68 billion) a year", and after "$1.68 billion" inside it. None when
    there is none."""
    k = j
    if words[j : j + 1] == ["("]:
        k = next((c for c in range(j + 1, min(j + 10, len(words))) if words[c] == ")"), -1)
        if k < 0:
            return None
    elif words[j : j + 1] != [")"]:
        return None
    if k + 2 < len(words) and words[k + 1] in ("per", "a", "an") and (period := _period(words[k + 2])) and (
            k + 3 >= len(words) or words[k + 3] not in _PAST):
        return period
    if k + 2 < len(words) and words[k + 1] == "per" and words[k + 2].isalpha() and words[k + 2] not in STOPWORDS and (
            k + 3 >= len(words) or function_word(words[k + 3])):  # "38.50 Pellan crowns (PLC) per share"; not "per
        return stem(words[k + 2])                               # Reuters calculations", an "according to"
    return None


def _period(word: str) -> str:
    """The period a word names, Latin's "annum" among them ("per annum": a year), or ""."""
    return "year" if word == "annum" else word if word in PERIODS else ""


_PAST = frozenset({"earlier", "ago", "before"})  # "$5 a year ago", "3 million barrels a year earlier": no rate


def _per_period(words: list[str], j: int) -> str:
    """The period of a frequency at words[j] ("a week", "per day", "every month"), or ""."""
    if j + 1 < len(words) and words[j] in ("a", "an", "per", "every", "each") and words[j + 1] in PERIODS:
        return words[j + 1]
    return ""


def _after_unit(words: list[str], j: int, fig: Figure) -> int:
    """Tokens after a unit that change a whole number of it: "a day and a half" is 1.5 days, "a day or two" 1 to 2
    days, "a year or more" at least one, "a week or so" about one (closed-class English). Returns the tokens used."""
    tail = words[j : j + 3]
    if fig.high is not None or fig.value != int(fig.value) or not tail:
        return 0
    if tail == ["and", "a", "half"] and not _goes_on(words, j + 3):
        fig.value, fig.step = fig.value + 0.5, 0.5
        return 3
    if tail[0] == "or" and len(tail) > 1:
        if tail[1] in ("more", "longer"):
            fig.qualifier = "at_least"
            return 2
        if tail[1] == "so":
            fig.qualifier = "approx"
            return 2
        if (upper := SMALL.get(tail[1])) is not None and upper > fig.value:  # "a day or two", "two or three"
            fig.high, fig.qualifier = float(upper), "range"
            return 2
    return 0


# Words after a span that end its phrase ("3 hours and a half overnight"): closed-class English
_ENDS_SPAN = frozenset("later earlier ago long old overnight altogether longer shorter more less".split())


def _goes_on(words: list[str], j: int) -> bool:
    """Whether words[j] goes on the phrase before it: "a half marathon", "a half-dozen boats", "a half-hour break"
    are things of their own, not half of the unit before; a punctuation mark, a function word or "later" ends it."""
    return j < len(words) and (words[j] == "-" or words[j].isalpha() and words[j] not in STOPWORDS
                               and words[j] not in _ENDS_SPAN and words[j] not in MONTHS and words[j] not in WEEKDAYS)


def _count_rate(words: list[str], j: int) -> str:
    """The period of a count's rate: its noun phrase (up to four words, "of" between them) and then "a day",
    "per week", "each year" ("300 patients a day", "620 cubic metres of water per minute"), not a time after the
    event ("died a week later") nor a span ("in a week")."""
    for k in range(j, min(j + 5, len(words))):
        per = _per_period(words, k) or (words[k + 1] if words[k] in ("a", "an", "per") and k + 1 < len(words)
                                         and words[k + 1] in _TIME_UNITS else "")
        if per and k > j:
            after = words[k + 2 : k + 4] + ["", ""]
            later = after[0] in ("ago", "earlier", "later", "before", "after") or after[0] == "on" and after[1] not in (
                "average", "avg")  # "a week on Tuesday" dates; "a week on average" is a rate
            return "" if later else per
        if k > j and words[k] in _PERIOD_ADVERBS:  # "300 patients daily"
            return _PERIOD_ADVERBS[words[k]]
        if not words[k].isalpha() or words[k] in STOPWORDS and words[k] != "of":
            return ""
    return ""


# Adverbs that give a count's period as "a day" does (closed-class English)
_PERIOD_ADVERBS = {"hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week", "monthly": "month",
                   "quarterly": "quarter", "annually": "year", "yearly": "year"}

# Prepositions that place or date what a count counts rather than name it (closed-class English; not "of")
_PLACING = frozenset("from in at on to for with by into across near after before during since over under".split())
_DETERMINERS = DETERMINERS | {"my", "your"}  # wordclass's, with the first and second persons a quote may use


def _sterling(words: list[str], j: int, value: float) -> bool:
    """Whether "pounds" before words[j] is money, as British copy writes it ("75 million pounds", "310,000 pounds a
    week", "52 million pounds (60 million euros)", "pounds sterling"), not weight ("185 pounds, brown hair", "2
    million pounds of ground beef"): closed-class English, and a mass is seldom told in millions or by the week."""
    after = words[j] if j < len(words) else ""
    if after == "sterling":
        return True
    if after == "of":
        return False
    rate = after in ("a", "an", "per") and _per_period(words, j) in ("week", "year", "month", "season")
    converted = after == "(" and j + 2 < len(words) and (words[j + 1] in CURRENCY_BEFORE or (
        (unit := unit_after(words, j + 2 + (words[j + 2] in SCALES))) is not None and is_money(unit[0])))
    return value >= 1_000_000 or rate or converted


def _nouns_after(words: list[str], j: int) -> frozenset[str]:
    j = past_ordinal(words, j)  # "two 17th-century paintings" counts paintings
    following: list[str] = []
    for k, w in enumerate(words[j : j + 4], j):
        if not (w[0].isalpha() or w == "-") or following and w in _PLACING and words[k + 1 : k + 2] and (
                words[k + 1] in _DETERMINERS):
            break  # a count never reaches across punctuation, nor into a phrase it is placed by ("from their homes")
        following.append(w)
    return frozenset(stem(w) for w in following if w.isalpha() and w not in STOPWORDS and w not in SCALES)
