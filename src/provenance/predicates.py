"""Predicates: whether a passage says the claim's verb as a verb, and of whom.

A claim is carried by its main verb. "The score was still 1-1" does not say that anyone scored, "a possible veto
fight" that anyone vetoed, and "Substitute Varga scored" is not "Moreau scored"; "the company has apologized" is
not its chief executive's apology. These are rules of English syntax and news style, read from the words around
the verb; verdict.py asks them of a passage it would otherwise call supporting.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .lexicon import lexicon
from .match import Analyzed
from .names import ORGANISATIONS, entities
from .normalize import STOPWORDS, stem
from .wordclass import DETERMINERS, adjectives, is_verb

if TYPE_CHECKING:
    from .claimprobe import ClaimProbe


# The words that mark what follows as a noun: roles.DETERMINERS, "whose" and the quantifying "no" and "any" ("no
# evidence of fraud"), less the demonstratives ("that" before a verb is mostly a relative pronoun, "customers that
# lost power")
_NOUN_MARKERS = "|".join(sorted(DETERMINERS - {"that", "these", "those"} | {"whose", "no", "any"}))
_DETERMINER = re.compile(rf"\b(?:{_NOUN_MARKERS})\s+$")
_ADJECTIVE_BEFORE = re.compile(rf"\b(?:{_NOUN_MARKERS})\s+([a-z]+)\s+$")  # "a possible"


def event_facts(claim: Analyzed) -> int:
    """The claim's checkable facts, less a year that names a thing after a determiner ("vetoed the 2026 budget")."""
    text = claim.folded.text
    named = sum(1 for d in claim.facts.dates if d.month is None and _DETERMINER.search(text, max(0, d.span[0] - 12),
                                                                                         d.span[0]))
    return claim.facts.checkable - named


def relative_facts(claim: Analyzed, predicates: frozenset[str], light: frozenset[str]) -> bool:
    """Whether every checkable fact of the claim stands in a relative clause ("cancelled the cruise that was due to
    leave on May 23", "arrested the man who stabbed three people"): they are of what the clause tells of its noun,
    and carry none of the main verb's event. Not where the main verbs (`predicates`) are light or only report or
    introduce what the clause tells ("reported a profit that rose 4%", "had a toll that reached 40"). A "that" after
    a verb opens what it says ("estimated that 2.4 million tonnes ..."), no relative."""
    facts = claim.facts
    spans = [q.span for q in facts.quantities] + [d.span for d in facts.dates]
    if not spans or predicates <= light | _REPORTS:
        return False
    opens = next((m.end(1) for m in _RELATIVE.finditer(claim.folded.text) if not _says(m.group(1))), None)
    return opens is not None and all(start > opens for start, _ in spans)


def _says(word: str) -> bool:
    """Whether a word before "that" is a verb in the past or the third person, which "that" follows as the opening
    of what it says, finds or estimates ("said that", "estimated that", "warns that", "reports that")."""
    return word in lexicon().past or word.endswith("ed") or word.endswith("s") and is_verb(word)


# Verbs that report what a clause tells rather than do anything themselves (news style's; closed-class)
_REPORTS = frozenset(stem(w) for w in "report reported announce announced post posted record recorded".split())
_RELATIVE = re.compile(r"\b([a-z]+)\s+(?:that|which|who)\b")  # a noun and the relative pronoun after it


def names_things_only(claim: Analyzed, passage: Analyzed) -> bool:
    """Whether the claim's facts are years alone and the passage writes each only as the name of a thing ("the 2025
    bathing water classification"): then the passage's year dates no event, and "was rated poor in 2025" needs its
    verb stated as a claim of words alone does."""
    years = [d for d in claim.facts.dates if d.year and d.month is None and d.weekday is None and not d.relative]
    if not years or len(years) != claim.facts.checkable or any(_names_a_thing(claim.folded.text, d.span[0])
                                                                  for d in years):
        return False  # (the claim's own year names a thing too: "idled by the regulator's 2019 safety review")
    text = passage.folded.text
    for d in years:
        uses = [m.start() for m in re.finditer(rf"\b{d.year}\b", text)]
        if not uses or any(not _names_a_thing(text, s) for s in uses):
            return False
    return True


