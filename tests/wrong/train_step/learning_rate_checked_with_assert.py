"""Validates the learning rate with assert, which raises AssertionError (and vanishes under
python -O) instead of ValueError."""

CAUGHT_BY = ["a_learning_rate_of_zero_or_less_raises_value_error"]


def train_step(params, contexts, targets, learning_rate):
    assert learning_rate > 0, "learning_rate must be > 0"
    loss, grads = gradients(params, contexts, targets)
    return {k: params[k] - learning_rate * grads[k] for k in params}, loss
