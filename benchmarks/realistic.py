"""A corpus with a realistic vocabulary: real English words at Zipf frequencies, the shape of news text.

benchmarks/corpus.py draws its filler from ~250 common words and a few thousand invented rare names, so a claim's
rare words point straight at its source. Real text is harder: its vocabulary is large and its frequencies follow
Zipf's law, so claims share many mid-frequency words with many passages. This generator makes such text:

- vocabulary: the 30,000 most frequent English words of `wordfreq` (a project dependency) in frequency order, less
  function words, negations and tokens that are not plain words. Real words rather than invented ones because the
  engine weighs a word by its frequency in English at large (weights.py, from the same wordfreq lists), and stems
  it with the Snowball stemmer: invented words would all look rare and stem trivially, which real text does not;
- a content word of rank r is drawn with probability proportional to 1 / r (Zipf, exponent 1);
- sentences of 10-26 words, about 35 % of them common function words ("the", "of", "was"), a number in 40 % of
  sentences and a year in 20 %;
- documents of a headline and 4-8 paragraphs of 2-5 sentences (one paragraph per line), about 21 sentences each;
- claims: each a sentence of a known document, lightly perturbed as a reporter's note is (a word dropped, two
  neighbouring words swapped, a word changed for a related form or a near synonym); numbers, years and negations
  are kept, so every claim is supported by its source and recall is measurable.

Deterministic for a given seed; 1,000 documents give about 21,000 sentences.

    python benchmarks/realistic.py FOLDER --documents 1000 --claims 300 [--seed 7]

writes FOLDER/sources/doc00000.txt ..., FOLDER/claims.yaml and FOLDER/truth.json (per claim id: the true source,
its line, the sentence and what was changed).
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
import re
from pathlib import Path

from corpus import write_claims, write_sources  # benchmarks/ is this script's folder

VOCABULARY = 30_000
FUNCTION = """the of and to in a that for on with as by at from is was were has have had will would it its their
which said this an be been are after over about into than also who but more""".split()
# kept out of the content vocabulary: a dropped or swapped one would change what the sentence says
KEEP = {"not", "no", "never", "nor", "without", "none", "neither", "nothing", "nobody", "cannot"}
# pronouns, auxiliaries and other grammatical words: not content, and at the top of wordfreq's (partly
# conversational) lists, where Zipf's law would make every tenth content word one of them
STOPWORDS = set("""i me my myself we our ours us you your yours he him his she her hers they them theirs what whom
whose this these those am being do does did doing or because if so until while just when where why how all any both
each few other some such only own same too very can could should may might must shall there here then once again
further up down out off under above below between through during before against what's it's don't i'm you're
that's can't i've didn't he's there's doesn't they're i'll isn't we're i'd won't wasn't she's let's like get got
yes oh ok okay lol yeah im dont thats""".split())
SYNONYMS = {"said": "stated", "big": "large", "large": "big", "small": "little", "start": "begin", "began": "started",
            "show": "indicate", "shows": "indicates", "buy": "purchase", "help": "assist", "rise": "increase",
            "increase": "rise", "fell": "dropped", "city": "town", "company": "firm", "people": "residents",
            "government": "administration", "report": "study", "new": "fresh", "quickly": "rapidly",
            "almost": "nearly", "nearly": "almost", "about": "around", "children": "kids", "car": "vehicle"}
UNITS = ["percent", "million", "billion", "people", "dollars", "miles", "tonnes", "years", "days", "points"]


def vocabulary(size: int = VOCABULARY) -> list[str]:
    """The `size` most frequent plain English words, most frequent first, without function words and negations."""
    from wordfreq import top_n_list

    skip = set(FUNCTION) | KEEP | STOPWORDS
    words = (w for w in top_n_list("en", size * 2) if re.fullmatch(r"[a-z]{2,}", w) and w not in skip)
    return list(itertools.islice(words, size))


class Zipf:
    """Draws words with probability proportional to 1 / rank."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.cumulative = list(itertools.accumulate(1.0 / rank for rank in range(1, len(words) + 1)))

    def draw(self, rng: random.Random) -> str:
        return self.words[bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])]


