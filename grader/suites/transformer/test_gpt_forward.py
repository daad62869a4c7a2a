"""Hidden checks for exercises/transformer/gpt_forward.py: embeddings, blocks, final LayerNorm, tied unembedding.

Tolerances. Logits are compared with the reference within atol 1e-10 + rtol 1e-7. Correct forward
passes differ only by rounding (wte[ids] or a one-hot product, h @ wte.T or an einsum, the finished
block or one's own); with entries of order 1, d <= 4 and at most 3 blocks that is below 1e-13. The
mistakes targeted (positions from the wrong rows, blocks skipped or reordered, no final LayerNorm)
move logits by 1e-2 or more. Causality and prefix checks compare the learner with itself.
The vocabulary (5 to 8 entries) is always larger than d (at most 4), so wte and wte.T cannot be
confused without a shape error.
"""

import numpy as np
from hypothesis import example, given, strategies as st

from grader.checks import assert_close, check, raises

ATOL, RTOL = 1e-10, 1e-7


# --- inputs -----------------------------------------------------------------------------------------

def block_params(rng: np.random.Generator, d: int) -> dict:
    """Random weights of one block (MLP width 4d), the layout of the exercise's docstring."""
    def w(*shape, scale=0.5):
        return rng.normal(0.0, scale, shape)

    return {"ln1_g": 1.0 + w(d, scale=0.3), "ln1_b": w(d, scale=0.2),
            "w_q": w(d, d), "b_q": w(d, scale=0.2), "w_k": w(d, d), "b_k": w(d, scale=0.2),
            "w_v": w(d, d), "b_v": w(d, scale=0.2), "w_o": w(d, d), "b_o": w(d, scale=0.2),
            "ln2_g": 1.0 + w(d, scale=0.3), "ln2_b": w(d, scale=0.2),
            "w1": w(d, 4 * d), "b1": w(4 * d, scale=0.2), "w2": w(4 * d, d), "b2": w(d, scale=0.2)}


def model_params(seed: int, V: int, d: int, n_ctx: int, n_layers: int) -> dict:
    rng = np.random.default_rng(seed)
    return {"wte": rng.normal(0.0, 1.0, (V, d)), "wpe": rng.normal(0.0, 1.0, (n_ctx, d)),
            "blocks": [block_params(rng, d) for _ in range(n_layers)],
            "lnf_g": 1.0 + rng.normal(0.0, 0.3, d), "lnf_b": rng.normal(0.0, 0.2, d)}


@st.composite
def models(draw, min_layers: int = 0, max_layers: int = 2, min_T: int = 1):
    """(ids, params, n_heads): a list of 1..n_ctx ids and a random model with d = n_heads * d_head."""
    n_heads, d_head = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    V, n_ctx = draw(st.integers(5, 8)), draw(st.integers(max(2, min_T), 6))
    params = model_params(draw(st.integers(0, 2**32 - 1)), V, n_heads * d_head, n_ctx,
                          draw(st.integers(min_layers, max_layers)))
    ids = draw(st.lists(st.integers(0, V - 1), min_size=min_T, max_size=n_ctx))
    return ids, params, n_heads


def fixed(seed: int, ids, V: int = 6, n_heads: int = 2, d_head: int = 2, n_ctx: int = 5, n_layers: int = 2):
    return ids, model_params(seed, V, n_heads * d_head, n_ctx, n_layers), n_heads


# The docstring's example: V = 3, d = 2, n_ctx = 3, no blocks.
DOC = ([0, 1], {"wte": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
                "wpe": np.array([[0.0, 0.0], [0.0, 1.0], [0.5, 0.0]]),
                "blocks": [], "lnf_g": np.ones(2), "lnf_b": np.zeros(2)}, 1)
TWO_BLOCKS = fixed(11, [3, 1, 4, 1, 5])  # fills the context exactly
ONE_TOKEN = fixed(5, [2], n_layers=1)
AS_ARRAY = (np.array([0, 5, 5, 2]), *fixed(12, None)[1:])
SAME_TOKEN = fixed(4, [2, 2, 2, 2], n_layers=1)  # only the positions tell these apart


