"""Writes a fixed "I'm sorry, I don't know." and ignores the `refusal` argument."""

CAUGHT_BY = ["the_refusal_text_is_the_one_given"]


def build_refusal_data(items, sample_answers, is_correct, n=5, threshold=0.6, refusal=REFUSAL):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    return [(q, gold if probe_knowledge(q, sample_answers, is_correct, n=n, threshold=threshold) else REFUSAL)
            for q, gold in items]
