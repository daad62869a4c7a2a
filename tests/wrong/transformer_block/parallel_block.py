"""Runs attention and the MLP side by side on x (the GPT-J layout), so the MLP never sees the attention update."""

import numpy as np

CAUGHT_BY = ["block_matches_the_reference", "the_mlp_sees_the_stream_after_attention"]


def transformer_block(x, params, n_heads):
    p = params
    x = np.asarray(x, dtype=np.float64)
    attn = multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)
    return x + attn + mlp(layer_norm(x, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
