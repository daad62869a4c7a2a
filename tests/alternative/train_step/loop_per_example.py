"""Correct, written differently: one example at a time, as the chain rule reads on paper.

Each example's forward and backward pass runs on vectors in a Python loop and the gradients are
accumulated (each divided by B); the embedding rows are updated one token at a time, so repeated
tokens add up without np.add.at. The loss uses a per-row logsumexp, and train_step updates a deep
copy in place.
"""

import copy
import math

import numpy as np


def _hidden(params, context):
    e = np.concatenate([params["embedding"][t] for t in context])      # (n_ctx*d,)
    return e, np.tanh(e @ params["w_hidden"] + params["b_hidden"])      # (h,)


def forward(params, contexts):
    rows = []
    for context in contexts:
        _, a = _hidden(params, context)
        rows.append(a @ params["w_out"] + params["b_out"])
    return np.array(rows)


def _nll(z, y):
    m = max(z)
    return m + math.log(sum(math.exp(v - m) for v in z)) - z[y]


def cross_entropy(logits, targets):
    return sum(_nll(list(row), int(y)) for row, y in zip(logits, targets)) / len(targets)


def gradients(params, contexts, targets):
    B, d = len(contexts), params["embedding"].shape[1]
    grads = {k: np.zeros_like(v) for k, v in params.items()}
    total = 0.0
    for context, y in zip(contexts, targets):
        e, a = _hidden(params, context)
        z = a @ params["w_out"] + params["b_out"]
        total += _nll(list(z), int(y))
        p = np.exp(z - z.max())
        p /= p.sum()
        dz = p.copy()
        dz[y] -= 1.0
        dz /= B
        grads["w_out"] += np.outer(a, dz)
        grads["b_out"] += dz
        du = (params["w_out"] @ dz) * (1.0 - a * a)
        grads["w_hidden"] += np.outer(e, du)
        grads["b_hidden"] += du
        de = params["w_hidden"] @ du
        for i, token in enumerate(context):
            grads["embedding"][token] += de[i * d:(i + 1) * d]
    return total / B, grads


def train_step(params, contexts, targets, learning_rate):
    if not learning_rate > 0:
        raise ValueError("learning_rate must be positive")
    loss, grads = gradients(params, contexts, targets)
    new_params = copy.deepcopy(params)
    for key in new_params:
        new_params[key] -= learning_rate * grads[key]
    return new_params, loss
