"""How much a claim word weighs in its coverage score: rare words (names, places) more than common ones.

The weight comes from how often the word occurs in English at large (wordfreq's Zipf scale: 7 for "the", 3 for
"lunar", 0 for a name it has never seen), never from the folder being checked. A weight taken from the folder (an
idf over its sentences) made a pair's verdict move when unrelated files were added; this one does not.
"""

from __future__ import annotations

from functools import lru_cache

TOP_ZIPF = 8.0     # a word with Zipf frequency z weighs TOP_ZIPF - z ...
MIN_WEIGHT = 1.0   # ... but never less than this: "said" still counts for something


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    # Imported here: wordfreq loads its word list (~0.2 s) on first use, which `--help` must not pay.
    from wordfreq import zipf_frequency

    head = word.split()[0] if " " in word else word
    return max(MIN_WEIGHT, TOP_ZIPF - zipf_frequency(head.replace("'", ""), "en"))
