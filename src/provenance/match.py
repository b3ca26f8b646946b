"""Claim x passage relevance: which passages speak about what the claim speaks about, and how much of it.

Scorer choice. Claims are short and passages long, so symmetric string scores (fuzz.ratio, WRatio) punish a
passage for saying more than the claim, and fuzz.partial_ratio works on characters, where "1,371" and "1,731" look
alike. token_set_ratio rewards any shared bag of words but cannot tell "the" from "Chang'e". What a fact-checker
needs is *coverage*: how much of the claim's content the passage carries, with rare words (names, places) weighing
more than common ones. So the score is an idf-weighted share of the claim's content words found in the passage,
where a word is found when its stem is there or, for spelling variants and leftover inflection, when rapidfuzz's
`fuzz.ratio` against a passage stem reaches FUZZY_CUTOFF. Numbers, dates and identifiers are left out of the score:
they are facts, compared exactly in `facts.py`, never fuzzily.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate

from rapidfuzz import fuzz, process

from .dates import Anchor
from .discourse import TOPIC
from .facts import Facts, extract, identifiers, merge_facts, shift_facts
from .lexicon import lexicon
from .models import Passage
from .normalize import Aliases, Folded, content_words, normalize

FUZZY_CUTOFF = 88.0   # "recieved"/"received" pass; "older"/"order" (80) and "lunar"/"solar" (60) do not
FUZZY_MIN_LEN = 5     # short stems are too easily confused to match fuzzily
MAX_SUFFIX = 3        # letters a derived form may add to a stem: threat-en, found-er, report-ed
FOCUS_SCORE = 45.0    # a sentence of a pair may contradict the claim only if it covers this much of it alone


@dataclass(frozen=True)
class Analyzed:
    """A text analysed once: normalised, its content words (outside fact spans), its facts per sentence."""

    folded: Folded
    words: tuple[tuple[str, int, int], ...]
    facts: Facts
    sentences: tuple[tuple[tuple[int, int], Facts, frozenset[str]], ...]  # (span, facts, stems) per sentence
    negated: frozenset[str]  # stems that occur only inside the scope of a negation ("not in talks")
    hedged: frozenset[str]   # stems that occur only inside the scope of "whether" / "if"
    carried: frozenset[str] = frozenset()  # stems of the entities its anaphors refer to ("It" = Norbeck Chemical)
    references: tuple[tuple[str, str], ...] = ()  # (anaphor as written, entity it refers to)
    implicit: frozenset[str] = frozenset()  # carried stems of the story's subject, which the passage never names

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(w for w, _, _ in self.words) | self.carried

    @cached_property
    def denials(self) -> tuple[tuple[int, int], ...]:
        """The negation scopes that deny (cue included): not two where one opens inside the other, which denies the
        denial ("never denied that it paid", "the ban would not apply to flour"): the two cancel."""
        return effective_denials(self.facts.negations)


def effective_denials(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """`spans` but those that open inside another, and those that another opens inside (see Analyzed.denials)."""
    inner, outer = _nested(spans)
    nested = inner | outer  # (once: made per span, the union cost time quadratic in a passage's negations)
    return tuple(span for k, span in enumerate(spans) if k not in nested)


# A verb that denies what someone said ("denied reports that"); a denial of it ("never denied that it paid") leaves
# what was said in doubt
DENIAL_VERB = re.compile(r"(?:den(?:y|ies|ied|ying)|disput\w*|dismiss\w*|reject\w*|refut\w*)\b")


def denied_denials(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The scopes of a denial verb that opens inside another denial ("never denied that it paid"): not stated, not
    denied, in doubt, as "whether" puts what follows."""
    inner, _ = _nested(spans)
    return tuple(span for k, span in enumerate(spans) if k in inner and DENIAL_VERB.match(text, span[0]))


def _nested(spans: tuple[tuple[int, int], ...]) -> tuple[set[int], set[int]]:
    """(the spans that open inside another, the spans another opens inside), by index.

    From the starts in order, not every pair: a passage of a stranger's file with hundreds of negations ("did not
    deny, did not deny, ...") cost 0.15 s a passage, 400 kB two minutes."""
    starts = sorted(s for s, _ in spans)
    reach = list(accumulate((b for _, b in sorted(spans)), max))  # the furthest end of the spans opening so far
    inner = {k for k, (s, _) in enumerate(spans) if (n := bisect_left(starts, s)) and reach[n - 1] > s}
    outer = {i for i, (a, b) in enumerate(spans) if (n := bisect_right(starts, a)) < len(starts) and starts[n] < b}
    return inner, outer


