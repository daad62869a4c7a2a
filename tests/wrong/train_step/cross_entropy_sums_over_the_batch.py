"""Sums the per-example losses instead of averaging them: the loss grows with the batch size
(while the gradients, divided by B, belong to the mean)."""

import numpy as np

CAUGHT_BY = ["cross_entropy_matches_the_reference", "equal_logits_give_log_v"]


def forward(params, contexts):
    B = contexts.shape[0]
    e = params["embedding"][contexts].reshape(B, -1)
    a = np.tanh(e @ params["w_hidden"] + params["b_hidden"])
    return a @ params["w_out"] + params["b_out"]


def cross_entropy(logits, targets):
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(targets)), targets].sum())


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
    grads["b_hidden"] = d_u.sum(axis=0)
    d_e = (d_u @ params["w_hidden"].T).reshape(B, n_ctx, -1)
    grads["embedding"] = np.zeros_like(params["embedding"])
    np.add.at(grads["embedding"], contexts, d_e)
    return loss, grads


def train_step(params, contexts, targets, learning_rate):
    if learning_rate <= 0:
        raise ValueError("learning_rate must be > 0")
    loss, grads = gradients(params, contexts, targets)
    return {k: params[k] - learning_rate * grads[k] for k in params}, loss
