"""Hidden checks for exercises/attention/causal_attention.py: causal scaled dot-product attention.

Tolerance: weights and outputs are compared with atol 1e-10 + rtol 1e-7. Correct implementations
differ only by rounding: q @ k^T through BLAS, np.einsum or a loop of dot products sums in different
orders, and the mask may be -inf with np.where, boolean indexing, or a softmax over the visible slice
only. Over 600 random inputs the catalogue's alternatives stay within 7e-15 of the reference for
entries up to 4 (8e-14 through multi_head_attention) and within 1.4e-12 for entries up to 100, where
the scores reach 2e4. The mistakes these checks target are off by 1e-3 or more.
Invariance checks (causality, permutations, one head) compare the learner with itself under the same
tolerance, since reordering or changing the input may change the order of the sums.
"""

import numpy as np
from hypothesis import assume, example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_true, check, fail, raises

ATOL, RTOL = 1e-10, 1e-7


# --- inputs -----------------------------------------------------------------------------------------

def arrays(shape: tuple[int, ...], magnitude: int, step: float = 1.0) -> st.SearchStrategy[np.ndarray]:
    """float64 arrays of `shape` with entries on a grid: multiples of `step` in [-magnitude, magnitude].

    Drawn as ints (half the cost of floats). A shrunk failing input then reads like [[0., 1.], [2., 0.]],
    and its mistake still shows plainly: entries of 0.1 would shrink the scores, and the visible
    difference, towards nothing.
    """
    n = round(magnitude / step)
    return hnp.arrays(np.int64, shape, elements=st.integers(-n, n)).map(lambda a: a * step)


def batch_shapes() -> st.SearchStrategy[tuple[int, ...]]:
    """Leading dimensions: none, a batch, or a batch and a head axis."""
    return hnp.array_shapes(min_dims=0, max_dims=2, min_side=1, max_side=2)


@st.composite
def qkv(draw, magnitude: int = 4, max_T: int = 5, max_d: int = 3):
    """(q, k, v) with shapes (..., T, d_k), (..., T, d_k), (..., T, d_v)."""
    batch = draw(batch_shapes())
    T, d_k, d_v = draw(st.integers(1, max_T)), draw(st.integers(1, max_d)), draw(st.integers(1, max_d))
    q = draw(arrays(batch + (T, d_k), magnitude))
    k = draw(arrays(batch + (T, d_k), magnitude))
    v = draw(arrays(batch + (T, d_v), magnitude))
    return q, k, v


@st.composite
def mha_inputs(draw, max_heads: int = 3, max_d_head: int = 3, max_T: int = 5):
    """(x, w_q, w_k, w_v, w_o, n_heads) with d_model = n_heads * d_head."""
    n_heads, d_head = draw(st.integers(1, max_heads)), draw(st.integers(1, max_d_head))
    d_model, T = n_heads * d_head, draw(st.integers(1, max_T))
    x = draw(arrays(draw(batch_shapes()) + (T, d_model), 2))
    weights = [draw(arrays((d_model, d_model), 1, step=0.5)) for _ in range(4)]
    return (x, *weights, n_heads)


# The worked example of multi_head_attention's docstring: two heads of one column, identity weights.
EYE_MHA = (np.array([[1.0, 0.0], [0.0, 1.0]]), *([np.eye(2)] * 4), 2)
# Two heads of two columns. w_q and w_v are the identity, w_k (ones on and above the diagonal) keeps
# the scores from being symmetric and w_o reverses the columns: every classic mistake (interleaved
# heads, sqrt(d_model), no w_o, non-causal heads, k @ q^T) moves some output by 0.07 or more, and
# the numbers stay small enough to follow by hand.
X4 = np.array([[1.0, 0.0, 2.0, 0.0], [0.0, 1.0, 0.0, 2.0], [1.0, 1.0, -1.0, 1.0]])
TWO_HEADS = (X4, np.eye(4), np.eye(4) + np.eye(4, k=1), np.eye(4), np.eye(4)[::-1].copy(), 2)
# Three positions and two heads: position 0 must not see what comes after it in either head.
CAUSAL_MHA = (np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), *([np.eye(2)] * 4), 2)

