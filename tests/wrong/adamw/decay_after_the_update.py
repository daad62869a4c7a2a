"""Decays the already-updated weight, (p - lr * update) * (1 - lr * wd), so the decay also shrinks the update."""

import numpy as np

CAUGHT_BY = ["weight_decay_is_decoupled_from_the_gradient", "several_steps_match_the_reference"]


def adamw_step(params, grads, state, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01):
    b1, b2 = betas
    t = state.get("step", 0) + 1
    m_old, v_old = state.get("m", {}), state.get("v", {})
    new_params, m, v = {}, {}, {}
    for name, p in params.items():
        g = grads[name]
        m[name] = b1 * m_old.get(name, 0.0) + (1 - b1) * g
        v[name] = b2 * v_old.get(name, 0.0) + (1 - b2) * g**2
        m_hat, v_hat = m[name] / (1 - b1**t), v[name] / (1 - b2**t)
        new_params[name] = (p - lr * m_hat / (np.sqrt(v_hat) + eps)) * (1 - lr * weight_decay)
    return new_params, {"step": t, "m": m, "v": v}
