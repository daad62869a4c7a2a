"""Hidden checks for exercises/safety/quantization.py: absmax int8 quantization and an int8 matmul.

Tolerances. q is compared exactly: the docstring pins scale = max|w| / 127 and q = np.round(w / scale),
so every correct solution computes the same quotients and rounds them the same way. Scales are compared
with rtol 1e-12 (they are one division, so they agree to the last bit; the slack only allows a
different but equivalent order such as dividing a float32 max). Dequantized values and matmul results
use atol 1e-12 + rtol 1e-12: the integer sums are exact, and multiplying by two scales in another
order changes the last bit or two. The error bounds allow 1e-9 on top of the derived bound for float
rounding in x @ w itself.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_equal, assert_true, check
from grader.strategies import seeds

SCALE_RTOL = 1e-12
ATOL, RTOL = 1e-12, 1e-12

weights = st.floats(-10, 10, allow_subnormal=False) | st.sampled_from([0.0, 1.5, -2.5, 0.5])
weight_arrays = hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, max_side=5), elements=weights)
matrices = hnp.arrays(np.float64, hnp.array_shapes(min_dims=2, max_dims=2, max_side=5), elements=weights)
WORKED = np.array([0.731, -2.54, 1.309, 0.013, 0.0, -0.419])


@st.composite
def arrays_and_axes(draw):
    """A weight array and an axis of it (None, a non-negative axis, or a negative one)."""
    w = draw(weight_arrays)
    axis = draw(st.one_of(st.none(), st.integers(-w.ndim, w.ndim - 1)))
    return w, axis


@st.composite
def matmul_inputs(draw):
    """Float x (M, K) and w (K, N), and whether to scale per row/column or per tensor."""
    m, k, n = draw(st.integers(1, 4)), draw(st.integers(1, 6)), draw(st.integers(1, 4))
    x = draw(hnp.arrays(np.float64, (m, k), elements=weights))
    w = draw(hnp.arrays(np.float64, (k, n), elements=weights))
    return x, w, draw(st.booleans())


def quantize_both(module, x, w, per_channel):
    """Quantize x per row (axis=1) and w per column (axis=0), or both per tensor."""
    return (*module.quantize_int8(x, axis=1 if per_channel else None),
            *module.quantize_int8(w, axis=0 if per_channel else None))


def describe(axis):
    return "" if axis is None else f", axis={axis}"


def quantized(learner, w, axis=None):
    """The learner's (q, scale), after checking they are arrays of the shapes the docstring promises."""
    got = learner.quantize_int8(w, axis=axis)
    assert_true(isinstance(got, tuple) and len(got) == 2,
                f"quantize_int8 should return a tuple (q, scale), not {type(got).__name__}")
    q, scale = got
    keep = np.abs(w).max(axis=axis, keepdims=True).shape
    assert_true(isinstance(q, np.ndarray) and q.shape == w.shape,
                f"q from quantize_int8(w{describe(axis)}) should be an array of shape {w.shape}")
    assert_true(isinstance(scale, np.ndarray) and scale.shape == keep,
                f"the scale from quantize_int8(w{describe(axis)}) should have shape {keep} (keepdims), "
                f"not {getattr(scale, 'shape', type(scale).__name__)}")
    return q, scale


@check(points=2, section="quantization",
       hint="scale = max|w| / 127; q = np.round(w / scale).astype(np.int8). Max 2.54 gives scale 0.02.")
@given(w=weight_arrays)
@example(w=WORKED)
@example(w=np.array([[0.3, -1.2], [0.05, 0.9]]))
def per_tensor_quantization_matches_the_reference(learner, reference, w):
    """quantize_int8(w) uses one scale max|w| / 127 (shaped like w with all sides 1) and q = round(w / scale)"""
    got = quantized(learner, w)
    q, scale = reference.quantize_int8(w)
    assert_close(got[1], scale, "the scale from quantize_int8(w)", atol=0.0, rtol=SCALE_RTOL)
    assert_equal(got[0], q, "q from quantize_int8(w)")


@check(points=2, section="quantization",
       hint="np.abs(w).max(axis=axis, keepdims=True): the max over that axis, kept as a side of length 1.")
