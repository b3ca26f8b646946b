"""Ranks: ordinals ("first", "the second recall") and superlatives ("the largest recall in its history"), each with
the scope it ranks within, read from a text and compared between a claim and a passage.

A rank is a fact of its own. A passage states a claim's rank only when it gives the same rank of the same thing:
"the first landing on the far side" is not "the first samples from the far side", "its largest since 2019" is not
"the largest in its history", and "the second-largest" is another rank than "the largest".
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import lexicon
from .models import Conflict, FactPair, FactView
from .months import MONTHS
from .normalize import STOPWORDS
from .nounphrase import CLAUSE_END, ORDINALS, WEEKDAYS, stem
from .wordclass import AUXILIARIES, adjectives, is_verb, verbs

# the rank, its scope's stems, its owner's ("the region's"; an ordinal's verb: "finished"), and the stems of the name
# right after an ordinal ("the second Sibuyan Star ferry")
Rank = tuple[str, frozenset[str], frozenset[str], frozenset[str]]


_PER = frozenset({"per", "a", "an", "each", "every", "/"})  # "per second", "a second": the unit of time

RELATIVE = "\x03"  # marks a superlative's scope word that comes from a relative clause after it
BOUND = "\x04"  # marks the year that bounds an ordinal ("the first time since 1994 that ...")


def _since_year(words: list[str], i: int) -> str:
    """The year after "since" in the clause of the ordinal at words[i] ("the first world title match decided by a
    tiebreak since 2018"), or "": a first since a year is no first ever, whatever else it ranks. (A full date is
    read as a date before ranks are: "since March 1994" is not seen here, tests/test_review47.py.)"""
    for k in range(i + 1, len(words) - 1):
        if words[k] in CLAUSE_END:
            break
        if words[k] == "since":
            return words[k + 1] if len(words[k + 1]) == 4 and words[k + 1].isdigit() else ""
    return ""


def _unbound(scope: frozenset[str]) -> frozenset[str]:
    """An ordinal's scope without its bound: two firsts since one year rank the same only if they share a word."""
    return frozenset(w for w in scope if not w.startswith(BOUND))


