"""Build src/provenance/data/currencies.tsv: the ISO 4217 currencies with the English names news writes after a
figure ("31 million zlotys", "58 billion forints"), from the Unicode CLDR through Babel (python-babel/babel).

Nothing is chosen by hand: every currency that CLDR records as legal tender somewhere today, its code, and the last
word of its English display name in the singular and the plural ("Polish zlotys" -> "zloty", "zlotys"). A name
several currencies share ("peso", "dinar") stands for itself, not for one of them: "5 million pesos" is comparable
with another figure in pesos, never with "MXN 5 million". A name that is also a common English
word of another kind is left out, because after a numeral it is more often that word than the money: a verb or
adjective of WordNet's tagged counts ("won", "real"), a unit of measure ("pound" is also a weight; the pound
sterling is written "£" in news), or a noun whose most frequent WordNet sense is not a monetary unit ("gold",
"kip"). The crown comes from English news style rather than CLDR: wire copy (Reuters, AP) writes the Scandinavian
krona and krone and the Czech koruna as "crowns" ("410 million Norwegian crowns"), so the plural "crowns" is a
family of its own, comparable only with another figure in crowns, and so is the singular, which English writes before
a noun ("a 3.85 billion crown settlement").
Babel and WordNet are needed only to rebuild this file.

    pip install babel && apt-get install wordnet-base && python scripts/build_currencies.py
"""

from __future__ import annotations

import datetime
import sys
from functools import cache
from pathlib import Path

from babel.core import get_global
from babel.numbers import get_currency_name, get_territory_currencies

WORDNET = Path("/usr/share/wordnet")
MONETARY_UNIT = "13604718"  # monetary_unit.n.01
WIRE_STYLE = {"crowns": "crown", "crown": "crown"}  # wire style's krona, krone, koruna; "a 3.85 billion crown deal"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "provenance" / "data" / "currencies.tsv"
sys.path.insert(0, str(ROOT / "src"))

from provenance.unitforms import units  # noqa: E402
from provenance.wordclass import adjectives, is_verb  # noqa: E402


@cache
def _nouns() -> tuple[dict[str, list[str]], bytes]:
    index = {line.split()[0]: line.split() for line in (WORDNET / "index.noun").read_text(encoding="latin-1")
             .splitlines() if not line.startswith(" ")}
    return index, (WORDNET / "data.noun").read_bytes()


def money_first(word: str) -> bool:
    """Whether WordNet does not know `word` as a noun, or its most frequent noun sense is a monetary unit (a
    hyponym of monetary_unit.n.01)."""
    index, data = _nouns()
    if word not in index:
        return True
    fields = index[word]
    offset = fields[4 + int(fields[3]) + 2]
    seen, todo = set(), [offset]
    while todo:
        current = todo.pop()
        if current == MONETARY_UNIT:
            return True
        if current in seen:
            continue
        seen.add(current)
        line = data[int(current):data.index(b"\n", int(current))].decode("latin-1").split()
        todo += [line[i + 1] for i, f in enumerate(line) if f in ("@", "@i") and line[i + 2] == "n"]
    return False


def main() -> None:
    measures = {form[0] for form in units() if len(form) == 1}
    today = datetime.date.today()
    # the currencies each territory has had in the last five years: stories from before a change (Bulgaria's lev,
    # tender until 2026) are read as they were written
    since = today.replace(year=today.year - 5)
    codes = sorted({c for t in get_global("territory_currencies")
                    for c in get_territory_currencies(t, since, today, tender=True)})
    owners: dict[str, set[str]] = {}
    singular_of = lambda code: get_currency_name(code, locale="en").split()[-1].lower()  # noqa: E731
    for code in codes:
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").split()[-1].lower()
            if name.isalpha() and name not in measures and name not in adjectives() and not is_verb(name) \
                    and money_first(singular_of(code)):
                owners.setdefault(name, set()).add(code.lower())
    singular = {name: get_currency_name(next(iter(c)).upper(), locale="en").split()[-1].lower()
                for name, c in owners.items()}
    rows = [f"code\t{code.lower()}" for code in codes]
    named = {name: next(iter(c)) if len(c) == 1 else singular[name] for name, c in owners.items()}
    named |= WIRE_STYLE
    rows += [f"name\t{name}\t{family}" for name, family in sorted(named.items())]
    OUT.write_text(f"# Built by scripts/build_currencies.py on {today} from the Unicode CLDR (Babel); licence: "
                   "data/CLDR-LICENSE\n# code<TAB>ISO 4217 code | name<TAB>written name<TAB>code, or the name a "
                   "currency family shares\n" + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
