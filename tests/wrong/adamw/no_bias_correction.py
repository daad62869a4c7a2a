"""Leaves out the bias correction: the first steps use m and v, which start at 0, directly."""

import numpy as np

CAUGHT_BY = ["first_step_matches_the_reference", "first_step_moves_each_weight_by_about_lr",
             "several_steps_match_the_reference"]


def adamw_step(params, grads, state, lr, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01):
    b1, b2 = betas
    t = state.get("step", 0) + 1
    m_old, v_old = state.get("m", {}), state.get("v", {})
    new_params, m, v = {}, {}, {}
    for name, p in params.items():
        g = grads[name]
        m[name] = b1 * m_old.get(name, 0.0) + (1 - b1) * g
        v[name] = b2 * v_old.get(name, 0.0) + (1 - b2) * g**2
        new_params[name] = p * (1 - lr * weight_decay) - lr * m[name] / (np.sqrt(v[name]) + eps)
    return new_params, {"step": t, "m": m, "v": v}
