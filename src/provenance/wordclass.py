"""Word classes of English: which words are mostly verbs or adjectives (from WordNet's tagged counts, data/verbs.tsv
and data/adjectives.tsv, built by scripts/build_verbs.py), and the closed classes syntax rules need (auxiliaries,
determiners, copulas, subject pronouns). Shared by every reader of syntax: roles, ranks, compounds, discourse,
scopes, predicates.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

COPULAS = frozenset("be is are was were been being".split())  # the forms of "be": a passive, or a noun's predicate
AUXILIARIES = frozenset("have has had having do does did".split()) | COPULAS
DETERMINERS = frozenset("the a an its their his her our this that these those".split())
SUBJECT_PRONOUNS = frozenset("i we he she it they".split())  # who a verb's subject may be without a name


def _word_list(name: str) -> frozenset[str]:
    """A word list of data/ (verbs.tsv, adjectives.tsv): one word a line after its `#` header."""
    text = files("provenance").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def verbs() -> frozenset[str]:
    return _word_list("verbs.tsv")


@lru_cache(maxsize=1)
def adjectives() -> frozenset[str]:
    """Words WordNet's tagged corpus uses mostly as adjectives or adverbs (data/adjectives.tsv): never a head noun."""
    return _word_list("adjectives.tsv")


@lru_cache(maxsize=1 << 16)
def is_verb(word: str) -> bool:
    """Mostly a verb in English: in WordNet's tagged counts, or a regular -ed, -ing or third-person -s form."""
    v = verbs()
    if word in v or (word.endswith("ed") and len(word) > 3) or (word.endswith("ing") and len(word) > 5):
        return True
    return (word.endswith("s") and word[:-1] in v) or (word.endswith("es") and word[:-2] in v)
