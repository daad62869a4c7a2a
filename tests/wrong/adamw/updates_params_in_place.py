"""Updates the weights with -=, changing the caller's params arrays (and returning the same arrays)."""

import numpy as np

CAUGHT_BY = ["nothing_passed_in_is_modified"]


def adamw_step(params, grads, state, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01):
    b1, b2 = betas
    t = state.get("step", 0) + 1
    m_old, v_old = state.get("m", {}), state.get("v", {})
    m, v = {}, {}
    for name, p in params.items():
        g = grads[name]
        m[name] = b1 * m_old.get(name, 0.0) + (1 - b1) * g
        v[name] = b2 * v_old.get(name, 0.0) + (1 - b2) * g**2
        m_hat, v_hat = m[name] / (1 - b1**t), v[name] / (1 - b2**t)
        p *= 1 - lr * weight_decay
        p -= lr * m_hat / (np.sqrt(v_hat) + eps)
    return dict(params), {"step": t, "m": m, "v": v}