def _number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return str(rng.randint(2, 99))
    if kind < 0.7:
        return f"{rng.randint(100, 999_999):,}"
    if kind < 0.85:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"
    return f"{rng.randint(1, 999)} {rng.choice(['million', 'billion'])}"


def sentence(rng: random.Random, words: Zipf) -> str:
    length = rng.randint(10, 26)
    tokens = [rng.choice(FUNCTION) if rng.random() < 0.35 else words.draw(rng) for _ in range(length)]
    if rng.random() < 0.4:  # a number with what it counts, somewhere after the first word
        at = rng.randint(1, len(tokens) - 1)
        tokens[at:at] = [_number(rng), rng.choice(UNITS)]
    if rng.random() < 0.2:
        at = rng.randint(1, len(tokens) - 1)
        tokens[at:at] = ["in", str(rng.randint(1950, 2025))]
    tokens[0] = tokens[0].capitalize()
    return " ".join(tokens) + "."


def document(rng: random.Random, words: Zipf) -> tuple[str, list[tuple[int, str]]]:
    """Text of one document, and (line, sentence) of each of its sentences."""
    headline = " ".join(words.draw(rng).capitalize() for _ in range(rng.randint(5, 10)))
    lines = [headline, ""]
    body: list[tuple[int, str]] = []
    for _ in range(rng.randint(4, 8)):
        paragraph = [sentence(rng, words) for _ in range(rng.randint(2, 5))]
        body += [(len(lines) + 1, s) for s in paragraph]
        lines += [" ".join(paragraph), ""]
    return "\n".join(lines), body


def _content(word: str) -> bool:
    return word.isalpha() and word.lower() not in KEEP and word.lower() not in FUNCTION


def _variant(word: str) -> str:
    """A related form or near synonym: what a reporter's paraphrase changes without changing the fact."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def perturb(rng: random.Random, text: str) -> tuple[str, list[str]]:
    """One or two light changes to a sentence, never to its numbers, years or negations; and what was changed."""
    words = text.rstrip(".").split()
    words[0] = words[0].lower()
    changes: list[str] = []
    for _ in range(rng.choice((1, 1, 2))):
        # content words, less the words of a quantity ("41,038 days", "292 million percent")
        plain = [i for i, w in enumerate(words) if _content(w) and w not in UNITS]
        droppable = plain + [i for i, w in enumerate(words) if w in FUNCTION and w != "in"]
        how = rng.choice(("drop", "swap", "variant"))
        if how == "drop" and len(words) > 8:
            i = rng.choice(droppable)
            changes.append(f"dropped {words.pop(i)!r}")
        elif how == "swap" and (pairs := [i for i in plain if i + 1 in plain]):
            i = rng.choice(pairs)
            words[i], words[i + 1] = words[i + 1], words[i]
            changes.append(f"swapped {words[i + 1]!r} and {words[i]!r}")
        else:
            i = rng.choice(plain)
            before, words[i] = words[i], _variant(words[i])
            changes.append(f"{before!r} -> {words[i]!r}")
    words[0] = words[0].capitalize()
    return " ".join(words) + ".", changes


def generate(folder: Path, documents: int, claims: int, seed: int = 7) -> Path:
    """Write `documents` sources and a claims file with `claims` claims; return the claims file.

    Also writes truth.json: for each claim id its true source, line, sentence and changes.
    """
    rng = random.Random(seed)
    words = Zipf(vocabulary())
    bodies = write_sources(folder, (document(rng, words) for _ in range(documents)))
    truth: dict[str, dict[str, object]] = {}
    lines = ["claims:"]
    for i in range(claims):
        name, body = rng.choice(bodies)
        line, text = rng.choice(body)
        claim, changes = perturb(rng, text)
        claim_id = f"c{i:05d}"
        lines += [f"  - id: {claim_id}", f"    text: {json.dumps(claim)}", "    expect: supported"]
        truth[claim_id] = {"source": name, "line": line, "sentence": text, "changes": changes, "diverge": False}
    return write_claims(folder, lines, truth)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.folder, args.documents, args.claims, seed=args.seed))
