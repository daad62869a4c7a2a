"""The report as JSON, in the schema documented in grader/results.py."""

import json

from grader.results import GradeReport


def render(report: GradeReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
