"""Sums the hidden bias gradient over the wrong axis (axis=1, the hidden units) instead of over
the batch: the gradient has shape (B,) instead of (h,)."""

import numpy as np

CAUGHT_BY = ["gradients_returns_the_loss_and_one_gradient_per_parameter",
             "gradients_match_finite_differences"]


def gradients(params, contexts, targets):
    B, n_ctx = contexts.shape
    e = params["embedding"][contexts].reshape(B, -1)
    a = np.tanh(e @ params["w_hidden"] + params["b_hidden"])
    logits = a @ params["w_out"] + params["b_out"]
    loss = cross_entropy(logits, targets)
    z = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    d_logits = probs.copy()
    d_logits[np.arange(B), targets] -= 1
    d_logits /= B
    grads = {"w_out": a.T @ d_logits, "b_out": d_logits.sum(axis=0)}
    d_u = (d_logits @ params["w_out"].T) * (1 - a**2)
    grads["w_hidden"] = e.T @ d_u
    grads["b_hidden"] = d_u.sum(axis=1)
    d_e = (d_u @ params["w_hidden"].T).reshape(B, n_ctx, -1)
    grads["embedding"] = np.zeros_like(params["embedding"])
    np.add.at(grads["embedding"], contexts, d_e)
    return loss, grads
