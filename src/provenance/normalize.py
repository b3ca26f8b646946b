"""Text normalisation: fold typography, case and aliases so that spellings of one name compare equal.

Every transformation keeps a map from the normalised text back to the original, so that evidence can be
highlighted in the words the source actually used.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from .dates import WEEKDAYS
from .lexicon import lexicon
from .months import MONTHS

# Typographic variants that must compare equal without any alias: quotes, dashes, odd spaces.
_CHAR_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    # Latin letters with no Unicode decomposition, as CLDR's Latin-ASCII transform writes them: "Wrocław" is the
    # "Wroclaw" of English copy, "Øresund" "Oresund", "Straße" "Strasse" (without these, "Słubice" read as "S")
    "\u0142": "l", "\u00f8": "o", "\u00df": "ss", "\u0111": "d", "\u00fe": "th", "\u00f0": "d", "\u00e6": "ae",
    "\u0153": "oe", "\u0131": "i", "\u0127": "h", "\u0140": "l", "\u0167": "t", "\u014b": "n",
}


@dataclass(frozen=True)
class Folded:
    """Normalised text plus, for each of its characters, the index of the original character it came from."""

    text: str
    offsets: Sequence[int]  # a range for ASCII text: no per-character list to keep
    original: str
    ends: Sequence[int] | None = None  # where each character's original ends, when not offsets + 1 (aliases)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if start >= end:
            return (self.offsets[start] if start < len(self.offsets) else len(self.original),) * 2
        return self.offsets[start], (self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1)

    def is_upper_at(self, index: int) -> bool:
        """Whether the original character behind normalised position `index` is upper case."""
        return self.original[self.offsets[index]].isupper()


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _CHAR_FOLD:
        return _CHAR_FOLD[ch]
    if ch.isascii():
        return ch.lower()
    # Decomposition may yield a character that folds further (superscript minus -> minus sign -> "-").
    decomposed = unicodedata.normalize("NFKD", ch.lower())
    return "".join(_CHAR_FOLD.get(c, c) for c in decomposed if not unicodedata.combining(c)).lower()


def fold(text: str) -> Folded:
    """Lower-case, strip diacritics (Rümker = Rumker), unify quotes and dashes."""
    if text.isascii() and "`" not in text:
        return Folded(text.lower(), range(len(text)), text)
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch) if ch not in _VULGAR else _VULGAR[ch][out[-1].isdigit():] if out else _VULGAR[ch]
        for c in folded:
            out.append(c)
            offsets.append(i)
    return Folded("".join(out), tuple(offsets), text)


# Vulgar fractions as decimals ("3½" is 3.5, "½" 0.5; NFKD would make "3½" "31/2"): Unicode's numeric values
_VULGAR = {ch: f"{unicodedata.numeric(ch):.3f}".rstrip("0") for ch in "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"}


def fold_text(text: str) -> str:
    return fold(text).text


class Aliases:
    """Canonical names and their other spellings, from the claims file.

    Aliases are rewritten to the canonical name before anything else looks at the text, so matching, identity
    checks and highlighting all see one spelling.
    """

    def __init__(self, mapping: dict[str, tuple[str, ...]] | None = None) -> None:
        self.mapping = dict(mapping or {})
        pairs: dict[str, str] = {}
        for canonical, variants in self.mapping.items():
            canon = fold_text(canonical)
            for variant in variants:
                v = fold_text(variant).strip()
                if v and v != canon:
                    pairs[v] = canon
        self._pairs = pairs
        # a canonical name is matched too, and left as it is: "Cantabria" (an alias) inside "Real Cantabria" (the
        # name) must not become "Real Real Cantabria"
        self._canonical = {fold_text(c).strip() for c in self.mapping} - set(pairs)
        self._pattern: re.Pattern[str] | None = None
        if pairs:
            alternatives = "|".join(re.escape(v) for v in sorted(set(pairs) | self._canonical, key=len, reverse=True))
            self._pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w]|'\w)")

    def apply(self, folded: Folded) -> Folded:
        """Rewrite every alias occurrence to its canonical name, keeping the offset map."""
        if self._pattern is None:
            return folded
        out: list[str] = []
        offsets: list[int] = []
        ends: list[int] = []
        old_ends = folded.ends if folded.ends is not None else [o + 1 for o in folded.offsets]
        pos = 0
        for m in self._pattern.finditer(folded.text):
            if m.group(0) in self._canonical:
                continue  # the name as written: kept with the text around it
            out.append(folded.text[pos : m.start()])
            offsets.extend(folded.offsets[pos : m.start()])  # slicing a range gives a range: extend takes both
            ends.extend(old_ends[pos : m.start()])
            canon = self._pairs[m.group(0)]
            first, last = folded.offsets[m.start()], old_ends[m.end() - 1]
            out.append(canon)
            # Every character of the canonical name stands for the whole alias it replaced: a span that covers
            # part of the name ("Chang'e" of "Chang'e-5") highlights all of "Chang'e 5", never its first letter.
            offsets.extend([first] * len(canon))
            ends.extend([last] * len(canon))
            pos = m.end()
        out.append(folded.text[pos:])
        offsets.extend(folded.offsets[pos:])
        ends.extend(old_ends[pos:])
        return Folded("".join(out), tuple(offsets), folded.original, tuple(ends))


def normalize(text: str, aliases: Aliases | None = None) -> Folded:
    folded = fold(text)
    return aliases.apply(folded) if aliases else folded


STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there their they them it its it's is are was were
    be been being has have had having do does did of in on at to for from by with as into onto about over under
    after before since until while during between among through against within without also very so such
    he she his her him we our you your i me my who whom whose which what when where why how all any each both
    either neither few more most other some own same only just can could may might must shall should will would
    not no nor never none nothing n't said says say according per via up down out off again further once here
    yet still even ever already s t mr ms mrs dr one back around nearly almost roughly approximately less least
    circa""".split()
)

