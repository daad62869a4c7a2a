"""Compares with > instead of >=: 3 right out of 5 at threshold 0.6 is wrongly called unknown."""

CAUGHT_BY = ["the_threshold_itself_counts_as_known", "probe_knowledge_matches_the_reference"]


def probe_knowledge(question, sample_answers, is_correct, n=5, threshold=0.6):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    answers = sample_answers(question, n)
    if len(answers) != n:
        raise ValueError("wrong number of answers")
    return sum(is_correct(question, a) for a in answers) / n > threshold
