"""The mask hides j >= i instead of j > i: a position cannot see itself, and row 0 sees nothing
(0/0 = NaN)."""

import numpy as np

CAUGHT_BY = [
    "causal_mask_is_the_lower_triangle",
    "attention_weights_match_the_reference",
    "weights_are_distributions_over_the_visible_positions",
    "the_first_output_is_the_first_value",
]


def causal_mask(T):
    if T < 1:
        raise ValueError(f"T must be >= 1, got {T}")
    return np.tril(np.ones((T, T), dtype=bool), k=-1)
