"""Adds the step to the caller's array in place (`logits += ...`), so the input is changed."""

import numpy as np

CAUGHT_BY = ["a_reward_equal_to_the_baseline_changes_nothing"]


def reinforce_update(logits, action, reward, baseline, lr):
    direction = -policy(logits)
    direction[action] += 1.0
    logits += lr * (reward - baseline) * direction
    return logits
