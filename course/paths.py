"""Where the course's trees live: one place, so every command agrees."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"
SOLUTIONS = ROOT / "solutions"
SUITES = ROOT / "grader" / "suites"
DOCS = ROOT / "docs"
SYLLABUS = Path(__file__).resolve().parent / "syllabus.yaml"

SITE_URL = "http://127.0.0.1:8000"
"""Where `llm-course serve` publishes the course; feedback links point here."""
