"""Writes its own LayerNorm with the mean and variance over the whole (T, d) array: later tokens leak
into earlier positions through the statistics."""

import numpy as np

CAUGHT_BY = ["block_matches_the_reference", "the_block_is_causal"]


def _norm(x, gamma, beta, eps=1e-5):
    return gamma * (x - x.mean()) / np.sqrt(x.var() + eps) + beta


def transformer_block(x, params, n_heads):
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = x + multi_head_attention(_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)
    return h + mlp(_norm(h, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])
