"""Returns only the generated tokens, without `start` at the front."""

CAUGHT_BY = ["greedy_continue_matches_the_reference", "greedy_continue_handles_zero_and_negative_steps"]


def greedy_continue(probs, start, steps):
    if steps < 0:
        raise ValueError("negative steps")
    out = [start]
    for _ in range(steps):
        out.append(most_likely_next(probs, out[-1]))
    return out[1:]
