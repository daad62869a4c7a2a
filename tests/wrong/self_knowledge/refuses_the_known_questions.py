"""Inverts the rule: keeps the gold answer where the model does not know it and refuses where it does."""

CAUGHT_BY = ["build_refusal_data_matches_the_reference"]


def build_refusal_data(items, sample_answers, is_correct, n=5, threshold=0.6, refusal=REFUSAL):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    return [(q, refusal if probe_knowledge(q, sample_answers, is_correct, n=n, threshold=threshold) else gold)
            for q, gold in items]
