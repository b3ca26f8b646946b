"""One source's evidence for one claim -> supports / diverges / mentions, with the conflicts that decide it.

The rules, strictest first, because a wrong "supports" is the worst thing this tool can say:
- identity: every identifier of the claim (Chang'e-6) must be in the passage. A passage that names only a sibling
  (Chang'e-5) is no evidence at all; one that names the claim's identifier *and* a sibling cannot tell which one
  its figures belong to, so it can only mention.
- supports: the passage covers the claim's content (score >= SUPPORT_SCORE, higher when the claim has no figure,
  date or place to check) and every checkable fact of the claim is found in it and agrees, polarity included.
- diverges: the passage is about the same subject and event (score >= DIVERGE_SCORE; DENIAL_DIVERGE_SCORE when
  only the claim's verb is denied) and a fact of the claim meets a different value in the passage's best-matching
  sentence. A polarity clash alone needs the higher support score, because negation cues are coarse evidence.
- mentions: the passage covers a fair part of the claim (score >= MENTION_SCORE) but confirms nothing.
- structure: a headline or caption may mention or diverge, never support: it is written to be short, not exact,
  and a headline-only figure is what a careful reader checks in the body first.
"""

from __future__ import annotations

import re

from .claimprobe import ClaimProbe, digits
from .compare import Comparison, compare, explain
from .compounds import denied_compound, swapped_modifier, swapped_name
from .facts import identifier_family, merge_facts, none_count
from .lexicon import lexicon
from .match import Analyzed, coverage, match, only_inside
from .models import Conflict, FactPair, Passage, SourceVerdict, Verdict
from .normalize import stem
from .polarity import (
    denied_word,
    denies_what_claim_denies,
    not_yet,
    opposites,
    polarity_conflict,
    scope_text,
    universal_unstated,
    weak_denials,
)
from .predicates import (
    event_facts,
    names_things_only,
    only_as_noun,
    someone_else,
    swapped_complement,
    swapped_object,
)
from .sentencefocus import beside, stating, way_stated

DIVERGE_SCORE = 55.0         # a figure, date or place that differs
DENIAL_DIVERGE_SCORE = 60.0  # a denial alone: coarser evidence of the same event than a figure
MENTION_SCORE = 50.0
FACT_WEIGHT = 4.0  # what a confirmed figure or date adds to the coverage: the weight of a fairly rare word



def _identity(claim: Analyzed, passage: Analyzed, named: frozenset[str] = frozenset(),
              context: frozenset[str] = frozenset()) -> str:
    """'same', 'partial' (some identifier missing, or a sibling beside it) or 'other' (only siblings).

    In a pair of sentences the claim's identifiers must stand in the first: "It retrieved 1,731 grams" refers
    back to the mission named before it, never forward to one named after, and a second sentence that names
    another identifier and not the claim's speaks of that one. (The second sentence on its own is a passage of its
    own.) A passage that names no identifier and nobody the claim does not, in a document (`named`: every identifier
    its body names) that names the claim's and none of their siblings, and whose headline or lede (`context`) speaks
    of them, is about them: "Kelmar spent 4.1 billion talers on the upgrade" in a story of Harvik Point Unit 2.
    """
    wanted = claim.facts.identifiers
    if not wanted:
        return "same"
    present = passage.facts.identifiers
    if not present and named and wanted <= named and not any(
            identifier_family(i) == identifier_family(w) for i in named - wanted for w in wanted) and all(
            stem(identifier_family(w)) in context for w in wanted) and not _names_another(claim, passage):
        return "same"
    if len(passage.sentences) > 1 and wanted <= present and (
            not wanted <= passage.sentences[0][1].identifiers
            or (last := passage.sentences[-1][1].identifiers) and last.isdisjoint(wanted)):
        return "partial"  # (nor is a second sentence that names another about the claim's: "... building Ullby-3")
    families = {identifier_family(i) for i in wanted}
    siblings = {i for i in present if identifier_family(i) in families and i not in wanted}
    if siblings and not wanted & present:
        return "other"
    return "same" if wanted <= present and not siblings else "partial"


