"""Correct, written as plain loops: one query position at a time, one head at a time.

Each row's softmax runs over the visible slice only (positions 0..i), so the mask never appears as a
matrix; the future keeps weight 0.0 because it is never filled in.
"""

import math

import numpy as np


def causal_mask(T):
    if T < 1:
        raise ValueError(f"T must be >= 1, got {T}")
    mask = np.zeros((T, T), dtype=bool)
    for i in range(T):
        for j in range(i + 1):
            mask[i, j] = True
    return mask


def _softmax(scores):
    e = np.exp(scores - np.max(scores))
    return e / np.sum(e)


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    T, d_k = q.shape[-2:]
    weights = np.zeros(q.shape[:-2] + (T, T))
    for index in np.ndindex(*q.shape[:-2]):
        for i in range(T):
            seen = i + 1 if causal else T
            scores = np.array([np.dot(q[index][i], k[index][j]) for j in range(seen)]) / math.sqrt(d_k)
            weights[index][i, :seen] = _softmax(scores)
    return weights


def attention(q, k, v, causal=True):
    w = attention_weights(q, k, causal)
    v = np.asarray(v, dtype=np.float64)
    out = np.zeros(v.shape)
    for index in np.ndindex(*v.shape[:-2]):
        for i in range(v.shape[-2]):
            for j in range(v.shape[-2]):
                out[index][i] += w[index][i, j] * v[index][j]
    return out


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads):
    x = np.asarray(x, dtype=np.float64)
    d_model = x.shape[-1]
    if not isinstance(n_heads, int) or n_heads <= 0 or d_model % n_heads:
        raise ValueError(f"n_heads={n_heads} must be a positive divisor of d_model={d_model}")
    d_head = d_model // n_heads
    q, k, v = x @ w_q, x @ w_k, x @ w_v
    heads = []
    for h in range(n_heads):
        columns = slice(h * d_head, (h + 1) * d_head)
        heads.append(attention(q[..., columns], k[..., columns], v[..., columns], causal=True))
    return np.concatenate(heads, axis=-1) @ w_o
