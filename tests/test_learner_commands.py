"""`llm-course init`, `hint`, `solution` and `reset`, driven as a learner drives them (real subprocesses),
each in a fresh workspace so that nothing touches the repository's exercises or progress."""

import json
import os
import shutil
import subprocess

import pytest

from course import paths
from course.stubs import stub_for
from course.syllabus import load

SYLLABUS = load()
WITH_HINTS = next(e for e in SYLLABUS.exercises if len(e.hints) >= 2)


def llm_course(*args: str, cwd, stdin: str = "") -> subprocess.CompletedProcess:
    """Run the command; its stdout and stderr come back on one line each (long paths make rich wrap)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("LLM_COURSE_")}
    run = subprocess.run([shutil.which("llm-course"), *args], input=stdin, capture_output=True, text=True,
                         cwd=cwd, env=env, timeout=300)
    run.stdout, run.stderr = run.stdout.replace("\n", " "), run.stderr.replace("\n", " ")
    return run


@pytest.fixture
def workspace(tmp_path):
    run = llm_course("init", str(tmp_path / "work"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return tmp_path / "work"


def saved(workspace) -> dict:
    return json.loads((workspace / ".llm-course" / "progress.json").read_text())["exercises"]


def test_init_writes_a_fresh_stub_of_every_exercise(workspace):
    for exercise in SYLLABUS.exercises:
        assert (workspace / "exercises" / exercise.relative_path).read_text() == stub_for(exercise)
    assert json.loads((workspace / ".llm-course" / "workspace.json").read_text())["course"] == str(paths.ROOT)


def test_init_refuses_a_folder_in_use_and_the_course_repository(workspace, tmp_path):
    again = llm_course("init", str(workspace), cwd=tmp_path)
    assert again.returncode == 2 and "not an empty folder" in again.stderr
    inside = llm_course("init", str(paths.ROOT / "my-work"), cwd=tmp_path)
    assert inside.returncode == 2 and "inside the course repository" in inside.stderr
    assert not (paths.ROOT / "my-work").exists()


def test_commands_inside_a_workspace_grade_and_record_its_files(workspace):
    exercise = SYLLABUS.exercise("softmax")
    shutil.copy(exercise.solution_path, workspace / "exercises" / exercise.relative_path)
    graded = llm_course("grade", "softmax", cwd=workspace / "exercises" / "sampling")
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert saved(workspace)["softmax"]["status"] == "passed"
    status = llm_course(cwd=workspace)
    assert f"Workspace: {workspace}" in status.stdout
    assert "1 of" in status.stdout and "exercises passed" in status.stdout


def test_each_hint_command_shows_one_more_hint_and_remembers(workspace):
    name, total = WITH_HINTS.name, len(WITH_HINTS.hints)
    first = llm_course("hint", name, cwd=workspace)
    assert f"Hint 1 of {total}" in first.stdout and "Hint 2" not in first.stdout
    second = llm_course("hint", name, cwd=workspace)
    assert f"Hint 2 of {total}" in second.stdout
    repeat = llm_course("hint", name, "--again", cwd=workspace)
    assert f"Hint 2 of {total}" in repeat.stdout and "Hint 3" not in repeat.stdout
    for _ in range(total):
        last = llm_course("hint", name, cwd=workspace)
    assert f"Hint {total} of {total}" in last.stdout and "last hint" in last.stdout
    assert saved(workspace)[name]["hints"] == total


def solution_lines(exercise) -> list[str]:
    """The reference's code lines inside the solution markers that are long enough to be telling."""
    source = exercise.solution_path.read_text().split("### BEGIN SOLUTION")[1:]
    code = [line.strip() for region in source for line in region.split("### END SOLUTION")[0].splitlines()]
    return [line for line in code if len(line) >= 16 and not line.startswith("#")]


@pytest.mark.parametrize("exercise", SYLLABUS.exercises, ids=lambda e: e.name)
def test_every_exercise_has_three_hints_that_never_quote_its_solution(exercise):
    assert len(exercise.hints) == 3, f"{exercise.name} needs three hints in course/syllabus.yaml"
    for hint in exercise.hints:
        for line in solution_lines(exercise):
            assert line not in hint, f"a hint of {exercise.name} quotes the solution: {line}"


