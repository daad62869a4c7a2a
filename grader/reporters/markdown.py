"""The report as Markdown, for a CI job summary ($GITHUB_STEP_SUMMARY)."""

from grader.reporters.feedback import STATUS_WORDS, check_lines
from grader.results import GradeReport


def render(report: GradeReport) -> str:
    lines = [f"## llm-course: {report.score}/{report.max_score} points", "",
             "| exercise | chapter | points | status |", "|---|---|---|---|"]
    for e in report.exercises:
        mark = "✅" if e.status == "passed" else "❌"
        lines.append(f"| {mark} `{e.name}` | {e.chapter} | {e.score}/{e.max_score} | {STATUS_WORDS[e.status]} |")
    for e in report.exercises:
        failed = [c for c in e.checks if not c.passed]
        if e.status in ("passed", "not_started") or not failed:
            continue
        lines += ["", f"<details><summary><code>{e.name}</code>: {len(failed)} check(s) failing</summary>", ""]
        if e.message:
            lines += [f"> {e.message}", ""]
        for check in failed:
            lines.append(f"- **{check.title}** ({check.score}/{check.max_score})")
            lines += [f"  - {_escape(line)}" for line in check_lines(check)]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    """Keep learner-controlled text from breaking the Markdown: code spans for the values."""
    text = text.replace("\n", " ")
    head, sep, value = text.partition(": ")
    if sep and head in ("Your call", "Expected", "Got"):
        return f"{head}: `{value.strip().replace('`', '´')}`"
    return text.replace("<", "&lt;")