def _names_another(claim: Analyzed, passage: Analyzed) -> bool:
    """Whether the passage names someone or something the claim does not (a capitalised word inside a sentence):
    "spent 410 million crowns on building the Tarn rocket" is not about the claim's satellite."""
    folded, starts = passage.folded, {span[0] for span, _, _ in passage.sentences}
    return any(folded.is_upper_at(s) and s not in starts and w not in claim.stems for w, s, _ in passage.words)


CONTEXT_SHARE = 0.5  # what a claim word weighs when only the article's headline or lede gives it


def in_context(probe: ClaimProbe, found: dict[str, str], score: float, context: frozenset[str]) -> float:
    """The score with the claim words the passage leaves to its article: a reader takes "Ostby conceded late
    Monday" in a story whose lede names the recount and Arizona as the concession of that race. Such a word counts
    at CONTEXT_SHARE of its weight, and only for the words: a figure, date or verb must be in the passage."""
    if not context or not probe.weight:
        return score
    return min(100.0, score + _given(probe, context, found))


def _given(probe: ClaimProbe, context: frozenset[str], found: dict[str, str] | None = None) -> float:
    """What the claim words the article's headline and lede give (and the passage did not) add to a score."""
    given = sum(w for c, w in probe.stems.items()
                if c in context and c not in probe.predicates and (found is None or c not in found))
    return 100.0 * CONTEXT_SHARE * given / probe.weight


def _confirms(pair: FactPair) -> bool:
    """Whether the passage states the claim's fact: the same value, or a figure at least as precise that lies inside
    the claim's interval ("35 kilometers (22 miles)" for "about 22 miles"). A vaguer figure that merely meets the
    claim's ("more than 200" for 214) agrees with it but adds nothing to the coverage."""
    if pair.outcome == "agree":
        return True
    p, c = pair.passage, pair.claim
    return pair.outcome == "rounded" and p is not None and None not in (p.low, p.high, c.low, c.high) and \
        c.low <= p.low and p.high <= c.high  # type: ignore[operator]


def _with_facts(probe: ClaimProbe, score: float, confirmed: int) -> float:
    """The score with `confirmed` figures or dates counted as words of FACT_WEIGHT, on both sides of the share."""
    total = probe.weight
    return 100.0 * (score * total / 100.0 + FACT_WEIGHT * confirmed) / (total + FACT_WEIGHT * confirmed)


def _lifting(probe: ClaimProbe, passage_digits: str) -> int:
    """How many of the claim's precise figures the passage writes with the same digits."""
    return sum(1 for d in probe.precise if d in passage_digits)


def mention_floor(probe: ClaimProbe) -> float:
    """The least coverage by words (0..100) that can still reach MENTION_SCORE once the claim's precise figures are
    confirmed: "The crowd of 31,734 was a record" speaks to "The final was watched by a crowd of 31,734" through its
    figure more than through its words. A round figure ("$2 billion") lifts nothing: it is too common."""
    confirmable, total = len(probe.precise), probe.weight
    if not confirmable or not total:
        return MENTION_SCORE
    facts = FACT_WEIGHT * confirmable
    return max(0.0, (MENTION_SCORE * (total + facts) - 100.0 * facts) / total)


def reach(probe: ClaimProbe, bound: float, context: frozenset[str]) -> float:
    """The most judge() can score a passage whose coverage is at most `bound`: every figure of the claim confirmed,
    and every claim word its article's headline and lede give (engine.py stops judging a source below what can
    still support or diverge)."""
    if not probe.weight:
        return bound
    return _with_facts(probe, bound, probe.analyzed.facts.checkable) + _given(probe, context)


