"""JUnit XML: a test case per claim, a failure for each claim that misses its bar.

One `<testsuite>` at the root, the shape both common schemas accept: the one Jenkins' xUnit plugin validates
against (junit-10.xsd) and Ant's (JUnit.xsd, which wants `timestamp`, `hostname`, `time`, `properties`, and no
output inside a test case). Neither allows `file`/`line` on `<testcase>`, so the claim's file and line lead the
failure text. No character XML cannot hold gets through. Claims are judged together (one index serves them all), so
a case's own time is not measured and reads 0; the suite's time is the run's.
"""

from __future__ import annotations

import datetime as dt
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

from ..models import ClaimResult, Report
from . import claims_uri, xml_safe


def _evidence(r: ClaimResult) -> str:
    return "\n".join(f"{v.verdict.value}: {v.source}:{v.line} (score {v.score:.1f})" for v in r.sources)


def _where(r: ClaimResult, path: str) -> str:
    return f"{path}:{r.claim.line}" if r.claim.line else path


def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
           root: Path | None = None) -> str:
    started = dt.datetime.fromtimestamp(report.started or 0, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    suite = ET.Element("testsuite", name="provenance", tests=str(len(report.results)),
                       failures=str(sum(1 for r in report.results if not r.meets_bar)), errors="0", skipped="0",
                       time=f"{report.elapsed:.3f}", timestamp=started,
                       hostname=xml_safe(socket.gethostname()).strip() or "localhost")
    path = claims_uri(report, root)
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="claims", value=xml_safe(path))
    ET.SubElement(properties, "property", name="sources", value=xml_safe(report.sources_dir.as_posix()))
    ET.SubElement(properties, "property", name="strict", value=str(report.strict).lower())
    passed: list[str] = []
    for r in report.results:
        case = ET.SubElement(suite, "testcase", classname=xml_safe(path), name=xml_safe(r.claim.id), time="0.000")
        if not r.meets_bar:
            failure = ET.SubElement(case, "failure", message=xml_safe(r.reason), type=r.status.value)
            failure.text = xml_safe(f"{_where(r, path)}: {r.claim.text}\n{_evidence(r) or 'no evidence'}")
        else:
            passed.append(f"{r.claim.id} ({_where(r, path)}): {r.status.value}, {r.independent_sources} independent")
    # What passed, and the run's warnings, in the suite's output: Ant's schema allows no output inside a case.
    ET.SubElement(suite, "system-out").text = xml_safe("\n".join(passed))
    ET.SubElement(suite, "system-err").text = xml_safe("\n".join(f"Warning: {w}" for w in report.warnings))
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
