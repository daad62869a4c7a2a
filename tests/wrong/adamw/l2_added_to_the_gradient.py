"""Adam with L2 regularisation instead of AdamW: adds wd * p to the gradient, so the decay is divided
by sqrt(v_hat) and goes into m and v."""

import numpy as np

CAUGHT_BY = ["weight_decay_is_decoupled_from_the_gradient", "a_zero_gradient_only_decays_the_weights"]


def adamw_step(params, grads, state, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01):
    b1, b2 = betas
    t = state.get("step", 0) + 1
    m_old, v_old = state.get("m", {}), state.get("v", {})
    new_params, m, v = {}, {}, {}
    for name, p in params.items():
        g = grads[name] + weight_decay * p
        m[name] = b1 * m_old.get(name, 0.0) + (1 - b1) * g
        v[name] = b2 * v_old.get(name, 0.0) + (1 - b2) * g**2
        m_hat, v_hat = m[name] / (1 - b1**t), v[name] / (1 - b2**t)
        new_params[name] = p - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_params, {"step": t, "m": m, "v": v}