_POSSESSIVE = re.compile(r"['\u2019]s\s+$")


def _names_a_thing(text: str, at: int) -> bool:
    """Whether the year at `at` names a thing: after a determiner or a possessive ("the 2025 classification",
    "the regulator's 2019 safety review")."""
    return bool(_DETERMINER.search(text, max(0, at - 12), at) or _POSSESSIVE.search(text, max(0, at - 4), at))


def only_as_noun(passage: Analyzed, stem_: str) -> bool:
    """Whether every use of the verb's stem in the passage is a noun: "the score was still 1-1" does not say that
    anyone scored, nor "a possible veto fight" that anyone vetoed; a determiner right before it, or before an
    adjective before it, marks the noun."""
    text = passage.folded.text
    past = lexicon().past

    def as_noun(s: int, e: int) -> bool:
        if text[s:e].endswith("ed") or text[s:e] in past:
            return False  # a participle after a determiner still says what its verb does ("an estimated €24.6m")
        adjective = _ADJECTIVE_BEFORE.search(text, max(0, s - 60), s)
        return bool(_DETERMINER.search(text, max(0, s - 40), s) or adjective and adjective.group(1) in adjectives())

    uses = [(s, e) for w, s, e in passage.words if w == stem_]
    return bool(uses) and all(as_noun(s, e) for s, e in uses)


_APPOSITION = re.compile(r",\s+(?:a|an|the|who|which)\b[^,]*,\s*$")


def someone_else(probe: ClaimProbe, passage: Analyzed, found: dict[str, str]) -> str:
    """The name that holds the claim's verb in the passage when it is nobody the claim names, "" otherwise.

    Each use of the claim's verb ("scored") has a doer: a passive's agent named after "by" ("a round led by Birchwood
    Capital"), else the nearest capitalised name before it in its sentence, an apposition or relative clause
    between commas skipped ("Ostby, a former state senator, conceded";
    "Varga, who had been on the pitch for half an hour, scored"). When every use belongs to a name the claim does
    not mention ("Substitute Eva Varga scored"), the passage says it of someone else. A use with no name before
    it in its sentence (a pronoun, a sentence's first word) is no evidence either way; nor is one whose name, or
    the three words before it, the claim shares ("Ostbahn's drivers' union GDV denied")."""
    verbs = {found[p] for p in probe.predicates if p in found}
    if not verbs or not (probe.analyzed.facts.names or _passive_agent(probe.analyzed, probe.predicates)):
        return ""
    folded, claim = passage.folded, probe.analyzed.stems
    starts = [span[0] for span, _, _ in passage.sentences]
    holders: list[str] = []
    doubted = passage.facts.hedges + passage.facts.negations
    for i, (w, s, e) in enumerate(passage.words):
        if w not in verbs or any(a < s < b for a, b in doubted):  # (a cue itself is a doing: "denied")
            continue  # "was weighing whether to suspend the licence": nobody did it there
        if (by := _BY_AGENT.match(folded.text, e)) and folded.is_upper_at(by.end()):
            # a passive's agent is its doer: "a funding round led by Birchwood Capital"
            stop = _CLAUSE_END.search(folded.text, by.end())
            agent = [x for x, xs, _ in passage.words[i + 1 : i + 5]
                     if by.end() <= xs < (stop.start() if stop else len(folded.text))]
            if not agent or set(agent) & claim:
                return ""
            holders.append(agent[0])
            continue
        start = starts[bisect_right(starts, s) - 1] if starts else 0
        if _PRONOUN_DOER.search(folded.text[max(start, s - 40) : s]):
            return ""  # "'I apologize,' said Lund": the speaker is not the nearest name before the verb
        skip = _APPOSITION.search(folded.text, start, s)
        limit = skip.start() if skip else s
        at = next((k for k in range(i - 1, -1, -1)
                   if start < passage.words[k][1] < limit and folded.is_upper_at(passage.words[k][1])), None)
        if at is None:
            if org := _organisation_doer(folded.text[start:s], probe, claim):
                holders.append(org)
                continue
            return ""
        # the doer's phrase: its name and the words just before it ("Ostbahn's drivers' union GDV denied")
        phrase = {x for x, xs, _ in passage.words[max(0, at - 3) : at + 1] if xs >= start}
        if phrase & claim:
            return ""
        holders.append(passage.words[at][0])
    return holders[0] if holders else ""


