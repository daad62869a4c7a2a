"""Strips every field after removing its label, so inputs and outputs with spaces at either end change."""

CAUGHT_BY = ["parse_few_shot_inverts_few_shot_prompt"]


def parse_few_shot(prompt, input_label="Input:", output_label="Output:"):
    if not input_label or not output_label:
        raise ValueError("empty label")
    *shots, last = prompt.split("\n\n")
    examples = []
    for shot in shots:
        lines = shot.split("\n")
        if len(lines) != 2 or not lines[0].startswith(input_label) or not lines[1].startswith(output_label):
            raise ValueError("malformed example")
        examples.append((lines[0][len(input_label):].strip(), lines[1][len(output_label):].strip()))
    lines = last.split("\n")
    if len(lines) != 2 or not lines[0].startswith(input_label) or lines[1] != output_label:
        raise ValueError("malformed query")
    return examples, lines[0][len(input_label):].strip()