# --- checks -----------------------------------------------------------------------------------------

@check(points=3, section="block",
       hint="x = wte[ids] + wpe[:T]; then x = transformer_block(x, block, n_heads) for each block; then "
            "layer_norm(x, lnf_g, lnf_b) @ wte.T.")
@given(inputs=models())
@example(inputs=DOC)
@example(inputs=TWO_BLOCKS)
@example(inputs=ONE_TOKEN)
@example(inputs=AS_ARRAY)
def logits_match_the_reference(learner, reference, inputs):
    """gpt_forward(ids, params, n_heads) returns the (T, V) logits of every position"""
    ids, params, n_heads = inputs
    assert_close(learner.gpt_forward(ids, params, n_heads), reference.gpt_forward(ids, params, n_heads),
                 f"gpt_forward({ids!r}, params, n_heads={n_heads})", atol=ATOL, rtol=RTOL)


@check(points=2, section="unembedding",
       hint="The unembedding is tied: logits = h @ wte.T, the final vector's dot product with every "
            "token's embedding row, after the final LayerNorm (lnf_g, lnf_b).")
@given(inputs=models(max_layers=0))
@example(inputs=DOC)
def without_blocks_the_logits_are_the_tied_unembedding(learner, reference, inputs):
    """with no blocks, the logits are layer_norm(wte[ids] + wpe[:T], lnf_g, lnf_b) @ wte.T"""
    ids, params, n_heads = inputs
    assert_close(learner.gpt_forward(ids, params, n_heads), reference.gpt_forward(ids, params, n_heads),
                 f"gpt_forward({ids!r}, params with no blocks, n_heads={n_heads})", atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="Token t gets position row t: add wpe[:T] (rows 0 to T-1), not wpe[ids] and not the last "
            "T rows.")
@given(inputs=models(min_T=2), token=st.integers(0, 4))
@example(inputs=SAME_TOKEN, token=2)
def each_position_gets_its_own_row_of_wpe(learner, reference, inputs, token):
    """the same token at different positions gets the position embedding rows 0, 1, ..., T-1"""
    ids, params, n_heads = inputs
    ids = [token] * len(ids)
    assert_close(learner.gpt_forward(ids, params, n_heads), reference.gpt_forward(ids, params, n_heads),
                 f"gpt_forward({ids!r}, params, n_heads={n_heads})", atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="Feed each block the previous block's output (x = transformer_block(x, ...)), block 0 first.")
@given(inputs=models(min_layers=2, max_layers=3))
@example(inputs=TWO_BLOCKS)
def the_blocks_run_in_order(learner, reference, inputs):
    """the blocks run one after the other, block 0 first, each reading the previous one's output"""
    ids, params, n_heads = inputs
    assert_close(learner.gpt_forward(ids, params, n_heads), reference.gpt_forward(ids, params, n_heads),
                 f"gpt_forward({ids!r}, params with {len(params['blocks'])} blocks, n_heads={n_heads})",
                 atol=ATOL, rtol=RTOL)


@check(points=2, section="unembedding",
       hint="Only the causal attention mixes positions; embeddings, LayerNorms, the MLP and the "
            "unembedding work on each position on its own.")
@given(inputs=models(min_T=2), data=st.data())
@example(inputs=TWO_BLOCKS, data=None)
def the_model_is_causal(learner, reference, inputs, data):
    """changing ids[t+1:] leaves logits[:t+1] unchanged"""
    ids, params, n_heads = inputs
    V, T = len(params["wte"]), len(ids)
    t = 1 if data is None else data.draw(st.integers(0, T - 2))
    changed = ids[: t + 1] + [(i + 1) % V for i in ids[t + 1:]]
    logits = learner.gpt_forward(ids, params, n_heads)
    assert_close(logits, reference.gpt_forward(ids, params, n_heads), f"gpt_forward({ids!r}, ...)",
                 atol=ATOL, rtol=RTOL)
    later = learner.gpt_forward(changed, params, n_heads)
    assert_close(later, logits, f"gpt_forward({changed!r}, ...)", atol=np.inf)
    assert_close(later[: t + 1], logits[: t + 1], f"logits[:{t + 1}] after changing ids[{t + 1}:]",
                 atol=ATOL, rtol=RTOL)


