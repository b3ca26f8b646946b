"""Review 41: the reading rule of 7d6e97b attacked with invented one-passage stories.

The rule: predicates._LIGHT_OBJECT, a claim's verb found in the passage only as a noun is stated when the noun comes
right after a light verb (receive, get, issue, make, give, take, hold, do, in their forms) and a determiner, with at
most one word between ("received a fine" for "was fined", "issued an order" for "ordered").

A case the engine gets right is a plain guard; one it gets wrong is a strict xfail saying what is wrong and whether
the rule caused it ("new") or the commit before it (7d6e97b~1) gave the same verdict ("older").

Found, new false supports: the light-verb object is taken as the claim's event whoever is its agent or patient
("Marl Water received a fine" supports "Quenby Water was fined"; "the court issued a fine to Marl Water"; "the
regulator received a fine from Quenby Water" supports "the regulator fined Quenby Water"; "received an order/a warning"
supports "ordered/warned"; "got the blame from" supports "blamed"), under a verb that denies or defers it ("avoided
receiving a fine", "refused to give the order", "is waiting to get the order", "asked to get a loan"), with a noun
that is not the event ("held a fine line", "took a stand against", "took the veto fight to"), and "took/held a vote"
supports "voted to approve" even when the vote rejected it. Older: "made a decision" does not state "decided" (the
noun's stem is not the verb's), though the changelog gives it as the rule's example. Four guards are right only
since the rule (received-a-fine, issued-an-order, gave-the-order, made-an-offer). Every name and figure is invented.

Withdrawn after this review (it had made one labelled pair right): the 16 new false supports are right again, and
the four guards it had made right are strict xfails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, MENTIONS, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

FINED = "Quenby Water was fined 4.2 million euros at the Orsk court on Tuesday."
FINED_BY = "Quenby Water was fined 4.2 million euros by the Orsk court."
DECIDED = "The Orsk council decided to close the Halden bridge."
VOTED = "The Orsk council voted to approve the 2027 budget."
ORDERED = "General Ana Ruiz ordered the withdrawal of 3,000 troops."
OFFERED = "Marl Water offered 300 million euros for Quenby Water on Tuesday."

NEW = "new: the commit before gave mentions (the noun did not state the verb)"

CASES = [
    # another party's event: the light verb's object is the claim's event whoever did or underwent it
    case(FINED_BY, LEDE + "Marl Water received a fine of 4.2 million euros from the Orsk court, Quenby Water said.",
         NOT_SUPPORTS,
         id="a-rival-received-the-fine"),
    case(FINED, LEDE + "The Orsk court issued a fine of 4.2 million euros to Marl Water on Tuesday, Quenby Water said.",
         NOT_SUPPORTS,
         id="a-fine-issued-to-a-rival"),
    case("The Orsk regulator fined Quenby Water 4.2 million euros.",
         LEDE + "The Orsk regulator received a fine of 4.2 million euros from Quenby Water.", NOT_SUPPORTS,
         id="the-fining-party-received-a-fine"),
    case("Judge Ana Ruiz ordered the release of 12 prisoners on Tuesday.",
         LEDE + "Judge Ana Ruiz received an order for the release of 12 prisoners on Tuesday.", NOT_SUPPORTS,
         id="received-an-order-is-no-order"),
    case("The Orsk mayor warned residents about flooding on Tuesday.",
         LEDE + "The Orsk mayor received a warning about flooding on Tuesday.", NOT_SUPPORTS,
         id="received-a-warning-is-no-warning"),
    case(OFFERED, LEDE + "Marl Water received an offer of 300 million euros for Quenby Water on Tuesday.",
         NOT_SUPPORTS,
         id="received-an-offer-is-no-offer"),
    case("Marl Water blamed Quenby Water for the Orsk flood.",
         LEDE + "Marl Water got the blame from Quenby Water for the Orsk flood.", NOT_SUPPORTS,
         id="got-the-blame-is-no-blaming"),
    # a light verb under a verb that denies or defers it
    case(FINED, LEDE + "Quenby Water avoided receiving a fine of 4.2 million euros at the Orsk court on Tuesday.",
         NOT_SUPPORTS,
         id="avoided-receiving-a-fine"),
    case(ORDERED, LEDE + "General Ana Ruiz refused to give the order for the withdrawal of 3,000 troops.",
         NOT_SUPPORTS,
         id="refused-to-give-the-order"),
    case(ORDERED, LEDE + "General Ana Ruiz is waiting to get the order for the withdrawal of 3,000 troops.",
         NOT_SUPPORTS,
         id="waiting-to-get-the-order"),
    case("Quenby Water was loaned 40 million euros by Marl Bank on Tuesday.",
         LEDE + "Quenby Water asked to get a loan of 40 million euros from Marl Bank on Tuesday.", NOT_SUPPORTS,
         id="asked-to-get-a-loan"),
    # a noun after a light verb that is not the claim's event
    case(VOTED, LEDE + "The Orsk council took a vote on the 2027 budget and rejected it.", NOT_SUPPORTS,
         id="took-a-vote-and-rejected"),
    case(VOTED, LEDE + "The Orsk council held a vote on the 2027 budget.", NOT_SUPPORTS,
         id="held-a-vote-is-no-approval"),
    case(FINED, LEDE + "Quenby Water held a fine line at the Orsk court on Tuesday, avoiding 4.2 million euros in "
         "penalties.", NOT_SUPPORTS,
         id="held-a-fine-line"),
    case("Mayor Ana Ruiz stood for a second term in Orsk.",
         LEDE + "Mayor Ana Ruiz took a stand against a second term for the Orsk council.", NOT_SUPPORTS,
         id="took-a-stand-against"),
    case("Mayor Ana Ruiz vetoed the 2027 budget.",
         LEDE + "The council passed the 2027 budget on Wednesday and took the veto fight to Mayor Ana Ruiz.",
         NOT_SUPPORTS,
         id="took-the-veto-fight"),
    # the rule's own example, older
    case(DECIDED, LEDE + "The Orsk council made a decision to close the Halden bridge, the mayor said.", SUPPORTS,
         "lost supports, older: 'made a decision' does not state 'decided' (decision's stem is not decid), though "
         "the changelog names it as the rule's example; the commit before gave mentions too",
         id="made-a-decision-is-decided"),
    # guards the rule must keep right
    case(FINED, LEDE + "Quenby Water received a fine of 4.2 million euros at the Orsk court on Tuesday.", SUPPORTS,
         "gap: right only with the withdrawn rule (a light verb's object as its verb: 16 false supports here)",
         id="received-a-fine"),
    case("Judge Ana Ruiz ordered the release of 12 prisoners on Tuesday.",
         LEDE + "Judge Ana Ruiz issued an order for the release of 12 prisoners on Tuesday.", SUPPORTS,
         "gap: right only with the withdrawn rule (a light verb's object as its verb: 16 false supports here)",
         id="issued-an-order"),
    case("General Ana Ruiz ordered the withdrawal of 3,000 troops on Tuesday.",
         LEDE + "General Ana Ruiz gave the order for the withdrawal of 3,000 troops on Tuesday.", SUPPORTS,
         "gap: right only with the withdrawn rule (a light verb's object as its verb: 16 false supports here)",
         id="gave-the-order"),
    case(OFFERED, LEDE + "Marl Water made an offer of 300 million euros for Quenby Water on Tuesday.", SUPPORTS,
         "gap: right only with the withdrawn rule (a light verb's object as its verb: 16 false supports here)",
         id="made-an-offer"),
    case(FINED, LEDE + "Quenby Water did not receive a fine of 4.2 million euros at the Orsk court on Tuesday.",
         DIVERGES, id="did-not-receive-a-fine"),
    case(FINED, LEDE + "Quenby Water could receive a fine of 4.2 million euros at the Orsk court on Tuesday.",
         MENTIONS, id="could-receive-a-fine"),
    case(DECIDED, LEDE + "The Orsk council will make a decision on closing the Halden bridge, the mayor said.",
         NOT_SUPPORTS, id="will-make-a-decision"),
    case("The Orsk council decided to close the Halden bridge on Tuesday.",
         LEDE + "The Orsk council took no decision on closing the Halden bridge on Tuesday.", NOT_SUPPORTS,
         id="took-no-decision"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_light_object(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    found, rule = verdict(tmp_path, claim, source)
    assert found in allowed, rule
