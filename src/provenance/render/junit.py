"""JUnit XML as pytest's xunit2 writes it: a test case per claim, a failure for each claim that misses its bar.

Valid against the schema Jenkins' xUnit plugin checks (junit-10.xsd) and shaped for the Ant one too: times and
timestamp present, no attributes either schema rejects (the claim's file and line go into the text instead), and
no character XML cannot hold. Claims are judged together (one index serves them all), so a test case's own time
is not measured and reads 0; the suite's time is the run's.
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


def _case(suite: ET.Element, r: ClaimResult, path: str) -> None:
    case = ET.SubElement(suite, "testcase", classname=xml_safe(path), name=xml_safe(r.claim.id), time="0.000")
    where = f"{path}:{r.claim.line}" if r.claim.line else path
    if not r.meets_bar:
        failure = ET.SubElement(case, "failure", message=xml_safe(r.reason), type=r.status.value)
        failure.text = xml_safe(f"{where}: {r.claim.text}\n{_evidence(r) or 'no evidence'}")
    else:
        out = ET.SubElement(case, "system-out")
        out.text = xml_safe(f"{where}: {r.status.value}, {r.independent_sources} independent\n{_evidence(r)}")


def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
           root: Path | None = None) -> str:
    tests, failures = str(len(report.results)), str(sum(1 for r in report.results if not r.meets_bar))
    elapsed = f"{report.elapsed:.3f}"
    started = dt.datetime.fromtimestamp(report.started or 0, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    suites = ET.Element("testsuites", name="provenance", tests=tests, failures=failures, errors="0", time=elapsed)
    suite = ET.SubElement(suites, "testsuite", name="provenance", tests=tests, failures=failures, errors="0",
                          skipped="0", time=elapsed, timestamp=started, hostname=xml_safe(socket.gethostname()),
                          id="0", package="provenance")
    path = claims_uri(report, root)
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="claims", value=xml_safe(path))
    ET.SubElement(properties, "property", name="sources", value=xml_safe(report.sources_dir.as_posix()))
    ET.SubElement(properties, "property", name="strict", value=str(report.strict).lower())
    for r in report.results:
        _case(suite, r, path)
    ET.SubElement(suite, "system-out").text = xml_safe("\n".join(report.warnings))
    ET.SubElement(suite, "system-err")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
