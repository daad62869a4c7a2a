"""Transposes before flattening the looked-up embeddings: the row [t0, t1] becomes
[E[t0,0], E[t1,0], E[t0,1], E[t1,1]] instead of keeping each token's d numbers together."""

import numpy as np

CAUGHT_BY = ["forward_matches_the_reference", "gradients_match_finite_differences"]


def forward(params, contexts):
    B = contexts.shape[0]
    e = params["embedding"][contexts].transpose(0, 2, 1).reshape(B, -1)
    a = np.tanh(e @ params["w_hidden"] + params["b_hidden"])
    return a @ params["w_out"] + params["b_out"]


def gradients(params, contexts, targets):
    B, n_ctx = contexts.shape
    e = params["embedding"][contexts].transpose(0, 2, 1).reshape(B, -1)
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
    d_e = (d_u @ params["w_hidden"].T).reshape(B, -1, n_ctx).transpose(0, 2, 1)
    grads["embedding"] = np.zeros_like(params["embedding"])
    np.add.at(grads["embedding"], contexts, d_e)
    return loss, grads
