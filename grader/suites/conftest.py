"""Run the hidden suites with plain pytest: `pytest grader/suites --learner-path exercises`.

`llm-course grade` does not go through pytest (it calls the checks itself, see grader/runner.py);
this conftest gives the same checks the same two arguments, `learner` (the module under test, in a
worker process) and `reference`, so the suites stay ordinary pytest + hypothesis files.
"""

from pathlib import Path

import pytest

from course import paths
from course.syllabus import load
from grader.learner import Learner
from grader.sandbox import LearnerProcess
from grader.suite import load_reference


def pytest_pycollect_makeitem(collector, name, obj):
    """Collect every function marked with @check (their names are sentences, not test_*)."""
    if callable(obj) and hasattr(obj, "check_info"):
        return pytest.Function.from_parent(collector, name=name, callobj=obj)
    return None


def pytest_addoption(parser):
    parser.addoption("--learner-path", default=str(paths.SOLUTIONS),
                     help="tree laid out like exercises/ whose files the suites check (default: solutions/)")


def _exercise(request):
    module = request.module.__name__.rsplit(".", 1)[-1]
    return load().exercise(module.removeprefix("test_"))


@pytest.fixture(scope="module")
def learner(request):
    tree = Path(request.config.getoption("--learner-path")).resolve()
    with LearnerProcess(tree / _exercise(request).relative_path) as process:
        process.start()
        yield Learner(process)


@pytest.fixture(scope="module")
def reference(request):
    return load_reference(_exercise(request))
