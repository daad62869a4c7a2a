"""Always calls attention with one head, ignoring n_heads."""

import numpy as np

CAUGHT_BY = ["n_heads_is_passed_to_attention", "n_heads_must_divide_d_model"]


def transformer_block(x, params, n_heads):
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = x + multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, 1)
    return h + mlp(layer_norm(h, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
