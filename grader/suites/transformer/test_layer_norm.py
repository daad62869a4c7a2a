"""Hidden checks for exercises/transformer/layer_norm.py: LayerNorm over the last axis.

Tolerances. Outputs are compared with the reference within atol 1e-10 + rtol 1e-7. Correct
implementations differ only by rounding (x.var() or np.mean((x - mean)**2), a division or a multiply
by 1/sqrt, np.std): about 1e-15 on outputs of size ~1, and 1e-12 at worst when a row's variance is far
below eps and the difference x - mean is divided by sqrt(eps) ~ 3e-3. The mistakes these checks
target (d - 1 in the variance, eps outside the square root, no mean subtraction) are off by 1e-6 or
more on the pinned examples.
The properties "variance 1" and "a*x + c changes nothing" only hold approximately, because of eps:
with every row's variance >= 1 and 0.5 <= a <= 20 they hold within 1e-4 (worst case about 5e-5).
"""

import numpy as np
from hypothesis import example, given, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, check

ATOL, RTOL = 1e-10, 1e-7
APPROX = 1e-4


# --- inputs -----------------------------------------------------------------------------------------

def grid(shape, magnitude: int, step: float = 0.5) -> st.SearchStrategy[np.ndarray]:
    """float64 arrays of `shape` on a grid (multiples of `step` in [-magnitude, magnitude]): cheap to
    draw, and a shrunk failing input reads like [[0., 1.5], [2., 0.]]."""
    n = round(magnitude / step)
    return hnp.arrays(np.int64, shape, elements=st.integers(-n, n)).map(lambda a: a * step)


def shapes(min_d: int = 1) -> st.SearchStrategy[tuple[int, ...]]:
    """(..., d): no leading axes, or one or two of them, with 1 <= d <= 6."""
    return st.tuples(hnp.array_shapes(min_dims=0, max_dims=2, min_side=1, max_side=3),
                     st.integers(min_d, 6)).map(lambda t: t[0] + (t[1],))


@st.composite
def ln_inputs(draw, magnitude: int = 20, min_d: int = 1):
    """(x, gamma, beta) with x of shape (..., d) and gamma, beta of shape (d,)."""
    shape = draw(shapes(min_d))
    d = shape[-1]
    return draw(grid(shape, magnitude)), draw(grid((d,), 3, 0.25)), draw(grid((d,), 3, 0.25))


@st.composite
def spread_rows(draw):
    """x of shape (..., d), d >= 2, where every row has variance >= 1 (so eps hardly matters)."""
    x = draw(grid(draw(shapes(min_d=2)), 10))
    spread = x.var(axis=-1) >= 1.0
    return x if np.all(spread) else np.where(spread[..., None], x, np.arange(x.shape[-1], dtype=float) * 2)


CHAPTER_X = np.array([1.0, 2.0, 3.0, 4.0])  # the worked example: mean 2.5, variance 1.25
ONES4, ZEROS4 = np.ones(4), np.zeros(4)
# Rows of tiny spread (variance 6.7e-7 and 2.5e-11): here eps decides the answer.
TINY_SPREAD = np.array([[0.0, 0.001, 0.002], [3.0, 3.0, 3.00001]])


# --- checks -----------------------------------------------------------------------------------------

@check(points=3, section="layernorm",
       hint="Take the mean and the variance over axis=-1 with keepdims=True, then "
            "gamma * (x - mean) / np.sqrt(var + eps) + beta.")
@given(inputs=ln_inputs())
@example(inputs=(CHAPTER_X, ONES4, ZEROS4))
@example(inputs=(np.array([[1, 2, 3, 4], [4, 0, 0, 0]]), ONES4, ZEROS4))  # an int array
@example(inputs=(np.arange(24.0).reshape(2, 3, 4) ** 1.5, np.array([1.0, 2.0, 0.5, -1.0]), np.arange(4.0)))
def layer_norm_matches_the_reference(learner, reference, inputs):
    """layer_norm(x, gamma, beta) normalises every vector along the last axis, for any leading shape"""
    x, gamma, beta = inputs
    assert_close(learner.layer_norm(x, gamma, beta), reference.layer_norm(x, gamma, beta),
                 "layer_norm(x, gamma, beta)", atol=ATOL, rtol=RTOL)


@check(points=2, section="layernorm",
       hint="Normalise each row on its own: axis=-1, the features of one token, not axis=0.")
@given(x=spread_rows())
@example(x=CHAPTER_X)
@example(x=np.array([[1.0, 2.0, 3.0], [10.0, 30.0, 20.0]]))
def each_vector_gets_mean_zero_and_variance_one(learner, reference, x):
    """with gamma = 1 and beta = 0, every vector comes out with mean 0 and variance 1 (up to eps)"""
    d = x.shape[-1]
    out = learner.layer_norm(x, np.ones(d), np.zeros(d))
    assert_close(out, reference.layer_norm(x, np.ones(d), np.zeros(d)), "layer_norm(x, 1, 0)", atol=np.inf)
    assert_close(np.asarray(out.mean(axis=-1)), np.zeros(x.shape[:-1]), "the mean of each output vector", atol=1e-9)
    assert_close(np.asarray(out.var(axis=-1)), np.ones(x.shape[:-1]), "the variance of each output vector", atol=APPROX)


@check(points=1, section="layernorm",
       hint="The variance divides by d, the number of features, not d - 1: x.var() (ddof=0), not "
            "np.var(x, ddof=1). The chapter's [1, 2, 3, 4] has variance 1.25, not 1.667.")
