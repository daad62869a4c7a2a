"""Splits the prompt with str.splitlines(), which also breaks lines at "\r", "\x0b" and "\u2028" inside a field."""

CAUGHT_BY = ["parse_few_shot_inverts_few_shot_prompt"]


def parse_few_shot(prompt, input_label="Input:", output_label="Output:"):
    if not input_label or not output_label:
        raise ValueError("empty label")
    lines = prompt.splitlines()
    if len(lines) % 3 != 2 or lines[-1] != output_label or prompt.endswith("\n"):
        raise ValueError("malformed prompt")
    examples = []
    for k in range(0, len(lines) - 2, 3):
        x, y, blank = lines[k:k + 3]
        if not x.startswith(input_label + " ") or not y.startswith(output_label + " ") or blank:
            raise ValueError("malformed example")
        examples.append((x[len(input_label) + 1:], y[len(output_label) + 1:]))
    if not lines[-2].startswith(input_label + " "):
        raise ValueError("malformed query")
    return examples, lines[-2][len(input_label) + 1:]