_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")  # "led by Birchwood Capital", "was bought by the Merrow Group"
_CLAUSE_END = re.compile(r"[,;:.!?()]|\s(?:with|and|while|after|before|in|on|at|for)\s")  # where the agent's name ends


def _passive_agent(analyzed: Analyzed, verbs: frozenset[str]) -> bool:
    """Whether a verb of the text has a named agent after "by" ("The round was led by Orvel Capital")."""
    folded = analyzed.folded
    return any(w in verbs and (by := _BY_AGENT.match(folded.text, e)) is not None and folded.is_upper_at(by.end())
               for w, _, e in analyzed.words)


# What may stand between a subject and its verb: auxiliaries, "not"/"never", and the time and manner adverbs AP copy
# puts there ("has since apologized", "also denied", "publicly apologized"); closed-class English.
_AUXILIARY_RUN = r"(?:(?:has|have|had|was|were|is|are|also|since|already|now|later|then|publicly|not|never)\s+)*$"
# "I" or "we" before the verb speaks for the person quoted ("'... I apologize to our customers,' said Lund"),
# who is named after the quote, not before the verb; "he" or "she" may be anyone named before.
_PRONOUN_DOER = re.compile(r"\b(?:i|we)\s+" + _AUXILIARY_RUN)
# The subject just before a verb written as a definite description: "The company has apologized", "its parent
# group also denied". Auxiliaries and the adverbs news puts between subject and verb may stand between.
_DESCRIBED_DOER = re.compile(r"\b(?:the|its|their)\s+([a-z]+)\s+" + _AUXILIARY_RUN)


def _organisation_doer(before: str, probe: ClaimProbe, claim: frozenset[str]) -> str:
    """"the company" when the verb's subject is an organisation by its legal form's noun (ISO 20275: "company",
    "group", "corporation") that the claim does not use, and the claim says the verb of a person ("Chief executive
    Mara Lund apologised"): an organisation is not its chief executive. "" otherwise."""
    m = _DESCRIBED_DOER.search(before[-80:])
    if m is None or m.group(1) not in ORGANISATIONS or stem(m.group(1)) in claim:
        return ""
    doers = entities(probe.analyzed.folded.original)
    return f"the {m.group(1)}" if doers and doers[0][1].person else ""


# Focus and time adverbs that may stand between a verb and its complement ("was rated only 'sufficient'", "is now
# listed as stable"), and "as": closed-class English
_BEFORE_COMPLEMENT = frozenset("only just still now as also again officially currently".split())
_QUOTES = re.compile(r"[\"'\u201c\u201d\u2018\u2019]")


def _complement(analyzed: Analyzed, i: int) -> tuple[int, str] | None:
    """(index, word as written) of the adjective that completes the verb at analyzed.words[i] ("rated poor"), the
    adverbs above skipped; None when none follows."""
    text = analyzed.folded.text
    for k in range(i + 1, min(i + 4, len(analyzed.words))):
        _, s, e = analyzed.words[k]
        between = _QUOTES.sub(" ", text[analyzed.words[k - 1][2] : s]).split()
        if any(w not in _BEFORE_COMPLEMENT for w in between):
            return None  # another word or punctuation between: not the verb's complement
        word = text[s:e]
        if word in _BEFORE_COMPLEMENT:
            continue
        after = _NEXT_WORD.match(text, e)
        if after and after.group(1) not in STOPWORDS:
            return None  # an adjective before a noun is the noun's: "offered free credit monitoring"
        return (k, word) if word in adjectives() and not analyzed.folded.is_upper_at(s) else None
    return None


_NEXT_WORD = re.compile(r"\s+([a-z][a-z'-]*)")