def judge(probe: ClaimProbe, passage: Passage, analyzed: Analyzed,
          context: frozenset[str] = frozenset(), named: frozenset[str] = frozenset()) -> SourceVerdict | None:
    """The passage's verdict on the claim; `context`: the stems of its article's headline and lede; `named`: the
    identifiers its document's body names."""
    identity = _identity(probe.analyzed, analyzed, named, context)
    if identity == "other":
        return None
    m = match(probe.stems, analyzed, probe.names)
    if m.score < mention_floor(probe):
        return None
    focus = m.focus + stating(probe, analyzed, m.focus)
    focus_facts = merge_facts([analyzed.sentences[i][1] for i in focus] + beside(probe, analyzed, focus, m.found))
    comparison = compare(probe.analyzed.facts, focus_facts, probe.analyzed.stems, frozenset(m.found),
                         tuple(analyzed.sentences[i][0] for i in focus), frozenset(m.found.values()), probe.stems,
                         probe.events, context,
                         _said_in(analyzed), frozenset(c for c, p in m.found.items() if p not in analyzed.implicit),
                         probe.dating)
    # "exports did not fall" neither says nor denies that they rose: a denied opposite is no clash and no statement
    denied_opposite = {c for c, p in m.opposed.items() if p in analyzed.negated}  # "did not rise" / "did not fall"
    opposed = {c: p for c, p in m.opposed.items()
               if c not in denied_opposite and not way_stated(c, probe.analyzed.facts, focus_facts)}
    clashes = tuple(Conflict("wording", claim_word, source_word) for claim_word, source_word in
                    opposites(probe.analyzed, analyzed, opposed))
    found = {c: p for c, p in m.found.items() if c not in denied_opposite}
    polarity = polarity_conflict(probe.analyzed, analyzed, found, probe.predicates, probe.verbs)
    if denied_opposite:
        comparison = Comparison(comparison.agreed, comparison.unknown + tuple(sorted(denied_opposite)),
                                comparison.conflicts, comparison.spans, comparison.pairs)
    if polarity is None and (denied := denied_compound(probe.analyzed, analyzed, m.found)) is not None:
        polarity = Conflict("polarity", denied, scope_text(analyzed))
    if not polarity and probe.analyzed.negated and (denied := denied_word(probe.analyzed)) is not None and ((
            m.found.get(denied) != denied and not any(p in analyzed.negated for p in m.found.values()))
            or not denies_what_claim_denies(probe.analyzed, analyzed, m.found)):
        # a claim that denies is stated only by a passage that denies too; one without what it denies, or with only
        # a word derived from it ("a reward for the recovery of the works"), says nothing
        comparison = Comparison(comparison.agreed, comparison.unknown + ("denial",), comparison.conflicts,
                                comparison.spans, comparison.pairs)
    if clashes or polarity:
        comparison = Comparison(comparison.agreed, comparison.unknown,
                                comparison.conflicts + clashes + ((polarity,) if polarity else ()), comparison.spans,
                                comparison.pairs)
    # a claim that is itself about a forecast or plan is judged on its facts' modality (compare.py), not here
    hedged = _in_doubt(probe, analyzed, m.found) if not probe.analyzed.facts.hedges else _weaker_modal(
        probe, analyzed, m.found)
    score = m.score
    if analyzed.implicit and not probe.analyzed.facts.checkable:
        # a claim of words alone needs its words stated: the story's subject, implied by a sentence that names
        # nobody, counts for its figures but not in place of a predicate ("looks for a replacement" / "named")
        score = coverage(probe.stems, analyzed.stems - analyzed.implicit)[0]
    confirmed = sum(1 for p in comparison.pairs if _confirms(p) and not none_count(p.claim.unit, p.claim.low,
                    p.claim.high) and (p.claim.kind == "date" or p.passage is not None and p.passage.role))
    if confirmed and not comparison.unknown and not comparison.conflicts:
        # a figure or date the passage states as the claim does, in its role, is part of what it says, as a rare
        # word would be (a figure met only by rounding, or with no role, adds nothing)
        score = _with_facts(probe, score, confirmed)
    if m.score < MENTION_SCORE and (not confirmed or comparison.unknown or comparison.conflicts or _with_facts(
            probe, m.score, min(confirmed, _lifting(probe, digits(passage.text)))) < MENTION_SCORE):
        return None  # below the mention bar in words, and its precise figures did not lift it
    # (read only where it can decide: a denial of the claim's verb among the conflicts)
    weak = not any(c.fact == "negation" for c in comparison.conflicts) or weak_denials(
        analyzed, frozenset(m.found.values()))
    verdict, rule = _decide(probe, identity, score, comparison, hedged, weak)
    if verdict is Verdict.SUPPORTS and not_yet(probe.analyzed, analyzed, m.found, probe.predicates, probe.verbs):
        verdict, rule = Verdict.MENTIONS, ("mood: the passage says it has not happened yet, the claim that it will or "
                                           "may; neither states the other")
    if verdict is Verdict.MENTIONS and rule.startswith("mentions: covers") and identity == "same" and (
            (framed := in_context(probe, m.found, score, context)) >= probe.support_score):
        # support may lean on the article's headline and lede; a divergence must stand in the passage itself
        verdict, rule = Verdict.SUPPORTS, (f"supports: covers {score:.0f}% of the claim, {framed:.0f}% with its "
                                           "article's headline and lede, and every fact it checks agrees")
    # (a claim's verb after "did" is in its base form: "did not pay" is stated by "has not paid")
    unstated = sorted(c for c in probe.predicates if c not in m.found and lexicon().forms_of(c).isdisjoint(
        analyzed.stems) or c in m.found and only_as_noun(analyzed, m.found[c]))
    if verdict is Verdict.SUPPORTS and unstated and (not event_facts(probe.analyzed) or probe.relative_facts
            or names_things_only(probe.analyzed, analyzed) or any(
            m.found.get(c) == c and not only_as_noun(probe.analyzed, c) for c in unstated)):
        # a claim of words alone is carried by its verb: "has paid the damages" is not stated by a passage about
        # "the damages owed", however much else the two share (a year that names a thing, "the 2026 budget", is no
        # fact of the event); and no claim's verb is stated by its noun ("vetoed" / "a possible veto fight")
        verdict, rule = Verdict.MENTIONS, f"predicate: the passage does not state the claim's {', '.join(unstated)}"
    if verdict is Verdict.SUPPORTS and not probe.analyzed.facts.checkable and (
            other := someone_else(probe, analyzed, m.found)):
        # "Moreau scored a penalty" is not what "Substitute Varga scored ..., after Moreau had a penalty saved" says
        verdict, rule = Verdict.MENTIONS, f"predicate: in the passage it is {other} who does what the claim says"
    if verdict is Verdict.SUPPORTS and analyzed.implicit and set(m.found.values()) <= analyzed.implicit:
        # "Residents at a meeting Wednesday night ..." in a story about a bridge: its only words of the claim are the
        # story's subject, implied, and its date is of whatever it tells; a figure or date alone is no statement
        verdict, rule = Verdict.MENTIONS, ("mentions: the passage shares only the story's subject with the claim; its "
                                           "facts may be of anything it tells")
    if verdict is Verdict.SUPPORTS and (swap := swapped_modifier(probe.analyzed, analyzed, m.found)) is not None:
        verdict, rule = Verdict.MENTIONS, f"slot: the passage says '{swap[1]}' where the claim says '{swap[0]}'"
    if verdict is Verdict.SUPPORTS and (swap := swapped_name(probe.analyzed, analyzed, m.found)) is not None:
        verdict, rule = Verdict.MENTIONS, f"slot: the passage names '{swap[1]}' where the claim names '{swap[0]}'"
    if verdict is Verdict.SUPPORTS and (swap := swapped_complement(probe, analyzed, m.found)) is not None:
        verdict, rule = Verdict.MENTIONS, f"slot: the passage's verb takes '{swap[1]}', the claim's '{swap[0]}'"
    if verdict is Verdict.SUPPORTS and (swap := swapped_object(probe, analyzed, m.found)) is not None:
        verdict, rule = Verdict.MENTIONS, f"slot: the passage's verb acts on '{swap[1]}', the claim's on '{swap[0]}'"
    if verdict is Verdict.SUPPORTS and universal_unstated(probe.analyzed, analyzed):
        verdict, rule = Verdict.MENTIONS, "scope: the claim says 'all' or 'every', the passage does not"
    if verdict is Verdict.SUPPORTS and passage.kind != "body":
        verdict, rule = Verdict.MENTIONS, (f"{passage.kind}: a {passage.kind} alone does not make a claim supported; "
                                           "the body must state it")
    spans = m.matched + (comparison.spans if verdict is not Verdict.MENTIONS else ())
    highlights = tuple(sorted({analyzed.folded.span(s, e) for s, e in spans}))
    conflicts = comparison.conflicts if verdict is Verdict.DIVERGES else ()
    dates = tuple(dict.fromkeys((d.text, d.iso) for d in analyzed.facts.dates if d.relative or d.inferred))
    return SourceVerdict(passage.source, verdict, round(m.score, 1), passage.text, passage.line, highlights,
                         None, conflicts, rule=rule, resolved=analyzed.references, kind=passage.kind,
                         dates=dates, explanation=explain(probe.analyzed.facts, focus_facts, comparison, rule))


