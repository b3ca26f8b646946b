from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLAIMS = ROOT / "claims.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Figures a test wants shown at the end of every run (the evaluation score), whatever -s says.
REPORT_LINES: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORT_LINES:
        terminalreporter.section("provenance evaluation")
        for line in REPORT_LINES:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def seed_sources():  # type: ignore[no-untyped-def]
    from provenance.sources import load_sources

    sources, warnings = load_sources(SEEDS)
    assert warnings == []
    return sources


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled claims and seeds, as a user's repository would hold them; the working folder."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(CLAIMS, tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# One claim and one source that states it: the smallest project the security and robustness tests attack.
SOURCE = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020.\n"
CLAIM = "claims:\n  - id: ce5-mass\n    text: Chang'e-5 returned 1,731 grams of lunar samples\n"


@pytest.fixture()
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a one-file sources folder (SOURCE) and a one-claim claims file (CLAIM)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "report.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True, scope="session")
def _cache_key_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The cache key lives in the user's cache folder: tests keep theirs in a temporary one, never in $HOME."""
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
