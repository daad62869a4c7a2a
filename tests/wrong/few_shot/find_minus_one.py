"""Slices with str.find without checking for -1: when the model starts no new example, the last character is lost."""

CAUGHT_BY = ["first_answer_matches_the_reference"]


def first_answer(completion, input_label="Input:"):
    if not input_label:
        raise ValueError("empty label")
    return completion[:completion.find("\n" + input_label)].strip()