def test_the_solution_stays_hidden_until_the_exercise_passes(workspace):
    hidden = llm_course("solution", "softmax", cwd=workspace)
    assert hidden.returncode == 2 and "has not passed yet" in hidden.stderr and "BEGIN SOLUTION" not in hidden.stdout
    exercise = SYLLABUS.exercise("softmax")
    shutil.copy(exercise.solution_path, workspace / "exercises" / exercise.relative_path)
    assert llm_course("grade", "softmax", cwd=workspace).returncode == 0
    shown = llm_course("solution", "softmax", cwd=workspace)
    assert shown.returncode == 0 and "def softmax" in shown.stdout
    assert saved(workspace)["softmax"]["solution"] == "after passing"


def test_forcing_the_solution_is_recorded(workspace):
    shown = llm_course("solution", "bpe", "--force", cwd=workspace)
    assert shown.returncode == 0 and "def merge" in shown.stdout
    assert saved(workspace)["bpe"]["solution"] == "forced"


def test_reset_asks_first_then_keeps_a_backup_and_forgets_the_grade(workspace):
    exercise = SYLLABUS.exercise("softmax")
    target = workspace / "exercises" / exercise.relative_path
    shutil.copy(exercise.solution_path, target)
    assert llm_course("grade", "softmax", cwd=workspace).returncode == 0
    mine = target.read_text()

    declined = llm_course("reset", "softmax", cwd=workspace, stdin="n\n")
    assert declined.returncode == 1 and target.read_text() == mine
    no_answer = llm_course("reset", "softmax", cwd=workspace, stdin="")
    assert no_answer.returncode == 1 and target.read_text() == mine

    done = llm_course("reset", "softmax", cwd=workspace, stdin="y\n")
    assert done.returncode == 0, done.stderr
    assert target.read_text() == stub_for(exercise)
    [backup] = (workspace / ".llm-course" / "backups").iterdir()
    assert backup.read_text() == mine and backup.name.startswith("softmax-")
    entry = saved(workspace)["softmax"]
    assert "status" not in entry and entry["resets"] == 1 and entry["attempts"] == 1

    again = llm_course("reset", "softmax", "--yes", cwd=workspace)
    assert again.returncode == 0 and "already a fresh stub" in again.stdout


def test_an_unknown_exercise_is_one_line_with_a_suggestion(workspace):
    for command in ("hint", "solution", "reset"):
        run = llm_course(command, "sofmax", cwd=workspace)
        assert run.returncode == 2 and "Did you mean 'softmax'?" in run.stderr
        assert "Traceback" not in run.stderr


def test_a_workspace_named_by_the_environment_must_exist(tmp_path):
    env = {**os.environ, "LLM_COURSE_WORKSPACE": str(tmp_path / "nowhere")}
    run = subprocess.run([shutil.which("llm-course")], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 2 and "is not a workspace" in run.stderr and "llm-course init" in run.stderr


def test_doctor_passes_a_fresh_workspace_including_the_site_build(workspace):
    run = llm_course("doctor", cwd=workspace)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "✗" not in run.stdout and "course site: builds" in run.stdout and "All good." in run.stdout


def test_doctor_names_each_broken_file_and_the_fix(workspace):
    (workspace / "exercises" / "sampling" / "softmax.py").unlink()
    (workspace / "exercises" / "tokenization" / "bpe.py").write_text("def merge(:\n    pass\n")
    run = llm_course("doctor", "--quick", cwd=workspace)
    assert run.returncode == 1
    assert "softmax" in run.stdout and "llm-course reset" in run.stdout
    assert "tokenization/bpe.py line 1" in run.stdout
    assert "2 problems to fix" in run.stdout


def test_every_command_has_help_with_examples(tmp_path):
    from course.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    assert {"grade", "watch", "hint", "solution", "reset", "quiz", "serve", "capstone", "init", "doctor"} <= set(commands)
    for name in commands:
        run = llm_course(name, "--help", cwd=tmp_path)
        assert run.returncode == 0 and "example" in run.stdout and f"llm-course {name}" in run.stdout, name