# The modal verbs of what will happen, and of what only may or is expected to: a claim that something will happen is
# not stated by a passage that says it may ("says she will resign" / "says she may resign"), nor by others'
# expectation ("is expected to close", "is likely to close"). Closed-class English.
_FIRM = frozenset({"will", "would", "shall"})
_POSSIBLE = frozenset({"may", "might", "could", "expected", "likely"})


def _weaker_modal(probe: ClaimProbe, passage: Analyzed, found: dict[str, str]) -> bool:
    """Whether a claim whose only hedges are "will" or "would" meets a passage that puts its words under "may",
    "might", "could", "expected to" or "likely to" (as _in_doubt reads which words count)."""
    claim = probe.analyzed
    cues = [(claim.folded.text[s:e].split(maxsplit=1)[0], s, e) for s, e in claim.facts.hedges]
    if not cues or any(cue not in _FIRM for cue, _, _ in cues):
        return False
    text = passage.folded.text
    spans = tuple((s, e) for s, e in passage.facts.hedges if text[s:e].split(maxsplit=1)[0] in _POSSIBLE)
    if not spans:
        return False
    doubted = only_inside(passage.words, spans, len(text))
    # the verb the claim's "will" governs ("will close"), if the passage has it, else what _in_doubt weighs
    governed = [w for w, ws, _ in claim.words if any(s < ws < e for _, s, e in cues) and w in found][:1]
    if governed:
        return found[governed[0]] in doubted
    return _in_doubt(probe, passage, found, doubted, False)


