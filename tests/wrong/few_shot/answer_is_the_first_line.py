"""Keeps only the first line, so an answer that runs over two lines before the next example is cut short."""

CAUGHT_BY = ["first_answer_matches_the_reference"]


def first_answer(completion, input_label="Input:"):
    if not input_label:
        raise ValueError("empty label")
    return completion.split("\n")[0].strip()
