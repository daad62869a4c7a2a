"""Hidden checks for exercises/base_models/few_shot.py: few-shot prompts, their parse, and cutting answers.

Everything here is text, so every comparison is exact: no tolerance. Fields come from st.text() and
from tricky pieces (spaces at either end, "\\r", "\\t", "\\u2028", the labels themselves, Chinese,
emoji), always without "\\n" except where a check puts one in. Labels are common pairs (Input/Output,
Q/A, English/French) and short random texts.
"""

from hypothesis import assume, example, given, settings, strategies as st

from grader.checks import assert_true, check, fail, raises

TRICKY_PIECES = [" ", "  ", "\r", "\t", "\u2028", "\x0b", "Input:", "Output:", "Q:", "A:", ":", "x", "42",
                 "fromage", "你好", "😀", "é"]
LABEL_PAIRS = [("Input:", "Output:"), ("Q:", "A:"), ("English:", "French:"), ("Question:", "Answer:"),
               ("问：", "答："), ("Q", "A"), ("Q:", "Q:"), (">>>", "...")]
TRANSLATION = [("cheese", "fromage"), ("house", "maison")]  # the chapter's example

fields = st.one_of(
    st.text(max_size=12),
    st.lists(st.sampled_from(TRICKY_PIECES), max_size=5).map("".join),
).filter(lambda t: "\n" not in t)
example_lists = st.lists(st.tuples(fields, fields), max_size=4)
label_pairs = st.one_of(
    st.sampled_from(LABEL_PAIRS),
    st.tuples(st.text(min_size=1, max_size=6), st.text(min_size=1, max_size=6)),
).filter(lambda pair: all("\n" not in label for label in pair))


def _prompt(examples, query, labels) -> str:
    """The prompt, written here (not by the reference) so the checks state the format themselves."""
    a, b = labels
    return "".join(f"{a} {x}\n{b} {y}\n\n" for x, y in examples) + f"{a} {query}\n{b}"


def _call(examples, query, labels) -> str:
    return f"few_shot_prompt({examples!r}, {query!r}, {labels[0]!r}, {labels[1]!r})"


def _assert_same_text(got, expected: str, what: str) -> None:
    """Exact equality of two texts; on a difference, show both around the first differing character."""
    if not isinstance(got, str):
        fail(f"{what} should be a str, not a {type(got).__name__}", expected, got)
    if got == expected:
        return
    i = next((k for k, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
    left = max(0, i - 25)
    fail(f"{what} differs from the expected text at character {i} (shown from character {left})",
         expected=expected[left:i + 25], got=got[left:i + 25])


def _assert_same_parse(got, expected: tuple, what: str) -> None:
    """(examples, query) equal to `expected`; on a difference, name the part that differs."""
    examples, query = expected
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], list)):
        fail(f"{what} should return a tuple (examples, query) with examples a list", expected, got)
    if len(got[0]) != len(examples):
        fail(f"{what} found {len(got[0])} examples; expected {len(examples)}", examples, got[0])
    for i, (g, e) in enumerate(zip(got[0], examples)):
        if g != e or not isinstance(g, tuple):
            fail(f"{what}: example {i} should be the tuple {e!r}", e, g)
    if got[1] != query:
        fail(f"{what}: the query is not what it should be", query, got[1])


def _reference_parse(reference, prompt, labels):
    try:
        return reference.parse_few_shot(prompt, *labels)
    except ValueError:
        return None


# --- writing the prompt ---------------------------------------------------------------------------

@check(points=3, section="prompting",
       hint='Each example is f"{input_label} {x}\\n{output_label} {y}\\n\\n"; then f"{input_label} {query}\\n{output_label}".')
@given(examples=example_lists, query=fields, labels=label_pairs)
@example(examples=TRANSLATION, query="library", labels=("English:", "French:"))
@example(examples=[("2+2", "4")], query="3+5", labels=("Input:", "Output:"))
@example(examples=[], query="3+5", labels=("Input:", "Output:"))
@example(examples=[("", ""), (" padded ", "\r")], query="", labels=("Q:", "A:"))
def few_shot_prompt_matches_the_reference(learner, reference, examples, query, labels):
    """few_shot_prompt writes each example as two lines and a blank line, then the query and the answer cue"""
    _assert_same_text(learner.few_shot_prompt(examples, query, *labels), _prompt(examples, query, labels),
                      _call(examples, query, labels))


@check(points=1, section="prompting",
       hint="End with the output label itself: no space and no newline after it. The model writes the space.")
@settings(max_examples=25)  # the differential check covers this too: fewer examples
@given(examples=example_lists, query=fields, labels=label_pairs)
@example(examples=[], query="library", labels=("English:", "French:"))
def the_prompt_ends_with_the_answer_cue(learner, reference, examples, query, labels):
    """the prompt ends with "\\n" + the output label, with no trailing space, so the model writes the answer next"""
    prompt = learner.few_shot_prompt(examples, query, *labels)
    assert_true(isinstance(prompt, str), f"few_shot_prompt should return a str, not a {type(prompt).__name__}")
    cue = f"{labels[0]} {query}\n{labels[1]}"
    assert_true(prompt.endswith(cue), f"{_call(examples, query, labels)} ends with {prompt[-len(cue) - 5:]!r}; "
                                      f"it should end with {cue!r}")


