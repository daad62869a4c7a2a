"""One training step of a tiny language model: forward pass, cross-entropy, backpropagation, SGD.

The model is the chapter's MLP language model, in the style of Bengio et al. (2003): it reads the
previous n_ctx tokens and predicts the next one.

    contexts (B, n_ctx) --look up--> embeddings (B, n_ctx, d) --concatenate--> e (B, n_ctx*d)
    a = tanh(e @ w_hidden + b_hidden)        (B, h)   the hidden layer
    logits = a @ w_out + b_out               (B, V)   one score per vocabulary entry

Its parameters are a dict of float64 arrays (the chapter's names in brackets):

    "embedding" (V, d)       [C]    row t is the vector of token t
    "w_hidden"  (n_ctx*d, h) [W1]
    "b_hidden"  (h,)         [b1]
    "w_out"     (h, V)       [W2]
    "b_out"     (V,)         [b2]

V, d, n_ctx and h are read off these shapes. You write the forward pass, the mean cross-entropy
loss, its gradient with respect to every parameter by hand (no autograd), and one step of plain SGD.
Left out, as in the chapter: mini-batch sampling, Adam, learning-rate schedules, held-out data.

Chapter: "Training: next-token loss and backpropagation", sections "Cross-entropy",
"Backpropagation" and "One training step, in numpy".
Only numpy and the standard library may be imported.
"""

import numpy as np


def forward(params: dict[str, np.ndarray], contexts: np.ndarray) -> np.ndarray:
    """The model's logits for the token after each context.

    params: the five arrays described at the top of this file.
    contexts: int array of shape (B, n_ctx), B >= 1: each row holds the ids (in range(V)) of the
        n_ctx tokens before the one to predict, oldest first. Ids are not checked.
    Returns a new float64 array of shape (B, V): row b is
        tanh(concat(embedding[contexts[b, 0]], ..., embedding[contexts[b, n_ctx-1]]) @ w_hidden
             + b_hidden) @ w_out + b_out.
    The concatenation keeps each token's d numbers together, oldest token first: with d = 2, the
    row [t0, t1] becomes [E[t0, 0], E[t0, 1], E[t1, 0], E[t1, 1]] (E = params["embedding"]).
    Nothing passed in is modified.

    >>> params = {"embedding": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),  # V = 3, d = 2
    ...           "w_hidden": np.array([[1.0], [0.0], [0.0], [-0.5]]),          # n_ctx*d = 4, h = 1
    ...           "b_hidden": np.zeros(1),
    ...           "w_out": np.array([[2.0, -2.0, 0.0]]), "b_out": np.array([0.0, 0.0, 1.0])}
    >>> forward(params, np.array([[0, 1], [1, 0]])).round(4)  # hidden: tanh(0.5) = 0.4621, tanh(0) = 0
    array([[ 0.9242, -0.9242,  1.    ],
           [ 0.    ,  0.    ,  1.    ]])

    Chapter: Training, section "Backpropagation" (the model) and "One training step, in numpy".
    """
    raise NotImplementedError("forward: write it, then run `llm-course grade train_step`")


def cross_entropy(logits: np.ndarray, targets: np.ndarray) -> float:
    """The mean over the batch of -log softmax(logits[b])[targets[b]], the next-token loss.

    logits: float array of shape (B, V), B >= 1, V >= 1, any finite values.
    targets: int array of shape (B,): the correct next token of each row, in range(V).
    Returns one Python float >= 0 (a numpy float64 is fine): the mean, not the sum, over the B rows.

    Must not overflow for any finite logits, however large (1000.0, -1e4): use
    -log softmax(z)[y] = logsumexp(z) - z[y], with logsumexp(z) = m + log(sum(exp(z - m))) and m the
    row's largest logit. Adding a constant to a row changes nothing, and equal logits give log(V).

    >>> round(cross_entropy(np.array([[2.0, 1.0, 0.1]]), np.array([0])), 4)  # the chapter's example
    0.417
    >>> round(cross_entropy(np.array([[2.0, 1.0, 0.1], [2.0, 1.0, 0.1]]), np.array([0, 1])), 4)
    0.917
    >>> round(cross_entropy(np.zeros((1, 7)), np.array([3])), 4)  # uniform: log 7
    1.9459
    >>> round(cross_entropy(np.array([[1000.0, 0.0]]), np.array([1])), 4)  # no overflow
    1000.0

    Chapter: Training, section "Cross-entropy".
    """
    raise NotImplementedError("cross_entropy: write it, then run `llm-course grade train_step`")


