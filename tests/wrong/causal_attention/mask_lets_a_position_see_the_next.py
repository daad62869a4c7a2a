"""Off by one the other way (np.tril(..., k=1)): position i also sees position i + 1, the token it must
predict."""

import numpy as np

CAUGHT_BY = [
    "causal_mask_is_the_lower_triangle",
    "attention_weights_match_the_reference",
    "weights_are_distributions_over_the_visible_positions",
    "the_future_does_not_change_the_past",
]


def causal_mask(T):
    if T < 1:
        raise ValueError(f"T must be >= 1, got {T}")
    return np.tril(np.ones((T, T), dtype=bool), k=1)
