"""Review of compare._elsewhere (commit 5beb6aa): a passage that places the claim's very thing (the word before the
same locative preposition) somewhere else no longer states the claim's place by naming it in another phrase. Each
case is a short invented wire story; a case the engine gets wrong today is a strict xfail saying what is wrong and
whether the rule caused it ("new") or the commit before it gave the same verdict ("older").

Found: 10 new false "diverges", all from _elsewhere (a place inside the claim's named first, the claim's place as an
adjective, another event or another party's thing of the same word); 7 older false "supports" the rule's exemptions
keep (the same word in the claim's place for another event or owner, any verb before the preposition, a name three
letters longer, a synonym of the placed word). Seven plain cases the commit before got wrong (false supports) are
right now: bound-for-orsk-landed-at-ullby, off-elsewhere, outside-elsewhere, held-in-paris-conference-in-geneva,
relative-clause-supplies-orsk, dateline-and-distance, police-in-orsk-store-in-ullby.

After the review (the commit that merges it), the other place leaves the claim's place unstated rather than
denying it, every placed word in the claim's place counts (no verb is exempt), and a name's other forms are its
people's adjective only ("Zambian", not "Kesselby" for "Kessel"): the 10 false "diverges" are mentions, and the verb
and prefix cases are right; they are plain cases now. What stays wrong is the strict xfails below."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

STORM = "A storm swept the coast on Tuesday."
FIRE = "Firefighters spoke on Tuesday."

CASES = [
    # a place inside another: the passage's "in Dunmore, Velland" puts the plant in Velland too
    case("Corvik closed its plant in Velland.", in_story(
         "Corvik announced the closure on Tuesday.", "Corvik closed its plant in Dunmore, Velland, cutting 400 jobs."),
         NOT_DIVERGES, id="town-comma-province"),
    case("Corvik closed its plant in Pellan province.", in_story(
         "Corvik announced the closure on Tuesday.", "Corvik closed its plant in Orsk, in Pellan province."),
         NOT_DIVERGES, id="town-comma-in-province"),
    case("Corvik closed its plant in Pellan.", in_story(
         "Corvik announced the closure on Tuesday.", "Corvik closed its plant in Orsk in the northern province of "
         "Pellan."), NOT_DIVERGES, id="town-in-the-province-of"),
    case("A fire destroyed a warehouse in Orsk.", in_story(
         FIRE, "A fire destroyed a warehouse in Ullby, an industrial district of Orsk."),
         NOT_DIVERGES, id="neighbourhood-of-the-city"),
    case("A fire destroyed a warehouse in Orsk.", in_story(
         FIRE, "A fire destroyed a warehouse in Orsk's Ullby district."),
         NOT_DIVERGES, id="city-possessive-district"),
    case("The plane made an emergency landing at the airport in Orsk.", in_story(
         "The airline spoke on Tuesday.", "The plane made an emergency landing at Orsk International Airport."),
         NOT_DIVERGES, id="airport-in-orsk-vs-orsk-airport"),
    case("The flight landed at Orsk.", in_story(
         "The airline spoke on Tuesday.", "The flight, bound for Orsk, landed at Ullby after a bomb threat."),
         NOT_SUPPORTS, id="bound-for-orsk-landed-at-ullby"),
    # two events or two things of one kind
    case("A fire broke out at a warehouse in Orsk.", in_story(
         FIRE, "The Orsk warehouse fire came a month after a fire at a warehouse in Ullby."),
         NOT_DIVERGES, id="the-orsk-fire-after-an-earlier-fire"),
    case("A fire broke out at a warehouse in Orsk.", in_story(
         FIRE, "A fire broke out at a warehouse in Orsk on Tuesday, a month after a fire at a warehouse in Ullby."),
         SUPPORTS, id="both-fires-placed"),
    case("The concert in Orsk was cancelled.", in_story(
         "Organisers spoke on Tuesday.", "The concert in Ullby was cancelled because of the storm; last year's "
         "concert in Orsk went ahead in the rain."),
         NOT_SUPPORTS, reason="false support, older: 'last year's concert in Orsk' is another event; _elsewhere "
         "exempts any same word in the claim's place, and the verb 'cancelled' is Ullby's",
         id="last-years-concert-in-orsk"),
    case("The storm killed 25 people in Marlow.", in_story(
         STORM, "The storm killed 40 people in Halden and 25 people in the Marlow district."),
         NOT_DIVERGES, id="the-marlow-district"),
    case("The storm killed 25 people in Marlow.", in_story(
         STORM, "The storm killed 40 people in Halden and 25 in Marlow."),
         SUPPORTS, id="gapped-list-item"),
    case("Prices rose 3% in Orsk.", in_story(
         "The statistics office spoke on Tuesday.", "Prices rose 3% in Ullby and 2% in Orsk."),
         NOT_SUPPORTS, id="gapped-list-other-figure"),
    # possessives: another company's thing in the claim's place
    case("Corvik's plant in Ullby was shut.", in_story(
         "Two plants were shut on Tuesday.", "Corvik's plant in Orsk and Pellan Fluid's plant in Ullby were shut."),
         NOT_SUPPORTS, reason="false support, older: the plant in Ullby is Pellan Fluid's, not Corvik's; the same "
         "word 'plant' in Ullby exempts it whoever owns it",
         id="possessives-swapped"),
    case("Corvik's plant in Orsk was shut.", in_story(
         "Two plants were shut on Tuesday.", "Corvik's plant in Orsk and Pellan Fluid's plant in Ullby were shut."),
         SUPPORTS, id="possessives-right"),
    case("Corvik's warehouse in Orsk was damaged.", in_story(
         STORM, "Corvik's Orsk warehouse was damaged, as was a warehouse in Ullby belonging to Pellan Fluid."),
         NOT_DIVERGES, id="another-companys-warehouse"),
    case("Workers at Corvik went on strike.", in_story(
         "The union spoke on Tuesday.", "Corvik's workers went on strike, joining workers at Pellan Fluid who "
         "walked out last week."), NOT_DIVERGES, id="workers-at-another-company"),
    # near / off / outside / at
    case("The train derailed near Orsk.", in_story(
         "Rail officials spoke on Tuesday.", "The train derailed near Ullby, a village 8 km outside Orsk."),
         NOT_DIVERGES, id="near-a-village-outside"),
    case("The tanker ran aground off Orsk.", in_story(
         "The coast guard spoke on Tuesday.", "The tanker ran aground off Ullby; the Orsk coast guard sent two boats."),
         NOT_SUPPORTS, id="off-elsewhere"),
    case("The tanker ran aground off Orsk.", in_story(
         "The coast guard spoke on Tuesday.", "The tanker, which had refuelled off Orsk, ran aground off Ullby."),
         NOT_SUPPORTS, id="off-verb-exemption"),
    case("The ship docked at Orsk.", in_story(
         "The port spoke on Tuesday.", "The ship, which was loaded at Orsk, docked at Ullby on Tuesday."),
         NOT_SUPPORTS, id="at-verb-exemption"),
    case("Police set up a checkpoint outside Orsk.", in_story(
         "Police spoke on Tuesday.", "Police set up a checkpoint outside Ullby on the road to Orsk."),
         NOT_SUPPORTS, id="outside-elsewhere"),
    # the claim's place as an adjective in the passage
    case("Corvik closed its plant in Orsk.", in_story(
         "Corvik spoke on Tuesday.", "Corvik closed the Orsk plant; its 300 workers will move to its plant in "
         "Ullby."), NOT_DIVERGES, id="the-orsk-plant-workers-move"),
    case("Corvik closed its plant in Orsk.", in_story(
         "Corvik spoke on Tuesday.", "Corvik closed its plant in Orsk; its 300 workers will move to its plant in "
         "Ullby."), SUPPORTS, id="plant-in-orsk-workers-move"),
    # one word placed in different roles
    case("The talks in Geneva ended without a deal.", in_story(
         "Diplomats spoke on Tuesday.", "The Geneva talks ended without a deal; another round of talks in Paris is "
         "planned next month."), NOT_DIVERGES, id="geneva-talks-next-in-paris"),
    case("The talks in Geneva ended without a deal.", in_story(
         "Diplomats spoke on Tuesday.", "The talks in Geneva ended without a deal; another round of talks in Paris "
         "is planned next month."), SUPPORTS, id="talks-in-geneva-next-in-paris"),
    case("The talks were held in Geneva.", in_story(
         "Diplomats spoke on Tuesday.", "The talks were held in Paris, a week after a conference in Geneva."),
         NOT_SUPPORTS, id="held-in-paris-conference-in-geneva"),
    # relative clauses
    case("Corvik's warehouse in Orsk was damaged.", in_story(
         STORM, "The storm damaged the warehouse Corvik opened in Orsk last year, and a warehouse in Ullby owned by "
         "Pellan Fluid was flooded."), NOT_DIVERGES, id="relative-clause-opened-in"),
    case("The warehouse in Orsk was flooded.", in_story(
         STORM, "Workers at the warehouse in Ullby, which supplies the Orsk stores, said it was flooded."),
         NOT_SUPPORTS, id="relative-clause-supplies-orsk"),
    # a place a prefix of another place's name
    case("Corvik's warehouse in Kessel was flooded.", in_story(
         STORM, "Corvik's warehouse in Kesselby was flooded; the Kessel office was spared."),
         NOT_SUPPORTS, id="prefix-name-kesselby"),
    # landmark and dateline
    case("A fire destroyed a warehouse in Halden.", in_story(
         FIRE, "A fire destroyed a warehouse in Ullby, 30 km from Halden."),
         NOT_SUPPORTS, id="dateline-and-distance"),
    case("A fire destroyed a warehouse in Halden.", in_story(
         FIRE, "A fire destroyed a warehouse in Ullby overnight."),
         NOT_SUPPORTS, id="dateline-only"),
    # a synonym of the placed word, which the rule does not reach
    case("Corvik's factory in Orsk was shut.", in_story(
         "Corvik spoke on Tuesday.", "Corvik shut its plant in Ullby, which supplies the Orsk market."),
         NOT_SUPPORTS, reason="false support, older: the plant shut is in Ullby; _elsewhere wants the very word "
         "('factory'), not its synonym ('plant'), though the place conflict check takes synonyms",
         id="factory-vs-plant-synonym"),
    # the claim's own list
    case("Corvik has plants in Orsk and Ullby.", in_story(
         "Corvik spoke on Tuesday.", "Corvik has plants in Orsk, Ullby and Quenby."),
         NOT_DIVERGES, id="claims-list-in-a-longer-list"),
    case("Corvik's chief executive apologised in Orsk.", in_story(
         "Corvik's network went down on Tuesday.", "Corvik's chief executive apologised at a news conference in "
         "Orsk."), MENTIONS | SUPPORTS, id="different-preposition"),
    # more guards and exemptions
    case("The winning ticket was sold at a store in Orsk.", in_story(
         "The lottery named the store on Tuesday.", "Police in Orsk said the winning ticket was sold at a store in "
         "Ullby."), NOT_SUPPORTS, id="police-in-orsk-store-in-ullby"),
    case("Corvik's plant near Orsk was shut.", in_story(
         "Corvik spoke on Tuesday.", "Corvik's plant in Ullby, near Orsk, was shut."),
         NOT_DIVERGES, id="plant-in-town-near-claims-place"),
    case("Police in Halden arrested two men.", in_story(
         "Police spoke on Tuesday.", "Police in Ullby arrested two men after the raid."),
         NOT_SUPPORTS, id="dateline-police-elsewhere"),
    case("The hurricane made landfall near Orsk.", in_story(
         STORM, "The hurricane made landfall near Ullby, the second storm this year to make landfall near Orsk."),
         NOT_SUPPORTS, reason="false support, older: the hurricane made landfall near Ullby; 'to make landfall near "
         "Orsk' is another storm's, and the same word exempts it",
         id="another-storms-landfall"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review33(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
