"""Render a chapter quiz as HTML for docs/assets/quiz.js, which checks answers in the browser.

Answers travel in data attributes: a quiz that gives instant feedback with no server cannot hide
them, and this is self-study, not an exam. Prompts, options and explanations are Markdown,
converted with the site's own Markdown configuration so that code and math look as in the page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from course.quiz import Question, Quiz

KIND_LABELS = {"single": "Choose one", "multiple": "Choose all that apply", "numeric": "Enter a number",
               "short": "Type your answer"}


def render(quiz: Quiz, markdown: Callable[[str], str]) -> str:
    questions = "\n".join(_question(quiz, number, q, markdown)
                          for number, q in enumerate(quiz.questions, start=1))
    return (f'<div class="llmq-quiz" data-chapter="{escape(quiz.chapter)}" '
            f'data-total="{len(quiz.questions)}">\n'
            f'<p class="llmq-progress" aria-live="polite"></p>\n{questions}\n'
            f'<p><button type="button" class="md-button llmq-reset">Clear my answers</button></p>\n</div>')


def _question(quiz: Quiz, number: int, question: Question, markdown: Callable[[str], str]) -> str:
    name = f"{quiz.chapter}-{question.id}"
    attributes = {"data-id": question.id, "data-kind": question.kind, "id": f"quiz-{question.id}"}
    if question.kind == "numeric":
        attributes.update({"data-answer": repr(question.answer), "data-tolerance": repr(question.tolerance)})
    if question.kind == "short":
        attributes["data-answers"] = json.dumps(list(question.answers))
    attrs = " ".join(f'{k}="{escape(v)}"' for k, v in attributes.items())
    return (f'<div class="llmq-question" {attrs}>\n'
            f'<div class="llmq-prompt"><span class="llmq-number">Question {number}</span> '
            f'<span class="llmq-kind">{KIND_LABELS[question.kind]}</span>\n{markdown(question.prompt)}</div>\n'
            f'<form class="llmq-form">\n{_inputs(name, question, markdown)}\n'
            f'<button type="submit" class="md-button md-button--primary">Check</button>\n</form>\n'
            f'<div class="llmq-feedback" aria-live="polite"></div>\n'
            f'<div class="llmq-explanation" hidden>\n{markdown(question.explanation)}\n'
            f'<p><a href="#{escape(question.section)}">Read this section again</a></p>\n</div>\n</div>')


def _inputs(name: str, question: Question, markdown: Callable[[str], str]) -> str:
    if question.kind in ("single", "multiple"):
        kind = "radio" if question.kind == "single" else "checkbox"
        return "\n".join(
            f'<label class="llmq-option"><input type="{kind}" name="{escape(name)}" value="{i}"'
            f'{" data-correct" if option.correct else ""}> <span>{_inline(markdown(option.text))}</span></label>'
            for i, option in enumerate(question.options))
    unit = f' <span class="llmq-unit">{escape(question.unit)}</span>' if question.unit else ""
    mode = ' inputmode="decimal"' if question.kind == "numeric" else ""
    return (f'<input type="text" class="llmq-answer" name="{escape(name)}" autocomplete="off"{mode} '
            f'aria-label="Your answer">{unit}')


def _inline(html: str) -> str:
    """A one-paragraph Markdown rendering without its <p> wrapper, to sit inside a label."""
    html = html.strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html
