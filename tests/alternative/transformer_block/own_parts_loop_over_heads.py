"""Correct, written differently: its own LayerNorm and MLP, attention with a loop over heads, and the
residual stream accumulated in a fresh array."""

import numpy as np


def transformer_block(x, params, n_heads):
    p = params
    stream = np.array(x, dtype=np.float64)  # a copy: updating it in place is safe
    T, d = stream.shape
    if n_heads < 1 or d % n_heads:
        raise ValueError("n_heads must divide d_model")

    def norm(v, g, b):
        centred = v - v.mean(axis=1, keepdims=True)
        return centred / np.sqrt((centred**2).mean(axis=1, keepdims=True) + 1e-5) * g + b

    a = norm(stream, p["ln1_g"], p["ln1_b"])
    q, k, v = a @ p["w_q"] + p["b_q"], a @ p["w_k"] + p["b_k"], a @ p["w_v"] + p["b_v"]
    size = d // n_heads
    outs = []
    for head in range(n_heads):
        cols = slice(head * size, (head + 1) * size)
        scores = q[:, cols] @ k[:, cols].T / np.sqrt(size)
        scores[np.triu_indices(T, k=1)] = -np.inf
        w = np.exp(scores - scores.max(axis=1, keepdims=True))
        outs.append((w / w.sum(axis=1, keepdims=True)) @ v[:, cols])
    stream += np.concatenate(outs, axis=1) @ p["w_o"] + p["b_o"]

    m = norm(stream, p["ln2_g"], p["ln2_b"]) @ p["w1"] + p["b1"]
    m = 0.5 * m * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (m + 0.044715 * m**3)))
    stream += m @ p["w2"] + p["b2"]
    return stream
