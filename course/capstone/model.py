"""The capstone's tiny GPT in numpy: forward pass and a hand-written backward pass.

The learner's exercises build every forward piece (attention, layer norm, the MLP, the block, the
whole forward pass) and the loss gradient. Training a transformer also needs the gradient of every
piece, which the course only works through for the MLP model of the training chapter; this module
supplies it, so the capstone can train the architecture the learner built. It is course code, not
an exercise, and `tests/test_capstone_model.py` checks every gradient against finite differences.

Parameters live in one flat dict of float64 arrays (flat, so an optimiser can walk it):

    "wte" (V, d)            token embeddings, also the unembedding (tied: logits = h @ wte.T)
    "wpe" (n_ctx, d)        learned position embeddings
    "h{i}.ln1_g", "h{i}.ln1_b" (d,)             layer norm before attention, block i
    "h{i}.w_q", "h{i}.w_k", "h{i}.w_v", "h{i}.w_o" (d, d)   attention projections (no biases)
    "h{i}.ln2_g", "h{i}.ln2_b" (d,)             layer norm before the MLP
    "h{i}.w1" (d, 4d), "h{i}.b1" (4d,), "h{i}.w2" (4d, d), "h{i}.b2" (d,)   the MLP
    "lnf_g", "lnf_b" (d,)   the final layer norm

A block is pre-LN, as in GPT-2: h = x + attn(ln1(x)); out = h + mlp(ln2(h)).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

EPS = 1e-5
GELU_C = math.sqrt(2.0 / math.pi)


@dataclass(frozen=True)
class Config:
    vocab_size: int
    n_ctx: int
    d_model: int = 64
    n_layers: int = 2
    n_heads: int = 4


def init_params(config: Config, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """GPT-2's initialisation: normal(0, 0.02) weights, residual projections scaled by 1/sqrt(2 n_layers)."""
    d, std = config.d_model, 0.02
    residual_std = std / math.sqrt(2 * config.n_layers)
    params = {"wte": rng.normal(0, std, (config.vocab_size, d)), "wpe": rng.normal(0, std, (config.n_ctx, d))}
    for i in range(config.n_layers):
        p = f"h{i}."
        params |= {p + "ln1_g": np.ones(d), p + "ln1_b": np.zeros(d),
                   p + "w_q": rng.normal(0, std, (d, d)), p + "w_k": rng.normal(0, std, (d, d)),
                   p + "w_v": rng.normal(0, std, (d, d)), p + "w_o": rng.normal(0, residual_std, (d, d)),
                   p + "ln2_g": np.ones(d), p + "ln2_b": np.zeros(d),
                   p + "w1": rng.normal(0, std, (d, 4 * d)), p + "b1": np.zeros(4 * d),
                   p + "w2": rng.normal(0, residual_std, (4 * d, d)), p + "b2": np.zeros(d)}
    return params | {"lnf_g": np.ones(d), "lnf_b": np.zeros(d)}


def n_layers_of(params: dict[str, np.ndarray]) -> int:
    return sum(1 for key in params if key.endswith(".w_q"))


# --- the pieces: each forward returns (output, what its backward needs) -------------------------

def layer_norm(x, g, b):
    mean = x.mean(axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + EPS)
    x_hat = (x - mean) * inv_std
    return x_hat * g + b, (x_hat, inv_std, g)


def layer_norm_backward(dy, saved):
    x_hat, inv_std, g = saved
    dx_hat = dy * g
    n = x_hat.shape[-1]
    dx = inv_std / n * (n * dx_hat - dx_hat.sum(axis=-1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=-1, keepdims=True))
    return dx, _sum_to_last(dy * x_hat), _sum_to_last(dy)


def gelu(x):
    # x * (1 + c x^2) rather than x + c x**3: numpy computes x**3 with the general power function,
    # which made this line alone take 40% of a training step (see docs/contributing/benchmarks.md).
    t = np.tanh(GELU_C * x * (1.0 + 0.044715 * x * x))
    return 0.5 * x * (1.0 + t), (x, t)


def gelu_backward(dy, saved):
    x, t = saved
    return dy * (0.5 * (1.0 + t) + 0.5 * x * (1.0 - t**2) * GELU_C * (1.0 + 3 * 0.044715 * x**2))


