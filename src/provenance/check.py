"""Orchestrates a run: claims x sources -> verdicts -> statuses -> bars. Never prints, never exits."""

from __future__ import annotations

from pathlib import Path

from .claims import load_claims
from .engine import Engine
from .lineage import Provenance
from .models import Claim, ClaimResult, ClaimsFile, Lineage, Report, Source, SourceVerdict, Status, Verdict
from .normalize import Aliases
from .sources import load_sources


def status_of(verdicts: list[SourceVerdict] | tuple[SourceVerdict, ...]) -> Status:
    agree = any(v.verdict in (Verdict.SUPPORTS, Verdict.REPEATS) for v in verdicts)
    diverge = any(v.verdict is Verdict.DIVERGES for v in verdicts)
    if agree and diverge:
        return Status.CONTESTED
    if agree:
        return Status.SUPPORTED
    if diverge:
        return Status.CONTRADICTED
    return Status.UNSOURCED


def meets_bar(claim: Claim, status: Status, independent: int, strict: bool) -> tuple[bool, str]:
    """Whether the claim's status is what the curator expects; the reason when it is not."""
    if strict and status is Status.CONTESTED:
        return False, "contested (--strict)"
    if status is not claim.expect:
        return False, f"expected {claim.expect.value}, found {status.value}"
    if status in (Status.SUPPORTED, Status.CONTESTED) and independent < claim.min_sources:
        return False, f"needs {claim.min_sources} independent sources, has {independent}"
    return True, ""


def evaluate(engine: Engine, claim: Claim, strict: bool = False) -> ClaimResult:
    verdicts, families, independent = engine.provenance.resolve(engine.verdicts(claim.text))
    status = status_of(verdicts)
    ok, reason = meets_bar(claim, status, independent, strict)
    return ClaimResult(claim, status, independent, tuple(verdicts), ok, reason, tuple(families))


def run(claims_path: Path, sources_dir: Path, strict: bool = False) -> Report:
    claims_file = load_claims(claims_path)
    sources, warnings = load_sources(sources_dir)
    return check_claims(claims_file, sources, sources_dir, strict, warnings)


def check_claims(claims_file: ClaimsFile, sources: list[Source], sources_dir: Path, strict: bool = False,
                 warnings: list[str] | None = None) -> Report:
    engine = Engine(sources, Aliases(claims_file.aliases))
    engine.prepare([c.text for c in claims_file.claims])
    results = tuple(evaluate(engine, c, strict) for c in claims_file.claims)
    return Report(results, tuple(sources), claims_file.path, sources_dir, strict, tuple(warnings or ()))


def survey(sources_dir: Path) -> tuple[list[Source], list[Lineage], list[str]]:
    """The sources of a folder, the copy families among them, and warnings."""
    sources, warnings = load_sources(sources_dir)
    return sources, Provenance(sources).document_families(), warnings


def query(text: str, sources_dir: Path, claims_path: Path | None = None) -> Report:
    """Check free text against the sources, with the aliases of the claims file when there is one."""
    aliases: dict[str, tuple[str, ...]] = {}
    if claims_path is not None and claims_path.exists():
        aliases = load_claims(claims_path).aliases
    sources, warnings = load_sources(sources_dir)
    claim = Claim("query", " ".join(text.split()))
    return check_claims(ClaimsFile(None, (claim,), aliases), sources, sources_dir, False, warnings)
