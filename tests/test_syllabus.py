"""The syllabus file is well formed, and every exercise it lists has its four parts."""

import pytest

from course import paths
from course.syllabus import SyllabusError, UnknownName, load, parse

SYLLABUS = load()


def test_chapters_are_numbered_in_order_with_unique_ids():
    assert [c.number for c in SYLLABUS.chapters] == list(range(1, len(SYLLABUS.chapters) + 1))
    assert len({c.id for c in SYLLABUS.chapters}) == len(SYLLABUS.chapters)


@pytest.mark.parametrize("exercise", SYLLABUS.exercises, ids=lambda e: e.name)
def test_every_exercise_has_solution_stub_and_suite(exercise):
    assert exercise.solution_path.is_file()
    assert (paths.EXERCISES / exercise.relative_path).is_file()
    assert (paths.SUITES / exercise.chapter / f"test_{exercise.name}.py").is_file()


def test_every_inventory_id_of_the_seeds_is_taught_by_a_chapter():
    assert len(SYLLABUS.inventory) == 208
    assert SYLLABUS.untaught() == []


def test_select_resolves_chapters_and_exercises_in_course_order():
    names = [e.name for e in SYLLABUS.select(["post_training", "softmax"])]
    assert names == ["softmax", "chat_format", "fim"]


def test_unknown_names_get_the_closest_suggestion():
    with pytest.raises(UnknownName) as error:
        SYLLABUS.select(["tokenisation"])
    assert error.value.suggestion == "tokenization"


@pytest.mark.parametrize("data, problem", [
    ({}, "top-level 'chapters'"),
    ({"chapters": [{"title": "x"}]}, "needs an 'id'"),
    ({"chapters": [{"id": "Bad-Id"}]}, "lowercase Python identifier"),
    ({"chapters": [{"id": "a", "concepts": ["bpe merge"]}]}, "not a concept id"),
    ({"chapters": [{"id": "a"}, {"id": "a"}]}, "appears twice"),
    ({"chapters": [{"id": "a", "exercises": [{"name": "x"}]}, {"id": "b", "exercises": [{"name": "x"}]}]}, "appears twice"),
])
def test_malformed_syllabus_is_rejected_with_the_entry_named(data, problem):
    with pytest.raises(SyllabusError, match=problem):
        parse(data)
