"""Chapter quizzes: load `docs/<chapter>/quiz.yml`, validate it, and judge answers.

The same file feeds the site (rendered at build time by course/site/quiz_html.py, checked in the
browser by docs/assets/quiz.js) and the terminal (`llm-course quiz <chapter>`). A malformed file is a
`QuizError` naming the file and the line, and the site build stops on it.

Question kinds: `single` (exactly one correct option), `multiple` (the exact set of correct options),
`numeric` (|response - answer| <= tolerance), `short` (one of `answers`, case and surrounding space
ignored).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from course import paths

KINDS = ("single", "multiple", "numeric", "short")
MIN_QUESTIONS = 6
_QUESTION_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class QuizError(ValueError):
    """A quiz file breaks the schema; the message starts with `file:line:`."""


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    prompt: str
    explanation: str
    section: str
    concepts: tuple[str, ...]
    line: int
    options: tuple[Option, ...] = ()
    answer: float | None = None
    tolerance: float = 0.0
    unit: str = ""
    answers: tuple[str, ...] = ()

    def is_correct(self, response: object) -> bool:
        """Judge a response: an option index (single), a set of indices (multiple), a number or text."""
        if self.kind == "single":
            return isinstance(response, int) and 0 <= response < len(self.options) and self.options[response].correct
        if self.kind == "multiple":
            chosen = set(response) if isinstance(response, (set, frozenset, list, tuple)) else set()
            return chosen == {i for i, o in enumerate(self.options) if o.correct}
        if self.kind == "numeric":
            number = parse_number(response)
            return number is not None and abs(number - self.answer) <= self.tolerance + 1e-9 * abs(self.answer)
        return normalise(str(response)) in {normalise(a) for a in self.answers}


@dataclass(frozen=True)
class Quiz:
    chapter: str
    path: Path
    questions: tuple[Question, ...]


def normalise(text: str) -> str:
    """How short answers are compared: case-insensitive, surrounding and repeated spaces ignored."""
    return " ".join(text.split()).casefold()


def parse_number(response: object) -> float | None:
    """A learner's numeric answer: accepts `3`, `3.5`, `1,234`, `1e6`, `35%` (as 35); None if not a number."""
    if isinstance(response, (int, float)) and not isinstance(response, bool):
        return float(response)
    text = str(response).strip().replace(",", "").replace("_", "").rstrip("%").strip()
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers the line each mapping starts on (as the key `__line__`)."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def quiz_path(chapter: str) -> Path:
    return paths.DOCS / chapter / "quiz.yml"


def load(chapter: str, path: Path | None = None) -> Quiz:
    """Load and validate a chapter's quiz; raises QuizError with file and line on the first problem."""
    path = path or quiz_path(chapter)
    where = _display(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except OSError:
        raise QuizError(f"{where}: missing; every chapter has a quiz") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise QuizError(f"{where}:{line}: not valid YAML ({getattr(error, 'problem', error)})") from None
    if not isinstance(data, dict):
        raise QuizError(f"{where}:1: expected a mapping with 'chapter' and 'questions'")
    if data.get("chapter") != chapter:
        raise QuizError(f"{where}:{data['__line__']}: 'chapter' must be '{chapter}', not {data.get('chapter')!r}")
    raw = data.get("questions")
    if not isinstance(raw, list) or len(raw) < MIN_QUESTIONS:
        raise QuizError(f"{where}:{data['__line__']}: needs a 'questions' list of at least {MIN_QUESTIONS}")
    questions = tuple(_question(entry, where) for entry in raw)
    seen: set[str] = set()
    for question in questions:
        if question.id in seen:
            raise QuizError(f"{where}:{question.line}: question id '{question.id}' is used twice")
        seen.add(question.id)
    return Quiz(chapter=chapter, path=path, questions=questions)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _question(entry: object, where: str) -> Question:
    if not isinstance(entry, dict):
        raise QuizError(f"{where}: each question must be a mapping")
    line = entry["__line__"]
    at = f"{where}:{line}"

    def text(key: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise QuizError(f"{at}: question needs a non-empty '{key}'")
        return value.strip()

    qid, kind = text("id"), text("type")
    if not _QUESTION_ID.fullmatch(qid):
        raise QuizError(f"{at}: id '{qid}' must be kebab-case (like bpe-by-hand)")
    if kind not in KINDS:
        raise QuizError(f"{at}: type '{kind}' must be one of {', '.join(KINDS)}")
    concepts = entry.get("concepts", [])
    if not isinstance(concepts, list) or not all(isinstance(c, str) for c in concepts):
        raise QuizError(f"{at}: 'concepts' must be a list of concept ids")
    common = dict(id=qid, kind=kind, prompt=text("prompt"), explanation=text("explanation"),
                  section=text("section"), concepts=tuple(concepts), line=line)
    if kind in ("single", "multiple"):
        return Question(**common, options=_options(entry, kind, at))
    if kind == "numeric":
        answer, tolerance = parse_number(entry.get("answer")), parse_number(entry.get("tolerance", 0))
        if answer is None or isinstance(entry.get("answer"), bool):
            raise QuizError(f"{at}: numeric question needs a number as 'answer'")
        if tolerance is None or tolerance < 0:
            raise QuizError(f"{at}: 'tolerance' must be a number >= 0")
        return Question(**common, answer=answer, tolerance=tolerance, unit=str(entry.get("unit", "")))
    answers = entry.get("answers")
    if not isinstance(answers, list) or not answers or not all(isinstance(a, (str, int, float)) for a in answers):
        raise QuizError(f"{at}: short question needs a non-empty 'answers' list")
    return Question(**common, answers=tuple(str(a) for a in answers))


def _options(entry: dict, kind: str, at: str) -> tuple[Option, ...]:
    raw = entry.get("options")
    if not isinstance(raw, list) or len(raw) < 2:
        raise QuizError(f"{at}: '{kind}' question needs at least 2 options")
    options = []
    for option in raw:
        if not isinstance(option, dict) or not isinstance(option.get("text"), (str, int, float)):
            raise QuizError(f"{at}: each option needs a 'text'")
        correct = option.get("correct", False)
        if not isinstance(correct, bool):
            raise QuizError(f"{at}: option 'correct' must be true or false")
        options.append(Option(text=str(option["text"]).strip(), correct=correct))
    right = sum(o.correct for o in options)
    if kind == "single" and right != 1:
        raise QuizError(f"{at}: single-choice question needs exactly one correct option, has {right}")
    if kind == "multiple" and not 1 <= right < len(options):
        raise QuizError(f"{at}: multiple-choice question needs at least one correct and one wrong option")
    return tuple(options)
