"""Splits the heads by reshaping to (d_head, n_heads): head h gets every n_heads-th column, not a
contiguous block."""

import numpy as np

CAUGHT_BY = ["multi_head_attention_matches_the_reference"]


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads):
    x = np.asarray(x, dtype=np.float64)
    d_model = x.shape[-1]
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError(f"n_heads={n_heads} does not divide d_model={d_model}")
    d_head = d_model // n_heads

    def split(a):
        return np.moveaxis(a.reshape(*a.shape[:-1], d_head, n_heads), -1, -3)

    heads = attention(split(x @ w_q), split(x @ w_k), split(x @ w_v), causal=True)
    return np.moveaxis(heads, -3, -1).reshape(x.shape) @ w_o
