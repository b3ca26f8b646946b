"""How much a claim word weighs in its coverage score: rare words (names, places) more than common ones.

The weight comes from how often the word occurs in English at large (wordfreq's Zipf scale: 7 for "the", 3 for
"lunar", 0 for a name it has never seen), never from the folder being checked. A weight taken from the folder (an
idf over its sentences) made a pair's verdict move when unrelated files were added; this one does not.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

TOP_ZIPF = 8.0     # a word with Zipf frequency z weighs TOP_ZIPF - z ...
MIN_WEIGHT = 1.0   # ... but never less than this: "said" still counts for something
_PLAIN = re.compile(r"[a-z]+")
_MINIMUM = 10**0.0 / 1e9  # wordfreq.zipf_to_freq(0.0): what zipf_frequency gives a word it does not know


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    head = word.split()[0] if " " in word else word
    return max(MIN_WEIGHT, TOP_ZIPF - zipf_frequency(head.replace("'", "")))


@lru_cache(maxsize=65536)
def rare(word: str, below: float) -> bool:
    """Whether a lowercase word is rarer than `below` on the Zipf scale ("china's" as "china"). A word of other
    letters ("rhône") counts as rare and any other form as common, without asking wordfreq, whose import a query
    must not pay."""
    base = word[:-2] if word.endswith(("'s", "\u2019s")) else word
    if _PLAIN.fullmatch(base):
        return zipf_frequency(base) < below
    return base.isalpha() and not base.isascii()


def zipf_frequency(word: str) -> float:
    """wordfreq.zipf_frequency(word, "en"), exactly.

    Importing wordfreq takes ~0.4 s (ftfy, langcodes, regex) and its first look-up another ~0.25 s: more than a
    `provenance query` should take in all. A plain lowercase word is its own single token in wordfreq's English
    tokenizer, so its frequency is read here from wordfreq's own English list, with wordfreq's arithmetic; any other
    word goes to wordfreq itself. A test compares the two on every plain word of the list.
    """
    if _PLAIN.fullmatch(word) and (frequencies := _english()) is not None:
        found = frequencies.get(word)
        if found is None:
            return round(math.log(_MINIMUM, 10) + 9, 2)
        freq = max(1.0 / (0.0 + 1.0 / found), _MINIMUM)  # wordfreq._word_frequency for one token
        freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
        return round(math.log(freq, 10) + 9, 2)
    from wordfreq import zipf_frequency as slow

    return slow(word, "en")


@lru_cache(maxsize=1)
def _english() -> dict[str, float] | None:
    """wordfreq's best English list (word -> frequency) as wordfreq.get_frequency_dict builds it, read without
    importing wordfreq; None if it is not where wordfreq keeps it."""
    import gzip
    from importlib.util import find_spec
    from pathlib import Path

    import msgpack

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
    try:
        with gzip.open(path, "rb") as data:
            pack = msgpack.load(data, raw=False)
    except (OSError, ValueError):
        return None
    header = pack[0] if pack else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(pack[1:]):
        frequencies.update(dict.fromkeys(bucket, 10 ** (-index / 100)))  # wordfreq.cB_to_freq(-index)
    return frequencies