NEGATIONS = frozenset("not no never none nobody nothing neither nor cannot".split())
# A figure's bounds that open with "no" and deny nothing: "no fewer than 40" is at least 40.
NO_BOUNDS = ("no less than", "no fewer than", "no more than")
# Verbs that deny what follows them: "bars NASA from cooperating" says what "NASA is not allowed to cooperate" says.
LEXICAL_NEGATIONS = frozenset("""ban bans banned banning bar bars barred barring prohibit prohibits prohibited
    prohibiting forbid forbids forbade forbidden prevent prevents prevented preventing""".split())
# Words that put what follows in doubt: "negotiating over whether to renew it" does not say it was renewed; nor does
# an epistemic adverb ("likely the deadliest since 1987", "probably reopens on Monday"): closed-class English.
HEDGES = frozenset("whether if probably possibly perhaps maybe likely".split())
# Synonyms, opposites and two-word verbs come from WordNet (lexicon.py), never from a list written for some story.

# Names with dotted or short forms that the word tokenizer would otherwise mangle.
_ENTITY_FORMS = [
    (re.compile(r"\b(?:u\.s\.a?\.?|united states(?: of america)?)(?![\w])"), "usa"),
    (re.compile(r"\bu\.n\.|\bunited nations\b"), "un"),
    (re.compile(r"\bu\.k\.|\bunited kingdom\b"), "uk"),
]
# The same three names as roles.py reads them in a figure's clause: its words ("u", ".", "s") and their stems
# ("unit", "state"). Kept here beside the patterns above, so that a name added to one is added to the other.
_DOTTED = {"s": "usa", "k": "uk", "n": "un"}
_LONG = ((frozenset({"unit", "state"}), "usa"), (frozenset({"unit", "kingdom"}), "uk"),
         (frozenset({"unit", "nation"}), "un"))


def entity_forms(words: list[str], named: list[int]) -> frozenset[str]:
    """The stems of a figure's names, "U.S.", "US" and "United States" written alike (the forms above), so
    that "in the U.S." is where "in the United States" is."""
    stems = set()
    for k in named:
        if words[k] == "u" and k + 2 < len(words) and words[k + 1] == "." and words[k + 2] in _DOTTED:
            stems.add(_DOTTED[words[k + 2]])
        elif words[k] == "us":
            stems.add("usa")
        else:
            stems.add(stem(words[k]))
    for parts, form in _LONG:
        if parts <= stems:
            stems = (stems - parts) | {form}
    return frozenset(stems)


