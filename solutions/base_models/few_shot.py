r"""Few-shot prompts: getting a base model to do a task by writing the start of a document.

A base model only continues documents. Show it a few solved examples in a fixed pattern, then the
real input and an empty answer line, and the most plausible continuation is the answer:

    Input: cheese
    Output: fromage

    Input: library
    Output:

No weights change; the model infers the task from the pattern in its context. This file writes such
a prompt, reads one back, and cuts the model's continuation down to the answer: a base model does
not know its turn is over, and after the answer it goes on writing the next "Input:" line itself.

Left out: the model itself (any base model fits), choosing and ordering the examples, and token
budgets (a real prompt must fit the context window).

Chapter: "Base models: compression, generation, prompting", section "Prompting a base model".
Only numpy and the standard library may be imported.
"""


def few_shot_prompt(examples: list[tuple[str, str]], query: str, input_label: str = "Input:",
                    output_label: str = "Output:") -> str:
    r"""Write a few-shot prompt: the solved examples, then the query with an empty answer line.

    examples: (input, output) pairs of str, possibly none (a zero-shot prompt). Not modified.
    query: the input whose answer the model should write.
    input_label, output_label: the words that start each line, e.g. "English:" and "French:".
    Returns, for each example (x, y) in order, f"{input_label} {x}\n{output_label} {y}\n\n", followed by
    f"{input_label} {query}\n{output_label}": the prompt ends with the output label and nothing after
    it, not even a space, so the model's first token (usually " something") starts the answer.

    Raises ValueError when an example's input or output, the query, or a label contains "\n" (it
    would break the one-line-per-field pattern; other characters such as "\r" are ordinary text), or
    when a label is "".

    >>> print(few_shot_prompt([("cheese", "fromage"), ("house", "maison")], "library", "English:", "French:"))
    English: cheese
    French: fromage
    <BLANKLINE>
    English: house
    French: maison
    <BLANKLINE>
    English: library
    French:
    >>> few_shot_prompt([("2+2", "4")], "3+5")
    'Input: 2+2\nOutput: 4\n\nInput: 3+5\nOutput:'
    >>> few_shot_prompt([], "3+5")
    'Input: 3+5\nOutput:'
    """
    ### BEGIN SOLUTION
    if not input_label or not output_label:
        raise ValueError("the labels must not be empty")
    for field in (input_label, output_label, query, *(text for pair in examples for text in pair)):
        if "\n" in field:
            raise ValueError(f"{field!r} contains a newline")
    shots = "".join(f"{input_label} {x}\n{output_label} {y}\n\n" for x, y in examples)
    return shots + f"{input_label} {query}\n{output_label}"
    ### END SOLUTION


def parse_few_shot(prompt: str, input_label: str = "Input:",
                   output_label: str = "Output:") -> tuple[list[tuple[str, str]], str]:
    r"""Read a few-shot prompt back into (examples, query): the inverse of few_shot_prompt.

    prompt: a str that should be exactly few_shot_prompt(examples, query, input_label, output_label)
        for some examples and query.
    Returns (examples, query), with examples a list of (input, output) tuples, so that
    parse_few_shot(few_shot_prompt(e, q, a, b), a, b) == (e, q) for every valid e, q, a, b.

    Raises ValueError when a label is "" or contains "\n", or when the prompt is not in that exact
    format: a line that does not start with its label and one space, a missing blank line between
    examples, a missing answer cue at the end, or anything after it (a space, a newline, an answer).

    >>> parse_few_shot('Input: 2+2\nOutput: 4\n\nInput: 3+5\nOutput:')
    ([('2+2', '4')], '3+5')
    >>> parse_few_shot('Q: 3+5\nA:', "Q:", "A:")
    ([], '3+5')
    >>> parse_few_shot('Input: 2+2\nOutput: 4')
    Traceback (most recent call last):
    ...
    ValueError: the prompt does not end with the answer cue 'Output:'
    """
    ### BEGIN SOLUTION
    if not input_label or not output_label or "\n" in input_label + output_label:
        raise ValueError("the labels must be non-empty and hold no newline")
    if not prompt.endswith("\n" + output_label):
        raise ValueError(f"the prompt does not end with the answer cue {output_label!r}")
    *shots, last = prompt.split("\n\n")  # no field holds a newline, so only the separators match
    fields = []
    for block in [*shots, last + " "]:  # the cue gets a space, so it reads like "Output: " + ""
        lines = block.split("\n")
        if len(lines) != 2:
            raise ValueError(f"an example should be two lines, not {block!r}")
        for line, label in zip(lines, (input_label, output_label)):
            if not line.startswith(label + " "):
                raise ValueError(f"the line {line!r} does not start with {label + ' '!r}")
            fields.append(line[len(label) + 1:])
    *pairs, query, _ = fields
    return list(zip(pairs[::2], pairs[1::2])), query
    ### END SOLUTION


def first_answer(completion: str, input_label: str = "Input:") -> str:
    r"""Cut a base model's continuation of a few-shot prompt down to its answer.

    completion: the text the model wrote after the prompt's final output label. Having answered, a
        base model usually carries on with the blank line and a new example of its own.
    input_label: the label that starts each example, as in few_shot_prompt; "" raises ValueError.
    Returns the completion up to (not including) the first "\n" + input_label, that is, the first
    line that starts a new example; the whole completion when there is none. Leading and trailing
    whitespace (spaces, newlines) is then stripped. This is what the `stop` parameter of completion
    APIs does with stop=["\nInput:"]. Only the start of a line counts: "Input:" elsewhere is kept.

    >>> first_answer(" bibliothèque\n\nEnglish: book\nFrench: livre\n\nEnglish: ", "English:")
    'bibliothèque'
    >>> first_answer(" Eight.\nQ: What is the boiling point of water?\nA: 100 degrees Celsius.", "Q:")
    'Eight.'
    >>> first_answer(" 8")
    '8'
    >>> first_answer(" line one\nline two\nInput: x\nOutput: y")
    'line one\nline two'
    """
    ### BEGIN SOLUTION
    if not input_label:
        raise ValueError("the input label must not be empty")
    answer, _, _ = completion.partition("\n" + input_label)
    return answer.strip()
    ### END SOLUTION
