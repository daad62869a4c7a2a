"""Hidden checks for exercises/training/gradient_check.py: finite differences, relative error, gradient checks.

The functions handed to the learner's code run here, in the grader (each call is a round trip, about
a millisecond): a quadratic, a sum of sines, and the mean softmax cross-entropy of a small matrix of
logits, each with its true gradient and with deliberately wrong ones. Every x has at most 12 entries
and hypothesis draws 10 to 20 cases per check, so a check makes a few hundred calls at most.

The learner's x cannot be echoed back after a call that also takes a function (call_and_inputs
cannot send the function's stand-in back), so changes to x are caught by spying instead: f must see
x with exactly one entry moved, and grad must see x itself.

Tolerances.
- numerical_gradient against the reference, default step 1e-5: atol 1e-7. Both evaluate f at the
  same points, but a correct variant may reach x - h by x + h - 2h (one rounding of x away) or divide
  by 2h differently; f (at most about 200 here) then rounds differently by 1e-16 * 200, which the
  division by 2h turns into about 1e-9. A forward difference, the usual mistake, is off by a * h / 2
  >= 2.5e-6 on these quadratics.
- numerical_gradient with a large step (0.01 to 0.5): atol 1e-9 + rtol 1e-9; rounding is 1e-13 there,
  while a forward difference or a step other than h is off by h**2 or more.
- relative_error: atol 1e-12 + rtol 1e-9 (np.linalg.norm and sqrt(sum(x**2)) round differently).
- check_gradient's error: atol 1e-8 + rtol 1e-6 against the reference's. A correct gradient's error is
  rounding noise (below 1e-9), a wrong one's is 1e-3 or more.
"""

import math

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_float, assert_true, check, fail, raises
from grader.strategies import seeds

FD_ATOL = 1e-7
BIG_STEP_ATOL, BIG_STEP_RTOL = 1e-9, 1e-9
ERR_ATOL, ERR_RTOL = 1e-12, 1e-9
CHECK_ATOL, CHECK_RTOL = 1e-8, 1e-6
FEW, SOME = 10, 20  # hypothesis examples for checks that make many callback calls, and for the rest


# --- the functions passed to the learner's code --------------------------------------------------

def make_quadratic(shape, rng):
    """f(x) = sum(a x**2) / 2 + sum(b x), whose gradient is a x + b."""
    a, b = rng.uniform(0.5, 3.0, shape), rng.uniform(-2.0, 2.0, shape)

    def quadratic(x):
        return float(0.5 * np.sum(a * x**2) + np.sum(b * x))

    def quadratic_gradient(x):
        return a * x + b

    return quadratic, quadratic_gradient


def make_sum_of_sines(shape, rng):
    """f(x) = sum(sin(c x)), whose gradient is c cos(c x)."""
    c = rng.uniform(-2.0, 2.0, shape)

    def sum_of_sines(x):
        return float(np.sum(np.sin(c * x)))

    def sum_of_sines_gradient(x):
        return c * np.cos(c * x)

    return sum_of_sines, sum_of_sines_gradient


def make_softmax_cross_entropy(shape, rng):
    """x is a (N, V) matrix of logits; f is the mean cross-entropy, its gradient (softmax - onehot) / N."""
    N, V = shape
    targets = rng.integers(0, V, N)

    def softmax_cross_entropy(x):
        z = x - x.max(axis=1, keepdims=True)
        log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-log_probs[np.arange(N), targets].mean())

    def softmax_cross_entropy_gradient(x):
        z = np.exp(x - x.max(axis=1, keepdims=True))
        grad = z / z.sum(axis=1, keepdims=True)
        grad[np.arange(N), targets] -= 1.0
        return grad / N

    return softmax_cross_entropy, softmax_cross_entropy_gradient


def make_cubic(shape, rng):
    """f(x) = sum(x**3): its central difference with step h is exactly 3 x**2 + h**2."""
    def cubic(x):
        return float(np.sum(x**3))

    def cubic_gradient(x):
        return 3 * x**2

    return cubic, cubic_gradient


MAKERS = {"quadratic": make_quadratic, "sum_of_sines": make_sum_of_sines,
          "softmax_cross_entropy": make_softmax_cross_entropy, "cubic": make_cubic}

