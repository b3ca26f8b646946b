"""Settings from `[tool.provenance]` in pyproject.toml; flags on the command line win over them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ProvenanceError
from .inputs import read_input

KEYS = {"claims": str, "sources": str, "format": str, "strict": bool, "lock": str}


@dataclass(frozen=True)
class Settings:
    claims: Path = Path("claims.yaml")
    sources: Path = Path("seeds")
    format: str = "table"
    strict: bool = False
    lock: Path = Path("claims.lock")
    root: Path = Path(".")  # the folder of the pyproject.toml that set these

    def _within(self, path: Path) -> Path | None:
        """`path` relative to the project folder, links followed; None when it lies outside."""
        try:
            return path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return None

    def read(self, path: Path, key: str) -> Path:
        """`path`, a claims file or sources folder read where the setting `key` says (or by default), if it lies in
        the project folder (links followed); ProvenanceError otherwise. `sources = "/home/runner/work"` in a pull
        request's pyproject.toml (or a committed link `seeds -> /home/runner/work`) had `check` read every page
        there, another checkout's included, and print what matched the pull request's claims in the job's log;
        `add` wrote its pages and sources.yaml there."""
        if self._within(path) is None:
            raise ProvenanceError(f"{path}: the {key} configured in {self.root / 'pyproject.toml'} (or by default) "
                                  "leads outside the project folder, and what it holds would be read and shown; "
                                  f"give a path inside it, or pass --{key} on the command line")
        return path

    def written(self, path: Path, key: str) -> Path:
        """`path`, a file written where the setting `key` says, if it lies in the project folder; ProvenanceError
        otherwise. pyproject.toml can come from a pull request: `lock = "../../.bashrc"` had `provenance lock` in CI
        overwrite any file the runner could write (links followed: a linked folder counts where it points)."""
        inside = self._within(path)
        if inside is None:
            raise ProvenanceError(f"{self.root / 'pyproject.toml'}: [tool.provenance] {key} leads outside the project "
                                  f"folder ({path}), and a file would be written there; give a path inside it, or "
                                  "pass the file on the command line")
        if ".git" in inside.parts:  # `lock = ".git/config"`: git's files, not the project's
            raise ProvenanceError(f"{self.root / 'pyproject.toml'}: [tool.provenance] {key} leads into the .git folder "
                                  f"({path}), and a file would be written there; give a path outside it, or pass the "
                                  "file on the command line")
        return path


def load_settings(pyproject: Path = Path("pyproject.toml")) -> Settings:
    """The `[tool.provenance]` table of `pyproject` (paths relative to its folder); defaults where absent."""
    if not pyproject.exists():
        return Settings()
    data = read_input(pyproject, ProvenanceError, "TOML file")
    import tomllib  # only for a folder that has a pyproject.toml: ~6 ms of every command's start-up otherwise

    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProvenanceError(f"{pyproject}: invalid TOML: {str(exc)[:200]}") from None
    tool: Any = parsed.get("tool", {})
    if not isinstance(tool, dict):
        raise ProvenanceError(f"{pyproject}: 'tool' must be a table ([tool.NAME] sections)")
    table: Any = tool.get("provenance", {})
    if not isinstance(table, dict):
        raise ProvenanceError(f"{pyproject}: [tool.provenance] must be a table")
    for key, value in table.items():
        if key not in KEYS:
            raise ProvenanceError(f"{pyproject}: unknown key {key!r} in [tool.provenance]; "
                                  f"allowed: {', '.join(sorted(KEYS))}")
        if not isinstance(value, KEYS[key]):
            raise ProvenanceError(f"{pyproject}: [tool.provenance] {key} must be a {KEYS[key].__name__}")
        if isinstance(value, str) and ("\x00" in value or not value.strip()):
            raise ProvenanceError(f"{pyproject}: [tool.provenance] {key} must be a non-empty path or name")
    base = pyproject.parent
    defaults = Settings()
    return Settings(
        claims=base / table["claims"] if "claims" in table else defaults.claims,
        sources=base / table["sources"] if "sources" in table else defaults.sources,
        format=table.get("format", defaults.format),
        strict=table.get("strict", defaults.strict),
        lock=base / table["lock"] if "lock" in table else defaults.lock,
        root=base,
    )
