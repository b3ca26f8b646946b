"""Synthetic corpora for the benchmark: news-like documents, and claims made from perturbed sentences of them.

Documents have realistic sentence lengths (15-35 words), names, organisations, places, figures with units, dates,
and page chrome around the body. Each claim is a sentence of a known document, reworded the way a reporter jots it
down (synonyms, dropped words, a changed figure for some), so the benchmark knows each claim's true source and can
measure recall. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from pathlib import Path

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "sha", "ne", "dor", "bel", "qua", "zen", "tri", "mar", "sol",
             "ven", "gra", "tal", "pi", "ru", "no", "lex", "dan", "fi", "hor", "jun", "ko", "wen", "ys", "ae"]
COMMON = """the of and to in a that for on with as by at from is was were has have had will would said says
officials government agency report program project team researchers scientists analysts data results statement
year years month week day today new first last major early later several many more most other local national
international regional public private market market share growth decline increase decrease plan plans budget
funding cost costs price prices sales revenue profit loss company companies firm firms industry sector energy
power water climate weather storm rain drought health hospital patients doctors school schools students teachers
city cities town region country countries border trade deal agreement talks meeting summit minister ministers
president leader leaders party election vote voters court judge law laws rule rules police security military
army defense mission probe launch satellite rocket station orbit space moon lunar mars samples rock soil crater
technology software network internet phone devices chip chips factory factories workers jobs unemployment rate
rates bank banks interest inflation economy economic financial investment investors stock stocks bond bonds
""".split()
VERBS = ["announced", "reported", "confirmed", "estimated", "recorded", "approved", "rejected", "proposed",
         "delivered", "collected", "produced", "shipped", "measured", "published", "signed", "launched"]
UNITS = ["kilograms", "grams", "tonnes", "kilometres", "metres", "miles", "percent", "days", "hours", "dollars"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SYNONYMS = {"announced": "said", "reported": "said", "collected": "gathered", "produced": "made",
            "delivered": "sent", "talks": "discussions", "agreement": "deal", "scientists": "researchers",
            "countries": "nations", "launched": "started", "published": "released", "officials": "authorities"}
CHROME_TOP = ["Home | World | Business | Science | Sport", "Trending", "• {headline}", "• {headline}",
              "• {headline}", "Share: Facebook Twitter LinkedIn Email"]
CHROME_BOTTOM = ["Related", "{headline}", "{headline}", "{headline}", "Subscribe to our newsletter",
                 "© 2024 {publisher}. All rights reserved. Cookie policy."]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


class World:
    """The names a corpus draws on: people, organisations, places, missions."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.people = [f"{_word(rng, 2).title()} {_word(rng, 3).title()}" for _ in range(size)]
        self.orgs = [f"{_word(rng, 3).title()} {rng.choice(['Agency', 'Institute', 'Group', 'Council', 'Bank'])}"
                     for _ in range(size // 2)]
        self.places = [_word(rng, 3).title() for _ in range(size)]
        self.missions = [f"{_word(rng, 2).title()}-{rng.randint(1, 9)}" for _ in range(size // 4)]
        self.rare = [_word(rng, 3) for _ in range(size * 4)]


def sentence(rng: random.Random, world: World) -> str:
    figure = f"{rng.randint(1000, 99999):,}"  # always with a thousands separator: the figure a claim may change
    if rng.random() < 0.2:
        figure += f".{rng.randint(1, 9)}"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"
    filler = " ".join(rng.choice(COMMON) for _ in range(rng.randint(4, 12)))
    rare = " ".join(rng.choice(world.rare) for _ in range(rng.randint(1, 3)))
    templates = [
        f"{rng.choice(world.orgs)} {rng.choice(VERBS)} on {date} that the {rng.choice(world.missions)} {rare} "
        f"{rng.choice(VERBS)} {figure} {rng.choice(UNITS)} near {rng.choice(world.places)}, {filler}.",
        f"{rng.choice(world.people)}, a spokesperson for {rng.choice(world.orgs)}, said {figure} {rare} had been "
        f"{rng.choice(VERBS)} in {rng.choice(world.places)} by {rng.choice(MONTHS)} {rng.randint(2015, 2024)}, "
        f"{filler}.",
        f"In {rng.randint(2000, 2024)}, the {rare} {filler} in {rng.choice(world.places)} "
        f"{rng.choice(VERBS)} {figure} {rng.choice(UNITS)}, according to {rng.choice(world.orgs)}.",
        f"The {rng.choice(world.missions)} team {rng.choice(VERBS)} {rare} {filler} from "
        f"{rng.choice(world.places)}, {rng.choice(world.people)} told reporters.",
    ]
    return rng.choice(templates)


def document(rng: random.Random, world: World, sentences: int, publisher: str) -> tuple[str, list[tuple[int, str]]]:
    """Text of one saved page, and (line, sentence) of each body sentence."""
    lines: list[str] = []

    def headline() -> str:
        return " ".join(rng.choice(COMMON).title() for _ in range(rng.randint(5, 9)))

    for chrome in CHROME_TOP:
        lines.append(chrome.format(headline=headline(), publisher=publisher))
    lines += ["", headline(), f"By {rng.choice(world.people)}",
              f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}", ""]
    body: list[tuple[int, str]] = []
    remaining = sentences
    while remaining > 0:
        count = min(remaining, rng.randint(1, 3))
        paragraph = [sentence(rng, world) for _ in range(count)]
        body += [(len(lines) + 1, s) for s in paragraph]
        lines += [" ".join(paragraph), ""]
        remaining -= count
    for chrome in CHROME_BOTTOM:
        lines.append(chrome.format(headline=headline(), publisher=publisher))
    return "\n".join(lines) + "\n", body


def reword(rng: random.Random, text: str, diverge: bool) -> str:
    """A reporter's note of a sentence: synonyms, a dropped clause, and for some claims a different figure."""
    words = text.rstrip(".").split()
    words = [SYNONYMS.get(w, w) if rng.random() < 0.7 else w for w in words]
    if len(words) > 14:  # drop a few words of the trailing filler
        cut = rng.randint(1, 3)
        words = words[:-cut]
    if diverge:
        for i, w in enumerate(words):
            if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d)?", w):
                words[i] = f"{float(w.replace(',', '')) * 2 + 7:,.0f}"
                break
    return " ".join(words) + "."


Body = list[tuple[int, str]]  # (line, sentence) of each body sentence of a document


def write_sources(folder: Path, documents: Iterable[tuple[str, Body]]) -> list[tuple[str, Body]]:
    """Write each (text, body) as folder/sources/docNNNNN.txt; return (file name, body) of each, in order."""
    sources = folder / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    bodies: list[tuple[str, Body]] = []
    for i, (text, body) in enumerate(documents):
        name = f"doc{i:05d}.txt"
        (sources / name).write_text(text, encoding="utf-8")
        bodies.append((name, body))
    return bodies


def write_claims(folder: Path, lines: list[str], truth: dict[str, dict[str, object]]) -> Path:
    """Write the claims file (its YAML lines) and truth.json beside it; return the claims file."""
    claims_file = folder / "claims.yaml"
    claims_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")
    return claims_file


def generate(folder: Path, documents: int, claims: int, sentences: int = 20, seed: int = 7) -> Path:
    """Write `documents` sources and a claims file with `claims` claims; return the claims file.

    Also writes truth.json: for each claim id its true source and line.
    """
    rng = random.Random(seed)
    world = World(rng, max(50, documents // 4))
    bodies = write_sources(folder, (document(rng, world, sentences, f"{_word(rng, 2).title()} News")
                                    for _ in range(documents)))
    truth: dict[str, dict[str, object]] = {}
    lines = ["claims:"]
    for i in range(claims):
        name, body = rng.choice(bodies)
        line, text = rng.choice(body)
        diverge = rng.random() < 0.2
        claim = reword(rng, text, diverge)
        claim_id = f"c{i:05d}"
        lines += [f"  - id: {claim_id}", f"    text: {json.dumps(claim)}",
                  f"    expect: {'contradicted' if diverge else 'supported'}"]
        truth[claim_id] = {"source": name, "line": line, "sentence": text, "diverge": diverge}
    return write_claims(folder, lines, truth)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(generate(args.folder, args.documents, args.claims, seed=args.seed))
