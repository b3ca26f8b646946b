"""The type hints are checked, not only written: mypy, with the project's settings (pyproject.toml), finds no error in
the library. A hint that lies is a bug in waiting: mypy found one (compare.py's place lookup overwritten by a list of
a claim verb's counts, which made a claim's own place "another place")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_error(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), "src/provenance"],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
