"""Separates the examples with a single newline instead of a blank line."""

CAUGHT_BY = ["few_shot_prompt_matches_the_reference"]


def few_shot_prompt(examples, query, input_label="Input:", output_label="Output:"):
    if not input_label or not output_label:
        raise ValueError("empty label")
    for field in (input_label, output_label, query, *(t for pair in examples for t in pair)):
        if "\n" in field:
            raise ValueError("newline")
    shots = "".join(f"{input_label} {x}\n{output_label} {y}\n" for x, y in examples)
    return shots + f"{input_label} {query}\n{output_label}"
