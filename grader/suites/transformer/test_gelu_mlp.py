"""Hidden checks for exercises/transformer/gelu_mlp.py: GELU (tanh approximation) and the MLP layer.

Tolerances. Outputs are compared with the reference within atol 1e-10 + rtol 1e-7. Correct
implementations differ only by rounding (np.tanh, or 0.5 * (1 + tanh(u)) written as the sigmoid
1 / (1 + exp(-2u)); x**3 or x * x * x; matrix products summed in any order): under 1e-13 on these
inputs (entries up to 6, outputs up to about 100). The mistakes the checks target are larger than
1e-4: the exact erf GELU differs from the tanh approximation by up to 4.7e-4 (near |x| = 2.7), and a
wrong constant or a missing term by far more.
The identity gelu(x) - gelu(-x) == x holds up to rounding: within atol 1e-10 + rtol 1e-9 for |x| <= 40.
The tails are "close": |gelu(x) - x| and |gelu(-x)| stay below 3e-7 for x >= 5; the check allows 1e-3,
which still fails a missing factor 0.5 or a NaN from an overflowing exp.
"""

import numpy as np
from hypothesis import example, given, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, check, fail
from grader.strategies import float_arrays

ATOL, RTOL = 1e-10, 1e-7
TAIL = 1e-3


# --- inputs -----------------------------------------------------------------------------------------

def grid(shape, magnitude: float, step: float = 0.25) -> st.SearchStrategy[np.ndarray]:
    """float64 arrays of `shape` on a grid (multiples of `step` in [-magnitude, magnitude]): cheap to
    draw, and a shrunk failing input reads like [[0., 1.5], [2., 0.]]."""
    n = round(magnitude / step)
    return hnp.arrays(np.int64, shape, elements=st.integers(-n, n)).map(lambda a: a * step)


@st.composite
def mlp_inputs(draw, min_T: int = 1):
    """(x, w1, b1, w2, b2) with x of shape (..., d), w1 (d, h), w2 (h, d); 1 <= d <= 4, 1 <= h <= 8."""
    d, h = draw(st.integers(1, 4)), draw(st.integers(1, 8))
    lead = draw(st.sampled_from([(), (3,), (2, 2)] if min_T == 1 else [(3,), (4,), (5,)]))
    return (draw(grid(lead + (d,), 3)), draw(grid((d, h), 1.5)), draw(grid((h,), 1)),
            draw(grid((h, d), 1.5)), draw(grid((d,), 1)))


CHAPTER_X = np.array([-3.0, -1.0, 0.0, 1.0, 3.0])  # the values the chapter quotes
# The docstring example: d = 2, h = 4.
DOC_MLP = (np.array([[1.0, -1.0]]), np.array([[1.0, 0.0, 2.0, 0.0], [0.0, 1.0, 0.0, -1.0]]), np.zeros(4),
           np.ones((4, 2)), np.array([0.0, 10.0]))
# GPT-2's shape on a small scale: d = 2, h = 4d = 8, three positions, every bias non-zero.
WIDE_MLP = (np.array([[1.0, 2.0], [-1.0, 0.5], [0.0, 0.0]]), np.linspace(-1, 1, 16).reshape(2, 8),
            np.linspace(0.5, -0.5, 8), np.linspace(1, -1, 16).reshape(8, 2), np.array([0.25, -0.75]))


# --- GELU -------------------------------------------------------------------------------------------

@check(points=3, section="mlp",
       hint="The tanh approximation: 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3))).")
@given(x=float_arrays(magnitude=6))
@example(x=CHAPTER_X)
@example(x=np.array([[2.0, -2.0], [0.5, 1.5]]))
def gelu_matches_the_reference(learner, reference, x):
    """gelu(x) is 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3))), elementwise, for any shape"""
    assert_close(learner.gelu(x), reference.gelu(x), "gelu(x)", atol=ATOL, rtol=RTOL)


@check(points=1, section="mlp")
@given(shape=hnp.array_shapes(min_dims=1, max_dims=3, max_side=4))
@example(shape=(1,))
def gelu_of_zero_is_zero(learner, reference, shape):
    """gelu(0) is exactly 0"""
    assert_close(learner.gelu(np.zeros(shape)), np.zeros(shape), "gelu(zeros)", atol=0.0)


@check(points=2, section="mlp",
       hint="gelu(x) = x * Phi(x) with Phi(-x) = 1 - Phi(x): the argument of tanh must be an odd "
            "function of x (x + 0.044715 * x**3, a cube), and the whole is multiplied by 0.5 * x.")
