"""Asks the model n times for one answer each instead of once for n answers."""

CAUGHT_BY = ["the_model_is_asked_once_and_every_answer_judged", "each_item_is_probed_once_in_order"]


def probe_knowledge(question, sample_answers, is_correct, n=5, threshold=0.6):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    answers = [sample_answers(question, 1)[0] for _ in range(n)]
    return sum(is_correct(question, a) for a in answers) / n >= threshold