def _in_doubt(probe: ClaimProbe, passage: Analyzed, found: dict[str, str],
              hedged: frozenset[str] | None = None, own: bool = True) -> bool:
    """Whether the passage puts in doubt what the claim states: its verb ("could approve" for "approved"), or, for a
    claim without one, most of what the two share. A word that only stands in a hedged side clause ("who will run
    the group, told a news conference ...", "would step down when the deal closes") leaves the rest stated.
    `hedged`: the passage's stems in doubt (all its hedges' by default); `own`: whether a word the claim hedges too
    is left out."""
    hedged = passage.hedged if hedged is None else hedged
    doubted = [c for c, p in found.items() if p in hedged and not (own and c in probe.analyzed.hedged)]
    if not doubted:
        return False
    if {stem(rank.split()[-1]) for rank, *_ in probe.analyzed.facts.ordinals} & set(doubted):
        return True  # a record in doubt: "is likely to prove the deadliest since 1987" is no "was the deadliest"
    if probe.predicates:
        return bool(probe.predicates & set(doubted))
    shared = sum(probe.stems.get(c, 0.0) for c in found)
    return sum(probe.stems.get(c, 0.0) for c in doubted) * 2 >= shared




def _said_in(analyzed: Analyzed) -> tuple[tuple[tuple[int, int], frozenset[str], bool], ...]:
    """Each sentence of the passage as compare() wants it (figurepair.Said)."""
    text, implicit = analyzed.folded.text, analyzed.implicit
    return tuple((span, said - implicit, bool(_PART_OF_THEM.match(text, span[0])))
                 for span, _, said in analyzed.sentences)


