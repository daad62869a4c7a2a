"""The capstone's hand-written backward pass is the gradient of its forward pass (central differences)."""

import numpy as np
import pytest

from course.capstone.model import Config, backward, cross_entropy, forward, init_params

CONFIG = Config(vocab_size=7, n_ctx=5, d_model=8, n_layers=2, n_heads=2)


def loss_of(params, ids, targets):
    logits, _ = forward(params, ids, CONFIG.n_heads)
    return cross_entropy(logits, targets)[0]


@pytest.fixture(scope="module")
def problem():
    rng = np.random.default_rng(0)
    params = {k: v + rng.normal(0, 0.3, v.shape) for k, v in init_params(CONFIG, rng).items()}
    ids = rng.integers(0, CONFIG.vocab_size, (2, 4))
    targets = rng.integers(0, CONFIG.vocab_size, (2, 4))
    logits, tape = forward(params, ids, CONFIG.n_heads)
    return params, ids, targets, backward(params, tape, cross_entropy(logits, targets)[1])


@pytest.mark.parametrize("name", sorted(init_params(CONFIG, np.random.default_rng(0))))
def test_gradient_matches_central_differences(problem, name):
    params, ids, targets, grads = problem
    rng = np.random.default_rng(1)
    for index in map(tuple, rng.integers(0, params[name].shape, (6, params[name].ndim))):
        original = params[name][index]
        params[name][index] = original + 1e-6
        up = loss_of(params, ids, targets)
        params[name][index] = original - 1e-6
        down = loss_of(params, ids, targets)
        params[name][index] = original
        numeric = (up - down) / 2e-6
        assert abs(numeric - grads[name][index]) <= 1e-6 + 1e-5 * abs(numeric), (name, index)


def test_logits_of_a_prefix_do_not_depend_on_later_tokens(problem):
    params, ids, _, _ = problem
    whole, _ = forward(params, ids, CONFIG.n_heads)
    changed = ids.copy()
    changed[:, -1] = (changed[:, -1] + 1) % CONFIG.vocab_size
    assert np.allclose(forward(params, changed, CONFIG.n_heads)[0][:, :-1], whole[:, :-1])
