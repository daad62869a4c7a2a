"""Cuts at the first input label anywhere, not only at the start of a line: "Use the Input: field." loses its end."""

CAUGHT_BY = ["first_answer_matches_the_reference"]


def first_answer(completion, input_label="Input:"):
    if not input_label:
        raise ValueError("empty label")
    return completion.split(input_label)[0].strip()
