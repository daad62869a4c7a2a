"""Replaces the best on an equal score too (>= instead of >), so the last of several tied candidates wins."""

CAUGHT_BY = ["best_of_n_ties_go_to_the_first"]


def best_of_n(candidates, reward):
    if not candidates:
        raise ValueError("no candidates")
    best, best_score = candidates[0], reward(candidates[0])
    for text in candidates[1:]:
        score = reward(text)
        if score >= best_score:
            best, best_score = text, score
    return best
