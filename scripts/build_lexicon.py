"""Build src/provenance/data/lexicon.tsv from Princeton WordNet 3.0 (Debian package `wordnet-base`).

The engine's lexical knowledge must be general, not fitted to the stories it was tested on, so it comes from one
published resource by mechanical rules, and nothing is added by hand:
- synonyms: two verbs (or two adjectives) are synonyms when they share a synset that is among the two most frequent
  senses of each ("resign" / "step down": WordNet lists "give up or retire from a position" as a top-two sense of
  both). Rarer senses are left out: "return" also means "yield a profit" and "fall", which would let "returned"
  support "earned". (Measured: letting a synset that is frequent for one member join all its members added false
  supports.) Noun synsets are left out: they mix senses far more ("state" / "province").
- pertainyms: an adjective whose most frequent sense pertains to a noun is that noun ("lunar" / "moon", "Chinese" /
  "China"), WordNet's pointer "\\".
- antonyms: WordNet's lexical antonym pointers ("!") between top-two senses of both words ("old" / "young",
  "rise" / "fall"), with the comparative and superlative forms of adjectives ("older" / "younger").
- directions of change: verbs one of whose two most frequent senses is, or is a direct troponym (hyponym) of, the
  WordNet senses "become/make bigger" (increase) or "move upward" (rise, ascend) go up; those of "decrease in size"
  or "make smaller" (decrease) or "move downward" (descend) go down ("soar", "add", "widen" / "drop", "shrink",
  "plunge"). Every verb that goes up opposes every verb that goes down: WordNet gives antonyms only between the
  head words ("increase" / "decrease"), so "rose" / "dropped" or "grew" / "shrank" were not opposed, and a fall of
  8% could support a rise of 8%. The engine compares stems, so a verb is kept only where WordNet's sense-tagged
  corpus (SemCor counts, cntlist.rev) uses its stem as a verb at least 3 times and more often than as a noun or
  adjective: "inflation" stems as "inflate" does, "limit" and "slow" are mostly not verbs. Particles ("up") are
  left out: "set up" is no rise.
- causes: WordNet's cause pointer (">") between verb senses that are among the top two of both words ("kill" /
  "die", "raise" / "rise", "lower" / "fall"): the causative and the inchoative verb say one thing of the thing
  they change ("14 people were killed" / "14 people died"), so a figure's role may be named by either.
- persons: nouns whose first sense is a person (noun.person): what a count of "people" may be stated by.
- events: nouns whose first sense is an event, process or state (noun.event, noun.process, noun.state) derived
  from a verb in one of its two most frequent senses (WordNet's derivation pointer "+"): "death" / "die",
  "injury" / "injure", "killing" / "kill". Their verbs are verbs of what befalls a person: two counts governed by
  two of them that neither says count two groups ("killed two people and injured 14 people"). Acts (noun.act:
  "arrest", "charge", "test") are left out, and so are nouns with no sense tagged in WordNet's corpus, whose senses
  come in no order.
- measures: nouns whose most frequent sense is a physical measure, under WordNet's "length", "mass", "dimension",
  "extent", "distance", "elevation", "volume", "temperature" or "physical property" ("radius", "altitude",
  "depth", "mass"): "a radius of 7 km" is the 7 km of the thing it measures ("the zone around the crater").
- irregular verb forms: WordNet's verb.exc ("brought" -> "bring", "came" -> "come"), so that "brought back" is the
  verb "bring back"; forms that are also nouns or adjectives ("left", "found", "paid") are left as they are, but
  every irregular past form is listed with its verb ("paid:pay", "left:leave"), so that a claim's past-tense verb
  is known, and so is its denial ("did not pay").
Only single words and two-word verbs whose second word is a particle ("step down", "touch down") are kept. Words are
written as the Snowball stems the engine compares ("resign", "step_down", "older"), so loading costs nothing.

    apt-get install wordnet-base && python scripts/build_lexicon.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import snowballstemmer

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "src" / "provenance" / "data" / "lexicon.tsv"
POS = {"n": "noun", "v": "verb", "a": "adj"}
PARTICLES = {"down", "back", "up", "off", "out", "over", "away", "in", "on"}
TOP_SENSES = 2


def usable(lemma: str, pos: str) -> bool:
    parts = lemma.split("_")
    if not all(p.isalpha() and p.islower() for p in parts):
        return False
    return len(parts) == 1 or (pos == "v" and len(parts) == 2 and parts[1] in PARTICLES)


def top_senses() -> dict[tuple[str, str], list[str]]:
    senses: dict[tuple[str, str], list[str]] = {}
    for pos, name in POS.items():
        for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, count, pointers = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[4 + pointers + 2 :][:count]
            if usable(lemma, pos):
                senses[(lemma, pos)] = offsets[:TOP_SENSES]
    return senses


def synsets() -> dict[tuple[str, str], tuple[list[str], list[tuple[int, str, str, int]]]]:
    """(offset, pos) -> (lemmas, antonym pointers as (source word no., target offset, target pos, target word no.))."""
    found = {}
    for pos, name in POS.items():
        for line in (WORDNET / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
            rest = fields[4 + 2 * count :]
            pointers = []
            for i in range(int(rest[0])):
                symbol, target, tpos, srctgt = rest[1 + 4 * i : 5 + 4 * i]
                if symbol == "+" and pos == "n" and tpos == "v" and fields[1] in EVENT_FILES:
                    EVENTS.append((offset, int(srctgt[:2], 16), target, int(srctgt[2:], 16)))
                if symbol == ">" and pos == "v":
                    CAUSES.append((offset, int(srctgt[:2], 16), target, int(srctgt[2:], 16)))
                if symbol == "!":
                    pointers.append((int(srctgt[:2], 16), target, "a" if tpos == "s" else tpos, int(srctgt[2:], 16)))
                elif symbol == "\\" and tpos == "n":
                    PERTAINS.append(((offset, "a" if pos == "a" else pos), int(srctgt[:2], 16), target,
                                     int(srctgt[2:], 16)))
            found[(offset, "a" if pos == "a" else pos)] = (lemmas, pointers)
    return found


# WordNet 3.0 verb synsets (offsets in data.verb) whose antonym pointers name the two directions of change: a
# magnitude (increase.v.01 "become bigger or greater in amount" <-> decrease.v.01, and the transitive pair
# increase.v.02 / decrease.v.02) and a vertical motion (rise.v.01 "move upward", ascend.v.01 <-> descend.v.01)
UP = {"00156601", "00153263", "01968587", "01969234"}
DOWN = {"00151689", "00441445", "01970844"}
MIN_TAGGED = 3


def directions(senses: dict[tuple[str, str], list[str]]) -> dict[str, set[str]]:
    """"up" and "down": the verbs whose top two senses include one of UP (or DOWN) or a direct troponym of one."""
    parents: dict[str, set[str]] = {}
    for line in (WORDNET / "data.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split(" | ")[0].split()
            rest = fields[4 + 2 * int(fields[3], 16):]
            parents[fields[0]] = {rest[2 + 4 * i] for i in range(int(rest[0])) if rest[1 + 4 * i] == "@"}
    as_verb: Counter[str] = Counter()
    as_other: Counter[str] = Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, tagged = line.split()
        lemma, kind = key.split("%", 1)
        (as_verb if kind[0] == "2" else as_other)[stem(lemma)] += int(tagged)
    found: dict[str, set[str]] = {"up": set(), "down": set()}
    for (lemma, pos), offsets in senses.items():
        if pos != "v" or "_" in lemma or lemma in PARTICLES:
            continue
        if as_verb[stem(lemma)] < MIN_TAGGED or as_verb[stem(lemma)] <= as_other[stem(lemma)]:
            continue
        near = set(offsets).union(*(parents.get(o, set()) for o in offsets))
        goes = [d for d, roots in (("up", UP), ("down", DOWN)) if near & roots]
        if len(goes) == 1:  # a verb that goes both ways ("fluctuate"?) opposes nothing
            found[goes[0]].add(stem(lemma))
    found["up"], found["down"] = found["up"] - found["down"], found["down"] - found["up"]
    return found


PERTAINS: list[tuple[tuple[str, str], int, str, int]] = []  # (adjective synset, word no., noun offset, word no.)
# WordNet's lexicographer files of events, processes and states (noun.event, noun.process, noun.state): what befalls
# a person ("death", "injury"). Acts (noun.act: "arrest", "charge") are left out: what one does, not what befalls.
EVENT_FILES = frozenset({"11", "22", "26"})
EVENTS: list[tuple[str, int, str, int]] = []  # (event noun synset, word no., verb synset, word no.)
CAUSES: list[tuple[str, int, str, int]] = []  # (causing verb synset, word no. or 0 for all, caused synset, word no.)


MEASURE_ROOTS = {"length", "mass", "dimension", "extent", "distance", "elevation", "volume", "temperature",
                 "physical_property"}


def measures() -> list[str]:
    """Nouns whose first sense has one of MEASURE_ROOTS among its hypernyms (WordNet's "@" pointers)."""
    first: dict[str, str] = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if not line.startswith(" ") and usable(fields[0], "n") and "_" not in fields[0]:
            first[fields[0]] = fields[4 + int(fields[3]) + 2]
    parents: dict[str, tuple[str, list[str]]] = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        rest = fields[4 + 2 * count :]
        parents[fields[0]] = (fields[4].lower(), [rest[2 + 4 * i] for i in range(int(rest[0]))
                                                  if rest[1 + 4 * i] in ("@", "@i")])
    found = []
    for lemma, offset in first.items():
        seen, todo = set(), [offset]
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo += parents[node][1]
        if {parents[node][0] for node in seen} & MEASURE_ROOTS:
            found.append(lemma)
    return found


def tagged_nouns() -> set[str]:
    """Nouns with a sense tagged in WordNet's corpus, whose first sense is then the most frequent one (untagged
    senses come in no order: "founder" lists a horse's disease first)."""
    found = set()
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            if int(fields[5 + int(fields[3])]) > 0:
                found.add(fields[0])
    return found


def persons() -> list[str]:
    """Nouns whose first sense is a person (WordNet's lexicographer file noun.person, number 18): "miner",
    "suspect", "passenger", with irregular plurals ("men"); not where a more frequent noun of another kind has the
    same stem ("account" for "accountant"): what a count of "people" may be stated by."""
    first: dict[str, str] = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split()
        if not line.startswith(" ") and usable(fields[0], "n") and "_" not in fields[0]:
            first[fields[0]] = fields[4 + int(fields[3]) + 2]
    files: dict[str, str] = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            offset, filenum = line.split()[:2]
            files[offset] = filenum
    found = [lemma for lemma, offset in first.items() if files.get(offset) == "18"]
    irregular = [line.split()[:2] for line in (WORDNET / "noun.exc").read_text(encoding="latin-1").splitlines()]
    found += [form for form, base in irregular if base in found and form.isalpha()]  # "men", "children"
    # the engine compares stems: a stem that a more frequent noun of another kind shares (SemCor's tagged counts,
    # cntlist.rev) is that noun's ("household" over "householder", "account" over "accountant"), not a person's
    uses: Counter[str] = Counter()
    for line in (WORDNET / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, tagged = line.split()
        if key.split("%", 1)[1][0] == "1":
            uses[key.split("%", 1)[0]] += int(tagged)
    other: Counter[str] = Counter()
    for lemma, offset in first.items():
        if files.get(offset) != "18":
            other[stem(lemma)] = max(other[stem(lemma)], uses[lemma])
    return [lemma for lemma in found if other[stem(lemma)] <= uses[lemma]]


def forms(lemma: str) -> list[str]:
    """An adjective and its regular comparative and superlative ("old", "older", "oldest")."""
    base = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y"):
        base = lemma[:-1] + "i"
    return [lemma, base + "er", base + "est"]


_STEMMER = snowballstemmer.stemmer("english")


def stem(lemma: str) -> str:
    """The engine's stem of a word (see normalize.stem); a particle verb keeps its particle: "step_down"."""
    return "_".join(_STEMMER.stemWord(w) if len(w) > 3 else w for w in lemma.split("_", 1)[:1]) + (
        "_" + lemma.split("_", 1)[1] if "_" in lemma else "")


def main() -> int:
    senses = top_senses()
    data = synsets()
    groups: set[tuple[str, ...]] = set()
    pertainyms: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, src, target, dst in PERTAINS:  # "lunar" pertains to "moon": one word in two parts of speech
        if src and (target, "n") in data:
            pertainyms.setdefault(key, []).append((data[key][0][src - 1], data[(target, "n")][0][dst - 1]))
    for (offset, pos), (lemmas, _) in data.items():
        if pos == "n":
            continue
        members = sorted({stem(lemma) for lemma in lemmas if offset in senses.get((lemma, pos), ())})
        if len(members) > 1:
            groups.add(tuple(members))
    for offset, pos in data:
        for lemma, noun in pertainyms.get((offset, pos), ()):
            if (lemma, pos) in senses and offset in senses[(lemma, pos)][:1] and usable(noun, "n"):
                groups.add(tuple(sorted({stem(lemma), stem(noun)})))
    antonyms: set[tuple[str, str]] = set()
    for (offset, pos), (lemmas, pointers) in data.items():
        for src, target, tpos, dst in pointers:
            if src == 0 or (target, tpos) not in data:
                continue
            a, b = lemmas[src - 1], data[(target, tpos)][0][dst - 1]
            if offset not in senses.get((a, pos), ()) or target not in senses.get((b, tpos), ()):
                continue
            if "_" in a or "_" in b:
                continue
            pairs = zip(forms(a), forms(b), strict=True) if pos == "a" else [(a, b)]
            antonyms.update(tuple(sorted((stem(x), stem(y)))) for x, y in pairs if stem(x) != stem(y))
    causes: set[tuple[str, str]] = set()
    for offset, src, target, dst in CAUSES:  # "kill" causes "die": both words in a top sense of that meaning
        for a in data[(offset, "v")][0] if not src else [data[(offset, "v")][0][src - 1]]:
            for b in data[(target, "v")][0] if not dst else [data[(target, "v")][0][dst - 1]]:
                if offset in senses.get((a, "v"), ()) and target in senses.get((b, "v"), ()) and stem(a) != stem(b):
                    causes.add((stem(a), stem(b)))
    lines = ["# Derived from Princeton WordNet 3.0 by scripts/build_lexicon.py; licence in WORDNET-LICENSE."]
    lines += ["syn\t" + " ".join(g) for g in sorted(groups)]
    lines += [f"ant\t{a}\t{b}" for a, b in sorted(antonyms)]
    lines += [f"cause\t{a}\t{b}" for a, b in sorted(causes)]
    lines += [f"dir\t{way}\t" + " ".join(sorted(verbs)) for way, verbs in directions(senses).items()]
    lines += ["measure\t" + " ".join(sorted({stem(lemma) for lemma in measures()}))]
    lines += ["person\t" + " ".join(sorted({stem(lemma) for lemma in persons()}))]
    events: dict[str, set[str]] = {}
    tagged = tagged_nouns()
    for offset, src, target, dst in EVENTS:  # "death" is the event of "die": the noun's first sense, a verb's top two
        noun, verb = data[(offset, "n")][0][src - 1], data[(target, "v")][0][dst - 1]
        if usable(noun, "n") and noun in tagged and "_" not in verb and offset in senses.get((noun, "n"), ())[:1] \
                and target in senses.get((verb, "v"), ()):
            events.setdefault(stem(noun), set()).add(stem(verb))
    lines += [f"event\t{noun}\t" + " ".join(sorted(verbs)) for noun, verbs in sorted(events.items())]
    nominal = {lemma for lemma, pos in senses if pos in ("n", "a")}
    irregular = {}
    for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, base = line.split()[:2]
        if form != base and form.isalpha() and base.isalpha() and form not in nominal:
            irregular[form] = base
    lines += ["form\t" + " ".join(f"{form}:{base}" for form, base in sorted(irregular.items()))]
    past = sorted({f"{line.split()[0]}:{line.split()[1]}"
                   for line in (WORDNET / "verb.exc").read_text(encoding="latin-1").splitlines()
                   if line.split()[0].isalpha() and not line.split()[0].endswith("ing")
                   and line.split()[0] != line.split()[1]})
    lines += ["past\t" + " ".join(past)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(groups)} synonym groups, {len(antonyms)} antonym pairs, {len(causes)} cause pairs -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
