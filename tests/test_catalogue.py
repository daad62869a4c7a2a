"""Each suite fails every known-wrong implementation and gives full marks to every correct variant."""

import ast

import pytest

from course.syllabus import load
from grader.runner import grade_exercise
from tests.catalogue import ALTERNATIVE, WRONG, caught_by, exercise_of, label, submission

SYLLABUS = load()


@pytest.mark.parametrize("implementation", WRONG, ids=label)
def test_suite_fails_the_wrong_implementation(implementation, tmp_path):
    exercise = SYLLABUS.exercise(exercise_of(implementation))
    result = grade_exercise(SYLLABUS, exercise, submission(implementation, tmp_path))
    assert result.score < result.max_score, f"{label(implementation)} got full marks"
    failed = {c.name for c in result.checks if not c.passed}
    assert set(caught_by(implementation)) <= failed, (
        f"expected {caught_by(implementation)} to fail; failed: {sorted(failed)}")
    assert not [c for c in result.checks if c.kind == "grader_error"], "the suite itself broke"


@pytest.mark.parametrize("implementation", ALTERNATIVE, ids=label)
def test_suite_gives_full_marks_to_a_correct_variant(implementation):
    exercise = SYLLABUS.exercise(exercise_of(implementation))
    result = grade_exercise(SYLLABUS, exercise, implementation)
    failures = [f"{c.name}: {c.message}" for c in result.checks if not c.passed]
    assert result.status == "passed", failures


@pytest.mark.parametrize("exercise", [e.name for e in SYLLABUS.exercises])
def test_every_exercise_has_a_catalogue(exercise):
    wrong = [p for p in WRONG if exercise_of(p) == exercise]
    assert len(wrong) >= 4, f"{exercise}: {len(wrong)} wrong implementations; at least 4 are required"
    assert any(exercise_of(p) == exercise for p in ALTERNATIVE), f"{exercise}: no correct variant"
    for path in wrong:
        assert caught_by(path), f"{label(path)}: name the checks that must catch it in CAUGHT_BY"
        assert ast.get_docstring(ast.parse(path.read_text())), f"{label(path)}: say what is wrong in a docstring"
