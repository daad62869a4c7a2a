"""Scales the step by the reward alone, forgetting to subtract the baseline."""

import numpy as np

CAUGHT_BY = ["the_update_matches_the_reference", "better_than_expected_becomes_more_likely",
             "a_reward_equal_to_the_baseline_changes_nothing", "training_matches_the_reference"]


def reinforce_update(logits, action, reward, baseline, lr):
    direction = -policy(logits)
    direction[action] += 1.0
    return np.asarray(logits, dtype=np.float64) + lr * reward * direction