@check(points=2, section="prompting",
       hint="Look for \"\\n\" in every input, every output, the query and both labels before writing anything.")
@given(examples=example_lists, query=fields, where=st.sampled_from(["input", "output", "query", "label"]),
       at=st.integers(0, 20))
@example(examples=[("line one\nline two", "x")], query="q", where="none", at=0)
@example(examples=[("x", "yes\n")], query="q", where="none", at=0)
@example(examples=[("x", "y")], query="what\nnow", where="none", at=0)
@example(examples=[], query="q\n", where="none", at=0)
def few_shot_prompt_rejects_newlines(learner, reference, examples, query, where, at):
    """a newline in an example's input or output, in the query or in a label raises ValueError"""
    def insert(text):
        k = min(at, len(text))
        return text[:k] + "\n" + text[k:]

    labels = ["Input:", "Output:"]
    if where in ("input", "output"):
        assume(examples)
        i, j = at % len(examples), int(where == "output")
        pair = list(examples[i])
        pair[j] = insert(pair[j])
        examples = examples[:i] + [tuple(pair)] + examples[i + 1:]
    elif where == "query":
        query = insert(query)
    elif where == "label":
        labels[at % 2] = insert(labels[at % 2])
    with raises(ValueError, _call(examples, query, labels)):
        learner.few_shot_prompt(examples, query, *labels)


@check(points=1, section="prompting", hint='Check each label with `if not label: raise ValueError(...)`.')
@given(empty=st.sampled_from(["input", "output"]), examples=example_lists, query=fields)
@example(empty="input", examples=[("2+2", "4")], query="3+5")
@example(empty="output", examples=[("2+2", "4")], query="3+5")
def empty_labels_raise_value_error(learner, reference, empty, examples, query):
    """an empty label raises ValueError in few_shot_prompt, parse_few_shot and first_answer"""
    labels = ("", "Output:") if empty == "input" else ("Input:", "")
    with raises(ValueError, _call(examples, query, labels)):
        learner.few_shot_prompt(examples, query, *labels)
    prompt = _prompt(examples, query, labels)
    with raises(ValueError, f"parse_few_shot({prompt!r}, {labels[0]!r}, {labels[1]!r})"):
        learner.parse_few_shot(prompt, *labels)
    if empty == "input":
        with raises(ValueError, "first_answer(' 8\\nQ: 2+2', '')"):
            learner.first_answer(" 8\nQ: 2+2", "")


# --- reading it back ------------------------------------------------------------------------------

@check(points=2, section="prompting",
       hint='Split at "\\n\\n" (the only place it occurs), then each block at "\\n"; a field is the line '
            'after its label and one space, kept exactly (do not strip it). str.splitlines also splits at "\\r".')
@given(examples=example_lists, query=fields, labels=label_pairs)
@example(examples=[("2+2", "4")], query="3+5", labels=("Input:", "Output:"))
@example(examples=TRANSLATION, query="library", labels=("English:", "French:"))
@example(examples=[], query="", labels=("Q:", "A:"))
@example(examples=[(" padded ", "")], query="  ", labels=("Q:", "A:"))
@example(examples=[("a\rb", "c\u2028d"), ("Output: x", "Input: y")], query="\x0b", labels=("Input:", "Output:"))
@example(examples=[("x", "y")], query="z", labels=("Q:", "Q:"))
def parse_few_shot_inverts_few_shot_prompt(learner, reference, examples, query, labels):
    """parse_few_shot(few_shot_prompt(examples, query, a, b), a, b) gives back (examples, query) exactly"""
    prompt = _prompt(examples, query, labels)
    _assert_same_parse(learner.parse_few_shot(prompt, *labels), (examples, query),
                       f"parse_few_shot({prompt!r}, {labels[0]!r}, {labels[1]!r})")


@st.composite
def malformed_prompts(draw) -> str:
    """A valid prompt (Input:/Output: labels) broken in one way."""
    examples, query = draw(example_lists), draw(fields)
    prompt = _prompt(examples, query, ("Input:", "Output:"))
    kind = draw(st.sampled_from(["trailing", "no cue", "answered", "no space", "single newline",
                                 "extra blank line", "wrong label", "text before"]))
    if kind == "trailing":
        return prompt + draw(st.sampled_from([" ", "\n", "\n\n", "  "]))
    if kind == "no cue":
        return prompt[: -len("\nOutput:")]
    if kind == "answered":
        return prompt + " " + draw(fields)
    if kind == "no space":
        return prompt.replace("Input: ", "Input:", 1)
    if kind == "single newline":
        assume(examples)
        return prompt.replace("\n\n", "\n", 1)
    if kind == "extra blank line":
        assume(examples)
        return prompt.replace("\n\n", "\n\n\n", 1)
    if kind == "wrong label":
        return prompt.replace("Output:", draw(st.sampled_from(["output:", "Answer:", "Output :"])), 1)
    return draw(st.sampled_from(["Examples:\n", "\n", " "])) + prompt


