"""JUnit XML: a test case per claim, a failure for each claim that misses its bar."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..models import Report
from . import claims_uri


def render(report: Report, *, color: bool = False, width: int | None = None) -> str:
    failures = sum(1 for r in report.results if not r.meets_bar)
    suite = ET.Element("testsuite", name="provenance", tests=str(len(report.results)), failures=str(failures),
                       errors="0", skipped="0")
    path = claims_uri(report)
    for r in report.results:
        case = ET.SubElement(suite, "testcase", classname=path, name=r.claim.id, file=path,
                             line=str(r.claim.line or 0))
        evidence = "\n".join(f"{v.verdict.value}: {v.source}:{v.line} (score {v.score:.1f})" for v in r.sources)
        if not r.meets_bar:
            failure = ET.SubElement(case, "failure", message=r.reason, type=r.status.value)
            failure.text = f"{r.claim.text}\n{evidence or 'no evidence'}"
        else:
            out = ET.SubElement(case, "system-out")
            out.text = f"{r.status.value}, {r.independent_sources} independent\n{evidence}"
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
