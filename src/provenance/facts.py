"""Checkable facts in a sentence: quantities with units, number words, dates and years, identifiers, negation.

Extraction works on normalised text and keeps the span of every fact, so evidence can be highlighted and conflicts
quoted as the source wrote them. Comparison lives in compare.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, TypeVar

from .capitals import capitalised, opens_name
from .corrections import withdrawn
from .dateclauses import date_bounds, date_clauses, dated_earlier
from .dates import WEEKDAYS as _WEEKDAY_NUMBERS
from .dates import Anchor, DateFact, find_dates
from .designations import names_period
from .figure import Figure, interval, nearness
from .modality import HEDGED, WITHDRAWN
from .months import MONTHS
from .normalize import STOPWORDS, Folded
from .nounphrase import stem
from .numberwords import NUMBER_WORDS, SCALES
from .places import landmarks, places
from .powers import powers
from .quantities import scan
from .ranks import Rank, ranks
from .relativedates import named_season
from .roles import Role, blank_capitalised, figure_mask, find_role, first_comma
from .scopes import HEDGE_RE, NEG_RE, scopes
from .tokens import read_cased
from .unitforms import CURRENCY_AFTER, ISO_CODES, units
from .wordclass import AUXILIARIES, is_verb

WEEKDAYS = set(_WEEKDAY_NUMBERS)

_TOKEN_RE = re.compile(
    r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:km|m|ft|mi)[23]\b|[a-z]+(?:'[a-z]+)?|[~%$£€¥¢°/\-.,;:!?()\"]")
# A capitalised name followed by a small number: Orsk-5, Orsk 5, Artemis II, Apollo 11, QN-6; a capital letter
# and a hyphen make a model's designation too: C-190, F-35, and its plural ("23 C-190s").
# (not a share: "Whitcomb 41% of the vote", "the Greens 41 percent")
_IDENT_RE = re.compile(r"(?<![\w'])([a-z][a-z']*[a-z](?:-| |)|[a-z]-)(\d{1,3}|[ivx]{1,5})"
                       r"(?!(?!s\b)\w|[.,]\d|[-\u2013]\d)(?!\s?%|\s+per\s?cent\b|\s+percent\b)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}
_NOT_IDENT_STEMS = STOPWORDS | set(MONTHS) | WEEKDAYS | {k[0] for k in units() if len(k) == 1} | NUMBER_WORDS | (
    ISO_CODES) | {
    "page", "chapter", "section", "figure", "table", "top", "step", "phase", "level", "number", "no", "vol",
    "item", "line", "room", "gate", "stage", "round", "part", "article", "amendment", "list",
    # scales news gives a grade on (AP style: "Category 2 hurricane", "magnitude 6.1", "Level 3 alert"): a grade is
    # a fact to compare ("label:categori"), not a name whose siblings are other things
    "category", "magnitude", "grade", "class", "tier",
}


class _PendingRole:
    """find_role's reading of one figure, made when the figure's role is first asked: most figures of the passages
    judged are never compared with a claim's (a claim without figures compares none), and a role is the dearest part
    of a sentence's facts. Made once, however many copies of the figure ask (shift_facts copies the pending)."""

    __slots__ = ("args", "role")

    def __init__(self, *args: object) -> None:
        self.args: tuple[object, ...] | None = args
        self.role: Role | None = None

    def made(self) -> Role:
        if self.role is None:
            self.role = find_role(*self.args)  # type: ignore[misc]  # args are set until the role is made
            self.args = None  # (the sentence's words and masks are not kept with the figure)
        return self.role


class _RoleField:
    """Quantity.role: a Role, or a _PendingRole that is made into one when the field is first read (a data
    descriptor: dataclasses' __init__, replace, eq, hash and repr all go through it)."""

    _DEFAULT = Role()

    def __get__(self, obj: object, owner: type | None = None) -> Role:
        if obj is None:
            return self._DEFAULT  # the field's default, as dataclasses asks for it
        role = obj.__dict__["role"]
        if type(role) is _PendingRole:
            role = obj.__dict__["role"] = role.made()
        return role

    def __set__(self, obj: object, value: Role | _PendingRole) -> None:
        obj.__dict__["role"] = value


