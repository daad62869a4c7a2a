"""Each suite's float tolerance is calibrated: correct implementations written differently (the
alternatives in tests/alternative/) stay far inside it, so a learner is never failed for rounding.

Run in this process on the same kinds of input the suites generate (the alternatives are our own
trusted code), measuring the largest disagreement with the reference.
"""

import importlib.util

import numpy as np
from hypothesis import given, settings

from course.syllabus import load
from grader.strategies import float_arrays, temperatures
from grader.suite import load_reference
from grader.suites.sampling import test_softmax
from tests.catalogue import ALTERNATIVE, exercise_of

SYLLABUS = load()
MARGIN = 100
"""How far inside the tolerance a correct variant must stay."""


def alternatives(exercise: str):
    for path in ALTERNATIVE:
        if exercise_of(path) == exercise:
            spec = importlib.util.spec_from_file_location(f"_alt_{path.stem}", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            yield module


def test_softmax_variants_agree_far_inside_the_tolerance():
    reference = load_reference(SYLLABUS.exercise("softmax"))
    worst = []

    @settings(max_examples=300)
    @given(logits=float_arrays(max_dims=2, magnitude=1e4), temperature=temperatures())
    def measure(logits, temperature):
        expected = reference.softmax(logits, temperature=temperature)
        for module in alternatives("softmax"):
            error = np.abs(module.softmax(logits, temperature=temperature) - expected)
            worst.append(float(np.max(error - test_softmax.RTOL * np.abs(expected))))

    measure()
    assert max(worst) < test_softmax.ATOL / MARGIN, max(worst)
