"""Polarity: what a passage denies or opposes of a claim, and what it says has not happened yet.

"Cascade has not paid the residents a cent" denies the claim's own verb, a fact about the event; "not in talks"
against "discussions are ongoing" denies a shared word, looser evidence; "has not yet approved" says the step is
still to come, which neither states nor contradicts "will approve". Negation cues and their scopes are closed-class
English (scopes.py); a modal before a negator ("would not concede") denies a will, not an event.
"""

from __future__ import annotations

import re

from .match import DENIAL_VERB, Analyzed
from .models import Conflict
from .normalize import stem
from .wordclass import SUBJECT_PRONOUNS


def scope_text(analyzed: Analyzed) -> str:
    folded = analyzed.folded
    return "; ".join(folded.original[slice(*folded.span(s, e))] for s, e in analyzed.facts.negations)


# A modal before a negator: "would not concede", "won't", "cannot" deny a will or an ability, not an event
_MODAL_NOT = re.compile(r"\b(?:will|would|wo|shall|can|could|ca|may|might|must|should)\s*$")
# "had not paid ... until last week": it paid then
_UNTIL = re.compile(r"\buntil\b")
# What denies a denial before it: "rejected reports that it had not paid" (a denial opening inside another, "never
# denied that it paid", is no denial at all: Analyzed.denials)
_DENIAL_BEFORE = re.compile(r"\b(?:not|never|no|n't|" + DENIAL_VERB.pattern + r")\b")
# The auxiliaries and adverbs between a denial's subject and its negator ("Cascade has not", "it had still not")
_BEFORE_NEGATOR = re.compile(
    r"([a-z'\u2019]+)\s+(?:(?:has|have|had|is|are|was|were|did|does|do|still|so|far|yet)\s+)*$")


def weak_denials(analyzed: Analyzed, said: frozenset[str]) -> bool:
    """Whether no denial of the passage denies, as a fact, an event of a party the claim names: each is a modal's
    ("he would not concede"), ends "until" ("had not paid until last week": it paid then), is itself denied
    ("rejected reports that it had not paid"; "never denied that it paid" is no denial: Analyzed.denials), or has a
    subject that is neither a party the claim names (`said`: the passage's stems that matched the claim's) nor a
    pronoun ("its insurer has not paid")."""
    text = analyzed.folded.text
    for start, end in analyzed.denials:
        sentence = next((a for (a, b), _, _ in analyzed.sentences if a <= start < b), 0)
        subject = _BEFORE_NEGATOR.search(text, max(sentence, start - 60), start)  # a bounded tail: linear
        if _MODAL_NOT.search(text, max(0, start - 12), start) or _UNTIL.search(text, start, end) \
                or _DENIAL_BEFORE.search(text, sentence, start):
            continue
        if subject and (subject.group(1) in SUBJECT_PRONOUNS or stem(subject.group(1).rstrip("'\u2019s")) in said):
            return False
    return True


def denied_word(claim: Analyzed) -> str | None:
    """The first word a claim denies ("injuri" in "No injuries have been reported at the plant", "plant" in "denies
    that its plant caused it", "recov" in "None of the stolen works has been recovered"), or None. The cue itself
    ("denies", "failed") is not what is denied."""
    return next((w for w, s, _ in claim.words if any(a < s < b for a, b in claim.facts.negations)), None)


def denies_what_claim_denies(claim: Analyzed, passage: Analyzed, found: dict[str, str]) -> bool:
    """Whether a passage's denial covers a word the denying claim denies ("will not appeal against the fine" / "has
    said it will not appeal"): another denial in it ("No water company has ever been handed a bigger fine") shares
    words of the claim but denies something else, and states nothing of the claim's denial."""
    return any(p in passage.negated for c, p in found.items() if c in claim.negated)


# What says a step is still to come: "not yet", "has yet to", "still needs", "awaits", "pending"
_PENDING = re.compile(r"\b(?:yet|still|awaits?|awaiting|pending|needs?|requires?)\b")


def not_yet(claim: Analyzed, passage: Analyzed, found: dict[str, str], predicates: frozenset[str],
             verbs: dict[str, str] | None) -> bool:
    """Whether the passage denies only what the claim says will or may happen, and denies it as a fact, not in the
    claim's mood: "will be sentenced in May" / "has not yet been sentenced", "awaits sentencing". What has not
    happened yet may still happen: neither opposes nor states the other ("will not be sentenced" opposes)."""
    if not _PENDING.search(passage.folded.text):
        return False  # "is not allowed to cooperate" denies what "may cooperate" permits: no step still to come
    verbs = verbs or {}
    denied = [c for c, p in found.items() if p in passage.negated] + [
        c for c in predicates if c not in found and c not in claim.negated and verbs.get(c) in passage.negated]
    return bool(denied) and not any(c in claim.negated for c in found) and all(
        c in claim.hedged and found.get(c, verbs.get(c)) not in passage.hedged for c in denied)


