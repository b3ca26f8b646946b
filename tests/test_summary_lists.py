"""A list under an article's own summary header ("Key points", "What we know", "Key facts") is the outlet's
statement of the story, read as body even above a live blog's first post; a list under "Trending" or "Related" stays
page chrome. Found in the corpus (82 of 97 summary lines were dropped); the cases here are invented."""

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