WRONG_GRADIENTS = {  # how a hand-written gradient goes wrong: each is far from the truth (error >= 1e-3)
    "sign_flipped": lambda g, x: -g,
    "doubled": lambda g, x: 2 * g,
    "shifted_by_0_1": lambda g, x: g + 0.1,
    "first_entry_off_by_0_5": lambda g, x: np.where(np.arange(g.size).reshape(g.shape) == 0, g + 0.5, g),
}


def wrong(gradient, mistake: str):
    def wrong_gradient(x):
        return WRONG_GRADIENTS[mistake](gradient(x), x)

    wrong_gradient.__name__ = f"{gradient.__name__}_{mistake}"
    return wrong_gradient


# --- inputs -----------------------------------------------------------------------------------------

SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=3).filter(lambda s: math.prod(s) <= 12)


@st.composite
def problems(draw, kinds=("quadratic", "sum_of_sines", "softmax_cross_entropy"), magnitude: float = 3.0):
    """(f, grad, x): a function, its true gradient, and a point with at most 12 entries."""
    kind = draw(st.sampled_from(kinds), label="function")
    if kind == "softmax_cross_entropy":
        shape = (draw(st.integers(1, 3), label="N"), draw(st.integers(2, 4), label="V"))
    else:
        shape = draw(SHAPES, label="shape")
    f, grad = MAKERS[kind](shape, np.random.default_rng(draw(seeds(), label="seed")))
    x = draw(hnp.arrays(np.float64, shape, elements=st.floats(-magnitude, magnitude)), label="x")
    return f, grad, x


def fixed(kind: str, x: np.ndarray, seed: int = 0):
    f, grad = MAKERS[kind](x.shape, np.random.default_rng(seed))
    return f, grad, x


def spy(f, calls: list, shape: tuple):
    """f that also records each array it is called with; it returns 0.0 for an array of another size."""
    def spied(x):
        calls.append(np.array(x, copy=True))
        return f(np.reshape(x, shape)) if np.size(x) == math.prod(shape) else 0.0

    spied.__name__ = f.__name__
    return spied


def unpack_check(got, what: str) -> tuple:
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        fail(f"{what} should return a pair (passed, error), not {type(got).__name__}", got=got)
    passed, error = got
    if not isinstance(passed, (bool, np.bool_)):
        fail(f"{what}: passed should be True or False, not a {type(passed).__name__}", got=passed)
    return bool(passed), error


# --- numerical_gradient -----------------------------------------------------------------------------

@check(points=2, section="gradients",
       hint="For each entry i: copy x, add h to entry i, call f; subtract h instead, call f; the slope is "
            "(f(x + h e_i) - f(x - h e_i)) / (2h). Put the entry back before moving on.")
@settings(max_examples=SOME)
@given(problem=problems())
@example(problem=fixed("quadratic", np.array([1.0, 2.0])))
@example(problem=fixed("softmax_cross_entropy", np.array([[2.0, 1.0, 0.1]])))
def numerical_gradient_matches_the_reference(learner, reference, problem):
    """numerical_gradient(f, x) gives the central difference of f for every entry of x"""
    f, _, x = problem
    assert_close(learner.numerical_gradient(f, x), reference.numerical_gradient(f, x),
                 f"numerical_gradient({f.__name__}, x)", atol=FD_ATOL)


@check(points=2, section="gradients",
       hint="Use the h you are given, and step both ways: (f(x + h) - f(x - h)) / (2h). A one-sided "
            "(f(x + h) - f(x)) / h is much less accurate.")
@settings(max_examples=SOME)
@given(problem=problems(kinds=("cubic", "sum_of_sines")), h=st.floats(0.01, 0.5))
@example(problem=fixed("cubic", np.array([[1.0, 2.0]])), h=0.1)
def numerical_gradient_steps_h_both_ways(learner, reference, problem, h):
    """with the step h given, each slope is (f(x + h e_i) - f(x - h e_i)) / (2h): for sum(x**3) that is 3 x**2 + h**2"""
    f, _, x = problem
    assert_close(learner.numerical_gradient(f, x, h), reference.numerical_gradient(f, x, h),
                 f"numerical_gradient({f.__name__}, x, h={h!r})", atol=BIG_STEP_ATOL, rtol=BIG_STEP_RTOL)


