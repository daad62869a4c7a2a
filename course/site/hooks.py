"""MkDocs hooks: the site's navigation comes from the syllabus, so chapters are listed in one place."""

from __future__ import annotations

from course.syllabus import load

CONTRIBUTING = [
    {"Architecture": "contributing/index.md"},
    {"How an exercise is made": "contributing/exercises.md"},
    {"Grading results (JSON schema)": "contributing/results.md"},
]


def on_config(config, **kwargs):
    chapters = [{f"{c.number}. {c.title}": f"{c.id}/index.md"} for c in load().chapters]
    config["nav"] = [{"Start here": "index.md"}, {"Chapters": chapters}, {"For contributors": CONTRIBUTING}]
    return config
