"""Looks at the column probs[:, token] (what comes before token) instead of the row."""

import numpy as np

CAUGHT_BY = ["most_likely_next_takes_the_largest_in_the_row_ties_to_the_smallest",
             "greedy_continue_matches_the_reference"]


def most_likely_next(probs, token):
    return int(np.argmax(probs[:, token]))
