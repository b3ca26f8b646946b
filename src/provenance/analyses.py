"""Passages' analyses, made when judging first wants them and kept while they are wanted: the store behind the
engine's judging (engine.py decides which passages to judge and in what order; this module only makes and keeps what
judging them costs). A passage's facts are read first, alone, since the early stop often needs no more of it
(prospects.stronger_possible, may_confirm); the rest of its analysis goes on from them when it is judged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .prospects import may_confirm

if TYPE_CHECKING:
    from .claimprobe import ClaimProbe
    from .engine import Engine
    from .facts import Facts
    from .match import Analyzed, Read


class Analyses:
    """Passages' analyses made on demand and kept while they are wanted (one source's passages, or up to `limit`),
    and their facts, read first when the early stop asks for them alone."""

    def __init__(self, engine: Engine, limit: int | None = None) -> None:
        self._engine = engine
        self._limit = limit
        self._analyzed: dict[int, Analyzed] = {}
        self._read: dict[int, Read] = {}
        self._confirms: dict[tuple[int, int, str, tuple[tuple[int, int], ...]], tuple[ClaimProbe, bool]] = {}

    def facts(self, pid: int) -> Facts:
        """The passage's facts, from its analysis if it was made (the references it adds bring no figure)."""
        analyzed = self._analyzed.get(pid)
        if analyzed is not None:
            return analyzed.facts
        found = self._read.get(pid)
        if found is None:
            self._room()
            found = self._read[pid] = self._engine._read(pid)
        return found.facts

    def confirms(self, probe: ClaimProbe, pid: int) -> bool:
        """may_confirm(probe, facts of the passage), once for each text of a source: the facts of a passage are
        read from its text and sentences alone, and its source's date (Engine._read), so equal passages of one
        source have equal facts."""
        passage = self._engine.passages[pid]
        key = (id(probe), int(self._engine._source_of[pid]), passage.text, passage.sentences)
        found = self._confirms.get(key)
        if found is None or found[0] is not probe:  # the probe is kept with it: its id is never another's
            if self._limit is not None and len(self._confirms) >= self._limit:
                self._confirms.clear()
            found = self._confirms[key] = (probe, may_confirm(probe, self.facts(pid)))
        return found[1]

    def __call__(self, pid: int) -> Analyzed:
        found = self._analyzed.get(pid)
        if found is None:
            self._room()
            found = self._analyzed[pid] = self._engine._analyze(pid, self._read.pop(pid, None))
        return found

    def _room(self) -> None:
        if self._limit is not None and len(self._analyzed) + len(self._read) >= self._limit:
            self._analyzed.clear()
            self._read.clear()
            self._confirms.clear()
