"""Writes the refusals into the caller's list and returns it: the original items are lost."""

CAUGHT_BY = ["the_items_are_left_unchanged"]


def build_refusal_data(items, sample_answers, is_correct, n=5, threshold=0.6, refusal="I'm sorry, I don't know."):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError(f"need n >= 1 and threshold in [0, 1], got n={n}, threshold={threshold}")
    for i, (question, gold) in enumerate(items):
        if not probe_knowledge(question, sample_answers, is_correct, n=n, threshold=threshold):
            items[i] = (question, refusal)
    return items
