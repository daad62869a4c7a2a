"""The `llm-course` command, driven as a learner or an instructor drives it (a real subprocess)."""

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from course import paths
from course.syllabus import load
from tests.catalogue import WRONG, exercise_of, submission

SYLLABUS = load()
EXERCISES = [e.name for e in SYLLABUS.exercises]


def llm_course(*args: str, cwd=None) -> subprocess.CompletedProcess:
    executable = shutil.which("llm-course")
    assert executable, "llm-course is not installed: run `pip install -e .`"
    return subprocess.run([executable, *args], capture_output=True, text=True, cwd=cwd, timeout=600)


def without_timings(report: dict) -> dict:
    report = json.loads(json.dumps(report))
    report.pop("duration_seconds")
    for exercise in report["exercises"]:
        exercise.pop("duration_seconds")
    return report


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict]:
    out = tmp_path_factory.mktemp("reference") / "results.json"
    run = llm_course("grade", "--all", "--path", str(paths.SOLUTIONS), "--format", "json", "--output", str(out))
    return run, json.loads(out.read_text())


@pytest.fixture
def stub_tree(tmp_path):
    """A copy of the untouched stubs, so grading it records no progress in the repository."""
    tree = tmp_path / "exercises"
    shutil.copytree(paths.EXERCISES, tree)
    return tree


def test_reference_solutions_get_full_marks(reference_run):
    run, report = reference_run
    assert run.returncode == 0, run.stderr
    assert [e["name"] for e in report["exercises"]] == EXERCISES
    for exercise in report["exercises"]:
        failing = [c["name"] for c in exercise["checks"] if not c["passed"]]
        assert exercise["status"] == "passed" and not failing, (exercise["name"], failing)
    assert report["score"] == report["max_score"] > 0


def test_json_report_follows_the_documented_schema(reference_run):
    _, report = reference_run
    assert {"schema_version", "score", "max_score", "duration_seconds", "exercises"} <= report.keys()
    for exercise in report["exercises"]:
        assert {"name", "chapter", "score", "max_score", "status", "checks"} <= exercise.keys()
        for check in exercise["checks"]:
            assert {"name", "passed", "score", "max_score", "message"} <= check.keys()
        assert exercise["score"] == sum(c["score"] for c in exercise["checks"])


def test_untouched_stubs_score_zero_without_error(stub_tree):
    run = llm_course("grade", "--all", "--path", str(stub_tree), "--format", "json")
    assert run.returncode == 1, run.stderr
    assert run.stderr == ""
    report = json.loads(run.stdout)
    assert report["score"] == 0
    assert {e["status"] for e in report["exercises"]} == {"not_started"}


def test_untouched_stubs_read_as_not_started_in_the_terminal(stub_tree):
    run = llm_course("grade", "--all", "--path", str(stub_tree))
    assert "Traceback" not in run.stdout + run.stderr
    for name in EXERCISES:
        assert f"{name}  (" in run.stdout
    assert run.stdout.count("not started") == len(EXERCISES)


def test_a_chapter_name_grades_that_chapters_exercises():
    run = llm_course("grade", "sampling", "--path", str(paths.SOLUTIONS), "--format", "json")
    assert run.returncode == 0, run.stderr
    assert [e["name"] for e in json.loads(run.stdout)["exercises"]] == ["softmax", "top_k_top_p"]


def test_unknown_exercise_name_suggests_the_closest():
    run = llm_course("grade", "sofmax")
    assert run.returncode == 2
    assert run.stdout == ""
    assert "There is no exercise or chapter called 'sofmax'. Did you mean 'softmax'?" in " ".join(run.stderr.split())
    assert "Traceback" not in run.stderr


def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path):
    run = llm_course("grade", "--all", "--path", str(tmp_path / "nowhere"))
    assert run.returncode == 2
    assert "There is no folder" in run.stderr and "Traceback" not in run.stderr


def test_grade_without_names_says_how_to_call_it():
    run = llm_course("grade")
    assert run.returncode == 2
    assert "llm-course grade --all" in run.stderr


def test_syntax_error_is_shown_with_file_and_line_and_the_rest_is_graded(tmp_path):
    tree = tmp_path / "submission"
    shutil.copytree(paths.SOLUTIONS, tree)
    broken = tree / "sampling" / "softmax.py"
    lines = broken.read_text().splitlines() + ["def broken(:"]
    broken.write_text("\n".join(lines) + "\n")
    run = llm_course("grade", "--all", "--path", str(tree))
    assert run.returncode == 2
    assert f"softmax.py, line {len(lines)}: SyntaxError" in run.stdout
    assert "syntax errors" in run.stderr
    others = [name for name in EXERCISES if name != "softmax"]
    assert all(f"{name}  (" in run.stdout for name in others)
    assert run.stdout.count("points, passed") == len(others)


