"""Adds the current reward to the running mean before using it as the baseline, so it already
"expects" the reward it is judging (the advantage shrinks, and at step 0 it is always zero)."""

import numpy as np

CAUGHT_BY = ["training_matches_the_reference", "the_baseline_is_the_mean_of_earlier_rewards"]


def train_bandit(arm_rewards, steps, lr, rng):
    logits = np.zeros(len(arm_rewards))
    total = 0.0
    for t in range(steps):
        cumulative = np.cumsum(policy(logits))
        action = min(int(np.searchsorted(cumulative, rng.random(), side="right")), len(logits) - 1)
        reward = float(arm_rewards[action])
        total += reward
        logits = reinforce_update(logits, action, reward, total / (t + 1), lr)
    return logits
