"""`llm-course quiz <chapter>`: the chapter's quiz in the terminal, from the same quiz.yml as the site."""

from __future__ import annotations

import argparse
import string

from rich.console import Console
from rich.markdown import Markdown

from course import progress, quiz, workspace
from course.cli.errors import UsageError
from course.syllabus import load

LETTERS = string.ascii_lowercase


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("quiz", help="answer a chapter's quiz in the terminal",
                                 epilog="examples:\n  llm-course quiz tokenization\n  llm-course quiz utf8 --wrong",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("chapter", help="chapter id, as listed by `llm-course`")
    parser.add_argument("--wrong", action="store_true", help="ask only the questions not yet answered right")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    chapter = load().chapter(args.chapter)
    try:
        chapter_quiz = quiz.load(chapter.id)
    except quiz.QuizError as error:
        raise UsageError(f"This quiz cannot be used: {error}") from None
    tree = workspace.exercises_tree()
    saved = progress.load(tree)["quizzes"].get(chapter.id, {})
    questions = [q for q in chapter_quiz.questions if not (args.wrong and saved.get(q.id))]
    console.print(f"[bold]Chapter {chapter.number} quiz: {chapter.title}[/] ({len(questions)} questions). "
                  "Type q to stop; each answer is saved.\n")
    right = answered = 0
    for number, question in enumerate(questions, start=1):
        console.rule(f"Question {number} of {len(questions)}", align="left", style="dim")
        answer = _ask(question, console)
        if answer is None:
            break
        correct = question.is_correct(answer)
        answered += 1
        right += correct
        progress.record_quiz_answer(tree, chapter.id, question.id, correct)
        _explain(question, correct, chapter.url(question.section), console)
    console.print(f"\nYou answered {answered} of {len(questions)} questions, {right} right. "
                  f"`llm-course quiz {chapter.id} --wrong` asks the ones not yet right.")
    return 0


def _ask(question: quiz.Question, console: Console):
    """Show the question and read an answer; None when the learner stops (q, or end of input)."""
    console.print(Markdown(question.prompt))
    if question.kind in ("single", "multiple"):
        for letter, option in zip(LETTERS, question.options):
            console.print(f"  {letter}) ", end="")
            console.print(Markdown(option.text))
    prompts = {"single": "One letter", "multiple": "All letters that apply (e.g. a c)",
               "numeric": f"A number{' in ' + question.unit if question.unit else ''}", "short": "Your answer"}
    while True:
        try:
            text = console.input(f"[bold]{prompts[question.kind]}:[/] ").strip()
        except EOFError:
            return None
        if text.lower() in ("q", "quit"):
            return None
        answer, problem = _parse(question, text)
        if problem is None:
            return answer
        console.print(problem, style="yellow")


def _parse(question: quiz.Question, text: str):
    """Turn typed text into a response for Question.is_correct, or say what to type instead."""
    letters = LETTERS[: len(question.options)]
    if question.kind == "single":
        if len(text) == 1 and text.lower() in letters:
            return letters.index(text.lower()), None
        return None, f"Type one letter from a to {letters[-1]}."
    if question.kind == "multiple":
        chosen = [c for c in text.lower() if c not in " ,;"]
        if chosen and all(c in letters for c in chosen):
            return {letters.index(c) for c in chosen}, None
        return None, f"Type letters from a to {letters[-1]}, separated by spaces."
    if question.kind == "numeric" and quiz.parse_number(text) is None:
        return None, "Type a number, like 42 or 3.5."
    if not text:
        return None, "Type an answer (or q to stop)."
    return text, None


def _explain(question: quiz.Question, correct: bool, url: str, console: Console) -> None:
    if correct:
        console.print("✓ Correct.", style="bold green")
    else:
        console.print(f"✗ Not quite. The answer: {_answer_text(question)}", style="bold red")
    console.print(Markdown(question.explanation))
    console.print(f"Read again: {url}\n", style="dim")


def _answer_text(question: quiz.Question) -> str:
    if question.kind in ("single", "multiple"):
        return ", ".join(f"{LETTERS[i]}) {o.text}" for i, o in enumerate(question.options) if o.correct)
    if question.kind == "numeric":
        tolerance = f" (± {question.tolerance:g})" if question.tolerance else ""
        return f"{question.answer:g}{tolerance} {question.unit}".strip()
    return question.answers[0]
