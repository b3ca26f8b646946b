"""What a negation or a hedge governs: the stretch of a sentence each cue ("not", "has yet to", "could", "plans to")
denies or puts in doubt.

Cues are closed-class English and news style, never words fitted to a story. A cue governs a few words after it, up
to a clause boundary, not its whole sentence (see scopes()).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from .lexicon import lexicon
from .months import MONTHS
from .normalize import HEDGES, LEXICAL_NEGATIONS, NEGATIONS, NO_BOUNDS, Folded
from .wordclass import AUXILIARIES, is_verb

_REQUIRE = r"(?:requires?|needs?|awaits?)"
# after a determiner or a possessive the word is a noun or an adjective ("the needs of 300 families", "his pending
# appeal"); "pending" is one after a verb that takes an object too ("has pending fraud charges")
_DETERMINED = "".join(r"(?<!\b" + d + " )" for d in "a an the its his her their our your any no whose".split())
_DETERMINED += "(?<!'s )"
_STEP = (r"(?:still )?" + _DETERMINED + r"(?:" + _REQUIRE + r"|awaiting|subject to|(?<!\bhas )(?<!\bhave )"
         r"(?<!\bhad )(?<!\bwith )(?<!\bfaces )(?<!\bface )pending)")
_STEP_RE = re.compile(_STEP)
# What others said, that one can deny (closed-class English)
_SAID_NOUNS = r"(?:reports?|claims?|suggestions?|allegations?|accusations?|rumou?rs?|speculation|assertions?|accounts?)"
# Negators of general English beyond normalize.py's: "has yet to", "failed to", "denied", "fell short of", "no
# longer" ("no" is already a cue). "Has not yet been approved" denies the approval: "not yet" is a negation, never
# an exception.
_MORE_NEGATIONS = (r"yet to|fail(?:s|ed|ing)? to|den(?:y|ies|ied|ying)"
                   # "rejected reports that", "dismissed claims of": a denial of what others said (not "rejected the
                   # offer", "dismissed the lawsuit": a refusal, no denial of a fact)
                   r"|(?:reject|dismiss|refut|disput|rebutt?)(?:s|ed|es|ing)?(?= (?:the |any )?" + _SAID_NOUNS +
                   r" (?:that|of)\b)"
                   r"|(?:fell|falls?|falling|just|stopped|came|comes) short of"
                   # a refusal denies the step refused: "refused to resign", "declined to comment", "ruled out
                   # stepping down" ("would not rule out a filing" denies nothing: _NOT_NEG_RE)
                   r"|(?:refus|declin)(?:e|es|ed|ing) to|rul(?:e|es|ed|ing) out"
                   r"|(?:almost|nearly)(?= [a-z]+ed\b)"  # "the dam almost failed": it did not fail
                   r"|acquit(?:s|ted|ting|tal)?|clear(?:s|ed|ing)?(?= (?:[a-z]+ ){0,3}(?:of|on)\b)"  # "cleared him of"
                   # what a step still waits on has not happened: "still needs approval", "pending a vote", "subject
                   # to approval" (but "a pending lawsuit", "his pending appeal", "has pending charges" exist); see
                   # _step_denied
                   r"|" + _STEP)
# ("no" joined by a hyphen makes a compound, not a denial: "a no-strike pledge", "a no-fly zone", "a no-confidence
# vote"; "a do-not-drink order" does deny the drinking); nor does "No." before a numeral, the number sign ("the No. 2
# unit")
NEG_RE = re.compile(r"\b(?:" + "|".join(sorted(NEGATIONS | LEXICAL_NEGATIONS)) + "|" + _MORE_NEGATIONS +
                    r")\b(?!(?<=\bno)-)(?!(?<=\bno)\. ?\d)|n't\b")
# What puts a statement in doubt or in the future: "whether", "if" (normalize.HEDGES), the modal verbs, and the verbs
# of expectation and intention before "to" ("is expected to", "plans to", "aims to"), and a requirement that denies
# no step (see _step_denied): closed-class English.
# Verbs of intention, threat and promise before "to" ("planned to", "threatened to veto"), in all their forms.
_INTEND_FORMS = (
    ("plan", ("", "s", "ned", "ning")), ("aim", ("", "s", "ed", "ing")), ("intend", ("", "s", "ed", "ing")),
    ("seek", ("", "s", "ing")), ("sought", ("",)), ("propos", ("e", "es", "ed", "ing")),
    ("threaten", ("", "s", "ed", "ing")), ("vow", ("", "s", "ed", "ing")), ("promis", ("e", "es", "ed", "ing")),
    ("hop", ("e", "es", "ed", "ing")), ("want", ("", "s", "ed", "ing")))
_INTEND = "(?:" + "|".join(root + "(?:" + "|".join(endings) + ")" for root, endings in _INTEND_FORMS) + ")"
# "is due to reopen", "were due to meet": a schedule, not an event; "was due to the strike" gives a cause
_DUE = (r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=\bbeen )|(?<=\bnow ))due to"
        r"(?! (?:the|a|an|its|their|his|her|our|this|that|these|those|\d)\b)")
# "once it reopens", "once they are approved", "once the merger is approved": a condition still to be met (a "once"
# before a present tense; "once it reopened" tells when, and "was once the largest" and "once a week" are no
# conditions)
_ONCE = (r"once(?= (?:it|he|she) (?:[a-z]+s|can|will)\b| (?:they|we) (?:are|have|can|will|[a-z]+(?<!ed))\b"
         r"| the [a-z]+ (?:is|are|has|have)\b)")
# A belief others hold, in the passive ("the cub, thought to be a female", "is believed to have died", "were feared
# killed"): what it says is presumed, not known
_BELIEVED = (r"(?:thought|believed|presumed|understood|suspected|feared|alleged) to (?:be|have)"
             r"|feared(?= (?:dead|killed|drowned|trapped|lost)\b)")
_PROSPECTIVE = (r"will|would|could|may|might|should|shall|must|expect|expects|expected|forecast|forecasts|predicted|"
                r"predicts|" + _INTEND + r" to|set to|likely to|" + _DUE + "|" + _ONCE + "|" + _STEP + "|" + _BELIEVED)
HEDGE_RE = re.compile(r"\b(?:" + "|".join(sorted(HEDGES)) + "|" + _PROSPECTIVE + r")\b")

# The words a cue's match can open with (a match opens at a word's start, and its first word ends at a space or a
# word boundary; "n't" alone opens inside a word). A region without one of them holds no cue: a set look-up of its
# words is several times faster than searching it with the cue's pattern, and most sentences hold none.
# tests/test_scopes_heads.py derives these sets from the patterns themselves.
_STEP_HEADS = frozenset({"still", "require", "requires", "need", "needs", "await", "awaits", "awaiting", "subject",
                         "pending"})
_HEADS: dict[re.Pattern[str], frozenset[str]] = {
    NEG_RE: NEGATIONS | LEXICAL_NEGATIONS | _STEP_HEADS | {
        "yet", "fail", "fails", "failed", "failing", "deny", "denies", "denied", "denying", "fell", "fall", "falls",
        "falling", "just", "stopped", "came", "comes", "almost", "nearly", "acquit", "acquits", "acquitted",
        "acquitting", "acquittal", "clear", "clears", "cleared", "clearing", "refuse", "refuses", "refused",
        "refusing", "decline", "declines", "declined", "declining", "rule", "rules", "ruled", "ruling"} | {
        root + ending for root in ("reject", "dismiss", "refut", "disput", "rebut", "rebutt")
        for ending in ("", "s", "ed", "es", "ing")},
    HEDGE_RE: HEDGES | _STEP_HEADS | {
        "will", "would", "could", "may", "might", "should", "shall", "must", "expect", "expects", "expected",
        "forecast", "forecasts", "predicted", "predicts", "set", "likely", "sought", "due", "once", "thought",
        "believed", "presumed", "understood", "suspected", "feared", "alleged"} | {
        root + ending for root, endings in _INTEND_FORMS for ending in endings},
}
_NEG_HEADS, _HEDGE_HEADS = _HEADS[NEG_RE], _HEADS[HEDGE_RE]
_WORD_RUN = re.compile(r"\w+")
_NOT_NEG_WORDS = frozenset({"no", "not"})  # what every match of _NOT_NEG_RE holds as a word


def may_hold(region: str, cue: re.Pattern[str]) -> bool:
    """False when `region` cannot hold a match of `cue` (NEG_RE or HEDGE_RE): none of its words opens one."""
    return _first_cue(region, cue, _words(region)) >= 0


def _heads_of(cue: re.Pattern[str]) -> frozenset[str] | None:
    """The words a match of `cue` can open with, None for a pattern without such a set."""
    # (by identity first: a compiled pattern's hash is made from its code, thousands of words for these two)
    return _NEG_HEADS if cue is NEG_RE else _HEDGE_HEADS if cue is HEDGE_RE else _HEADS.get(cue)


def _first_cue(region: str, cue: re.Pattern[str], words: list[str]) -> int:
    """Where in `region` the first match of `cue` can open at the earliest (-1: nowhere), from its `words`."""
    heads = _heads_of(cue)
    if heads is None:
        return 0
    first = region.find("n't") if cue is NEG_RE else -1
    if heads.isdisjoint(words):
        return first
    at = next(m.start() for m in _WORD_RUN.finditer(region) if m.group(0) in heads)
    return at if first < 0 else min(at, first)


def _cue_openings(region: str, cue: re.Pattern[str], heads: frozenset[str], words: list[str]) -> list[int]:
    """Where in `region` a match of `cue` can open, in order: at a word of `heads` (`words`: the region's), and at
    "n't" for a negation."""
    at = [] if heads.isdisjoint(words) else [m.start() for m in _WORD_RUN.finditer(region) if m.group(0) in heads]
    if cue is NEG_RE and (k := region.find("n't")) >= 0:
        while k >= 0:
            at.append(k)
            k = region.find("n't", k + 1)
        at.sort()
    return at


def _cues_at(region: str, cue: re.Pattern[str], at: list[int]) -> Iterator[re.Match[str]]:
    """The matches `cue.finditer(region)` gives, tried only at `at`, where one can open (_cue_openings): searching
    the whole pattern (hundreds of alternatives) at every position of a sentence cost ~16 us, and most of its words
    open none."""
    end = -1
    for p in at:
        if p >= end and (m := cue.match(region, p)) is not None:
            end = m.end()
            yield m


def _may_blank(words: list[str]) -> bool:
    return not _NOT_NEG_WORDS.isdisjoint(words)


@lru_cache(maxsize=1)
def _words(region: str) -> list[str]:
    """The words of a region (each sentence is asked for its negations, then for its hedges)."""
    return _WORD_RUN.findall(region)


# "no fewer than 40" is a figure's bound, not a denial; "would not rule out a bankruptcy filing" denies nothing: two
# negations leave a possibility, which "no intention of filing" denies; a noun's "of no" makes a compound ("a motion of
# no confidence" is a no-confidence motion), as a hyphen does
_NOT_NEG_RE = re.compile(r"\bnot only\b|\bno (?:doubt|longer than)\b|\bnot least\b|\bno first\b"
                         r"|\b(?:a|an|the|its|their|his|her|this|that)\s+[a-z]+\s+of\s+no\b"
                         r"(?!\s+(?:more|less|fewer|longer)\b)"
                         r"|\bnot (?:rul(?:e|ed|ing) out|exclude[ds]?|excluding)\b"
                         r"|\b(?:" + "|".join(NO_BOUNDS) + r")\b")
# Where the verb phrase after a partitive's noun phrase begins ("none of the X has been ..."): its auxiliary.
_VERB_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(AUXILIARIES | {"will", "would", "could", "can"})) + r")\b")
_SCOPE_END = re.compile(
    r"[,;:!?()]|(?<=[a-z]{3})\.(?=\s|$)|\b(?:but|and|while|although|though|unless|which|who|that)\b")
SCOPE_WORDS = 5
CLAUSE_WORDS = 10  # a denied clause ("denied reports that flour and bran would also be covered") is denied whole


def _joins_subjects(rest: str, stop: re.Match[str]) -> bool:
    """Whether a denied that-clause's "and" joins the nouns of its subject ("that flour and bran would be covered",
    "that its chairman and the chief executive would resign"), not two clauses ("that it paid and said it would
    appeal", "that it paid and officers arrested two men"): no verb stands before it in the clause, and none right
    after it."""
    if stop.group(0) != "and":
        return False
    before = re.findall(r"[a-z'-]+", rest[: stop.start()])
    after = re.match(r"\s+([a-z'-]+)", rest[stop.end():])
    # (a plural noun that could be a verb's -s form, "rents and house prices", is taken as the noun it mostly is here)
    return bool(before) and after is not None and not is_verb(after.group(1)) and not any(
        w in AUXILIARIES or (is_verb(w) and not w.endswith("s")) for w in before + [after.group(1)])


# "denies that ...", and "denied reports (on social media) that ...": a noun of saying before the clause (closed-class
# English: what one can deny of what others said)
# A short adverbial may stand before the clause: "denied on Monday that", "denied in a statement on Monday that" (not
# across a conjunction: "denied at first but said that it would appeal" asserts the clause).
_THAT = re.compile(r"(?:\s+(?:on|in|at|late|early|again|also|flatly|strongly|firmly|publicly)\b"
                   r"(?:\s+(?!(?:but|and|or|then|said|says|that)\b)[\w'-]+){0,5}?)?"
                   r"\s+(?:(?:the\s+|any\s+)?(?:reports?|claims?|suggestions?|allegations?|accusations?|charges?|"
                   r"rumou?rs?|speculation|assertions?|accounts?)(?:\s+[a-z'-]+){0,4}?\s+)?that\b")
# "rejected reports of a fuel leak" denies the leak, not the reports, as "denied reports that there was a leak" does
_SAID_OF = re.compile(r"\s+(?:the\s+|any\s+)?" + _SAID_NOUNS + r"\s+of\b")
_DENIERS = ("den", "reject", "dismiss", "refut", "disput", "rebut")  # verbs that deny what others said
# "does not require approval" denies the requirement, not the approval: a negator's scope stops after it
_NOT_REQUIRED = re.compile(r"\s+" + _REQUIRE + r"\b")
_NEGATOR_END = re.compile(r"(?:\bnot|n't|\bnever)$")


def _negated_before(region: str, at: int) -> bool:
    """Whether "not", "n't" or "never" and white space stand right before `at`, as the pattern "not", "n't" or
    "never" then white space to the end would find in region[:at], looking back only as far as that can reach:
    searching the whole text before each cue was quadratic."""
    k = at
    while k and region[k - 1].isspace():  # (the white space before one cue is before no other)
        k -= 1
    return k < at and _NEGATOR_END.search(region, max(0, k - 5), k) is not None
# "requires companies to report", "needs to win": an obligation, not a step that has not happened
_OBLIGATION = re.compile(r"\s+(?:[a-z'-]+\s+){0,3}?to\s+[a-z]")
# "needs a visa", "subject to a 25% tariff", "pending an investigation": a kind of thing, or an amount, that applies
_GENERIC = re.compile(r"\s+(?:an?\b|\$|\d)")
# A requirement's object is its noun phrase: "pending an investigation into the shooting" is not of the shooting
_STEP_END = re.compile(r"\s(?:into|from|by|of|over|for|on|at|in|with|after|about|against|to)\b")
_CALENDAR = re.compile(r"\s+(?:on\s+)?(?:\d|" + "|".join(map(re.escape, MONTHS))
                       + r"\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")


def _tensed(word: str) -> bool:
    """A verb with a tense of its own ("arrived", "were"): where a requirement's noun phrase has ended."""
    return word in AUXILIARIES or word in lexicon().past or (word.endswith("ed") and is_verb(word))


def _window(region: str, at: int) -> str:
    """The text after `at` as far as any reading of one cue's scope can look: its first _WINDOW_WORDS words."""
    words = _WINDOW.match(region, at)
    return region[at : words.end()] if words else region[at:]


def _step_denied(region: str, m: re.Match[str]) -> bool:
    """Whether a requirement cue ("still needs approval", "pending a vote") denies its step, rather than put it in
    doubt: not when it is itself denied ("does not require approval"), nor when it is an obligation ("requires
    companies to report") or of a kind of thing or an amount ("needs a visa", "subject to a 25% tariff"), nor
    "subject to" alone, which says as often what applies ("subject to tax", "subject to sanctions", "subject to
    flooding") as what is awaited ("subject to approval"); unless "still" says the step is awaited ("still needs the
    board to approve it", "still subject to approval")."""
    rest = _window(region, m.end())
    if _negated_before(region, m.start()):
        return False
    cue = m.group(0)
    return cue.startswith("still") or not (_OBLIGATION.match(rest) or _GENERIC.match(rest) or cue == "subject to")


_OF_OR_ON = re.compile(r"\b(?:of|on)\s+")
_FIRST_WORDS = re.compile(rf"(?:\s*\S+){{1,{CLAUSE_WORDS}}}")
# A cue's scope, with what may stand between ("denied reports on social media that": 7 words), is CLAUSE_WORDS words
# at most, and every pattern read after a cue spans fewer words than the window holds
_WINDOW_WORDS = 24
_WINDOW = re.compile(rf"(?:\s*\S+){{1,{_WINDOW_WORDS}}}")
_NON_SPACE = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z'-]+")


class _Following:
    """The first match of a pattern at or after a position of one text, asked for positions that only grow: a search
    is made again only from past the match found before (or never, after none was found)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        self.since, self.found = -1, None  # type: int, re.Match[str] | None

    def after(self, pos: int) -> re.Match[str] | None:
        if self.since < 0 or pos < self.since or self.found is not None and self.found.start() < pos:
            self.found, self.since = self.pattern.search(self.text, pos), pos
        return self.found


def _cleared_of_nothing(region: str, m: re.Match[str], folded: Folded | None, start: int,
                        clearing: _Following | None = None) -> bool:
    """Whether "cleared ... of/on" is no acquittal: "cleared the bill on Tuesday", "cleared snow on Main Street",
    "cleared the merger of two grocers on competition grounds" clear a thing; an acquittal clears a party, named or a
    pronoun or unsaid, of or on its charges ("cleared him of bribery", "clears Marta Ruiz on bank fraud counts",
    "was cleared on all counts")."""
    # (the cue ends at a space: no word boundary differs from the slice's)
    found = clearing.after(m.end()) if clearing is not None else _OF_OR_ON.search(region, m.end())
    if found is None:
        return True
    prep = found.group(0)
    between, after = region[m.end(): found.start()], found.end()
    if prep.startswith("on") and (
            _CALENDAR.match(" " + region[after:]) or (folded is not None and folded.is_upper_at(after + start))):
        return True
    party = (w.group(0) in ("him", "her", "them")
             or (folded is not None and folded.is_upper_at(m.end() + w.start() + start))
             for w in re.finditer(r"[a-z'-]+", between))
    return not all(party)


def scopes(text: str, cue: re.Pattern[str], start: int = 0, end: int | None = None,
           folded: Folded | None = None) -> tuple[tuple[int, int], ...]:
    """The stretch each negation (or hedge) cue governs: up to SCOPE_WORDS words, ending at a clause boundary.

    A sentence-wide flag would make "under the Halden Data Act, passed in 2011, the agency is not allowed ..." deny
    that the act was passed; a scope only denies what follows the cue ("allowed to share"). With `folded`, a capitalised
    cue is a name, not a cue ("in May", "Will Smith").
    """
    end = len(text) if end is None else end
    region = text[start:end]
    words = _words(region)
    heads = _heads_of(cue)
    if heads is None:
        first, at = 0, None
    else:  # where a cue can open (_first_cue's reading, its places kept for the matches below)
        at = _cue_openings(region, cue, heads, words)
        if not at:
            return ()  # most sentences have no cue
        first = at[0]
    if _may_blank(words):
        # blanking whole words ("not only") only takes cues away: the first cue is still at `first` or after it
        region = _NOT_NEG_RE.sub(lambda m: " " * len(m.group(0)), region)
    found: list[tuple[int, int]] = []
    denied_requirement = -1  # where a requirement a negator denies ends: that cue is not one of its own
    # Each cue reads only the few words after it: every search below stops within them or starts where the last one
    # left off (searching from each cue to the end of its sentence made a run-on line of cues quadratic: "no no no
    # ..." or "pending pending ...", 160 lines of 3,000 characters, held `check` 20 s)
    lead = len(region) - len(region.lstrip(" \"'\u201c\u2018("))  # where the region's first word opens
    clearing, verb_phrases = _Following(_OF_OR_ON, region), _Following(_VERB_PHRASE, region)
    matches = cue.finditer(region, first) if at is None else _cues_at(region, cue, at)
    for m in matches:  # look-behinds and word boundaries still see the text before `first`
        if m.start() < denied_requirement:
            continue
        # a capitalised cue is a cue where a sentence opens (the region's start, after opening quotes, or after a
        # full stop), whatever stands before the region in the passage; elsewhere it is a name
        opening = m.start() <= lead or region[max(0, m.start() - 2) : m.start()].strip() == "."
        if folded is not None and cue is not NEG_RE and folded.is_upper_at(m.start() + start) and not opening:
            continue
        step = _STEP_RE.fullmatch(m.group(0).lower()) is not None
        if step and (cue is NEG_RE) != _step_denied(region, m):
            continue  # a requirement either denies its step or puts it in doubt, never both
        if cue is NEG_RE and m.group(0).startswith("clear") and _cleared_of_nothing(region, m, folded, start,
                                                                                   clearing):
            continue
        rest = _window(region, m.end())
        begin = m.start()
        if m.group(0).lower().startswith(_DENIERS) and (that := _THAT.match(rest) or _SAID_OF.match(rest)):
            skipped = that.end()
            if that.group(0).split()[0] != "that":
                begin = m.end() + skipped  # the reports themselves are not denied, what they said is
            clause = that.group(0).rstrip().endswith("that")  # a clause, not "reports of a leak": a noun phrase
            # "denies (reports) that its plant caused it" denies the clause that follows (read whole: see below)
            rest = region[m.end() + skipped:] if clause else rest[skipped:]
        else:
            skipped, clause = 0, False
        if cue is NEG_RE and (required := _NOT_REQUIRED.match(rest)) is not None:
            denied_requirement = m.end() + required.end()
            found.append((begin + start, denied_requirement + start))
            continue
        if m.group(0).lower() in ("none", "neither") and rest.startswith(" of ") and (
                verb := verb_phrases.after(m.end())):
            # "none of the stolen works has been recovered" denies its verb phrase, not its noun phrase ("none of
            # the officers involved in recovering the works has been named" recovered them)
            gap = verb.start() - m.end()  # (rest opens with " of ": no boundary differs from the slice's)
            begin, skipped, rest = verb.start(), gap, _window(region, verb.start())
        # the end of the CLAUSE_WORDS-th word: no scope reaches past it, so no search need look further
        horizon = words_end.end() if (words_end := _FIRST_WORDS.match(rest)) else 0
        # (a that-clause's first stop is sought whole: whether it joins two subjects decides how many words it keeps)
        stop = _SCOPE_END.search(rest) if clause else _SCOPE_END.search(rest, 0, horizon)
        joined = False
        if clause:
            while stop is not None and _joins_subjects(rest, stop):  # "denied that flour and bran would be"
                joined = True
                stop = _SCOPE_END.search(rest, stop.end(), horizon) if stop.start() < horizon else None
        limit = stop.start() if stop else len(rest)
        if step and not _OBLIGATION.match(rest) and (noun_phrase := _STEP_END.search(rest, 1, horizon)) is not None:
            limit = min(limit, noun_phrase.start())
        if step and (verb := next((w for w in islice(_LOWER_WORD.finditer(rest, 0, min(limit, horizon)), 1, None)
                                   if _tensed(w.group(0))), None)) is not None:
            limit = verb.start()  # "migrants awaiting asylum hearings arrived": the clause's own verb is no step
        kept = list(islice(_NON_SPACE.finditer(rest, 0, limit), CLAUSE_WORDS if joined else SCOPE_WORDS))
        scope_end = m.end() + skipped + (kept[-1].end() if kept else 0)
        found.append((begin + start, scope_end + start))
    return tuple(found)
