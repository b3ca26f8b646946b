"""A document's withdrawn figures, and its other statements of them: a live blog's earlier post stays on the page
after the correction that replaces its figure.

"48,632 candidates sat the exam" at 11:02 is withdrawn by "The number is 48,362, not 48,632 as we wrote at 11:02"
at 11:45: the document no longer states 48,632, so the earlier post neither supports a claim of 48,632 nor
contradicts one of 48,362. corrections.py finds what a sentence withdraws (facts.py gives those figures the modality
"withdrawn"); this module reads a document's corrections once and gives the same modality to the figures its other
sentences state with the same value (engine.py applies it to each passage of the document as it reads it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from .corrections import withdrawn
from .facts import Facts, Quantity, merge_facts, withdraw
from .match import Read
from .modality import WITHDRAWN
from .normalize import content_words

# A withdrawn figure, and the stems of its correction's sentence: what the figure was said of.
Withdrawn = tuple[Quantity, frozenset[str]]


def withdrawn_figures(reads: Iterable[Read]) -> tuple[Withdrawn, ...]:
    """The figures a document's corrections withdraw (`reads`: the facts of its sentences that may hold one). A
    correction that quotes a whole earlier sentence withdraws its figures only when it holds one: "In our 11:10 post
    we wrote that the coach carried 42 people at 97 km/h" may be wrong in either. A time of day is a post's stamp."""
    found: list[Withdrawn] = []
    for read in reads:
        for part in read.parts:
            pulled = [q for q in part.quantities if q.role.modality == WITHDRAWN and not q.dimension.startswith(
                "clock")]
            if len(pulled) == 1 or pulled and all(_replaced(q, read) for q in pulled):
                said = frozenset(w for w, _, _ in content_words(read.folded))
                found += [(q, said) for q in pulled]
    return tuple(found)


def _replaced(quantity: Quantity, read: Read) -> bool:
    """Whether the figure is named as the one replaced ("not 48,632 as we wrote"), not merely quoted with others."""
    return read.folded.text.rfind("not ", 0, quantity.span[0]) >= quantity.span[0] - 12


def may_correct(text: str) -> bool:
    """Whether a sentence withdraws anything, read on its text as written (its facts are read only if it does)."""
    return any(withdrawn(text.lower()))


def retract(read: Read, withdrawn: tuple[Withdrawn, ...]) -> Read:
    """The facts of a passage with each figure the document withdraws elsewhere marked withdrawn, as the correction
    marks it: the same value in the same dimension, of the same noun when both name one, in a clause that shares a
    word with the correction ("15, not 17 as we reported" of branch closures leaves the floods' toll of 17 alone)."""
    if not withdrawn:
        return read
    parts = tuple(_retracted(part, withdrawn) for part in read.parts)
    if all(new is old for new, old in zip(parts, read.parts, strict=True)):
        return read
    return replace(read, parts=parts, facts=merge_facts(list(parts)))


def _retracted(part: Facts, withdrawn: tuple[Withdrawn, ...]) -> Facts:
    marked = tuple(withdraw(q) if any(_same_figure(q, w) for w in withdrawn) else q for q in part.quantities)
    return part if all(new is old for new, old in zip(marked, part.quantities, strict=True)) else replace(
        part, quantities=marked)


def _same_figure(quantity: Quantity, withdrawn: Withdrawn) -> bool:
    pulled, said = withdrawn
    if quantity.dimension != pulled.dimension or not math.isclose(quantity.value, pulled.value, rel_tol=1e-9):
        return False
    if quantity.role.modality == WITHDRAWN or quantity.role.clause.isdisjoint(said):
        return False
    head, other = quantity.role.head, pulled.role.head
    return not (head and other and head != other)
