"""A source's verdict so far, kept as each judged passage comes: best(in_context(...)) of every verdict judged, in
passage order, without going over all of them again after each one.

engine._source_verdict used to rebuild the list, read it in context and take the best after every passage it judged:
k passages of a source judged cost k² steps (a file of 1,800 equal sentences that all support a claim: ~10 s, and
minutes for a longer claim). Here a new verdict is placed in the list and compared with the best so far; only a
hedged or negated mention that demotes the best so far (a support it puts in doubt) costs a pass over the list.
"""

from __future__ import annotations

from .models import SourceVerdict, Verdict
from .verdict import best


def qualifies(v: SourceVerdict) -> bool:
    """A mention that can put a support in doubt: hedged or denied."""
    return v.verdict is Verdict.MENTIONS and v.rule.startswith(("hedged", "polarity"))


def in_context(verdicts: list[tuple[SourceVerdict, frozenset[int]]]) -> list[SourceVerdict]:
    """Support read in context, all verdicts at once (the definition InContextBest keeps incrementally): a sentence
    does not support the claim when a passage sharing it covers more of the claim and yet only mentions it ("let the
    agreement expire. The two are negotiating over whether to renew it" for "renewed the agreement"): the words the
    sentence lacked are there, put in doubt or denied."""
    qualified = [(v, parts) for v, parts in verdicts if qualifies(v)]
    out = []
    for v, parts in verdicts:
        wider = [q for q, q_parts in qualified if q.score > v.score and parts & q_parts]
        out.append(max(wider, key=lambda q: q.score) if v.verdict is Verdict.SUPPORTS and wider else v)
    return out


class InContextBest:
    """best(in_context(verdicts)) of the verdicts added so far, ordered by passage number (pid)."""

    def __init__(self) -> None:
        self._verdicts: dict[int, tuple[SourceVerdict, frozenset[int]]] = {}
        self._doubts: dict[int, list[int]] = {}  # sentence -> pids of the hedged or negated mentions holding it
        self._supports: dict[int, list[int]] = {}  # sentence -> pids of the supports holding it
        self._shown: dict[int, SourceVerdict] = {}  # pid -> its verdict read in context
        self.chosen: SourceVerdict | None = None
        self._at = -1  # the pid where `chosen` first stands in the list

    def add(self, pid: int, verdict: SourceVerdict, parts: frozenset[int]) -> SourceVerdict | None:
        if pid in self._verdicts:  # judged twice: not how the engine judges, but never a wrong answer
            raise ValueError(f"passage {pid} added twice")
        self._verdicts[pid] = (verdict, parts)
        if not qualifies(verdict):
            if verdict.verdict is Verdict.SUPPORTS:
                for part in parts:
                    self._supports.setdefault(part, []).append(pid)
            self._shown[pid] = self._in_context(verdict, parts)
            self._offer(pid)
            return self.chosen
        for part in parts:
            self._doubts.setdefault(part, []).append(pid)
        changed = sorted({p for part in parts for p in self._supports.get(part, ())
                          if self._verdicts[p][0].score < verdict.score})
        for p in changed:
            self._shown[p] = self._in_context(*self._verdicts[p])
        self._shown[pid] = verdict
        if self._at in changed:  # the best so far was demoted: look at every one again
            self.chosen, self._at = None, -1
            for p in sorted(self._shown):
                self._offer(p)
        else:
            for p in sorted([*changed, pid]):
                self._offer(p)
        return self.chosen

    def _in_context(self, v: SourceVerdict, parts: frozenset[int]) -> SourceVerdict:
        """in_context for one verdict: a support becomes the best-scoring wider doubt that shares a sentence
        with it, if there is one (the first such in passage order among equals)."""
        if v.verdict is not Verdict.SUPPORTS:
            return v
        near = sorted({p for part in parts for p in self._doubts.get(part, ())})  # in passage order
        wider = [q for q in (self._verdicts[p][0] for p in near) if q.score > v.score]
        return max(wider, key=lambda q: q.score) if wider else v

    def _offer(self, pid: int) -> None:
        """The verdict at `pid` against the best so far, as best() would rank them in the list: the first of equals."""
        v = self._shown[pid]
        if self.chosen is None or v is self.chosen:
            self.chosen, self._at = v, pid if self.chosen is None else min(pid, self._at)
            return
        if best([v, self.chosen] if pid < self._at else [self.chosen, v]) is v:
            self.chosen, self._at = v, pid
