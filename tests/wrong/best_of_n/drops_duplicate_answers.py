"""Keeps each verified (problem, answer) pair only once, though the spec keeps duplicates."""

CAUGHT_BY = ["rejection_sampling_keeps_the_verified_attempts"]


def rejection_sample(problems, sample, verify, n):
    if n < 0:
        raise ValueError("negative n")
    kept = []
    for problem in problems:
        for attempt in range(n):
            answer = sample(problem, attempt)
            if verify(problem, answer) and (problem, answer) not in kept:
                kept.append((problem, answer))
    return kept
