"""Review 45: the reading rules of a15d8c6 and bff68bd attacked. (1) figurepair._per_said / same_kind: a sum of money
whose noun phrase holds an adjective of a period ("annual", "yearly", "monthly", "weekly", "daily") is that rate;
(2) roles.find_role: a relative clause's figure is its antecedent's when the clause names no noun; (3) figurepair:
two lengths followed by one extent adjective ("80 metres long" / "36 metres long") are one role. The cases are
invented, one passage each, in a story dated Wednesday, March 18, 2026 (reviewcases.LEDE). A wrong verdict is a
strict xfail whose reason says whether the rules caused it ("new": cb38b98, before them, gets it right) or it is older
("older").

Found: 5 new wrong verdicts, 4 of them false supports: an adjective of a period that qualifies another noun of the
phrase ("the daily newspaper was sold for $2 million", "the weekly magazine paid $5 million") or a change ("annual
revenue rose by $4 billion") makes the sum a rate; a relative clause whose verb is a change of another measure ("The
river, which rose 2 metres overnight") gives its figure to the antecedent as a level (the river "is 2 metres deep");
1 false diverge: a length in a relative clause ("the bridge, which is 80 metres long") is compared with another
thing's length of the same extent ("the crack is 3 metres long"). Older: 8 false supports (annual vs quarterly
profit, annual vs monthly or one-off fee, a yearly budget vs one over five years, one index's fall for another's, a
queue's length for a ship's, a crane's height for a tower's, a crack's length for the bridge's) and 2 false diverges.

After the review: a period's adjective makes a sum a rate only where the sum is its noun's, after "of" or a copula
("an annual fee of", "the daily cost is"); a relative clause gives its antecedent a level ("eased to"), not a change;
rule 3 was withdrawn. The 5 new wrong verdicts are right (plain guards); the one guard rule 3 had made right
("tunnel-long-diverges") is a strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

FIRM = "Calder Bay reported results on Wednesday."
CITY = "Orsk unveiled its budget on Wednesday."
PORT = "A new bridge opened in Halden on Wednesday."
MKT = "Markets fell on Wednesday."
CLUB = "Orsk Golf Club changed its rules on Wednesday."
RESCUE = "Orsk began a rescue operation on Wednesday."

CASES = [
    # --- 1. an adjective of a period makes a sum of money a rate
    # the adjective qualifies another noun of the phrase, or a change, not the sum (new false supports)
    case("The Orsk Daily was sold for $2 million a day.", in_story(
         CITY, "The daily newspaper was sold for $2 million."), NOT_SUPPORTS,
         id="daily-newspaper-sale-is-not-a-day"),
    case("The magazine pays $5 million a week for the rights.", in_story(
         CITY, "The weekly magazine paid $5 million for the rights."), NOT_SUPPORTS,
         id="weekly-magazine-payment"),
    case("Calder Bay's revenue is $4 billion a year.", in_story(FIRM, "Its annual revenue rose by $4 billion."),
         NOT_SUPPORTS, id="annual-revenue-rise-is-not-the-level"),
    # the adjective of another period, or none, in the same unit (older false supports: same_kind lets equal
    # dimensions through whatever period their phrases say)
    case("Calder Bay made a quarterly profit of $300 million.", in_story(
         FIRM, "Calder Bay made an annual profit of $300 million."), NOT_SUPPORTS,
         reason="older: an annual profit supports a quarterly one", id="annual-profit-is-not-quarterly"),
    case("Members pay a monthly fee of $1 million.", in_story(CLUB, "Members pay an annual fee of $1 million."),
         NOT_SUPPORTS, reason="older: an annual fee supports a monthly fee (both plain dollars to same_kind)",
         id="annual-fee-is-not-monthly-fee"),
    case("Members paid a one-off fee of $1 million.", in_story(CLUB, "Members pay an annual fee of $1 million."),
         NOT_SUPPORTS, reason="older: an annual fee supports a one-off fee", id="annual-fee-is-not-one-off"),
    case("Orsk has a yearly budget of $50 million for schools.", in_story(
         CITY, "Orsk set a budget of $50 million for schools over five years."), NOT_SUPPORTS,
         reason="older: a budget of $50 million over five years supports a yearly budget of $50 million",
         id="five-year-budget-is-not-yearly"),
    # guards: the rate read right
    case("Calder Bay's revenue is $4 billion a year.", in_story(FIRM, "The company has annual revenue of $4 billion, "
         "it said."), SUPPORTS, id="annual-revenue-is-a-year"),
    case("Calder Bay's revenue is $4 billion a quarter.", in_story(FIRM, "The company has annual revenue of $4 "
         "billion, it said."), NOT_SUPPORTS, id="annual-revenue-is-not-a-quarter"),
    case("The operation costs $2 million a day.", in_story(RESCUE, "The daily cost of the operation is $2 million, "
         "officials said."), SUPPORTS, id="daily-cost-is-a-day"),
    case("The operation costs $2 million a week.", in_story(RESCUE, "The daily cost of the operation is $2 million, "
         "officials said."), NOT_SUPPORTS, id="daily-cost-is-not-a-week"),
    case("Members pay a fee of $1 million a month.", in_story(CLUB, "Members pay an annual fee of $1 million."),
         NOT_SUPPORTS, id="annual-fee-is-not-a-month"),
    case("Calder Bay pays $3 million a year to its directors.", in_story(
         FIRM, "The annual meeting approved a $3 million payout to its directors."), NOT_SUPPORTS,
         id="annual-meeting-payout-is-not-a-year"),
    case("Calder Bay loses $3 million a year.", in_story(FIRM, "The annual report showed a $3 million loss."),
         NOT_SUPPORTS, id="annual-report-loss-is-not-a-year"),
    case("Calder Bay reported a $3 million loss.", in_story(FIRM, "The annual report showed a $3 million loss."),
         SUPPORTS, id="annual-report-loss-still-supports-the-loss"),
    case("Dockers earn $900 a week.", in_story(CITY, "Dockers have a weekly wage of $900, the union said."), SUPPORTS,
         id="weekly-wage-is-a-week"),
    case("Dana Ruiz will earn $50 million a year.", in_story(
         "Halden FC signed Dana Ruiz on Wednesday.", "Ruiz signed a 10-year contract worth $50 million."),
         NOT_SUPPORTS, id="ten-year-contract-is-not-a-year"),
    case("The festival cost $2 million a week.", in_story(CITY, "The two-week festival cost $2 million, officials "
         "said."), NOT_SUPPORTS, id="two-week-festival-is-not-a-week"),

    # --- 2. a relative clause's figure is its antecedent's
    case("The river is 2 metres deep.", in_story(
         PORT, "The river, which rose 2 metres overnight, flooded the bridge."), NOT_SUPPORTS,
         id="river-which-rose-is-not-its-depth"),
    case("The Dax fell 2%.", in_story(MKT, "The FTSE, which fell 2%, led losses, while the Dax slipped."),
         NOT_SUPPORTS, reason="older: the FTSE's fall of 2% supports the Dax's", id="ftse-which-fell-is-not-the-dax"),
    case("The Dax fell 3%.", in_story(MKT, "The FTSE, which fell 2%, led losses, while the Dax slipped."),
         NOT_DIVERGES, reason="older: the FTSE's fall of 2% diverges from the Dax's 3%",
         id="ftse-which-fell-does-not-contradict-the-dax"),
    case("Orsk's turnout was 60%.", in_story(CITY, "The mayor, who won 52% of the vote, said the city, which has "
         "grown 60% since 2000, would cut taxes."), MENTIONS,
         reason="older: the city's growth or the mayor's share diverges from the turnout",
         id="city-which-grew-is-not-turnout"),
    # guards
    case("Inflation eased to 2.4 per cent in May.", in_story(
         MKT, "Inflation, which eased to 2.4 per cent in May, is still above target."), SUPPORTS,
         id="inflation-which-eased-supports"),
    case("Inflation eased to 2.1 per cent in May.", in_story(
         MKT, "Inflation, which eased to 2.4 per cent in May, is still above target."), DIVERGES,
         id="inflation-which-eased-diverges"),
    case("Unemployment eased to 2.4 per cent in May.", in_story(
         MKT, "Inflation, which eased to 2.4 per cent in May, is still above target."), NOT_SUPPORTS,
         id="inflation-which-eased-is-not-unemployment"),
    case("Calder Bay has 5,000 staff.", in_story(FIRM, "The company, which employs 4,000 people, posted a loss."),
         NOT_SUPPORTS, id="company-which-employs"),
    case("The bank's profit rose to 4%.", in_story(
         "The Orsk central bank met on Wednesday.", "The bank, which raised rates to 4%, said its profit rose."),
         NOT_SUPPORTS, id="bank-which-raised-rates-is-not-profit"),
    case("Inflation was 3% in May.", in_story(MKT, "Inflation, which the bank targets at 3%, was 4% in May."),
         NOT_SUPPORTS, id="inflation-which-is-targeted-is-not-the-result"),

    # --- 3. two lengths of one extent are one role
    case("The crack is 3 metres long.", in_story(PORT, "Engineers found a crack in the bridge, which is 80 metres "
         "long."), NOT_DIVERGES,
         id="crack-is-not-the-bridge-which-is-long"),
    case("The crack is 80 metres long.", in_story(PORT, "Engineers found a crack in the bridge, which is 80 metres "
         "long."), NOT_SUPPORTS, reason="older: the bridge's length supports the crack's",
         id="bridge-which-is-long-is-not-the-crack"),
    case("The queue was 300 metres long.", in_story(
         "A ship docked at Orsk on Wednesday.", "The 300-metre-long ship drew a queue 200 metres long."),
         NOT_SUPPORTS, reason="older: the ship's 300 metres supports the queue's", id="ship-length-is-not-queue"),
    case("The tower is 80 metres tall.", in_story(
         "Orsk opened a tower on Wednesday.", "A crane 36 metres tall stands beside the 80-metre tower."),
         NOT_SUPPORTS, reason="older: a passage with a crane 36 metres tall beside an 80-metre "
         "tower supports the tower's 80 metres tall", id="crane-tall-is-not-tower-tall"),
    # guards
    case("The bridge is 36 metres long.", in_story(PORT, "The river there is 36 metres long."), NOT_SUPPORTS,
         id="river-long-is-not-bridge-long"),
    case("The river is 80 metres wide.", in_story(PORT, "The bridge is 80 metres long."), NOT_SUPPORTS,
         id="long-is-not-wide"),
    case("The ship is 36 metres long.", in_story("A ship ran aground off Orsk on Wednesday.", "The 80-metre-long ship "
         "ran aground."), NOT_SUPPORTS, id="hyphenated-length"),
    case("The tunnel is 80 metres long.", in_story(PORT, "A tunnel nearby is 36 metres long."), DIVERGES,
         reason="gap: rule 3 (two lengths of one extent are one role) was withdrawn after this review (the bridge's "
         "length diverged from the crack's); two lengths with no noun stay 'role not stated'",
         id="tunnel-long-diverges"),
    case("The ice is 30 cm thick.", in_story("A lake froze in Orsk on Wednesday.", "The ice is 20 cm thick."),
         DIVERGES, id="ice-thick-diverges"),
    case("The flood wall is 5 metres high.", in_story(
         "A storm hit Orsk on Wednesday.", "Waves 5 metres high broke over the harbour."), NOT_SUPPORTS,
         id="wave-high-is-not-wall-high"),
    case("The tower is 80 metres tall.", in_story("Orsk opened a tower on Wednesday.", "It stands 80 metres tall."),
         SUPPORTS, id="tall-supports-tall"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review45(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
