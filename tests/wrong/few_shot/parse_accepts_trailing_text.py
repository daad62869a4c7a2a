"""Checks only that the last line starts with the output label, so "Output: 8" or "Output: " is accepted."""

CAUGHT_BY = ["parse_few_shot_rejects_malformed_prompts", "parse_few_shot_parses_or_raises_value_error_on_any_text"]


def parse_few_shot(prompt, input_label="Input:", output_label="Output:"):
    if not input_label or not output_label:
        raise ValueError("empty label")
    *shots, last = prompt.split("\n\n")
    examples = []
    for shot in shots:
        lines = shot.split("\n")
        if len(lines) != 2 or not lines[0].startswith(input_label + " ") or not lines[1].startswith(output_label + " "):
            raise ValueError("malformed example")
        examples.append((lines[0][len(input_label) + 1:], lines[1][len(output_label) + 1:]))
    lines = last.split("\n")
    if len(lines) != 2 or not lines[0].startswith(input_label + " ") or not lines[1].startswith(output_label):
        raise ValueError("malformed query")
    return examples, lines[0][len(input_label) + 1:]
