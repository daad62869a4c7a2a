"""Returns the loss of the updated parameters instead of the loss before the update."""

CAUGHT_BY = ["train_step_matches_the_reference", "training_memorises_the_chapter_sentence"]


def train_step(params, contexts, targets, learning_rate):
    if learning_rate <= 0:
        raise ValueError("learning_rate must be > 0")
    loss, grads = gradients(params, contexts, targets)
    new_params = {k: params[k] - learning_rate * grads[k] for k in params}
    return new_params, cross_entropy(forward(new_params, contexts), targets)
