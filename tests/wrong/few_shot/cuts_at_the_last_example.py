"""Cuts at the last new example (rpartition) instead of the first, keeping the model's invented examples."""

CAUGHT_BY = ["first_answer_matches_the_reference", "the_answer_stops_before_the_models_next_example"]


def first_answer(completion, input_label="Input:"):
    if not input_label:
        raise ValueError("empty label")
    before, cut, _ = completion.rpartition("\n" + input_label)
    return (before if cut else completion).strip()