@dataclass(frozen=True)
class Quantity:
    value: float          # in the dimension's base unit
    dimension: str        # mass, length, duration, percent, points, usd, "usd/share", "label:categori", "count"
    nouns: frozenset[str]  # what a bare count counts ("papers", "rounds"); empty for measured quantities
    qualifier: str        # exact, approx, under, at_least, at_most, cap, range
    significant: int      # significant figures as written
    text: str             # as written in the source
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # in the normalised text
    low: float = 0.0      # the interval the text implies, in the base unit ("nearly 2 kg": 1,800 to 2,000 g)
    high: float = 0.0
    role: Role = _RoleField()  # type: ignore[assignment]  # what it measures, whose it is, reported or expected, ...
    step: float = 0.0     # the precision written ("12.0" billion: 0.1 billion), in the base unit
    per: str = ""         # the period of a count's rate ("day": "300 patients a day"); "" for none written
    near: str = ""        # a bound said to be "near" ("just over 10,100") or "far" ("well over") its figure: compare

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["role"] = self.role  # pickled made: a pending role holds its sentence's words
        return state


@dataclass(frozen=True)
class Facts:
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateFact, ...] = ()
    identifiers: frozenset[str] = frozenset()
    negations: tuple[tuple[int, int], ...] = ()  # normalised spans that a negation cue governs
    hedges: tuple[tuple[int, int], ...] = ()     # normalised spans that "whether" or "if" puts in doubt
    spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # normalised spans of fact text
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # named parties of the subject as written, with their stems
    # a rank ("first", "largest") with its scope's stems ("sampl", "far", "side") and its owner's ("region's largest")
    ordinals: tuple[Rank, ...] = ()
    places: tuple[tuple[str, str, tuple[str, ...], str], ...] = ()  # ("near", "Galveston", stems, "landfal")
    landmarks: frozenset[str] = frozenset()  # stems of places named as a reference point ("west of Billings")
    date_bounds: tuple[tuple[tuple[int, int], str], ...] = ()  # dates that bound a period, with the preposition
    # ("since March 2020": since); other dates date the event
    # each date's clause, as its span and stems: what it dates ("discovered the intrusion on Sept. 9": discov, intrus)
    date_clauses: tuple[tuple[tuple[int, int], tuple[int, int], frozenset[str]], ...] = field(default=(),
                                                                                              compare=False)

    @cached_property  # (asked of a claim's facts for each passage its early stop weighs; the fields never change)
    def checkable(self) -> int:
        if not self.quantities and not self.dates:
            return 0  # (most texts: asked for every passage judged)
        # an unresolved relative date ("on Tuesday" with no document date) checks nothing; nor does a count of none
        # ("no deaths"), which is a denial for the words to carry, whatever event it is said of
        return sum(1 for q in self.quantities if not none_count(q.dimension, q.low, q.high)
                   and not names_period(q.dimension)) + sum(
            1 for d in self.dates if d.resolved)


_Spanned = TypeVar("_Spanned", Quantity, DateFact)

MAX_FIGURES = 200  # figures one text may hold and still be read as statements (news sentences hold under 20)


def none_count(dimension: str, low: float | None, high: float | None) -> bool:
    """Whether a figure is a count of none ("no deaths": an interval around 0 narrower than one)."""
    return dimension == "count" and low is not None and high is not None and -1 < low <= 0 <= high < 1


# What read_cased needs to rewrite a token: a numeral or a scale word beside it ("41.3C", "million SEK")
_CASED_HINT_RE = re.compile(r"\d|thousand|million|billion|trillion")

# What an identifier needs: a digit, or a Roman numeral after a space. Most sentences have neither.
_IDENT_HINT_RE = re.compile(r"\d| [ivx]{1,5}(?!\w)")


# The identifiers of sentences read already, by text: a sentence's keys (sentencekeys.py) read them, and its facts,
# when a claim retrieves it, read the same text again. Only texts whose positions are the original's (a range: ASCII,
# no alias) are kept, their result being the text's and the original's alone; a few MB at most (MAX_KNOWN).
_KNOWN_IDENTIFIERS: dict[tuple[str, str, range], dict[str, tuple[int, int]]] = {}
MAX_KNOWN = 32768


