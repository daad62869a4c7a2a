"""Takes the most likely arm instead of sampling one: it never explores and sticks with arm 0."""

import numpy as np

CAUGHT_BY = ["training_matches_the_reference", "training_finds_the_best_arm"]


def train_bandit(arm_rewards, steps, lr, rng):
    logits = np.zeros(len(arm_rewards))
    total = 0.0
    for t in range(steps):
        rng.random()
        action = int(np.argmax(policy(logits)))
        reward = float(arm_rewards[action])
        baseline = total / t if t > 0 else 0.0
        logits = reinforce_update(logits, action, reward, baseline, lr)
        total += reward
    return logits
