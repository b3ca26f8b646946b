"""Review of the engine rules of commits d44165c, d1f7e93 and 6959277, through the library and the CLI: inputs
written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules:
(1) lexicon.opposites / match.coverage: the opposites of an irregular verb form are those of its verb with their
    irregular forms ("rose" opposes "fall", "fell", "fallen");
(2) ranks.same_rank: superlatives of WordNet synonyms are one rank ("largest" / "biggest"); "second" after "per",
    "a", "an", "each", "every" is no rank;
(3) quantities: "N of STUFF per/a PERIOD" is a rate; "for/over/within/lasted/lasting/took/spent a PERIOD" is a span
    of one;
(4) relativedates._ago: "N days ago" exact, "N weeks/months/years ago" only bound, approximators leave it open,
    "a year ago" no date;
(5) quantities._compound (not across clauses, "about" to the ten), facts._read_cased / _DESIGNATES.
Each reason says "new" when the verdict at 49cc9fd (this session's starting engine) was not this wrong one, or "gap"
when the same wrong verdict is older and the rule leaves it in its own scope. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one
from test_fact_traps import verdict

# --- (1) opposites of irregular verb forms --------------------------------------------------------------------------
# The opposite counts as the claim word's match in coverage, and it opposes only when the claim word itself is absent
# from the whole passage. So (a) the claim word said of another thing anywhere in the passage ("though its bonds
# rose") cancels the opposition and the opposite is "supports"; (b) an opposite said of another thing in the same
# sentence ("while bonds fell 2%") now makes a paraphrase ("climbed") "diverges"; (c) two teams or candidates named
# with "won" and "lost" are converses, not opposites, and now conflict; (d) "won" has no opposites at all: verb.exc
# has "wonned won" after "won win", and _index_forms keeps the last, so "won" is taken for the base of a verb "won";
# (e) a form the analysis folds to its verb ("bought" -> "buy") reaches opposites() as the base, whose opposites do not
# include the irregular forms ("sold"); (f) the claim stem "fell" of "felled" (to fell trees) and the name "Rose"
# get the opposites of fall / rise.

OPPOSITES = [
    # guards: what the rule is for
    case("Sales rose 8% in March.", in_story("Halden Steel reported on Sunday.", "Sales have fallen 8% in March."),
         DIVERGES, id="rose-vs-fallen"),
    case("Lund lost the Halden seat by 300 votes.",
         in_story("The vote was counted on Sunday.", "Lund won the Halden seat by 300 votes."), DIVERGES,
                  id="lost-vs-won"),
    case("The Halden firm sold its port unit for $300 million.",
         in_story("The firm reported on Sunday.", "The Halden firm bought a port unit for $300 million."), DIVERGES,
         id="sold-vs-bought"),
    case("Halden Steel's shares rose 8%.",
         in_story("Halden Steel reported on Tuesday.", "Halden Steel's shares rose 8% while bonds fell 2%."), SUPPORTS,
         id="same-word-beside-an-opposite-of-another-thing"),
    case("Halden Steel's shares rose 8% on Tuesday.",
         in_story("Halden Steel reported on Tuesday.",
             "Halden Steel's shares were flat on Tuesday, while its bonds fell 8%."),
         NOT_SUPPORTS, id="flat-shares-falling-bonds"),
    case("Halden Rovers beat Tarn City 2-1 in the final.",
         in_story("The final was played on Sunday.", "Tarn City lost 2-1 to Halden Rovers in the final."), SUPPORTS,
         id="beat-vs-lost-to"),
    case("Workers fell 300 trees in Halden park.",
         in_story("The council met on Sunday.", "Workers felled 300 trees in Halden park."), SUPPORTS, id="fell-trees"),
    case("The hikers lay in the snow for 12 hours.",
         in_story("Rescuers reached them on Tuesday.", "The hikers lay in the snow for 12 hours."), SUPPORTS, id="lay"),
    case("Halloran's rose garden drew 3,000 visitors on Sunday.",
         in_story("The show opened on Sunday.",
             "Halloran's garden of roses drew 3,000 visitors on Sunday, though numbers fell in the rain."), SUPPORTS,
         id="rose-the-flower"),
    case("Halden Steel's shares did not rise on Tuesday.",
         in_story("Halden Steel reported on Tuesday.", "Halden Steel's shares rose 3% on Tuesday."), NOT_SUPPORTS,
         id="denied-rise-vs-rise"),
    # false supports
    case("Halden Rovers won the final 2-1.",
         in_story("The final was played on Sunday.", "Halden Rovers lost the final 2-1."), NOT_SUPPORTS,
                  id="won-vs-lost"),
    case("Lund won the Halden seat by 300 votes.",
         in_story("The vote was counted on Sunday.", "Lund lost the Halden seat by 300 votes."), NOT_SUPPORTS,
         id="won-seat-vs-lost-seat"),
    case("The Halden firm bought the port unit for $300 million.",
         in_story("The firm reported on Sunday.", "The Halden firm sold the port unit for $300 million."), NOT_SUPPORTS,
         "gap (opposites): the claim's 'bought' is folded to 'buy' before opposites(), whose opposites are 'sell' "
         "without 'sold'; a sale supports a purchase", id="bought-vs-sold"),
    case("Halden Steel's shares rose 8% on Tuesday.",
         in_story("Halden Steel reported on Tuesday.",
                  "Halden Steel's shares fell 8% on Tuesday, though its bonds rose."),
         NOT_SUPPORTS, id="fell-though-bonds-rose"),
    case("Halden Steel's shares rose 8% on Tuesday.",
         in_story("Halden Steel reported on Tuesday.", "Halden Steel's shares fell 8% on Tuesday. Its bonds rose."),
         NOT_SUPPORTS,
         id="fell-next-sentence-bonds-rose"),
    case("Lund lost the Halden seat by 300 votes.",
         in_story("The vote was counted on Sunday.", "Lund won the Halden seat by 300 votes; Marten lost."),
                  NOT_SUPPORTS,
         "gap (coverage): Marten's 'lost' cancels Lund's 'won'", id="won-seat-marten-lost"),
    case("Exports rose in March.", in_story("Halden reported on Sunday.", "Exports did not fall in March."),
         NOT_SUPPORTS,
         id="did-not-fall-is-not-rose"),
    # false diverges
    case("Halden Steel's shares rose 8% on Tuesday.",
         in_story("Halden Steel reported on Tuesday.",
                  "Halden Steel's shares climbed 8% on Tuesday while bonds fell 2%."),
         NOT_DIVERGES, "lost (way stated, after review15): a dated claim keeps the passage's opposite word, so the "
         "bonds' fall opposes the claim's rise",
         id="climbed-while-bonds-fell"),
    case("Halden Steel's shares rose 8% on Tuesday.",
         in_story("Halden Steel reported on Tuesday.",
             "Halden Steel's shares gained 8% on Tuesday, even as the wider market fell."), NOT_DIVERGES,
         "new (opposites): the market's fall opposes the shares' gain; was supports", id="gained-as-market-fell"),
    case("Halden Steel's shares fell 8% on Tuesday.",
         in_story("Halden Steel reported on Tuesday.",
                  "Halden Steel's shares slid 8% on Tuesday, though its bonds rose."),
         NOT_DIVERGES, "new (opposites): the bonds' rise opposes the shares' slide; was supports",
         id="slid-though-bonds-rose"),
    case("Rose Halloran won the Halden seat by 300 votes.",
         in_story("The vote was counted on Sunday.", "Halloran won the Halden seat by 300 votes as turnout fell."),
         NOT_DIVERGES,
         "lost (names, after review15): a sentence's first word is no name ('Rising Halden rents' opens with an "
         "adjective), so 'Rose' at the start is the verb",
         id="rose-the-name"),
    case("Crews felled 300 trees along the Halden road.",
         in_story("The council met on Sunday.", "Crews cut down 300 trees along the Halden road as river levels rose."),
         NOT_DIVERGES, "new (opposites): 'felled' is no irregular form, but its stem 'fell' gets the opposites of "
         "'fall'; was supports", id="felled-vs-levels-rose"),
    case("Tarn City lost the cup final 2-1.",
         in_story("The final was played on Sunday.", "Halden Rovers won the cup final 2-1, beating Tarn City."),
         NOT_DIVERGES, id="loser-vs-winner-named"),
    case("Tarn City lost the cup final on Sunday.",
         in_story("The final was played on Sunday.", "Halden Rovers won the cup final against Tarn City on Sunday."),
         NOT_DIVERGES,
         id="won-against-the-loser"),
    case("Lund lost the Halden seat by 300 votes.",
         in_story("The vote was counted on Sunday.", "Marten won the Halden seat by 300 votes, ousting Lund."),
         NOT_DIVERGES, "new (opposites): the winner's 'won' contradicts the ousted candidate's loss; was supports",
         id="ousted-candidate"),
    case("The Halden firm sold the port unit for $300 million.",
         in_story("The firm reported on Sunday.",
             "The Halden firm offloaded the port unit for $300 million to Tarn Holdings, which bought it to expand."),
         NOT_DIVERGES, "new (opposites): the buyer's 'bought' contradicts the seller's 'sold'; was supports",
         id="buyer-named-beside-seller"),
    case("Marten left Halden on Tuesday.",
         in_story("Marten spoke on Tuesday.", "Marten departed Halden on Tuesday and arrived in Tarn at noon."),
         NOT_DIVERGES, id="left-then-arrived"),
    case("The storm left 3,000 homes in Halden without power.",
         in_story("The storm passed on Tuesday.",
                  "The storm cut power to 3,000 homes in Halden before crews arrived on "
             "Tuesday."), NOT_DIVERGES, "new (opposites): 'left' of what a storm leaves behind gets leave's opposite "
         "'arrive', said of the crews; was supports", id="storm-left-homes-crews-arrived"),
    case("The flood left 300 people homeless in Halden.",
         in_story("The flood hit on Tuesday.", "The flood made 300 people homeless in Halden, and aid arrived on "
             "Wednesday."), NOT_DIVERGES, "new (opposites): the aid's arrival opposes the flood's 'left ... homeless'; "
         "was supports", id="flood-left-homeless-aid-arrived"),
    case("Exports rose in March.", in_story("Halden reported on Sunday.", "Exports never fell in March."), MENTIONS,
         id="never-fell"),
    case("Police found the stolen painting in Halden.",
         in_story("The search ended on Tuesday.",
                  "Police recovered the stolen painting in Halden; it had been lost for "
             "20 years."), NOT_DIVERGES, "gap (opposites): 'lost' of the painting's past opposes 'found'",
         id="found-vs-had-been-lost"),
]


@pytest.mark.parametrize("claim, source, allowed", OPPOSITES)
def test_opposites_of_irregular_verbs(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) one rank said another way; "second" as a unit of time ------------------------------------------------------
# "second" after "a" is dropped as a rank, but news writes "a second term", "for a second time", "a second straight
# quarter", "a second plant" far more often than "a second" of time; every such ordinal now meets any other ("a third
# time") with no conflict. "every second year" is a frequency whose ordinal matters. WordNet's synonyms are of every
# sense, so "cheap" (gaudy) is "loud".

RANKS = [
    # guards
    case("Acme's sale of its port unit was the largest in its history.",
         in_story("Acme reported on Tuesday.", "Acme's sale of its port unit was the biggest in its history."),
                  SUPPORTS,
         id="largest-biggest"),
    case("The Halden bank is the second-largest lender in the country.",
         in_story("The bank reported on Tuesday.", "The Halden bank is the second-biggest lender in the country."),
         SUPPORTS, id="second-largest-second-biggest"),
    case("The Halden bank is the second-largest lender in the country.",
         in_story("The bank reported on Tuesday.", "The Halden bank is the third-biggest lender in the country."),
         NOT_SUPPORTS, id="second-largest-third-biggest"),
    case("The Halden bank is the largest lender in the country.",
         in_story("The bank reported on Tuesday.", "The Halden bank is the second-biggest lender in the country."),
         NOT_SUPPORTS, id="largest-second-biggest"),
    case("Acme posted its best quarter in its history.",
         in_story("Acme reported on Tuesday.", "Acme posted its largest quarter in its history."), NOT_SUPPORTS,
         id="best-is-not-largest"),
    case("The Halden team is the worst in the league.",
         in_story("The season ended on Tuesday.", "The Halden team is the biggest in the league."), NOT_SUPPORTS,
         id="worst-is-not-biggest"),
    case("Halden Tower is the tallest building in the country.",
         in_story("The tower opened on Tuesday.", "Halden Tower is the largest building in the country."), NOT_SUPPORTS,
         id="tallest-is-not-largest"),
    case("The Halden fire was the largest in the state's history.",
         in_story("Crews fought the fire on Tuesday.", "The Halden fire was the greatest in the state's history."),
         NOT_DIVERGES, id="greatest-no-rival"),
    case("The river carried 620 cubic metres of water per second.",
         in_story("Floods hit Halden on Tuesday.", "The river carried 620 cubic metres of water per second."), SUPPORTS,
         id="per-second"),
    case("Acme opened its second plant in Halden.",
         in_story("Acme reported on Tuesday.", "Acme opened its third plant in Halden."), DIVERGES,
                  id="its-second-plant"),
    case("Lund was elected for the second time.",
         in_story("The vote was counted on Sunday.", "Lund was elected for a third time."), DIVERGES,
         id="the-second-time-vs-a-third"),
    # false supports
    case("Lund won the Halden title for a second time.",
         in_story("The final was played on Sunday.", "Lund won the Halden title for a third time."), NOT_SUPPORTS,
         id="a-second-time-vs-a-third"),
    case("Lund was elected for a second time.",
         in_story("The vote was counted on Sunday.", "Lund was elected for the third time."), NOT_SUPPORTS,
         id="a-second-time-vs-the-third"),
    case("Acme's profit fell for a second straight quarter.",
         in_story("Acme reported on Tuesday.", "Acme's profit fell for a third straight quarter."), NOT_SUPPORTS,
         id="a-second-straight-quarter"),
    case("Dockers in Halden walked out for a second day on Tuesday.",
         in_story("Dockers returned on Wednesday.", "Dockers in Halden walked out for a fifth day on Tuesday."),
         NOT_SUPPORTS, id="a-second-day"),
    case("Acme opened a second plant in Halden.",
         in_story("Acme reported on Tuesday.", "Acme opened a third plant in Halden."), NOT_SUPPORTS,
                  id="a-second-plant"),
    case("Acme's Fizz, launched in Halden on Tuesday, is the cheapest electric car on sale in the country this year.",
         in_story("Acme launched the Fizz on Tuesday.", "Acme's Fizz, launched in Halden on Tuesday, is the loudest "
             "electric car on sale in the country this year."), NOT_SUPPORTS, id="cheapest-loudest"),
    case("Lund won a second term as Halden mayor on Sunday.",
         in_story("The vote was counted on Sunday.", "Lund won a third term as Halden mayor on Sunday."), NOT_SUPPORTS,
         id="a-second-term"),
    # lost diverges
    case("The Halden festival is held every second year.",
         in_story("The festival opened on Tuesday.", "The Halden festival is held every third year."), DIVERGES,
         id="every-second-year"),
    case("Lund won the Halden title for the second time.",
         in_story("The final was played on Sunday.", "Lund won the Halden title for the third time."), DIVERGES,
         "gap (ranks): 'for the third time' does not contradict 'for the second time'", id="the-second-the-third"),
    case("The Halden bank is the largest lender in the country.",
         in_story("The bank reported on Tuesday.", "The Halden bank is the smallest lender in the country."), DIVERGES,
         "gap (ranks): 'smallest' against 'largest' of one scope is only 'too loosely' opposed",
         id="largest-vs-smallest"),
    # lost supports
    case("Halden Tower is the highest building in the country.",
         in_story("The tower opened on Tuesday.", "Halden Tower is the tallest building in the country."), SUPPORTS,
         "gap (same_rank): 'high' and 'tall' of a building are not WordNet synonyms of the first sense",
         id="highest-tallest"),
]


@pytest.mark.parametrize("claim, source, allowed", RANKS)
def test_ranks_said_another_way(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) rates of a named stuff, spans of one ------------------------------------------------------------------------
# A rate per hour and one per day are now two dimensions (no longer a false conflict), but neither are they compared,
# so a rate per minute "supports" the same figure per second. The "of STUFF a PERIOD" branch does not look for "ago"
# as the per-share branch does.
# A span of one stops at "a day": "and a half" and "or two" are dropped, so "a day and a half" is one day and "a year
# or two" one year; a span of one followed by "before" is no span ("lasted a week before they broke down").

QUANTITIES = [
    # guards
    case("The Halden line carries 2 million barrels of oil a day.",
         in_story("The line opened on Tuesday.", "The Halden line carries 2 million barrels of oil per day."), SUPPORTS,
         id="a-day-per-day"),
    case("The Halden line carries 2 million barrels of oil a day.",
         in_story("The line opened on Tuesday.", "The Halden line carries 2 million barrels of oil a week."),
                  NOT_SUPPORTS,
         id="a-day-vs-a-week"),
    case("The Halden line carries 2 million barrels of oil a day.",
         in_story("The line opened on Tuesday.", "The Halden line carries 3 million barrels of oil a day."), DIVERGES,
         id="rate-differs"),
    case("The Halden line has carried 2 million barrels of oil.",
         in_story("The line opened on Tuesday.", "The Halden line has carried 2 million barrels of oil a year since it "
             "opened."), NOT_SUPPORTS, id="total-vs-rate"),
    case("Halden sent 40 tonnes of aid to Tarn.",
         in_story("Aid began on Tuesday.", "Halden sent 40 tonnes of aid a day to Tarn."), NOT_SUPPORTS,
         id="total-aid-vs-daily"),
    case("The Halden strike lasted a week.",
         in_story("Dockers returned on Tuesday.", "The Halden strike lasted seven days."), SUPPORTS,
                  id="a-week-seven-days"),
    case("The Halden strike lasted a week.",
         in_story("Dockers returned on Tuesday.", "The Halden strike lasted a fortnight."), DIVERGES,
                  id="week-fortnight"),
    case("Lund spent a fortnight in Tarn.",
         in_story("Lund spoke on Tuesday.", "Lund spent two weeks in Tarn."), SUPPORTS, id="fortnight-two-weeks"),
    case("Lund took two days off after the vote.",
         in_story("Lund spoke on Tuesday.", "Lund took a day off after the vote."), DIVERGES, id="took-a-day-off"),
    case("Prices rose 3% over a year.", in_story("Halden reported on Tuesday.", "Prices rose 3% over a month."),
                                                 DIVERGES,
         id="over-a-year-vs-a-month"),
    # rates in other periods: diverged at 49cc9fd, no longer conflict
    case("The Halden plant uses 3 million litres of water per hour.",
         in_story("The plant opened on Tuesday.", "The Halden plant uses 72 million litres of water a day."),
                  NOT_DIVERGES,
         id="per-hour-vs-a-day"),
    case("The Halden line carries 2 million barrels of oil a day.",
         in_story("The line opened on Tuesday.", "The Halden line carries 14 million barrels of oil a week."),
         NOT_DIVERGES, id="a-day-vs-same-a-week"),
    case("The Halden mine produced 300 tonnes of copper a month.",
         in_story("The mine opened on Tuesday.", "The Halden mine produced 3,600 tonnes of copper a year."),
                  NOT_DIVERGES,
         id="a-month-vs-same-a-year"),
    # false diverges
    case("The Halden strike lasted 36 hours.",
         in_story("Dockers returned on Tuesday.", "The Halden strike lasted a day and a half."), NOT_DIVERGES,
         id="day-and-a-half-vs-36-hours"),
    case("The Halden project took 15 years.",
         in_story("The firm spoke on Tuesday.", "The Halden project took a decade and a half."), NOT_DIVERGES,
         id="decade-and-a-half"),
    case("The Halden strike lasted two days.",
         in_story("Dockers returned on Tuesday.", "The Halden strike lasted a day or two."), NOT_DIVERGES,
         id="a-day-or-two"),
    case("The Halden plant will close for two years.",
         in_story("The firm spoke on Tuesday.", "The Halden plant will close for a year or two."), NOT_DIVERGES,
         id="a-year-or-two"),
    case("The Halden plant will close for two years.",
         in_story("The firm spoke on Tuesday.", "The Halden plant will close for a year or more."), NOT_DIVERGES,
         id="a-year-or-more"),
    # false supports
    case("The Halden strike lasted a day.",
         in_story("Dockers returned on Tuesday.", "The Halden strike lasted a day and a half."), NOT_SUPPORTS,
         id="a-day-vs-day-and-half"),
    case("The Halden plant closed for a month.",
         in_story("The firm spoke on Tuesday.", "The Halden plant closed for a month and a half."), NOT_SUPPORTS,
         id="a-month-vs-month-and-half"),
    case("The river carried 620 cubic metres of water per second.",
         in_story("Floods hit Halden on Tuesday.", "The river carried 620 cubic metres of water per minute."),
         NOT_SUPPORTS, id="per-second-per-minute"),
    case("The Halden hospital treats 300 patients a day.",
         in_story("The hospital opened on Tuesday.", "The Halden hospital treats 300 patients a week."), NOT_SUPPORTS,
         id="patients-a-day-vs-a-week"),
    # lost supports
    case("The Halden field pumped 2 million barrels of oil.",
         in_story("The field opened on Tuesday.", "The Halden field pumped 2 million barrels of oil a year ago."),
                  SUPPORTS, id="of-oil-a-year-ago"),  # right since quantities._flow_of skips "ago" (session 24)
    case("The Halden talks lasted a week.",
         in_story("The firm spoke on Tuesday.", "The Halden talks lasted a week before they broke down, and resumed a "
             "month later."), SUPPORTS,
         "new (span of one): 'lasted a week before they broke down' is no span ('before' is excluded after it); was "
         "supports", id="lasted-a-week-before"),
]


@pytest.mark.parametrize("claim, source, allowed", QUANTITIES)
def test_rates_and_spans_of_one(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (4) "N ago" ----------------------------------------------------------------------------------------------------
# The approximators are a closed list that misses "approximately" and "perhaps"; a count in a range ("10 or 11 days
# ago", "10 to 12 days ago") is read from its last number, as an exact day.

AGO = [
    # guards
    case("Halden Steel closed its Tarn plant on March 10, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant eight days ago."),
                  SUPPORTS,
         id="eight-days-ago"),
    case("Halden Steel closed its Tarn plant on March 11, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant eight days ago."),
                  DIVERGES,
         id="eight-days-ago-off-by-one"),
    case("Halden Steel closed its Tarn plant in December 2025.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant three months ago."),
                  SUPPORTS,
         id="three-months-ago"),
    case("Halden Steel closed its Tarn plant in January 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant three months ago."),
         NOT_DIVERGES, id="three-months-ago-only-bounds"),
    case("Halden Steel closed its Tarn plant in 1990.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant 18 years ago."),
                  NOT_SUPPORTS,
         id="eighteen-years-ago-other-year"),
    case("Halden Steel closed its Tarn plant in 2020.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant a year ago."),
                  NOT_DIVERGES,
         id="a-year-ago-no-date"),
    case("Halden Steel closed its Tarn plant on March 8, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant about ten days ago."),
         MENTIONS, id="about-ten-days-ago"),
    case("Halden Steel was founded in 2006.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded some 20 years ago."), MENTIONS,
         id="some-20-years-ago"),
    # false supports
    case("Halden Steel closed its Tarn plant on March 8, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.",
                  "Halden Steel closed its Tarn plant approximately ten days ago."),
         NOT_SUPPORTS, id="approximately-ten-days-ago"),
    case("Halden Steel closed its Tarn plant on March 8, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant perhaps ten days ago."),
         NOT_SUPPORTS,
         id="perhaps-ten-days-ago"),
    case("Halden Steel closed its Tarn plant on March 7, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant 10 or 11 days ago."),
         NOT_SUPPORTS,
         id="ten-or-eleven-days-ago-supports"),
    case("Halden Steel closed its Tarn plant on March 6, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant 10 to 12 days ago."),
         NOT_SUPPORTS,
         id="ten-to-twelve-days-ago-supports"),
    case("Halden Steel closed its Tarn plant on Tuesday.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant two days ago."),
                  NOT_SUPPORTS,
         id="two-days-ago-is-monday"),
    # false diverges
    case("Halden Steel closed its Tarn plant on March 8, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant 10 or 11 days ago."),
         NOT_DIVERGES,
         id="ten-or-eleven-days-ago-diverges"),
    case("Halden Steel closed its Tarn plant on March 8, 2026.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant 10 to 12 days ago."),
         NOT_DIVERGES,
         id="ten-to-twelve-days-ago-diverges"),
    case("Halden Steel's revenue was $4 billion in 2025.",
         in_story("Halden Steel reported on Wednesday.",
                  "Halden Steel's revenue was $5 billion, up from $4 billion a year "
             "ago."), NOT_DIVERGES, "gap (baseline): the year-ago $4 billion is the claim's 2025 figure, yet the "
         "current $5 billion contradicts it", id="year-ago-baseline-is-the-claims-year"),
]


@pytest.mark.parametrize("claim, source, allowed", AGO)
def test_ago(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (5) compounds not across clauses; designations and tickers -----------------------------------------------------
# _CLAUSE_GOES_ON stops a compound before "in", "from", "of", "before" ... which end most durations in news ("9 hours
# and 40 minutes in the air", "3 hours and 20 minutes from Halden to Tarn", "2 hours and 7 minutes of play"); the
# passage then keeps only its hours, whose rounding interval meets a claim's different minutes ("supports") or misses
# its own (diverges). A designation's letter is dropped, so "seat 10F" is "seat 10C".

COMPOUNDS = [
    # guards
    case("The journey took 3 hours and 20 minutes.",
         in_story("The line opened on Sunday.", "The journey took 3 hours and 20 minutes from Halden to Tarn."),
                  SUPPORTS,
         id="journey-from-to-same"),
    case("The flight lasted 10 hours and 5 minutes.",
         in_story("The jet landed safely.", "The flight lasted about 9 hours and 40 minutes."), DIVERGES,
         id="about-compound-too-far"),
    case("The board proposed a dividend of 1.20 euros per share.",
         in_story("Halden Steel reported on Tuesday.", "The board proposed a dividend of EUR 1.20 per share."),
                  SUPPORTS,
         id="eur-code-per-share"),
    case("The board proposed a dividend of SEK 4.10 per share.",
         in_story("Halden Steel reported on Tuesday.", "The board proposed a dividend of SEK 4.80 per share."),
                  DIVERGES,
         id="sek-code-per-share-differs"),
    case("Halden Steel's shares rose 4%.",
         in_story("Halden Steel reported on Tuesday.", "Halden Steel's shares rose 4%, and AMD 2%."), SUPPORTS,
         id="ticker-before-a-share"),
    case("The temperature on platform 4 reached 41C.",
         in_story("A heatwave hit on Tuesday.", "The temperature on platform 4 reached 38C."), DIVERGES,
         id="platform-number-then-degrees"),
    # false supports
    case("The flight lasted 7 hours and 10 minutes.",
         in_story("The jet landed safely.", "The flight lasted 7 hours and 25 minutes in the air."), NOT_SUPPORTS,
         id="in-the-air-supports-other-minutes"),
    case("The journey took 3 hours and 20 minutes.",
         in_story("The line opened on Sunday.", "The journey took 3 hours and 50 minutes from Halden to Tarn."),
         NOT_SUPPORTS,
         id="from-to-supports-other-minutes"),
    case("The passenger in seat 10C was injured.",
         in_story("The jet landed safely in Halden.", "The passenger in seat 10F was injured, the airline said."),
         NOT_SUPPORTS, "gap (designations): the seat's letter is dropped, so seat 10F supports seat 10C",
         id="seat-letter-dropped"),
    # false diverges
    case("The flight lasted 9 hours and 40 minutes.",
         in_story("The jet landed safely.", "The flight lasted 9 hours and 40 minutes in the air."), NOT_DIVERGES,
         id="in-the-air"),
    case("The flight lasted 9 hours and 40 minutes.",
         in_story("The jet landed safely.", "The flight lasted 9 hours and 40 minutes from take-off to landing."),
         NOT_DIVERGES, id="from-take-off"),
    # lost supports and diverges
    case("The match lasted 2 hours and 7 minutes.",
         in_story("The final was played on Sunday.", "The match lasted 2 hours and 7 minutes of play."), SUPPORTS,
         id="of-play"),
    case("The siege lasted 3 days and 4 hours.",
         in_story("The siege ended on Sunday.", "The siege lasted 3 days and 4 hours before police went in."), SUPPORTS,
         id="before-police-went-in"),
    case("The temperature reached 41C on the Halden platform.",
         in_story("A heatwave hit on Tuesday.", "The temperature on the Halden platform reached 38C."), DIVERGES,
         "new (read_cased / roles): now degrees, 38C takes the role 'platform' and 41C 'temperature', so they are "
         "not compared; was diverges", id="degrees-on-the-platform"),
]


@pytest.mark.parametrize("claim, source, allowed", COMPOUNDS)
def test_compounds_and_designations(tmp_path: Path, claim: str, source: str,
                                    allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- through the CLI ----------------------------------------------------------------------------------------------

def test_cli_a_fall_is_not_a_rise(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Sales rose 8% in March.",
                   in_story("Halden Steel reported on Sunday.", "Sales have fallen 8% in March."))
    assert found["verdict"] == "diverges"


def test_cli_biggest_states_largest(tmp_path: Path) -> None:
    found = query_one(tmp_path, "The Halden bank is the largest lender in the country.",
                   in_story("The bank reported on Tuesday.", "The Halden bank is the biggest lender in the country."))
    assert found["verdict"] == "supports"


def test_cli_a_loss_is_not_a_win(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Halden Rovers won the final 2-1.",
                   in_story("The final was played on Sunday.", "Halden Rovers lost the final 2-1."))
    assert found["verdict"] != "supports"


def test_cli_a_third_time_is_not_a_second(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Lund won the Halden title for a second time.",
                   in_story("The final was played on Sunday.", "Lund won the Halden title for a third time."))
    assert found["verdict"] != "supports"


def test_cli_other_minutes_in_the_air(tmp_path: Path) -> None:
    found = query_one(tmp_path, "The flight lasted 7 hours and 10 minutes.",
                   in_story("The jet landed safely.", "The flight lasted 7 hours and 25 minutes in the air."))
    assert found["verdict"] != "supports"
    (pair,) = [p for p in found["explanation"]["pairs"] if p["passage"]["unit"] == "duration"]  # type: ignore[index]
    assert pair["passage"]["text"] == "7 hours and 25 minutes"
