"""Hidden checks for exercises/tools_and_agents/tool_calls.py: format and parse tool calls, safe_calc.

Everything is strings, dicts and Python ints, so every comparison is exact: no tolerance. Texts to
parse are built from valid calls, broken calls and filler, and from plain st.text(), because model
output is untrusted: the parser must answer every text with a list or a ToolCallError (seen here as
its base class, ValueError). Arithmetic is compared with the reference on generated expressions,
whose exponents stay small so that every value stays small.
"""

import json

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises
from grader.sandbox import LearnerRaised

OPEN, CLOSE = "<tool_call>", "</tool_call>"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.text(max_size=8)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)
names = st.one_of(st.sampled_from(["multiply", "search", "get_weather", "calc", "计算", ""]), st.text(max_size=10))
arguments = st.dictionaries(st.text(max_size=6), json_values, max_size=4)


def _can_be_framed(name, args) -> bool:
    return CLOSE not in json.dumps({"name": name, "arguments": args})


calls = st.tuples(names, arguments).filter(lambda c: _can_be_framed(*c))
fillers = st.one_of(st.sampled_from(["", "Let me check. ", "\n", "Done.", " <tool_", "call>", "{}", "</tool_call>"]),
                    st.text(max_size=8).filter(lambda t: OPEN not in t))
BROKEN = [
    OPEN + '{"name": "multiply", "arguments": {"a": 6}}',       # never closed
    OPEN + '{"name": "multiply", "arguments": {"a": 6}' + CLOSE,  # a brace missing
    OPEN + "multiply(6, 7)" + CLOSE,                              # not JSON
    OPEN + CLOSE,                                                  # empty
    OPEN + '["multiply", {"a": 6}]' + CLOSE,                       # an array
    OPEN + "null" + CLOSE,
    OPEN + '{"arguments": {"a": 6}}' + CLOSE,                      # no name
    OPEN + '{"name": 7, "arguments": {"a": 6}}' + CLOSE,           # name not a string
    OPEN + '{"name": "multiply"}' + CLOSE,                         # no arguments
    OPEN + '{"name": "multiply", "arguments": [6, 7]}' + CLOSE,    # arguments not an object
    OPEN + '{"name": "multiply", "arguments": "a=6"}' + CLOSE,
    OPEN + '{"name": "f", "arguments": {}}' + CLOSE + " then " + OPEN + '{"name": "g"',
]
pieces = st.one_of(fillers, st.sampled_from(BROKEN + [OPEN, CLOSE, '{"name": ', '"arguments": ', "{", "}", '"x"']),
                   calls.map(lambda c: OPEN + json.dumps({"name": c[0], "arguments": c[1]}) + CLOSE))
model_texts = st.lists(pieces, max_size=5).map("".join)


def _expected_parse(reference, text):
    """The reference's answer: ("ok", calls) or ("raises", None)."""
    try:
        return "ok", reference.parse_tool_calls(text)
    except ValueError:
        return "raises", None


def _parse_outcome(learner, text):
    """The learner's answer, or a failure if it raised something other than a ValueError."""
    try:
        return "ok", learner.parse_tool_calls(text)
    except LearnerRaised as error:
        if not error.is_a(ValueError):
            fail(f"parse_tool_calls({text!r}) raised {error.type_name}: {error.message}; a broken tool call "
                 f"should raise ToolCallError, and anything else should give a list")
        return "raises", None


@check(points=1, section="tool-use", hint='OPEN + json.dumps({"name": name, "arguments": arguments}) + CLOSE')
@given(call=calls)
@example(call=("multiply", {"a": 294712, "b": 12828}))
@example(call=("计算", {"expression": "1 + 1", "exact": True, "digits": None}))
@example(call=("noop", {}))
def format_matches_the_reference(learner, reference, call):
    """format_tool_call writes <tool_call>, json.dumps of {"name", "arguments"} with default settings, </tool_call>"""
    name, args = call
    assert_equal(learner.format_tool_call(name, args), reference.format_tool_call(name, args),
                 f"format_tool_call({name!r}, {args!r})")


