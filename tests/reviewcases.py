"""What the review test files share: the sets of verdicts a case allows, and how a case the engine gets wrong today
is written (a strict xfail stating the right verdict, so that the fix flips it)."""

from __future__ import annotations

import pytest

from provenance.models import Verdict

NOT_SUPPORTS = {Verdict.MENTIONS, Verdict.DIVERGES, None}
NOT_DIVERGES = {Verdict.SUPPORTS, Verdict.MENTIONS, None}
MENTIONS = {Verdict.MENTIONS, None}
SUPPORTS = {Verdict.SUPPORTS}
DIVERGES = {Verdict.DIVERGES}


def wrong(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def case(claim: str, source: str, allowed: set[Verdict | None], reason: str = "", id: str = "") -> object:  # noqa: A002
    """A (claim, source, allowed verdicts) parameter; with a `reason`, a wrong verdict today."""
    return pytest.param(claim, source, allowed, marks=(wrong(reason),) if reason else (), id=id)