@check(points=2, section="prompting",
       hint="Check every line's label and space, the blank lines between examples, and that the prompt ends "
            "exactly with the output label.")
@given(prompt=malformed_prompts())
@example(prompt="Input: 2+2\nOutput: 4")
@example(prompt="Input: 3+5\nOutput: ")
@example(prompt="Input: 3+5\nOutput: 8")
@example(prompt="Input: 2+2\nOutput: 4\nInput: 3+5\nOutput:")
@example(prompt="Input:2+2\nOutput: 4\n\nInput: 3+5\nOutput:")
@example(prompt="Input: 2+2\nOutput: 4\n\n\nInput: 3+5\nOutput:")
@example(prompt="")
def parse_few_shot_rejects_malformed_prompts(learner, reference, prompt):
    """a prompt not in the exact format (labels, spaces, blank lines, answer cue at the very end) raises ValueError"""
    assume(_reference_parse(reference, prompt, ("Input:", "Output:")) is None)
    with raises(ValueError, f"parse_few_shot({prompt!r})"):
        learner.parse_few_shot(prompt)


@check(points=1, section="prompting",
       hint="Validate before you index: a bad prompt must raise ValueError, never IndexError.")
@given(prompt=st.one_of(
    st.lists(st.sampled_from(["Input:", "Output:", " ", "\n", "\n\n", "x"]), max_size=10).map("".join),
    st.text(max_size=20), malformed_prompts()))
@example(prompt="Output:")
@example(prompt="\nOutput:")
@example(prompt="Input: a\nOutput:\n\nInput: b\nOutput:")
def parse_few_shot_parses_or_raises_value_error_on_any_text(learner, reference, prompt):
    """on any text, parse_few_shot returns the right (examples, query) or raises ValueError"""
    expected = _reference_parse(reference, prompt, ("Input:", "Output:"))
    if expected is None:
        with raises(ValueError, f"parse_few_shot({prompt!r})"):
            learner.parse_few_shot(prompt)
    else:
        _assert_same_parse(learner.parse_few_shot(prompt), expected, f"parse_few_shot({prompt!r})")


# --- cutting the answer ---------------------------------------------------------------------------

answers = st.one_of(fields, st.lists(fields, min_size=2, max_size=3).map("\n".join))


@st.composite
def completions(draw) -> tuple[str, str]:
    """(completion, input_label): an answer, then maybe the model's own next examples."""
    label = draw(st.sampled_from(["Input:", "Q:", "English:"]))
    answer = draw(answers.filter(lambda a: "\n" + label not in a))
    rest = draw(st.lists(st.tuples(fields, fields), max_size=2))
    tail = "".join(f"\n\n{label} {x}\nOutput: {y}" for x, y in rest)
    return draw(st.sampled_from(["", " "])) + answer + tail + draw(st.sampled_from(["", "\n", "\n\n"])), label


@check(points=2, section="prompting",
       hint='Cut at the first "\\n" + input_label (str.partition), then .strip() what is before it.')
@given(case=st.one_of(completions(), st.tuples(st.text(max_size=25), st.sampled_from(["Input:", "Q:"]))))
@example(case=(" bibliothèque\n\nEnglish: book\nFrench: livre\n\nEnglish: ", "English:"))
@example(case=(" Eight.\nQ: What is the boiling point of water?\nA: 100 degrees Celsius.\nQ:", "Q:"))
@example(case=(" 8", "Input:"))
@example(case=(" 8\n", "Input:"))
@example(case=("", "Input:"))
@example(case=("\nInput: x", "Input:"))
@example(case=(" line one\nline two\nInput: x\nOutput: y", "Input:"))
@example(case=(" Use the Input: field.\nInput: x", "Input:"))
@example(case=("Input: starts the line", "Input:"))
@example(case=("\t42 \n\nInput: 1\nOutput: 2\n\nInput: 3", "Input:"))
def first_answer_matches_the_reference(learner, reference, case):
    """first_answer keeps the text before the first line that starts with the input label, stripped"""
    completion, label = case
    _assert_same_text(learner.first_answer(completion, label), reference.first_answer(completion, label),
                      f"first_answer({completion!r}, {label!r})")


@check(points=2, section="prompting",
       hint="The answer ends where the model starts a new example: at the first \"\\n\" + input_label.")
@given(answer=fields, examples=st.lists(st.tuples(fields, fields), min_size=1, max_size=3),
       labels=st.sampled_from(LABEL_PAIRS[:4]))
@example(answer="fromage", examples=[("house", "maison")], labels=("English:", "French:"))
def the_answer_stops_before_the_models_next_example(learner, reference, answer, examples, labels):
    """when the model goes on with new examples, first_answer returns only the first answer, stripped"""
    assume("\n" + labels[0] not in answer)
    completion = " " + answer + "\n\n" + _prompt(examples, "more", labels)
    got = learner.first_answer(completion, labels[0])
    _assert_same_text(got, answer.strip(), f"first_answer({completion!r}, {labels[0]!r})")
