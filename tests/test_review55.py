"""Review55: invented one-passage cases against the modal-strength reading (verdict._weaker_modal: a claim that
something will happen is not stated by a passage that says it may, might or could) and the denial adverbial
(scopes._THAT: "denied on Monday that ..."). A wrong verdict today is a strict xfail whose reason says what is wrong
and whether the change caused it ("new") or the commit before gives the same verdict ("older"). After this review
the adverbial reads up to five words and never across a conjunction or a verb of saying: its new false "diverges"
and an older false "supports" are plain guards now, and so are "is expected to" and "is likely to" since the
reading counts them with "may" (a later commit of the same session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

VOTE = "Voters in Ullby rejected the Quenby bridge plan on Sunday."
RULING = "A court in Ullby fined Orsk Foods on Monday."
CLOSE = "Orsk Foods will close its Ullby plant."
APPEAL = "Orsk Foods said it would appeal the ruling."

CASES = [
    # --- a will-claim against a passage that does not say it will happen: wrong "supports" but where plain ---
    case(CLOSE, in_story(RULING, "Orsk Foods said it would close its Ullby plant if the fine stands."), NOT_SUPPORTS,
         "older: a conditional 'would close ... if the fine stands' supports an unconditional 'will close'",
         id="conditional-would-if"),
    case(CLOSE, in_story(RULING, "Orsk Foods is expected to close its Ullby plant."), NOT_SUPPORTS,
         id="is-expected-to"),
    case(CLOSE, in_story(RULING, "Orsk Foods is likely to close its Ullby plant."), NOT_SUPPORTS,
         id="is-likely-to"),
    case(CLOSE, in_story(RULING, "Orsk Foods can close its Ullby plant, the court said."), NOT_SUPPORTS,
         "older: 'can close' (is allowed to) supports 'will close'; 'can' is not among _POSSIBLE",
         id="can-close"),
    case(CLOSE, in_story(RULING, "It is unclear whether Orsk Foods will close its Ullby plant."), NOT_SUPPORTS,
         "older: 'unclear whether ... will close' supports 'will close'; a will-claim skips _in_doubt and "
         "_weaker_modal weighs only may/might/could", id="unclear-whether-will"),
    case(CLOSE, in_story(RULING, "Orsk Foods could, analysts said, close its Ullby plant."), NOT_SUPPORTS,
         "older: 'could, analysts said, close' supports 'will close'; the change misses a 'could' split from its "
         "verb by a parenthetical", id="could-split-by-parenthetical"),
    case(CLOSE, in_story(RULING, "Orsk Foods could close its Ullby plant, a close ally said."), NOT_SUPPORTS,
         "older: supports; the change's governed verb 'close' is matched to the adjective in 'a close ally', "
         "outside the 'could' span", id="governed-verb-matched-elsewhere"),
    case("Mayor Anna Pellan would resign if the plan failed.", in_story(
        VOTE, "Mayor Anna Pellan could resign if the plan failed."), NOT_SUPPORTS,
         "older: 'could resign if' supports 'would resign if'; the claim's 'if' makes _weaker_modal give up",
         id="would-if-vs-could-if"),
    case("Orsk Foods will pay a $2 million fine.", in_story(
        RULING, "Orsk Foods will pay a fine that could reach $2 million."), NOT_SUPPORTS,
         "older: a ceiling ('a fine that could reach $2 million') supports 'a $2 million fine'",
         id="figure-under-could-reach"),
    case(APPEAL, in_story(RULING, "Orsk Foods denied in a statement on Monday that it would appeal the ruling."),
         NOT_SUPPORTS,
         id="denied-long-adverbial"),
    # --- a denial adverbial that does not reach an asserted clause (right since review55) ---
    case(APPEAL, in_story(RULING, "Orsk Foods denied at first but said that it would appeal the ruling."),
         NOT_DIVERGES,
         id="denied-at-first-but-said-that"),
    case(APPEAL, in_story(RULING, "Orsk Foods denied the charges and said that it would appeal the ruling."),
         NOT_DIVERGES, "older: diverges; 'the charges and said that' is read as 'denied the charges that ...'",
         id="denied-charges-and-said-that"),
    # --- right today ---
    case(CLOSE, in_story(RULING, "Orsk Foods might not close its Ullby plant, analysts said."), NOT_SUPPORTS,
         id="might-not-close"),
    case(CLOSE, in_story(RULING, "Orsk Foods will close its Ullby plant in May."), SUPPORTS, id="may-the-month"),
    case("Mayor Anna Pellan will resign.", in_story(
        VOTE, "Mayor Anna Pellan may resign, but she will stay until May."), NOT_SUPPORTS,
         id="may-resign-will-stay"),
    case("Orsk Foods said it will close its Ullby plant.", in_story(
        RULING, "Orsk Foods said it would close its Ullby plant."), SUPPORTS, id="will-vs-would-reported"),
    case("Orsk Foods will cut 300 jobs.", in_story(RULING, "Orsk Foods could cut up to 300 jobs, analysts said."),
         NOT_SUPPORTS, id="could-cut-up-to-300"),
    case(CLOSE, in_story(RULING, "Orsk Foods will close its Ullby plant, and could close two more."), SUPPORTS,
         id="will-close-and-could-close-more"),
    case(APPEAL, in_story(RULING, "Orsk Foods denied in court that it would appeal the ruling."), NOT_SUPPORTS,
         id="denied-in-court-that"),
    case("Orsk Foods denied any wrongdoing.", in_story(RULING, "Orsk Foods denied on Monday any wrongdoing."),
         SUPPORTS, id="denied-on-monday-any-wrongdoing"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review55(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
