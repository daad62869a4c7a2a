"""MkDocs hooks: navigation from the syllabus, and each chapter's quiz rendered from its quiz.yml.

A chapter page marks where its quiz goes with the line `<!-- quiz -->`. The quiz file is validated
here: a malformed quiz, or a question pointing at a section the page does not have, stops the build
with the file and line.
"""

from __future__ import annotations

import markdown as markdown_lib
from mkdocs.exceptions import PluginError

from course import quiz
from course.site.quiz_html import render
from course.syllabus import load

QUIZ_MARKER = "<!-- quiz -->"
CONTRIBUTING = [
    {"Architecture": "contributing/index.md"},
    {"How an exercise is made": "contributing/exercises.md"},
    {"Grading results (JSON schema)": "contributing/results.md"},
    {"Quizzes": "contributing/quizzes.md"},
    {"Widgets": "contributing/widgets.md"},
    {"Benchmarks": "contributing/benchmarks.md"},
]
_markdown: markdown_lib.Markdown | None = None


def on_config(config, **kwargs):
    global _markdown
    chapters = [{f"{c.number}. {c.title}": f"{c.id}/index.md"} for c in load().chapters]
    config["nav"] = [{"Start here": "index.md"}, {"Chapters": chapters}, {"For instructors": "instructors/index.md"},
                     {"For contributors": CONTRIBUTING}]
    _markdown = markdown_lib.Markdown(extensions=config["markdown_extensions"],
                                      extension_configs=config["mdx_configs"])
    return config


def _to_html(text: str) -> str:
    assert _markdown is not None
    return _markdown.reset().convert(text)


def on_page_content(html, page, config, files, **kwargs):
    chapter = page.file.src_uri.split("/")[0]
    if page.file.src_uri != f"{chapter}/index.md" or chapter not in {c.id for c in load().chapters}:
        return html
    try:
        chapter_quiz = quiz.load(chapter)
    except quiz.QuizError as error:
        raise PluginError(str(error)) from None
    if html.count(QUIZ_MARKER) != 1:
        raise PluginError(f"{page.file.src_uri}: needs exactly one line '{QUIZ_MARKER}' where the quiz goes")
    anchors = _anchors(page.toc)
    for question in chapter_quiz.questions:
        if question.section not in anchors:
            raise PluginError(f"docs/{chapter}/quiz.yml:{question.line}: section '{question.section}' is "
                              f"not a heading id of docs/{chapter}/index.md")
    return html.replace(QUIZ_MARKER, render(chapter_quiz, _to_html))


def _anchors(toc) -> set[str]:
    found: set[str] = set()
    for item in toc:
        found.add(item.id)
        found |= _anchors(item.children)
    return found
