"""Numbers the attempts 1..n instead of 0..n-1: the model is asked for the wrong samples."""

CAUGHT_BY = ["rejection_sampling_keeps_the_verified_attempts", "the_model_and_verifier_are_called_in_order"]


def rejection_sample(problems, sample, verify, n):
    if n < 0:
        raise ValueError("negative n")
    kept = []
    for problem in problems:
        for attempt in range(1, n + 1):
            answer = sample(problem, attempt)
            if verify(problem, answer):
                kept.append((problem, answer))
    return kept
