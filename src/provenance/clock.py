"""Times of day: "3:17 a.m.", "11:40 p.m. ET", "0914 GMT", "11 p.m.", as one fact, not two counts.

News dates an event to the minute ("The quake struck at 3:17 a.m. local time"); read number by number, "3:17" was a
count of 3 and a count of 17, which no passage states. A time is read whole, in minutes after midnight, with its
zone when one is written: "4:17 a.m. ET, which was 3:17 a.m. local time" gives two times of two zones, and a time
without a zone is the local one. The forms are the wire styles' (AP: "a.m.", "p.m."; Reuters: "0914 GMT"); the
zones are the abbreviations news writes after a time: closed-class, not a list of places.
"""

from __future__ import annotations

import re

# Time-zone abbreviations written after a time (and "local time", read separately)
ZONES = frozenset("gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt akst hst cet cest bst wet west eet eest msk "
                  "ist jst kst aest aedt awst nzst nzdt hkt sgt".split())
_MERIDIEM = {("a", ".", "m", "."): 0, ("p", ".", "m", "."): 12, ("a", ".", "m"): 0, ("p", ".", "m"): 12}


def clock_at(words: list[str], toks: list[tuple[str, int, int]], i: int) -> tuple[int, int, str] | None:
    """(minutes after midnight, tokens used, zone or "") of a time of day at words[i], or None when there is none.

    `words` are the tokens of facts._TOKEN_RE ("3", ":", "17", "a", ".", "m", "."), `toks` with their offsets."""
    n, tok = len(words), words[i]
    if (dotted := _DOTTED.fullmatch(tok)) and (half := _meridiem(words, i + 1)) is not None:
        hour, minute = int(dotted.group(1)), int(dotted.group(2))  # "1.40am", "12.30 p.m.": British style
        if not 1 <= hour <= 12 or minute > 59:
            return None
        j = i + 1 + half[0]
        zone = words[j] if j < n and words[j] in ZONES else ""
        return (hour % 12 + half[1]) * 60 + minute, j + bool(zone) - i, zone
    if not tok.isdigit() or i >= 2 and words[i - 1] == ":" and words[i - 2].isdigit():
        return None  # (the "05:41" of "2:05:41" is no time either)
    j, hour, minute, colon = i + 1, int(tok) if len(tok) <= 2 else -1, 0, False
    if hour >= 0 and j + 1 < n and words[j] == ":" and len(words[j + 1]) == 2 and words[j + 1].isdigit() \
            and toks[j][1] == toks[i][2] and toks[j + 1][1] == toks[j][2]:
        minute, j, colon = int(words[j + 1]), j + 2, True
        if j + 1 < n and words[j] == ":" and words[j + 1].isdigit():
            return None  # "2:05:41", a race time: a duration, not a time of day
    half = _meridiem(words, j)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour, j = hour % 12 + half[1], j + half[0]
    elif not colon:
        if len(tok) == 4 and j < n and words[j] in ZONES:  # "0914 GMT"
            hour, minute = int(tok[:2]), int(tok[2:])
        else:
            return None
    if hour > 23 or minute > 59:
        return None
    if j < n and words[j] in ZONES:
        return hour * 60 + minute, j + 1 - i, words[j]
    if j + 1 < n and words[j] == "local" and words[j + 1] == "time":
        j += 2
    return hour * 60 + minute, j - i, ""


_DOTTED = re.compile(r"(\d{1,2})\.(\d{2})")  # "1.40": hours and minutes, only before am or pm


def _meridiem(words: list[str], j: int) -> tuple[int, int] | None:
    """(tokens used, hours to add) of "a.m.", "p.m.", "am" or "pm" at words[j]."""
    n = len(words)
    return next(((len(form), shift) for form, shift in _MERIDIEM.items() if tuple(words[j : j + len(form)]) == form),
                None) or ((1, 0) if j < n and words[j] == "am" else (1, 12) if j < n and words[j] == "pm" else None)