def _bound_kept(mine: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the other scope's bound, if any, is this one's too: "the first since 1994" is no first ever."""
    return all(w in mine for w in other if w.startswith(BOUND))


# Nouns that an ordinal names rather than ranks ("the third quarter", "the second half", "the first round"):
# closed-class calendar and competition words. quantities.py reads the ordinal as the period's designation.
PERIOD_NOUNS = frozenset({"quarter", "half", "period", "season", "term", "round", "leg", "set", "innings", "inning"})


# Irregular superlatives (WordNet's adj.exc) and the analytic ones ("the most powerful"): closed-class English.
_IRREGULAR_SUPERLATIVES = frozenset({"best", "worst", "most", "least"})
# The rule below, run over wordfreq's 80,000 most frequent English words (scripts/superlatives.py), takes 140 for
# superlatives; read one by one, these are the ones it gets wrong ("inter" and "ever" are listed as adjectives or
# adverbs) and "latest".
_NOT_SUPERLATIVES = frozenset({"interest", "everest", "latest"})  # "latest" dates rather than ranks


def superlative(word: str) -> bool:
    """A superlative adjective: an irregular one, or a form WordNet's morphology (detach "est", "st", "iest" -> "y",
    a doubled consonant) takes back to a word mostly used as an adjective ("largest", "deadliest", "biggest"); not
    "honest" or "modest", whose stems are no adjectives, nor a word mostly used as a verb ("protest", "arrest")."""
    if word in _IRREGULAR_SUPERLATIVES:
        return True  # "most" and "least" only before an adjective: see ranks()
    if len(word) < 6 or not word.endswith("est") or word in _NOT_SUPERLATIVES:
        return False
    if word in verbs():  # "protest", "arrest"
        return False
    return _adjective_of(word) is not None


def _adjective_of(word: str) -> str | None:
    """The adjective a regular superlative is formed from, by WordNet's morphology ("largest" -> "large",
    "deadliest" -> "deadly", "biggest" -> "big"), or None."""
    base, known = word[:-3], adjectives()
    for form in (base, base + "e", base[:-1] + "y" if base.endswith("i") else "",
                 base[:-1] if len(base) > 2 and base[-1] == base[-2] else ""):
        if form and form in known:
            return form
    return None


def same_rank(a: str, b: str) -> bool:
    """Whether two rank words are one rank: the same word, or superlatives of adjectives WordNet gives as synonyms
    ("the largest sale" / "the biggest sale"), with the same ordinal before them ("second-largest")."""
    if a == b:
        return True
    *first, last = a.split()
    *second, other = b.split()
    if first != second or not (last.endswith("est") and other.endswith("est")):
        return False
    x, y = _adjective_of(last), _adjective_of(other)
    if not (x and y) or stem(y) not in lexicon().synonyms.get(stem(x), frozenset()):
        return False
    # synonyms in the sense a rank grades share an opposite ("large" / "big": "small" / "little"); "cheap" and "loud"
    # are synonyms only as "gaudy", and "loud" has no opposite of "cheap"'s ("expensive")
    ours, theirs = lexicon().antonyms.get(stem(x), frozenset()), lexicon().antonyms.get(stem(y), frozenset())
    return any(a == b or b in lexicon().synonyms.get(a, frozenset()) for a in ours for b in theirs)


def _superlative_scope(words: list[str], i: int) -> frozenset[str]:
    """What a superlative ranks within: the noun phrase after it up to a verb or the clause's end, and the years that
    bound it ("deadliest earthquake in the region since 2001"). With no noun after it, the noun is elided and said
    before ("40 aftershocks ..., the strongest of magnitude 4.8")."""
    def content(x: str) -> bool:
        return x[0].isalpha() and x not in STOPWORDS and x not in MONTHS and x not in WEEKDAYS

    scope: set[str] = set()
    after: list[str] = []
    for k, x in enumerate(words[i + 1 : i + 10], i + 1):
        if after and after[-1] == "ever" and x[0].isalpha() and x not in AUXILIARIES:
            after.append(x)  # "the youngest woman ever elected to the Orsk senate": what she was is the scope too
            continue
        if x in CLAUSE_END or x in AUXILIARIES or x in lexicon().past or (
                x[0].isalpha() and x not in verbs() and is_verb(x) and not (k == i + 1 and x.endswith("ing"))):
            # "measured", "was": the predicate begins ("the largest listing": a noun in -ing names what is ranked)
            if after and after[0] in ("the", "that", "it", "its", "they", "we") and x not in CLAUSE_END:
                # a relative clause bounds the rank too: "the largest the NCB has imposed on a technology company";
                # its words are kept apart (RELATIVE), to be weighed against the claim's words by _within
                clause = words[k : k + next((n for n, y in enumerate(words[k : k + 10]) if y in CLAUSE_END), 10)]
                scope.update(RELATIVE + stem(y) for y in clause if y[0].isalpha() and y not in STOPWORDS
                             and y not in AUXILIARIES)
            break
        after.append(x)
    elided = not after or after[0] == "of"
    for j in range(len(after)):
        if superlative(after[j]) or after[j] == "since" and after[j + 1 : j + 2] != ["records"]:
            break  # "since the driest summer ever recorded": another rank's, or a bound's
        if n := _all_time_words(after, j):
            # "the largest glacier collapse ever recorded in Orsk" ranks as "the second-largest glacier collapse on
            # record in Orsk" does: among all on record, in Orsk
            after, scope = after[:j] + after[j + n :], {ALL_TIME}
            break
    if not elided:
        scope.update(stem(x) for x in after if content(x))
    scope.update(x for x in after if x.isdigit() and len(x) == 4)
    if elided:
        for x in reversed(words[max(0, i - 12) : i]):
            if x in (".", ";", "!", "?"):
                break
            if content(x) and not is_verb(x):
                scope.add(stem(x))
    return frozenset(scope)


def ranks(words: list[str], upper: list[bool] | None = None) -> tuple[Rank, ...]:
    """Each rank with its scope: an ordinal ("first", "second") or a superlative ("largest", "second-largest"), and
    the content words after it, to the clause's end, with the years that bound it ("since 2019"). "The first woman
    to lead the court" and "the first ruling of the court" are two firsts. An owner ranks within its own: a
    possessive before the rank ("the region's deadliest", "the company's second"), or for an ordinal the verb it
    ranks ("finished third" is not "running third"). An ordinal keeps the name right after it (`upper`: which words
    are capitalised names; "the second Sibuyan Star ferry to sink")."""
    found: list[Rank] = []
    for i, w in enumerate(words):
        if w in _EXTREMES and (at := _all_time(words, i)) is not None:
            # "a record high", "an all-time low": the highest or lowest ever, whatever it is of
            found.append((_EXTREMES[w], frozenset({ALL_TIME}), _possessive(words, at), frozenset()))
            continue
        if w not in ORDINALS and w not in _IRREGULAR_SUPERLATIVES and not w.endswith("est"):
            continue  # neither a superlative nor an ordinal: most words
        if superlative(w) and (w not in ("most", "least") or (
                i + 1 < len(words) and words[i + 1][0].isalpha() and words[i + 1] in adjectives())):
            before = words[max(0, i - 2) : i]
            rank = next((f"{x} {w}" for x in reversed(before) if x in ORDINALS), w)  # "second-largest": a rank too
            if _among(words, i):
                rank = f"{AMONG} {rank}"  # "one of the largest" ranks nothing: it is not "the largest"
            over = _superlative_scope(words, i)  # ("the highest ever", "the lowest-ever": all time, read there)
            found.append((rank, over, _possessive(words, i), frozenset()))  # "the region's"
            continue
        if w == "second" and i and (words[i - 1] in ("per", "/") or words[i - 1] in _PER and not (
                i + 1 < len(words) and words[i + 1][0].isalpha() and words[i + 1] not in STOPWORDS)):
            continue  # "620 cubic metres per second", "1,000 litres a second": a unit of time, not a rank ("for a
            # second time", "a second plant", "every second year" rank)
        if w in ORDINALS and not (i + 2 < len(words) and superlative(words[i + 1 + (words[i + 1] == "-")])):
            # the verb it ranks, when it follows one ("finished a distant third", "won their first title")
            verb = next((x for x in reversed(words[max(0, i - 3) : i]) if x[0].isalpha() and x not in STOPWORDS
                         and is_verb(x)), "")
            scope = [stem(verb)] if verb else []
            for x in words[i + 1 : i + 8]:
                if x in CLAUSE_END:
                    break
                if x[0].isalpha() and x not in STOPWORDS and x not in MONTHS:
                    scope.append(stem(x))
            if _run(words, i):  # "the fourth year running" is "the third year in a row"; a run ranks, whatever its
                # noun ("a third straight term")
                scope = scope[: bool(verb)] + [_RUN] + [x for x in scope[bool(verb) :] if x not in _RUN_STEMS]
            if len(scope) > bool(verb) and scope[bool(verb)] not in PERIOD_NOUNS:  # "third quarter" names a period
                owner = _possessive(words, i) or frozenset(scope[:bool(verb)])
                bound = _since_year(words, i)
                found.append((w, frozenset(scope + ([BOUND + bound] if bound else [])), owner,
                              _name_after(words, upper, i)))
    return tuple(found)


AMONG = "one of the"  # the mark of a superlative that places among the top, "one of the largest", without a rank
# "A record high", "an all-time low": the superlative of an extreme with the scope of all time (closed-class English)
_EXTREMES = {"high": "highest", "highs": "highest", "low": "lowest", "lows": "lowest"}
ALL_TIME = "\x07"  # the scope of "ever", "on record", "all-time": the whole record, whatever the thing ranked


def _all_time(words: list[str], i: int) -> int | None:
    """Where "record", "record-" or "all-time" before the extreme at words[i] begins, if one does."""
    if i and words[i - 1] == "record":
        return i - 1
    if i >= 2 and words[i - 2 : i] == ["record", "-"]:
        return i - 2
    if i >= 3 and words[i - 3 : i] == ["all", "-", "time"]:
        return i - 3
    return None


# An ordinal that counts a run of its noun ("the fourth year running", "in a row", "straight", "consecutive"): one
# mark for all, in place of their stems (closed-class English)
_RUN = "\x08"
_RUN_STEMS = frozenset({"run", "row", "straight", "consecut"})


def _run(words: list[str], i: int) -> bool:
    """Whether the ordinal at words[i] counts a run: "third straight day", "third consecutive year", "fourth year in a
    row", "fourth year running" (a clause ends after "running": not "the third candidate running for mayor")."""
    return words[i + 1 : i + 2] in (["straight"], ["consecutive"]) or words[i + 2 : i + 5] == ["in", "a", "row"] or (
        words[i + 2 : i + 3] == ["running"] and (i + 3 >= len(words) or words[i + 3] in CLAUSE_END or words[
            i + 3] == "that"))