@check(points=1, section="gradients",
       hint="Loop over np.ndindex(x.shape) (or over range(x.size) on a flattened copy, reshaped at the "
            "end): it works for a 0-d array, a vector, a matrix and beyond.")
@settings(max_examples=FEW)
@given(problem=problems(kinds=("quadratic",)))
@example(problem=fixed("quadratic", np.array(0.5)))
@example(problem=fixed("quadratic", np.arange(8.0).reshape(2, 2, 2) / 4))
@example(problem=fixed("sum_of_sines", np.array([[0.5], [-1.0], [2.0]])))
def numerical_gradient_works_for_any_shape(learner, reference, problem):
    """numerical_gradient returns an array of x's shape for any shape: 0-d, a vector, a matrix, 3-d"""
    f, _, x = problem
    assert_close(learner.numerical_gradient(f, x), reference.numerical_gradient(f, x),
                 f"numerical_gradient({f.__name__}, x of shape {x.shape})", atol=FD_ATOL)


@check(points=1, section="gradients",
       hint="Copy x as float64 first (np.array(x, dtype=np.float64)): an int array cannot hold x + 1e-5, "
            "so the nudge rounds away and every slope comes out 0.")
@settings(max_examples=FEW)
@given(problem=problems(kinds=("quadratic", "sum_of_sines"), magnitude=3).map(
    lambda p: (p[0], p[1], np.round(p[2]).astype(np.int64))))
@example(problem=fixed("quadratic", np.array([1, -2, 3])))
def an_integer_x_gives_float_slopes(learner, reference, problem):
    """an int array x works too: the slopes are those of f at the same point, as floats"""
    f, _, x = problem
    assert_close(learner.numerical_gradient(f, x), reference.numerical_gradient(f, x),
                 f"numerical_gradient({f.__name__}, {x!r})", atol=FD_ATOL)


@check(points=1, section="gradients",
       hint="Call f once with x + h e_i and once with x - h e_i for each entry, on a float64 copy of x "
            "of x's own shape; restore each entry (x[i] = old) rather than adding and subtracting h.")
@settings(max_examples=FEW)
@given(problem=problems())
@example(problem=fixed("quadratic", np.array([[0.1, 0.7], [1.3, -2.9]])))
def f_sees_x_with_one_entry_moved_by_h(learner, reference, problem):
    """f is called 2 * x.size times, each time with a float64 array of x's shape that differs from x in one entry, by +h or -h"""
    f, _, x = problem
    calls: list = []
    learner.numerical_gradient(spy(f, calls, x.shape), x, 1e-3)
    what = f"numerical_gradient({f.__name__}, x, h=0.001)"
    assert_true(len(calls) == 2 * x.size,
                f"{what} called {f.__name__} {len(calls)} times; x has {x.size} entries, so it should "
                f"call it {2 * x.size} times (x + h and x - h for each entry)")
    for number, seen in enumerate(calls):
        where = f"call {number + 1} of {f.__name__} (by {what})"
        if not isinstance(seen, np.ndarray) or seen.shape != x.shape or seen.dtype != np.float64:
            received = (f"an array of shape {seen.shape} and dtype {seen.dtype}" if isinstance(seen, np.ndarray)
                        else f"a {type(seen).__name__}")
            fail(f"{where} received {received}; it should receive a float64 array of x's shape {x.shape}", x, seen)
        moved = np.abs(seen - x)
        if np.count_nonzero(moved) != 1 or abs(float(moved.max()) - 1e-3) > 1e-9:
            fail(f"{where} should receive x with exactly one entry moved by h = 0.001; "
                 f"{np.count_nonzero(moved)} entries differ from x, by up to {float(moved.max()):.3g}", x, seen)


# --- relative_error ---------------------------------------------------------------------------------

@st.composite
def array_pairs(draw):
    """(a, b) of one shape: b is a near a, far from it, or a itself, with entries down to 0."""
    shape = draw(SHAPES, label="shape")
    elements = st.one_of(st.just(0.0), st.floats(-100, 100), st.floats(-1e-6, 1e-6))
    a = draw(hnp.arrays(np.float64, shape, elements=elements), label="a")
    noise = draw(hnp.arrays(np.float64, shape, elements=elements), label="noise")
    scale = draw(st.sampled_from([0.0, 1e-9, 1e-3, 1.0]), label="noise scale")
    return a, a + scale * noise


