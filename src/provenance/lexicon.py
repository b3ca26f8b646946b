"""Synonyms, opposites and two-word verbs of English, from WordNet (data/lexicon.tsv, built by
scripts/build_lexicon.py; licence in data/WORDNET-LICENSE).

Nothing here is chosen by hand: a list written while looking at test articles fits those articles and misleads on
the next story. Words are compared as Snowball stems, so the lexicon is stemmed once, on first use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib.resources import files
from itertools import chain
from typing import TypeVar, overload

_T = TypeVar("_T")


class Lexicon:
    """Stem-level relations: synonyms (sharing a frequent WordNet sense), antonyms, causative / inchoative verb pairs
    and particle verbs."""

    def __init__(self, lines: list[str]) -> None:
        groups: list[list[str]] = []
        groups_of: defaultdict[str, list[int]] = defaultdict(list)
        antonyms: defaultdict[str, set[str]] = defaultdict(set)
        causes: defaultdict[str, set[str]] = defaultdict(set)
        self.phrases: dict[tuple[str, str], str] = {}
        self.forms: dict[str, str] = {}  # irregular verb form -> base ("brought" -> "bring")
        self.past: frozenset[str] = frozenset()  # irregular past forms as written ("paid", "left", "won")
        self.measures: frozenset[str] = frozenset()  # nouns of a physical measure ("radius", "altitud", "mass")
        self.persons: frozenset[str] = frozenset()  # nouns whose first sense is a person ("suspect", "passeng")
        self.events: dict[str, frozenset[str]] = {}  # a noun of what befalls a person -> its verbs ("death" -> "die")
        self._way: dict[str, str] = {}  # a verb of change -> "up" ("soar", "add") or "down" ("drop", "cut")
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
                    groups_of[s].append(len(groups))
                groups.append(group)
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
            elif kind == "dir":  # a direction of change: every verb that goes up opposes every one that goes down
                way, _, verbs = rest.partition("\t")
                for verb in verbs.split():
                    self._way[verb] = way
            elif kind == "measure":
                self.measures = frozenset(rest.split())
            elif kind == "person":
                self.persons = frozenset(rest.split())
            elif kind == "event":
                noun, _, verbs = rest.partition("\t")
                self.events[noun] = frozenset(verbs.split())
            elif kind == "cause":
                a, b = (self._term(w) for w in rest.split("\t"))
                causes[a].add(b)
        self.event_verbs = frozenset().union(*self.events.values())  # the verbs of what befalls a person
        ways: defaultdict[str, set[str]] = defaultdict(set)
        for verb, way in self._way.items():
            ways[way].add(verb)
        for verb, way in self._way.items():
            antonyms[verb] |= ways["down" if way == "up" else "up"]
        self.synonyms: Mapping[str, frozenset[str]] = _Synonyms(groups, groups_of)
        self.antonyms = {k: frozenset(v) for k, v in antonyms.items()}
        # a causative -> the changes it causes ("kill" -> "die", "raise" -> "rise"): "were killed" says they died,
        # "died" does not say anyone killed them
        self.causes = {k: frozenset(v) for k, v in causes.items()}
        self._base: dict[str, str] = {}  # an irregular verb form's stem -> its verb's ("fell" -> "fall")
        self._forms: defaultdict[str, set[str]] = defaultdict(set)  # and back ("fall" -> "fell", "fallen")
        self._going: dict[str, frozenset[str]] = {}  # "up" / "down" -> its verbs and their irregular forms
        self._opposed: dict[str, frozenset[str]] = {}  # an irregular form's opposites, made when first asked for
        self.phrase_first = frozenset(first for first, _ in self.phrases)
        self.particles = frozenset(particle for _, particle in self.phrases)

    def opposites(self, stem: str) -> frozenset[str]:
        """The stems that say the opposite of `stem`: its antonyms, and when it is an irregular form of a verb, the
        antonyms of that verb with their irregular forms ("rose": "fall", "fell", "fallen"). Only a verb form's: a
        noun ("the win") is no event that an irregular verb of a passage ("lost the 2019 final") opposes."""
        if not self._base:
            self._index_forms()
        found = self.antonyms.get(stem, frozenset())
        if (verb := self._base.get(stem)) is None:
            return found
        if (made := self._opposed.get(stem)) is None:  # asked once per claim word and passage: made once
            opposed = set(found) | set(self.antonyms.get(verb, ()))
            made = self._opposed[stem] = frozenset(opposed.union(*(self._forms.get(a, ()) for a in opposed)))
        return made

    def verb_stem(self, stem: str) -> str:
        """The stem of the verb an irregular form's stem belongs to ("fought" -> "fight"), or the stem itself."""
        if not self._base:
            self._index_forms()
        return self._base.get(stem, stem)

    def forms_of(self, stem: str) -> frozenset[str]:
        """The stems of a verb's irregular forms ("pay" -> "paid", "win" -> "won"), empty for a regular verb."""
        if not self._base:
            self._index_forms()
        return frozenset(self._forms.get(stem, ()))

    def way(self, stem: str) -> str | None:
        """ "up" or "down" for a verb of change or its irregular form ("rose", "shrank"); None for any other stem."""
        if not self._base:
            self._index_forms()
        return self._way.get(stem) or self._way.get(self._base.get(stem, ""))

    def going(self, stem: str) -> frozenset[str]:
        """The other verbs of change that go the way `stem` goes, with their irregular forms ("rise": "grow", "grew",
        "soar", "climb", ...); empty for a stem that is no verb of change."""
        way = self.way(stem)
        if way is None:
            return frozenset()
        if (made := self._going.get(way)) is None:
            verbs = {verb for verb, w in self._way.items() if w == way}
            made = self._going[way] = frozenset(verbs.union(*(self._forms.get(v, ()) for v in verbs)))
        return made - {stem, self._base.get(stem, stem)}

    def _index_forms(self) -> None:
        """A form whose stem is itself ("won") wins over another form that stems to it ("wonned", WordNet's form of
        "won", to dwell)."""
        from .normalize import stem  # lazily: normalize imports this module

        for form, verb in sorted(self.verb_of.items(), key=lambda item: stem(item[0]) == item[0]):
            self._base[stem(form)] = stem(verb)
            self._forms[stem(verb)].add(stem(form))

    def _term(self, term: str) -> str:
        """A stem; a particle verb ("step_down") is registered as a phrase too."""
        if "_" in term:
            verb, particle = term.split("_")
            self.phrases[(verb, particle)] = term
        return term


