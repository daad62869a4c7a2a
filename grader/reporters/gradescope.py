"""The report as Gradescope's autograder results.json: one test per check, with its points."""

import json

from grader.reporters.feedback import check_lines, exercise_summary
from grader.results import GradeReport


def render(report: GradeReport) -> str:
    tests = [{"name": f"{exercise.name}: {check.title}", "number": f"{exercise.chapter}.{exercise.name}",
              "score": check.score, "max_score": check.max_score,
              "status": "passed" if check.passed else "failed",
              "output": "\n".join(check_lines(check)), "visibility": "visible"}
             for exercise in report.exercises for check in exercise.checks]
    results = {"score": report.score, "max_score": report.max_score,
               "execution_time": round(report.duration_seconds, 3),
               "output": "\n".join(exercise_summary(e) for e in report.exercises),
               "stdout_visibility": "hidden", "tests": tests}
    return json.dumps(results, indent=2, ensure_ascii=False) + "\n"
