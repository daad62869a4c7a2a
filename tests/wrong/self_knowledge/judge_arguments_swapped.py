"""Calls is_correct(answer, question), the other way round from the docstring's is_correct(question, answer)."""

CAUGHT_BY = ["probe_knowledge_matches_the_reference", "the_model_is_asked_once_and_every_answer_judged"]


def probe_knowledge(question, sample_answers, is_correct, n=5, threshold=0.6):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    answers = sample_answers(question, n)
    if len(answers) != n:
        raise ValueError("wrong number of answers")
    return sum(is_correct(a, question) for a in answers) / n >= threshold
