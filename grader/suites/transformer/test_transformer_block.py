"""Hidden checks for exercises/transformer/transformer_block.py: one pre-LN GPT-2 block.

Tolerances. Outputs are compared with the reference within atol 1e-10 + rtol 1e-7. Correct blocks
differ only by rounding: the order of the two residual additions, the finished helpers or one's own
LayerNorm, attention and MLP, a loop over heads or one batched product. On these inputs (entries of
order 1, T <= 5, d_model <= 6) that is below 1e-13. The mistakes targeted (a missing residual, the
wrong LayerNorm, the MLP reading x instead of h, post-LN) move outputs by 1e-2 or more.
The causality check compares the learner with itself within the same tolerance.
"""

import numpy as np
from hypothesis import example, given, strategies as st

from grader.checks import assert_close, check, raises

ATOL, RTOL = 1e-10, 1e-7

ATTENTION_OUT = ("w_o", "b_o")  # zero these and attention adds nothing to the stream
MLP_OUT = ("w2", "b2")  # zero these and the MLP adds nothing


# --- inputs -----------------------------------------------------------------------------------------

def block_params(rng: np.random.Generator, d: int, h: int) -> dict:
    """Random weights of one block, in the layout of the exercise's docstring. LayerNorm scales sit
    around 1 and differ between ln1 and ln2, so a mix-up of the two shows."""
    def w(*shape, scale=0.5):
        return rng.normal(0.0, scale, shape)

    return {"ln1_g": 1.0 + w(d, scale=0.3), "ln1_b": w(d, scale=0.2),
            "w_q": w(d, d), "b_q": w(d, scale=0.2), "w_k": w(d, d), "b_k": w(d, scale=0.2),
            "w_v": w(d, d), "b_v": w(d, scale=0.2), "w_o": w(d, d), "b_o": w(d, scale=0.2),
            "ln2_g": 1.0 + w(d, scale=0.3), "ln2_b": w(d, scale=0.2),
            "w1": w(d, h), "b1": w(h, scale=0.2), "w2": w(h, d), "b2": w(d, scale=0.2)}


@st.composite
def blocks(draw, min_T: int = 1, min_heads: int = 1):
    """(x, params, n_heads): x of shape (T, d), d = n_heads * d_head, MLP width 4d."""
    n_heads, d_head = draw(st.integers(min_heads, 3)), draw(st.integers(1, 2))
    d, T = n_heads * d_head, draw(st.integers(min_T, 5))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    return rng.normal(0.0, 1.0, (T, d)), block_params(rng, d, 4 * d), n_heads


def zeroed(params: dict, *keys: str) -> dict:
    return {k: np.zeros_like(v) if k in keys else v for k, v in params.items()}


def fixed(seed: int, T: int, n_heads: int, d_head: int):
    rng = np.random.default_rng(seed)
    d = n_heads * d_head
    return rng.normal(0.0, 1.0, (T, d)), block_params(rng, d, 4 * d), n_heads


# The docstring's example: identity weights, d = 2, one head.
_D = 2
DOC = (np.array([[1.0, 2.0], [3.0, 1.0]]),
       {"ln1_g": np.ones(_D), "ln1_b": np.zeros(_D), "ln2_g": np.ones(_D), "ln2_b": np.zeros(_D),
        "w_q": np.eye(_D), "w_k": np.eye(_D), "w_v": np.eye(_D), "w_o": np.eye(_D),
        "b_q": np.zeros(_D), "b_k": np.zeros(_D), "b_v": np.zeros(_D), "b_o": np.zeros(_D),
        "w1": np.eye(_D, 4 * _D), "b1": np.zeros(4 * _D), "w2": np.eye(4 * _D, _D), "b2": np.zeros(_D)}, 1)
TWO_HEADS = fixed(seed=7, T=4, n_heads=2, d_head=2)
ONE_POSITION = fixed(seed=3, T=1, n_heads=2, d_head=1)


# --- checks -----------------------------------------------------------------------------------------

@check(points=3, section="block",
       hint="Two residual updates: h = x + multi_head_attention(layer_norm(x, ln1_g, ln1_b), params, "
            "n_heads), then out = h + mlp(layer_norm(h, ln2_g, ln2_b), w1, b1, w2, b2).")
@given(inputs=blocks())
@example(inputs=DOC)
@example(inputs=TWO_HEADS)
@example(inputs=ONE_POSITION)
def block_matches_the_reference(learner, reference, inputs):
    """transformer_block(x, params, n_heads) is h = x + attn(ln1(x)), then h + mlp(ln2(h)), of shape (T, d)"""
    x, params, n_heads = inputs
    assert_close(learner.transformer_block(x, params, n_heads), reference.transformer_block(x, params, n_heads),
                 f"transformer_block(x, params, n_heads={n_heads})", atol=ATOL, rtol=RTOL)


@check(points=2, section="residual-stream",
       hint="Add each sub-layer's output to the stream (x + ...), and do not normalise the sum: the "
            "LayerNorms go inside the branches, before attention and before the MLP (pre-LN).")
