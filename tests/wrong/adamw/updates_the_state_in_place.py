"""Updates m, v and the step inside the state passed in (m *= b1 ...), so the caller's state changes."""

import numpy as np

CAUGHT_BY = ["nothing_passed_in_is_modified"]


def adamw_step(params, grads, state, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01):
    b1, b2 = betas
    if not state:
        state = {"step": 0, "m": {k: np.zeros_like(p) for k, p in params.items()},
                 "v": {k: np.zeros_like(p) for k, p in params.items()}}
    state["step"] += 1
    t = state["step"]
    new_params = {}
    for name, p in params.items():
        g = grads[name]
        state["m"][name] *= b1
        state["m"][name] += (1 - b1) * g
        state["v"][name] *= b2
        state["v"][name] += (1 - b2) * g**2
        m_hat, v_hat = state["m"][name] / (1 - b1**t), state["v"][name] / (1 - b2**t)
        new_params[name] = p * (1 - lr * weight_decay) - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_params, {"step": t, "m": {k: a.copy() for k, a in state["m"].items()},
                        "v": {k: a.copy() for k, a in state["v"].items()}}
