"""A KV cache: generating token by token without recomputing the past, and what it costs in memory.

Causal attention never lets an earlier token look at a later one, so the key and value of a token
stay the same once computed. A generation step therefore only computes the new token's query, key
and value, appends the key and value to the cache, and attends over everything cached. The outputs
are exactly those of causal attention over the whole sequence at once; the price is memory, which
grows with every token, every layer and every sequence served at the same time.

The cache here is a plain dict {"k": (t, d_k), "v": (t, d_v)} of the t tokens seen so far, and the
functions return new caches instead of changing the one they are given.

Chapter: "The context window", section "The KV cache".
Only numpy and the standard library may be imported.
"""

import numpy as np


def empty_cache(d_k: int, d_v: int) -> dict[str, np.ndarray]:
    """A cache holding no token yet: keys of shape (0, d_k) and values of shape (0, d_v), float64.

    >>> {name: array.shape for name, array in empty_cache(4, 3).items()}
    {'k': (0, 4), 'v': (0, 3)}
    """
    ### BEGIN SOLUTION
    return {"k": np.zeros((0, d_k)), "v": np.zeros((0, d_v))}
    ### END SOLUTION


def decode_step(x_t: np.ndarray, cache: dict[str, np.ndarray], w_q: np.ndarray, w_k: np.ndarray,
                w_v: np.ndarray) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Attention output for one new token, and the cache with that token added.

    x_t: the new token's vector, shape (d,).
    cache: {"k": (t, d_k), "v": (t, d_v)} for the t earlier tokens (t may be 0). Not modified.
    w_q, w_k: (d, d_k); w_v: (d, d_v). One head, no biases.
    Returns (out, new_cache):
        q = x_t @ w_q, k = x_t @ w_k, v = x_t @ w_v
        new_cache = {"k": the old keys with k as a new last row, "v": likewise with v}   (t + 1 rows)
        out = softmax(new_cache["k"] @ q / sqrt(d_k)) @ new_cache["v"]                  shape (d_v,)
    The new token attends to every cached token and to itself; no mask is needed, since the cache
    holds only the past. The old rows of the new cache equal the old cache's rows.

    >>> eye = np.eye(2)
    >>> out, cache = decode_step(np.array([1.0, 0.0]), empty_cache(2, 2), eye, eye, eye)
    >>> out, cache["k"].shape    # one token attends only to itself
    (array([1., 0.]), (1, 2))
    >>> out, cache = decode_step(np.array([0.0, 1.0]), cache, eye, eye, eye)
    >>> out.round(4), cache["k"].shape   # scores 0 and 1/sqrt(2): weights 0.33, 0.67
    (array([0.3302, 0.6698]), (2, 2))

    Chapter: "The context window", section "The KV cache".
    """
    ### BEGIN SOLUTION
    x_t = np.asarray(x_t, dtype=np.float64)
    q, k, v = x_t @ w_q, x_t @ w_k, x_t @ w_v
    keys = np.vstack([cache["k"], k[None, :]])  # a new array: the caller's cache stays as it was
    values = np.vstack([cache["v"], v[None, :]])
    scores = keys @ q / np.sqrt(len(q))  # (t + 1,)
    weights = np.exp(scores - scores.max())
    weights /= weights.sum()
    return weights @ values, {"k": keys, "v": values}
    ### END SOLUTION


def decode_sequence(x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray) -> np.ndarray:
    """Causal attention over a whole sequence, computed one token at a time with a KV cache.

    x: (T, d) token vectors, T >= 1. w_q, w_k: (d, d_k); w_v: (d, d_v).
    Returns (T, d_v): row t is decode_step's output for x[t], starting from an empty cache. It equals
    softmax(Q K^T / sqrt(d_k) + causal mask) V on the whole sequence, up to rounding.

    >>> eye = np.eye(2)
    >>> decode_sequence(np.array([[1.0, 0.0], [0.0, 1.0]]), eye, eye, eye).round(4)
    array([[1.    , 0.    ],
           [0.3302, 0.6698]])

    Chapter: "The context window", section "The KV cache".
    """
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=np.float64)
    cache = empty_cache(w_k.shape[1], w_v.shape[1])
    outputs = []
    for x_t in x:
        out, cache = decode_step(x_t, cache, w_q, w_k, w_v)
        outputs.append(out)
    return np.array(outputs)
    ### END SOLUTION


def kv_cache_bytes(n_layers: int, d_model: int, seq_len: int, batch: int = 1, bytes_per_value: int = 2,
                   n_heads: int | None = None, n_kv_heads: int | None = None) -> int:
    """Bytes of KV cache for `batch` sequences of `seq_len` tokens.

    Every layer keeps one key and one value vector per token: 2 * n_layers * seq_len * batch vectors
    of width d_model, at bytes_per_value bytes per number (2 in fp16 or bf16). With grouped-query
    attention, several query heads share one key/value head: give n_heads and n_kv_heads, and each
    cached vector is d_model * n_kv_heads / n_heads wide. n_heads must be a multiple of n_kv_heads
    (and divide d_model); giving only one of the two, or any count below 1 (seq_len and batch may be
    0), raises ValueError.

    >>> kv_cache_bytes(96, 12_288, 2_048)          # GPT-3, one 2,048-token sequence, fp16
    9663676416
    >>> kv_cache_bytes(80, 8_192, 4_096, n_heads=64, n_kv_heads=8)   # Llama 2 70B: 8 KV heads
    1342177280

    Chapter: "The context window", section "The KV cache".
    """
    ### BEGIN SOLUTION
    if min(n_layers, d_model, bytes_per_value) < 1 or min(seq_len, batch) < 0:
        raise ValueError("n_layers, d_model and bytes_per_value must be >= 1, seq_len and batch >= 0")
    width = d_model
    if (n_heads is None) != (n_kv_heads is None):
        raise ValueError("give both n_heads and n_kv_heads, or neither")
    if n_heads is not None:
        if n_kv_heads < 1 or n_heads % n_kv_heads or d_model % n_heads:
            raise ValueError(f"n_kv_heads={n_kv_heads} must divide n_heads={n_heads}, which must divide "
                             f"d_model={d_model}")
        width = d_model // n_heads * n_kv_heads  # each KV head is d_model / n_heads wide
    return 2 * n_layers * seq_len * batch * width * bytes_per_value
    ### END SOLUTION