@check(points=2, section="tool-use")
@given(batch=st.lists(st.tuples(calls, fillers), min_size=1, max_size=3), lead=fillers)
@example(batch=[(("multiply", {"a": 294712, "b": 12828}), "")], lead="")
def parse_reads_back_what_format_wrote(learner, reference, batch, lead):
    """parse_tool_calls returns the calls that format_tool_call wrote, in order, ignoring the text around them"""
    text = lead + "".join(reference.format_tool_call(name, args) + filler for (name, args), filler in batch)
    expected = [{"name": name, "arguments": args} for (name, args), _ in batch]
    assert_equal(learner.parse_tool_calls(text), expected, f"parse_tool_calls({text!r})")


@check(points=3, section="tool-use",
       hint="Find each OPEN, then the first CLOSE after it; json.loads the text between; check name and arguments.")
@given(text=model_texts)
@example(text='I will search. <tool_call>{\n  "name": "search",\n  "arguments": {"q": "Tour de France 2024"}\n}</tool_call>')
@example(text=OPEN + '{"name": "f", "arguments": {"x": 1}}' + CLOSE + " and " + OPEN + '{"name": "g", "arguments": {}}' + CLOSE)
@example(text='</tool_call> stray ' + OPEN + ' {"name": "f", "arguments": {}} ' + CLOSE)
def parse_matches_the_reference(learner, reference, text):
    """parse_tool_calls returns the same calls as the reference, or raises when one of them is broken"""
    expected = _expected_parse(reference, text)
    got = _parse_outcome(learner, text)
    if expected[0] == "raises":
        assert_true(got[0] == "raises", f"parse_tool_calls({text!r}) should raise ToolCallError, but returned {got[1]!r}")
    else:
        assert_true(got[0] == "ok", f"parse_tool_calls({text!r}) raised ValueError, but every call in it is valid")
        assert_equal(got[1], expected[1], f"parse_tool_calls({text!r})")


@check(points=1, section="tool-use")
@given(text=st.text().filter(lambda t: OPEN not in t))
@example(text="")
@example(text="The answer is 3,780,565,536.")
@example(text="A stray </tool_call> and a <tool_ half tag.")
def text_without_tool_calls_gives_an_empty_list(learner, reference, text):
    """text with no <tool_call> in it gives []"""
    assert_equal(learner.parse_tool_calls(text), [], f"parse_tool_calls({text!r})")


@check(points=2, section="tool-use",
       hint="Check that the JSON is a dict, that call.get('name') is a str and call.get('arguments') a dict.")
@given(text=st.sampled_from(BROKEN))
def broken_calls_raise_tool_call_error(learner, reference, text):
    """an unclosed tag, invalid JSON, or a missing or ill-typed name or arguments raises ToolCallError"""
    with raises(ValueError, f"parse_tool_calls({text!r})"):
        learner.parse_tool_calls(text)


@check(points=2, section="tool-use",
       hint="Catch json's errors and re-raise them as ToolCallError; never index a value you have not type-checked.")
@given(text=st.one_of(st.text(), model_texts, st.text().map(lambda t: OPEN + t + CLOSE)))
@example(text=OPEN + "[" * 5000 + CLOSE)
@example(text=OPEN + '"just a string"' + CLOSE)
@example(text=OPEN + '{"name": ["multiply"], "arguments": {}}' + CLOSE)
def any_text_gives_a_list_or_a_tool_call_error(learner, reference, text):
    """for any text at all, parse_tool_calls returns a list or raises ToolCallError, never another exception"""
    kind, value = _parse_outcome(learner, text)
    if kind == "ok":
        assert_true(isinstance(value, list), f"parse_tool_calls({text!r}) should return a list, not {value!r}")


@check(points=1, section="tool-use", hint='Build the result yourself: {"name": ..., "arguments": ...}.')
@given(extra=st.sampled_from(['"id": "call_1"', '"type": "function"']))
def other_keys_are_left_out(learner, reference, extra):
    """a call's other JSON keys are ignored: each result holds just "name" and "arguments\""""
    text = OPEN + '{"name": "multiply", "arguments": {"a": 6, "b": 7}, ' + extra + "}" + CLOSE
    assert_equal(learner.parse_tool_calls(text), [{"name": "multiply", "arguments": {"a": 6, "b": 7}}],
                 f"parse_tool_calls({text!r})")