# The worked example of the docstrings: scores / sqrt(2) = [[0.71, 0.71], [0, 0.71]].
Q2 = np.array([[1.0, 0.0], [0.0, 1.0]])
K2 = np.array([[1.0, 0.0], [1.0, 1.0]])
V2 = np.array([[10.0], [20.0]])


def visible(T: int, causal: bool) -> np.ndarray:
    return np.tril(np.ones((T, T), dtype=bool)) if causal else np.ones((T, T), dtype=bool)


def assert_same_form(got, expected: np.ndarray, what: str) -> None:
    """Type, shape, dtype kind and NaNs as in `expected`; the caller then checks a property of the values."""
    assert_close(got, expected, what, atol=np.inf)


# --- scaled dot-product attention -------------------------------------------------------------------

@check(points=3, section="scaled-dot-product",
       hint="Divide every score q_i . k_j by sqrt(d_k), the length of the last axis of q and k, then "
            "take the softmax of each row: over the keys j, the last axis.")
@given(inputs=qkv(), causal=st.booleans())
@example(inputs=(Q2, K2, V2), causal=False)
@example(inputs=(Q2, K2, V2), causal=True)
@example(inputs=(np.array([[2.0]]), np.array([[3.0]]), np.array([[1.0]])), causal=True)
def attention_weights_match_the_reference(learner, reference, inputs, causal):
    """attention_weights(q, k) is the row-wise softmax of q @ k^T / sqrt(d_k), for any leading dimensions"""
    q, k, _ = inputs
    assert_close(learner.attention_weights(q, k, causal=causal),
                 reference.attention_weights(q, k, causal=causal),
                 f"attention_weights(q, k, causal={causal})", atol=ATOL, rtol=RTOL)


@check(points=2, section="scaled-dot-product")
@settings(max_examples=30)
@given(inputs=qkv(), causal=st.booleans())
@example(inputs=(Q2, K2, V2), causal=True)
@example(inputs=(Q2, K2, V2), causal=False)
def attention_matches_the_reference(learner, reference, inputs, causal):
    """attention(q, k, v) is attention_weights(q, k) @ v, of shape (..., T, d_v)"""
    q, k, v = inputs
    assert_close(learner.attention(q, k, v, causal=causal), reference.attention(q, k, v, causal=causal),
                 f"attention(q, k, v, causal={causal})", atol=ATOL, rtol=RTOL)


@check(points=2, section="scaled-dot-product",
       hint="Subtract each row's largest visible score before np.exp; take that maximum after masking, "
            "so a huge score in the hidden future cannot push the visible ones to exp(-inf) = 0.")
@settings(max_examples=40)
@given(inputs=qkv(magnitude=100), causal=st.booleans())
@example(inputs=(np.full((2, 2), 100.0), np.full((2, 2), 100.0), np.array([[1.0], [2.0]])), causal=True)
@example(inputs=(np.array([[100.0], [100.0]]), np.array([[-100.0], [100.0]]), np.array([[1.0], [2.0]])),
         causal=True)  # row 0: its visible score is -1e4, the hidden one +1e4
@example(inputs=(np.ones((2, 2)), np.array([[100.0, 100.0], [101.0, 100.0]]), np.array([[1.0], [2.0]])),
         causal=False)  # scores 141.4 and 142.1: the scale still matters
def large_scores_do_not_overflow(learner, reference, inputs, causal):
    """scores of tens of thousands (q and k entries near 100) give finite, correct weights and outputs"""
    q, k, v = inputs
    assert_close(learner.attention_weights(q, k, causal=causal),
                 reference.attention_weights(q, k, causal=causal),
                 f"attention_weights(q, k, causal={causal})", atol=ATOL, rtol=RTOL)
    assert_close(learner.attention(q, k, v, causal=causal), reference.attention(q, k, v, causal=causal),
                 f"attention(q, k, v, causal={causal})", atol=ATOL, rtol=RTOL)


