"""Hidden checks for exercises/context_window/kv_cache.py: incremental decoding and cache memory.

Tolerance: outputs are compared with atol 1e-9 + rtol 1e-9. Inputs are small integers or round
numbers, so a correct step differs from the reference only by rounding in the softmax (about 1e-15);
a wrong scale or a missing token changes the outputs by 1e-2 or more. Byte counts are exact integers.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st

from grader.checks import assert_close, assert_equal, assert_true, check, fail, raises

ATOL = RTOL = 1e-9


@st.composite
def layers(draw, max_tokens: int = 6):
    """(x, w_q, w_k, w_v): T tokens of width d, one head with d_k and d_v, entries small integers / 2."""
    T, d, d_k, d_v = draw(st.integers(1, max_tokens)), draw(st.integers(1, 4)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    seed = draw(st.integers(0, 2**16))
    rng = np.random.default_rng(seed)
    arrays = [rng.integers(-3, 4, size=shape) / 2.0 for shape in [(T, d), (d, d_k), (d, d_k), (d, d_v)]]
    return tuple(arrays)


def full_causal_attention(x, w_q, w_k, w_v):
    """softmax(Q K^T / sqrt(d_k) + causal mask) V over the whole sequence, computed here from the definition."""
    q, k, v = x @ w_q, x @ w_k, x @ w_v
    T = len(x)
    scores = q @ k.T / np.sqrt(k.shape[1])
    scores[np.triu(np.ones((T, T), dtype=bool), k=1)] = -np.inf
    weights = np.exp(scores - scores.max(axis=1, keepdims=True))
    return (weights / weights.sum(axis=1, keepdims=True)) @ v


def prefix_cache(x, w_k, w_v):
    """The cache after the tokens of x: their keys and values, stacked."""
    return {"k": x @ w_k, "v": x @ w_v}


EYE = np.eye(2)


@check(points=1, section="kv-cache")
@given(d_k=st.integers(1, 5), d_v=st.integers(1, 5))
def an_empty_cache_holds_no_token(learner, reference, d_k, d_v):
    """empty_cache(d_k, d_v) holds zero keys of width d_k and zero values of width d_v"""
    cache = learner.empty_cache(d_k, d_v)
    assert_true(isinstance(cache, dict) and set(cache) == {"k", "v"},
                f"empty_cache({d_k}, {d_v}) should be a dict with the keys 'k' and 'v', got {cache!r}")
    assert_equal(np.shape(cache["k"]), (0, d_k), f"the shape of empty_cache({d_k}, {d_v})['k']")
    assert_equal(np.shape(cache["v"]), (0, d_v), f"the shape of empty_cache({d_k}, {d_v})['v']")


@check(points=3, section="kv-cache",
       hint="Append the new key and value first, then attend over all cached rows with scores k @ q / sqrt(d_k).")
@given(layer=layers(), split=st.integers(0, 5))
@example(layer=(np.array([[1.0, 0.0], [0.0, 1.0]]), EYE, EYE, EYE), split=1)
def one_step_matches_the_reference(learner, reference, layer, split):
    """decode_step attends from the new token over every cached token and itself"""
    x, w_q, w_k, w_v = layer
    t = min(split, len(x) - 1)
    cache = prefix_cache(x[:t], w_k, w_v)
    got_out, got_cache = learner.decode_step(x[t], cache, w_q, w_k, w_v)
    expected_out, expected_cache = reference.decode_step(x[t], cache, w_q, w_k, w_v)
    what = f"decode_step(x_t, cache, w_q, w_k, w_v) with {t} cached tokens, x_t = {x[t]}"
    assert_close(got_out, expected_out, f"the output of {what}", atol=ATOL, rtol=RTOL)
    assert_true(isinstance(got_cache, dict) and set(got_cache) == {"k", "v"},
                f"{what} should return (output, a dict with 'k' and 'v'), got {got_cache!r}")
    assert_close(got_cache["k"], expected_cache["k"], f"the keys in the cache returned by {what}", atol=ATOL, rtol=RTOL)
    assert_close(got_cache["v"], expected_cache["v"], f"the values in the cache returned by {what}", atol=ATOL, rtol=RTOL)


@check(points=3, section="kv-cache",
       hint="Keep the cache that decode_step returns and pass it to the next step; start from empty_cache.")
@given(layer=layers(max_tokens=8))
@example(layer=(np.array([[1.0, 0.0], [0.0, 1.0]]), EYE, EYE, EYE))
@example(layer=(np.arange(12.0).reshape(4, 3) / 4, np.eye(3)[:, 1:], np.eye(3)[:, :2], np.eye(3)))
def token_by_token_equals_full_causal_attention(learner, reference, layer):
    """decode_sequence, one token at a time with a cache, equals causal attention over the whole sequence"""
    x, w_q, w_k, w_v = layer
    assert_close(learner.decode_sequence(x, w_q, w_k, w_v), full_causal_attention(x, w_q, w_k, w_v),
                 f"decode_sequence(x, w_q, w_k, w_v) with x of shape {x.shape}", atol=ATOL, rtol=RTOL)


@check(points=2, section="kv-cache", hint="Build new arrays with np.vstack or np.concatenate; never write into the cache you were given.")
@settings(max_examples=30)
@given(layer=layers(), split=st.integers(1, 5))
def the_cache_passed_in_is_not_changed(learner, reference, layer, split):
    """decode_step leaves the cache it is given unchanged and returns a new one, one row longer"""
    x, w_q, w_k, w_v = layer
    t = min(split, len(x) - 1)
    cache = prefix_cache(x[:t], w_k, w_v)
    (_, new_cache), args, _ = learner.call_and_inputs("decode_step", x[t], cache, w_q, w_k, w_v)
    after = args[1]
    assert_close(after["k"], cache["k"], "the keys of the cache passed to decode_step, after the call", atol=0, rtol=0)
    assert_close(after["v"], cache["v"], "the values of the cache passed to decode_step, after the call", atol=0, rtol=0)
    assert_equal(np.shape(new_cache["k"])[0], t + 1, f"the number of keys in the new cache after {t} cached tokens")
    assert_close(np.asarray(new_cache["k"])[:t], cache["k"], "the old rows of the new cache", atol=0, rtol=0)


@check(points=1, section="kv-cache")
@given(layer=layers(max_tokens=1))
def a_first_token_attends_only_to_itself(learner, reference, layer):
    """from an empty cache, the first token's output is its own value vector x_t @ w_v"""
    x, w_q, w_k, w_v = layer
    out, _ = learner.decode_step(x[0], {"k": np.zeros((0, w_k.shape[1])), "v": np.zeros((0, w_v.shape[1]))},
                                 w_q, w_k, w_v)
    assert_close(out, x[0] @ w_v, "decode_step(x_t, empty cache, ...)", atol=ATOL, rtol=RTOL)


