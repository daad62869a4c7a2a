"""A whole GPT forward pass: token ids in, one row of next-token logits per position out.

    ids -> token embedding + position embedding    (T, d)
        -> block 1, block 2, ..., block L          (T, d), each x + attn(ln1(x)), then + mlp(ln2(.))
        -> final LayerNorm                         (T, d)
        -> unembedding, tied to the embedding      (T, V): logits = h @ wte.T

Row t of the logits scores every vocabulary entry as the token that comes after ids[0..t]. The
blocks are causal, so row t depends on ids[0..t] only: one forward pass over a text gives the
predictions for all of its prefixes at once, which is what makes training on whole sequences cheap.

Everything up to the blocks comes finished, outside the solution markers: `layer_norm`, `gelu`,
`mlp`, causal `multi_head_attention` and `transformer_block` (as in the transformer_block exercise).
You write `gpt_forward`.

The model's parameters, a dict (d = d_model, V = vocabulary size, n_ctx = context length):

    key               shape                 what it is
    wte               (V, d)                token embedding; also the (tied) unembedding
    wpe               (n_ctx, d)            learned position embedding, one row per position
    blocks            list of L dicts       each block's weights, keys as in transformer_block
    lnf_g, lnf_b      (d,)                  the final LayerNorm's scale and shift

One block's dict (h = the MLP width, 4d in GPT-2):

    ln1_g, ln1_b             (d,)      scale and shift of the LayerNorm before attention
    w_q, w_k, w_v, w_o       (d, d)    attention: query, key, value and output projections
    b_q, b_k, b_v, b_o       (d,)      their biases
    ln2_g, ln2_b             (d,)      scale and shift of the LayerNorm before the MLP
    w1, b1                   (d, h), (h,)   MLP up-projection
    w2, b2                   (h, d), (d,)   MLP down-projection

Chapter: "The Transformer block and counting parameters", sections "One block, then many" and
"From the last vector to logits: the unembedding".
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
    """One pre-LN block, (T, d) -> (T, d) (finished: the transformer_block exercise)."""
    p = params
    x = np.asarray(x, dtype=np.float64)
    h = x + multi_head_attention(layer_norm(x, p["ln1_g"], p["ln1_b"]), p, n_heads)
    return h + mlp(layer_norm(h, p["ln2_g"], p["ln2_b"]), p["w1"], p["b1"], p["w2"], p["b2"])


def gpt_forward(ids: list[int] | np.ndarray, params: dict, n_heads: int) -> np.ndarray:
    """Run the whole model on a sequence of token ids and return the logits at every position.

    ids: a list or 1-D int array of T token ids, each in range(V) where V = len(params["wte"]).
        1 <= T <= n_ctx = len(params["wpe"]), the context length. T == 0, T > n_ctx or an id outside
        range(V) (a negative one included: numpy would quietly read from the end) raise ValueError.
    params: the model's weights, the dict described at the top of this file. Not modified.
    n_heads: the number of attention heads in every block; it must divide d.
    Returns a new float64 array of shape (T, V):
        x = wte[ids] + wpe[0:T]                      token t gets position row t
        x = transformer_block(x, block, n_heads)     for each block of params["blocks"], in order
        h = layer_norm(x, lnf_g, lnf_b)              the final LayerNorm
        logits = h @ wte.T                           tied unembedding: no separate matrix
    logits[t, i] is the score of token i as the next token after ids[0..t]. Row t depends only on
    ids[0..t], so the logits of a prefix ids[:k] are the first k rows of the logits of ids.

    >>> params = {"wte": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),  # V = 3, d = 2
    ...           "wpe": np.array([[0.0, 0.0], [0.0, 1.0], [0.5, 0.0]]),  # n_ctx = 3
    ...           "blocks": [], "lnf_g": np.ones(2), "lnf_b": np.zeros(2)}
    >>> gpt_forward([0, 1], params, n_heads=1).round(3)  # no blocks: x = [[1, 0], [0, 2]], normalised, @ wte.T
    array([[ 1., -1.,  0.],
           [-1.,  1.,  0.]])
    >>> gpt_forward([2, 2, 0, 1], params, n_heads=1)
    Traceback (most recent call last):
    ...
    ValueError: 4 tokens do not fit in the context length n_ctx=3

    Chapter: "The Transformer block and counting parameters", sections "One block, then many" and
    "From the last vector to logits: the unembedding".
    """
    ### BEGIN SOLUTION
    ids = np.asarray(ids, dtype=np.int64).reshape(-1)
    wte, wpe = np.asarray(params["wte"], dtype=np.float64), np.asarray(params["wpe"], dtype=np.float64)
    T, V, n_ctx = len(ids), len(wte), len(wpe)
    if T == 0:
        raise ValueError("need at least one token")
    if T > n_ctx:
        raise ValueError(f"{T} tokens do not fit in the context length n_ctx={n_ctx}")
    if ids.min() < 0 or ids.max() >= V:
        raise ValueError(f"token ids must be in range({V}), got {ids.tolist()}")
    x = wte[ids] + wpe[:T]  # (T, d): what each token is, plus where it is
    for block in params["blocks"]:
        x = transformer_block(x, block, n_heads)  # (T, d) -> (T, d)
    h = layer_norm(x, params["lnf_g"], params["lnf_b"])
    return h @ wte.T  # (T, d) @ (d, V): one score per vocabulary entry, at every position
    ### END SOLUTION