@check(points=1, section="scaled-dot-product",
       hint="Each output is an average of value rows with weights >= 0 that sum to 1.")
@settings(max_examples=30)
@given(inputs=qkv(), causal=st.booleans())
@example(inputs=(Q2, K2, V2), causal=True)
def each_output_lies_between_the_visible_values(learner, reference, inputs, causal):
    """each output row lies between the smallest and largest visible value rows, coordinate by coordinate"""
    q, k, v = inputs
    out = learner.attention(q, k, v, causal=causal)
    assert_same_form(out, reference.attention(q, k, v, causal=causal), f"attention(q, k, v, causal={causal})")
    T = q.shape[-2]
    for i in range(T):
        seen = v[..., : i + 1, :] if causal else v
        low, high = seen.min(axis=-2), seen.max(axis=-2)
        row = out[..., i, :]
        if np.any(row < low - 1e-9) or np.any(row > high + 1e-9):
            last = i if causal else T - 1
            fail(f"output row {i} leaves the range of the value rows it can see (rows 0..{last}), which a "
                 f"weighted average with weights summing to 1 cannot do; expected: the smallest and the "
                 f"largest visible values", expected=np.stack([low, high]), got=row)


@check(points=1, section="scaled-dot-product",
       hint="With causal=False nothing may depend on where a position sits: no mask at all.")
@settings(max_examples=30)
@given(inputs=qkv(), ranks=st.permutations(range(5)))
@example(inputs=(Q2, K2, V2), ranks=[1, 0, 2, 3, 4])
def without_the_mask_attention_is_permutation_equivariant(learner, reference, inputs, ranks):
    """with causal=False, shuffling the positions of q, k and v shuffles the outputs the same way"""
    q, k, v = inputs
    order = np.argsort(ranks[: q.shape[-2]])  # a permutation of range(T)
    assume(np.any(order != np.arange(len(order))))
    out = learner.attention(q, k, v, causal=False)
    assert_same_form(out, reference.attention(q, k, v, causal=False), "attention(q, k, v, causal=False)")
    shuffled = learner.attention(q[..., order, :], k[..., order, :], v[..., order, :], causal=False)
    assert_close(shuffled, out[..., order, :],
                 f"attention on positions reordered as {order.tolist()}, compared with the reordered output",
                 atol=ATOL, rtol=RTOL)



@check(points=1, section="scaled-dot-product",
       hint="Work on new arrays: `q = q / np.sqrt(d_k)` makes a copy; `q /= np.sqrt(d_k)` changes the "
            "caller's q.")
@settings(max_examples=20)
@given(inputs=qkv(), data=st.data())
def the_inputs_are_not_modified(learner, reference, inputs, data):
    """attention and multi_head_attention leave their input arrays unchanged"""
    _, args, _ = learner.call_and_inputs("attention", *inputs)
    for name, before, after in zip(("q", "k", "v"), inputs, args):
        assert_close(after, before, f"{name} after your call attention(q, k, v)", atol=0.0)
    mha = data.draw(mha_inputs(), label="multi_head_attention inputs")  # drawn here: shrinks only if needed
    _, args, _ = learner.call_and_inputs("multi_head_attention", *mha)
    for name, before, after in zip(("x", "w_q", "w_k", "w_v", "w_o"), mha, args):
        assert_close(after, before,
                     f"{name} after your call multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads)", atol=0.0)

# --- the causal mask --------------------------------------------------------------------------------

@check(points=2, section="causal-mask",
       hint="Position i sees j = 0..i: the lower triangle, diagonal included (np.tril keeps it).")
@given(T=st.integers(-2, 12))
@example(T=1)
@example(T=3)
@example(T=0)
@example(T=-1)
def causal_mask_is_the_lower_triangle(learner, reference, T):
    """causal_mask(T) is a (T, T) boolean array, True exactly where j <= i; T < 1 raises ValueError"""
    if T < 1:
        with raises(ValueError, f"causal_mask({T})"):
            learner.causal_mask(T)
        return
    assert_close(learner.causal_mask(T), reference.causal_mask(T), f"causal_mask({T})", atol=0.0,
                 dtype_kind="b")