@check(points=2, section="training-step",
       hint="norm(a - b) / max(norm(a) + norm(b), 1e-12), with norm the Euclidean norm of all the entries "
            "together: np.linalg.norm(a) with no other argument.")
@given(pair=array_pairs())
@example(pair=(np.array([3.0, 4.0]), np.array([3.0, 4.1])))
@example(pair=(np.array([1.0, -1.0]), np.array([-1.0, 1.0])))
@example(pair=(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 2.0], [3.0, 5.0]])))
@example(pair=(np.zeros(3), np.array([0.0, 1e-13, 0.0])))
def relative_error_matches_the_reference(learner, reference, pair):
    """relative_error(a, b) is norm(a - b) / max(norm(a) + norm(b), 1e-12), over all entries at once"""
    a, b = pair
    assert_float(learner.relative_error(a, b), reference.relative_error(a, b), "relative_error(a, b)",
                 atol=ERR_ATOL, rtol=ERR_RTOL)


@check(points=1, section="training-step",
       hint="Identical arrays must give 0, zeros included: the max(..., 1e-12) in the denominator keeps "
            "0 / 0 away.")
@given(pair=array_pairs())
@example(pair=(np.zeros((2, 2)), np.zeros((2, 2))))
@example(pair=(np.zeros((0,)), np.zeros((0,))))
@example(pair=(np.array([1.0, 2.0]), np.array([-3.0, 0.5])))
def relative_error_is_zero_for_equal_arrays_symmetric_and_at_most_one(learner, reference, pair):
    """relative_error(a, a) is 0.0 (all zeros too), relative_error(a, b) == relative_error(b, a), and it is never above 1"""
    a, b = pair
    same = learner.relative_error(a, a.copy())
    assert_float(same, 0.0, "relative_error(a, a)", atol=0.0)
    forth, back = learner.relative_error(a, b), learner.relative_error(b, a)
    assert_float(back, float(forth), "relative_error(b, a), compared with relative_error(a, b)",
                 atol=ERR_ATOL, rtol=ERR_RTOL)
    assert_true(0.0 <= float(forth) <= 1.0 + 1e-12,
                f"relative_error(a, b) returned {float(forth)!r}; it is at most 1, since "
                f"norm(a - b) <= norm(a) + norm(b)")


@check(points=1, section="training-step",
       hint="Compare the shapes first and raise ValueError when they differ: numpy would broadcast "
            "a (3,) array against a (2, 3) one without complaint.")
@settings(max_examples=FEW)
@given(shapes=st.sampled_from([((3,), (2, 3)), ((2,), (3,)), ((2, 2), (4,)), ((), (1,))]))
def different_shapes_raise_value_error(learner, reference, shapes):
    """relative_error raises ValueError for arrays of different shapes, and so does check_gradient when grad returns the wrong shape"""
    a, b = np.ones(shapes[0]), np.ones(shapes[1])
    with raises(ValueError, f"relative_error(an array of shape {a.shape}, an array of shape {b.shape})"):
        learner.relative_error(a, b)
    f, gradient = make_quadratic(a.shape, np.random.default_rng(0))

    def gradient_of_the_wrong_shape(x):
        return np.ones(b.shape)

    with raises(ValueError, f"check_gradient({f.__name__}, {gradient_of_the_wrong_shape.__name__}, x of shape "
                            f"{a.shape}) with a grad that returns shape {b.shape}"):
        learner.check_gradient(f, gradient_of_the_wrong_shape, a)


# --- check_gradient ---------------------------------------------------------------------------------

@check(points=2, section="training-step",
       hint="error = relative_error(grad(x), numerical_gradient(f, x, h)), and passed = error <= tol; "
            "return (passed, error).")
