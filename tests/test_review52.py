"""Review52: invented one-passage cases against the reported-speech predicate (engine._REPORTED_VERB): the verb after
a reported clause's modal or auxiliary must be stated by a supporting passage. A strict xfail is a wrong verdict
today; its reason says whether the change caused it ("new") or the commit before gives it too ("older")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

VOTE = "Voters in Ullby rejected the Quenby bridge plan on Sunday."
FARM = "The Quenby wind farm was approved on Monday."
FOODS = "Orsk Foods cut its forecast on Tuesday."
TARIFF = "Halden imposed a steel tariff on Tuesday."
SETTLED = "Orsk Foods settled the Ullby lawsuit on Monday."
RESIGN = "Mayor Anna Pellan said she would resign and would not seek a third term."
APPEAL = "The Orsk Fishers' Association said it would appeal the Quenby wind farm approval."
PULL_OUT = "Orsk Foods said it would pull out of the Quenby port project."
SHUT_DOWN = "Orsk Foods said it would shut down its Ullby plant."

CASES = [
    # --- right today ---
    case(PULL_OUT, in_story(FOODS, "Orsk Foods said on Tuesday it would pull out of the Quenby port project."),
         SUPPORTS, id="phrasal-pull-out-stated"),
    case(PULL_OUT, in_story(FOODS, "Orsk Foods said on Tuesday the Quenby port project would cost more than "
                                   "planned."), NOT_SUPPORTS, id="phrasal-pull-out-not-stated"),
    case(SHUT_DOWN, in_story(FOODS, "Orsk Foods said on Tuesday it would shut its Ullby canteen but keep its Ullby "
                                    "plant running."), NOT_SUPPORTS, id="shut-down-other-thing"),
    case("Mayor Anna Pellan said the Quenby bridge would be finished in 2028.", in_story(
        "Ullby council approved the Quenby bridge budget on Tuesday.",
        "Mayor Anna Pellan said the Quenby bridge would be finished in 2028."), SUPPORTS, id="would-be-no-predicate"),
    case("Mayor Anna Pellan told reporters she will resign in May.", in_story(
        VOTE, "Mayor Anna Pellan told reporters on Monday she will resign in May."), SUPPORTS,
         id="told-reporters-will"),
    case(APPEAL, in_story(FARM, "The Orsk Fishers' Association has appealed the Quenby wind farm approval, it said "
                                "on Monday."), SUPPORTS, id="would-appeal-has-appealed"),
    case(RESIGN, in_story(VOTE, "Mayor Anna Pellan said on Monday she would not seek a third term."),
         NOT_SUPPORTS, id="two-reported-clauses-one-stated"),
    case("The Orsk Fishers' Association said it would not appeal the Quenby wind farm approval.",
         in_story(FARM, "The Orsk Fishers' Association said on Monday it would appeal the Quenby wind farm approval."),
         DIVERGES, id="would-not-appeal-vs-would-appeal"),
    # --- supports lost by the change ---
    case(PULL_OUT, in_story(FOODS, "Orsk Foods said on Tuesday it would withdraw from the Quenby port project."),
         SUPPORTS, id="pull-out-as-withdraw",
         reason="new: only 'pull' of 'pull out' is taken as the predicate and the lexicon has no 'withdraw' for it; "
                "a support lost to paraphrase (the commit before supports)"),
    case(SHUT_DOWN, in_story(FOODS, "Orsk Foods said on Tuesday it would close its Ullby plant."),
         SUPPORTS, id="shut-down-as-close",
         reason="new: 'shut_down' is a predicate the lexicon does not give as 'close'; a support lost (the commit "
                "before supports)"),
    case(APPEAL, in_story(FARM, "The Orsk Fishers' Association said on Monday it will file an appeal against the "
                                "Quenby wind farm approval."), SUPPORTS, id="would-appeal-as-file-an-appeal",
         reason="new: 'will file an appeal' states the claim's 'would appeal', but the predicate 'appeal' is found "
                "only as a noun; a support lost (the commit before supports)"),
    case("Orsk Foods said it would close its Ullby plant.", in_story(
        FOODS, "Orsk Foods on Tuesday announced the closure of its Ullby plant."), SUPPORTS,
         id="would-close-as-announced-closure",
         reason="new: 'announced the closure of its plant' states 'said it would close it'; the predicate 'close' is "
                "unstated by its noun; a support lost (the commit before supports)"),
    case("The Orsk Fishers' Association said it would immediately appeal the Quenby wind farm approval.",
         in_story(FARM, "The Orsk Fishers' Association said on Monday it would appeal the Quenby wind farm approval "
                        "without delay."), SUPPORTS, id="adverb-taken-as-verb"),
    case("Mayor Anna Pellan said on Monday, after the council had met, that she would resign.",
         in_story(VOTE, "Mayor Anna Pellan said on Monday that she would resign."), SUPPORTS,
         id="aside-auxiliary-spans-clause"),
    # --- false supports the change does not fix ---
    case(APPEAL, in_story(FARM, "The Orsk Fishers' Association denied on Monday that it would appeal the Quenby "
                                "wind farm approval."), NOT_SUPPORTS, id="denied-that-it-would"),
    case("Mayor Anna Pellan says she will resign after the Quenby bridge vote.", in_story(
        VOTE, "Mayor Anna Pellan says she may resign after the Quenby bridge vote."), NOT_SUPPORTS,
         id="says-will-vs-may"),
    case(APPEAL, in_story(FARM, "The Orsk Fishers' Association said on Monday the Quenby wind farm approval was a "
                                "mistake, and the Ullby Sailing Club said it would appeal the approval."),
         NOT_SUPPORTS, id="reported-verb-of-another-party",
         reason="older: the Sailing Club's 'would appeal' supports the Fishers' Association's (the commit before "
                "supports too)"),
    case("Trade minister Eva Lund said the tariff would protect up to 9,000 jobs.", in_story(
        TARIFF, "Trade minister Eva Lund said the tariff would cost up to 9,000 jobs."), NOT_SUPPORTS,
         id="figure-claim-protect-vs-cost",
         reason="older: with a figure the predicate 'protect' is not enforced (event_facts), so 'would cost 9,000 "
                "jobs' supports 'would protect 9,000 jobs' (the commit before supports too)"),
    case("Orsk Foods said it had set aside 3.6 billion crowns for the settlement.", in_story(
        SETTLED, "Orsk Foods said in April it had paid 3.6 billion crowns for the settlement."), NOT_SUPPORTS,
         id="figure-claim-set-aside-vs-paid",
         reason="older: 'had paid 3.6 billion' supports 'had set aside 3.6 billion'; the predicate is unenforced "
                "with a figure (the commit before supports too)"),
    case("Orsk Foods confirmed it had hired 200 workers at its Ullby plant.", in_story(
        FOODS, "Orsk Foods confirmed on Tuesday it had laid off 200 workers at its Ullby plant."), NOT_SUPPORTS,
         id="figure-claim-hired-vs-laid-off",
         reason="older: 'had laid off 200 workers' supports 'had hired 200 workers'; the predicate is unenforced "
                "with a figure (the commit before supports too)"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review52(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
