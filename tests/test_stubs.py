"""The stubs in exercises/ are exactly what the solutions generate, and the generator keeps its rules."""

import ast

import pytest

from course import paths
from course.stubs import MarkerError, make_stub, stub_for
from course.syllabus import load

EXERCISES = load().exercises


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.name)
def test_committed_stub_matches_its_solution(exercise):
    stub = paths.EXERCISES / exercise.relative_path
    assert stub.read_text(encoding="utf-8") == stub_for(exercise), (
        f"{stub} has drifted from its solution; run `python -m course.stubs`")


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda e: e.name)
def test_stub_keeps_every_function_and_docstring_and_hides_the_solution(exercise):
    solution = ast.parse(exercise.solution_path.read_text(encoding="utf-8"))
    stub = ast.parse(stub_for(exercise))
    functions = {n.name: n for n in ast.walk(solution) if isinstance(n, ast.FunctionDef)}
    stub_functions = {n.name: n for n in ast.walk(stub) if isinstance(n, ast.FunctionDef)}
    assert functions.keys() == stub_functions.keys()
    for name, node in functions.items():
        assert ast.get_docstring(node) == ast.get_docstring(stub_functions[name]), name
    assert "BEGIN SOLUTION" not in stub_for(exercise)
    assert ast.get_docstring(stub), "the stub needs a module docstring"


def test_solution_region_becomes_a_named_not_implemented_error():
    source = 'def f(x):\n    """Doc."""\n    ### BEGIN SOLUTION\n    return x\n    ### END SOLUTION\n'
    assert make_stub(source, "ex") == (
        'def f(x):\n    """Doc."""\n    raise NotImplementedError("f: write it, then run `llm-course grade ex`")\n')


@pytest.mark.parametrize("source, problem", [
    ("def f():\n    ### BEGIN SOLUTION\n    pass\n", "never closed"),
    ("def f():\n    ### END SOLUTION\n", "without a BEGIN"),
    ("### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n", "inside a function"),
    ("def f():\n    ### BEGIN SOLUTION\n    ### BEGIN SOLUTION\n", "inside another"),
])
def test_broken_markers_are_reported_with_file_and_line(source, problem):
    with pytest.raises(MarkerError, match=problem) as error:
        make_stub(source, "ex", "sol.py")
    assert str(error.value).startswith("sol.py:")
