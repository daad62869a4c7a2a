"""Stops sampling a problem after its first verified answer, so it keeps at most one per problem."""

CAUGHT_BY = ["rejection_sampling_keeps_the_verified_attempts", "the_model_and_verifier_are_called_in_order"]


def rejection_sample(problems, sample, verify, n):
    if n < 0:
        raise ValueError("negative n")
    kept = []
    for problem in problems:
        for attempt in range(n):
            answer = sample(problem, attempt)
            if verify(problem, answer):
                kept.append((problem, answer))
                break
    return kept