def gradients(params: dict[str, np.ndarray], contexts: np.ndarray,
              targets: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
    """The loss and its gradient with respect to every parameter, by backpropagation.

    params, contexts: as in `forward`; targets: int array of shape (B,), as in `cross_entropy`.
    Returns (loss, grads):
    - loss: the float cross_entropy(forward(params, contexts), targets);
    - grads: a new dict with the same five keys; grads[k] is a float64 array of the shape of
      params[k] holding d loss / d params[k] for the mean loss over the batch.
    Nothing passed in is modified.

    Written by hand, from the loss back (the chapter's table):
        d logits = (softmax(logits) - onehot(targets)) / B        (B, V)   (/ B: the loss is a mean)
        w_out, b_out, then the hidden activations a; through tanh: d u = d a * (1 - a**2);
        w_hidden, b_hidden (summed over the batch), then the concatenated embeddings e;
        each row of d e, split back into n_ctx pieces of d, is added into the gradient row of its
        token. A token that appears several times (in one context or in several) gets the sum of
        all its pieces: np.add.at(grad, contexts, pieces) does this; grad[contexts] += pieces
        does not (it keeps only one of the repeated pieces). Tokens not in the batch get zeros.

    >>> params = {"embedding": np.eye(3),                                        # V = 3, d = 3
    ...           "w_hidden": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]),   # n_ctx = 1, h = 2
    ...           "b_hidden": np.zeros(2),
    ...           "w_out": np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), "b_out": np.zeros(3)}
    >>> loss, grads = gradients(params, np.array([[0], [2], [0]]), np.array([1, 1, 2]))  # B = 3
    >>> round(loss, 4)
    1.629
    >>> grads["b_out"].round(4)  # the mean over the rows of softmax - onehot
    array([ 0.5426, -0.4626, -0.08  ])
    >>> grads["embedding"].round(4)  # token 0 read twice (two pieces summed), token 1 never
    array([[ 0.1448, -0.1724,  0.3171],
           [ 0.    ,  0.    ,  0.    ],
           [ 0.0831, -0.1219,  0.205 ]])

    Chapter: Training, section "Backpropagation".
    """
    raise NotImplementedError("gradients: write it, then run `llm-course grade train_step`")


def train_step(params: dict[str, np.ndarray], contexts: np.ndarray, targets: np.ndarray,
               learning_rate: float) -> tuple[dict[str, np.ndarray], float]:
    """One step of plain stochastic gradient descent on one batch.

    params, contexts, targets: as in `gradients`.
    learning_rate: the step size, > 0; learning_rate <= 0 raises ValueError.
    Returns (new_params, loss):
    - new_params: a new dict with the same five keys, new_params[k] = params[k] - learning_rate *
      grads[k]: every parameter moves against its gradient;
    - loss: the loss on this batch *before* the update (the number a training loop prints).
    `params` and its arrays are not modified (no `-=` on them): the caller still has the old model.

    >>> params = {"embedding": np.eye(3), "w_hidden": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]),
    ...           "b_hidden": np.zeros(2),
    ...           "w_out": np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), "b_out": np.zeros(3)}
    >>> contexts, targets = np.array([[0], [2], [0]]), np.array([1, 1, 2])   # as in `gradients`
    >>> new_params, loss = train_step(params, contexts, targets, learning_rate=0.5)
    >>> round(loss, 4), round(cross_entropy(forward(new_params, contexts), targets), 4)  # before, after
    (1.629, 1.1422)
    >>> new_params["b_out"].round(4)  # 0 - 0.5 * grads["b_out"]
    array([-0.2713,  0.2313,  0.04  ])
    >>> params["b_out"]  # unchanged
    array([0., 0., 0.])

    Chapter: Training, section "One training step, in numpy".
    """
    raise NotImplementedError("train_step: write it, then run `llm-course grade train_step`")