def _split(words: Iterable[tuple[str, int, int]], spans: Iterable[tuple[int, int]],
           length: int) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """Words that overlap one of the spans, and words that do not."""
    covered = bytearray(length)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    inside: list[tuple[str, int, int]] = []
    outside: list[tuple[str, int, int]] = []
    for word in words:
        (inside if covered.find(1, word[1], word[2]) >= 0 else outside).append(word)
    return inside, outside


@dataclass(frozen=True)
class Read:
    """A text's facts, read before its words: what the early stop of engine.py asks of a passage before it is
    analysed in full (analyze() then goes on from it)."""

    folded: Folded
    bounds: tuple[tuple[int, int], ...]  # each sentence's span in the normalised text
    parts: tuple[Facts, ...]             # each sentence's facts
    facts: Facts                         # all of them


def read_facts(text: str, aliases: Aliases | None, sentences: tuple[tuple[int, int], ...] | None = None,
               anchor: Anchor | None = None) -> Read:
    """The facts of a text (see analyze(): the same arguments, less the context, which adds no figure)."""
    folded = normalize(text, aliases)
    if sentences and len(sentences) > 1:
        # facts are read sentence by sentence: none spans a sentence boundary
        bounds = [(bisect_left(folded.offsets, s), bisect_left(folded.offsets, e)) for s, e in sentences]
        found: dict[str, tuple[int, int]] | None = None  # the passage's identifiers, read only if a sentence needs
        parts = []
        for ns, ne in bounds:
            part = _sentence_facts(folded, ns, ne, aliases, anchor)
            if part is None:  # folding did not keep the sentence apart: read it here
                found = identifiers(folded) if found is None else found  # once for the passage
                part = extract(folded, ns, ne, found, anchor)
            parts.append(part)
        parts = _lead_in(parts, folded, bounds)
        return Read(folded, tuple(bounds), tuple(parts), merge_facts(parts))
    # a sentence alone: its facts are those its pairs with its neighbours read (see _sentence_facts)
    alone = _facts_alone(text, aliases, anchor)
    facts = alone[1] if alone is not None and alone[0] == folded.text else extract(folded, anchor=anchor)
    return Read(folded, ((0, len(folded.text)),), (facts,), facts)


def analyze(text: str, aliases: Aliases | None, sentences: tuple[tuple[int, int], ...] | None = None,
            anchor: Anchor | None = None, context: tuple[tuple[str, str] | None, ...] = (),
            read: Read | None = None) -> Analyzed:
    """`anchor`: the date of the text's document, which resolves its relative dates ("on Tuesday"); a claim has
    none. `context`: per sentence, the (anaphor, entity) its opening refers back to, from discourse.references.
    The analysis depends on both: whoever caches an analysis keys it by them too. `read`: the text's facts, if
    read_facts() read them already (with the same arguments)."""
    analyzed = _analyze(read or read_facts(text, aliases, sentences, anchor))
    return _with_context(analyzed, aliases, context) if any(context) else analyzed


def _with_context(analyzed: Analyzed, aliases: Aliases | None,
                  context: tuple[tuple[str, str] | None, ...]) -> Analyzed:
    """The entity an anaphor refers to joins its sentence's words and identifiers, as if the sentence named it."""
    sentences = list(analyzed.sentences)
    carried: set[str] = set()
    implicit: set[str] = set()
    named = analyzed.facts.identifiers
    for i, ref in enumerate(context[: len(sentences)]):
        if ref is None:
            continue
        stems, names = entity_keys(ref[1], aliases)
        span, facts, own = sentences[i]
        # the facts are copied only for an entity whose name holds an identifier the sentence lacks (most names hold
        # none: "Norbeck Chemical Works")
        if not names <= facts.identifiers:
            facts = replace(facts, identifiers=facts.identifiers | names)
            named = named | names
        sentences[i] = (span, facts, own | stems)
        carried |= stems
        if ref[0] == TOPIC:
            implicit |= stems - own
    facts = analyzed.facts if named is analyzed.facts.identifiers else replace(analyzed.facts, identifiers=named)
    return replace(analyzed, facts=facts, sentences=tuple(sentences), carried=frozenset(carried),
                   references=tuple(dict.fromkeys(ref for ref in context if ref is not None)),  # each once
                   implicit=frozenset(implicit - {w for w, _, _ in analyzed.words}))


