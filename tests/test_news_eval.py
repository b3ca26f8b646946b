"""Scores the labelled news corpus (tests/eval/news) and holds the engine to what it measured.

The corpus was written and labelled blind, by people who had not seen the engine's output. `dev` is what the engine
is tuned on (the first test split joined it once it had been scored and its mistakes published); `test`, `holdout`
and `holdout-2` are splits written later, each scored once after a round of tuning ended (the README gives those
figures, and the ones after the fixes their mistakes prompted, which these floors hold). `holdout-3` and `holdout-4`
were scored once at the end of session 7 (fe5ce38), with that session's starting engine in the same run;
`holdout-5` was scored once at the end of session 8 (aaeb510), with that session's starting engine in the same
run; `holdout-6` was scored once in session 9 (b05db56), `holdout-7` in session 10 (da28899), `holdout-8` in
session 11 (bd592c7), `holdout-9` in session 12 (da5bb7e), `holdout-10` in session 13 (8d00645) and `holdout-11` in
session 14 (15171c2), `holdout-12` in session 15 (2b538d2) and `holdout-13` at the end of session 15's second round
(15807e6), each with that session's starting engine in the same run; `holdout-14` at the start of session 16
(c2f18cb, before any tuning on it) and `holdout-15` at the end of that session's first round (f75febb), with the
session's starting engine in the same run; `holdout-16` at the start of session 17 (f9e9a41, before any tuning on
it) and `holdout-17` at the end of that session's first round (1a71aa4), with the session's starting engine in the
same run; `holdout-18` at that session's end (5aef153), with its starting engine in the same run; `holdout-19` at the
end of session 18's first round (9f6b2bb) and `holdout-20` at its end (18ec2ae), each with that session's starting
engine (fe384c3) in the same run; `holdout-21` at the end of session 19's first round (9c91f54) and `holdout-22` at
the end of its second (032c8cc), each with that session's starting engine (764a564) in the same run; `holdout-23` at
the end of session 20's first round (e064e97) and `holdout-24` at the end of its second (8685140), each with that
session's starting engine (b9f6c6b) in the same run; `holdout-25` at the end of session 21's first round (a7cd498)
and `holdout-26` at the end of its second (a6e2f2e), each with that session's starting engine (f087e8d) in the same
run; `holdout-27` and `holdout-28` at the end of session 22 (cf075f2), with its starting engine (30584fb) in the same
run; `holdout-29` at the end of session 23 (6086310), with its starting engine (cb38b98) in the same run;
`holdout-30` at the end of session 24 (50b2614) and `holdout-31` after its last readings (e4f17c5), each with its
starting engine (6103385) in the same run; `holdout-32` at the end of session 25's first part (e69e799) and
`holdout-33` at its end (b42fc90), each with its starting engine (4b79f80's, a clean worktree of 3eed891) in the
same run; `holdout-34` at the end of session 26 (047114a), with its starting engine (8db24e7's) in the same run.
The floors below are those measured figures: a change that makes the engine read news worse fails here, and one
that makes it better should raise them. The README's "How well it does" reports every split, per category, with the
mistakes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import REPORT_LINES

sys.path.insert(0, str(Path(__file__).parent / "eval"))
import newseval  # noqa: E402

# split -> (lowest accuracy, most false supports) measured; see the README's "How well it does". dev went from 630
# to 629 right in session 17: a diverge reached for the wrong reason (a currency's 0.6% move against an inflation
# rate) became a mention when a change stopped standing for a level; its floor follows the measured figure. So did
# holdout's in session 21 (0.523 -> 0.516): three diverges reached for the wrong reason (a missing count and a killed
# one, "18 missing" against "41 killed") became mentions when counts under two verbs stopped meeting; and
# holdout-24's false supports (1 -> 2): "more than 210 C-190 aircraft" now meets "214 ... C-190 jets" as a rounded
# figure once "C-190" is read as a model's name, not as 190 aircraft (its label calls the bound too vague). holdout-25
# went from 0.484 to 0.477 in session 25: a claim of reported speech now needs its reported verb stated ("said the
# bank would not change its rate path" is not stated by "would 'not redraw its rate path'"), which cost it three
# supports and cut false supports on the seen splits from 82 to 78. The caps of false supports of holdout-26 to
# holdout-30 follow the figures measured at that session's end (8, 4, 5, 8, 4; sessions before had cut holdout-27's
# and holdout-28's below their caps already).
FLOORS = {"dev": (0.55, 0), "test": (0.57, 0), "holdout": (0.51, 0), "holdout-2": (0.54, 2), "holdout-3": (0.43, 0),
          "holdout-4": (0.46, 4), "holdout-5": (0.55, 1), "holdout-6": (0.52, 1), "holdout-7": (0.50, 1),
          "holdout-8": (0.54, 1), "holdout-9": (0.50, 0), "holdout-10": (0.46, 3),
          "holdout-11": (0.51, 7), "holdout-12": (0.55, 4), "holdout-13": (0.49, 2), "holdout-14": (0.53, 0),
          "holdout-15": (0.52, 3), "holdout-16": (0.47, 0), "holdout-17": (0.53, 0),
          "holdout-18": (0.53, 0), "holdout-19": (0.53, 0),
          "holdout-20": (0.49, 2), "holdout-21": (0.53, 0), "holdout-22": (0.44, 5), "holdout-23": (0.46, 3),
          "holdout-24": (0.50, 2), "holdout-25": (0.47, 4), "holdout-26": (0.53, 8), "holdout-27": (0.46, 4),
          "holdout-28": (0.48, 5), "holdout-29": (0.55, 8), "holdout-30": (0.45, 4),
          "holdout-31": (0.52, 4), "holdout-32": (0.46, 1),
          "holdout-33": (0.43, 3), "holdout-34": (0.52, 3)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_news_corpus_does_not_fall(split: str) -> None:
    result = newseval.score(split)
    assert result.pairs >= 300  # the whole split was read: every story, every pair
    REPORT_LINES.extend(newseval.table(result, split))
    floor, most_false = FLOORS[split]
    assert len(result.false_supports) <= most_false, "\n".join(result.false_supports)
    assert result.accuracy >= floor, "\n".join(result.mistakes)
