"""The AdamW optimiser, and clipping the gradient's global norm.

Plain SGD moves every parameter by learning_rate * gradient, so a parameter with small gradients
barely moves and one with huge gradients jumps. Adam keeps, for every parameter, a running average
of its gradient (m, the direction) and of its squared gradient (v, the size), and moves it by
about learning_rate * m / sqrt(v): roughly the same step size for every parameter, in the direction
its gradients agree on. AdamW adds weight decay, a small pull of every weight toward 0, applied
directly to the weights rather than through the gradient. Gradient clipping caps the length of the
whole gradient, so one bad batch cannot throw the model far off.

The state is a plain dict and nothing is modified in place: each call returns new parameters and a
new state, which the caller passes to the next call. The course's capstone trains its tiny GPT with
your adamw_step once it gets full marks.

Chapter: "Training: next-token loss and backpropagation", section "One training step, in numpy",
subsection "Adam and AdamW".
Only numpy and the standard library may be imported.
"""

import numpy as np


def adamw_step(params: dict[str, np.ndarray], grads: dict[str, np.ndarray], state: dict, lr: float,
               betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
               weight_decay: float = 0.01) -> tuple[dict[str, np.ndarray], dict]:
    """One AdamW step, with PyTorch's update rule (torch.optim.AdamW).

    params: name -> float array, the current weights.
    grads: name -> float array, the gradient of the loss for each weight: exactly the keys of params,
        each array of its parameter's shape.
    state: {} before the first step; afterwards the state this function returned last time:
        {"step": t, "m": {name: array}, "v": {name: array}}, t an int, m and v with params' keys
        and shapes.
    lr: the learning rate; betas = (b1, b2), the decay rates of the two running averages; eps: keeps
        the division finite; weight_decay: wd, how strongly each step pulls the weights toward 0.
    Returns (new_params, new_state), both new dicts with params' keys, for every name:
        t     = state's step + 1 (so 1 on the first step; m and v start at 0)
        m     = b1 * m + (1 - b1) * g               the running average of the gradient
        v     = b2 * v + (1 - b2) * g**2            the running average of its square
        m_hat = m / (1 - b1**t),  v_hat = v / (1 - b2**t)     bias correction: m and v start at 0
        new_p = p * (1 - lr * wd) - lr * m_hat / (sqrt(v_hat) + eps)
    new_state = {"step": t, "m": {name: m}, "v": {name: v}}.
    Nothing passed in is modified: not params, not grads, not state or the arrays inside it.

    On the first step m_hat = g and v_hat = g**2, so each weight moves by about lr against the sign
    of its gradient, however large or small the gradient is.

    >>> params, grads = {"w": np.array([1.0, -2.0])}, {"w": np.array([0.5, -0.001])}
    >>> params1, state = adamw_step(params, grads, {}, lr=0.1, weight_decay=0.0)
    >>> params1["w"].round(4)        # each weight moved by lr = 0.1, against its gradient's sign
    array([ 0.9, -1.9])
    >>> state["step"], state["m"]["w"], state["v"]["w"]
    (1, array([ 5.e-02, -1.e-04]), array([2.5e-04, 1.0e-09]))
    >>> params2, state = adamw_step(params1, grads, state, lr=0.1)   # weight_decay 0.01 this time
    >>> params2["w"].round(4)        # 0.9 * (1 - 0.1 * 0.01) - 0.1 = 0.7991
    array([ 0.7991, -1.7981])
    """
    ### BEGIN SOLUTION
    b1, b2 = betas
    t = state.get("step", 0) + 1
    m_old, v_old = state.get("m", {}), state.get("v", {})  # empty before the first step: m = v = 0
    new_params, m, v = {}, {}, {}
    for name, p in params.items():
        g = grads[name]
        m[name] = b1 * m_old.get(name, 0.0) + (1 - b1) * g       # new arrays: no *= on the old ones
        v[name] = b2 * v_old.get(name, 0.0) + (1 - b2) * g**2
        m_hat = m[name] / (1 - b1**t)                             # bias correction
        v_hat = v[name] / (1 - b2**t)
        new_params[name] = p * (1 - lr * weight_decay) - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_params, {"step": t, "m": m, "v": v}
    ### END SOLUTION


def clip_grad_norm(grads: dict[str, np.ndarray], max_norm: float) -> tuple[dict[str, np.ndarray], float]:
    """Scale the whole gradient down so that its global norm is at most max_norm.

    grads: name -> float array (any shapes).
    max_norm: > 0; max_norm <= 0 raises ValueError.
    The global norm is the Euclidean norm of all the entries of all the arrays together:
        norm = sqrt(sum over every array of sum(g**2)).
    If norm > max_norm, every array is multiplied by the same factor max_norm / norm, so the gradient
    keeps its direction and its norm becomes max_norm. Otherwise the arrays are returned with the same
    values, unchanged (PyTorch's clip_grad_norm_ adds 1e-6 to the norm; this exercise does not).
    Returns (clipped, norm): a new dict with grads' keys, and the norm *before* clipping as a Python
    float (the number a training loop logs). `grads` and its arrays are not modified.

    >>> clipped, norm = clip_grad_norm({"a": np.array([3.0, 0.0]), "b": np.array([[4.0]])}, 1.0)
    >>> norm, clipped["a"], clipped["b"]      # one norm for both arrays: sqrt(9 + 16) = 5
    (5.0, array([0.6, 0. ]), array([[0.8]]))
    >>> clip_grad_norm({"a": np.array([3.0, 4.0])}, 10.0)    # already short enough: unchanged
    ({'a': array([3., 4.])}, 5.0)
    """
    ### BEGIN SOLUTION
    if max_norm <= 0:
        raise ValueError(f"max_norm must be > 0, got {max_norm}")
    norm = float(np.sqrt(sum(np.sum(np.square(g)) for g in grads.values())))
    scale = max_norm / norm if norm > max_norm else 1.0
    return {name: g * scale for name, g in grads.items()}, norm
    ### END SOLUTION
