"""A corpus ready to judge any number of claims: sentence stems indexed once, passages analysed when wanted
(analyses.py)."""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from .analyses import Analyses
from .articlecontext import CONTEXT, article_context
from .articlemention import NO_REACH, ArticleReaches, article_mention, article_reach, mention_of
from .cache import Cache, file_owner
from .claimprobe import ClaimProbe, digits
from .dates import parse_anchor
from .facts import identifier_family
from .folderindex import folder_index
from .incontext import InContextBest
from .lexicon import lexicon
from .lineage import Provenance
from .match import Analyzed, Read, analyze, analyze_passage, read_facts
from .models import Passage, Source, SourceVerdict, Verdict
from .normalize import Aliases, content_words, normalize, stem
from .prospects import may_confirm, stronger_possible
from .retractions import Withdrawn, may_correct, retract, withdrawn_figures
from .sentencekeys import SentenceKeys, aliases_key, keys_key, source_sentence_keys
from .snapshot import LazyPassages
from .verdict import MENTION_SCORE, judge, mention_floor
from .weights import word_weight

Progress = Callable[[str, int, int], None]  # (stage, done, total)
Wanted = tuple[np.ndarray, np.ndarray, ArticleReaches]  # a claim's candidates, their bounds, its articles' reach
# Do-support: the verb after "did", "did not", "didn't" is a past event's, in its base form
_DID = re.compile(r"\bdid(?:n't|\s+not|\s+never)?\s+$")
# Words that open a subordinate clause: closed-class English.
_SUBORDINATE = re.compile(r"\b(?:once|when|whenever|after|before|if|unless|that|because|while|as|until|since|"
                          r"which|who|whose|where|although|though)\b")
# The verb of a reported clause, after its modal or auxiliary: "said he would step down", "says it will appeal",
# "told staff it had closed" (the verbs of saying of news attribution, and English auxiliaries: closed-class).
# Not across a comma ("said on Monday, after the council had met, that she would resign"), nor an adverb ("would
# immediately appeal") or a second auxiliary ("would have to close") taken for the verb.
_REPORTED_VERB = re.compile(r"\b(?:said|says|told|announced|confirmed|stated)\b[^.;:,]*?\b(?:would|will|shall|had|has|"
                            r"have)\s+(?:(?:not|never|yet|also|now|soon|later|still|\w+ly)\s+)*"
                            r"(?!(?:be|been|no|have|has|had|to|get|got|a|an|the)\b)(?=\w)")
ANALYSIS_CACHE = 5_000  # passages kept analysed between claims; each is a few kB
# The early stop of Engine._source_verdict relies on verdict.stronger_possible (below it, judge() gives a passage no
# verdict stronger than a mention), on best() ranking a mention below any other verdict and a support above any
# other, each then by score and by the shorter passage, and on incontext.in_context() replacing a support only by a
# mention of a higher score: a verdict rule that breaks one of these must change the stop too (tests/test_speedups.py
# checks them against judging every passage).


