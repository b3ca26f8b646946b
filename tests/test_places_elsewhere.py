"""A passage that places the claim's very thing somewhere else ("its warehouse in Ullby" for "its warehouse in Orsk")
does not state the claim's place by naming it in another phrase ("until the Orsk building could be repaired"): it
gives another place after the same preposition, of the same word (compare._elsewhere), and leaves the claim's place
unstated, neither met nor denied (the other place may be inside the claim's, or another thing's). The cases here
are invented.

Guards: a place of the claim's own list ("in Quenby and Ullby") and a form of its name ("Ambrellan" for "Ambrell's")
are no other place; a place inside the claim's ("measured in Sollen", "recorded in Pellan") and a passage that puts
something else in the claim's place ("the cars themselves are assembled in Orsk") are no contradiction.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_DIVERGES, NOT_SUPPORTS, case, in_story
from test_fact_traps import verdict

CASES = [
    case("Corvik said it would reroute shipments to its warehouse in Orsk.", in_story(
         "A fire gutted Corvik's warehouse in Pellan on Tuesday.", "Corvik said it would reroute shipments to its "
         "warehouse in Ullby until the Orsk building could be repaired."), NOT_SUPPORTS, id="rerouted-elsewhere"),
    case("The faulty software update was installed at Corvik's network centre in Orsk.", in_story(
         "Corvik's mobile network went down for nine hours on Tuesday.", "Corvik blamed a faulty software update "
         "installed overnight at its network centre in Ullby; its chief executive apologised at a news conference in "
         "Orsk."), NOT_SUPPORTS, id="installed-elsewhere"),
    case("The Orsk emergency centre ordered the evacuations in Quenby and Ullby.", in_story(
         "Floodwater from the Orsk dam reached two villages on Tuesday.", "Figures from the Orsk emergency centre: "
         "2,300 people evacuated in Quenby, 1,150 in Ullby. The evacuation order was issued by the centre at 9:30 "
         "p.m."), NOT_DIVERGES, id="a-place-of-the-claims-list"),
    case("The new record reading was 41.3C, the highest temperature ever measured in Pellan.", in_story(
         "A heatwave hit Pellan on Tuesday.", "The institute confirmed the 41.3C measured in Sollen on Tuesday "
         "afternoon as the highest temperature ever recorded in Pellan."), NOT_DIVERGES, id="a-place-inside"),
    case("The collapse was the deadliest accident in Ambrell's copper mines since 2019.", in_story(
         "A tunnel collapsed at the Quenby copper mine on Tuesday.", "The collapse is the deadliest accident in "
         "Ambrellan copper mining since 2019."), NOT_DIVERGES, id="a-form-of-the-name"),
    case("The recalled cars are built at Corvik's plant in Orsk.", in_story(
         "Corvik recalled 40,000 cars on Tuesday.", "The brake hoses came from Pellan Fluid's plant in Ullby, and "
         "the cars themselves are assembled in Orsk."), NOT_DIVERGES, id="something-else-in-the-claims-place"),
    # a possessive after the preposition owns a place inside it ("at Orsk's busiest station"): another station named
    # after "at" may be that one, so it neither states nor denies it
    case("Fine particles averaged 187 micrograms per cubic metre at Orsk's worst-affected monitoring station.",
         in_story("Orsk declared a smog emergency on Tuesday.", "At Ullby Road, the city's worst-affected monitoring "
                  "station, fine particles averaged 187 micrograms per cubic metre over the day."), NOT_DIVERGES,
         id="an-owned-place-is-not-denied"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_places_elsewhere(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
