"""Hidden checks for exercises/reinforcement_learning/reward_model.py: the pairwise loss, its gradient,
and a linear reward model trained by gradient descent.

Tolerances. The loss and the gradient are compared with atol 1e-12 + rtol 1e-9: correct versions
differ only by rounding (logaddexp, log1p(exp(-|m|)) + max(-m, 0), a sign split for the sigmoid),
a few ulps, and losses reach 1e4 for huge margins, hence the relative part. The trained w is compared
with atol 1e-9 + rtol 1e-7: up to 40 gradient steps compound those rounding differences, and the
inputs keep lr * (curvature) below 1, so they do not grow. Finite differences use a central step of
1e-5 on margins within +-10, whose error (~1e-10) sits far inside their tolerance 1e-6.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_float, assert_true, check, raises
from grader.strategies import finite_floats, seeds

ATOL, RTOL = 1e-12, 1e-9
TRAIN_ATOL, TRAIN_RTOL = 1e-9, 1e-7


@st.composite
def reward_pairs(draw, magnitude: float = 30.0, max_size: int = 6):
    """Two float64 arrays of one length N in 1..max_size: (r_chosen, r_rejected)."""
    n = draw(st.integers(1, max_size))
    rewards = hnp.arrays(np.float64, n, elements=finite_floats(magnitude))
    return draw(rewards), draw(rewards)


@st.composite
def preference_data(draw, max_pairs: int = 6, max_features: int = 4):
    """Features (phi_chosen, phi_rejected) of shape (N, D) with entries in [-1, 1]."""
    n, d = draw(st.integers(1, max_pairs)), draw(st.integers(1, max_features))
    features = hnp.arrays(np.float64, (n, d), elements=st.floats(-1, 1))
    return draw(features), draw(features)


def hidden_preferences(seed: int, n_train: int, n_test: int, d: int = 4):
    """Training and held-out pairs of random responses, ordered by one hidden true reward phi @ w_star."""
    rng = np.random.default_rng(seed)
    w_star = rng.normal(size=d)

    def pairs(n):
        a, b = rng.normal(size=(n, d)), rng.normal(size=(n, d))
        a_wins = (a @ w_star >= b @ w_star)[:, None]
        return np.where(a_wins, a, b), np.where(a_wins, b, a)

    return pairs(n_train), pairs(n_test)


@check(points=2, section="reward-model-loss",
       hint="The loss of a pair is -log(sigmoid(r_chosen - r_rejected)); take the mean over the pairs.")
@given(pair=reward_pairs())
@example(pair=(np.array([2.0, 1.0, 0.5, 3.0]), np.array([0.5, 1.0, 2.0, -1.0])))
@example(pair=(np.array([0.0]), np.array([0.0])))
def loss_matches_the_reference(learner, reference, pair):
    """pairwise_loss is the mean over the pairs of -log sigmoid(r_chosen - r_rejected)"""
    r_c, r_r = pair
    assert_float(learner.pairwise_loss(r_c, r_r), reference.pairwise_loss(r_c, r_r),
                 "pairwise_loss(r_chosen, r_rejected)", atol=ATOL, rtol=RTOL)


@check(points=2, section="reward-model-loss",
       hint="log(1 + exp(-m)) overflows for m = -1e4; np.logaddexp(0, -m) is the same value, computed safely.")
@given(pair=reward_pairs(magnitude=1e4))
@example(pair=(np.array([-1e4]), np.array([0.0])))
@example(pair=(np.array([1e4, 0.0]), np.array([-1e4, 1e4])))
def huge_margins_give_finite_exact_losses(learner, reference, pair):
    """margins as large as +-1e4 give a finite, exact loss (about |m| when the order is wrong, 0 when right)"""
    r_c, r_r = pair
    assert_float(learner.pairwise_loss(r_c, r_r), reference.pairwise_loss(r_c, r_r),
                 "pairwise_loss(r_chosen, r_rejected)", atol=ATOL, rtol=RTOL)


@check(points=1, section="reward-model-loss")
@given(rewards=hnp.arrays(np.float64, st.integers(1, 6), elements=finite_floats(1e3)))
@example(rewards=np.array([1.0]))
def equal_rewards_cost_log_2(learner, reference, rewards):
    """when each chosen reward equals its rejected one, the loss is exactly log 2 = 0.6931"""
    assert_float(learner.pairwise_loss(rewards, rewards.copy()), np.log(2.0),
                 "pairwise_loss(r, r)", atol=ATOL, rtol=RTOL)


@check(points=1, section="reward-model-loss")
@given(pair=reward_pairs(magnitude=10), raise_by=st.floats(0.01, 5.0), shift=finite_floats(50))
def only_the_margin_matters_and_a_bigger_one_costs_less(learner, reference, pair, raise_by, shift):
    """the loss is >= 0, unchanged when both rewards move by the same constant, and lower when the margin grows"""
    r_c, r_r = pair
    loss = learner.pairwise_loss(r_c, r_r)
    assert_float(loss, reference.pairwise_loss(r_c, r_r), "pairwise_loss(r_chosen, r_rejected)", atol=1e-6)
    assert_true(loss >= 0, f"the loss is {loss}, but -log of a probability is never negative")
    shifted = learner.pairwise_loss(r_c + shift, r_r + shift)
    assert_float(shifted, loss, f"the loss after adding {shift} to every reward", atol=1e-9, rtol=1e-9)
    wider = learner.pairwise_loss(r_c + raise_by, r_r)
    assert_true(wider < loss, f"raising every chosen reward by {raise_by} changed the loss from {loss} "
                f"to {wider}; a bigger margin should cost less")


@check(points=1, section="reward-model-loss", hint="The helper _margins raises ValueError for you; call it.")
@given(sizes=st.sampled_from([(3, 1), (1, 3), (2, 3), (0, 0)]))
@example(sizes=(0, 0))
def mismatched_or_empty_rewards_raise_value_error(learner, reference, sizes):
    """rewards of different lengths (or none at all) raise ValueError in both functions, never broadcast"""
    r_c, r_r = np.arange(sizes[0], dtype=float), np.zeros(sizes[1])
    for function in ("pairwise_loss", "pairwise_loss_grad"):
        with raises(ValueError, f"{function} of shapes {r_c.shape} and {r_r.shape}"):
            getattr(learner, function)(r_c, r_r)


@check(points=2, section="reward-model-loss",
       hint="d loss / d r_chosen[i] = -sigmoid(-m_i) / N and d loss / d r_rejected[i] is its negative.")
@given(pair=reward_pairs())
@example(pair=(np.array([2.0, 1.0]), np.array([0.5, 1.0])))
@example(pair=(np.array([1e4, -1e4]), np.array([0.0, 0.0])))
def gradient_matches_the_reference(learner, reference, pair):
    """pairwise_loss_grad returns (-sigmoid(-m)/N, +sigmoid(-m)/N), even for margins of +-1e4"""
    r_c, r_r = pair
    got = learner.pairwise_loss_grad(r_c, r_r)
    assert_true(isinstance(got, tuple) and len(got) == 2,
                f"pairwise_loss_grad should return a tuple of two arrays, not {type(got).__name__}")
    expected = reference.pairwise_loss_grad(r_c, r_r)
    assert_close(got[0], expected[0], "the gradient with respect to r_chosen", atol=ATOL, rtol=RTOL)
    assert_close(got[1], expected[1], "the gradient with respect to r_rejected", atol=ATOL, rtol=RTOL)


@check(points=2, section="reward-model-loss")
@settings(max_examples=10)
@given(pair=reward_pairs(magnitude=5, max_size=3))
def gradient_agrees_with_finite_differences(learner, reference, pair):
    """each gradient entry equals the slope of your own pairwise_loss when that one reward moves a little"""
    r_c, r_r = pair
    g_c, g_r = learner.pairwise_loss_grad(r_c, r_r)
    h = 1e-5
    for which, rewards, grad in (("r_chosen", r_c, g_c), ("r_rejected", r_r, g_r)):
        slopes = np.zeros(len(rewards))
        for i in range(len(rewards)):
            up, down = rewards.copy(), rewards.copy()
            up[i] += h
            down[i] -= h
            args_up = (up, r_r) if which == "r_chosen" else (r_c, up)
            args_down = (down, r_r) if which == "r_chosen" else (r_c, down)
            slopes[i] = (learner.pairwise_loss(*args_up) - learner.pairwise_loss(*args_down)) / (2 * h)
        assert_close(grad, slopes, f"the gradient with respect to {which} (vs finite differences)", atol=1e-6)


@check(points=1, section="reward-model-loss",
       hint="The mean divides by N, so each pair's gradient is at most 1/N in size.")
@given(pair=reward_pairs(magnitude=15))
def gradient_has_the_right_sign_and_size(learner, reference, pair):
    """d loss / d r_chosen lies strictly between -1/N and 0, and d loss / d r_rejected is its negative"""
    r_c, r_r = pair
    g_c, g_r = learner.pairwise_loss_grad(r_c, r_r)
    n = len(r_c)
    assert_close(g_c, reference.pairwise_loss_grad(r_c, r_r)[0], "the gradient with respect to r_chosen",
                 atol=1e-6)
    assert_true(bool(np.all((g_c > -1.0 / n) & (g_c < 0))),
                f"the gradient with respect to r_chosen is {g_c.tolist()}; every entry should be in "
                f"(-1/N, 0) = ({-1.0 / n:.4g}, 0)")
    assert_close(g_r, -g_c, "the gradient with respect to r_rejected (should be minus the other)", atol=1e-15)


@check(points=3, section="reward-model-loss",
       hint="w starts at zeros(D); each step w -= lr * (phi_chosen.T @ g_c + phi_rejected.T @ g_r).")
@given(data=preference_data(), lr=st.sampled_from([0.1, 0.5, 1.0]), steps=st.integers(0, 40))
@example(data=(np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])), lr=1.0, steps=2)
@example(data=(np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])), lr=1.0, steps=0)
def training_matches_the_reference(learner, reference, data, lr, steps):
    """train_linear_reward_model does `steps` full-batch gradient steps from w = 0 and returns w"""
    phi_c, phi_r = data
    assert_close(learner.train_linear_reward_model(phi_c, phi_r, lr, steps),
                 reference.train_linear_reward_model(phi_c, phi_r, lr, steps),
                 f"train_linear_reward_model(phi_chosen, phi_rejected, lr={lr}, steps={steps})",
                 atol=TRAIN_ATOL, rtol=TRAIN_RTOL)


@check(points=1, section="reward-model-loss")
@settings(max_examples=10)
@given(data=preference_data(max_pairs=5, max_features=3))
def each_step_lowers_the_training_loss(learner, reference, data):
    """with a small learning rate, the training loss never goes up from one step to the next"""
    phi_c, phi_r = data
    losses = []
    for steps in range(6):
        w = learner.train_linear_reward_model(phi_c, phi_r, 0.1, steps)
        assert_close(w, reference.train_linear_reward_model(phi_c, phi_r, 0.1, steps),
                     f"train_linear_reward_model(..., lr=0.1, steps={steps})", atol=1e-6)
        losses.append(reference.pairwise_loss(phi_c @ w, phi_r @ w))
    assert_true(all(b <= a + 1e-12 for a, b in zip(losses, losses[1:])),
                f"the training loss after 0..5 steps went {np.round(losses, 6).tolist()}; it should never rise")


@check(points=2, section="rlhf",
       hint="Descend, do not ascend: w = w - lr * gradient. Use both phi_chosen and phi_rejected.")
@settings(max_examples=4)
@given(seed=seeds())
@example(seed=0)
def the_trained_model_ranks_new_pairs_correctly(learner, reference, seed):
    """trained on 200 pairs ranked by a hidden reward, w orders more than 90% of 500 new pairs correctly"""
    (phi_c, phi_r), (test_c, test_r) = hidden_preferences(seed, 200, 500)
    w = learner.train_linear_reward_model(phi_c, phi_r, 0.5, 200)
    assert_true(isinstance(w, np.ndarray) and w.shape == (4,),
                f"train_linear_reward_model should return an array of shape (4,), not {w!r}")
    accuracy = float(np.mean(test_c @ w > test_r @ w))
    assert_true(accuracy > 0.9, f"your w ranks {accuracy:.1%} of the held-out pairs correctly; expected > 90%")
