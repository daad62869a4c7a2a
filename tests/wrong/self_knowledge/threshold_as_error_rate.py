"""Reads the threshold as the largest allowed fraction of wrong answers: a higher threshold accepts more."""

CAUGHT_BY = ["probe_knowledge_matches_the_reference", "raising_the_threshold_never_turns_a_refusal_into_an_answer"]


def probe_knowledge(question, sample_answers, is_correct, n=5, threshold=0.6):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    answers = sample_answers(question, n)
    if len(answers) != n:
        raise ValueError("wrong number of answers")
    wrong = sum(not is_correct(question, a) for a in answers)
    return wrong / n <= threshold