def identifiers(folded: Folded) -> dict[str, tuple[int, int]]:
    """Names with a serial number, keyed as `stem-number`; only capitalised names count (Apollo 11, not 'page 2').
    The dict may be shared: the caller does not change it."""
    if _IDENT_HINT_RE.search(folded.text) is None:
        return {}
    offsets = folded.offsets
    if type(offsets) is not range or folded.ends is not None:
        return _identifiers(folded)
    key = (folded.text, folded.original, offsets)
    found = _KNOWN_IDENTIFIERS.get(key)
    if found is None:
        if len(_KNOWN_IDENTIFIERS) >= MAX_KNOWN:
            _KNOWN_IDENTIFIERS.clear()
        found = _KNOWN_IDENTIFIERS[key] = _identifiers(folded)
    return found


def _identifiers(folded: Folded) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for m in _IDENT_RE.finditer(folded.text):
        name, number = m.group(1).rstrip("- "), m.group(2)
        if name in _NOT_IDENT_STEMS or not folded.is_upper_at(m.start()) or m.group(1).endswith(" ") and (
                name.endswith("'s") or _measured(folded.text, m.end())):
            continue
        if not number.isdigit():  # a Roman numeral counts only in capitals after a space: "Artemis II"
            if number not in _ROMAN or folded.text[m.start(2) - 1] != " " or not all(
                    folded.is_upper_at(i) for i in range(m.start(2), m.end(2))):
                continue
            number = str(_ROMAN[number])
        found.setdefault(f"{name}-{int(number)}", (m.start(), m.end()))
    return found


_NEXT_WORD_RE = re.compile(r"\s*([a-z]+)")


def _measured(text: str, end: int) -> bool:
    """Whether the number a name is followed by is a figure of its own, not the name's serial: a scale or a unit
    comes after it ("warned Ullby 22 minutes before", "Pellan Bank's 900 million thalers"). A name in the possessive
    ("Orsk's 11 regions") owns a count, too: no designation is written so."""
    word = _NEXT_WORD_RE.match(text, end)
    return word is not None and (word.group(1) in SCALES or (word.group(1),) in units())


def identifier_family(ident: str) -> str:
    return ident.rsplit("-", 1)[0]