class Engine:
    """Sources indexed once, ready to judge any number of claims."""

    def __init__(self, sources: list[Source], aliases: Aliases | None = None, cache: Cache | None = None,
                 progress: Progress | None = None, later: list[Callable[[], None]] | None = None) -> None:
        """`later`: where to leave work that judging does not need (keeping the folder's index in the cache), for the
        caller to do while the judging is shared with worker processes; by default it is done here."""
        self.sources = sources
        self.aliases = aliases
        alias_key = aliases_key(aliases)

        def keys_of(number: int, source: Source) -> list[SentenceKeys]:
            key = keys_key(source.sha256, source.id, alias_key)
            found = cache.get("keys", key) if cache and source.sha256 else None
            if found is None:
                found = source_sentence_keys(source, aliases)
                if cache and source.sha256:
                    cache.put("keys", key, found, file_owner(source.id, source.sha256))
            if progress:
                progress("indexing", number + 1, len(sources))
            return found

        def context_of(source: Source, keys: list[SentenceKeys]) -> frozenset[str]:
            # made by the worker processes that read a big folder's new files, where they did (shards.py)
            found = cache.held.pop((CONTEXT, keys_key(source.sha256, source.id, alias_key)), None) if cache else None
            return article_context(source, keys) if found is None else found

        folder = folder_index(sources, alias_key, cache, keys_of, context_of, later)
        self.index = folder.index
        self.named = folder.named  # identifiers each source names anywhere in its body
        self._context = folder.context  # stems of each source's headline and lede
        self._references = folder.references
        base = self.sentence_count = sum(folder.sizes)
        counts = [len(s.passages) for s in sources]  # known without decoding a source's passages (snapshot)
        self.provenance = Provenance(sources, cache)
        self._source_of = np.repeat(np.arange(len(sources), dtype=np.int32), counts)
        self._starts = np.concatenate(([0], np.cumsum(counts, dtype=np.int64)))  # each source's first passage
        self._sentence_starts = np.concatenate(([0], np.cumsum(folder.sizes, dtype=np.int64)))  # and sentence
        self._first = folder.first
        self._second = folder.second
        # every passage by number: a flat list when the sources' passages are at hand (a first run), else read from
        # each source when wanted, so that only the sources a claim needs have theirs decoded from the cache
        self.passages: Sequence[Passage]
        if any(isinstance(s.passages, LazyPassages) and not s.passages.loaded for s in sources):
            self.passages = _FolderPassages(sources, self._starts, self._source_of)
        else:
            self.passages = [p for s in sources for p in s.passages]
        # per sentence: its own passage, the pair it starts and the pair it ends (-1 when there is none)
        self._containing = np.full((base + 1, 3), -1, dtype=np.int64)
        pids = np.arange(len(self.passages))
        single = self._second < 0
        self._containing[self._first[single], 0] = pids[single]
        self._containing[self._first[~single], 1] = pids[~single]
        self._containing[self._second[~single], 2] = pids[~single]
        # each source's date, against which its relative dates resolve; a passage id fixes its source, and so its
        # anchor, which keeps the analyses cached by passage id correct
        self._anchors = [parse_anchor(s.meta.date) for s in sources]
        self._withdrawn: dict[int, tuple[Withdrawn, ...]] = {}  # each judged source's withdrawn figures (retractions)
        self._passage_digits: dict[int, str] = {}  # the digits of a passage, for claims with precise figures
        # through a weak reference: a cycle would outlive the run, whose collector is paused (gcpause), with the
        # index and every array above (~23 MB at 21,000 sentences)
        self._kept = Analyses(weakref.proxy(self), ANALYSIS_CACHE)

    def probe(self, text: str) -> ClaimProbe:
        analyzed = analyze(text, self.aliases)
        weights: dict[str, float] = {}
        predicates: set[str] = set()
        past = lexicon().past
        # the event is the main clause's: "will step down once the deal is completed" is not about completing
        subordinate = _SUBORDINATE.search(analyzed.folded.text)
        main_end = subordinate.start() if subordinate else len(analyzed.folded.text)
        verbs: dict[str, str] = {}
        for stem_, s, e in analyzed.words:  # a stem weighs as its rarest spelling in the claim
            written = analyzed.folded.text[s:e]
            weights[stem_] = max(weights.get(stem_, 0.0), word_weight(written))
            verb_ = written.split()[0]  # "closed down": the verb of a particle verb
            if s < main_end and (written in past or verb_.endswith("ed") and len(verb_) > 4 or _DID.search(
                    analyzed.folded.text, max(0, s - 16), s)):  # past tense, or after "did" ("did not bid")
                predicates.add(stem_)
                if written in past and stem_ != (verb := stem(lexicon().verb_of[written])):
                    verbs[stem_] = verb  # "paid" is also an adjective, so it stays "paid"; its verb is "pay"
        # a claim of reported speech states the event said: "Maddock said he would step down" is carried by "step
        # down" as "Maddock stepped down" is, not by the names and "defeat" it shares with any story of the vote
        starts = {s: stem_ for stem_, s, _ in analyzed.words}
        for m in _REPORTED_VERB.finditer(analyzed.folded.text):
            if (said := starts.get(m.end())) is not None:
                predicates.add(said)
        return ClaimProbe(analyzed, weights, frozenset(predicates), verbs)

    def prepare(self, texts: list[str]) -> None:
        """Look up the fuzzy neighbours of all claims' words in one batch (faster than one claim at a time)."""
        stems = {w for t in texts for w, _, _ in content_words(normalize(t, self.aliases))}
        self.index.prepare(stems)

    def candidates(self, probe: ClaimProbe, rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Passages whose coverage bound reaches the mention score, the only ones that can yield a verdict, in
        passage order; and that bound of each, as a score (0..100), never below the score judge() gives it.
        `rows`: the index's reach rows of the claim's stems, when read already."""
        total = probe.weight
        if not total:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        if rows is None:
            rows = self.index.reach_rows(probe.stems)  # column -1 (no second sentence) reads 0
        needed = _needed(probe)
        # A passage of one or two sentences reaches `needed` only if one of them reaches half of it.
        strong = np.flatnonzero(rows.sum(axis=0) * 2.0 >= needed)
        holding = np.zeros(len(self.passages) + 1, dtype=bool)
        holding[self._containing[strong].ravel()] = True  # -1 (no such passage) lands on the spare last slot
        near = np.flatnonzero(holding[:-1])
        # each claim stem counts once, by the better of the two sentences
        passage_bound = np.maximum(rows[:, self._first[near]], rows[:, self._second[near]]).sum(axis=0)
        kept = passage_bound >= needed
        return near[kept], passage_bound[kept] * (100.0 * (1 + 1e-9) / total)  # the margin covers rounding

    def _analysis(self, pid: int) -> Analyzed:
        """A passage's analysis, kept for the next claims (verdicts() judges one claim at a time)."""
        return self._kept(pid)

    def _read(self, pid: int) -> Read:
        """A passage's facts, those its document withdraws elsewhere marked so (retractions.py)."""
        number = int(self._source_of[pid])
        read = self._read_as_written(pid, number)
        return retract(read, self._withdrawn_in(number)) if read.facts.quantities else read

    def _read_as_written(self, pid: int, number: int) -> Read:
        """A passage's facts as its own sentences give them; `number`: its source's."""
        passage = self.passages[pid]
        return read_facts(passage.text, self.aliases, passage.sentences, self._anchors[number])

    def _withdrawn_in(self, number: int) -> tuple[Withdrawn, ...]:
        """The figures a source's corrections withdraw, read once from its sentences that hold a correction's cue."""
        found = self._withdrawn.get(number)
        if found is None:
            pids = range(int(self._starts[number]), int(self._starts[number + 1]))
            found = self._withdrawn[number] = withdrawn_figures(
                self._read_as_written(pid, number) for pid in pids
                if len(self.passages[pid].sentences) == 1 and may_correct(self.passages[pid].text))
        return found

    def _analyze(self, pid: int, read: Read | None = None) -> Analyzed:
        anchor = self._anchors[int(self._source_of[pid])]
        second = self._second[pid]  # -1: the passage has no second sentence
        context = (self._references[self._first[pid]], self._references[second] if second >= 0 else None)
        return analyze_passage(self.passages[pid], self.aliases, anchor, context, read or self._read(pid))

    def verdicts(self, text: str) -> list[SourceVerdict]:
        """One verdict per source that has anything relevant to say, strongest first."""
        return ranked(self.judge(self.retrieve([text]), 0, len(self.sources), self._kept)[0])

    def _wanted(self, probe: ClaimProbe) -> Wanted:
        """The candidates of a claim (and their bounds) in sources about its subject, in passage order; and the
        sources about it whose sentences reach the mention bar only together (articlemention.py)."""
        if not probe.weight:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64), NO_REACH
        rows = self.index.reach_rows(probe.stems)
        found, bounds = self.candidates(probe, rows)
        weights = np.fromiter(probe.stems.values(), dtype=np.float64, count=len(probe.stems))
        articles = article_reach(rows, weights, _needed(probe), self._sentence_starts, self._starts, self._first,
                                 self._second)
        if not probe.analyzed.facts.identifiers:
            return found, bounds, articles
        numbers = self._source_of[found]
        reached = articles.sources.tolist()
        about = {n: self._about_subject(probe.analyzed, n) for n in {*numbers.tolist(), *reached}}
        keep = np.fromiter((about[n] for n in numbers.tolist()), dtype=bool, count=len(found))
        return found[keep], bounds[keep], articles.where(
            np.fromiter((about[n] for n in reached), dtype=bool, count=len(reached)))

    def retrieve(self, texts: list[str], wanted: Callable[[list[ClaimProbe]], list[Wanted]] | None = None) -> Retrieval:
        """Many claims' candidates at once, ordered by passage: judge() then analyses each passage at most once for
        all the claims that retrieve it, rather than once per claim (and keeps no analysis between sources).
        `wanted`: each probe's Engine._wanted, found elsewhere (check.py shares many claims' with worker processes)."""
        probes = [self.probe(t) for t in texts]
        found = wanted(probes) if wanted else [self._wanted(p) for p in probes]
        pids = np.concatenate([np.empty(0, dtype=np.int64), *(f for f, _, _ in found)])
        bounds = np.concatenate([np.empty(0, dtype=np.float64), *(b for _, b, _ in found)])
        claims = np.repeat(np.arange(len(texts), dtype=np.int64), [len(f) for f, _, _ in found])
        order = np.argsort(pids, kind="stable")  # by passage, and by claim within one passage
        return Retrieval(probes, pids[order], claims[order], bounds[order], [a for _, _, a in found])

    def judge(self, retrieval: Retrieval, first: int, last: int,
              analysis: Analyses | None = None, articles: bool = True) -> list[list[SourceVerdict]]:
        """Per claim of `retrieval`, the verdicts of the sources numbered `first` to `last` - 1, unordered.
        `analysis`: where analyses come from (by default, made once per source and dropped after it); `articles`:
        False leaves out the mentions of articles (add_article_mentions adds them later)."""
        lo, hi = np.searchsorted(retrieval.pids, [self._starts[first], self._starts[last]])
        edges = (np.searchsorted(retrieval.pids[lo:hi], self._starts[first : last + 1]) + lo).tolist()
        by_claim: list[list[SourceVerdict]] = [[] for _ in retrieval.probes]
        for a, b in pairwise(edges):  # one source
            if a == b:
                continue
            groups: dict[int, list[tuple[int, float]]] = {}
            for pid, claim, bound in zip(retrieval.pids[a:b].tolist(), retrieval.claims[a:b].tolist(),
                                         retrieval.bounds[a:b].tolist(), strict=True):
                groups.setdefault(claim, []).append((pid, bound))
            of_source = analysis or Analyses(self)
            for claim, passages in groups.items():
                if (chosen := self._source_verdict(retrieval.probes[claim], passages, of_source)) is not None:
                    by_claim[claim].append(chosen)
        if articles:
            self.add_article_mentions(retrieval, by_claim, first, last)
        return by_claim

    def add_article_mentions(self, retrieval: Retrieval, by_claim: list[list[SourceVerdict]], first: int = 0,
                             last: int | None = None) -> None:
        """Add to each claim's verdicts of the sources numbered `first` to `last` - 1 the mentions of the articles
        among them that judged no passage: cheap to make, so a worker process that judges sources leaves them to
        the process it sends its verdicts to (tens of thousands on a big folder, each to be pickled)."""
        last = len(self.sources) if last is None else last
        for claim, articles in enumerate(retrieval.articles):
            lo, hi = np.searchsorted(articles.sources, (first, last)).tolist()  # in source order
            if lo == hi:
                continue
            judged = {v.source for v in by_claim[claim]}
            by_claim[claim] += [self._article_mention(pid, number, score) for number, pid, score in zip(
                articles.sources[lo:hi].tolist(), articles.pids[lo:hi].tolist(), articles.scores[lo:hi].tolist(),
                strict=True) if self.sources[number].id not in judged]

    def _article_mention(self, pid: int, number: int, score: float) -> SourceVerdict:
        """An article's mention, from its source's brief when its passages were not decoded (a query's mentions)."""
        source = self.sources[number]
        passages = source.passages
        if isinstance(passages, LazyPassages) and not passages.loaded and (brief := passages.brief(source)):
            at = int(pid - self._starts[number])
            return mention_of(source.id, brief.texts[at], brief.lines[at], brief.kinds[at], score)
        return article_mention(self.passages[pid], score)

    def _source_verdict(self, probe: ClaimProbe, candidates: list[tuple[int, float]],
                        analysis: Analyses) -> SourceVerdict | None:
        """A source's verdict on a claim from its candidate passages (pid, bound), as judging them all gives.

        The passages are judged in order of their bounds, highest first (the shortest first among equal bounds, so
        that the passages holding a sentence tie with it at best, and lose to it). A passage is skipped when, as a
        mention, it cannot be chosen over the verdict chosen so far (its bound is below that mention's score, or
        equal to it while best() prefers the chosen passage on length; or that verdict is more than a mention), its
        bound is not above the score of any support judged so far (it cannot change a support read in context, since
        only a passage of a higher score does so: incontext.in_context), and prospects.stronger_possible says it can
        only mention the claim: first from its bound alone, and then judging stops there, since every later bound is
        lower; then from its facts as well (read before the rest of its analysis), which skips that passage only.
        Once a support is chosen, a passage under those bounds is skipped whatever it may be (a support of a lower
        score, or of its score in a longer passage, ranks below it, and anything else ranks below any support), and
        judging stops at the first whose bound is below the support's score: most often the two pairs that hold the
        supporting sentence."""
        judged = InContextBest()
        chosen: SourceVerdict | None = None
        lowest_support = math.inf  # the lowest score of a support judged so far
        bounds_possible: dict[float, bool] = {}  # stronger_possible from a bound alone
        if not candidates:
            return None
        number = int(self._source_of[candidates[0][0]])
        context, named = self._context[number], self.named[number]  # its headline and lede; the identifiers it names
        for pid, bound in sorted(candidates, key=lambda c: (-c[1], len(self.passages[c[0]].text), c[0])):
            passage = self.passages[pid]
            top = round(bound, 1)  # the most its verdict can score
            if chosen is not None and top <= lowest_support and (
                    chosen.verdict is not Verdict.MENTIONS or top < chosen.score
                    or top == chosen.score and _longer(passage, chosen)):
                if chosen.verdict is Verdict.SUPPORTS and (top < chosen.score or _longer(passage, chosen)):
                    # nothing ranks above a support but a support of a higher score, or of its score in a shorter
                    # passage (best()); nor does in_context demote it but for a doubt of a higher score: the pairs
                    # that hold a supporting sentence, and the passages after them, cannot change this verdict
                    if top < chosen.score:
                        break  # every later bound is at most this one
                    continue
                if (possible := bounds_possible.get(bound)) is None:  # many passages share a bound
                    possible = bounds_possible[bound] = stronger_possible(probe, bound, context)
                if not possible:
                    if chosen.verdict is not Verdict.MENTIONS or top < chosen.score:
                        break
                    continue
                # a divergence chosen is beaten only by a support or a divergence ranked above it: a passage that
                # cannot meet the claim's figures (no support) and whose bound is not above it is left unjudged (a
                # source of many equal sentences diverging from many claims judged every one for every claim)
                if chosen.verdict is Verdict.DIVERGES and (top < chosen.score or top == chosen.score and _longer(
                        passage, chosen)) and not analysis.confirms(probe, pid):
                    continue
                # above the support score, the passage's stems tell whether it can oppose a claim word: it is analysed
                # (as judging it would be) to tell, and may then be left unjudged
                if (probe.has_figures or probe.predicates) and not stronger_possible(
                        probe, bound, context, analysis.facts(pid),
                        analysis(pid).stems if bound >= probe.support_score else None):
                    continue
            if bound < MENTION_SCORE and not (any(d in self._digits(pid) for d in probe.precise)
                                              and may_confirm(probe, analysis.facts(pid))):
                continue  # below the mention bar in words, and its figures cannot lift it (verdict.mention_floor)
            verdict = judge(probe, passage, analysis(pid), context, named)
            if verdict is None:
                continue
            if verdict.verdict is Verdict.SUPPORTS:
                lowest_support = min(lowest_support, verdict.score)
            chosen = judged.add(pid, verdict, frozenset(passage.parts))  # best(in_context(all judged, by pid))
        return chosen

    def _digits(self, pid: int) -> str:
        found = self._passage_digits.get(pid)
        if found is None:
            found = self._passage_digits[pid] = digits(self.passages[pid].text)
        return found

    def _about_subject(self, claim: Analyzed, number: int) -> bool:
        """False when the claim names Chang'e-6 and the source only its siblings (Chang'e-5): another subject."""
        wanted = claim.facts.identifiers
        if not wanted:
            return True
        named = self.named[number]
        if wanted & named:
            return True
        families = {identifier_family(i) for i in wanted}
        return not any(identifier_family(i) in families for i in named)