@lru_cache(maxsize=4096)
def entity_keys(entity: str, aliases: Aliases | None) -> tuple[frozenset[str], frozenset[str]]:
    """The stems and identifiers of an entity's name, read once however many sentences refer to it."""
    folded = normalize(entity, aliases)
    return frozenset(w for w, _, _ in content_words(folded)), frozenset(identifiers(folded))


def _analyze(read: Read) -> Analyzed:
    folded, facts = read.folded, read.facts
    words = tuple(_split(content_words(folded), facts.spans, len(folded.text))[1])
    per_sentence = tuple(
        ((ns, ne), part, frozenset(w for w, ws, _ in words if ns <= ws < ne))
        for (ns, ne), part in zip(read.bounds, read.parts, strict=True)
    )
    # a negation's cue word ("denied", "failed") is not what it denies: "denied that it had been warned" and "denies
    # that its plant caused it" deny different things; a denial that opens inside another denies the denial ("never
    # denied that it paid", "the ban would not apply to flour"): the two cancel
    denied = tuple((cue.end(), e) for s, e in effective_denials(facts.negations)
                   if (cue := _CUE.match(folded.text, s)) is not None)
    doubted = facts.hedges + denied_denials(folded.text, facts.negations)
    return Analyzed(folded, words, facts, per_sentence, only_inside(words, denied, len(folded.text)),
                    only_inside(words, doubted, len(folded.text)))


_CUE = re.compile(r"\S*")  # the cue word a negation's scope opens with


_LEAD_IN = re.compile(r"\b(?P<cue>expects?|expected|forecasts?|projects?|plans?|aims?|targets?|sees|"
                      r"guidance|outlook)\b[^.:]*:\s*$")


def _lead_in(parts: list[Facts], folded: Folded, bounds: list[tuple[int, int]]) -> list[Facts]:
    """A sentence that leads into a list with a forecast or plan ("For the fourth quarter, the company expects:")
    gives the items after it that modality: "Revenue of $4.20 billion to $4.35 billion" is the outlook, not a
    result."""
    out = list(parts)
    for i in range(len(parts) - 1):
        # (a lead-in ends in a colon: most sentences hold none, and are not searched for a cue)
        if folded.text.find(":", bounds[i][0], bounds[i][1]) < 0:
            continue
        m = _LEAD_IN.search(folded.text, bounds[i][0], bounds[i][1])
        if m is None:
            continue
        modality = "planned" if m.group("cue").startswith(("plan", "aim", "target")) else "expected"
        out[i + 1] = replace(out[i + 1], quantities=tuple(
            replace(q, role=replace(q.role, modality=modality)) if q.role.modality == "reported" else q
            for q in out[i + 1].quantities))
    return out


def _sentence_facts(folded: Folded, start: int, end: int, aliases: Aliases | None,
                    anchor: Anchor | None) -> Facts | None:
    """The facts of one sentence of a passage. A sentence stands in up to three passages (its own and the pairs with
    its neighbours): its facts are read once, from the sentence alone, and moved to where it stands. None when the
    sentence alone folds otherwise than in the passage: the caller reads it in place."""
    text = folded.original[folded.offsets[start] : folded.offsets[end - 1] + 1] if end > start else ""
    alone = _facts_alone(text, aliases, anchor)
    if alone is None or alone[0] != folded.text[start:end]:
        return None
    return shift_facts(alone[1], start) if start else alone[1]


@lru_cache(maxsize=16384)
def _facts_alone(text: str, aliases: Aliases | None, anchor: Anchor | None) -> tuple[str, Facts] | None:
    if not text:
        return None
    folded = normalize(text, aliases)
    return folded.text, extract(folded, anchor=anchor)