@check(points=2, section="causal-mask",
       hint="Mask before the softmax (a score of -inf has weight exp(-inf) = 0), so the softmax "
            "shares the probability among the visible positions only.")
@settings(max_examples=40)
@given(inputs=qkv(), causal=st.booleans())
@example(inputs=(Q2, K2, V2), causal=True)
def weights_are_distributions_over_the_visible_positions(learner, reference, inputs, causal):
    """each weight row is a distribution over the positions it may see: 0.0 exactly beyond, summing to 1"""
    q, k, _ = inputs
    w = learner.attention_weights(q, k, causal=causal)
    assert_same_form(w, reference.attention_weights(q, k, causal=causal),
                     f"attention_weights(q, k, causal={causal})")
    hidden = ~visible(q.shape[-2], causal)
    if np.any(w[..., hidden] != 0.0):
        fail("the weights on hidden future positions (j > i) are not exactly 0.0",
             expected=np.where(hidden, 0.0, w), got=w)
    assert_true(bool(np.all((w >= 0) & (w <= 1))), "some weights are outside [0, 1]")
    assert_close(np.asarray(w.sum(axis=-1)), np.ones(w.shape[:-1]), "the sum of each weight row", atol=1e-9)


@check(points=1, section="causal-mask",
       hint="When every key is the same, every visible score in a row is the same, so row i is "
            "1/(i+1) over its i+1 visible positions.")
@settings(max_examples=25)
@given(inputs=qkv(), causal=st.booleans())
@example(inputs=(np.array([[1.0], [2.0], [-1.0]]), np.zeros((3, 1)), np.zeros((3, 1))), causal=True)
@example(inputs=(np.array([[1.0], [2.0], [-1.0]]), np.zeros((3, 1)), np.zeros((3, 1))), causal=False)
def equal_keys_give_uniform_weights_over_the_visible_positions(learner, reference, inputs, causal):
    """when all keys are equal, row i spreads its weight evenly: 1/(i+1) on j <= i (causal), else 1/T"""
    q, k, _ = inputs
    k = np.broadcast_to(k[..., :1, :], k.shape).copy()
    T = q.shape[-2]
    mask = visible(T, causal)
    uniform = np.broadcast_to(mask / mask.sum(axis=-1, keepdims=True), q.shape[:-2] + (T, T))
    assert_close(learner.attention_weights(q, k, causal=causal), uniform,
                 f"attention_weights(q, k, causal={causal}) with every key row equal", atol=1e-12)


@check(points=1, section="causal-mask",
       hint="Position 0 can see only itself, so its weights are [1, 0, 0, ...].")
@settings(max_examples=25)
@given(inputs=qkv())
@example(inputs=(Q2, K2, V2))
def the_first_output_is_the_first_value(learner, reference, inputs):
    """with the causal mask, output row 0 equals v[..., 0, :]"""
    q, k, v = inputs
    out = learner.attention(q, k, v, causal=True)
    assert_same_form(out, reference.attention(q, k, v), "attention(q, k, v)")
    assert_close(out[..., 0, :], v[..., 0, :], "row 0 of attention(q, k, v)", atol=1e-12)


@check(points=2, section="causal-mask",
       hint="Output t may depend on positions 0..t only. Check the mask keeps j <= i, and that "
            "multi_head_attention asks for causal attention in every head.")
