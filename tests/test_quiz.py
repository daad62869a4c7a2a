"""Quiz files: every chapter's quiz is valid, answers are judged as documented, and a malformed
quiz is reported with its file and line."""

import textwrap

import pytest

from course import quiz
from course.syllabus import load

CHAPTERS = [c.id for c in load().chapters]

VALID = """\
chapter: demo
questions:
  - id: one
    type: single
    prompt: Pick b.
    options:
      - text: a
      - text: b
        correct: true
    explanation: b is right.
    section: intro
  - id: two
    type: multiple
    prompt: Pick a and c.
    options: [{text: a, correct: true}, {text: b}, {text: c, correct: true}]
    explanation: a and c.
    section: intro
  - id: three
    type: numeric
    prompt: How many bytes is 我?
    answer: 3
    explanation: Three.
    section: intro
  - id: four
    type: numeric
    prompt: About what percent?
    answer: 0.35
    tolerance: 0.05
    explanation: About 0.35%.
    section: intro
  - id: five
    type: short
    prompt: The separator token?
    answers: ["<|im_sep|>", "im_sep"]
    explanation: im_sep.
    section: intro
  - id: six
    type: short
    prompt: Name it.
    answers: [Moravec's paradox]
    explanation: Moravec.
    section: intro
"""


def write(tmp_path, text):
    path = tmp_path / "quiz.yml"
    path.write_text(textwrap.dedent(text))
    return path


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_has_a_valid_quiz_with_balanced_answers(chapter):
    chapter_quiz = quiz.load(chapter)
    kinds = {q.kind for q in chapter_quiz.questions}
    assert {"single", "multiple", "numeric"} <= kinds, f"{chapter}: mix the kinds of question"
    positions = [next(i for i, o in enumerate(q.options) if o.correct)
                 for q in chapter_quiz.questions if q.kind == "single"]
    if len(positions) >= 3:
        assert len(set(positions)) > 1, f"{chapter}: the correct option is always at position {positions[0]}"


def test_answers_are_judged_as_documented(tmp_path):
    questions = {q.id: q for q in quiz.load("demo", write(tmp_path, VALID)).questions}
    assert questions["one"].is_correct(1) and not questions["one"].is_correct(0)
    assert questions["two"].is_correct({0, 2}) and not questions["two"].is_correct({0})
    assert not questions["two"].is_correct({0, 1, 2})
    assert questions["three"].is_correct("3") and questions["three"].is_correct(" 3.0 ")
    assert not questions["three"].is_correct("4") and not questions["three"].is_correct("three")
    assert questions["four"].is_correct("0.3") and questions["four"].is_correct("0.4%")
    assert not questions["four"].is_correct("0.41")
    assert questions["five"].is_correct("  IM_SEP ") and questions["five"].is_correct("<|im_sep|>")
    assert not questions["five"].is_correct("im_seq")
    assert questions["six"].is_correct("moravec's   PARADOX")


def line_of(question_id: str) -> int:
    return VALID.splitlines().index(f"  - id: {question_id}") + 1


BROKEN = {
    "two correct in a single": (VALID.replace("        correct: true\n", "", 1), line_of("one"), "exactly one correct option"),
    "all correct in a multiple": (VALID.replace("{text: b}", "{text: b, correct: true}"), line_of("two"),
                                  "at least one correct and one wrong"),
    "numeric answer not a number": (VALID.replace("answer: 3", "answer: three"), line_of("three"),
                                    "needs a number as 'answer'"),
    "negative tolerance": (VALID.replace("tolerance: 0.05", "tolerance: -1"), line_of("four"), "'tolerance' must be a number >= 0"),
    "no explanation": (VALID.replace("    explanation: b is right.\n", ""), line_of("one"), "non-empty 'explanation'"),
    "unknown type": (VALID.replace("type: short\n    prompt: Name it.", "type: essay\n    prompt: Name it."), line_of("six"),
                     "must be one of"),
    "duplicate id": (VALID.replace("id: two", "id: one"), line_of("two"), "used twice"),
    "no accepted answers": (VALID.replace("answers: [Moravec's paradox]", "answers: []"), line_of("six"), "non-empty 'answers'"),
    "broken YAML": (VALID.replace("  - id: one", "  - id: one\n   bad: [indent"), 4, "not valid YAML"),
    "too few questions": (VALID.split("  - id: five")[0], 1, "at least 6"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_malformed_quiz_is_reported_with_file_and_line(tmp_path, case):
    broken, line, problem = BROKEN[case]
    path = write(tmp_path, broken)
    with pytest.raises(quiz.QuizError) as error:
        quiz.load("demo", path)
    assert str(error.value).startswith(f"{path}:{line}:"), str(error.value)
    assert problem in str(error.value)
