"""Keeps the last of several equal maxima (>= in a loop) instead of the smallest id."""

CAUGHT_BY = ["most_likely_next_takes_the_largest_in_the_row_ties_to_the_smallest"]


def most_likely_next(probs, token):
    best = 0
    for candidate in range(len(probs[token])):
        if probs[token][candidate] >= probs[token][best]:
            best = candidate
    return best
