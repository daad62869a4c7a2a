"""The same contract written differently: np.concatenate for the cache, a list comprehension for the
sequence, and the memory counted per key/value head."""

import numpy as np


def empty_cache(d_k, d_v):
    return {"k": np.empty((0, d_k)), "v": np.empty((0, d_v))}


def decode_step(x_t, cache, w_q, w_k, w_v):
    x_t = np.asarray(x_t, dtype=np.float64)
    keys = np.concatenate([cache["k"], (x_t @ w_k).reshape(1, -1)])
    values = np.concatenate([cache["v"], (x_t @ w_v).reshape(1, -1)])
    scores = keys @ (x_t @ w_q) / np.sqrt(keys.shape[1])
    log_weights = scores - np.log(np.sum(np.exp(scores - scores.max()))) - scores.max()
    return np.exp(log_weights) @ values, {"k": keys, "v": values}


def decode_sequence(x, w_q, w_k, w_v):
    cache, rows = empty_cache(w_k.shape[1], w_v.shape[1]), []
    for x_t in np.asarray(x, dtype=np.float64):
        row, cache = decode_step(x_t, cache, w_q, w_k, w_v)
        rows.append(row)
    return np.stack(rows)


def kv_cache_bytes(n_layers, d_model, seq_len, batch=1, bytes_per_value=2, n_heads=None, n_kv_heads=None):
    if n_layers < 1 or d_model < 1 or bytes_per_value < 1 or seq_len < 0 or batch < 0:
        raise ValueError("sizes must be positive")
    if n_heads is None and n_kv_heads is None:
        n_heads = n_kv_heads = 1
    elif n_heads is None or n_kv_heads is None:
        raise ValueError("give both n_heads and n_kv_heads")
    if n_kv_heads < 1 or n_heads % n_kv_heads != 0 or d_model % n_heads != 0:
        raise ValueError("impossible head counts")
    d_head = d_model // n_heads
    per_token_per_layer = 2 * n_kv_heads * d_head * bytes_per_value
    return per_token_per_layer * n_layers * seq_len * batch
