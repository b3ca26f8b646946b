"""Synonyms, opposites and two-word verbs of English, from WordNet (data/lexicon.tsv, built by
scripts/build_lexicon.py; licence in data/WORDNET-LICENSE).

Nothing here is chosen by hand: a list written while looking at test articles fits those articles and misleads on
the next story. Words are compared as Snowball stems, so the lexicon is stemmed once, on first use.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from importlib.resources import files


class Lexicon:
    """Stem-level relations: synonyms (sharing a frequent WordNet sense), antonyms, causative / inchoative verb pairs
    and particle verbs."""

    def __init__(self, lines: list[str]) -> None:
        synonyms: defaultdict[str, set[str]] = defaultdict(set)
        antonyms: defaultdict[str, set[str]] = defaultdict(set)
        causes: defaultdict[str, set[str]] = defaultdict(set)
        self.phrases: dict[tuple[str, str], str] = {}
        self.forms: dict[str, str] = {}  # irregular verb form -> base ("brought" -> "bring")
        self.past: frozenset[str] = frozenset()  # irregular past forms as written ("paid", "left", "won")
        self.measures: frozenset[str] = frozenset()  # nouns of a physical measure ("radius", "altitud", "mass")
        self.verb_of: dict[str, str] = {}  # irregular past form -> its verb ("paid" -> "pay"), even where `forms`
        # leaves the form alone because it is also a noun or adjective
        for line in lines:
            kind, _, rest = line.partition("\t")
            if kind == "syn":
                group = rest.split()
                if "_" in rest:
                    for term in group:
                        self._term(term)
                for s in group:
                    synonyms[s].update(group)
            elif kind == "past":
                self.verb_of = dict(pair.split(":") for pair in rest.split())
                self.past = frozenset(self.verb_of)
            elif kind == "form":
                self.forms = dict(pair.split(":") for pair in rest.split())
            elif kind == "ant":
                a, b = (self._term(w) for w in rest.split("\t"))
                if a != b:
                    antonyms[a].add(b)
                    antonyms[b].add(a)
            elif kind == "measure":
                self.measures = frozenset(rest.split())
            elif kind == "cause":
                a, b = (self._term(w) for w in rest.split("\t"))
                causes[a].add(b)
        for k, v in synonyms.items():
            v.discard(k)
        self.synonyms = {k: frozenset(v) for k, v in synonyms.items() if v}
        self.antonyms = {k: frozenset(v) for k, v in antonyms.items()}
        # a causative -> the changes it causes ("kill" -> "die", "raise" -> "rise"): "were killed" says they died,
        # "died" does not say anyone killed them
        self.causes = {k: frozenset(v) for k, v in causes.items()}
        self.phrase_first = frozenset(first for first, _ in self.phrases)
        self.particles = frozenset(particle for _, particle in self.phrases)

    def _term(self, term: str) -> str:
        """A stem; a particle verb ("step_down") is registered as a phrase too."""
        if "_" in term:
            verb, particle = term.split("_")
            self.phrases[(verb, particle)] = term
        return term


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = files("provenance").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    return Lexicon(text.splitlines())
