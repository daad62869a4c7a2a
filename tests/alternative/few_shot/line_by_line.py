"""A correct variant: builds the prompt from a list of lines, parses it three lines at a time, and cuts
the answer with a regular expression."""

import re


def _check_labels(*labels: str) -> None:
    if any(label == "" or "\n" in label for label in labels):
        raise ValueError("labels must be non-empty single lines")


def few_shot_prompt(examples: list[tuple[str, str]], query: str, input_label: str = "Input:",
                    output_label: str = "Output:") -> str:
    _check_labels(input_label, output_label)
    lines = []
    for x, y in examples:
        lines += [f"{input_label} {x}", f"{output_label} {y}", ""]
    lines += [f"{input_label} {query}", output_label]
    if any("\n" in text for pair in examples for text in pair) or "\n" in query:
        raise ValueError("a field contains a newline")
    return "\n".join(lines)


def parse_few_shot(prompt: str, input_label: str = "Input:",
                   output_label: str = "Output:") -> tuple[list[tuple[str, str]], str]:
    _check_labels(input_label, output_label)
    lines = prompt.split("\n")
    if len(lines) % 3 != 2 or lines[-1] != output_label:
        raise ValueError("not a few-shot prompt")

    def strip_label(line: str, label: str) -> str:
        head = label + " "
        if line[:len(head)] != head:
            raise ValueError(f"{line!r} should start with {head!r}")
        return line[len(head):]

    examples = []
    for k in range(0, len(lines) - 2, 3):
        if lines[k + 2] != "":
            raise ValueError("examples must be separated by a blank line")
        examples.append((strip_label(lines[k], input_label), strip_label(lines[k + 1], output_label)))
    return examples, strip_label(lines[-2], input_label)


def first_answer(completion: str, input_label: str = "Input:") -> str:
    if not input_label:
        raise ValueError("empty input label")
    match = re.search("\n" + re.escape(input_label), completion)
    return (completion[:match.start()] if match else completion).strip()
