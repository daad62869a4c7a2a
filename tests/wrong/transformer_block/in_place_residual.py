"""Adds the updates in place (x += ...), which overwrites the caller's array."""

import numpy as np

CAUGHT_BY = ["the_inputs_are_not_modified"]


def transformer_block(x, params, n_heads):
    p = params
    x += multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)
    x += mlp(layer_norm(x, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
    return x.copy()
