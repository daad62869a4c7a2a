"""The report as JUnit XML: one testsuite per exercise, one testcase per check (for CI dashboards)."""

import xml.etree.ElementTree as ET

from grader.reporters.feedback import check_lines
from grader.results import GradeReport


def render(report: GradeReport) -> str:
    suites = ET.Element("testsuites", name="llm-course", tests=str(_count(report)),
                        failures=str(_count(report, failed=True)))
    for exercise in report.exercises:
        suite = ET.SubElement(suites, "testsuite", name=exercise.name, tests=str(len(exercise.checks)),
                              failures=str(sum(not c.passed for c in exercise.checks)),
                              time=f"{exercise.duration_seconds:.3f}")
        for check in exercise.checks:
            case = ET.SubElement(suite, "testcase", classname=f"{exercise.chapter}.{exercise.name}",
                                 name=check.name)
            if not check.passed:
                failure = ET.SubElement(case, "failure", message=check.message or check.kind, type=check.kind)
                failure.text = "\n".join(check_lines(check))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _count(report: GradeReport, failed: bool = False) -> int:
    return sum(1 for e in report.exercises for c in e.checks if not failed or not c.passed)
