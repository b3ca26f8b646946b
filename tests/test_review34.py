"""Review of ranks' record highs (commit 14d6e73): "a record high", "an all-time high/low", "record highs/lows" are a
rank ("highest"/"lowest") whose scope is the whole record (ranks.ALL_TIME), and a superlative followed by "ever" or
"on record" (after "level", "reading", "figure", "rate", "price(s)" or not) gets that scope too. Each case is a short
invented wire story; a case the engine gets wrong today is a strict xfail saying what is wrong and whether the rule
caused it ("new") or the commit before it (b66239b) gave the same verdict ("older").

Found: 4 new false "supports" (a claim's "highest level ever" / "highest reading ever", whose scope is now ALL_TIME
alone, met by another thing's record high, by a record high that is only a baseline, or by "near-record highs") and 1
new false "diverges" (another thing's "highest level ever" a rival of the claim's "second-highest price ever": both
scopes are ALL_TIME alone and a rival's owner is not checked); 9 new lost supports (the claim's "record high" now a
rank that "record-high", "record-breaking highs", "lowest-ever", "hit a record", "a record number", "highest since
records began", "the highest in its 40-year history", "all-time highs" and "biggest loss in its history" do not
state); 10 older false supports (another thing's or a baseline record high, "near-record", forecasts, "not the
highest ever", a one-day record) and 2 older lost supports. Eight plain cases the commit before got wrong are right
now: record-of-high-winds, recorded-a-high-of, record-low-for-record-high, 52-week-high, did-not-reach-record-high,
highest-in-five-years, second-vs-record-same-thing, not-the-highest-ever-level-ever.

After the review (the commit that merges it), the noun of what a high is ("level", "reading") stays in a superlative's
scope beside ALL_TIME, "record-" and "-ever" with their hyphens and "since records began" give ALL_TIME: the 4 new
false "supports", the new false "diverges" and 3 of the lost supports (record-hyphen-high, lowest-hyphen-ever,
highest-since-records-began) are right, and plain cases now. What stays wrong is the strict xfails below."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

HEAT = "A heatwave hit Pellan province on Tuesday."
COLD = "A cold snap hit Pellan province on Tuesday."
MARKET = "Stocks in Velland rose on Tuesday."
INDEX = "The Orsk agency published its price indexes on Wednesday."
RIVER = "Barges stopped on the Pellan river on Wednesday."

CASES = [
    # "record" as a noun or verb before "high"/"low", or not right before it
    case("Temperatures in Orsk hit a record high on Tuesday.", in_story(
         HEAT, "Orsk set a record of high winds on Tuesday, with gusts of 140 km/h."),
         NOT_SUPPORTS, id="record-of-high-winds"),
    case("Orsk hit a record high of 38C on Tuesday.", in_story(
         HEAT, "Orsk recorded a high of 38C on Tuesday."),
         NOT_SUPPORTS, id="recorded-a-high-of"),
    case("Temperatures in Orsk hit a record high on Tuesday.", in_story(
         HEAT, "Temperatures in Orsk reached 38C on Tuesday, short of the record high of 41C set in 2019."),
         NOT_SUPPORTS,
         reason="false support, older: 'the record high of 41C set in 2019' is the baseline Orsk fell short of; the "
         "rule reads it as a record high of the claim's, and the commit before (no rank on either side) "
         "supported too",
         id="record-high-as-baseline"),
    case("Temperatures in Orsk hit a record high on Tuesday.", in_story(
         HEAT, "Temperatures in Orsk reached 42C on Tuesday, breaking the record high of 41C set in 2019."),
         NOT_DIVERGES, id="broke-the-record-high"),
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index hit a record-high level in March."),
         SUPPORTS,
         id="record-hyphen-high"),
    case("Temperatures in Orsk hit record highs on Tuesday.", in_story(
         HEAT, "Temperatures in Orsk hit near-record highs on Tuesday."),
         NOT_SUPPORTS,
         reason="false support, older: 'near-record highs' are not record highs, but the rule reads 'record highs' "
         "inside it as one; the commit before supported too (no rank on either side)",
         id="near-record-highs"),
    case("Temperatures in Orsk hit record highs on Tuesday.", in_story(
         HEAT, "Temperatures in Orsk hit record-breaking highs on Tuesday."),
         SUPPORTS,
         reason="lost support, new: 'record-breaking highs' are record highs, but no rank to the rule; the commit "
         "before supported",
         id="record-breaking-highs"),
    case("Orsk recorded a record low temperature on Tuesday.", in_story(
         COLD, "Weather stations in Orsk record low temperatures every night in January; on Tuesday the city saw "
         "minus 12C."), NOT_SUPPORTS, id="record-as-verb"),
    # highs and lows of other things in the same passage
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose 2% in March, while its dairy price index hit a record high."),
         NOT_SUPPORTS,
         reason="false support, older: the record high is the dairy index's, not the meat index's; a record high's "
         "scope is the whole record alone, so it meets any claim's; the commit before supported too",
         id="another-index-record-high"),
    case("Exports from Velland hit a record high in March 2026.", in_story(
         "Velland's trade office spoke on Wednesday.", "Exports from Velland rose 4% in March, while imports "
         "reached their highest level on record."), NOT_SUPPORTS,
         reason="false support, older: imports reached the high on record, exports only rose; the commit before "
         "supported too",
         id="imports-on-record-exports-rose"),
    case("The Pellan river rose to a record high in March 2026.", in_story(
         RIVER, "The Pellan river fell to a record low in March."),
         NOT_SUPPORTS, id="record-low-for-record-high"),
    # places and owners
    case("Orsk recorded 41C on Tuesday, an all-time high for the city.", in_story(
         HEAT, "Orsk recorded 41C on Tuesday, the highest temperature ever recorded in Velland."),
         NOT_DIVERGES, id="country-record-implies-city-record"),
    case("Corvik's shares hit an all-time high on Tuesday.", in_story(
         MARKET, "Corvik's shares rose 3% to $48 on Tuesday, still short of the company's all-time high of $52."),
         NOT_SUPPORTS,
         reason="false support, older: the shares stayed short of the company's all-time high, a baseline read as the "
         "claim's high; the commit before supported too",
         id="short-of-companys-all-time-high"),
    case("Corvik's shares hit an all-time high on Tuesday.", in_story(
         MARKET, "Corvik's shares rose 3% on Tuesday, while the Velland index hit an all-time high."),
         NOT_SUPPORTS,
         reason="false support, older: the all-time high is the index's, not Corvik's shares'; the commit before "
         "supported too",
         id="index-all-time-high-shares-rose"),
    case("The temperature in Ullby fell to a record low on Tuesday.", in_story(
         COLD, "The temperature in Ullby fell to minus 30C on Tuesday, below Orsk's record low of minus 28C."),
         NOT_SUPPORTS,
         reason="false support, older: Ullby fell below Orsk's record low, which is not Ullby's record low; an "
         "indefinite claim rank ('a record low') agrees with any owner; the commit before supported too",
         id="below-orsks-record-low"),
    # other highs: 52-week, five-year, multi-year, since records began, in its history
    case("Corvik's shares hit a record high on Tuesday.", in_story(
         MARKET, "Corvik's shares hit a 52-week high on Tuesday."),
         NOT_SUPPORTS, id="52-week-high"),
    case("Wheat prices in Velland hit record highs in March 2026.", in_story(
         INDEX, "Wheat prices in Velland hit multi-year highs in March."),
         NOT_SUPPORTS, id="multi-year-highs"),
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose in March to its highest since records began in 1990."),
         SUPPORTS,
         id="highest-since-records-began"),
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose in March to the highest in its 40-year history."),
         SUPPORTS,
         reason="lost support, new: 'the highest in its 40-year history' is the index's record high, but its scope "
         "('history') holds no ALL_TIME; the commit before supported",
         id="highest-in-its-history"),
    case("Corvik's trading volume hit an all-time high in March 2026.", in_story(
         MARKET, "Corvik's trading volume on Tuesday hit an all-time high for a single day."),
         NOT_SUPPORTS,
         reason="false support, older: a one-day volume record is not a monthly all-time high; 'for a single day' "
         "bounds the record but never enters its scope; the commit before supported too",
         id="all-time-high-for-a-single-day"),
    case("The Orsk agency's meat price index rose to its highest level since November 2023 in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose to a record high in March."),
         NOT_DIVERGES, id="record-high-for-highest-since"),
    # "highest" and other superlatives, "-ever", "ever" without "level"
    case("The Velland index hit a record high on Tuesday.", in_story(
         MARKET, "The Velland index posted its biggest ever one-day rise on Tuesday."),
         NOT_SUPPORTS, id="biggest-ever-rise-is-no-high"),
    case("The Pellan river fell to a record low in March 2026.", in_story(
         RIVER, "The Pellan river fell to its lowest-ever level in March."),
         SUPPORTS,
         id="lowest-hyphen-ever"),
    case("Corvik posted its biggest ever loss in 2025.", in_story(
         "Corvik reported its results on Wednesday.", "Corvik posted the biggest loss in its history in 2025."),
         SUPPORTS,
         reason="lost support, new: 'its biggest ever loss' now needs ALL_TIME, which 'the biggest loss in its "
         "history' lacks; the commit before supported",
         id="biggest-ever-loss-in-its-history"),
    case("Corvik posted its biggest loss on record in 2025.", in_story(
         "Corvik reported its results on Wednesday.", "Corvik posted its biggest ever loss in 2025."),
         SUPPORTS, id="biggest-on-record-biggest-ever"),  # (right since session 23: "on record" after the ranked
    # noun is all time and leaves the scope)
    case("A record high number of tourists visited Orsk in 2025.", in_story(
         "Orsk's tourism office spoke on Wednesday.", "A record number of tourists visited Orsk in 2025."),
         SUPPORTS,
         reason="lost support, new: 'a record high number' is a rank that 'a record number' does not state to the "
         "rule; the commit before supported",
         id="record-high-number-record-number"),
    case("Corvik's shares hit a record high on Tuesday.", in_story(
         MARKET, "Corvik's shares hit a record on Tuesday."),
         SUPPORTS,
         reason="lost support, new: shares that 'hit a record' hit a record high, but 'record' alone is no rank; the "
         "commit before supported",
         id="hit-a-record"),
    # claims without the rank against passages with it
    case("The Orsk agency's meat price index rose in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose to a record high in March."),
         SUPPORTS, id="rose-without-rank"),
    # denials and forecasts
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index did not reach a record high in March, falling short by two "
         "points."), NOT_SUPPORTS, id="did-not-reach-record-high"),
    case("Corvik's shares hit a record high on Tuesday.", in_story(
         MARKET, "Analysts said Corvik's shares could hit a record high on Tuesday."),
         NOT_SUPPORTS,
         reason="false support, older: a forecast ('could hit') supports the claim's fact; the commit before supported "
         "too",
         id="could-hit-record-high"),
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose in March, though it was not the highest ever."),
         NOT_SUPPORTS,
         reason="false support, older: 'it was not the highest ever' denies the claim's record high, yet it supports; "
         "the commit before supported too (with the claim 'its highest level ever' it now diverges, rightly)",
         id="not-the-highest-ever"),
    # rivals: a second-highest against a highest now both of the whole record
    case("Corvik's shares closed at their second-highest level on record on Tuesday.", in_story(
         MARKET, "Corvik's shares rose 2% on Tuesday, as the Velland index closed at a record high."),
         NOT_DIVERGES, id="second-highest-shares-record-high-index"),
    # claims of "highest level ever" / "on record", whose scope is now the whole record too
    case("Velland's unemployment rate rose to its highest level ever in March 2026.", in_story(
         "Velland's statistics office spoke on Wednesday.", "Velland's unemployment rate rose in March, while its "
         "inflation rate hit a record high."), NOT_SUPPORTS,
         id="level-ever-other-record-high"),
    case("Orsk's air pollution hit its highest reading ever on Tuesday.", in_story(
         HEAT, "Orsk's air pollution rose on Tuesday, as electricity prices hit their highest level ever."),
         NOT_SUPPORTS,
         id="reading-ever-other-level-ever"),
    case("Temperatures in Orsk reached their highest level ever on Tuesday.", in_story(
         HEAT, "Temperatures in Orsk reached 38C on Tuesday, short of the record high of 41C set in 2019."),
         NOT_SUPPORTS,
         id="baseline-level-ever"),
    case("Temperatures in Orsk hit their highest level ever on Tuesday.", in_story(
         HEAT, "Temperatures in Orsk hit near-record highs on Tuesday."),
         NOT_SUPPORTS,
         id="near-record-level-ever"),
    case("Wheat prices closed at their second-highest price ever in March 2026.", in_story(
         INDEX, "Wheat prices rose 3% in March, while corn prices hit their highest level ever."),
         NOT_DIVERGES,
         id="second-highest-price-vs-other-level-ever"),
    case("Wheat prices closed at their second-highest level ever in March 2026.", in_story(
         INDEX, "Wheat prices closed at a record high in March."),
         NOT_SUPPORTS, id="second-vs-record-same-thing"),
    case("The Pellan river fell to its lowest level on record in March 2026.", in_story(
         RIVER, "The Pellan river fell to a record low in March."),
         SUPPORTS,
         reason="lost support, older: the rule's 'the lowest level on record' keeps 'record' in its scope (only the "
         "noun is dropped), which 'a record low' lacks, so the two do not state each other both ways; the "
         "commit before gave mentions too",
         id="level-on-record-vs-record-low"),
    case("The Orsk agency's meat price index hit its highest level ever in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose in March, though it was not the highest ever."),
         NOT_SUPPORTS, id="not-the-highest-ever-level-ever"),
    case("The Orsk agency's meat price index hit a record high in March 2026.", in_story(
         INDEX, "The Orsk agency's meat price index rose in March to the highest ever recorded."),
         SUPPORTS, id="highest-ever-recorded"),
    case("Corvik's shares hit their highest level ever on Tuesday.", in_story(
         MARKET, "Corvik's shares hit their highest level since 2019 on Tuesday."),
         NOT_SUPPORTS, id="since-2019-vs-ever"),
    # guards the rule should keep right
    case("The Pellan river fell to a record low in March 2026.", in_story(
         RIVER, "The Pellan river fell to its lowest level on record in March."),
         SUPPORTS, id="lowest-level-on-record"),
    case("The Velland index hit an all-time high on Tuesday.", in_story(
         MARKET, "The Velland index hit its highest level in five years on Tuesday."),
         NOT_SUPPORTS, id="highest-in-five-years"),
    case("Stocks in Velland hit all-time highs on Tuesday.", in_story(
         MARKET, "Stocks in Velland hit record highs on Tuesday."),
         SUPPORTS,
         reason="lost support, new: the slot rule now reads 'record highs' against 'time highs' of 'all-time highs' as "
         "a different slot; the commit before supported",
         id="record-highs-all-time-highs"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review34(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