_RECORDING = frozenset({"recorded", "measured", "registered", "observed", "seen", "logged"})


def _all_time_words(after: list[str], j: int) -> int:
    """How many words at after[j] say "of all time" inside a superlative's scope: "ever" (with a verb of recording
    after it: "ever recorded"), "on record", "since records (began)"; 0 for none."""
    if after[j] == "ever":
        return 1 + (j + 1 < len(after) and after[j + 1] in _RECORDING)
    if after[j : j + 2] == ["since", "records"]:  # "since records began", "since records there began"
        return 2 + (after[j + 2 : j + 3] == ["began"])
    return 2 if after[j : j + 2] == ["on", "record"] else 0


def _among(words: list[str], i: int) -> bool:
    """Whether the superlative at words[i] places among the top rather than ranks: "one of the largest", "among the
    biggest", "one of its deadliest" (closed-class English)."""
    return "among" in words[max(0, i - 2) : i] or i >= 3 and words[i - 3] == "one" and words[i - 2] == "of"


# A possessive pronoun's owner ("her first novel", "its largest"): someone named elsewhere, ranked within their own
PRONOUN_OWNER = "\x05"
ANY_OWNER = "\x06"  # an indefinite article's rank: whose it is is not said, and may be anyone's
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _possessive(words: list[str], i: int) -> frozenset[str]:
    """The owner a possessive right before words[i] names ("the company's second"), as a stem; PRONOUN_OWNER for a
    possessive pronoun ("her first novel"), ANY_OWNER for an indefinite article ("a first budget")."""
    if i and words[i - 1] in _POSSESSIVE_PRONOUNS:
        return frozenset((PRONOUN_OWNER,))
    if i and words[i - 1] in ("a", "an"):
        return frozenset((ANY_OWNER,))  # "a first budget", "a second straight win": whose is not said
    return frozenset((stem(words[i - 1][:-2]),)) if i and words[i - 1].endswith("'s") else frozenset()


