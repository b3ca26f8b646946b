"""Print the words that ranks.superlative() takes for superlatives among wordfreq's most frequent English words.

The rule is WordNet's morphology (see ranks.py); this is how its exceptions (`_NOT_SUPERLATIVES`) were found: run
it, read the list, and keep as exceptions only the words that are not superlatives. `python scripts/superlatives.py
[N]` (default 80,000 words).
"""

from __future__ import annotations

import sys

from wordfreq import top_n_list

from provenance.ranks import superlative


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 80_000
    found = [w for w in top_n_list("en", count) if w.endswith("est") and superlative(w)]
    print(f"{len(found)} of the {count:,} most frequent words are taken for superlatives:")
    print(" ".join(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
