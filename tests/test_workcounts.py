"""benchmarks/workcounts.py, on a small realistic-vocabulary corpus: its counts hold together."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _counts(folder: Path, *extra: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "workcounts.py"), str(folder), *extra],
                          capture_output=True, text=True, check=True)
    return {m.group(1).strip(): m.group(2) for line in done.stdout.splitlines()
            if (m := re.fullmatch(r"(.+?)\s+(\d+(?: \(.*\))?)", line))}


def test_workcounts_add_up(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        spec = importlib.util.spec_from_file_location("realistic", ROOT / "benchmarks" / "realistic.py")
        assert spec and spec.loader
        realistic = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(realistic)
        realistic.generate(tmp_path / "corpus", documents=40, claims=30, seed=5)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    counts = _counts(tmp_path / "corpus", "--groups", "10", "--processes", "2")
    number = {name: int(value.split()[0]) for name, value in counts.items()}
    assert number["claims"] == 30 and number["files"] == 40
    judged = number["passages judged"]
    assert judged == sum(number[f"judged -> {v}"] for v in ("supports", "diverges", "mentions", "nothing"))
    assert number["(claim, source) pairs judged"] <= number["candidate (passage, claim) pairs"]
    assert number["of them read only for the early stop"] <= number["sentences whose facts are read"]
    # a sentence any claim reads is read by one process at least: sharing out by claims never reads fewer
    shared = counts["sentences whose facts are read, claims shared out by groups"]
    parts = [int(n) for n in re.search(r"\(([\d + ]+):", shared).group(1).split(" + ")]  # type: ignore[union-attr]
    assert len(parts) == 2 and sum(parts) == number["sentences whose facts are read, claims shared out by groups"]
    assert sum(parts) >= number["sentences whose facts are read"] >= max(parts)
