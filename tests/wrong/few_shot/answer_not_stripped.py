"""Forgets to strip: the answer keeps the model's leading space and the blank line before the next example."""

CAUGHT_BY = ["first_answer_matches_the_reference", "the_answer_stops_before_the_models_next_example"]


def first_answer(completion, input_label="Input:"):
    if not input_label:
        raise ValueError("empty label")
    return completion.partition("\n" + input_label)[0]
