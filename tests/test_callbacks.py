"""Functions the grader passes to learner code (toy models, tools) run in the grader, called from the worker."""

import textwrap

import pytest

from grader.sandbox import LearnerProcess, reply_value

LEARNER = textwrap.dedent('''
    kept = []

    def apply_twice(f, x):
        return f(f(x))

    def keep(f):
        kept.append(f)
        return 0

    def use_kept(x):
        return kept[0](x)

    def pass_a_set(f):
        return f({1, 2})

    def catch(f):
        try:
            return f(-1)
        except ValueError as error:
            return f"caught {error}"
''')


@pytest.fixture
def learner(tmp_path):
    path = tmp_path / "learner.py"
    path.write_text(LEARNER)
    with LearnerProcess(path) as process:
        yield process


def call(process, name, *args):
    return reply_value(process.call(name, args, {}), name)


def test_a_passed_function_runs_in_the_grader_with_the_learners_arguments(learner):
    seen = []

    def add_one(x):
        seen.append(x)
        return x + 1

    assert call(learner, "apply_twice", add_one, 5) == 7
    assert seen == [5, 6]


def test_an_exception_in_the_passed_function_reaches_the_learners_code_as_the_same_builtin(learner):
    def positive_only(x):
        if x < 0:
            raise ValueError("negative")
        return x

    assert call(learner, "catch", positive_only) == "caught negative"


def test_a_function_kept_after_its_call_cannot_be_used_later(learner):
    call(learner, "keep", abs)
    reply = learner.call("use_kept", (3,), {})
    assert reply["raised"] == "RuntimeError" and "only be used during that call" in reply["message"]


def test_an_argument_that_cannot_cross_is_a_type_error_in_the_learners_code(learner):
    reply = learner.call("pass_a_set", (len,), {})
    assert reply["raised"] == "TypeError" and "cannot be passed" in reply["message"]


def test_arguments_echoed_after_the_call_come_back_with_functions_as_none(learner):
    def double(x):
        return 2 * x

    reply = learner.call("apply_twice", (double, 3), {}, echo_args=True)
    assert reply_value(reply, "apply_twice") == 12
    assert reply["args"] == [None, 3]
    nested = learner.call("keep", ({"tool": double},), {}, echo_args=True)
    assert nested["args"] == [{"tool": None}]
