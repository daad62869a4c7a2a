"""Correct, written the way torch.optim.AdamW computes it: decay first, lerp for m, and the bias
corrections folded into the step size and the denominator; the norm by np.linalg.norm of one long vector."""

import math

import numpy as np


def adamw_step(params, grads, state, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01):
    beta1, beta2 = betas
    step = int(state["step"]) + 1 if state else 1
    new_params, exp_avg, exp_avg_sq = {}, {}, {}
    for name in params:
        p = np.array(params[name], dtype=np.float64)
        g = np.asarray(grads[name], dtype=np.float64)
        m = state["m"][name].copy() if state else np.zeros_like(p)
        v = state["v"][name].copy() if state else np.zeros_like(p)
        p = p - lr * weight_decay * p
        m = m + (g - m) * (1 - beta1)
        v = v * beta2 + (1 - beta2) * g * g
        bias_correction1 = 1 - beta1**step
        bias_correction2 = 1 - beta2**step
        step_size = lr / bias_correction1
        denom = np.sqrt(v) / math.sqrt(bias_correction2) + eps
        new_params[name] = p - step_size * (m / denom)
        exp_avg[name], exp_avg_sq[name] = m, v
    return new_params, {"step": step, "m": exp_avg, "v": exp_avg_sq}


def clip_grad_norm(grads, max_norm):
    if not max_norm > 0:
        raise ValueError(f"max_norm must be positive, got {max_norm}")
    flat = np.concatenate([np.ravel(g) for g in grads.values()]) if grads else np.zeros(0)
    total = float(np.linalg.norm(flat))
    if total <= max_norm:
        return {k: np.array(g, copy=True) for k, g in grads.items()}, total
    coef = max_norm / total
    return {k: g * coef for k, g in grads.items()}, total
