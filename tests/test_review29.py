"""Review of 227c7b1's three readings (and 8973e78's guards of the third), inputs written to break them:

1. modality: "should" with a figure is an expectation ("emissions should fall by roughly 40%"), no report;
2. modality._assessed: an expectation verb opening a "that" clause about what has happened ("estimates that the frost
   destroyed about 2.4 million tonnes") is a report, not a forecast;
3. sentencefocus.beside / _refers_back: the claim's day from the sentence right after the stating one, where it opens
   with a pronoun or "The <claim word>", tells it plainly and its date's clause holds the claim's verb; also where the
   stating sentence's own date is another event's ("officials said on Tuesday").

The review found 19 false supports the three readings made (demands, reproaches, conditions and questions with
"should"; forecasts read as assessments; a sentence after of another person, event, schedule or vote), against 3
pairs of the labelled corpus they had put right: all three were withdrawn, and those cases are guards now. What the
readings were for is a strict xfail ("withdrawn"), as are older wrong verdicts ("older": the same at 9762b72, the
commit before the rules). Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import LEDE, MENTIONS, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

# LEDE's story is dated Wednesday, March 18, 2026: Tuesday is March 17, Sunday March 15
ORDERED = "Corvik ordered six ferries from the Orsk yard on Tuesday."
FINED = "Corvik was fined over a fuel spill on Tuesday."
EXPECTS_40 = "Corvik expects its fleet's carbon emissions to fall by about 40 percent."
SHOULD = ""  # (the reading these false supports came from is withdrawn: they are guards now)

SHOULD_CASES = [
    # false supports
    case("The union expects the fine to be 5 million crowns.",
         in_story(FINED, "The fine should be 5 million crowns, the union said."), NOT_SUPPORTS,
         SHOULD.format(what="a demand ('the fine should be 5 million, the union said')"), id="should-a-demand-fine"),
    case("The union expects wages to rise by 8 percent.",
         in_story("Orsk dockworkers went on strike on Tuesday.", "Wages should rise by 8%, the union demanded."),
         NOT_SUPPORTS, SHOULD.format(what="a demand ('wages should rise by 8%, the union demanded')"),
         id="should-a-demand-wages"),
    case("Analysts expect Orsk bread prices to fall by 10 percent.",
         in_story("Orsk's bakers met on Tuesday.", "Bread prices should have fallen by 10% after the harvest, the "
                  "bakers' union said, but they rose."), NOT_SUPPORTS,
         SHOULD.format(what="a reproach of the past ('should have fallen by 10% ..., but they rose')"),
         id="should-have-fallen"),
    case(EXPECTS_40, in_story(ORDERED, "Should the fleet's carbon emissions fall by 40%, the levy would be lifted, "
                                       "the ministry said."), NOT_SUPPORTS,
         SHOULD.format(what="a condition ('Should emissions fall by 40%, the levy would be lifted')"),
         id="should-inverted-condition"),
    case(EXPECTS_40, in_story(ORDERED, "If the fleet's carbon emissions should fall by 40%, Corvik would get a tax "
                                       "rebate, the ministry said."), NOT_SUPPORTS,
         SHOULD.format(what="a condition ('If emissions should fall by 40%, ... would')"), id="if-should-condition"),
    case("Taxpayers are expected to pay 5 million crowns for the cleanup.",
         in_story(FINED, "Why should taxpayers pay 5 million crowns for the cleanup, the union asked."), NOT_SUPPORTS,
         SHOULD.format(what="a question ('Why should taxpayers pay 5 million crowns')"), id="should-a-question"),
    # guards
    case("Corvik was fined 5 million crowns.", in_story(FINED, "The fine should be 5 million crowns, the union said."),
         NOT_SUPPORTS, id="should-demand-is-no-report"),
    case("Orsk bread prices fell by 10 percent.",
         in_story("Orsk's bakers met on Tuesday.", "Bread prices should have fallen by 10% after the harvest, the "
                  "bakers' union said."), NOT_SUPPORTS, id="should-have-fallen-is-no-report"),
    case("Corvik expects its fleet's carbon emissions to rise by 5 percent.",
         in_story(ORDERED, "The fleet's carbon emissions should not rise by more than 5%, chief executive Mara Lund "
                           "said."), NOT_SUPPORTS, id="should-not-rise-by-more-than"),
    case("Corvik expects the new plant to produce 500 megawatts.",
         in_story(ORDERED, "The new plant should produce 500 megawatts when it is complete in 2028, Corvik said."),
         SUPPORTS,
         "withdrawn after review29: 'should' with a figure is not read as an expectation, so it states no "
         "claim that someone expects the figure",
         id="should-produce-is-expected"),
    case("Corvik's new plant produced 500 megawatts.",
         in_story(ORDERED, "The new plant should produce 500 megawatts when it is complete in 2028, Corvik said."),
         NOT_SUPPORTS, id="should-produce-is-no-report"),
    case(EXPECTS_40, in_story(ORDERED, "Chief executive Mara Lund said the fleet's carbon emissions should fall by "
                                       "roughly 40% and would fall further if the state paid for shore power."),
         SUPPORTS,
         "withdrawn after review29: see should-produce-is-expected",
         id="should-then-would"),
]

FROST = "A hard frost hit Orsk's wheat belt on Sunday."
ASSESSED = ""  # (withdrawn, as SHOULD)

ASSESSED_CASES = [
    # false supports
    case("Orsk's budget deficit is 3 percent of output.",
         in_story("Orsk's finance ministry presented its budget on Tuesday.", "The ministry forecasts that the deficit "
                  "is 3% of output in 2028."), NOT_SUPPORTS,
         ASSESSED.format(what="a present tense of the future ('forecasts that the deficit is 3% ... in 2028')"),
         id="forecasts-that-is-in-2028"),
    case("The combined company has about 5,000 employees.",
         in_story("Corvik agreed to buy Ullby Lines on Tuesday.", "Analysts expect that the combined company has "
                  "about 5,000 employees after the deal closes in June."), NOT_SUPPORTS,
         ASSESSED.format(what="'has' ('expect that the combined company has about 5,000 ... after the deal closes')"),
         id="expect-that-has-after-the-deal"),
    case("Corvik's fleet carried 2 million passengers.",
         in_story(ORDERED, "Corvik expects that its enlarged fleet carries 2 million passengers a year from 2028."),
         NOT_SUPPORTS, ASSESSED.format(what="any '-ed' word that can be a verb ('its enlarged fleet carries')"),
         id="expects-that-enlarged-fleet-carries"),
    case("Corvik's quarterly revenue reached $4 billion.",
         in_story("Corvik will report its results on Friday.", "Analysts estimate that Corvik's quarterly revenue "
                  "reached $4 billion."), NOT_SUPPORTS,
         ASSESSED.format(what="an analysts' estimate of a result not yet published ('estimate that ... reached $4 "
                              "billion', results due Friday)"),
         id="estimate-of-an-unreported-result"),
    case("The frost cut Orsk's wheat exports by 30 percent.",
         in_story(FROST, "The grain board estimates that the frost, which destroyed 2.4 million tonnes, cuts wheat "
                         "exports by 30% next year."), NOT_SUPPORTS,
         "older (supports at 9762b72 too): a relative clause's past ('which destroyed') makes the main clause's "
         "'cuts ... by 30% next year' read as a report", id="estimates-that-which-destroyed-cuts-next-year"),
    # guards
    case("Orsk's frost destroyed about 2.4 million tonnes of wheat.",
         in_story(FROST, "The grain board estimated that the frost could have destroyed about 2.4 million tonnes of "
                         "wheat."), NOT_SUPPORTS, id="estimated-that-could"),
    case("Orsk's frost destroyed about 2.4 million tonnes of wheat.",
         in_story(FROST, "The grain board estimates that the frost would destroy about 2.4 million tonnes of wheat."),
         NOT_SUPPORTS, id="estimates-that-would"),
    case("The frost destroyed about 2.4 million tonnes of wheat.",
         in_story(FROST, "Orsk's grain board estimates that the frost destroyed about 2.4 million tonnes of wheat."),
         SUPPORTS,
         "withdrawn after review29: an estimate of what has happened is read as a forecast, which states "
         "no report",
         id="estimates-that-destroyed"),
    case("Orsk's wheat exports fell 30 percent.",
         in_story(FROST, "The grain board estimates that the frost destroyed 2.4 million tonnes of wheat, and that "
                         "wheat exports will fall 30%."), NOT_SUPPORTS, id="estimates-that-and-that-will"),
    case("The frost will cut Orsk's wheat exports by 30 percent.",
         in_story(FROST, "The grain board estimates that the frost destroyed 2.4 million tonnes of wheat and cut "
                         "exports by 30%."), NOT_SUPPORTS,
         "withdrawn after review29: see estimates-that-destroyed",
         id="a-past-cut-is-no-will-cut"),
    case("About 3,000 homes were damaged by the storm in Halden.",
         in_story("A storm hit Halden on Sunday.", "The city estimated that about 3,000 homes were damaged by the "
                  "storm."), SUPPORTS, id="estimated-that-3000-homes-were-damaged"),
    case("Orsk's economy grew 0.5 percent in the fourth quarter.",
         in_story("Orsk delayed its growth figures on Wednesday.", "Economists had expected that Orsk's economy grew "
                  "0.5 percent in the fourth quarter."), NOT_SUPPORTS, id="had-expected-that-grew"),
]

SUNK = "The ferry Sollen sank off Orsk on Sunday, March 15, 2026."
SANK = "The ferry Sollen sank off Orsk with 187 people aboard."
RESIGNED = "Halden mayor Ove Brandt resigned on Tuesday, March 17, 2026."
RESIGNED_DEPUTY = "Halden mayor Ove Brandt resigned after a fraud inquiry, and his deputy Lena Dahl took over."
VOTE = "Halden's council voted to close the harbour on Tuesday, March 17, 2026."
VOTED = "Halden's council voted to close the harbour to cruise ships, the mayor said."
DEAL = "Fisheries ministers reached the quota deal in Orsk on March 17, 2026."
AFTER = ""  # (withdrawn, as SHOULD)

NEIGHBOUR_CASES = [
    # false supports
    case(RESIGNED, in_story(RESIGNED_DEPUTY, "She resigned on Tuesday as head of the harbour board to take the job."),
         MENTIONS, AFTER.format(what="'She' is the deputy, who resigned another post"), id="she-is-the-deputy"),
    case(RESIGNED, in_story(RESIGNED_DEPUTY, "The mayor's deputy also resigned on Tuesday."), MENTIONS,
         AFTER.format(what="'The mayor's deputy' is another person, not the mayor"), id="the-mayors-deputy-resigned"),
    case(VOTE, in_story(VOTED, "The vote was delayed on Tuesday by a walkout."), NOT_SUPPORTS,
         AFTER.format(what="its event is a delay of the vote ('The vote was delayed on Tuesday')"),
         id="the-vote-was-delayed"),
    case(VOTE, in_story(VOTED, "The vote was postponed on Tuesday."), NOT_SUPPORTS,
         AFTER.format(what="its event is a postponement ('The vote was postponed on Tuesday')"),
         id="the-vote-was-postponed"),
    case(VOTE, in_story(VOTED, "The vote was scheduled for Tuesday."), NOT_SUPPORTS,
         AFTER.format(what="it is a schedule: _NOT_PLAIN knows 'scheduled to', not 'scheduled for'"),
         id="the-vote-was-scheduled-for"),
    case(VOTE, in_story(VOTED, "The vote was originally planned for Tuesday."), NOT_SUPPORTS,
         AFTER.format(what="it is a plan: _NOT_PLAIN knows 'planned to', not 'planned for'"),
         id="the-vote-was-planned-for"),
    case(VOTE, in_story(VOTED, "The council voted on Tuesday to raise parking fees."), MENTIONS,
         AFTER.format(what="'The council' voted on another matter"), id="the-council-voted-on-parking"),
    case(VOTE, in_story(VOTED, "The vote came a week after Ullby's council voted on Tuesday to do the same."),
         NOT_SUPPORTS, AFTER.format(what="Tuesday's clause is another council's vote, a week before this one"),
         id="a-week-after-ullby-voted-tuesday"),
    case(DEAL, in_story("Fisheries ministers reached the quota deal in Orsk after a night of bargaining, officials "
                        "said.", "The ministers reached a deal on cod on Tuesday."), MENTIONS,
         AFTER.format(what="'The ministers' reached another deal (on cod)"), id="the-ministers-reached-a-cod-deal"),
    case(SUNK, in_story(SANK, "It came after a trawler sank on Sunday near Ullby."), MENTIONS,
         "older (supports at 9762b72 too): 'It came after a trawler sank on Sunday' is read with the sentence before "
         "as the claim's sinking", id="it-came-after-a-trawler-sank"),
    case(SUNK, in_story(SANK, "The second ferry sank on Sunday near Ullby."), MENTIONS,
         "older (supports at 9762b72 too): 'The second ferry' sank on Sunday, not the Sollen",
         id="the-second-ferry-sank"),
    case("Orsk dockworkers went on strike on Tuesday, March 17, 2026.",
         in_story("Orsk dockworkers went on strike over pay, joining Ullby's ferry crews.", "They went on strike on "
                  "Tuesday, halting all sailings from Ullby."), MENTIONS,
         "older (supports at 9762b72 too): 'They' are Ullby's ferry crews", id="they-are-the-ferry-crews"),
    case(SUNK, in_story(SANK, "It reportedly sank on Sunday, but officials said it went down on Saturday."),
         NOT_SUPPORTS, "older (supports at 9762b72 too): a report the officials contradict",
         id="reportedly-sunday-officials-saturday"),
    case(SUNK, LEDE + SANK + "\n\nIt sank on Sunday.", SUPPORTS,
         "older (mentions at 9762b72 too): the sentence after in the next paragraph is not read",
         id="it-sank-sunday-next-paragraph"),
    # guards
    case(SUNK, in_story(SANK, "It sank on Sunday morning in rough seas."), SUPPORTS, id="it-sank-sunday"),
    case(RESIGNED, in_story(RESIGNED_DEPUTY, "He resigned on Tuesday evening."), SUPPORTS,
         "withdrawn after review29: the sentence after gives no claim's day, even where it refers back by "
         "a pronoun and tells the claim's event",
         id="he-resigned-tuesday"),
    case(VOTE, in_story("Halden's council voted to close the harbour to cruise ships, the mayor said on Wednesday.",
                        "The vote was held on Tuesday after a long debate."), SUPPORTS,
         "withdrawn after review29: see he-resigned-tuesday",
         id="mayor-said-wednesday-vote-held-tuesday"),
    case(VOTE, in_story(VOTED, "The vote, first set for Tuesday, was held on Thursday."), NOT_SUPPORTS,
         id="first-set-for-tuesday-held-thursday"),
    case(SUNK, in_story(SANK, "It may have sunk on Sunday morning, officials said."), NOT_SUPPORTS,
         id="it-may-have-sunk-sunday"),
    case(SUNK, in_story(SANK, "It would have sunk on Sunday had the crew not beached it."), NOT_SUPPORTS,
         id="it-would-have-sunk-sunday"),
    case(SUNK, in_story("The ferry Sollen sank off Orsk with 187 people aboard, officials said on Tuesday.",
                        "It sank on Saturday night."), NOT_SUPPORTS, id="officials-said-tuesday-it-sank-saturday"),
    case(SUNK, in_story(SANK, "The ferry was raised on Sunday."), MENTIONS, id="the-ferry-was-raised-sunday"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), SHOULD_CASES)
def test_should_with_a_figure(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


@pytest.mark.parametrize(("claim", "source", "allowed"), ASSESSED_CASES)
def test_an_estimate_of_what_has_happened(tmp_path: Path, claim: str, source: str,
                                         allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


@pytest.mark.parametrize(("claim", "source", "allowed"), NEIGHBOUR_CASES)
def test_the_claims_day_from_the_sentence_after(tmp_path: Path, claim: str, source: str,
                                                allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