# Owners that are domains a rank is taken across, not parties ("the world's first", "the country's largest", "the
# sector's biggest loss"): closed-class English of superlatives. A pronoun stands for a party, not for these.
_DOMAINS = frozenset(stem(w) for w in "world country nation state region continent city industry sector market "
                     "league".split())


def _owners_agree(claim: frozenset[str], passage: frozenset[str], found: frozenset[str]) -> bool:
    """Whether a passage's rank is of the claim's owner: two owners must be one ("Canada's largest bank" is not "the
    world's largest bank"); a pronoun may stand for the claim's owner (one the passage names, `found`, or any party),
    not for a domain ("its first plant" is not "the world's first"); an indefinite article's rank may be
    anyone's; and a rank within someone's own ("her first novel") is not a claim's rank of all ("the first debut
    novel to win the prize")."""
    if ANY_OWNER in claim or ANY_OWNER in passage:
        return True
    if PRONOUN_OWNER in passage:
        return PRONOUN_OWNER in claim or bool(claim & found) or bool(claim) and claim.isdisjoint(_DOMAINS)
    return not (claim and passage and PRONOUN_OWNER not in claim and not overlap(claim, passage))


def _name_after(words: list[str], upper: list[bool] | None, i: int) -> frozenset[str]:
    """The stems of the capitalised name right after the rank at words[i]."""
    name = []
    for k in range(i + 1, len(words)):
        if not upper or not upper[k] or not words[k][0].isalpha():
            break
        name.append(stem(words[k]))
    return frozenset(name)