class _Synonyms(Mapping[str, frozenset[str]]):
    """Stem -> the other stems of the synonym groups it is in (only stems that have some), each set made when first
    asked for: a query asks for a few dozen stems of 17,000, and making them all cost it ~20 ms."""

    def __init__(self, groups: list[list[str]], groups_of: dict[str, list[int]]) -> None:
        self._groups = groups
        self._groups_of = groups_of
        self._made: dict[str, frozenset[str]] = {}

    def _of(self, stem: str) -> frozenset[str]:
        found = self._made.get(stem)
        if found is None:
            numbers = self._groups_of.get(stem, ())
            found = self._made[stem] = frozenset(chain.from_iterable(self._groups[n] for n in numbers)) - {stem}
        return found

    @overload
    def get(self, stem: str, /) -> frozenset[str] | None: ...

    @overload
    def get(self, stem: str, default: frozenset[str], /) -> frozenset[str]: ...

    @overload
    def get(self, stem: str, default: _T, /) -> frozenset[str] | _T: ...

    def get(self, stem: str, default: _T | None = None) -> frozenset[str] | _T | None:
        return self._of(stem) or default

    def __getitem__(self, stem: str) -> frozenset[str]:
        found = self._of(stem)
        if not found:
            raise KeyError(stem)
        return found

    def __iter__(self) -> Iterator[str]:
        return (stem for stem in self._groups_of if self._of(stem))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = files("provenance").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    return Lexicon(text.splitlines())
