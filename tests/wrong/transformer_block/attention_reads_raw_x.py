"""Feeds attention the raw stream x, forgetting the first LayerNorm."""

import numpy as np

CAUGHT_BY = ["block_matches_the_reference", "attention_reads_the_first_layer_norm"]


def transformer_block(x, params, n_heads):
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = x + multi_head_attention(x, p, n_heads)
    return h + mlp(layer_norm(h, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
