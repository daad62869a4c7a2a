"""Concatenates the heads and returns them without multiplying by w_o."""

import numpy as np

CAUGHT_BY = ["multi_head_attention_matches_the_reference", "one_head_is_attention_followed_by_w_o"]


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads):
    x = np.asarray(x, dtype=np.float64)
    d_model = x.shape[-1]
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError(f"n_heads={n_heads} does not divide d_model={d_model}")
    d_head = d_model // n_heads

    def split(a):
        return np.swapaxes(a.reshape(*a.shape[:-1], n_heads, d_head), -3, -2)

    heads = attention(split(x @ w_q), split(x @ w_k), split(x @ w_v), causal=True)
    return np.swapaxes(heads, -3, -2).reshape(x.shape)
