"""Review 39: four reading rules of 2ac1715 and 5db751e attacked with invented one-passage stories.

The rules: (1) befalls.event_count, a claim's count of an event by its noun ("caused 14 deaths") meets the passage's
count of people by the event's verb ("killing 14 people"); (2) facts._identifiers/_measured, a name before a number
is no serial when possessive or when a unit or scale follows ("fined Vexa 15 million euros"), and a serial may be
plural ("27 C-190s"); (3) quantities.scan, an ordinal in figures ("16th") is "label:ordinal"; (4)
figurepair._unowned and roles.WIDE, a party's figure is not contradicted by one said of the whole world.

A case the engine gets right is a plain guard; one it gets wrong is a strict xfail saying what is wrong and whether
the rules caused it ("new", and which rule) or the commit before them (2ac1715~1) gave the same verdict ("older").

Found, new: false supports from rule 1 ("nearly killing 14 people", "almost killing 14 people", "killing 14
firefighters", another fire's "killed 14 people" a year before) and from rule 2 (a possessive name that used to be
read as a serial no longer keeps the claim's party apart: "fined Korda 15 million euros" for Vexa's fine, "23 jets
around the world, including all of Lusair's fleet" for "Lusair's 23 jets"); false diverges from rule 1 (a toll told
in two parts, "killing 12 ... Two more people died"; nine injured people against "14 injuries"); lost diverges from
rule 4 (the party's own worldwide figure told by a pronoun, "the company", "its", or an apposition). Older: false
diverges ("2nd-largest" against "second-largest", the world's figure in the claim against a party's, a country's
economy against "the world economy") and lost diverges and supports. Four guards are right only since the rules
(two-tolls-the-claims-event-differs, a-name-before-days, ranked-1st-vs-3rd, a-countrys-cases-vs-the-worlds). Every
name and figure is invented.

Narrowed after this review: event_count meets only English's words for anyone ("people", not "firefighters"), and a
count of people states an event noun's count where they agree but never contradicts it (a toll told in parts, one
person's many injuries): three new wrong verdicts are right, and two-tolls-the-claims-event-differs is a strict xfail
instead. Rule 4's lost diverges stay (mentions, the safe side): telling the world's figure from the party's own
worldwide one needs the passage's subject, which a figure's clause does not give."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

MALL = "The roof of the Arlfeld mall collapsed on Sunday"
DEATHS = "The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths."
TWO_STORMS = "A storm hit Orsk on Sunday and floods hit Sollen on Monday. The Orsk storm killed 9 people, and the " \
    "Sollen floods killed 14 people."
P190 = "The regulator grounded the Pellan P-190 on Tuesday."

RULE1 = [
    case(DEATHS, LEDE + f"{MALL}, nearly killing 14 people, police said.", NOT_SUPPORTS,
         "false supports, new (rule 1): 'nearly killing 14 people' says no one died, yet it is read as 14 deaths; "
         "the commit before gave mentions", id="deaths-vs-nearly-killing"),
    case(DEATHS, LEDE + f"{MALL}, almost killing 14 people, police said.", NOT_SUPPORTS,
         "false supports, new (rule 1): 'almost killing 14 people' is read as 14 deaths; the commit before gave "
         "mentions", id="deaths-vs-almost-killing"),
    case(DEATHS, LEDE + f"{MALL}, a year after a fire at the same mall killed 14 people, police said.", NOT_SUPPORTS,
         "false supports, new (rule 1): the 14 killed are another event's (a fire a year earlier), yet they count as "
         "the collapse's deaths; the commit before gave mentions", id="deaths-vs-an-earlier-fires-toll"),
    case(DEATHS, LEDE + f"{MALL}, killing 14 firefighters, police said.", NOT_SUPPORTS,
         id="deaths-vs-killed-firefighters"),  # right after review39 (event_count narrowed)
    case(DEATHS, LEDE + f"{MALL}, killing 12 people. Two more people died in hospital on Monday, police said.",
         NOT_DIVERGES,
         id="deaths-vs-a-toll-in-two-parts"),  # right after review39 (event_count narrowed)
    case("The collapse of the roof of the Arlfeld mall on Sunday caused 14 injuries.",
         LEDE + f"{MALL}, injuring 9 people, police said.", NOT_DIVERGES,
         id="injuries-vs-injured-people"),  # right after review39 (event_count narrowed)
    case("There were 14 deaths when the roof of the Arlfeld mall collapsed on Sunday.",
         LEDE + f"{MALL}. Twelve people died, police said.", DIVERGES,
         "lost diverges, older: 'Fourteen people died' now supports but 'Twelve people died' does not contradict "
         "(mentions); the commit before gave mentions too", id="deaths-vs-twelve-died"),
    case(DEATHS, LEDE + f"{MALL}. Twelve people were killed, police said.", DIVERGES,
         "lost diverges, older: 'Twelve people were killed' is the collapse's toll against 14 deaths (while "
         "'killing 12 people' diverges); the commit before gave mentions too", id="deaths-vs-twelve-were-killed"),
    # guards
    case(DEATHS, LEDE + f"{MALL}. Fourteen people are feared killed, police said.", NOT_SUPPORTS,
         id="deaths-vs-feared-killed"),
    case(DEATHS, LEDE + f"{MALL}. Nine firefighters died, police said.", NOT_DIVERGES,
         id="deaths-vs-firefighters-died"),
    case("The Orsk storm caused 14 deaths.", LEDE + TWO_STORMS, DIVERGES,
         "lost diverges, by the narrowing after this review: a count of people states an event noun's count where "
         "they agree and never contradicts it (a toll told in parts, one person's many injuries)",
         id="two-tolls-the-claims-event-differs"),
    case("The storm caused 40 deaths across Velland.",
         LEDE + "The storm hit Velland on Sunday. The storm killed 14 people in Orsk, officials said.", NOT_DIVERGES,
         id="national-deaths-vs-a-towns-toll"),
]

RULE2 = [
    case("The Dutch competition board fined Vexa 15 million euros on Monday.",
         LEDE + "The Dutch competition board fined Korda 15 million euros on Monday.", NOT_SUPPORTS,
         "false supports, new (rule 2): another company's fine supports Vexa's; 'Vexa 15' is no serial now, and "
         "nothing else checks the fined party (the commit before gave mentions only by the serial; with '€15 million' "
         "it supported too: vexa-euro-sign-other-company)", id="vexa-fine-vs-another-companys"),
    case("The Dutch competition board fined Vexa €15 million on Monday.",
         LEDE + "The Dutch competition board fined Korda €15 million on Monday.", NOT_SUPPORTS,
         "false supports, older: the fined party is not checked; the commit before supported too",
         id="vexa-euro-sign-other-company"),
    case("Lusair's 23 jets were grounded on Tuesday.",
         LEDE + "The regulator on Tuesday grounded 23 jets around the world, including all of Lusair's fleet.",
         NOT_SUPPORTS,
         "false supports, new (rule 2): the 23 grounded jets are the world's, Lusair's fleet some of them, yet they "
         "support 'Lusair's 23 jets'; the commit before read 'Lusair's 23' as a serial and gave mentions",
         id="lusairs-jets-vs-the-worlds-grounded"),
    case("Sollen are 2 points clear at the top of the table.",
         LEDE + "A win on Saturday left Sollen 2 points clear at the top of the table.", SUPPORTS,
         "lost supports, older: 'Sollen 2 points' is still read as a serial ('points' is no unit); the commit before "
         "gave mentions too", id="sollen-2-points-clear"),
    case("The league docked Sollen 6 points on Monday.",
         LEDE + "The league docked Sollen 9 points on Monday for breaking spending rules.", DIVERGES,
         "lost diverges, older: 'Sollen 9 points' and 'Sollen 6 points' are read as two serials, two subjects; the "
         "commit before gave no verdict too", id="docked-sollen-points"),
    # guards: real serials stay serials
    case("Flight 370 vanished with 239 people on board.",
         LEDE + "Flight 307 vanished with 239 people on board, officials said.", NOT_SUPPORTS, id="flight-370"),
    case("Terminal 5 at Orsk airport reopened on Tuesday.",
         LEDE + "Terminal 5 at Orsk airport reopened on Tuesday, officials said.", SUPPORTS, id="terminal-5"),
    case("The Apollo 11 astronauts landed on the moon in 1969.",
         LEDE + "The Apollo 12 astronauts landed on the moon in 1969, NASA said.", NOT_SUPPORTS,
         id="apollo-11-astronauts"),
    case("Corvik flies 27 C-190s.", LEDE + "Corvik flies 27 C-290s, the airline said.", NOT_SUPPORTS,
         id="plural-serials-differ"),
    case("The regulator gave Corvik 30 days to respond.",
         LEDE + "The regulator gave Corvik 20 days to respond, it said on Monday.", DIVERGES,
         id="a-name-before-days"),
]

RULE3 = [
    case("Corvik is the 2nd-largest airline in Velland.",
         LEDE + "Corvik is the second-largest airline in Velland, the regulator said.", NOT_DIVERGES,
         "false diverges, older: '2nd-largest' and 'second-largest' are one rank, yet they diverge; the commit "
         "before diverged too", id="2nd-largest-vs-second-largest"),
    case("Corvik is the 2nd-largest airline in Velland.",
         LEDE + "Corvik is the 3rd-largest airline in Velland, the regulator said.", DIVERGES,
         "lost diverges, older: '3rd-largest' is not compared with '2nd-largest' (mentions); the commit before gave "
         "mentions too", id="2nd-largest-vs-3rd-largest"),
    case("Corvik's profit rose 12% in the 3rd quarter.",
         LEDE + "Corvik's profit rose 12% in the third quarter, the company said.", SUPPORTS,
         "lost supports, older: '3rd quarter' (label:ordinal) does not meet 'third quarter' (label:quarter); the "
         "commit before gave mentions too", id="3rd-quarter-vs-third-quarter"),
    # guards
    case("Corvik's profit rose in the 3rd quarter.",
         LEDE + "Corvik's profit rose in the 2nd quarter, the company said.", DIVERGES, id="3rd-vs-2nd-quarter"),
    case("The Orsk election will be held on May 16th.",
         LEDE + "The Orsk election will be held on May 18, officials said.", DIVERGES, id="may-16th-vs-18"),
    case("Sollen FC finished 16th in the league.",
         LEDE + "Sollen FC finished with 16 wins in the league on Saturday.", NOT_SUPPORTS, id="16th-is-no-count"),
    case("Ada Lind is ranked 1st in the world.",
         LEDE + "Ada Lind is ranked 3rd in the world, the federation said.", DIVERGES, id="ranked-1st-vs-3rd"),
]

RULE4 = [
    case("Lusair employs 2,300 people.",
         LEDE + "Lusair, the Orsk airline, employs 3,200 people worldwide, the company said.", DIVERGES,
         "lost diverges, new (rule 4): the worldwide figure is Lusair's own (its subject, behind an apposition), yet "
         "it is taken for the world's; the commit before diverged", id="own-worldwide-figure-after-apposition"),
    case("Lusair employs 2,300 people.",
         LEDE + "Lusair said on Tuesday it employs 3,200 people globally.", DIVERGES,
         "lost diverges, new (rule 4): 'it employs ... globally' is Lusair's own head count; the commit before "
         "diverged", id="own-global-figure-by-pronoun"),
    case("Corvik sold 2.1 million phones last year.",
         LEDE + "Corvik reported results on Tuesday. The company sold 1.2 million phones worldwide last year, it said.",
         DIVERGES,
         "lost diverges, new (rule 4): 'The company sold ... worldwide' is Corvik's own sales; the commit before "
         "diverged", id="own-worldwide-sales-the-company"),
    case("Corvik sold 2.1 million phones last year.",
         LEDE + "Corvik reported results on Tuesday. Its phone sales reached 1.2 million units worldwide last year.",
         DIVERGES,
         "lost diverges, new (rule 4): 'Its phone sales ... worldwide' are Corvik's; the commit before diverged",
         id="own-worldwide-sales-its"),
    case("Corvik has 40 stores.",
         LEDE + "Corvik, which has 400 stores around the world, opened one in Orsk on Tuesday.", DIVERGES,
         "lost diverges, new (rule 4): 'Corvik, which has 400 stores around the world' names the party in the "
         "figure's own relative clause; the commit before diverged", id="own-stores-in-a-relative-clause"),
    case("Lusair flies 23 Pellan P-190 jets.",
         LEDE + P190 + " Lusair is the type's biggest user. It flies 32 of the jets around the world, the airline "
         "said.", DIVERGES,
         "lost diverges, older: 'It flies 32' is Lusair's fleet, named the sentence before; the commit before gave "
         "mentions too", id="party-named-the-sentence-before"),
    case("There are 214 Pellan P-190 jets in service worldwide.",
         LEDE + "Lusair flies 23 Pellan P-190 jets, the airline said.", NOT_DIVERGES,
         "false diverges, older: the world's figure in the claim is contradicted by one airline's fleet (_unowned "
         "looks one way only); the commit before diverged too", id="worlds-figure-in-the-claim"),
    case("Velland's economy grew 3.1% last year.",
         LEDE + "The world economy grew 2.8% last year, the IMF said on Tuesday.", NOT_DIVERGES,
         "false diverges, older: 'the world economy' is no country's, yet it contradicts Velland's growth ('world' "
         "counts only after 'around'/'across'); the commit before diverged too", id="the-world-economy"),
    # guards
    case("Lusair flies 23 Pellan P-190 jets.",
         LEDE + P190 + " There are 214 Pellan P-190 jets in service worldwide.", NOT_DIVERGES,
         id="a-partys-fleet-vs-the-worlds"),
    case("Velland recorded 14 measles cases last week.",
         LEDE + "Health officials said on Tuesday that 40 measles cases were recorded worldwide last week.",
         NOT_DIVERGES, id="a-countrys-cases-vs-the-worlds"),
    case("Lusair flies 23 Pellan P-190 jets.",
         LEDE + P190 + " Lusair flies 32 Pellan P-190 jets worldwide, the airline said.", DIVERGES,
         id="the-party-named-with-worldwide"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), RULE1 + RULE2 + RULE3 + RULE4)
def test_review39(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
