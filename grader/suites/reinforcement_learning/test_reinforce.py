"""Hidden checks for exercises/reinforcement_learning/reinforce.py: a softmax policy, the REINFORCE
update, and training on a K-armed bandit.

Tolerances. policy and reinforce_update: atol 1e-12 + rtol 1e-9, since correct versions differ only
by rounding (subtracting the max or a logsumexp, building the one-hot vector or adding 1 in place).
train_bandit: atol 1e-9 + rtol 1e-7 on the final logits, after up to 60 steps that compound those
few-ulp differences. The draws are pinned (one rng.random() per step, inverse CDF), so every correct
solution takes the same actions; a rounding difference could only flip an action if u fell within
~1e-16 of a cumulative sum, which the seeds used here never do.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_equal, assert_true, check
from grader.strategies import finite_floats, logit_vectors, seeds

ATOL, RTOL = 1e-12, 1e-9
TRAIN_ATOL, TRAIN_RTOL = 1e-9, 1e-7

learning_rates = st.sampled_from([0.1, 0.5, 1.0, 2.0])


@st.composite
def updates(draw):
    """(logits, action, reward, baseline) for one REINFORCE step on K = 1..6 arms."""
    logits = draw(logit_vectors(max_size=6, magnitude=5))
    action = draw(st.integers(0, len(logits) - 1))
    return logits, action, draw(finite_floats(2)), draw(finite_floats(2))


arm_reward_vectors = hnp.arrays(np.float64, st.integers(1, 5), elements=st.sampled_from([0.0, 0.2, 0.5, 1.0]))


@check(points=1, section="grpo", hint="Subtract the largest logit before np.exp; the probabilities do not change.")
@given(logits=logit_vectors(magnitude=1e3))
@example(logits=np.array([1000.0, 1001.0, 1002.0]))
@example(logits=np.zeros(4))
def the_policy_is_a_stable_softmax(learner, reference, logits):
    """policy(logits) is the softmax of the logits, finite even for logits like 1000"""
    assert_close(learner.policy(logits), reference.policy(logits), "policy(logits)", atol=ATOL, rtol=RTOL)


@check(points=3, section="rl-verifiable",
       hint="new logits = logits + lr * (reward - baseline) * (onehot(action) - policy(logits)).")
@given(update=updates(), lr=learning_rates)
@example(update=(np.zeros(4), 0, 1.0, 0.0), lr=1.0)
@example(update=(np.zeros(2), 1, 0.0, 0.5), lr=2.0)
def the_update_matches_the_reference(learner, reference, update, lr):
    """reinforce_update adds lr * (reward - baseline) * (onehot(action) - policy(logits)) to the logits"""
    logits, action, reward, baseline = update
    assert_close(learner.reinforce_update(logits, action, reward, baseline, lr),
                 reference.reinforce_update(logits, action, reward, baseline, lr),
                 f"reinforce_update(logits, action={action}, reward={reward!r}, baseline={baseline!r}, lr={lr})",
                 atol=ATOL, rtol=RTOL)


@check(points=2, section="rl-verifiable",
       hint="The gradient of log p(a) is onehot(a) - p, not p - onehot(a); the advantage is reward - baseline.")
@given(update=updates().filter(lambda u: len(u[0]) >= 2 and abs(u[2] - u[3]) > 0.01), lr=learning_rates)
@example(update=(np.zeros(3), 2, 1.0, 0.25), lr=0.5)
@example(update=(np.zeros(3), 2, 0.0, 0.25), lr=0.5)
def better_than_expected_becomes_more_likely(learner, reference, update, lr):
    """the chosen action's probability goes up when reward > baseline, and down when reward < baseline"""
    logits, action, reward, baseline = update
    before = reference.policy(logits)[action]
    new_logits = learner.reinforce_update(logits, action, reward, baseline, lr)
    assert_true(isinstance(new_logits, np.ndarray) and new_logits.shape == logits.shape,
                f"reinforce_update should return an array of shape {logits.shape}")
    after = reference.policy(new_logits)[action]
    if before in (0.0, 1.0):  # saturated: no visible move either way
        return
    went_up = after > before
    assert_true(went_up == (reward > baseline),
                f"with reward {reward:.4g} and baseline {baseline:.4g}, p(action {action}) went from "
                f"{before:.6g} to {after:.6g}; it should go {'up' if reward > baseline else 'down'}")


