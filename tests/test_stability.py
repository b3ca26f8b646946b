"""A pair's verdict depends on the claim, that source and its metadata only, never on the rest of the folder."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from provenance.cli import app

UNRELATED = {
    # Another story entirely, a story sharing the seeds' words, and one that repeats a common word many times: an
    # idf over the folder would move every weight; the verdicts must not move.
    "zz-harbour.txt": "ROTTERDAM (Reuters) - Dock workers at the port of Rotterdam ended a three-day strike on "
                      "Friday after the union accepted a 4.5% pay rise, the port authority said.\n",
    "zz-space.txt": "The moon mission samples were studied by scientists from many countries, officials said on "
                    "Monday. NASA and China have held talks about lunar research before.\n",
    "zz-samples.txt": " ".join(["Samples of soil and samples of rock were shown at the science fair."] * 30) + "\n",
}


def verdicts(folder: Path, claims: Path) -> dict[tuple[str, str], tuple[str, float, int]]:
    result = CliRunner().invoke(app, ["check", "--claims", str(claims), "--sources", str(folder), "--format",
                                      "json", "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    return {(c["id"], s["source"]): (s["verdict"], s["score"], s["line"])
            for c in json.loads(result.stdout)["claims"] for s in c["sources"]}


def test_adding_unrelated_documents_leaves_every_verdict_unchanged(project: Path) -> None:
    before = verdicts(project / "seeds", project / "claims.yaml")
    for name, text in UNRELATED.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    after = verdicts(project / "seeds", project / "claims.yaml")
    assert before  # the seeds give verdicts to compare
    assert {k: v for k, v in after.items() if not k[1].startswith("zz-")} == before
