"""Forgets the residual connections: the sub-layers' outputs replace the stream instead of adding to it."""

import numpy as np

CAUGHT_BY = ["block_matches_the_reference", "zero_output_weights_make_the_block_the_identity",
             "attention_reads_the_first_layer_norm", "the_mlp_reads_the_second_layer_norm"]


def transformer_block(x, params, n_heads):
    p = params
    h = multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)
    return mlp(layer_norm(h, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