@given(case=arrays_and_axes())
@example(case=(np.array([[1.0, -0.5], [0.0, 0.02]]), 0))
@example(case=(np.array([[1.0, -0.5], [0.0, 0.02]]), 1))
@example(case=(np.array([[1.0, -0.5], [0.0, 0.02]]), -1))
def per_axis_quantization_matches_the_reference(learner, reference, case):
    """quantize_int8(w, axis) takes the max over `axis`, keeping it as a side of length 1 so scale broadcasts"""
    w, axis = case
    got_q, got_scale = quantized(learner, w, axis)
    q, scale = reference.quantize_int8(w, axis=axis)
    assert_close(got_scale, scale, f"the scale from quantize_int8(w{describe(axis)})", atol=0.0, rtol=SCALE_RTOL)
    assert_equal(got_q, q, f"q from quantize_int8(w{describe(axis)})")


@check(points=1, section="quantization", hint="Convert with .astype(np.int8) after rounding.")
@given(case=arrays_and_axes())
def q_is_int8_within_plus_minus_127(learner, reference, case):
    """q has dtype int8, the shape of w, and every value in [-127, 127]"""
    w, axis = case
    q, _ = quantized(learner, w, axis)
    assert_true(isinstance(q, np.ndarray) and q.dtype == np.int8,
                f"q should be an int8 array, not {getattr(q, 'dtype', type(q).__name__)}")
    assert_true(q.shape == w.shape, f"q has shape {q.shape}; expected {w.shape}")
    assert_true(bool(np.all((q >= -127) & (q <= 127))), f"q holds {int(q.min())}; only -127..127 are allowed")


@check(points=1, section="quantization",
       hint="np.round rounds halfway values to the even integer; int(x + 0.5) and np.floor(x + 0.5) do not.")
@given(w=st.sampled_from([np.array([127.0, 0.5, 1.5, 2.5, -0.5, -1.5]), np.array([-254.0, 1.0, 3.0, -5.0])]))
def halfway_values_round_to_even(learner, reference, w):
    """a value exactly halfway between two steps rounds to the even one, as np.round does (0.5 -> 0, 1.5 -> 2)"""
    q, _ = quantized(learner, w)
    assert_equal(q, reference.quantize_int8(w)[0], "q from quantize_int8(w)")


@check(points=2, section="quantization",
       hint="Where max|w| is 0 use scale 1.0 (np.where before dividing), so 0 / 0 never happens.")
@given(shape=st.sampled_from([(3,), (2, 3), (1,)]), axis=st.sampled_from([None, 0, -1]))
@example(shape=(2, 3), axis=0)
def all_zero_tensors_and_slices_get_scale_one(learner, reference, shape, axis):
    """an all-zero tensor or slice gets scale 1.0 and q = 0 (no division by zero, no NaN)"""
    w = np.zeros(shape)
    if len(shape) == 2:
        w[0] = [0.5, -1.0, 0.25]  # row 0 is non-zero; row 1 stays all zero
    q, scale = quantized(learner, w, axis)
    expected_q, expected_scale = reference.quantize_int8(w, axis=axis)
    assert_close(scale, expected_scale, f"the scale from quantize_int8(w{describe(axis)}) with w = {w.tolist()}",
                 atol=0.0, rtol=SCALE_RTOL)
    assert_equal(q, expected_q, f"q from quantize_int8(w{describe(axis)}) with w = {w.tolist()}")


@check(points=1, section="quantization")
@given(case=arrays_and_axes())
@example(case=(np.array([37, -127, 0], dtype=np.float64), None))
def dequantize_matches_the_reference(learner, reference, case):
    """dequantize_int8(q, scale) is q * scale as float64"""
    w, axis = case
    q, scale = reference.quantize_int8(w, axis=axis)
    assert_close(learner.dequantize_int8(q, scale), reference.dequantize_int8(q, scale),
                 "dequantize_int8(q, scale)", atol=ATOL, rtol=RTOL)


@check(points=2, section="quantization")
@given(case=arrays_and_axes())
@example(case=(WORKED, None))
def the_error_is_at_most_half_a_step(learner, reference, case):
    """every weight comes back within scale/2 of its value, and exact zeros come back as exactly 0"""
    w, axis = case
    q, scale = quantized(learner, w, axis)
    back = learner.dequantize_int8(q, scale)
    bound = np.broadcast_to(np.asarray(scale, dtype=float) / 2, w.shape)
    error = np.abs(w - back)
    worst = np.unravel_index(np.argmax(error - bound), w.shape)
    assert_true(bool(np.all(error <= bound + 1e-12)),
                f"w{list(worst)} = {w[worst]!r} came back as {back[worst]!r}: off by {error[worst]:.3g}, more than "
                f"scale/2 = {bound[worst]:.3g}")
    assert_true(bool(np.all(back[w == 0] == 0)), "a weight that was exactly 0 did not come back as 0")


