"""Units and money as news writes them: the written forms of physical units (data/units.tsv, built from pint's
registry by scripts/build_units.py), ISO 4217 currencies with the symbols and names AP style uses and every current
currency's code and English name (data/currencies.tsv, built from the Unicode CLDR by scripts/build_currencies.py),
and per cent against percentage points.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .normalize import STOPWORDS
from .numberwords import NUMBER_WORDS
from .wordclass import is_verb

# ISO 4217 codes, and the symbols and names news style writes for them.
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥"})  # the signs written before a sum ("$4.1 billion")
CURRENCY_BEFORE = {"$": "usd", "us$": "usd", "usd": "usd", "£": "gbp", "gbp": "gbp", "€": "eur", "eur": "eur",
                   "¥": "jpy", "jpy": "jpy", "cny": "cny", "rmb": "cny", "chf": "chf", "inr": "inr", "rs": "inr"}
CURRENCY_AFTER = {"dollar": ("usd", 1.0), "dollars": ("usd", 1.0), "usd": ("usd", 1.0), "cent": ("usd", 0.01),
                  "cents": ("usd", 0.01), "¢": ("usd", 0.01), "euro": ("eur", 1.0), "euros": ("eur", 1.0),
                  "eur": ("eur", 1.0), "yuan": ("cny", 1.0), "renminbi": ("cny", 1.0), "rmb": ("cny", 1.0),
                  "cny": ("cny", 1.0), "yen": ("jpy", 1.0), "pence": ("gbp", 0.01), "rupee": ("inr", 1.0),
                  "rupees": ("inr", 1.0), "francs": ("chf", 1.0), "gbp": ("gbp", 1.0)}
CODE = "\u00a4"  # marks a currency code written in capitals ("PLN 31.4 million"): "all 3" is no Albanian lek


def _currencies() -> tuple[frozenset[str], dict[str, str]]:
    """The current ISO 4217 codes, and each English currency name -> its code, or the name a family of currencies
    shares ("pesos"), from data/currencies.tsv."""
    codes, names = set(), {}
    for line in files("provenance").joinpath("data/currencies.tsv").read_text(encoding="utf-8").splitlines():
        kind, _, rest = line.partition("\t")
        if kind == "code":
            codes.add(rest)
        elif kind == "name":
            name, _, code = rest.partition("\t")
            names[name] = code
    return frozenset(codes), names


ISO_CODES, _NAMES = _currencies()
CURRENCY_BEFORE |= {CODE + code: code for code in ISO_CODES}
CURRENCY_AFTER |= {CODE + code: (code, 1.0) for code in ISO_CODES}
CURRENCY_AFTER |= {name: (code, 1.0) for name, code in _NAMES.items() if name not in CURRENCY_AFTER}
# (after the names CLDR gives, so that a family a name stands for, "pesos", "crowns", is money too)
_MONEY = frozenset(CURRENCY_BEFORE.values()) | frozenset(code for code, _ in CURRENCY_AFTER.values())


def is_money(dimension: str) -> bool:
    """Whether a figure's dimension is an amount of money ("usd", "eur/share")."""
    return dimension.partition("/")[0].partition(":")[0] in _MONEY  # "crown:vestrian" is crowns of a country

# Per cent and percentage points are different units: a rate going from 3% to 4% rose 1 point, or 33 per cent.
PERCENT = {("%",): ("percent", 1.0), ("percent",): ("percent", 1.0), ("per", "cent"): ("percent", 1.0),
           ("pct",): ("percent", 1.0), ("percentage", "point"): ("points", 1.0),
           ("percentage", "points"): ("points", 1.0), ("pct", "point"): ("points", 1.0),
           ("pct", "points"): ("points", 1.0), ("basis", "point"): ("points", 0.01),
           ("basis", "points"): ("points", 0.01), ("bps",): ("points", 0.01), ("bp",): ("points", 0.01)}


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    factor: float
    offset: float = 0.0


@lru_cache(maxsize=1)
def units() -> dict[tuple[str, ...], Unit]:
    """Written unit forms (as token tuples) from data/units.tsv, loaded once."""
    table: dict[tuple[str, ...], Unit] = {}
    text = files("provenance").joinpath("data/units.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        form, name, dimension, factor, offset = line.split("\t")
        table[tuple(form.replace("-", " - ").replace("/", " / ").split())] = Unit(
            name, dimension, float(factor), float(offset))
    for percent_form, (percent, share) in PERCENT.items():  # (names of their own: the loop above's are str)
        table[percent_form] = Unit(percent, percent, share)
    return table


def past_unit_code(words: list[str], j: int) -> int:
    """The index after a unit's abbreviation in brackets at words[j] ("(GWh)" in "32 gigawatt hours (GWh) of cells"),
    or j when there is none: only a unit the table knows, not any word ("(total)", "(initially)", "(Nasdaq)")."""
    if j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")" and (words[j + 1],) in units():
        return j + 3
    return j


@lru_cache(maxsize=1)
def max_unit_tokens() -> int:
    return max(len(k) for k in units())


def _country_word(word: str) -> bool:
    """Whether a word may be the country before a currency's name ("Norwegian", "Czech", "Kenyan"): a word of letters
    that is no function word, verb or count ("3 million people ..."): the currency's name must follow it."""
    return (word.isalpha() and word not in STOPWORDS and not is_verb(word) and word not in NUMBER_WORDS
            and word not in CURRENCY_AFTER and word not in _unit_sizes())  # "kg cent" is no country's cent


def currency_after(words: list[str], j: int) -> tuple[str, float, float, int] | None:
    """(code, factor, offset, tokens used) of a currency's name at words[j] ("crowns", "Norwegian crowns"), as
    unit_after gives a unit's; None when none stands there."""
    k = j + (j < len(words) and words[j] == "-")  # "4 billion-year-old"
    if k < len(words) and words[k] in CURRENCY_AFTER:
        code, factor = CURRENCY_AFTER[words[k]]
        return code, factor, 0.0, k + 1 - j
    if k + 1 < len(words) and words[k + 1] in CURRENCY_AFTER and _country_word(words[k]):
        code, factor = CURRENCY_AFTER[words[k + 1]]  # "410 million Norwegian crowns", "5 billion Kenyan shillings"
        if code not in ISO_CODES:  # a name several currencies share is the country's own: "Belarusian rubles" are
            code = f"{code}:{words[k]}"  # no "rubles" of another story, "Pellan crowns" none of another country's
        return code, factor, 0.0, k + 2 - j
    return None


def unit_after(words: list[str], j: int) -> tuple[str, float, float, int] | None:
    """(dimension, factor, offset, tokens used) of a unit at words[j] ("kg", "miles per hour", "per cent")."""
    if (money := currency_after(words, j)) is not None:
        return money
    k = j + (j < len(words) and words[j] == "-")
    if k >= len(words) or (sizes := _unit_sizes().get(words[k])) is None:
        return None  # (most words open no unit)
    table = units()
    for size in sizes:
        if size > len(words) - k:
            continue
        unit = table.get(tuple(words[k : k + size]))
        if unit:
            return unit.dimension, unit.factor, unit.offset, k + size - j
    return None


@lru_cache(maxsize=1)
def _unit_sizes() -> dict[str, tuple[int, ...]]:
    """For each word a unit opens with, the numbers of words of the units it opens, longest first."""
    sizes: dict[str, set[int]] = {}
    for key in units():
        sizes.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(found, reverse=True)) for first, found in sizes.items()}