def extract(folded: Folded, start: int = 0, end: int | None = None,
            found: dict[str, tuple[int, int]] | None = None, anchor: Anchor | None = None) -> Facts:
    """All checkable facts in `folded.text[start:end]`; `found`: the identifiers of all of `folded`, if known;
    `anchor`: the document's date, against which relative dates ("on Tuesday") resolve."""
    end = len(folded.text) if end is None else end
    found = identifiers(folded) if found is None else found
    idents = {k: (s, e) for k, (s, e) in found.items() if start <= s and e <= end}
    text = folded.text[start:end]
    # Mask identifiers so that the 6 of Chang'e-6 is not read as a count.
    masked_text = _masked(text, [(s - start, e - start) for s, e in idents.values()] + powers(folded, start, end))
    found_dates = [d for d in find_dates(masked_text, anchor) if not named_season(d, folded, start)]
    # a relative date's words stay content words: only absolute dates are masked and kept out of the score
    date_spans = [d.span for d in found_dates if not d.relative]

    def original(s: int, e: int) -> str:
        return folded.original[slice(*folded.span(s, e))]

    dates = [replace(d, text=original(d.span[0] + start, d.span[1] + start),
                     span=(d.span[0] + start, d.span[1] + start)) for d in found_dates]
    masked_text = _masked(masked_text, date_spans)

    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(masked_text)]
    if _CASED_HINT_RE.search(masked_text) is not None:  # read_cased rewrites only beside a numeral or a scale word
        toks = read_cased(toks, folded, start)
    words = [t for t, _, _ in toks]
    upper = capitalised(folded, toks, start)
    spans = [(s + start, e + start) for s, e in date_spans]
    figures = scan(words, toks)
    if figures and True in upper:  # (most sentences name nobody: no number word of theirs can open a name)
        figures = [f for f in figures if words[f.first] not in NUMBER_WORDS or not opens_name(words, upper, f.first)]
    if len(figures) > MAX_FIGURES:
        # a run of hundreds of figures is a table or a dump, not a statement: none of them is read as a fact (reading
        # only some could hide the one that differs), so the text can mention a claim but never state or contradict
        # its figures, and each figure's role (~2.7 kB) is not made hundreds of times over
        figures = []
    quantities: list[Quantity] = []
    in_figure = figure_mask(len(words), [(f.first, f.last) for f in figures])
    blanked, comma = (blank_capitalised(words, upper), first_comma(words)) if figures else ([], 0)
    for f in figures:
        s_first, e_last = toks[f.first][1] + start, toks[f.last - 1][2] + start
        if f.dimension == "year":
            dates.append(DateFact(int(f.value), None, None, original(s_first, e_last), (s_first, e_last)))
            spans.append((s_first, e_last))
            continue
        top = f.value if f.high is None else f.high
        if f.high is None:
            low, high = interval(f.value, f.step, f.qualifier, f.dimension)
        else:
            low, high = f.value, f.high
        role: Role | _PendingRole
        if quantities and f.first >= 2 and words[f.first - 1] == "(" and quantities[-1].dimension == f.dimension \
                and quantities[-1].span[1] == toks[f.first - 2][2] + start:
            # "35 kilometers (22 miles)": the conversion of the figure before it (its role as it is, made or pending)
            role = quantities[-1].__dict__["role"]
        else:  # read when first asked (_PendingRole)
            role = _PendingRole(words, upper, f.first, f.last, in_figure, f.dimension == "count",
                                f.dimension == "duration", blanked, comma, f.dimension)
        significant = max(1, len(f"{f.value / f.step:.0f}")) if f.step else 1
        quantities.append(Quantity(
            top * f.factor + f.offset, f.dimension, f.nouns, f.qualifier, significant,
            original(s_first, e_last), (s_first, e_last),
            low * f.factor + f.offset, high * f.factor + f.offset,
            role,  # type: ignore[arg-type]  # a pending role too: the field's _RoleField makes it when read
            f.step * f.factor, f.per,
            nearness(f.qualifier, words[max(0, f.first - 4) : f.first])))
        if not f.word:  # "unanimous" stays a word to match as well as a tally to compare
            spans += _figure_spans(toks, f, start)
    if quantities and dates:
        last_start = max(o.span[0] for o in quantities)  # (whether a figure comes after another, in linear time)
        quantities = [dated_earlier(q, dates, folded.text, last_start > q.span[1]) for q in quantities]
    retracted, superseded = withdrawn(folded.text, start, end)
    if quantities and (retracted or superseded):  # what the outlet said before and withdraws is not what it states
        quantities = [withdraw(q) if any(s <= q.span[0] and q.span[1] <= e for s, e in retracted + superseded)
                      else q for q in quantities]
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        identifiers=frozenset(idents),
        negations=scopes(folded.text, NEG_RE, start, end, folded),
        hedges=scopes(folded.text, HEDGE_RE, start, end, folded) + retracted,
        spans=tuple(spans),
        names=_names(toks[:_first_verb(toks, upper)], upper, folded, start),
        ordinals=ranks(words, upper),
        places=places(toks, upper, folded, start),
        landmarks=landmarks(toks, upper),
        date_bounds=date_bounds(dates, folded.text),
        date_clauses=date_clauses(dates, toks, masked_text, start),
    )


def withdraw(quantity: Quantity) -> Quantity:
    """The figure as its outlet's correction leaves it: withdrawn (corrections.py, retractions.py)."""
    return replace(quantity, role=replace(quantity.role, modality=WITHDRAWN))


