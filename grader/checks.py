"""What a hidden suite is written with: the `@check` decorator and the comparisons that explain failures.

A check is a function taking `learner` (the learner's module, run in a worker) and `reference` (the
reference solution), usually with hypothesis `@given` inputs. Its docstring is the line the learner
sees; `@check` holds its points and the chapter section to re-read. Checks fail by raising
`CheckFailed` through the helpers below, which compare shape and dtype before values and say what was
expected, what came back, and by how much they differ.

Importing this module loads the grading hypothesis profile (derandomized, no database, no deadline),
so every suite generates the same inputs on every run: same submission, same score.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from hypothesis import HealthCheck, Verbosity, settings

from grader.sandbox import LearnerRaised

settings.register_profile(
    "grading", derandomize=True, database=None, deadline=None, max_examples=50, print_blob=False,
    report_multiple_bugs=False, verbosity=Verbosity.quiet, suppress_health_check=list(HealthCheck))
settings.load_profile("grading")


@dataclass(frozen=True)
class CheckInfo:
    points: int
    section: str
    hint: str = ""


def check(points: int, section: str, hint: str = "") -> Callable[[Callable], Callable]:
    """Mark a suite function as a graded check worth `points`, teaching chapter section `section`."""
    if points <= 0:
        raise ValueError("a check is worth at least one point")

    def mark(function: Callable) -> Callable:
        function.check_info = CheckInfo(points=points, section=section, hint=hint)  # type: ignore[attr-defined]
        return function

    return mark


class CheckFailed(AssertionError):
    """The learner's answer is wrong; `summary` says how, `expected`/`got` show it."""

    def __init__(self, summary: str, expected: str | None = None, got: str | None = None):
        super().__init__(summary)
        self.summary, self.expected, self.got = summary, expected, got


def show(value: Any) -> str:
    """A short, readable rendering of a value for feedback (arrays summarised beyond 40 entries).

    Functions and random generators are shown by name, also inside lists, tuples and dicts: their
    repr holds a memory address, which would make the same submission's report differ run to run."""
    if isinstance(value, np.ndarray):
        body = np.array2string(value, precision=6, threshold=40, edgeitems=3, separator=", ")
        dtype = "" if value.dtype in (np.float64, np.int64) else f", dtype={value.dtype}"
        return f"array({body}{dtype})" if value.ndim else repr(value)
    text = _render(value)
    return text if len(text) <= 300 else text[:297] + "..."


def _render(value: Any) -> str:
    if isinstance(value, np.random.Generator):
        return "rng"
    if callable(value) and not isinstance(value, type):
        return getattr(value, "__name__", type(value).__name__)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_render(k)}: {_render(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_render(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(_render(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


def fail(summary: str, expected: Any = None, got: Any = None) -> None:
    raise CheckFailed(summary, None if expected is None else show(expected),
                      None if got is None else show(got))


def assert_equal(got: Any, expected: Any, what: str) -> None:
    """Exact equality, for ints, strings, lists and dicts (dict order ignored)."""
    if type(got) is not type(expected) and not (_is_int(got) and _is_int(expected)):
        fail(f"{what} should be a {type(expected).__name__}, not a {type(got).__name__}", expected, got)
    if isinstance(expected, np.ndarray):
        assert_close(got, expected, what, atol=0.0, rtol=0.0, dtype_kind=expected.dtype.kind)
    elif got != expected:
        fail(f"{what} is not what it should be", expected, got)


def _is_int(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def assert_close(got: Any, expected: np.ndarray, what: str, *, atol: float, rtol: float = 0.0,
                 dtype_kind: str | None = "f") -> None:
    """Compare arrays: type, shape and dtype kind first, then values within atol + rtol*|expected|."""
    expected = np.asarray(expected)
    if not isinstance(got, np.ndarray):
        fail(f"{what} should be a numpy array, not {type(got).__name__}", expected, got)
    if got.shape != expected.shape:
        fail(f"{what} has shape {got.shape}; expected shape {expected.shape}", expected, got)
    if dtype_kind and got.dtype.kind != dtype_kind:
        kinds = {"f": "floating-point", "i": "integer", "b": "boolean", "u": "unsigned integer"}
        fail(f"{what} has dtype {got.dtype}; expected a {kinds.get(dtype_kind, dtype_kind)} dtype "
             f"(like {expected.dtype})", expected, got)
    same_nan = np.isnan(got) == np.isnan(expected) if expected.dtype.kind in "fc" else True
    if not np.all(same_nan):
        fail(f"{what} has NaN where the expected value has none (or the other way round)", expected, got)
    if got.size == 0:
        return
    finite = np.isfinite(expected) if expected.dtype.kind in "fc" else np.ones(expected.shape, bool)
    if not np.array_equal(got[~finite], expected[~finite]):
        fail(f"{what} has the wrong infinities", expected, got)
    error = np.abs(got[finite].astype(float) - expected[finite].astype(float))
    bound = atol + rtol * np.abs(expected[finite].astype(float))
    if error.size and np.any(error > bound):
        worst = int(np.argmax(error - bound))
        fail(f"{what} differs from the expected values: largest error {error[worst]:.3g} "
             f"where the tolerance is {bound[worst]:.3g}", expected, got)


def assert_float(got: Any, expected: float, what: str, *, atol: float, rtol: float = 0.0) -> None:
    """One real number (a Python or numpy float or int, or a 0-d array) within atol + rtol*|expected|."""
    if isinstance(got, np.ndarray) and got.ndim == 0:
        got = got[()]
    if isinstance(got, (bool, np.bool_)) or not isinstance(got, (int, float, np.integer, np.floating)):
        fail(f"{what} should be one number (a float), not {type(got).__name__}", expected, got)
    assert_close(np.asarray(float(got)), np.asarray(float(expected)), what, atol=atol, rtol=rtol)


def assert_true(condition: bool, summary: str) -> None:
    if not condition:
        raise CheckFailed(summary)


@contextmanager
def raises(exception_type: type[BaseException], what: str) -> Iterator[None]:
    """The learner's call inside must raise `exception_type` (or a subclass): `what` names the case."""
    try:
        yield
    except LearnerRaised as error:
        if not error.is_a(exception_type):
            raise CheckFailed(f"{what} should raise {exception_type.__name__}, "
                              f"but your code raised {error.type_name}: {error.message}") from None
        return
    raise CheckFailed(f"{what} should raise {exception_type.__name__}, but your code returned normally")
