"""Loops range(steps - 1): one token short (and steps = 0 quietly gives [start] for negatives too)."""

CAUGHT_BY = ["greedy_continue_matches_the_reference", "greedy_continue_handles_zero_and_negative_steps"]


def greedy_continue(probs, start, steps):
    out = [start]
    for _ in range(steps - 1):
        out.append(most_likely_next(probs, out[-1]))
    return out