@settings(max_examples=FEW)
@given(problem=problems())
@example(problem=fixed("quadratic", np.array([1.0, -2.0, 0.5])))
@example(problem=fixed("softmax_cross_entropy", np.array([[2.0, 1.0, 0.1], [0.0, 0.5, -1.0]])))
def check_gradient_passes_true_gradients(learner, reference, problem):
    """check_gradient(f, grad, x) returns (True, a tiny error) when grad is the true gradient"""
    f, grad, x = problem
    what = f"check_gradient({f.__name__}, {grad.__name__}, x)"
    passed, error = unpack_check(learner.check_gradient(f, grad, x), what)
    _, expected = reference.check_gradient(f, grad, x)
    assert_float(error, expected, f"the error returned by {what}", atol=CHECK_ATOL, rtol=CHECK_RTOL)
    assert_true(passed, f"{what} returned passed=False with error {float(error):.3g}; the gradient is right, "
                        f"and the error is below the default tol 1e-6")


@check(points=2, section="training-step",
       hint="A wrong gradient gives a large relative error (0.33 for a doubled gradient, 1 for a flipped "
            "sign): passed must be False whenever error > tol.")
@settings(max_examples=SOME)
@given(problem=problems(), mistake=st.sampled_from(sorted(WRONG_GRADIENTS)))
@example(problem=fixed("quadratic", np.array([1.0, -2.0, 0.5])), mistake="doubled")
@example(problem=fixed("softmax_cross_entropy", np.array([[2.0, 1.0, 0.1]])), mistake="sign_flipped")
def check_gradient_flags_wrong_gradients(learner, reference, problem, mistake):
    """check_gradient returns (False, the error) when grad is wrong: a flipped sign, a factor 2, a shift, one bad entry"""
    f, gradient, x = problem
    bad = wrong(gradient, mistake)
    what = f"check_gradient({f.__name__}, {bad.__name__}, x)"
    passed, error = unpack_check(learner.check_gradient(f, bad, x), what)
    _, expected = reference.check_gradient(f, bad, x)
    assert_float(error, expected, f"the error returned by {what}", atol=CHECK_ATOL, rtol=CHECK_RTOL)
    assert_true(not passed, f"{what} returned passed=True with error {float(error):.3g}; the gradient is "
                            f"wrong and the error is above tol = 1e-6")


@check(points=1, section="training-step",
       hint="Pass h on to numerical_gradient, and compare the error with the tol you are given.")
@settings(max_examples=SOME)
@given(problem=problems(kinds=("cubic",), magnitude=2.0),
       h=st.floats(0.01, 0.3), ratio=st.sampled_from([0.5, 2.0]))
@example(problem=fixed("cubic", np.array([1.0, 2.0])), h=0.1, ratio=2.0)
@example(problem=fixed("cubic", np.array([1.0, 2.0])), h=0.1, ratio=0.5)
def check_gradient_uses_h_and_tol(learner, reference, problem, h, ratio):
    """check_gradient measures with the step h it is given, and passes exactly when error <= tol"""
    f, grad, x = problem
    _, expected = reference.check_gradient(f, grad, x, h)  # the central difference is 3 x**2 + h**2: error >= 4e-6
    tol = expected * ratio
    what = f"check_gradient({f.__name__}, {grad.__name__}, x, h={h!r}, tol={tol:.6g})"
    passed, error = unpack_check(learner.check_gradient(f, grad, x, h, tol), what)
    assert_float(error, expected, f"the error returned by {what}", atol=CHECK_ATOL, rtol=CHECK_RTOL)
    assert_true(passed == (ratio > 1), f"{what} returned passed={passed} with error {float(error):.6g}; "
                                       f"passed should be error <= tol")


@check(points=1, section="training-step",
       hint="Call grad once, on x itself (or a float64 copy of it).")
@settings(max_examples=FEW)
@given(problem=problems())
@example(problem=fixed("quadratic", np.array([0.1, 0.7, -1.3])))
def grad_is_called_with_x(learner, reference, problem):
    """check_gradient calls grad with a float64 array equal to x"""
    f, gradient, x = problem
    seen: list = []

    def recorded_gradient(point):
        seen.append(np.array(point, copy=True))
        return gradient(point)

    recorded_gradient.__name__ = gradient.__name__
    learner.check_gradient(f, recorded_gradient, x)
    what = f"check_gradient({f.__name__}, {gradient.__name__}, x)"
    assert_true(len(seen) >= 1, f"{what} never called {gradient.__name__}")
    for point in seen:
        assert_close(point, x, f"the array {what} passed to {gradient.__name__}", atol=0.0)