def compare_ranks(claim: tuple[Rank, ...], passage: tuple[Rank, ...], stated: frozenset[str],
                  found: frozenset[str] = frozenset()) -> tuple[list[Conflict], list[str], list[FactPair]]:
    """Each rank of the claim against the passage's: (conflicts, unknown ranks, how each compared). A rival rank of
    the same thing conflicts; the same rank of something else, or another rank of the same thing ("strongest" for
    "deadliest"), or none, leaves it unknown. `stated`: the claim's named parties that the passage gives elsewhere,
    which a superlative's scope need not repeat ("the largest recall in Tessel's history" / "in the automaker's
    history"). An owner on one side only ("the stock's steepest" / "their steepest") is the match's business; two
    owners must agree ("Canada's largest bank" is not "the world's largest bank"); `found`: the claim's stems the
    passage has, where a pronoun's owner may be named (_owners_agree)."""
    conflicts: list[Conflict] = []
    unknown: list[str] = []
    pairs: list[FactPair] = []
    for word, scope, owner, named in claim:
        # a name after the claim's ordinal must rank in the passage too: the same rank of another company's ferries
        # ("the company's second sinking" of Marlow Lines) is not the second Kesteven ferry
        theirs = [other | own for w, other, own, name in passage if same_rank(w, word) and _owners_agree(
            owner, own, found) and (not named or overlap(named, other | own | name))]
        rival = next((w for w, other, _, _ in passage if not same_rank(w, word) and _same_scope(scope, other) and (
            word in ORDINALS) == (w in ORDINALS) and _ranks(w) and _ranks(word)), None) \
            if len(scope) >= 2 or " " in word else None
        # "third quarter" names a period; "first ... title" ranks. A superlative's rival is itself ranked ("second
        # largest"): "largest" and "smallest" may rank different things.
        fits: Callable[[frozenset[str], frozenset[str]], bool] = (
            lambda mine, other: overlap(_unbound(mine), _unbound(other)) and (_RUN not in mine or _RUN in other)
            and _bound_kept(mine, other)
        ) if word.split()[-1] in ORDINALS else (lambda mine, other: _within(mine - stated, other))
        if rival and not any(_same_scope(scope, other) for other in theirs) and (
                word in ORDINALS or word.split()[-1] == rival.split()[-1]):  # "their second ... title"
            conflicts.append(Conflict("ordinal", word, rival))
            pairs.append(FactPair(FactView(word, "ordinal"), FactView(rival, "ordinal"), "differs",
                                  f"ordinal: the passage's '{rival}' is of the same thing"))
        elif theirs and not any(fits(scope, other) for other in theirs):  # "first landing" / "first samples"
            unknown.append(word)
            pairs.append(FactPair(FactView(word, "ordinal"), FactView(word, "ordinal"), "other role",
                                  "ordinal: the passage's '" + word + "' is of something else"))
        elif not theirs:  # "the second recall" is not stated by a passage about "the recall"
            unknown.append(word)
            pairs.append(FactPair(FactView(word, "ordinal"), None, "not stated",
                                  "ordinal: the passage gives no rank of that"))
    return conflicts, unknown, pairs


