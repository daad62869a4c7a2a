"""Checks n and the threshold only after asking the model: an invalid call still costs n samples."""

CAUGHT_BY = ["invalid_n_or_threshold_raises_before_sampling"]


def probe_knowledge(question, sample_answers, is_correct, n=5, threshold=0.6):
    answers = sample_answers(question, n)
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    if len(answers) != n:
        raise ValueError("wrong number of answers")
    return sum(is_correct(question, a) for a in answers) / n >= threshold
