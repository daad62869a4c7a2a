"""The RLHF reward model: the pairwise (Bradley-Terry) loss, its gradient, and a tiny trained model.

Humans do not score responses; they say which of two they prefer. The reward model r turns that into
a number per response, trained so that P(chosen beats rejected) = sigmoid(r_chosen - r_rejected). The
loss of a pair is -log sigmoid(margin) = softplus(-margin) = log(1 + exp(-margin)), averaged over
the pairs. Here the "network" is linear: r = phi @ w, with phi a feature vector per response.

Chapter: "Post-training II", sections "RLHF: learning from human preferences" and "The reward model
and its loss". Only numpy and the standard library may be imported.
"""

import numpy as np


def _margins(r_chosen: np.ndarray, r_rejected: np.ndarray) -> np.ndarray:
    """Given: r_chosen - r_rejected as float64, after checking both have one shape (N,) with N >= 1."""
    r_c = np.asarray(r_chosen, dtype=np.float64)
    r_r = np.asarray(r_rejected, dtype=np.float64)
    if r_c.shape != r_r.shape or r_c.ndim != 1 or r_c.size == 0:
        raise ValueError(f"expected two 1-D arrays of one length N >= 1, got shapes {r_c.shape} and {r_r.shape}")
    return r_c - r_r


def pairwise_loss(r_chosen: np.ndarray, r_rejected: np.ndarray) -> float:
    """The mean pairwise loss: mean over i of -log sigmoid(r_chosen[i] - r_rejected[i]).

    r_chosen, r_rejected: 1-D float arrays of the same length N >= 1, the rewards of the preferred
        and the rejected response of each pair. Different shapes, or N == 0, raise ValueError (do not
        let numpy broadcast a single reward against many; the helper `_margins` above does this check).
    Returns a Python float >= 0: log 2 when the rewards are equal, near 0 when every chosen response
    scores far higher, about |margin| when the order is badly wrong.

    Must stay finite and accurate for margins m = r_chosen - r_rejected as large as +-1e4: log(1 +
    exp(-m)) overflows for m = -1e4, but np.logaddexp(0, -m) computes the same softplus safely.

    >>> round(pairwise_loss(np.array([2.0, 1.0, 0.5]), np.array([0.5, 1.0, 2.0])), 4)
    0.8653
    >>> pairwise_loss(np.array([-1e4]), np.array([0.0]))  # wrong by 1e4: the loss is 1e4, not inf
    10000.0
    """
    raise NotImplementedError("pairwise_loss: write it, then run `llm-course grade reward_model`")


def pairwise_loss_grad(r_chosen: np.ndarray, r_rejected: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The gradient of `pairwise_loss` with respect to r_chosen and to r_rejected.

    Inputs as for `pairwise_loss` (same errors). With m = r_chosen - r_rejected, the loss of pair i is
    softplus(-m_i) and its derivative with respect to m_i is -sigmoid(-m_i) = -(1 - sigmoid(m_i)).
    The mean divides by N, so:
        d loss / d r_chosen[i]   = -sigmoid(-m_i) / N      (always in (-1/N, 0))
        d loss / d r_rejected[i] = +sigmoid(-m_i) / N      (the exact negative)
    Returns (grad_chosen, grad_rejected), two new float64 arrays of shape (N,).

    Must not overflow for margins of +-1e4: compute sigmoid(-m) as np.exp(-np.logaddexp(0, m)), or
    split on the sign of m, rather than 1 / (1 + np.exp(m)), which warns of overflow for m = 1e4.

    >>> g_chosen, g_rejected = pairwise_loss_grad(np.array([2.0, 1.0]), np.array([0.5, 1.0]))
    >>> g_chosen.round(4), g_rejected.round(4)
    (array([-0.0912, -0.25  ]), array([0.0912, 0.25  ]))
    """
    raise NotImplementedError("pairwise_loss_grad: write it, then run `llm-course grade reward_model`")


def train_linear_reward_model(phi_chosen: np.ndarray, phi_rejected: np.ndarray, lr: float,
                              steps: int) -> np.ndarray:
    """Fit w so that r = phi @ w scores each chosen response above its rejected one.

    phi_chosen, phi_rejected: float arrays of the same shape (N, D), N >= 1: row i holds the D
        features of pair i's chosen and rejected response. They are not modified. Different shapes
        raise ValueError.
    lr: the learning rate, > 0. steps: the number of updates, >= 0.
    Returns w, a new float64 array of shape (D,).

    Full-batch gradient descent from w = zeros(D), `steps` times:
        r_c, r_r = phi_chosen @ w, phi_rejected @ w
        g_c, g_r = pairwise_loss_grad(r_c, r_r)
        w = w - lr * (phi_chosen.T @ g_c + phi_rejected.T @ g_r)     (the chain rule through r = phi @ w)
    No randomness: the same inputs always give the same w. steps == 0 returns zeros(D).

    >>> phi_c = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> phi_r = np.array([[0.0, 1.0], [1.0, 0.0]])
    >>> train_linear_reward_model(phi_c[:1], phi_r[:1], lr=1.0, steps=1)  # feature 0 is preferred
    array([ 0.5, -0.5])
    >>> train_linear_reward_model(phi_c[:1], phi_r[:1], lr=1.0, steps=2).round(4)
    array([ 0.7689, -0.7689])
    >>> train_linear_reward_model(phi_c, phi_r, lr=1.0, steps=5)  # contradictory pairs: no w wins both
    array([0., 0.])
    """
    raise NotImplementedError("train_linear_reward_model: write it, then run `llm-course grade reward_model`")

