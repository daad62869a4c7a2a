"""Reporters: one grading run rendered for a person (terminal, Markdown) or a machine (JSON, JUnit,
Gradescope). Each is a function `render(report) -> str`; FORMATS maps the CLI's --format names to them."""

from grader.reporters import gradescope, json_report, junit, markdown

FORMATS = {
    "json": json_report.render,
    "junit": junit.render,
    "gradescope": gradescope.render,
    "markdown": markdown.render,
}