def _figure_spans(toks: list[tuple[str, int, int]], f: Figure, start: int) -> list[tuple[int, int]]:
    """The spans of a figure's tokens that the match leaves out of its score: all but a currency's name ("31.4 million
    zlotys"), which says, as a noun does, what the figure is of, and is matched as one."""
    spans: list[tuple[int, int]] = []
    run, money = f.first, f.dimension.split("/")[0]
    for k in range(f.first, f.last + 1):
        if k == f.last or (toks[k][0].isalpha() and CURRENCY_AFTER.get(toks[k][0], ("",))[0] == money):
            if k > run:
                spans.append((toks[run][1] + start, toks[k - 1][2] + start))
            run = k + 1
    return spans


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` blanked (most sentences have none to blank)."""
    if not spans:
        return text
    masked = list(text)
    for s, e in spans:
        masked[s:e] = " " * (e - s)
    return "".join(masked)


def _first_verb(toks: list[tuple[str, int, int]], upper: list[bool]) -> int:
    """Index of the first full verb: the names before it are the statement's subject."""
    for k, (t, _, _) in enumerate(toks):  # a loop, not next() over a generator: it runs for every sentence
        if t[0].isalpha() and not upper[k] and (t in AUXILIARIES or t in HEDGED or (
                t not in STOPWORDS and is_verb(t))):
            return k
    return len(toks)


def _names(toks: list[tuple[str, int, int]], upper: list[bool], folded: Folded,
           start: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Runs of capitalised words ("Financial Supervisory Authority", "Jonas Ostby"): the named parties of the
    statement's subject (the tokens given end at its first verb), found by capitals alone (no name lists)."""
    runs: list[tuple[str, tuple[str, ...]]] = []
    k = 0
    while k < len(toks):
        if not upper[k] or toks[k][0] in STOPWORDS or toks[k][0] in MONTHS or toks[k][0] in WEEKDAYS:
            k += 1
            continue
        j = k
        while j < len(toks) and upper[j] and toks[j][0][0].isalpha():
            j += 1
        stems = tuple(stem(t) for t, _, _ in toks[k:j] if t not in STOPWORDS and t not in MONTHS)
        if stems:
            s, e = toks[k][1] + start, toks[j - 1][2] + start
            runs.append((folded.original[slice(*folded.span(s, e))], stems))
        k = max(j, k + 1)
    return tuple(runs)


def shift_facts(facts: Facts, by: int) -> Facts:
    """The facts of a text moved `by` characters to the right: the same sentence standing later in a passage."""
    def moved(span: tuple[int, int]) -> tuple[int, int]:
        return span[0] + by, span[1] + by

    # only the fields that hold something are rebuilt (most sentences hold no figure, date or cue), and each figure
    # and date is copied with its span moved, as dataclasses.replace would build it (~4 us each) from its fields
    changes: dict[str, Any] = {}  # field name -> its new value, of that field's type
    if facts.quantities:
        changes["quantities"] = tuple(_moved_copy(q, moved(q.span)) for q in facts.quantities)
    if facts.dates:
        changes["dates"] = tuple(_moved_copy(d, moved(d.span)) for d in facts.dates)
    if facts.negations:
        changes["negations"] = tuple(map(moved, facts.negations))
    if facts.hedges:
        changes["hedges"] = tuple(map(moved, facts.hedges))
    if facts.spans:
        changes["spans"] = tuple(map(moved, facts.spans))
    if facts.date_bounds:
        changes["date_bounds"] = tuple((moved(span), word) for span, word in facts.date_bounds)
    if facts.date_clauses:
        changes["date_clauses"] = tuple((moved(span), moved(clause), stems)
                                        for span, clause, stems in facts.date_clauses)
    return replace(facts, **changes) if changes else facts


def _moved_copy(fact: _Spanned, span: tuple[int, int]) -> _Spanned:
    """A copy of a frozen figure or date with another span: the same fields its __init__ would set (these classes
    set nothing else: no __post_init__, no slots)."""
    copy = object.__new__(type(fact))
    state = copy.__dict__
    state.update(fact.__dict__)
    state["span"] = span
    return copy


def merge_facts(parts: list[Facts]) -> Facts:
    if len(parts) == 1:
        return parts[0]
    return Facts(
        quantities=tuple(q for f in parts for q in f.quantities),
        dates=tuple(d for f in parts for d in f.dates),
        identifiers=frozenset().union(*(f.identifiers for f in parts)),
        negations=tuple(n for f in parts for n in f.negations),
        hedges=tuple(n for f in parts for n in f.hedges),
        spans=tuple(s for f in parts for s in f.spans),
        names=tuple(n for f in parts for n in f.names),
        date_bounds=tuple(b for f in parts for b in f.date_bounds),
        date_clauses=tuple(c for f in parts for c in f.date_clauses),
        ordinals=tuple(o for f in parts for o in f.ordinals),
        places=tuple(p for f in parts for p in f.places),
        landmarks=frozenset().union(*(f.landmarks for f in parts)),
    )