@given(x=float_arrays(max_dims=2, magnitude=40))
@example(x=np.array([1.0, 2.0, 3.0]))
def gelu_x_minus_gelu_minus_x_is_x(learner, reference, x):
    """gelu(x) - gelu(-x) equals x for every x"""
    plus, minus = learner.gelu(x), learner.gelu(-x)
    assert_close(plus, reference.gelu(x), "gelu(x)", atol=np.inf)
    assert_close(minus, reference.gelu(-x), "gelu(-x)", atol=np.inf)
    assert_close(plus - minus, x, "gelu(x) - gelu(-x)", atol=1e-10, rtol=1e-9)


@check(points=1, section="mlp",
       hint="Use np.tanh: tanh written with np.exp overflows to inf / inf = NaN for large x.")
@given(x=st.floats(5.0, 40.0))
@example(x=30.0)
@example(x=5.0)
def gelu_is_x_far_right_and_0_far_left(learner, reference, x):
    """gelu(x) is close to x for x > 5 and close to 0 for x < -5 (no overflow for large |x|)"""
    got = learner.gelu(np.array([x, -x]))
    assert_close(got, np.array([x, 0.0]), f"gelu([{x!r}, {-x!r}])", atol=TAIL)


# --- the MLP ----------------------------------------------------------------------------------------

@check(points=3, section="mlp",
       hint="Widen, apply GELU, narrow: gelu(x @ w1 + b1) @ w2 + b2. GELU goes between the two "
            "matrix products, and both biases are added.")
@given(inputs=mlp_inputs())
@example(inputs=DOC_MLP)
@example(inputs=WIDE_MLP)
@example(inputs=(np.array([1.0, -2.0]), *WIDE_MLP[1:]))  # a single vector, shape (d,)
def mlp_matches_the_reference(learner, reference, inputs):
    """mlp(x, w1, b1, w2, b2) is gelu(x @ w1 + b1) @ w2 + b2, for any number of positions and any hidden size"""
    assert_close(learner.mlp(*inputs), reference.mlp(*inputs), "mlp(x, w1, b1, w2, b2)", atol=ATOL, rtol=RTOL)


@check(points=2, section="mlp",
       hint="Nothing comes after `hidden @ w2 + b2`: no second GELU on the output.")
@given(inputs=mlp_inputs())
@example(inputs=WIDE_MLP)
@example(inputs=(np.array([[0.0]]), np.array([[1.0]]), np.array([0.0]), np.array([[1.0]]), np.array([-1.0])))
def mlp_with_zero_w2_gives_b2(learner, reference, inputs):
    """with w2 = 0, the MLP returns b2 at every position"""
    x, w1, b1, w2, b2 = inputs
    expected = np.broadcast_to(b2, x.shape).copy()
    assert_close(learner.mlp(x, w1, b1, np.zeros_like(w2), b2), expected, "mlp(x, w1, b1, 0, b2)", atol=ATOL)


@check(points=2, section="mlp",
       hint="Between the two matrix products comes GELU, not ReLU (np.maximum(0, .)) and not nothing.")
@given(x=grid(st.sampled_from([(2,), (3, 2), (2, 2)]), 4))
@example(x=np.array([[-1.0, 2.0], [0.5, -3.0]]))
def the_nonlinearity_is_gelu(learner, reference, x):
    """with identity weights and zero biases, mlp(x) equals gelu(x)"""
    eye = np.eye(2)
    assert_close(learner.mlp(x, eye, np.zeros(2), eye, np.zeros(2)), reference.gelu(x),
                 "mlp(x, I, 0, I, 0)", atol=ATOL, rtol=RTOL)


@check(points=2, section="mlp",
       hint="The MLP works on each position (each row of x) on its own: matrix products over the "
            "last axis only, no sums or means over the positions.")
@given(inputs=mlp_inputs(min_T=3), seed=st.integers(0, 1000))
@example(inputs=WIDE_MLP, seed=1)
def mlp_processes_each_position_on_its_own(learner, reference, inputs, seed):
    """reordering the positions (rows) of x reorders the MLP's output the same way"""
    x, *weights = inputs
    order = np.random.default_rng(seed).permutation(len(x))
    if np.array_equal(order, np.arange(len(x))):
        order = np.roll(order, 1)
    plain = learner.mlp(x, *weights)
    assert_close(plain, reference.mlp(x, *weights), "mlp(x, ...)", atol=ATOL, rtol=RTOL)
    permuted = learner.mlp(x[order], *weights)
    if not isinstance(permuted, np.ndarray) or permuted.shape != plain.shape:
        fail("mlp(x[order], ...) should have the same shape as mlp(x, ...)", plain[order], permuted)
    assert_close(permuted, plain[order], f"mlp(x[{order.tolist()}], ...), compared with mlp(x, ...)[order]",
                 atol=ATOL, rtol=RTOL)
