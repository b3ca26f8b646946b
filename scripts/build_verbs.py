"""Build src/provenance/data/verbs.tsv (and adjectives.tsv): words that are mostly verbs (or adjectives) in English,
from Princeton WordNet 3.0.

A figure's role is the noun it belongs to ("revenue rose 9% to $4.12 billion": revenue). Finding that noun needs
to step over the verb between them, and the engine has no part-of-speech tagger; WordNet's sense-tagged counts
(cntlist.rev, from the SemCor corpus) say for each word how often it was used as a verb and as a noun. A word is
listed when its verb uses outnumber its noun uses; its irregular forms (verb.exc: "rose" -> "rise") go with it
unless the form is more often a noun itself.

    apt-get install wordnet-base && python scripts/build_verbs.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "src" / "provenance" / "data" / "verbs.tsv"
ADJECTIVES = OUT.with_name("adjectives.tsv")


def main() -> None:
    counts: dict[str, Counter[str]] = {}
    for line in (WORDNET / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, tagged = line.split()
        lemma, rest = key.split("%", 1)
        if "_" in lemma:
            continue
        pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
        counts.setdefault(lemma, Counter())[pos] += int(tagged)
    verbs = {w for w, c in counts.items() if c["v"] > c["n"] + c["a"]}
    for line in (WORDNET / "verb.exc").read_text(encoding="utf-8").splitlines():
        form, base = line.split()[:2]
        own = counts.get(form, Counter())
        if base in verbs and own["n"] + own["a"] <= counts.get(base, Counter())["v"] // 4:
            verbs.add(form)
    adjectives = sorted(w for w, c in counts.items() if c["a"] + c["r"] > c["n"] + c["v"])
    ADJECTIVES.write_text("# Words used more often as adjectives or adverbs than as nouns or verbs in SemCor "
                          "(Princeton\n"
                          "# WordNet 3.0 cntlist.rev); built by scripts/build_verbs.py. Licence: WORDNET-LICENSE.\n"
                          + "\n".join(adjectives) + "\n", encoding="utf-8")
    OUT.write_text("# Words used more often as verbs than as nouns or adjectives in SemCor (Princeton WordNet 3.0\n"
                   "# cntlist.rev), with their irregular forms; built by scripts/build_verbs.py. Licence:\n"
                   "# WORDNET-LICENSE. Regular forms (-ed, -s) are recognised by rule in roles.py.\n"
                   + "\n".join(sorted(verbs)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