# A sentence that opens with a part of a group named before: "Most of them", "Half of those", "Two of the homes"
_PART_OF_THEM = re.compile(r"\s*(?:most|some|many|half|all|several|few|none|one|two|three|a third|a quarter)\s+of\s+"
                           r"(?:them|those|these|the)\b")


def _decide(probe: ClaimProbe, identity: str, score: float, comparison: Comparison,
            hedged: bool, weak_denial: bool = True) -> tuple[Verdict, str]:
    """The verdict and the rule that decided it (shown by --explain and in the JSON output); `weak_denial`: whether
    no denial of the passage denies an event of the claim's party as a fact (polarity.weak_denials)."""
    if identity != "same":
        return Verdict.MENTIONS, "identity: the passage names another subject beside the claim's, or not the claim's"
    if hedged:
        return Verdict.MENTIONS, "hedged: the passage puts the claim's words in doubt (whether, if, could, may, plans)"
    if not comparison.conflicts and not comparison.unknown and score >= probe.support_score:
        return Verdict.SUPPORTS, f"supports: covers {score:.0f}% of the claim and every fact it checks agrees"
    factual = [c for c in comparison.conflicts if c.fact not in ("polarity", "wording")]
    if factual and all(c.fact == "negation" for c in factual) and comparison.unknown and score < probe.support_score:
        # the verb denied, but of a fact the passage does not give, in a passage that covers too little of the
        # claim: not the claim's event. One that covers the claim ("has not yet declared a state of emergency")
        # denies the event, and its "60-day" with it.
        factual = []
    if factual and score >= (DIVERGE_SCORE if any(c.fact != "negation" for c in factual) else DENIAL_DIVERGE_SCORE):
        return Verdict.DIVERGES, "diverges: same subject, a fact differs"
    if factual and all(c.fact == "negation" for c in factual) and score >= MENTION_SCORE and not weak_denial:
        # the claim's own verb denied, as a fact ("Cascade has not paid the residents a cent" / "Cascade has paid the
        # damages awarded to the Kelso residents"): the event, not a word of it, is what the passage speaks to;
        # a refusal or forecast ("he would not concede until ...") says nothing of what happened later
        return Verdict.DIVERGES, "diverges: the passage denies the claim's verb, as a fact"
    # Negation cues and opposites are coarser evidence than figures: they must meet the support bar.
    if comparison.conflicts and score >= probe.support_score and not comparison.unknown:
        return Verdict.DIVERGES, "diverges: the passage denies or says the opposite of the claim"
    if factual:
        return Verdict.MENTIONS, (f"mentions: a fact differs, but the passage covers {score:.0f}% of the claim, too "
                                  "little to say it is the same event")
    if comparison.conflicts:
        return Verdict.MENTIONS, "polarity: the passage denies or opposes part of the claim, too loosely to diverge"
    if comparison.unknown:
        return Verdict.MENTIONS, "mentions: the passage does not state the claim's " + ", ".join(comparison.unknown)
    return Verdict.MENTIONS, f"mentions: covers {score:.0f}% of the claim, below the support bar"


_RANK = {Verdict.SUPPORTS: 3, Verdict.DIVERGES: 2, Verdict.MENTIONS: 1, Verdict.REPEATS: 3}


def best(verdicts: list[SourceVerdict]) -> SourceVerdict | None:
    """A source's verdict is its strongest passage: support first, then divergence, then the best mention."""
    if not verdicts:
        return None
    # Among equals, the shortest passage is the most precise evidence.
    return max(verdicts, key=lambda v: (_RANK[v.verdict], v.score, -len(v.passage), -v.line))
