"""Correct, written differently: every lookup is a product with a one-hot matrix.

The embedding lookup is onehot(contexts) @ embedding, so its gradient is onehot(contexts)^T @ d_e
(einsum), which sums the pieces of repeated tokens by itself. Log-softmax goes through
np.logaddexp.reduce, the backward pass starts from a one-hot target matrix, and the update
uses np.subtract on a sorted copy of the keys.
"""

import numpy as np


def _one_hot(ids, V):
    return (np.asarray(ids)[..., None] == np.arange(V)).astype(np.float64)


def _layers(params, contexts):
    V = params["embedding"].shape[0]
    onehot = _one_hot(contexts, V)                                              # (B, n_ctx, V)
    e = np.einsum("bnv,vd->bnd", onehot, params["embedding"]).reshape(len(contexts), -1)
    a = np.tanh(e @ params["w_hidden"] + params["b_hidden"])
    return onehot, e, a, a @ params["w_out"] + params["b_out"]


def forward(params, contexts):
    return _layers(params, contexts)[3]


def _log_softmax(logits):
    return logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)


def cross_entropy(logits, targets):
    log_p = _log_softmax(np.asarray(logits, dtype=np.float64))
    return float(-np.mean(np.sum(log_p * _one_hot(targets, log_p.shape[1]), axis=1)))


def gradients(params, contexts, targets):
    onehot, e, a, logits = _layers(params, contexts)
    B, n_ctx, V = onehot.shape
    log_p = _log_softmax(logits)
    y = _one_hot(targets, V)
    loss = float(-np.mean(np.sum(log_p * y, axis=1)))
    d_logits = (np.exp(log_p) - y) / B
    d_u = (d_logits @ params["w_out"].T) * (1 - a * a)
    d_e = (d_u @ params["w_hidden"].T).reshape(B, n_ctx, -1)
    return loss, {
        "embedding": np.einsum("bnv,bnd->vd", onehot, d_e),
        "w_hidden": np.einsum("bi,bj->ij", e, d_u),
        "b_hidden": np.ones(B) @ d_u,
        "w_out": np.einsum("bi,bj->ij", a, d_logits),
        "b_out": np.ones(B) @ d_logits,
    }


def train_step(params, contexts, targets, learning_rate):
    if learning_rate <= 0:
        raise ValueError(f"learning_rate must be > 0, not {learning_rate}")
    loss, grads = gradients(params, contexts, targets)
    return {key: np.subtract(params[key], learning_rate * grads[key]) for key in sorted(params)}, loss