@check(points=1, section="rl-verifiable")
@given(update=updates(), lr=learning_rates)
def a_reward_equal_to_the_baseline_changes_nothing(learner, reference, update, lr):
    """when reward == baseline (zero advantage) the logits come back unchanged, and the input is never modified"""
    logits, action, reward, _ = update
    new_logits, args, _ = learner.call_and_inputs("reinforce_update", logits, action, reward, reward, lr)
    assert_close(new_logits, logits, f"reinforce_update(logits, {action}, reward={reward!r}, "
                 f"baseline={reward!r}, lr={lr})", atol=ATOL, rtol=RTOL)
    new_logits, args, _ = learner.call_and_inputs("reinforce_update", logits, action, 1.0, 0.0, lr)
    assert_close(args[0], logits, "the logits you were given, after your call", atol=0.0)


@check(points=3, section="rl-verifiable",
       hint="Per step: one rng.random() and the inverse CDF for the action; baseline = the mean of the "
            "earlier rewards (0 at the first step); then reinforce_update.")
@settings(max_examples=30)
@given(arm_rewards=arm_reward_vectors, steps=st.integers(0, 60), lr=learning_rates, seed=seeds())
@example(arm_rewards=np.array([0.0, 1.0, 0.2]), steps=5, lr=0.5, seed=0)
@example(arm_rewards=np.array([0.0, 1.0, 0.2]), steps=0, lr=0.5, seed=0)
def training_matches_the_reference(learner, reference, arm_rewards, steps, lr, seed):
    """train_bandit gives the same final logits as the reference for the same seed"""
    assert_close(learner.train_bandit(arm_rewards, steps, lr, np.random.default_rng(seed)),
                 reference.train_bandit(arm_rewards, steps, lr, np.random.default_rng(seed)),
                 f"train_bandit(arm_rewards, steps={steps}, lr={lr}, default_rng({seed}))",
                 atol=TRAIN_ATOL, rtol=TRAIN_RTOL)


@check(points=2, section="rl-verifiable",
       hint="The baseline at step t is the mean of the rewards of steps 0..t-1: update it after the step.")
@given(seed=seeds())
@example(seed=0)
def the_baseline_is_the_mean_of_earlier_rewards(learner, reference, seed):
    """two steps on a two-armed bandit: the first has baseline 0, the second the first step's reward"""
    arm_rewards = np.array([1.0, 3.0])
    assert_close(learner.train_bandit(arm_rewards, 2, 1.0, np.random.default_rng(seed)),
                 reference.train_bandit(arm_rewards, 2, 1.0, np.random.default_rng(seed)),
                 f"train_bandit([1.0, 3.0], steps=2, lr=1.0, default_rng({seed}))", atol=TRAIN_ATOL, rtol=TRAIN_RTOL)


@check(points=2, section="rl-verifiable",
       hint="Sample the action from the policy (do not take the argmax), then push it by its advantage.")
@settings(max_examples=6)
@given(seed=seeds(), k=st.integers(2, 5))
@example(seed=0, k=3)
def training_finds_the_best_arm(learner, reference, seed, k):
    """after 300 steps on a bandit with one clearly best arm, the policy gives that arm more than 0.9"""
    rng = np.random.default_rng([seed, k])
    arm_rewards = rng.uniform(0.0, 0.3, size=k)
    best = int(rng.integers(k))
    arm_rewards[best] = 1.0
    logits = learner.train_bandit(arm_rewards, 300, 0.5, np.random.default_rng(seed))
    p = reference.policy(np.asarray(logits, dtype=np.float64))
    assert_true(bool(p[best] > 0.9), f"with arm rewards {np.round(arm_rewards, 3).tolist()}, your final policy "
                f"is {np.round(p, 3).tolist()}; it should give arm {best} more than 0.9")


@check(points=1, section="rl-verifiable", hint="Draw only from the rng you are given, never np.random.")
@settings(max_examples=10)
@given(arm_rewards=arm_reward_vectors, seed=seeds())
def the_same_seed_gives_the_same_result(learner, reference, arm_rewards, seed):
    """training twice with the same seed gives identical logits"""
    first = learner.train_bandit(arm_rewards, 20, 0.5, np.random.default_rng(seed))
    second = learner.train_bandit(arm_rewards, 20, 0.5, np.random.default_rng(seed))
    assert_close(second, first, f"a second train_bandit(..., default_rng({seed}))", atol=0.0)