@settings(max_examples=30)
@given(inputs=qkv(), mha=mha_inputs(), t=st.integers(0, 4), seed=st.integers(0, 2**32 - 1))
@example(inputs=(Q2, K2, V2), mha=CAUSAL_MHA, t=0, seed=0)
def the_future_does_not_change_the_past(learner, reference, inputs, mha, t, seed):
    """changing the inputs at positions after t leaves every output at positions up to t unchanged"""
    q, k, v = inputs
    x, w_q, w_k, w_v, w_o, n_heads = mha
    # Keep at least one position after t to change (when there are two or more).
    t_x = t % max(x.shape[-2] - 1, 1)
    t = t % max(q.shape[-2] - 1, 1)
    noise = np.random.default_rng(seed)

    def change_after(a: np.ndarray, t: int) -> np.ndarray:
        changed = a.copy()
        changed[..., t + 1:, :] = np.round(noise.uniform(-4, 4, size=changed[..., t + 1:, :].shape), 1)
        return changed

    before = learner.attention(q, k, v)
    assert_same_form(before, reference.attention(q, k, v), "attention(q, k, v)")
    after = learner.attention(change_after(q, t), change_after(k, t), change_after(v, t))
    assert_close(after[..., : t + 1, :], before[..., : t + 1, :],
                 f"attention(q, k, v) at positions 0..{t} after changing q, k and v at positions {t + 1}..",
                 atol=ATOL, rtol=RTOL)
    before = learner.multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads)
    assert_same_form(before, reference.multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads),
                     f"multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads={n_heads})")
    after = learner.multi_head_attention(change_after(x, t_x), w_q, w_k, w_v, w_o, n_heads)
    assert_close(after[..., : t_x + 1, :], before[..., : t_x + 1, :],
                 f"multi_head_attention at positions 0..{t_x} after changing x at positions {t_x + 1}..",
                 atol=ATOL, rtol=RTOL)


# --- multi-head attention ---------------------------------------------------------------------------

@check(points=3, section="multi-head",
       hint="Head h takes the contiguous columns h*d_head:(h+1)*d_head of q, k and v, is scaled by "
            "sqrt(d_head), and the heads are put back side by side in order before multiplying by w_o.")
@settings(max_examples=40)
@given(inputs=mha_inputs())
@example(inputs=TWO_HEADS)
@example(inputs=EYE_MHA)
def multi_head_attention_matches_the_reference(learner, reference, inputs):
    """multi_head_attention splits contiguous heads, attends causally in each, concatenates, applies w_o"""
    x, w_q, w_k, w_v, w_o, n_heads = inputs
    got = learner.multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads)
    assert_close(got, reference.multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads),
                 f"multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads={n_heads})", atol=ATOL, rtol=RTOL)
    assert_true(got.dtype == np.float64, f"multi_head_attention returned dtype {got.dtype}; expected float64")


@check(points=1, section="multi-head")
@settings(max_examples=25)
@given(inputs=mha_inputs(max_heads=1, max_d_head=4))
@example(inputs=(*TWO_HEADS[:5], 1))
def one_head_is_attention_followed_by_w_o(learner, reference, inputs):
    """with n_heads=1, multi_head_attention equals your attention(x @ w_q, x @ w_k, x @ w_v) @ w_o"""
    x, w_q, w_k, w_v, w_o, _ = inputs
    single = learner.attention(x @ w_q, x @ w_k, x @ w_v)
    assert_same_form(single, reference.attention(x @ w_q, x @ w_k, x @ w_v),
                     "attention(x @ w_q, x @ w_k, x @ w_v)")
    assert_close(learner.multi_head_attention(x, w_q, w_k, w_v, w_o, 1), single @ w_o,
                 "multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads=1)", atol=ATOL, rtol=RTOL)


@check(points=1, section="multi-head",
       hint="Check n_heads yourself and raise ValueError (not assert, which python -O removes): "
            "n_heads must be at least 1 and divide d_model.")
@given(d_model=st.integers(1, 8), n_heads=st.integers(1, 9))
@example(d_model=6, n_heads=4)
@example(d_model=5, n_heads=2)
@example(d_model=4, n_heads=0)
def heads_that_do_not_divide_d_model_raise_value_error(learner, reference, d_model, n_heads):
    """n_heads that does not divide d_model (or is below 1) raises ValueError"""
    assume(n_heads < 1 or d_model % n_heads != 0)
    x = np.arange(2.0 * d_model).reshape(2, d_model) / d_model
    w = np.eye(d_model)
    with raises(ValueError, f"multi_head_attention with d_model={d_model} and n_heads={n_heads}"):
        learner.multi_head_attention(x, w, w, w, w, n_heads)
