"""Find an exercise's hidden checks and its reference solution (both trusted; loaded in the grader)."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from course.syllabus import Exercise
from grader.checks import CheckInfo


@dataclass(frozen=True)
class Check:
    name: str
    title: str
    info: CheckInfo
    function: Callable


def load_checks(exercise: Exercise) -> list[Check]:
    """The exercise's checks in the order they are written in its suite."""
    module = importlib.import_module(exercise.suite_module)
    found = [f for f in vars(module).values()
             if inspect.isfunction(f) and hasattr(f, "check_info") and f.__module__ == module.__name__]
    found.sort(key=lambda f: inspect.unwrap(f).__code__.co_firstlineno)
    return [Check(name=f.__name__, title=_title(f), info=f.check_info, function=f) for f in found]


def _title(function: Callable) -> str:
    doc = inspect.getdoc(function)
    return doc.splitlines()[0] if doc else function.__name__.replace("_", " ")


@lru_cache(maxsize=None)
def load_reference(exercise: Exercise) -> ModuleType:
    """Import `solutions/<chapter>/<name>.py` under a private name."""
    name = f"_reference_{exercise.chapter}_{exercise.name}"
    spec = importlib.util.spec_from_file_location(name, exercise.solution_path)
    if spec is None or spec.loader is None or not exercise.solution_path.exists():
        raise FileNotFoundError(f"no reference solution at {exercise.solution_path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
