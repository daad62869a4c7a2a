"""Validates n_heads with `assert`, which raises AssertionError (and vanishes under python -O) instead of
ValueError."""

import numpy as np

CAUGHT_BY = ["heads_that_do_not_divide_d_model_raise_value_error"]


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads):
    x = np.asarray(x, dtype=np.float64)
    d_model = x.shape[-1]
    assert n_heads >= 1 and d_model % n_heads == 0, "n_heads must divide d_model"
    d_head = d_model // n_heads

    def split(a):
        return np.swapaxes(a.reshape(*a.shape[:-1], n_heads, d_head), -3, -2)

    heads = attention(split(x @ w_q), split(x @ w_k), split(x @ w_v), causal=True)
    return np.swapaxes(heads, -3, -2).reshape(x.shape) @ w_o