def may_differ(claim: tuple[Rank, ...], passage: tuple[Rank, ...]) -> bool:
    """Whether compare_ranks can find a conflict between these ranks (those of a passage's sentences that speak to
    the claim are among them): a rival of a claim rank, as it looks for one. What the early stop of engine.py asks
    before judging a passage."""
    return any(not same_rank(w, word) and (len(scope) >= 2 or " " in word) and (word in ORDINALS) == (w in ORDINALS)
               and _ranks(w) and _ranks(word) and (word in ORDINALS or word.split()[-1] == w.split()[-1])
               and _same_scope(scope, other)
               for word, scope, _, _ in claim for w, other, _, _ in passage)


def _ranks(word: str) -> bool:
    """Whether a rank word gives a rank: "one of the largest" (AMONG) is no rival of "the largest" or of "the
    second-largest", whichever is the case."""
    return not word.startswith(AMONG + " ")


def may_meet(claim: tuple[Rank, ...], passage: tuple[Rank, ...]) -> bool:
    """Whether compare_ranks can leave no rank of the claim unknown without a conflict: each needs the same rank
    word in the passage."""
    words = {w for w, _, _, _ in passage}
    return all(any(same_rank(word, w) for w in words) for word, _, _, _ in claim)


def overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two ordinals' scopes share a word: the same stem, a WordNet synonym, or a derived form ("reduc" /
    "reduct", as match.py allows)."""
    synonyms = lexicon().synonyms

    def same(x: str, y: str) -> bool:
        return x == y or (min(len(x), len(y)) >= 4 and abs(len(x) - len(y)) <= 3 and (
            x.startswith(y) or y.startswith(x)))

    return any(same(s, y) for x in a for s in synonyms.get(x, frozenset()) | {x} for y in b)


# Nouns of time that bound a superlative's domain ("this year", "in a decade", "of the season"): closed-class.
_PERIOD_STEMS = frozenset({"year", "month", "week", "decad", "centuri", "season"})


NARROWER = 2  # words of a relative clause, unsaid by the claim, that make a superlative's domain narrower


def _within(claim: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a superlative ranks within the claim's domain: every word of the claim's scope is in the other's, and
    the other is bounded by no year or period the claim is not ("the largest recall in its history" is not stated by
    "its largest since 2019", nor by "the largest recall in the United States this year"), nor by a phrase the claim
    never says ("the largest the NCB has imposed on a technology company" is not "the largest it has ever imposed"):
    NARROWER words of its relative clause that the claim's scope lacks (one may be the claim's word put otherwise)."""
    years = {w for w in other if w.isdigit()}
    words = other - years
    periods = _PERIOD_STEMS & words - ({"year"} if any(w.isdigit() for w in claim) else set())  # "this year"
    said = frozenset(w.removeprefix(RELATIVE) for w in claim)
    extra = [w for w in words if w.startswith(RELATIVE) and not overlap(frozenset((w[1:],)), said)]
    words = frozenset(w.removeprefix(RELATIVE) for w in words)
    return years <= claim and periods <= claim and len(extra) < NARROWER and all(
        overlap(frozenset((w,)), words) for w in claim if not w.isdigit() and not w.startswith(RELATIVE))


def _same_scope(claim: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two ordinals rank the same thing: every word of the claim's scope in the other's, which adds at most
    one ("first Continental Cup title" / "second Continental Cup title"; not "second straight title in Europe" for
    "first title", which ranks another series), and no year that bounds it ("since 1994"). A relative clause's
    words (RELATIVE) are left out."""
    claim = frozenset(w for w in claim if not w.startswith(RELATIVE))
    other = frozenset(w for w in other if not w.startswith(RELATIVE))
    if not _bound_kept(claim, other):
        return False  # "the first since 1994" is a first within a bound the claim does not set
    return all(overlap(frozenset((w,)), other) for w in claim) and sum(
        not overlap(frozenset((w,)), claim) for w in other) <= 1
