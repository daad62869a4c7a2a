"""Rejects only negative learning rates: learning_rate = 0 is accepted and silently does nothing."""

CAUGHT_BY = ["a_learning_rate_of_zero_or_less_raises_value_error"]


def train_step(params, contexts, targets, learning_rate):
    if learning_rate < 0:
        raise ValueError("learning_rate must be > 0")
    loss, grads = gradients(params, contexts, targets)
    return {k: params[k] - learning_rate * grads[k] for k in params}, loss
