"""Lists on a news page. A list under an article's own summary header ("Key points", "What we know", "Key facts") is
the outlet's statement of the story, read as body even above a live blog's first post; so is a list that a paragraph
ending with a colon introduces, in sentence case. A list under "Trending" or "Related" stays page chrome, and so does
everything after a "Related:" box in the body: a long link title, a reader's comment or the next story can read as a
paragraph (a reviewer's cases; the paragraphs of a scraped article after such a box are lost, the safe side). Found in
the corpus (82 of 97 summary lines were dropped); the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.sources import load_sources
from reviewcases import MENTIONS, SUPPORTS
from test_fact_traps import verdict

BLOG = """# LIVE: Orsk council votes on the harbour budget

**Orsk Daily** | Tuesday 3 March 2026 | Last updated 21:40

**{header}**
- The Orsk council approved a harbour budget of 412 million kronor
- Twelve councillors voted for it and five against
- The mayor, Ilse Varga, called the vote "a fair result"

---

**21:40**
That is all from us tonight. Thanks for following.

**20:15**
The debate has begun in the council chamber.
"""


def _read(tmp_path: Path, text: str) -> list[str]:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "blog.md").write_text(text, encoding="utf-8")
    sources, _ = load_sources(folder)
    return [p.text for p in sources[0].passages if p.kind == "body"]


@pytest.mark.parametrize("header", ["Key points", "What we know", "Key facts", "Summary", "At a glance"])
def test_a_summary_list_is_read(tmp_path: Path, header: str) -> None:
    body = _read(tmp_path, BLOG.format(header=header))
    assert any("412 million kronor" in text for text in body)


@pytest.mark.parametrize("header", ["Trending", "Related stories", "Most read"])
def test_a_list_of_links_is_not(tmp_path: Path, header: str) -> None:
    body = _read(tmp_path, BLOG.format(header=header))
    assert not any("412 million kronor" in text for text in body)


def test_a_summary_supports_what_it_states(tmp_path: Path) -> None:
    got, rule = verdict(tmp_path, "The Orsk council approved a harbour budget of 412 million kronor.",
                        BLOG.format(header="Key points"))
    assert got in SUPPORTS, rule
    (tmp_path / "t").mkdir()
    got, rule = verdict(tmp_path / "t", "The Orsk council approved a harbour budget of 412 million kronor.",
                        BLOG.format(header="Trending"))
    assert got in MENTIONS, rule


SCRAPED = """Orsk harbour budget approved after long debate

By Dana Whitcombe

The Orsk council approved a harbour budget of 412 million kronor on Tuesday, after a six-hour debate.

Related:
Harbour dredging to start in May, port says
Orsk ferry fares to rise 4% from April

The budget sets aside 38 million kronor for a new ferry terminal, the council said in a statement.

Trending
1. Storm to bring 40 cm of snow to the coast
2. Orsk school closes after roof leak

{footer}
I think 38 million kronor for a terminal is far too much, and the council knows it.
"""


def test_nothing_after_a_box_of_links_in_the_body_is_read(tmp_path: Path) -> None:
    body = _read(tmp_path, SCRAPED.format(footer="Comments"))
    assert any("412 million kronor" in text for text in body)
    assert not any("dredging" in text or "snow" in text or "far too much" in text or "terminal" in text
                   for text in body)


def test_a_list_a_colon_introduces_is_read(tmp_path: Path) -> None:
    release = ("Orsk port handles record cargo\n\nThe Orsk Port Authority handled more cargo in 2025 than in any "
               "year before, it said on Tuesday.\n\nThe authority confirmed the following figures:\n\n"
               "- cargo handled in 2025: 14.2 million tonnes\n- ferry passengers: 1.1 million\n")
    body = _read(tmp_path, release)
    assert any("14.2 million tonnes" in text for text in body)


@pytest.mark.parametrize("item", ["Read more: Orsk ferry fares to rise 4% from April", "Watch: the 38-metre crane "
                                  "arrives in Orsk harbour by barge"])
def test_a_link_in_a_summary_is_not_read(tmp_path: Path, item: str) -> None:
    body = _read(tmp_path, BLOG.format(header="Summary").replace("- Twelve councillors", f"- {item}\n- Twelve"))
    assert not any(item[-20:] in text for text in body)
