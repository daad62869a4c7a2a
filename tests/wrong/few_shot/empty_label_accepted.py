"""Never checks the labels, so an empty label gives lines that start with a bare space."""

CAUGHT_BY = ["empty_labels_raise_value_error"]


def few_shot_prompt(examples, query, input_label="Input:", output_label="Output:"):
    for field in (input_label, output_label, query, *(t for pair in examples for t in pair)):
        if "\n" in field:
            raise ValueError("newline")
    shots = "".join(f"{input_label} {x}\n{output_label} {y}\n\n" for x, y in examples)
    return shots + f"{input_label} {query}\n{output_label}"
