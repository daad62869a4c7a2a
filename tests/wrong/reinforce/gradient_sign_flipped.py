"""Uses p - onehot(action) as the direction: good actions become less likely and bad ones more likely."""

import numpy as np

CAUGHT_BY = ["the_update_matches_the_reference", "better_than_expected_becomes_more_likely",
             "training_finds_the_best_arm"]


def reinforce_update(logits, action, reward, baseline, lr):
    direction = policy(logits)
    direction[action] -= 1.0
    return np.asarray(logits, dtype=np.float64) + lr * (reward - baseline) * direction
