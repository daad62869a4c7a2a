"""Grading results, and their one JSON form (the schema every reporter and instructor tool reads).

Schema (version 1), documented for instructors in docs/contributing/results.md:
    {"schema_version": 1, "score": int, "max_score": int, "duration_seconds": float,
     "exercises": [{"name", "chapter", "title", "file", "status", "message", "score", "max_score",
                    "duration_seconds",
                    "checks": [{"name", "title", "kind", "passed", "score", "max_score", "message",
                                "call", "expected", "got", "hint", "read_again"}]}]}
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SCHEMA_VERSION = 1

CHECK_KINDS = ("passed", "failed", "error", "not_started", "fault", "not_run", "grader_error")
"""passed; failed: a wrong answer; error: the learner's code raised; not_started: still a stub;
fault: hang, crash, exit, limits; not_run: time budget used up; grader_error: a bug in the suite."""

EXERCISE_STATUSES = ("passed", "partial", "failed", "not_started", "load_error", "missing")


@dataclass
class CheckResult:
    name: str
    title: str
    kind: str
    score: int
    max_score: int
    message: str = ""
    call: str | None = None
    expected: str | None = None
    got: str | None = None
    hint: str = ""
    read_again: str = ""

    @property
    def passed(self) -> bool:
        return self.kind == "passed"

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "kind": self.kind, "passed": self.passed,
                "score": self.score, "max_score": self.max_score, "message": self.message,
                "call": self.call, "expected": self.expected, "got": self.got, "hint": self.hint,
                "read_again": self.read_again}


@dataclass
class ExerciseResult:
    name: str
    chapter: str
    title: str
    file: str
    status: str
    message: str = ""
    checks: list[CheckResult] = field(default_factory=list)
    duration_seconds: float = 0.0
    syntax_error: bool = False

    @property
    def score(self) -> int:
        return sum(c.score for c in self.checks)

    @property
    def max_score(self) -> int:
        return sum(c.max_score for c in self.checks)

    def to_dict(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if k not in ("checks", "syntax_error")}
        data.update(score=self.score, max_score=self.max_score,
                    duration_seconds=round(self.duration_seconds, 3),
                    checks=[c.to_dict() for c in self.checks])
        return data


@dataclass
class GradeReport:
    exercises: list[ExerciseResult]
    duration_seconds: float = 0.0

    @property
    def score(self) -> int:
        return sum(e.score for e in self.exercises)

    @property
    def max_score(self) -> int:
        return sum(e.max_score for e in self.exercises)

    @property
    def full_marks(self) -> bool:
        return all(e.status == "passed" for e in self.exercises)

    def to_dict(self) -> dict:
        return {"schema_version": SCHEMA_VERSION, "score": self.score, "max_score": self.max_score,
                "duration_seconds": round(self.duration_seconds, 3),
                "exercises": [e.to_dict() for e in self.exercises]}