def only_inside(words: tuple[tuple[str, int, int], ...], scopes: tuple[tuple[int, int], ...],
                length: int) -> frozenset[str]:
    """The stems that stand only inside the scopes (a denial's, a hedge's), never outside them."""
    if not scopes:
        return frozenset()
    inside, outside = _split(words, scopes, length)
    return frozenset({w for w, _, _ in inside} - {w for w, _, _ in outside})


def analyze_passage(passage: Passage, aliases: Aliases | None, anchor: Anchor | None = None,
                    context: tuple[tuple[str, str] | None, ...] = (), read: Read | None = None) -> Analyzed:
    return analyze(passage.text, aliases, passage.sentences, anchor, context, read)


@dataclass(frozen=True)
class Match:
    score: float                          # 0..100 weighted coverage of the claim's content words
    matched: tuple[tuple[int, int], ...]  # normalised spans of passage words that matched
    focus: tuple[int, ...]                # sentences of the passage that speak to the claim on their own
    found: dict[str, str]                 # claim stem -> the passage stem that matched it
    opposed: dict[str, str]               # claim stem -> its opposite, found in the passage instead


def coverage(claim_stems: dict[str, float], stems: frozenset[str],
             names: frozenset[str] = frozenset()) -> tuple[float, dict[str, str]]:
    """Weighted share of the claim's stems present in `stems`; also which passage stem matched each.

    An opposite ("younger" for "older") counts as present: the passage speaks to that part of the claim, and the
    verdict then weighs what it says.
    """
    total = sum(claim_stems.values())
    if not total:
        return 0.0, {}
    got = 0.0
    found: dict[str, str] = {}
    lex = lexicon()
    pool = [s for s in stems if len(s) >= FUZZY_MIN_LEN]
    firsts = {s[:FUZZY_MIN_LEN] for s in pool}  # a stem and its prefix or extension share their first letters
    for stem, weight in claim_stems.items():
        if stem in stems:
            got += weight
            found[stem] = stem
        elif (same := lex.synonyms.get(stem, _NONE) & stems) or stem not in names and (
                (opposite := lex.opposites(stem) & stems) or (same := lex.going(stem) & stems)):
            # a verb of change is said by another going its way ("rose" / "climbed"), and denied by its denial
            got += weight
            found[stem] = min(same or opposite)
        elif len(stem) >= FUZZY_MIN_LEN and pool:
            prefixed = ([p for p in pool if _extends(p, stem) or _extends(stem, p)]
                        if stem[:FUZZY_MIN_LEN] in firsts else [])
            if prefixed:  # "threat" / "threaten", "found" / "founder": what the stemmer leaves apart
                got += weight
                found[stem] = min(prefixed, key=len)
                continue
            best = process.extractOne(stem, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if best:
                got += weight * best[1] / 100.0
                found[stem] = best[0]
    return 100.0 * got / total, found


_NONE: frozenset[str] = frozenset()


def _extends(longer: str, shorter: str) -> bool:
    """Whether `longer` is `shorter` plus a suffix the stemmer left on ("threaten" / "threat"), not another word
    that merely begins the same way ("changesit" / "chang")."""
    return longer.startswith(shorter) and len(longer) - len(shorter) <= MAX_SUFFIX


def match(claim_stems: dict[str, float], passage: Analyzed, names: frozenset[str] = frozenset()) -> Match:
    """How much of the claim the passage covers, and with which words; `names`: the claim's stems that are names,
    matched only as written (ClaimProbe.names)."""
    score, found = coverage(claim_stems, passage.stems, names)
    hits = set(found.values())
    matched = tuple((s, e) for w, s, e in passage.words if w in hits)
    focus: tuple[int, ...] = (0,)
    if len(passage.sentences) > 1:
        alone = [coverage(claim_stems, sentence[2], names)[0] for sentence in passage.sentences]
        focus = tuple(i for i, c in enumerate(alone) if c >= FOCUS_SCORE) or (alone.index(max(alone)),)
    lex = lexicon()
    opposed = {c: p for c, p in found.items() if c != p and p in lex.opposites(c) and c not in passage.stems}
    return Match(score, matched, focus, found, opposed)
