"""Post-LN, as in the 2017 Transformer: normalises after each residual addition instead of before the sub-layer."""

import numpy as np

CAUGHT_BY = ["block_matches_the_reference", "zero_output_weights_make_the_block_the_identity",
             "attention_reads_the_first_layer_norm"]


def transformer_block(x, params, n_heads):
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = layer_norm(x + multi_head_attention(x, p, n_heads), p["ln1_g"], p["ln1_b"])
    return layer_norm(h + mlp(h, p["w1"], p["b1"], p["w2"], p["b2"]), p["ln2_g"], p["ln2_b"])