@st.composite
def expressions(draw, depth=3):
    """Integer expressions as Python text, fully parenthesised, with small exponents."""
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        number = draw(st.integers(0, 60))
        return str(number) if draw(st.booleans()) else f"-{number}"
    op = draw(st.sampled_from(["+", "-", "*", "//", "%", "**"]))
    left = draw(expressions(depth=depth - 1))
    right = str(draw(st.integers(0, 4))) if op == "**" else draw(expressions(depth=depth - 1))
    space = draw(st.sampled_from(["", " "]))
    return f"({left}{space}{op}{space}{right})"


def _expected_calc(reference, expression):
    try:
        return "ok", reference.safe_calc(expression)
    except ZeroDivisionError:
        return "zero", None


@check(points=3, section="tool-use",
       hint="Walk the ast: int Constant, UnaryOp (USub, UAdd), BinOp (Add, Sub, Mult, FloorDiv, Mod, Pow).")
@given(expression=expressions())
@example(expression="294712*12828")
@example(expression="(((7 - 3) * -2) // 3) % 5")
@example(expression="-(7 + 3) // 4 % 5")
def safe_calc_equals_python_arithmetic(learner, reference, expression):
    """safe_calc gives exactly Python's integer result, and ZeroDivisionError for // 0 and % 0"""
    kind, value = _expected_calc(reference, expression)
    if kind == "zero":
        with raises(ZeroDivisionError, f"safe_calc({expression!r})"):
            learner.safe_calc(expression)
    else:
        assert_equal(learner.safe_calc(expression), value, f"safe_calc({expression!r})")


@check(points=1, section="tool-use",
       hint="Parse expression.strip() with ast.parse(..., mode='eval'); ast already knows Python's precedence.")
@given(case=st.sampled_from([("2 + 3 * 4", 14), ("-2 ** 2", -4), ("2 ** 3 ** 2", 512), ("7 // -2", -4),
                             ("-7 % 3", 2), ("  2 + 3\n", 5), ("-(+3) * +2", -6), ("(1 +\n 2)", 3),
                             ("2 ** 0", 1), ("(-1) ** 1000", 1)]))
def precedence_signs_and_spaces(learner, reference, case):
    """safe_calc follows Python's precedence, accepts signs and ignores surrounding whitespace"""
    expression, expected = case
    assert_equal(learner.safe_calc(expression), expected, f"safe_calc({expression!r})")


@check(points=2, section="tool-use",
       hint="Allow only the listed node types and raise ValueError for every other one; never call eval.")
@given(expression=st.sampled_from([
    "x", "abs(-3)", "(5).real", "1.5 * 2", "7 / 2", "'a' * 3", "True + 1", "False", "1 < 2", "[1, 2]",
    "__import__('os').system('ls')", "", "2 +", "1; 2", "lambda: 1", "not 1", "~1", "1 << 3", "5 & 3",
    "1 if 1 else 2", "1j", "f'{1}'", "x := 5"]))
def code_and_non_integers_are_rejected(learner, reference, expression):
    """names, calls, attributes, floats, /, strings, bools, other operators and bad syntax raise ValueError"""
    with raises(ValueError, f"safe_calc({expression!r})"):
        learner.safe_calc(expression)


@check(points=1, section="tool-use", hint="Check the exponent before computing the power: 0 <= exponent <= MAX_EXPONENT.")
@given(expression=st.sampled_from(["2 ** 1001", "10 ** (999 + 2)", "2 ** -1", "1 ** 100000", "(2 ** 1000) ** 2000"]))
@example(expression="2 ** 1001")
def huge_or_negative_exponents_raise_value_error(learner, reference, expression):
    """an exponent above MAX_EXPONENT (1000) or below 0 raises ValueError (2 ** 1000 itself is fine)"""
    with raises(ValueError, f"safe_calc({expression!r})"):
        learner.safe_calc(expression)
    assert_equal(learner.safe_calc("2 ** 1000"), 2 ** 1000, "safe_calc('2 ** 1000')")