def attention(x, w_q, w_k, w_v, w_o, n_heads):
    """Causal multi-head self-attention on x (B, T, d): heads are contiguous column blocks."""
    B, T, d = x.shape
    split = lambda m: m.reshape(B, T, n_heads, d // n_heads).transpose(0, 2, 1, 3)  # (B, H, T, dh)
    q, k, v = split(x @ w_q), split(x @ w_k), split(x @ w_v)
    scale = 1.0 / math.sqrt(d // n_heads)
    scores = (q @ k.transpose(0, 1, 3, 2)) * scale
    scores = np.where(np.tril(np.ones((T, T), dtype=bool)), scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = (weights @ v).transpose(0, 2, 1, 3).reshape(B, T, d)
    return heads @ w_o, (x, q, k, v, weights, heads, scale, w_q, w_k, w_v, w_o)


def attention_backward(dy, saved):
    x, q, k, v, weights, heads, scale, w_q, w_k, w_v, w_o = saved
    B, H, T, dh = q.shape
    merge = lambda m: m.transpose(0, 2, 1, 3).reshape(B, T, H * dh)
    dw_o = _matmul_sum(heads, dy)
    d_heads = (dy @ w_o.T).reshape(B, T, H, dh).transpose(0, 2, 1, 3)
    d_weights = d_heads @ v.transpose(0, 1, 3, 2)
    dv = weights.transpose(0, 1, 3, 2) @ d_heads
    d_scores = weights * (d_weights - (d_weights * weights).sum(axis=-1, keepdims=True)) * scale
    dq, dk = d_scores @ k, d_scores.transpose(0, 1, 3, 2) @ q
    dq, dk, dv = merge(dq), merge(dk), merge(dv)
    dx = dq @ w_q.T + dk @ w_k.T + dv @ w_v.T
    return dx, _matmul_sum(x, dq), _matmul_sum(x, dk), _matmul_sum(x, dv), dw_o


def _matmul_sum(a, b):
    """sum over batch and time of a[..., :, None] * b[..., None, :]: the gradient of a weight matrix."""
    return a.reshape(-1, a.shape[-1]).T @ b.reshape(-1, b.shape[-1])


def _sum_to_last(a):
    return a.reshape(-1, a.shape[-1]).sum(axis=0)


# --- the whole model -------------------------------------------------------------------------------

def forward(params: dict[str, np.ndarray], ids: np.ndarray, n_heads: int) -> tuple[np.ndarray, list]:
    """Logits (B, T, V) for a batch of id sequences (B, T), and the tape for `backward`."""
    ids = np.asarray(ids)
    T = ids.shape[-1]
    if T > params["wpe"].shape[0]:
        raise ValueError(f"sequence of {T} tokens is longer than the context ({params['wpe'].shape[0]})")
    x = params["wte"][ids] + params["wpe"][:T]
    tape = []
    for i in range(n_layers_of(params)):
        p = f"h{i}."
        a_in, ln1 = layer_norm(x, params[p + "ln1_g"], params[p + "ln1_b"])
        a_out, att = attention(a_in, params[p + "w_q"], params[p + "w_k"], params[p + "w_v"],
                               params[p + "w_o"], n_heads)
        x = x + a_out
        m_in, ln2 = layer_norm(x, params[p + "ln2_g"], params[p + "ln2_b"])
        hidden = m_in @ params[p + "w1"] + params[p + "b1"]
        activated, gl = gelu(hidden)
        x = x + activated @ params[p + "w2"] + params[p + "b2"]
        tape.append((ln1, att, ln2, m_in, gl, activated))
    final, lnf = layer_norm(x, params["lnf_g"], params["lnf_b"])
    return final @ params["wte"].T, [ids, tape, lnf, final]


def backward(params: dict[str, np.ndarray], tape: list, d_logits: np.ndarray) -> dict[str, np.ndarray]:
    """The gradient of the loss with respect to every parameter, given d loss / d logits."""
    ids, layers, lnf, final = tape
    grads = {key: np.zeros_like(value) for key, value in params.items()}
    grads["wte"] += _matmul_sum(d_logits, final)  # the unembedding's share of the tied matrix
    dx, grads["lnf_g"], grads["lnf_b"] = layer_norm_backward(d_logits @ params["wte"], lnf)
    for i in reversed(range(len(layers))):
        p = f"h{i}."
        ln1, att, ln2, m_in, gl, activated = layers[i]
        grads[p + "w2"], grads[p + "b2"] = _matmul_sum(activated, dx), _sum_to_last(dx)
        d_hidden = gelu_backward(dx @ params[p + "w2"].T, gl)
        grads[p + "w1"], grads[p + "b1"] = _matmul_sum(m_in, d_hidden), _sum_to_last(d_hidden)
        d_m_in, grads[p + "ln2_g"], grads[p + "ln2_b"] = layer_norm_backward(d_hidden @ params[p + "w1"].T, ln2)
        dx = dx + d_m_in
        d_a_in, grads[p + "w_q"], grads[p + "w_k"], grads[p + "w_v"], grads[p + "w_o"] = attention_backward(dx, att)
        d_x_in, grads[p + "ln1_g"], grads[p + "ln1_b"] = layer_norm_backward(d_a_in, ln1)
        dx = dx + d_x_in
    grads["wpe"][: ids.shape[-1]] += dx.reshape(-1, ids.shape[-1], dx.shape[-1]).sum(axis=0)
    np.add.at(grads["wte"], ids.reshape(-1), dx.reshape(-1, dx.shape[-1]))
    return grads


def cross_entropy(logits: np.ndarray, targets: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean next-token loss over all positions, and its gradient with respect to the logits."""
    flat = logits.reshape(-1, logits.shape[-1])
    shifted = flat - flat.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    rows = np.arange(flat.shape[0])
    loss = -log_probs[rows, targets.reshape(-1)].mean()
    d_flat = np.exp(log_probs)
    d_flat[rows, targets.reshape(-1)] -= 1.0
    return float(loss), (d_flat / flat.shape[0]).reshape(logits.shape)


def adamw(params: dict[str, np.ndarray], grads: dict[str, np.ndarray], state: dict, lr: float,
          betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
          weight_decay: float = 0.01) -> tuple[dict[str, np.ndarray], dict]:
    """One AdamW step (PyTorch's rule: decoupled weight decay, bias-corrected moments); nothing mutated."""
    step = state.get("step", 0) + 1
    m = {k: betas[0] * state.get("m", {}).get(k, 0.0) + (1 - betas[0]) * g for k, g in grads.items()}
    v = {k: betas[1] * state.get("v", {}).get(k, 0.0) + (1 - betas[1]) * g**2 for k, g in grads.items()}
    new = {k: p * (1 - lr * weight_decay) - lr * (m[k] / (1 - betas[0] ** step))
           / (np.sqrt(v[k] / (1 - betas[1] ** step)) + eps) for k, p in params.items()}
    return new, {"step": step, "m": m, "v": v}