def swapped_complement(probe: ClaimProbe, passage: Analyzed, found: dict[str, str]) -> tuple[str, str] | None:
    """(the claim's complement, the passage's) when the claim's passive verb takes an adjective the passage does not
    have ("was rated poor") and the passage's same passive verb takes another ("was rated only 'sufficient'"): a grade
    or a finding said otherwise is another one, however many of the claim's other words the passage shares."""
    claim = probe.analyzed
    for i, (w, s, _) in enumerate(claim.words):
        if w not in probe.predicates or w not in found or not _PASSIVE.search(claim.folded.text, max(0, s - 30), s) \
                or (mine := _complement(claim, i)) is None:
            continue
        if claim.words[mine[0]][0] in found:
            continue  # the passage has the claim's complement somewhere
        for j, (v, t, _) in enumerate(passage.words):
            if v == found[w] and _PASSIVE.search(passage.folded.text, max(0, t - 30), t) \
                    and (theirs := _complement(passage, j)) is not None \
                    and passage.words[theirs[0]][0] not in claim.stems:
                return mine[1], theirs[1]
    return None


# A passive's auxiliary before its participle, an adverb between ("was officially declared", "is now listed"): an
# object's complement ("was rated poor") grades what the verb acts on; an active verb's adjective ("reported strong
# results", "remained stable") is not compared, as synonyms ("steady") say the same
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|now\s+|still\s+|also\s+)?$")


_OBJECT_OPENS = re.compile(rf"\s+(?:{_NOUN_MARKERS})\s+$")  # between an active verb and its object: "won the"
_JOINS = frozenset({"", "'s", "'", "\u2019s", "\u2019"})  # what may stand between two words of one noun phrase


def _object(analyzed: Analyzed, i: int) -> frozenset[str]:
    """The stems of the noun phrase right after the verb at analyzed.words[i] and its determiner ("won the opening
    set", "suspended the company's licence"): its words joined by white space or a possessive alone, so "of", a
    figure or a comma ends it. Empty when no determiner opens it ("won in 2019", "won 3-2", "derailed near
    Kewanee"): a verb whose object is unsure is left alone."""
    text, words = analyzed.folded.text, analyzed.words
    if i + 1 >= len(words) or not _OBJECT_OPENS.fullmatch(text, words[i][2], words[i + 1][1]) \
            or _PASSIVE.search(text, max(0, words[i][1] - 30), words[i][1]):
        return frozenset()
    run = [words[i + 1][0]]
    for k in range(i + 2, len(words)):
        if text[words[k - 1][2] : words[k][1]].strip() not in _JOINS:
            break
        run.append(words[k][0])
    return frozenset(run)


def swapped_object(probe: ClaimProbe, passage: Analyzed, found: dict[str, str]) -> tuple[str, str] | None:
    """(a word of the claim's object, the passage's object) when the passage's same active verb acts on another word
    of the claim and never on the claim's own object, which it gives elsewhere: "won the tiebreak" does not state
    "won the opening set of four rapid games in the tiebreak", however many words the two share. Its object must be a
    word the claim gives elsewhere; one the claim lacks ("won the title") may be the same thing said otherwise, and
    is left to the other rules."""
    claim = probe.analyzed
    for i, (w, _, _) in enumerate(claim.words):
        if w not in probe.predicates or w not in found or not (mine := _object(claim, i)):
            continue
        elsewhere = {found[c] for c in found if c not in mine and c != w}
        wanted = {found[c] for c in mine if c in found}  # the passage has the claim's object, acted on otherwise
        uses = [j for j, (v, _, _) in enumerate(passage.words) if v == found[w]]
        theirs = [_object(passage, j) for j in uses]
        if wanted and theirs and all(o and not o & wanted and o & elsewhere and not _later(passage, j, wanted)
                                     for j, o in zip(uses, theirs, strict=True)):
            return next(iter(sorted(mine))), sorted(theirs[0] & elsewhere)[0]
    return None


def _later(analyzed: Analyzed, i: int, stems: set[str]) -> bool:
    """Whether one of `stems` follows the word at analyzed.words[i] in its sentence, before another verb: the claim's
    object said later ("blamed the driver for the crash", "paid the damages and the fine", "loaded the grain onto the
    ship") may be the verb's still, in another of English's frames for it; after another verb ("won the final after
    losing the opening set") it is that verb's."""
    text = analyzed.folded.text
    at = analyzed.words[i][1]
    end = next((b for (a, b), _, _ in analyzed.sentences if a <= at < b), len(text))
    for w, s, e in analyzed.words[i + 1 :]:
        if s >= end:
            return False
        if w in stems:
            return True
        if is_verb(text[s:e]):
            return False
    return False
