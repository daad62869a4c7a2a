"""Looks for newlines in the examples but not in the query or the labels."""

CAUGHT_BY = ["few_shot_prompt_rejects_newlines"]


def few_shot_prompt(examples, query, input_label="Input:", output_label="Output:"):
    if not input_label or not output_label:
        raise ValueError("empty label")
    for x, y in examples:
        if "\n" in x or "\n" in y:
            raise ValueError("newline in an example")
    shots = "".join(f"{input_label} {x}\n{output_label} {y}\n\n" for x, y in examples)
    return shots + f"{input_label} {query}\n{output_label}"
