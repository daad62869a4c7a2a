"""Ends the prompt with "Output: " (a trailing space): the model's usual first token " answer" no longer fits."""

CAUGHT_BY = ["few_shot_prompt_matches_the_reference", "the_prompt_ends_with_the_answer_cue"]


def few_shot_prompt(examples, query, input_label="Input:", output_label="Output:"):
    if not input_label or not output_label:
        raise ValueError("empty label")
    for field in (input_label, output_label, query, *(t for pair in examples for t in pair)):
        if "\n" in field:
            raise ValueError("newline")
    shots = "".join(f"{input_label} {x}\n{output_label} {y}\n\n" for x, y in examples)
    return shots + f"{input_label} {query}\n{output_label} "
