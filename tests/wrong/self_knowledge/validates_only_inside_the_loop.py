"""Leaves the checks to probe_knowledge, so with no items an invalid n or threshold passes silently."""

CAUGHT_BY = ["build_refusal_data_rejects_invalid_n_or_threshold"]


def build_refusal_data(items, sample_answers, is_correct, n=5, threshold=0.6, refusal=REFUSAL):
    return [(q, gold if probe_knowledge(q, sample_answers, is_correct, n=n, threshold=threshold) else refusal)
            for q, gold in items]
