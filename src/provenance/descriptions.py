"""Definite descriptions ("the fire", "the company", "the central bank's"): where a sentence holds one further in, and
whether the noun that heads it was last used for something else. A definite description refers to the nearest thing
it fits, so discourse.py carries an entity into it only when no newer use of its noun ("A second fire broke out")
stands between them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .modality import SAYING
from .names import CALENDAR, COMPANY, FUNCTION_WORDS, Entity, common, lower_words
from .wordclass import adjectives, is_verb

_THE = re.compile(r"\b[Tt]he\s+([a-z][a-z-]*)\b")


def subject_description(sentence: str, topic: Entity, before: list[str]) -> str | None:
    """The definite description by which a sentence that names nobody refers to the story's subject ("No deaths have
    been reported in the fire" in a story about the Red Hollow Fire): then the sentence says the subject, not just
    implies it. Only the head of its name says it (the last word, or "the company" of a company): "the river" is not
    the Halden River Dam. "" when it has none, or when the last sentence before it that used the description's noun
    used it for something else ("A second blaze, the Corder Creek Fire, ...", "A house fire last week ..."): a
    definite description refers to the nearest thing it fits. None when that was a new thing of its kind ("A second
    fire broke out"): then the sentence is about that one, not the subject."""
    head = lower_words(topic.name)[-1:]  # "fire" of the Tamsin Ridge Fire; "the river" is not the Halden River Dam
    found: str | None = ""
    for m in _THE.finditer(sentence):
        noun = m.group(1)
        if noun not in topic.descriptors or noun in FUNCTION_WORDS or (noun not in head and noun not in COMPANY):
            continue
        used = _word(noun)
        last = next((s for s in reversed(before) if used.search(s)), None)
        if last is None or ((name := _name(topic.name)).search(last) and not used.search(name.sub(" ", last))):
            return m.group(0)
        if introduced(noun, before):
            found = None
    return found


def introduced(noun: str, before: list[str]) -> bool:
    """Whether the latest use of `noun` that is not "the <noun>" introduced a new thing of its kind with an indefinite
    article ("A second fire broke out near Ostby", "an electrical fire"): English introduces a new referent so."""
    holding = [text for text in before if noun in text]  # the pattern holds the noun as written: no other text can
    if not holding:
        return False
    used = _introduction(noun)
    for text in reversed(holding):
        hits = list(used.finditer(text))
        if hits:
            return bool(hits[-1].group("a"))
    return False


_TOKEN = re.compile(r"[A-Za-z][\w'\u2019-]*|\d[\d,.]*|\S")
_RESTRICTIVE = frozenset({"of", "that", "who", "whose", "whom", "which"})  # "the company that owns the plant"


def descriptions(sentence: str) -> list[tuple[int, list[str], str, bool]]:
    """The definite descriptions inside a sentence, those whose head noun is plain: (where it starts, its words up to
    its head, as written, whether a verb of saying follows it). Left out: one that a name follows ("the carrier
    Orla Air") or a restrictive modifier ("the company that owns the plant", "the maker of the glue"), which may pick
    out something new; one in apposition to a name ("Orla, the carrier,"); one headed by an adjective ("the first
    attempt") or whose noun phrase runs on past three words."""
    tokens = list(_TOKEN.finditer(sentence))
    text = [t.group(0) for t in tokens]
    out = []
    for i, token in enumerate(text):
        if token != "the":
            continue
        words: list[str] = []
        j = i + 1
        possessive = False
        while j < len(text) and len(words) < 3:
            bare = re.sub(r"['\u2019]s$", "", text[j])
            if not re.fullmatch(r"[a-z][a-z-]*", bare) or bare in FUNCTION_WORDS or is_verb(bare):
                break
            words.append(bare)
            j += 1
            if bare != text[j - 1]:
                possessive = True  # "the company's": the possessive ends the description
                break
        if not words or words[-1] in adjectives():
            continue  # "the first attempt", "the local": an adjective heads no description
        if not possessive and i >= 2 and text[i - 1] == "," and text[i - 2][:1].isupper() and (
                i > 2 or not common(text[i - 2])):
            continue  # an apposition: "Orla, the carrier, ..." (not "Lena Marwick, the company's co-founder")
        after = text[j] if j < len(text) else ""
        if not possessive and (
                re.fullmatch(r"[a-z][a-z-]*", after) and after not in FUNCTION_WORDS and not is_verb(after)
                or after[:1].isupper() and after.lower() not in CALENDAR or after in _RESTRICTIVE):
            continue
        saying = after in SAYING or j + 1 < len(text) and text[j + 1] in SAYING
        out.append((tokens[i].start(), words, sentence[tokens[i].start() : tokens[j - 1].end()], saying))
    return out


def used_otherwise(noun: str, entity: Entity, texts: list[str]) -> bool:
    """Whether, since the entity was named, `noun` was last used for something else ("A second fire broke out", "a
    house fire"): a definite description refers to the nearest thing it fits. Not a use: the entity's name with an
    apposition or description of it ("the chemical maker Norbeck, a supplier of ..."), "the <noun>" again, and the
    noun as a modifier ("fire crews")."""
    around, used = _around(entity.name), _use(noun)
    for text in reversed(texts):
        for hit in reversed(list(used.finditer(around.sub(" ", text)))):
            before = hit.string[max(0, hit.start() - 4) : hit.start()].lower()
            after = hit.group(1)
            if before == "the " or after and after not in FUNCTION_WORDS and not is_verb(after):
                continue
            return True
    return False


# The patterns of a noun or a name, compiled once per process: each is asked of many sentences, and compiled anew
# whenever re's own cache of 512 patterns had let it go, which the many nouns and names of a big folder (and the
# sentence segmenter's patterns) keep doing.
@lru_cache(maxsize=4096)
def _name(name: str) -> re.Pattern[str]:
    return re.compile(re.escape(name), re.IGNORECASE)


@lru_cache(maxsize=4096)
def _word(noun: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(noun) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _introduction(noun: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:(?P<a>[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){0,2})?(?<![Tt]he )" + re.escape(noun)
                      + r"(?![\w-])")


@lru_cache(maxsize=4096)
def _around(name: str) -> re.Pattern[str]:
    return re.compile(r"(?:\bthe\s+(?:[\w-]+\s+){0,2})?" + re.escape(name)
                      + r"(?:(?:'s|\u2019s)?,\s+(?:a|an|the)\s+[^,.;]{3,80}[,.;])?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _use(noun: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(noun) + r"\b(?:['\u2019]s)?(?:\s+([a-z][a-z-]*))?", re.IGNORECASE)
