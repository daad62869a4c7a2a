"""One Transformer block, GPT-2 style: two residual updates, each reading a LayerNorm of the stream.

    h   = x + attention(ln1(x))    # positions exchange information
    out = h + mlp(ln2(h))          # each position is processed on its own

This is "pre-LN": the LayerNorm sits before each sub-layer, inside the residual branch, so the stream
x itself is only ever added to, never replaced. Blocks keep the shape (T, d_model), which is why
GPT-2 small can stack 12 of them and GPT-3 96.

The parts come finished, outside the solution markers: `layer_norm`, `gelu` and `mlp` from the
earlier exercises of this chapter, and the causal `multi_head_attention` of the attention chapter,
adapted to read its weights from the block's parameter dict and to add GPT-2's biases (with zero
biases it is exactly the attention chapter's function). You write the block.

The parameters of one block, a dict of float arrays (d = d_model, h = the MLP width, usually 4d):

    key                      shape     what it is
    ln1_g, ln1_b             (d,)      scale and shift of the LayerNorm before attention
    w_q, w_k, w_v, w_o       (d, d)    attention: query, key, value and output projections
    b_q, b_k, b_v, b_o       (d,)      their biases
    ln2_g, ln2_b             (d,)      scale and shift of the LayerNorm before the MLP
    w1, b1                   (d, h), (h,)   MLP up-projection
    w2, b2                   (h, d), (d,)   MLP down-projection

With h = 4d that is 12d^2 + 13d numbers, the count of the chapter's table.

Chapter: "The Transformer block and counting parameters", sections "The residual stream",
"LayerNorm", "The MLP (feed-forward) layer" and "One block, then many".
Only numpy and the standard library may be imported.
"""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """LayerNorm over the last axis (finished: the layer_norm exercise)."""
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(x.var(axis=-1, keepdims=True) + eps) + beta


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation (finished: the gelu_mlp exercise)."""
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**3)))


def mlp(x: np.ndarray, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """gelu(x @ w1 + b1) @ w2 + b2 (finished: the gelu_mlp exercise)."""
    return gelu(np.asarray(x, dtype=np.float64) @ w1 + b1) @ w2 + b2


def multi_head_attention(x: np.ndarray, p: dict, n_heads: int) -> np.ndarray:
    """Causal multi-head self-attention with biases, weights read from p (finished: the attention chapter).

    x: (T, d_model). p: the block's dict; this reads w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o.
    n_heads must divide d_model (else ValueError). Returns (T, d_model):
    q = x @ w_q + b_q (and k, v alike), split into n_heads contiguous column blocks, causal
    softmax(q k^T / sqrt(d_head)) v per head, heads concatenated, then @ w_o + b_o.
    """
    x = np.asarray(x, dtype=np.float64)
    T, d_model = x.shape
    if n_heads < 1 or d_model % n_heads != 0:
        raise ValueError(f"n_heads must be a positive divisor of d_model={d_model}, got {n_heads}")
    d_head = d_model // n_heads

    def heads(w: str, b: str) -> np.ndarray:  # (T, d_model) -> (n_heads, T, d_head)
        return (x @ p[w] + p[b]).reshape(T, n_heads, d_head).transpose(1, 0, 2)

    q, k, v = heads("w_q", "b_q"), heads("w_k", "b_k"), heads("w_v", "b_v")
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(d_head)  # (n_heads, T, T)
    scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)  # position i sees j <= i
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    out = (weights @ v).transpose(1, 0, 2).reshape(T, d_model)  # heads side by side again
    return out @ p["w_o"] + p["b_o"]


def transformer_block(x: np.ndarray, params: dict, n_heads: int) -> np.ndarray:
    """One pre-LN Transformer block: h = x + attention(ln1(x)), then out = h + mlp(ln2(h)).

    x: float array of shape (T, d_model), T >= 1: the residual stream, one vector per position.
        Not modified.
    params: the block's weights, a dict with the keys and shapes listed at the top of this file.
        Not modified.
    n_heads: the number of attention heads; it must divide d_model (else ValueError, raised by
        multi_head_attention).
    Returns a new float64 array of shape (T, d_model):
        h   = x + multi_head_attention(layer_norm(x, ln1_g, ln1_b), params, n_heads)
        out = h + mlp(layer_norm(h, ln2_g, ln2_b), w1, b1, w2, b2)
    The MLP reads h, the stream *after* the attention update, not x. Consequences:
    - with w_o, b_o, w2 and b2 all zero, both sub-layers add zeros and the block returns x;
    - the block is causal: out[t] depends only on x[0], ..., x[t].

    >>> d = 2
    >>> p = {"ln1_g": np.ones(d), "ln1_b": np.zeros(d), "ln2_g": np.ones(d), "ln2_b": np.zeros(d),
    ...      "w_q": np.eye(d), "w_k": np.eye(d), "w_v": np.eye(d), "w_o": np.eye(d),
    ...      "b_q": np.zeros(d), "b_k": np.zeros(d), "b_v": np.zeros(d), "b_o": np.zeros(d),
    ...      "w1": np.eye(d, 4 * d), "b1": np.zeros(4 * d), "w2": np.eye(4 * d, d), "b2": np.zeros(d)}
    >>> x = np.array([[1.0, 2.0], [3.0, 1.0]])
    >>> transformer_block(x, p, n_heads=1).round(4)  # row 0: h = [1, 2] + [-1, 1], + gelu([-1, 1])
    array([[-0.1588,  3.8412],
           [ 4.7296, -0.0472]])

    Chapter: "The Transformer block and counting parameters", sections "The residual stream" and
    "One block, then many".
    """
    ### BEGIN SOLUTION
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = x + multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)  # (T, d)
    return h + mlp(layer_norm(h, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])  # (T, d)
    ### END SOLUTION
