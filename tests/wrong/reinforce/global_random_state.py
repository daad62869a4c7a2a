"""Draws the action from numpy's global random state instead of the rng passed in: not repeatable."""

import numpy as np

CAUGHT_BY = ["training_matches_the_reference", "the_same_seed_gives_the_same_result"]


def train_bandit(arm_rewards, steps, lr, rng):
    logits = np.zeros(len(arm_rewards))
    total = 0.0
    for t in range(steps):
        action = int(np.random.choice(len(logits), p=policy(logits)))
        reward = float(arm_rewards[action])
        baseline = total / t if t > 0 else 0.0
        logits = reinforce_update(logits, action, reward, baseline, lr)
        total += reward
    return logits
