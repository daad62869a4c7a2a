"""Correct, written with np.einsum, a mask filled in by boolean indexing, and a log-sum-exp softmax.

The heads are split with one reshape and never transposed: einsum labels the head axis instead.
"""

import numpy as np


def causal_mask(T):
    if T <= 0:
        raise ValueError("causal_mask needs T >= 1")
    positions = np.arange(T)
    return positions[None, :] <= positions[:, None]  # [i, j]: j <= i


def _scores(q, k):
    return np.einsum("...id,...jd->...ij", q, k) / np.sqrt(q.shape[-1])


def _softmax_rows(scores):
    top = scores.max(axis=-1, keepdims=True)
    log_norm = top + np.log(np.exp(scores - top).sum(axis=-1, keepdims=True))
    return np.exp(scores - log_norm)  # exp(-inf - finite) is exactly 0.0


def attention_weights(q, k, causal=True):
    scores = _scores(np.asarray(q, dtype=np.float64), np.asarray(k, dtype=np.float64))
    if causal:
        scores[..., ~causal_mask(scores.shape[-1])] = -np.inf  # `scores` is a fresh array: safe to fill
    return _softmax_rows(scores)


def attention(q, k, v, causal=True):
    return np.einsum("...ij,...jd->...id", attention_weights(q, k, causal), np.asarray(v, dtype=np.float64))


def multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads):
    x = np.asarray(x, dtype=np.float64)
    *lead, T, d_model = x.shape
    if n_heads < 1 or d_model % n_heads:
        raise ValueError(f"cannot split d_model={d_model} into {n_heads} heads")
    d_head = d_model // n_heads
    q, k, v = (np.einsum("...td,de->...te", x, w).reshape(*lead, T, n_heads, d_head) for w in (w_q, w_k, w_v))
    scores = np.einsum("...ihd,...jhd->...hij", q, k) / np.sqrt(d_head)
    scores = np.where(causal_mask(T), scores, -np.inf)
    heads = np.einsum("...hij,...jhd->...ihd", _softmax_rows(scores), v)
    return np.einsum("...te,ef->...tf", heads.reshape(*lead, T, d_model), w_o)
