"""The GitHub Actions template for class repositories: its grading step, run as GitHub would run it."""

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import yaml

from course import paths
from course.syllabus import load

TEMPLATE = paths.ROOT / "course" / "templates" / "grade-on-push.yml"


def grading_step() -> str:
    workflow = yaml.safe_load(TEMPLATE.read_text())
    steps = workflow["jobs"]["grade"]["steps"]
    return next(step["run"] for step in steps if step.get("name") == "Grade every exercise")


def run_step(script: str, workspace, summary) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLM_COURSE_")}
    env |= {"LLM_COURSE_WORKSPACE": str(workspace), "GITHUB_STEP_SUMMARY": str(summary)}
    return subprocess.run(["bash", "-e", "-c", script], cwd=workspace, env=env, capture_output=True, text=True,
                          timeout=900)


def test_the_workflow_installs_grades_and_uploads_the_reports():
    workflow = yaml.safe_load(TEMPLATE.read_text())
    steps = workflow["jobs"]["grade"]["steps"]
    assert any(step.get("run", "").startswith("python -m pip install -e .") for step in steps)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["if"] == "always()" and upload["with"]["path"] == "grades.*"


def test_the_grading_step_reports_a_partly_done_class_repository_and_stays_green(tmp_path):
    workspace = tmp_path / "work"
    subprocess.run([shutil.which("llm-course"), "init", str(workspace)], check=True, capture_output=True)
    exercise = load().exercise("softmax")
    shutil.copy(exercise.solution_path, workspace / "exercises" / exercise.relative_path)

    run = run_step(grading_step(), workspace, tmp_path / "summary.md")
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    report = json.loads((workspace / "grades.json").read_text())
    scores = {e["name"]: e["score"] for e in report["exercises"]}
    assert scores["softmax"] == next(e["max_score"] for e in report["exercises"] if e["name"] == "softmax")
    assert sum(scores.values()) == scores["softmax"]
    assert ET.parse(workspace / "grades.xml").getroot().tag in ("testsuites", "testsuite")
    summary = (tmp_path / "summary.md").read_text()
    assert "`softmax`" in summary and f"{report['score']}/{report['max_score']}" in summary


def test_the_grading_step_fails_on_a_syntax_error(tmp_path):
    workspace = tmp_path / "work"
    subprocess.run([shutil.which("llm-course"), "init", str(workspace)], check=True, capture_output=True)
    (workspace / "exercises" / "sampling" / "softmax.py").write_text("def softmax(:\n")
    run = run_step(grading_step(), workspace, tmp_path / "summary.md")
    assert run.returncode == 2
    assert "softmax" in (tmp_path / "summary.md").read_text()
