"""How much a claim word weighs in its coverage score: rare words (names, places) more than common ones.

The weight comes from how often the word occurs in English at large (wordfreq's Zipf scale: 7 for "the", 3 for
"lunar", 0 for a name it has never seen), never from the folder being checked. A weight taken from the folder (an
idf over its sentences) made a pair's verdict move when unrelated files were added; this one does not.

Building wordfreq's English list as a dict costs ~90 ms, most of a warm `provenance query`, which asks for a few dozen
words. So a run with a cache (`prime`) keeps the list's plain words in it as one sorted text and looks words up in that
by binary search; the frequencies are the same either way (a test compares them on every plain word).
"""

from __future__ import annotations

import hashlib
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import Cache

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
    if _PLAIN.fullmatch(word) and (frequencies := _SORTED or _english()) is not None:
        try:
            found = frequencies.get(word)
        except ValueError:  # a kept list that is not what prime() writes (a damaged entry): set aside for the dict
            _set_aside()
            return zipf_frequency(word)
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
    path = _list_path()
    try:
        pack = _unpack(path.read_bytes()) if path else None
    except OSError:
        return None
    if pack is None:
        return None
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(pack[1:]):
        frequencies.update(dict.fromkeys(bucket, _frequency(index)))  # a word in two buckets: the last wins
    return frequencies


def _frequency(index: int) -> float:
    return 10 ** (-index / 100)  # wordfreq.cB_to_freq(-index)


def _list_path() -> Path | None:
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"


def _unpack(data: bytes) -> list[Any] | None:
    """The list's buckets (after its header), most frequent first; None unless it is the format read here."""
    import gzip
    import zlib

    import msgpack

    try:
        pack = msgpack.unpackb(gzip.decompress(data), raw=False)
    except (OSError, ValueError, EOFError, zlib.error):
        return None
    header = pack[0] if isinstance(pack, list) and pack else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return pack


class _Sorted:
    """The plain words of the list with their bucket, as one text sorted by word ("aa 512,aaa 480,..."): a word is
    found by binary search, with no dict of the list's 300,000 words to build first."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def get(self, word: str) -> float | None:
        text = self.text
        low, high = 0, len(text)
        while low < high:
            middle = (low + high) // 2
            start = text.rfind(",", 0, middle) + 1
            end = text.find(",", middle)
            end = len(text) if end < 0 else end
            key, _, bucket = text[start:end].partition(" ")
            if key == word:
                # a word in two buckets comes once per bucket, in their order (as the dict: the last wins)
                while text.startswith(word + " ", end + 1):
                    start, end = end + 1, text.find(",", end + 1)
                    end = len(text) if end < 0 else end
                    bucket = text[start:end].partition(" ")[2]
                if not (len(bucket) == 3 and bucket.isascii() and bucket.isdigit()):
                    raise ValueError(f"a bucket that is not three digits: {bucket[:20]!r}")
                return _frequency(int(bucket))
            if key < word:
                low = end + 1
            else:
                high = start
        return None


_PLAIN_LINES = re.compile(r"^[a-z]+$", re.MULTILINE)


def _sorted_text(pack: list[Any]) -> str | None:
    """The text _Sorted reads, made with C-level joins, a regex and one sort (a dict of the words took 0.3 s); None
    for a list it cannot hold (a word with a line break in it, 1,000 buckets or more, a bucket not of words)."""
    if len(pack) > 1001:
        return None
    entries: list[str] = []
    for index, bucket in enumerate(pack[1:]):
        if not (isinstance(bucket, list) and set(map(type, bucket)) <= {str}):
            return None
        lines = "\n".join(bucket)
        if lines.count("\n") != max(len(bucket) - 1, 0):
            return None
        if plain := _PLAIN_LINES.findall(lines):
            tail = f" {index:03d}"  # three digits: a word's entries sort in the order of their buckets
            entries.append(f"{tail}\n".join(plain) + tail)
    found = "\n".join(entries).split("\n") if entries else []
    found.sort()  # by word (a space sorts before any letter), then by bucket
    return ",".join(found)


_SORTED: _Sorted | None = None  # the sorted text of the list's plain words, once a run's cache gave it (prime)
CACHE_KIND = "word frequencies"
_CACHE_KEY = "en"  # one entry, replaced when wordfreq's list changes (the entry names the list's SHA-256)


_KEPT_IN: tuple[Cache, Path, str] | None = None  # the cache _SORTED came from, wordfreq's list and its SHA-256


def _set_aside() -> None:
    """Stop using a kept list found damaged: the run weighs words from wordfreq's own list from here on, counts the
    entry as invalid (a warning) and replaces it for the next run."""
    global _SORTED, _KEPT_IN
    _SORTED = None
    word_weight.cache_clear()
    rare.cache_clear()
    if _KEPT_IN is None:
        return
    cache, path, digest = _KEPT_IN
    _KEPT_IN = None
    cache.invalid += 1
    try:
        pack = _unpack(path.read_bytes())
    except OSError:
        return
    text = _sorted_text(pack) if pack is not None else None
    if text is not None:
        from .cache import SHARED

        cache.put(CACHE_KIND, _CACHE_KEY, (digest, text), SHARED)


def prime(cache: Cache) -> None:
    """Read the list's plain words from the run's cache (as `_Sorted`), or put them there for the next run: what
    makes a warm query's few dozen look-ups cheap. The entry names the SHA-256 of the list it was made from, so a
    new wordfreq's list replaces it; one that does not fit is ignored (and the dict is built as before)."""
    global _SORTED, _KEPT_IN
    path = _list_path()
    if _SORTED is not None or path is None:
        return
    try:
        data = path.read_bytes()
    except OSError:
        return
    digest = hashlib.sha256(data).hexdigest()
    found = cache.get(CACHE_KIND, _CACHE_KEY)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == digest and isinstance(found[1], str):
        _SORTED, _KEPT_IN = _Sorted(found[1]), (cache, path, digest)
        return
    pack = _unpack(data)
    text = _sorted_text(pack) if pack is not None else None
    if text is not None:
        from .cache import SHARED

        cache.put(CACHE_KIND, _CACHE_KEY, (digest, text), SHARED)
        _SORTED = _Sorted(text)