@given(inputs=blocks())
@example(inputs=DOC)
@example(inputs=TWO_HEADS)
def zero_output_weights_make_the_block_the_identity(learner, reference, inputs):
    """with w_o, b_o, w2 and b2 all zero, the block returns x unchanged (the residual path)"""
    x, params, n_heads = inputs
    assert_close(learner.transformer_block(x, zeroed(params, *ATTENTION_OUT, *MLP_OUT), n_heads), x,
                 "transformer_block(x, params with w_o = b_o = w2 = b2 = 0)", atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="Attention reads layer_norm(x, ln1_g, ln1_b), the first LayerNorm of the stream, and its "
            "output is added to x.")
@given(inputs=blocks())
@example(inputs=TWO_HEADS)
def attention_reads_the_first_layer_norm(learner, reference, inputs):
    """with the MLP switched off (w2 = b2 = 0), the block is x + attention(ln1(x))"""
    x, params, n_heads = inputs
    params = zeroed(params, *MLP_OUT)
    assert_close(learner.transformer_block(x, params, n_heads), reference.transformer_block(x, params, n_heads),
                 "transformer_block(x, params with w2 = b2 = 0)", atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="The MLP reads layer_norm(h, ln2_g, ln2_b), with the second LayerNorm's own scale and shift.")
@given(inputs=blocks())
@example(inputs=TWO_HEADS)
def the_mlp_reads_the_second_layer_norm(learner, reference, inputs):
    """with attention switched off (w_o = b_o = 0), the block is x + mlp(ln2(x))"""
    x, params, n_heads = inputs
    params = zeroed(params, *ATTENTION_OUT)
    assert_close(learner.transformer_block(x, params, n_heads), reference.transformer_block(x, params, n_heads),
                 "transformer_block(x, params with w_o = b_o = 0)", atol=ATOL, rtol=RTOL)


@check(points=2, section="residual-stream",
       hint="The two updates run one after the other: the MLP reads h = x + attention(...), the stream "
            "after the attention update, not the block's input x.")
@given(inputs=blocks(min_T=2))
@example(inputs=TWO_HEADS)
def the_mlp_sees_the_stream_after_attention(learner, reference, inputs):
    """the MLP reads h = x + attention(ln1(x)), not x: the updates are sequential, not parallel"""
    x, params, n_heads = inputs
    assert_close(learner.transformer_block(x, params, n_heads), reference.transformer_block(x, params, n_heads),
                 "transformer_block(x, params, n_heads)", atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="Pass n_heads on to multi_head_attention: the heads split d_model into n_heads blocks.")
@given(inputs=blocks(min_heads=2))
@example(inputs=TWO_HEADS)
def n_heads_is_passed_to_attention(learner, reference, inputs):
    """the attention uses n_heads heads, as asked"""
    x, params, n_heads = inputs
    assert_close(learner.transformer_block(x, params, n_heads), reference.transformer_block(x, params, n_heads),
                 f"transformer_block(x, params, n_heads={n_heads})", atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="Only attention mixes positions, and it is causal. LayerNorm and the MLP work on each "
            "position's vector on its own (axis=-1), never over the whole sequence.")
@given(inputs=blocks(min_T=2), data=st.data())
@example(inputs=TWO_HEADS, data=None)
def the_block_is_causal(learner, reference, inputs, data):
    """changing x[t+1:] leaves out[:t+1] unchanged: position t never sees the future"""
    x, params, n_heads = inputs
    T = len(x)
    t = T - 2 if data is None else data.draw(st.integers(0, T - 2))
    changed = x.copy()
    changed[t + 1:] = changed[t + 1:] * -3.0 + 5.0
    out = learner.transformer_block(x, params, n_heads)
    assert_close(out, reference.transformer_block(x, params, n_heads), "transformer_block(x, ...)",
                 atol=ATOL, rtol=RTOL)
    later = learner.transformer_block(changed, params, n_heads)
    assert_close(later, out, f"the block's output when x[{t + 1}:] changes", atol=np.inf)
    assert_close(later[: t + 1], out[: t + 1], f"out[:{t + 1}] after changing x[{t + 1}:]",
                 atol=ATOL, rtol=RTOL)


@check(points=1, section="block")
@given(n_heads=st.sampled_from([3, 0, 5, 8]))
@example(n_heads=3)
def n_heads_must_divide_d_model(learner, reference, n_heads):
    """n_heads that does not divide d_model raises ValueError"""
    x, params, _ = TWO_HEADS  # d_model = 4
    with raises(ValueError, f"transformer_block(x, params, n_heads={n_heads}) with d_model = 4"):
        learner.transformer_block(x, params, n_heads)


@check(points=1, section="residual-stream",
       hint="h = x + ... makes a new array; x += ... writes into the caller's x.")
@given(inputs=blocks())
@example(inputs=TWO_HEADS)
def the_inputs_are_not_modified(learner, reference, inputs):
    """transformer_block leaves x and every array of params unchanged"""
    x, params, n_heads = inputs
    _, args, _ = learner.call_and_inputs("transformer_block", x, params, n_heads)
    assert_close(args[0], x, "x after your call", atol=0.0)
    for key, value in params.items():
        assert_close(args[1][key], value, f"params[{key!r}] after your call", atol=0.0)