@check(points=1, section="quantization")
@given(case=arrays_and_axes())
def quantizing_again_changes_nothing(learner, reference, case):
    """quantizing the dequantized weights gives back the same q (quantization is idempotent)"""
    w, axis = case
    q, scale = quantized(learner, w, axis)
    again, _ = quantized(learner, learner.dequantize_int8(q, scale), axis)
    assert_equal(again, q, f"q after quantize, dequantize, quantize{describe(axis)}")


@check(points=1, section="quantization",
       hint="Per channel, each slice's scale is its own max / 127: never larger than the tensor's.")
@settings(max_examples=10)
@given(seed=seeds(), axis=st.sampled_from([0, 1]))
def per_channel_scales_tame_an_outlier(learner, reference, seed, axis):
    """with one outlier weight, per-channel scales are never above the per-tensor one and the worst error shrinks"""
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 0.02, size=(6, 5))
    w[rng.integers(6), rng.integers(5)] = 1.0
    q_t, s_t = quantized(learner, w)
    q_c, s_c = quantized(learner, w, axis)
    assert_true(bool(np.all(np.asarray(s_c) <= np.max(s_t) * (1 + 1e-12))),
                f"a per-channel scale (axis={axis}) is larger than the per-tensor scale {np.max(s_t):.4g}")
    error_t = np.abs(w - learner.dequantize_int8(q_t, s_t)).max()
    error_c = np.abs(w - learner.dequantize_int8(q_c, s_c)).max()
    assert_true(bool(error_c <= error_t), f"the worst error per channel (axis={axis}) is {error_c:.3g}, "
                f"more than per tensor ({error_t:.3g})")


@check(points=3, section="quantization",
       hint="Accumulate xq.astype(np.int32) @ wq.astype(np.int32), then multiply by x_scale and w_scale.")
@given(inputs=matmul_inputs())
@example(inputs=(np.array([[1.27, -0.64]]), np.array([[2.0], [2.54]]), False))
def int8_matmul_matches_the_reference(learner, reference, inputs):
    """int8_matmul sums the int8 products in int32 and multiplies by the row scale of x and column scale of w"""
    x, w, per_channel = inputs
    args = quantize_both(reference, x, w, per_channel)
    assert_close(learner.int8_matmul(*args), reference.int8_matmul(*args),
                 f"int8_matmul(xq, x_scale, wq, w_scale) with {'per-row/column' if per_channel else 'per-tensor'} "
                 "scales", atol=ATOL, rtol=RTOL)


@check(points=1, section="quantization",
       hint="int8 @ int8 stays int8 in numpy and wraps around: convert both to np.int32 before the product.")
@given(k=st.integers(2, 64), sign=st.sampled_from([1, -1]))
@example(k=64, sign=1)
def large_sums_do_not_wrap_around(learner, reference, k, sign):
    """sums of many products of 127s are exact: 64 products of 127 * 127 give 1,032,256 steps, no overflow"""
    xq = np.full((1, k), 127, dtype=np.int8)
    wq = np.full((k, 2), sign * 127, dtype=np.int8)
    one = np.ones((1, 1))
    assert_close(learner.int8_matmul(xq, one, wq, one), reference.int8_matmul(xq, one, wq, one),
                 f"int8_matmul of a row of {k} 127s and a column of {k} {sign * 127}s, scales 1", atol=0.0)


@check(points=2, section="quantization")
@given(inputs=matmul_inputs())
def int8_matmul_is_close_to_the_float_product(learner, reference, inputs):
    """the int8 product differs from x @ w by at most the sum over k of x_scale/2 * |w| + |x_hat| * w_scale/2"""
    x, w, per_channel = inputs
    xq, x_scale, wq, w_scale = quantize_both(reference, x, w, per_channel)
    got = learner.int8_matmul(xq, x_scale, wq, w_scale)
    x_hat = reference.dequantize_int8(xq, x_scale)
    bound = (x_scale / 2) * np.abs(w).sum(axis=0, keepdims=True) + np.abs(x_hat).sum(axis=1, keepdims=True) * (w_scale / 2)
    assert_true(isinstance(got, np.ndarray) and got.shape == (x.shape[0], w.shape[1]),
                f"int8_matmul should return an array of shape {(x.shape[0], w.shape[1])}")
    error = np.abs(got - x @ w)
    assert_true(bool(np.all(error <= bound + 1e-9)),
                f"int8_matmul is off from x @ w by up to {error.max():.3g}, beyond the bound {bound.max():.3g}")