def _wrong_tree(tmp_path) -> str:
    """A submission made of the first known-wrong implementation of every exercise."""
    tree = tmp_path / "wrong"
    for exercise in SYLLABUS.exercises:
        wrong = next(p for p in WRONG if exercise_of(p) == exercise.name)
        target = tree / exercise.relative_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(submission(wrong, tmp_path / "patched"), target)
    return str(tree)


def test_same_submission_same_report(tmp_path):
    tree = _wrong_tree(tmp_path)
    first = llm_course("grade", "--all", "--path", tree, "--format", "json")
    second = llm_course("grade", "--all", "--path", tree, "--format", "json")
    assert first.returncode == second.returncode == 1
    assert without_timings(json.loads(first.stdout)) == without_timings(json.loads(second.stdout))
    assert 0 < json.loads(first.stdout)["score"] < json.loads(first.stdout)["max_score"]


def test_junit_gradescope_and_markdown_reports_agree_with_json(tmp_path):
    tree = _wrong_tree(tmp_path)
    reports = {fmt: llm_course("grade", "--all", "--path", tree, "--format", fmt).stdout
               for fmt in ("json", "junit", "gradescope", "markdown")}
    data = json.loads(reports["json"])
    checks = [c for e in data["exercises"] for c in e["checks"]]
    junit = ET.fromstring(reports["junit"])
    assert int(junit.get("tests")) == len(checks)
    assert int(junit.get("failures")) == sum(not c["passed"] for c in checks)
    gradescope = json.loads(reports["gradescope"])
    assert gradescope["score"] == data["score"]
    assert len(gradescope["tests"]) == len(checks)
    assert sum(t["score"] for t in gradescope["tests"]) == data["score"]
    assert f"{data['score']}/{data['max_score']} points" in reports["markdown"]


def test_status_lists_the_chapters_and_says_what_to_do_next():
    run = llm_course()
    assert run.returncode == 0, run.stderr
    for chapter in SYLLABUS.chapters:
        assert chapter.title[:20] in run.stdout
    for name in EXERCISES:
        assert name in run.stdout
    assert "Next:" in run.stdout or "Every exercise passes" in run.stdout


def llm_course_with_input(text: str, *args: str, state_dir) -> subprocess.CompletedProcess:
    return subprocess.run([shutil.which("llm-course"), *args], input=text, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "LLM_COURSE_STATE_DIR": str(state_dir)})


def test_terminal_quiz_judges_answers_and_records_progress(tmp_path):
    from course import quiz

    questions = quiz.load("utf8").questions
    answers = []
    for question in questions[:3]:
        if question.kind == "single":
            answers.append("abcde"[next(i for i, o in enumerate(question.options) if o.correct)])
        elif question.kind == "multiple":
            answers.append(" ".join("abcde"[i] for i, o in enumerate(question.options) if o.correct))
        elif question.kind == "numeric":
            answers.append(f"{question.answer:g}")
        else:
            answers.append(question.answers[0])
    run = llm_course_with_input("not an answer\n" * (questions[0].kind != "short") + "\n".join(answers) + "\nq\n",
                                "quiz", "utf8", state_dir=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("✓ Correct.") == 3
    assert "You answered 3 of" in run.stdout
    saved = json.loads((tmp_path / "progress.json").read_text())["quizzes"]["utf8"]
    assert saved == {q.id: True for q in questions[:3]}
    status = llm_course_with_input("", state_dir=tmp_path)
    assert f"3/{len(questions)}" in status.stdout


def test_quiz_for_an_unknown_chapter_suggests_the_closest(tmp_path):
    run = llm_course_with_input("", "quiz", "utf-8", state_dir=tmp_path)
    assert run.returncode == 2 and "Did you mean 'utf8'" in run.stderr


def test_verbose_shows_the_learners_own_traceback_and_no_grader_frames(tmp_path):
    tree = tmp_path / "submission"
    shutil.copytree(paths.SOLUTIONS, tree)
    target = tree / "sampling" / "softmax.py"
    target.write_text(target.read_text() + "\n\ndef softmax(logits, temperature=1.0):\n    return [][0]\n")
    quiet = llm_course("grade", "softmax", "--path", str(tree))
    loud = llm_course("grade", "softmax", "--path", str(tree), "--verbose")
    assert "Your code raised IndexError" in quiet.stdout and "Traceback" not in quiet.stdout
    assert "Traceback (your code, innermost last)" in loud.stdout
    assert "return [][0]" in loud.stdout and "grader/" not in loud.stdout