_STEMMER = snowballstemmer.stemmer("english")
WORD_RE = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem, so that inflections meet ("returned" / "returns")."""
    s = _STEMMER.stemWord(word.replace("'", "")) if len(word) > 3 else word
    return s


def _padded(replacement: str) -> Callable[[re.Match[str]], str]:
    """A substitution that keeps the text's length, so offsets stay valid."""
    return lambda m: replacement + " " * (len(m.group(0)) - len(replacement))


def content_words(folded: Folded, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Content-word stems of `folded.text[start:end]` with their normalised spans; no stopwords, no numbers."""
    text = folded.text[start:end]
    if "u." in text or "united" in text:
        for pattern, repl in _ENTITY_FORMS:
            text = pattern.sub(_padded(repl), text)
    words: list[tuple[str, int, int]] = []
    lex = lexicon()
    matches = list(WORD_RE.finditer(text))
    last = len(matches) - 1
    phrase_first = lex.phrase_first
    for i, m in enumerate(matches):
        word = m.group(0)
        s = m.start() + start
        stemmed = _word_stem(word)
        if i < last and stemmed in phrase_first:  # "stepped down": one verb
            following = matches[i + 1]
            phrase = lex.phrases.get((stemmed, following.group(0)))
            if phrase and text[m.end() : following.start()].isspace() and not _opens_phrase(
                    folded, following.group(0), text, following.end(), start):
                words.append((phrase, s, following.end() + start))
                continue
        if word == "us" and folded.is_upper_at(s) and folded.is_upper_at(s + 1):
            stemmed = _word_stem("usa")  # "US" in capitals is the country, not the pronoun
        if stemmed is not None:
            words.append((stemmed, s, m.end() + start))
    return words


# A particle that is also a preposition of time and place ("fall in", "rise on") heads a phrase, not a two-word verb,
# when a date or a number follows it, and "in" when a name does: "did not fall in March", "will rise on Tuesday",
# "fall in Halden" (but "turned on Rivera" is the two-word verb: a name is the object of "on" as often as its place).
_PREPOSITIONS = frozenset({"in", "on"})


_NEXT_WORD = re.compile(r"\s+([\w']+)")


def _opens_phrase(folded: Folded, particle: str, text: str, at: int, start: int) -> bool:
    """Whether the word after a particle (ending at `at` in `text`, which begins at `start` of `folded`) makes the
    particle a preposition (see _PREPOSITIONS)."""
    if particle not in _PREPOSITIONS or not (after := _NEXT_WORD.match(text, at)):
        return False
    word = after.group(1)
    return word[0].isdigit() or word in MONTHS or word in WEEKDAYS or (
        particle == "in" and folded.is_upper_at(after.start(1) + start))  # "in Halden"; "turned on Rivera" turns


@lru_cache(maxsize=131072)
def _word_stem(word: str) -> str | None:
    """A word's stem, without a possessive 's; None for a stopword."""
    if word.endswith("'s"):
        word = word[:-2]
    return None if word in STOPWORDS or len(word) < 2 else stem(lexicon().forms.get(word, word))


def content_stems(folded: Folded) -> set[str]:
    """The stems content_words finds, as a set: what the index needs, several times faster.

    Text with the rare forms that need context (entity forms, two-word verbs, "US") takes the full path.
    """
    text = folded.text
    tokens = WORD_RE.findall(text)
    words = set(tokens)
    if "us" in words or "u." in text or "united" in text or _may_hold_phrase(tokens, words):
        return {w for w, _, _ in content_words(folded)}
    stems = set(map(_word_stem, words))
    stems.discard(None)
    return stems  # type: ignore[return-value]


def _may_hold_phrase(tokens: list[str], words: set[str]) -> bool:
    """Whether a particle follows a verb it makes a two-word verb with ("stepped down"): only then do the words need
    reading in order. Most sentences hold no particle after such a verb."""
    lex = lexicon()
    if words.isdisjoint(lex.particles):
        return False
    return any(t in lex.particles and (_word_stem(tokens[i - 1]), t) in lex.phrases
               for i, t in enumerate(tokens) if i)


_PLAIN_WORD = re.compile(r"[a-z0-9]+")


def plain(text: str) -> str:
    """Folded text as its words alone, one space apart: what copy detection and name matching compare."""
    return " ".join(_PLAIN_WORD.findall(fold_text(text)))