@check(points=2, section="unembedding",
       hint="Position numbers start at 0 for the first token, whatever the length: wpe[:T], so a "
            "prefix sees exactly what the whole sequence sees.")
@given(inputs=models(min_T=2), data=st.data())
@example(inputs=TWO_BLOCKS, data=None)
def a_prefix_gets_the_first_rows_of_the_logits(learner, reference, inputs, data):
    """the logits of ids[:k] are the first k rows of the logits of ids"""
    ids, params, n_heads = inputs
    k = 2 if data is None else data.draw(st.integers(1, len(ids) - 1))
    whole = learner.gpt_forward(ids, params, n_heads)
    assert_close(whole, reference.gpt_forward(ids, params, n_heads), f"gpt_forward({ids!r}, ...)",
                 atol=ATOL, rtol=RTOL)
    assert_close(learner.gpt_forward(ids[:k], params, n_heads), whole[:k],
                 f"gpt_forward({ids[:k]!r}, ...), compared with gpt_forward({ids!r}, ...)[:{k}]",
                 atol=ATOL, rtol=RTOL)


@check(points=2, section="block",
       hint="Check the length first: T > len(params['wpe']) raises ValueError, and so does T == 0 "
            "(numpy broadcasting can hide a too-long sequence when n_ctx is 1).")
@given(n_ctx=st.integers(1, 4), extra=st.integers(1, 3))
@example(n_ctx=1, extra=1)
@example(n_ctx=3, extra=-3)
def sequences_that_do_not_fit_raise(learner, reference, n_ctx, extra):
    """more tokens than the context length n_ctx (rows of wpe), or no tokens at all, raise ValueError"""
    _, params, n_heads = fixed(2, None, V=5, n_heads=1, d_head=2, n_ctx=n_ctx, n_layers=1)
    ids = [i % 5 for i in range(n_ctx + extra)] if extra > 0 else []
    with raises(ValueError, f"gpt_forward({ids!r}, params with n_ctx = {n_ctx}, n_heads=1)"):
        learner.gpt_forward(ids, params, n_heads)


@check(points=1, section="block",
       hint="numpy reads wte[-1] from the end without complaint: check 0 <= id < V yourself.")
@given(bad=st.sampled_from([-1, -6, 6, 9]))
@example(bad=-1)
@example(bad=6)
def ids_outside_the_vocabulary_raise(learner, reference, bad):
    """a token id outside range(V), negative ones included, raises ValueError"""
    ids, params, n_heads = fixed(3, [0, bad, 1])  # V = 6
    with raises(ValueError, f"gpt_forward({ids!r}, params with V = 6, n_heads={n_heads})"):
        learner.gpt_forward(ids, params, n_heads)


@check(points=1, section="block",
       hint="wpe[:T] is a view of params['wpe']: x = wpe[:T]; x += ... writes into the model's weights.")
@given(inputs=models(max_layers=1))
@example(inputs=TWO_BLOCKS)
def the_inputs_are_not_modified(learner, reference, inputs):
    """gpt_forward leaves ids and every array of params unchanged"""
    ids, params, n_heads = inputs
    _, args, _ = learner.call_and_inputs("gpt_forward", ids, params, n_heads)
    assert_close(np.asarray(args[0]), np.asarray(ids), "ids after your call", atol=0.0, dtype_kind=None)
    after = args[1]
    for key in ("wte", "wpe", "lnf_g", "lnf_b"):
        assert_close(after[key], params[key], f"params[{key!r}] after your call", atol=0.0)
    for i, block in enumerate(params["blocks"]):
        for key, value in block.items():
            assert_close(after["blocks"][i][key], value, f"params['blocks'][{i}][{key!r}] after your call",
                         atol=0.0)
