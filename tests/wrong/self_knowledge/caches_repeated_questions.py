"""Probes each distinct question once and reuses the verdict: a repeated question is not sampled again."""

CAUGHT_BY = ["each_item_is_probed_once_in_order"]


def build_refusal_data(items, sample_answers, is_correct, n=5, threshold=0.6, refusal=REFUSAL):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    verdicts = {}
    data = []
    for question, gold in items:
        if question not in verdicts:
            verdicts[question] = probe_knowledge(question, sample_answers, is_correct, n=n, threshold=threshold)
        data.append((question, gold if verdicts[question] else refusal))
    return data