def polarity_conflict(claim: Analyzed, passage: Analyzed, found: dict[str, str],
              predicates: frozenset[str] = frozenset(), verbs: dict[str, str] | None = None) -> Conflict | None:
    """A clash when one side denies what the two share and the other does not.

    ("not in talks" / "discussions are ongoing"). Both sides denying the shared content, in whatever words, agree.
    """
    verbs = verbs or {}
    claim_denies = any(c in claim.negated for c in found)
    # "Tessel Foods paid a ransom" / "it did not pay a ransom": a denial gives the verb, not its past form
    denied_verb = any(c not in found and c not in claim.negated and verbs.get(c) in passage.negated
                      for c in predicates)
    passage_denies = denied_verb or any(p in passage.negated for p in found.values())
    if not_yet(claim, passage, found, predicates, verbs):
        return None
    if claim_denies and not passage_denies and ((denied := denied_word(claim)) not in found or found[denied] != denied):
        # "No injuries have been reported at the plant": a passage without injuries does not oppose it; nor does one
        # with a word derived from it ("a reward for the recovery of the works" / "none has been recovered")
        return None
    if claim_denies != passage_denies:
        # the claim's own verb denied by the passage ("Norbeck has not paid") is a fact about the event; another
        # shared word denied ("not in talks"), or an affirmative verb against a denying claim ("No deaths have been
        # reported" / "the Associated Press reported"), is looser evidence
        verb = denied_verb or any(c not in claim.negated and found[c] in passage.negated and found[c] == c
                                  for c in predicates if c in found)
        # (a denied synonym is looser evidence: "disclosed" / "were not exposed", "certified" / "no evidence")
        return Conflict("negation" if verb else "polarity", scope_text(claim) or "affirmative",
                        scope_text(passage) or "affirmative")
    return None


def opposites(claim: Analyzed, passage: Analyzed, opposed: dict[str, str]) -> list[tuple[str, str]]:
    """The words as written for each claim word whose opposite the passage uses ("older" / "younger")."""

    def written(a: Analyzed, stem: str) -> str:
        for w, s, e in a.words:
            if w == stem:
                return a.folded.original[slice(*a.folded.span(s, e))]
        return stem

    return [(written(claim, c), written(passage, p)) for c, p in opposed.items()]


# A universal quantifier over the claim's noun ("for all adults with COPD", "every school", "each of its branches"),
# not before a number ("all seven hospitals": the number is the checked fact), nor in an idiom of time or manner
# ("All told", "all night", "all along") or a compound ("all-comers": the hyphen ends the match).
_UNIVERSAL = re.compile(r"\b(?:all|every|each)\s+(?!(?:\d|one\b(?!\s+of)|two\b|three\b|four\b|five\b|six\b|seven\b|"
                        r"eight\b|nine\b|ten\b|but\b|told\b|along\b|over\b|day\b|night\b|week\b|year\b|morning\b|"
                        r"afternoon\b|evening\b|the\s+time\b|the\s+same\b))")
_STATED_UNIVERSAL = re.compile(r"\b(?:all|every|each|entire|whole)\b(?!\s+but\b)")  # not "all but two"
_QUALIFIED = re.compile(r"\b(?:nearly|almost|virtually|practically|not|nor)\s+$")  # "nearly all" is not all
_FILLER = frozenset("of the its their his her our one a an".split())


def _universal_noun(text: str, at: int) -> str:
    """The stem of the noun a universal at `at` (its end) governs: "all adults" -> adult, "each of its branches" ->
    branch; "" when none follows."""
    for word in re.findall(r"[a-z][a-z'-]*", text[at : at + 60])[:5]:
        if word not in _FILLER:
            return stem(word)
    return ""


def universal_unstated(claim: Analyzed, passage: Analyzed) -> bool:
    """Whether the claim says "all", "every" or "each" of what it speaks of and the passage does not say so of the
    same noun: "approved for all adults with COPD" is not stated by "approved ..., but limited its use to patients
    with the most severe form", nor by "nearly all adults" or "each pack". The scope is part of the claim, as a
    figure is; a passage silent on it only mentions it."""
    m = _UNIVERSAL.search(claim.folded.text)
    if m is None or not (noun := _universal_noun(claim.folded.text, m.end())):
        return False
    text = passage.folded.text
    for u in _STATED_UNIVERSAL.finditer(text):
        if not _QUALIFIED.search(text[max(0, u.start() - 16) : u.start()]) and _universal_noun(text, u.end()) == noun:
            return False
    return True
