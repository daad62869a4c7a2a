"""Builds the scores once to find the maximum, then calls the reward again to find which candidate had it."""

CAUGHT_BY = ["best_of_n_scores_each_candidate_once"]


def best_of_n(candidates, reward):
    if not candidates:
        raise ValueError("no candidates")
    top = max(reward(text) for text in candidates)
    for text in candidates:
        if reward(text) == top:
            return text
