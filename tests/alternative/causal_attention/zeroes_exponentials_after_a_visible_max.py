"""Correct, written the other way round: exponentiate, then zero the hidden entries and renormalise.

This is only safe because the maximum subtracted is the maximum over the visible scores; the exp of
a hidden score can then overflow, but np.where discards it before the sum.
"""

import numpy as np


def causal_mask(T):
    if T < 1:
        raise ValueError(f"T must be >= 1, got {T}")
    return np.tri(T, dtype=bool)


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    T = q.shape[-2]
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) * (1.0 / np.sqrt(q.shape[-1]))
    mask = causal_mask(T) if causal else np.ones((T, T), dtype=bool)
    top = np.max(scores, axis=-1, keepdims=True, where=mask, initial=-np.inf)
    with np.errstate(over="ignore"):
        e = np.where(mask, np.exp(scores - top), 0.0)
    return e / np.sum(e, axis=-1, keepdims=True)


def attention(q, k, v, causal=True):
    return np.matmul(attention_weights(q, k, causal), np.asarray(v, dtype=np.float64))


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads):
    x = np.asarray(x, dtype=np.float64)
    d_model = x.shape[-1]
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError("n_heads must divide d_model")
    split = np.split  # equal contiguous blocks, head 0 first
    qs, ks, vs = (split(x @ w, n_heads, axis=-1) for w in (w_q, w_k, w_v))
    heads = [attention(q, k, v) for q, k, v in zip(qs, ks, vs)]
    return np.concatenate(heads, axis=-1) @ w_o
