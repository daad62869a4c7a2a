"""Never checks that the model returned n answers, and divides by however many came back."""

CAUGHT_BY = ["a_model_giving_the_wrong_number_of_answers_raises"]


def probe_knowledge(question, sample_answers, is_correct, n=5, threshold=0.6):
    if n < 1 or not 0 <= threshold <= 1:
        raise ValueError("bad n or threshold")
    answers = sample_answers(question, n)
    return sum(is_correct(question, a) for a in answers) / len(answers) >= threshold
