"""Review54: a passage that names no identifier, in a document whose body names the claim's identifiers and none of
their siblings, is taken as about them (verdict._identity). Multi-paragraph sources in which such a passage is about
something else (the rocket, the plant, a rival's model, an unnamed predecessor, the whole fleet), or is about the
claim's subject. A neutral paragraph stands between the one that names the identifier and the one under test.
Wrong verdicts are strict xfails; "new": the change caused it, "older": the commit before gives it too. After this
review the reading was narrowed (the passage names nobody the claim does not, and the document's headline or lede
speaks of the identifier's family): six of the wrong verdicts it found are plain guards now."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import LEDE, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

NEUTRAL = "The launch was watched by about 2,000 people.\n\n"
QUIET = "Officials declined to comment on the schedule.\n\n"
SKARV = "Orsk Space launched the Skarv-2 weather satellite on a Tarn rocket on Monday after two delays.\n\n"
UNIT = "Kelmar restarted Harvik Point Unit 2 on Monday after an 18-month upgrade.\n\n"
CHANGE = "China's Chang'e-6 probe landed in Inner Mongolia on Tuesday.\n\n"
BUILT = "Orsk Space spent 410 million crowns on building Skarv-2."

CASES = [
    # a document about two things, only one of which has an identifier
    case(BUILT, LEDE + SKARV + NEUTRAL + "Orsk Space spent 410 million crowns on building the Tarn rocket, its "
                                         "first.\n", NOT_SUPPORTS,
         id="the-rockets-cost"),
    case("Kelmar spent 4.1 billion talers on upgrading Harvik Point Unit 2.",
         LEDE + UNIT + QUIET + "Over the past decade Kelmar spent 4.1 billion talers on upgrading the plant as a "
                               "whole.\n", NOT_SUPPORTS,
         "new: a false supports; the whole plant's upgrade is read as Unit 2's", id="the-plant-is-not-unit-2"),
    case("Kelmar spent 4.1 billion talers on upgrading Harvik Point Unit 2.",
         LEDE + UNIT + QUIET + "Kelmar spent 4.1 billion talers on the upgrade, twice its first estimate.\n",
         SUPPORTS, id="unit-2s-upgrade"),
    case("Orsk Space spent 410 million crowns on building Skarv-2.",
         LEDE + "Orsk Space launched its first ocean-mapping satellite on Monday after two delays.\n\n" + NEUTRAL
         + "Orsk Space spent 410 million crowns on building the satellite.\n\n" + QUIET
         + "Orsk's Skarv-2 weather satellite, launched in 2024, is still working.\n", NOT_SUPPORTS,
         id="skarv-2-named-once-at-the-end"),
    case("Building Skarv-2 cost 410 million crowns.",
         LEDE + "Pellan Aerospace launched its first weather satellite on Monday after two delays.\n\n" + NEUTRAL
         + "Building the satellite cost 410 million crowns, Pellan said.\n\n" + QUIET
         + "In other news, Orsk Space said on Tuesday that Skarv-2 had passed its final tests.\n", NOT_SUPPORTS,
         id="sidebar-names-skarv-2-once"),
    # identifiers of different families in one document
    case("The Skarv-2 satellite cost 410 million crowns to build.",
         LEDE + SKARV + NEUTRAL + "Rival Pellan Aerospace launched its Ullby-3 satellite in May.\n\n" + QUIET
         + "That satellite cost 410 million crowns to build, Pellan said.\n", NOT_SUPPORTS,
         id="ullby-3s-cost-after-it"),
    # a competitor or a predecessor that names no identifier
    case("Building Skarv-2 cost 410 million crowns.",
         LEDE + SKARV + NEUTRAL + "Rival Pellan Aerospace is building a weather satellite of its own.\n\n" + QUIET
         + "Building Pellan's satellite cost 410 million crowns, the company said.\n", NOT_SUPPORTS,
         id="a-rivals-satellite"),
    case("Skarv-2 cost 260 million crowns to build.",
         LEDE + SKARV + NEUTRAL + "Its predecessor cost 260 million crowns to build.\n", NOT_SUPPORTS,
         "new: a false supports; an unnamed predecessor (a sibling the document never names) is read as Skarv-2",
         id="an-unnamed-predecessor"),
    case("The Chang'e-6 probe returned 1,731 grams of lunar samples.",
         LEDE + CHANGE + NEUTRAL + "In 2020 its predecessor returned 1,731 grams of lunar samples from the near "
                                   "side.\n", NOT_SUPPORTS,
         "older: a false supports; the unnamed predecessor's 1,731 grams are read as Chang'e-6's",
         id="change-6s-unnamed-predecessor"),
    case("The C-190 costs $72 million.",
         LEDE + "Aerion unveiled the C-190 transport aircraft at the Halden air show on Tuesday.\n\n" + QUIET
         + "Its rival, a Brazilian transport aircraft, costs $72 million.\n", NOT_SUPPORTS,
         id="a-rival-aircrafts-price"),
    case("BREVA-3 scored 81 percent on the Halden reasoning test.",
         LEDE + "Lumen Labs released its BREVA-3 language model on Tuesday.\n\n" + QUIET
         + "A rival model from Pellan scored 81 percent on the Halden reasoning test last month.\n", NOT_SUPPORTS,
         id="a-rival-models-score"),
    # a part of the thing
    case(BUILT, LEDE + SKARV + NEUTRAL + "Orsk Space spent 410 million crowns on the satellite's solar panels "
                                         "alone.\n", NOT_SUPPORTS,
         "new: a false supports; the solar panels' cost is read as the whole build's", id="a-part-of-the-cost"),
    # diverging figures in passages that name no identifier
    case(BUILT, LEDE + SKARV + NEUTRAL + "Orsk Space spent 90 million crowns on building the new launch pad.\n",
         MENTIONS, "new: a false diverges; the launch pad's 90 million crowns are set against Skarv-2's 410 million",
         id="the-launch-pads-cost"),
    case("Calder Bay sold 4,200 C-190 aircraft in the third quarter.",
         LEDE + "Calder Bay said on Tuesday that demand for the C-190 remained strong.\n\n" + QUIET
         + "The company sold 3,100 aircraft of all types in the third quarter.\n", NOT_DIVERGES,
         id="all-types-sold"),
    case("Skarv-2 cost 410 million crowns to build.",
         LEDE + SKARV + NEUTRAL + "Its successor is expected to cost 500 million crowns to build.\n", NOT_DIVERGES,
         id="the-successors-cost"),
    case("Skarv-2 weighs 1,200 kilograms.",
         LEDE + SKARV + NEUTRAL + "The rocket weighs 80,000 kilograms at lift-off.\n", MENTIONS,
         id="the-rockets-weight"),
    # supports the change should give
    case(BUILT, "Skarv-2 satellite reaches orbit\n\n" + LEDE
         + "Orsk Space launched its newest weather satellite on Monday after two delays.\n\n" + NEUTRAL
         + "Orsk Space spent 410 million crowns on building the satellite, against a budget of 260 million "
           "crowns.\n", SUPPORTS, id="identifier-in-the-headline"),
    case("Orsk Space spent 410 million crowns on building Skarv-2 and Skarv-3.",
         LEDE + "Orsk Space launched the Skarv-2 and Skarv-3 weather satellites on Monday.\n\n" + NEUTRAL
         + "Orsk Space spent 410 million crowns on building the pair.\n", SUPPORTS, id="a-claim-of-two-siblings"),
    case("Orsk Space spent 410 million crowns on building Skarv-2 and Skarv-3.",
         LEDE + SKARV + NEUTRAL + "Orsk Space spent 410 million crowns on building the satellite.\n", NOT_SUPPORTS,
         id="a-claim-of-two-a-document-of-one"),
    case("The Chang'e-6 probe returned 1,935 grams of lunar samples.",
         LEDE + CHANGE + NEUTRAL + "The probe returned 1,935 grams of samples from the far side of the moon.\n",
         SUPPORTS, id="change-6s-samples"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review54(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
