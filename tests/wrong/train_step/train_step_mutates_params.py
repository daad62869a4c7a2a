"""Updates the caller's arrays in place (params[k] -= lr * grads[k]) and returns the same dict:
the model passed in is changed."""

CAUGHT_BY = ["the_params_passed_in_are_not_modified"]


def train_step(params, contexts, targets, learning_rate):
    if learning_rate <= 0:
        raise ValueError("learning_rate must be > 0")
    loss, grads = gradients(params, contexts, targets)
    for k in params:
        params[k] -= learning_rate * grads[k]
    return params, loss