class _FolderPassages(Sequence[Passage]):
    """The folder's passages by number, each taken from its source (whose passages are decoded when first wanted)."""

    def __init__(self, sources: list[Source], starts: np.ndarray, source_of: np.ndarray) -> None:
        self._sources = sources
        self._starts = starts.tolist()
        self._source_of = source_of

    def __len__(self) -> int:
        return int(self._starts[-1])

    def __getitem__(self, pid: int) -> Passage:  # type: ignore[override]
        number = int(self._source_of[pid])
        return self._sources[number].passages[pid - self._starts[number]]


def _longer(passage: Passage, verdict: SourceVerdict) -> bool:
    """Whether best() ranks a verdict on `passage` below `verdict` when both are mentions, or both supports, of one
    score: the shorter passage first, then the earlier line (equal on both, the order of judging would decide)."""
    return (len(passage.text), passage.line) > (len(verdict.passage), verdict.line)


@dataclass(frozen=True)
class Retrieval:
    """Claims prepared for judging, and every (candidate passage, claim) pair, ordered by passage."""

    probes: list[ClaimProbe]
    pids: np.ndarray
    claims: np.ndarray
    bounds: np.ndarray  # the most each passage could score for its claim
    articles: list[ArticleReaches]  # per claim, the sources that reach the mention bar only across sentences


_ORDER = {Verdict.SUPPORTS: 0, Verdict.REPEATS: 1, Verdict.DIVERGES: 2, Verdict.MENTIONS: 3}


def _needed(probe: ClaimProbe) -> float:
    """The weight of the claim's words a passage, or an article, must reach to mention it (a hair under, for
    rounding)."""
    return mention_floor(probe) * probe.weight * (1 - 1e-9) / 100.0


def ranked(verdicts: list[SourceVerdict]) -> list[SourceVerdict]:
    """Strongest first: one order whatever order the sources were judged in (one verdict per source)."""
    return sorted(verdicts, key=lambda v: (_ORDER[v.verdict], -v.score, v.source))
