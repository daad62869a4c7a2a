"""Uses ln1's scale and shift for the LayerNorm before the MLP too."""

import numpy as np

CAUGHT_BY = ["block_matches_the_reference", "the_mlp_reads_the_second_layer_norm"]


def transformer_block(x, params, n_heads):
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = x + multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)
    return h + mlp(layer_norm(h, p["ln1_g"], p["ln1_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