@given(x=spread_rows())
@example(x=CHAPTER_X)
@example(x=np.array([0.0, 2.0]))
def the_variance_divides_by_d(learner, reference, x):
    """the variance is the biased one, the mean of (x - mean)**2 (divide by d, as PyTorch does)"""
    d = x.shape[-1]
    assert_close(learner.layer_norm(x, np.ones(d), np.zeros(d)), reference.layer_norm(x, np.ones(d), np.zeros(d)),
                 "layer_norm(x, 1, 0)", atol=ATOL, rtol=RTOL)


@check(points=2, section="layernorm",
       hint="Subtract each vector's own mean (so shifts cancel) and divide by its own standard "
            "deviation (so scales cancel).")
@given(x=spread_rows(), data=st.data())
@example(x=np.array([[1.0, 2.0, 4.0], [0.0, -3.0, 3.0]]), data=None)
def scaling_and_shifting_a_vector_changes_nothing(learner, reference, x, data):
    """layer_norm(a * x + c) equals layer_norm(x) for any a > 0 and c chosen per vector (up to eps)"""
    if data is None:
        a, c = np.full(x.shape[:-1] + (1,), 3.0), np.full(x.shape[:-1] + (1,), -7.5)
    else:
        a = data.draw(hnp.arrays(np.float64, x.shape[:-1] + (1,), elements=st.sampled_from([0.5, 2.0, 5.0, 20.0])))
        c = data.draw(grid(x.shape[:-1] + (1,), 50))
    d = x.shape[-1]
    gamma, beta = np.linspace(0.5, 2.0, d), np.linspace(-1.0, 1.0, d)
    plain = learner.layer_norm(x, gamma, beta)
    assert_close(plain, reference.layer_norm(x, gamma, beta), "layer_norm(x, gamma, beta)", atol=np.inf)
    assert_close(learner.layer_norm(a * x + c, gamma, beta), plain,
                 "layer_norm(a * x + c, gamma, beta), compared with layer_norm(x, gamma, beta)", atol=APPROX)


@check(points=2, section="layernorm",
       hint="When all the features are equal, x - mean is 0 and the variance is 0: eps inside the "
            "square root keeps the division finite, and the answer is beta.")
@given(values=grid(st.integers(1, 3).map(lambda n: (n, 1)), 20), d=st.integers(1, 5))
@example(values=np.array([[0.0]]), d=3)
@example(values=np.array([[7.0], [-2.5]]), d=1)
def constant_vectors_give_beta(learner, reference, values, d):
    """a vector whose features are all equal (any vector when d == 1) comes out as beta"""
    x = np.repeat(values, d, axis=1)
    gamma, beta = np.linspace(0.5, 2.0, d), np.arange(d, dtype=float) - 1.0
    assert_close(learner.layer_norm(x, gamma, beta), np.broadcast_to(beta, x.shape).copy(),
                 "layer_norm(constant x, gamma, beta)", atol=ATOL)


@check(points=2, section="layernorm",
       hint="Add eps to the variance inside the square root, np.sqrt(var + eps), and use the eps "
            "argument, not a fixed 1e-5.")
@given(x=grid(shapes(min_d=2), 20).map(lambda a: a * 1e-4), eps=st.sampled_from([1e-5, 1e-8, 1e-3, 0.5, 2.0]))
@example(x=TINY_SPREAD, eps=1e-5)
@example(x=CHAPTER_X, eps=1.0)
def eps_goes_inside_the_square_root(learner, reference, x, eps):
    """eps is added to the variance inside the square root, sqrt(var + eps), with the eps given"""
    d = x.shape[-1]
    assert_close(learner.layer_norm(x, np.ones(d), np.zeros(d), eps=eps),
                 reference.layer_norm(x, np.ones(d), np.zeros(d), eps=eps),
                 f"layer_norm(x, 1, 0, eps={eps!r})", atol=ATOL, rtol=RTOL)


@check(points=2, section="layernorm",
       hint="gamma multiplies the normalised vector and beta is added after: gamma * x_hat + beta, "
            "feature j scaled by gamma[j] and shifted by beta[j].")
@given(inputs=ln_inputs(min_d=2))
@example(inputs=(np.array([[1.0, 3.0], [5.0, 5.0]]), np.array([2.0, 1.0]), np.array([0.0, 10.0])))
def gamma_scales_and_beta_shifts_each_feature(learner, reference, inputs):
    """gamma scales and beta shifts each feature after the normalisation: gamma * x_hat + beta"""
    x, gamma, beta = inputs
    gamma = gamma + np.arange(1, len(gamma) + 1)  # distinct per feature, so a mix-up of features shows
    assert_close(learner.layer_norm(x, gamma, beta), reference.layer_norm(x, gamma, beta),
                 "layer_norm(x, gamma, beta)", atol=ATOL, rtol=RTOL)


@check(points=1, section="layernorm",
       hint="x - mean makes a new array; x -= mean changes the caller's array.")
@given(inputs=ln_inputs())
def the_inputs_are_not_modified(learner, reference, inputs):
    """layer_norm leaves x, gamma and beta unchanged"""
    x, gamma, beta = inputs
    _, args, _ = learner.call_and_inputs("layer_norm", x, gamma, beta)
    for name, before, after in zip(("x", "gamma", "beta"), (x, gamma, beta), args):
        assert_close(after, before, f"{name} after your call", atol=0.0)