# --- memory ---------------------------------------------------------------------------------------

@check(points=2, section="kv-cache", hint="2 (keys and values) x layers x tokens x sequences x width x bytes.")
@example(n_layers=96, d_model=12_288, seq_len=2_048, batch=1, bytes_per_value=2)
@example(n_layers=80, d_model=8_192, seq_len=4_096, batch=1, bytes_per_value=2)
@given(n_layers=st.integers(1, 100), d_model=st.integers(1, 20_000), seq_len=st.integers(0, 200_000),
       batch=st.integers(0, 64), bytes_per_value=st.sampled_from([1, 2, 4]))
def cache_bytes_match_the_formula(learner, reference, n_layers, d_model, seq_len, batch, bytes_per_value):
    """kv_cache_bytes is 2 x n_layers x seq_len x batch x d_model x bytes_per_value (GPT-3 at 2,048 tokens: 9,663,676,416)"""
    got = learner.kv_cache_bytes(n_layers, d_model, seq_len, batch, bytes_per_value)
    assert_equal(got, 2 * n_layers * seq_len * batch * d_model * bytes_per_value,
                 f"kv_cache_bytes({n_layers}, {d_model}, {seq_len}, batch={batch}, bytes_per_value={bytes_per_value})")


@check(points=2, section="kv-cache", hint="Each key/value head is d_model / n_heads wide; there are n_kv_heads of them.")
@example(n_layers=80, heads=(64, 8), d_head=128, seq_len=4_096)
@given(n_layers=st.integers(1, 100), heads=st.sampled_from([(64, 8), (32, 8), (32, 32), (8, 1), (12, 4), (96, 96)]),
       d_head=st.sampled_from([64, 128]), seq_len=st.integers(0, 100_000))
def grouped_query_attention_shrinks_the_cache(learner, reference, n_layers, heads, d_head, seq_len):
    """with n_kv_heads key/value heads for n_heads query heads, the cache is n_kv_heads / n_heads as big"""
    n_heads, n_kv_heads = heads
    d_model = n_heads * d_head
    got = learner.kv_cache_bytes(n_layers, d_model, seq_len, n_heads=n_heads, n_kv_heads=n_kv_heads)
    assert_equal(got, 2 * n_layers * seq_len * n_kv_heads * d_head * 2,
                 f"kv_cache_bytes({n_layers}, {d_model}, {seq_len}, n_heads={n_heads}, n_kv_heads={n_kv_heads})")


@check(points=1, section="kv-cache")
@example(case=("only one of the head counts", dict(n_heads=8)))
@given(case=st.sampled_from([
    ("only one of the head counts", dict(n_heads=8)),
    ("only one of the head counts", dict(n_kv_heads=2)),
    ("n_kv_heads that does not divide n_heads", dict(n_heads=8, n_kv_heads=3)),
    ("n_heads that does not divide d_model", dict(n_heads=7, n_kv_heads=7)),
    ("zero key/value heads", dict(n_heads=8, n_kv_heads=0)),
    ("zero layers", dict(n_layers=0)),
    ("a negative length", dict(seq_len=-1)),
]))
def impossible_shapes_raise(learner, reference, case):
    """kv_cache_bytes raises ValueError for impossible head counts, zero layers or negative lengths"""
    what, options = case
    arguments = dict(n_layers=4, d_model=64, seq_len=16) | options
    with raises(ValueError, f"kv_cache_bytes with {what} ({arguments})"):
        learner.kv_cache_bytes(**arguments)
