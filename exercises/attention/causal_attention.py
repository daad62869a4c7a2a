"""Causal scaled dot-product attention, and the multi-head wrapper around it.

Every position in a sequence asks a question (its query q), every position offers a label (its key
k) and a content (its value v). Attention scores each query against every key, turns the scores into
weights with a softmax, and returns the weighted average of the values:

    attention(q, k, v) = softmax(q @ k^T / sqrt(d_k)) @ v

A language model that predicts the next token must not peek at it, so position i may only look at
positions j <= i: the causal mask. Multi-head attention runs several smaller attentions side by side
on slices of the model's vectors and mixes their results with one more matrix.

This file leaves out what the chapter adds around attention: positional information (on its own,
attention does not know the order of the positions), biases in the projections, dropout, padding
masks and the key/value cache used during generation.

Chapter: "Attention and positions", sections "Scaled dot-product attention", "The causal mask" and
"Multi-head attention".
Only numpy and the standard library may be imported.
"""

import numpy as np


def causal_mask(T: int) -> np.ndarray:
    """Say which positions each position may look at: mask[i, j] is True when j <= i.

    T: the sequence length, an int >= 1; T < 1 raises ValueError.
    Returns a new boolean array of shape (T, T): the lower triangle, diagonal included, is True
    (position i sees itself and everything before it); the part above the diagonal is False (the
    future, j > i, stays hidden).

    >>> causal_mask(3)
    array([[ True, False, False],
           [ True,  True, False],
           [ True,  True,  True]])

    Chapter: "Attention and positions", section "The causal mask".
    """
    raise NotImplementedError("causal_mask: write it, then run `llm-course grade causal_attention`")


def attention_weights(q: np.ndarray, k: np.ndarray, causal: bool = True) -> np.ndarray:
    """How much each position (a row) attends to each position (a column): softmax(q @ k^T / sqrt(d_k)).

    q, k: float arrays of the same shape (..., T, d_k), with T >= 1 and d_k >= 1; the leading
        dimensions `...` (none, or batch and head axes) are independent problems. Not modified.
    causal: when True, position i may only attend to positions j <= i (see `causal_mask`).
    Returns a new float64 array of shape (..., T, T). Row i holds the weights of query i over the
    keys j = 0..T-1:
        scores[..., i, j] = (q[..., i, :] . k[..., j, :]) / sqrt(d_k)
        weights[..., i, :] = softmax of scores[..., i, :] over j (the last axis)
    When causal, the masked weights (j > i) are exactly 0.0 and the softmax is taken over the
    visible positions only, so each row still sums to 1. When not causal, every position is visible.

    Write the softmax here yourself. It must not overflow for large scores (q and k entries of 100
    give scores of tens of thousands): subtract each row's largest visible score before np.exp.

    >>> q = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> k = np.array([[1.0, 0.0], [1.0, 1.0]])
    >>> attention_weights(q, k, causal=False).round(4)  # scores / sqrt(2): [[0.71, 0.71], [0, 0.71]]
    array([[0.5   , 0.5   ],
           [0.3302, 0.6698]])
    >>> attention_weights(q, k).round(4)  # causal: position 0 sees only itself
    array([[1.    , 0.    ],
           [0.3302, 0.6698]])

    Chapter: "Attention and positions", sections "Scaled dot-product attention" and "The causal mask".
    """
    raise NotImplementedError("attention_weights: write it, then run `llm-course grade causal_attention`")


def attention(q: np.ndarray, k: np.ndarray, v: np.ndarray, causal: bool = True) -> np.ndarray:
    """Scaled dot-product attention: each position's output is a weighted average of the value rows.

    q, k: float arrays of shape (..., T, d_k), as in `attention_weights`.
    v: float array of shape (..., T, d_v) with the same leading dimensions and T; d_v >= 1 may
        differ from d_k. None of the inputs is modified.
    causal: when True, the output at position i depends only on positions 0..i of q, k and v.
    Returns a new float64 array of shape (..., T, d_v): attention_weights(q, k, causal) @ v.
    With causal=True, output row 0 is exactly v[..., 0, :]: position 0 can see only itself.

    >>> q = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> k = np.array([[1.0, 0.0], [1.0, 1.0]])
    >>> v = np.array([[10.0], [20.0]])
    >>> attention(q, k, v).round(4)  # row 1: 0.3302 * 10 + 0.6698 * 20
    array([[10.    ],
           [16.6976]])

    Chapter: "Attention and positions", section "Scaled dot-product attention".
    """
    raise NotImplementedError("attention: write it, then run `llm-course grade causal_attention`")


def multi_head_attention(x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray,
                         w_o: np.ndarray, n_heads: int) -> np.ndarray:
    """Causal multi-head self-attention: n_heads attentions side by side, concatenated, then mixed by w_o.

    x: float array of shape (..., T, d_model), one vector per position (T >= 1). Not modified.
    w_q, w_k, w_v, w_o: float arrays of shape (d_model, d_model). Not modified.
    n_heads: the number of heads, an int >= 1 that divides d_model; d_model % n_heads != 0 or
        n_heads < 1 raises ValueError.
    Returns a new float64 array of shape (..., T, d_model), computed as:
    1. q = x @ w_q, k = x @ w_k, v = x @ w_v, each (..., T, d_model).
    2. Split the last axis into n_heads heads of d_head = d_model // n_heads columns each: head h
       takes columns h*d_head to (h+1)*d_head (contiguous blocks, not every n_heads-th column).
    3. Run causal `attention` on each head's q, k and v; the scale is sqrt(d_head), not sqrt(d_model).
    4. Concatenate the heads' outputs back along the last axis, head 0 first: (..., T, d_model).
    5. Multiply by w_o.
    With n_heads=1 this is attention(x @ w_q, x @ w_k, x @ w_v) @ w_o.

    >>> x = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> eye = np.eye(2)
    >>> multi_head_attention(x, eye, eye, eye, eye, n_heads=2).round(4)  # head 1, row 1: weights (0.27, 0.73)
    array([[1.    , 0.    ],
           [0.5   , 0.7311]])

    Chapter: "Attention and positions", section "Multi-head attention".
    """
    raise NotImplementedError("multi_head_attention: write it, then run `llm-course grade causal_attention`")
