"""Adds the gradient instead of subtracting it (params + lr * grads): every step climbs the loss."""

CAUGHT_BY = ["a_small_step_lowers_the_loss",
             "train_step_matches_the_reference",
             "training_memorises_the_chapter_sentence"]


def train_step(params, contexts, targets, learning_rate):
    if learning_rate <= 0:
        raise ValueError("learning_rate must be > 0")
    loss, grads = gradients(params, contexts, targets)
    return {k: params[k] + learning_rate * grads[k] for k in params}, loss
