"""Review of 032c8cc: a noun of saying with up to two words before it ("denied local media reports that", "rejected
a tabloid report that", scopes._THAT, _SAID_OF and the reject/dismiss look-ahead), "ban" before a modal verb, "do"
or "also" as the measure's name, no cue (scopes._MEASURE_SAID), and cubic units as volumes (data/units.tsv): inputs
written to break them, and guards of what they get right.

Withdrawn after this review: "ban" as the measure's name (four false supports, BAN below), and with it the reading of
a noun of saying with words before it, which, without the first, made a false support of the labelled corpus (a
claim "the export ban also covers flour" is read as a denial by its noun "ban", and a passage "denying social media
reports that flour would also be covered" then agrees with it: holdout-5's floor of one false support caught it);
the guards that reading had put right are strict xfails ("withdrawn"). Cubic units stay, with an oil barrel of 159
litres (pint's "barrel" is the 119-litre US liquid barrel).

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. Each reason says "new" when the verdict at eb3e8e0 (the commit before the rules) was
not this wrong one, or "older" when the same wrong verdict was there already. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

MINISTRY = "Orsk's ministry spoke on Tuesday."
HALTED = "Orsk's flour exports were halted."
PLANT = "Corvik's plant was inspected on Tuesday."
LEAK = "Corvik's plant leaked fuel."
BANNED = "Orsk banned wheat exports on Tuesday to protect its own supplies."
DAM = "Orsk opened its dam's spillway on Tuesday."
PIPELINE = "Corvik's pipeline burst on Tuesday."
POLICE = "Police spoke on Tuesday."


def ministry(sentence: str) -> str:
    return in_story(MINISTRY, sentence)


def plant(sentence: str) -> str:
    return in_story(PLANT, sentence)


def ban(sentence: str) -> str:
    return in_story(BANNED, sentence)


# 'ban' before 'did/will/does' was no cue, but 'ban' before 'stopped/covers/affects' still was: a claim and a source
# that say opposite things, one through 'not' and one through the cue, both read as denied and agreed (four false
# supports). The rule was withdrawn; these are guards now.

REPORTS = [
    # what the words before "reports" change
    case(HALTED, ministry("The ministry denied earlier reports that flour exports were halted."), NOT_SUPPORTS,
         "withdrawn: the reading of a noun of saying with words before it, which got this right, was "
         "withdrawn (see the docstring)", id="denied-earlier-reports-that"),
    case(HALTED, ministry("The ministry denied Reuters reports that flour exports were halted."), NOT_SUPPORTS,
         id="denied-reuters-reports-that"),
    case(HALTED, ministry("The ministry denied some reports that flour exports were halted but confirmed that bran "
                          "exports were halted."), NOT_SUPPORTS,
         "withdrawn: the reading of a noun of saying with words before it, which got this right, was "
         "withdrawn (see the docstring)", id="denied-some-reports-that"),
    case("Orsk's bran exports were halted.", ministry(
         "The ministry denied some reports that flour exports were halted but confirmed that bran exports were "
         "halted."), SUPPORTS, id="denied-some-reports-but-confirmed-others"),
    case(HALTED, ministry("The ministry did not deny local media reports that flour exports were halted."), MENTIONS,
         reason="older: a false support (at eb3e8e0 too): not denying reports states nothing",
         id="did-not-deny-media-reports"),
    case(HALTED, ministry("The ministry denied that media reports that flour exports were halted were accurate."),
         NOT_SUPPORTS,
         "withdrawn: the reading of a noun of saying with words before it, which got this right, was "
         "withdrawn (see the docstring)", id="denied-that-media-reports-were-accurate"),
    case(HALTED, ministry("The ministry denied having seen reports that flour exports were halted."), MENTIONS,
         reason="older: a false support (at eb3e8e0 too): what is denied is the seeing, not the halt",
         id="denied-having-seen-reports"),
    case(HALTED, ministry("The ministry confirmed local media reports that flour exports were halted."), SUPPORTS,
         id="confirmed-local-media-reports"),
    case(LEAK, plant("Corvik rejected a tabloid's claim that its plant leaked fuel."), NOT_SUPPORTS,
         "withdrawn: the reading of a noun of saying with words before it, which got this right, was "
         "withdrawn (see the docstring)", id="rejected-a-tabloids-claim"),
    case(LEAK, plant("Corvik rejected a tabloid report that its plant leaked fuel."), NOT_SUPPORTS,
         "withdrawn: the reading of a noun of saying with words before it, which got this right, was "
         "withdrawn (see the docstring)", id="rejected-a-tabloid-report"),
    case(LEAK, plant("Corvik dismissed the union's claims of a fuel leak at the plant."), NOT_SUPPORTS,
         "withdrawn: the reading of a noun of saying with words before it, which got this right, was "
         "withdrawn (see the docstring)", id="dismissed-the-unions-claims-of"),
    case(LEAK, plant("Corvik rejected widely shared local media reports that its plant leaked fuel."), NOT_SUPPORTS,
         reason="older: false support, three words before 'reports' ('widely shared local media') are past the rule's "
         "two and the leak reads as stated (supports at eb3e8e0 too)", id="rejected-three-words-before-reports"),
    case(LEAK, plant("Corvik rejected a tabloid's offer of a fuel leak interview."), MENTIONS,
         reason="older: false support, the interview about a fuel leak that a tabloid offered reads as the plant "
         "leaking fuel (supports at eb3e8e0 too)", id="rejected-an-offer-of"),
    # confirmations next to denials
    case(HALTED, ministry("The ministry denied the union's claims and confirmed that flour exports were halted."),
         SUPPORTS, id="denied-claims-and-confirmed-that"),  # (fixed: no "and" or "but" between a noun and its "that")
    case(HALTED, ministry("The ministry denied local media reports of a bran shortage but confirmed that flour "
                          "exports were halted."), SUPPORTS, id="denied-reports-of-but-confirmed-that"),
    case(HALTED, ministry("The ministry denied it, but reports that flour exports were halted were later confirmed "
                          "by customs."), SUPPORTS, id="denied-it-but-reports-confirmed"),
]

BAN = [
    case("The ban stopped wheat exports.", ban("The ban did not stop wheat exports, traders said."), NOT_SUPPORTS,
         id="ban-stopped-vs-ban-did-not-stop"),
    case("The export ban did not cover flour.", ban("The ban covered flour, the ministry said."), NOT_SUPPORTS,
         id="claim-did-not-cover-vs-covered"),
    case("The ban covers flour.", ban("The ban does not cover flour, the ministry said."), NOT_SUPPORTS,
         id="claim-covers-vs-does-not-cover"),
    case("The ban will not affect flour.", ban("The ban affects flour, the ministry said."), NOT_SUPPORTS,
         id="claim-will-not-affect-vs-affects"),
    case("The ban will affect flour.", ban("The ban will not affect flour, the ministry said."), NOT_SUPPORTS,
         id="ban-will-not-affect"),
    case("The wheat export ban was lifted.", ban("The ban may be lifted next month, the ministry said."),
         NOT_SUPPORTS, id="ban-may-be-lifted"),
    case("Orsk banned flour exports.", ban("The ban also covers flour exports, the ministry said."), SUPPORTS,
         id="banned-flour-vs-ban-also-covers"),
    case("Orsk's flour exports continued.", ban("The ban also covers flour exports, the ministry said."),
         NOT_SUPPORTS, id="flour-continued-vs-ban-also-covers"),
    case("Both countries' bans also cover flour.", ban("Both countries' bans also cover flour, traders said."),
         SUPPORTS, id="bans-also-cover"),
    case("Orsk will ban flour exports.", ban("Whether to ban would depend on the harvest, the ministry said of flour "
                                             "exports."), NOT_SUPPORTS,
         reason="older: false support, 'whether to ban would depend on' puts the flour ban in doubt but reads as "
         "stated with the lede (supports at eb3e8e0 too)", id="whether-to-ban-would"),
]

CUBIC = [
    case("The spill released 1,000 barrels of oil.", in_story(
         PIPELINE, "The spill released about 119 cubic metres of oil, the company said."), NOT_SUPPORTS,
         id="oil-barrels-vs-119-cubic-metres"),  # (fixed: an oil barrel is 159 litres)
    case("The spill released 1,000 barrels of oil.", in_story(
         PIPELINE, "The spill released about 159 cubic metres of oil, the company said."), SUPPORTS,
         id="oil-barrels-vs-159-cubic-metres"),  # (fixed: as above)
    case("The reservoir released 1 million gallons of water.", in_story(
         DAM, "The reservoir released about 3,785 cubic metres of water."), SUPPORTS, id="gallons-vs-cubic-metres"),
    case("The tank holds 5,000 litres.", in_story(DAM, "The tank holds 5 m3, the operator said."), SUPPORTS,
         id="litres-vs-m3"),
    case("The glacier lost 1.5 cubic kilometres of ice.", in_story(
         "Scientists spoke on Tuesday.", "The glacier lost 1.5 km3 of ice."), SUPPORTS, id="km3-vs-cubic-kilometres"),
    case("The fridge has 20 cubic feet of space.", in_story(
         "Corvik launched a fridge on Tuesday.", "The fridge has 20 cu ft of space."), SUPPORTS,
         id="cu-ft-vs-cubic-feet"),
    case("Orsk exported 150 billion cubic metres of gas.", in_story(
         "Orsk's gas company reported on Tuesday.", "Orsk exported 150 billion cubic feet of gas."), NOT_SUPPORTS,
         id="cubic-metres-vs-cubic-feet"),
    case("The river's flow peaked at 3,000 cubic metres per second.", in_story(
         DAM, "The river's flow peaked at 3,000 m3/s."), SUPPORTS,
         reason="older: lost support, 'm3/s' is not read as 'cubic metres per second' (mentions at eb3e8e0 too)",
         id="m3-per-s-vs-cubic-metres-per-second"),
    case("The river's flow peaked at 3,000 cubic metres per second.", in_story(
         DAM, "The river's flow peaked at 3,000 cubic metres per hour."), NOT_SUPPORTS, id="per-second-vs-per-hour"),
    case("The spillway released 3,000 cubic metres of water.", in_story(
         DAM, "The spillway released 3,000 cubic metres of water per second."), NOT_SUPPORTS, id="volume-vs-flow"),
    case("The spillway released 3,000 cubic metres of water per second.", in_story(
         DAM, "The spillway released 3,000 litres of water per second."), NOT_SUPPORTS,
         id="cubic-metres-vs-litres-per-second"),
    case("The tumour measured 2 centimetres.", in_story(
         "Doctors spoke on Tuesday.", "The tumour measured 2 cubic centimetres."), NOT_SUPPORTS,
         id="cubic-centimetres-vs-centimetres"),
    case("The ring held 3 diamonds.", in_story(POLICE, "The ring held 3 cubic zirconia stones, police said."),
         NOT_SUPPORTS, id="cubic-zirconia"),
    case("The stolen car was a 2019 model.", in_story(POLICE, "The stolen car was a 2019 M3, police said."),
         SUPPORTS, reason="new, lost support (rule 3: 'a 2019 M3', a car, is read as 2019 cubic metres, so the year "
         "is not stated; supports at eb3e8e0)", id="a-2019-m3-car"),
]

CASES = REPORTS + BAN + CUBIC


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review31(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
