"""Tool calls: how a model's text becomes a function call, and a calculator that is safe to expose.

A model cannot run anything; it writes text. When it needs a tool it writes a call in an agreed
format, here <tool_call>{"name": ..., "arguments": {...}}</tool_call>, and the application parses
that text, runs the tool and puts the result back into the context. Model output is untrusted input:
the parser must turn every malformed call into one clear error, and a tool must never `eval` what the
model wrote. The calculator below reads the expression's syntax tree and allows integer arithmetic
only, which is how 294712 * 12828 gets computed exactly instead of "in the model's head".

Chapter: "RAG, tool use and agents", section "Tool use".
Only numpy and the standard library may be imported.
"""

import ast
import json
import operator

OPEN, CLOSE = "<tool_call>", "</tool_call>"
MAX_EXPONENT = 1000


class ToolCallError(ValueError):
    """A tool call that cannot be run: an unclosed tag, invalid JSON, or a wrong name or arguments."""


def format_tool_call(name: str, arguments: dict) -> str:
    """The text a model writes to call tool `name` with `arguments`.

    Returns OPEN + json.dumps({"name": name, "arguments": arguments}) + CLOSE, with json.dumps'
    default settings (keys in the order given, ", " and ": " separators, non-ASCII escaped as \\uXXXX).
    arguments: a dict of JSON-able values (str keys; str, int, float, bool, None, lists, dicts).
    Neither name nor any argument may contain the text CLOSE: the call would end there.

    >>> format_tool_call("multiply", {"a": 294712, "b": 12828})
    '<tool_call>{"name": "multiply", "arguments": {"a": 294712, "b": 12828}}</tool_call>'
    """
    ### BEGIN SOLUTION
    return OPEN + json.dumps({"name": name, "arguments": arguments}) + CLOSE
    ### END SOLUTION


def parse_tool_calls(text: str) -> list[dict]:
    """Every tool call in `text`, in order, as {"name": str, "arguments": dict}.

    A call is OPEN, then a JSON object, then the first CLOSE after it. Text outside calls is ignored
    (a CLOSE with no OPEN before it too), so text without OPEN gives []. The JSON object must have a
    "name" that is a string and "arguments" that is an object; other keys are ignored and do not
    appear in the result.
    Raises ToolCallError (a ValueError) for the first call that is broken: an OPEN with no CLOSE
    after it, text between the tags that json.loads rejects, JSON that is not an object, or a missing
    or ill-typed "name" or "arguments". Whatever the text, the function returns a list or raises
    ToolCallError: never KeyError or TypeError, nor json.loads' own errors (a JSONDecodeError, or a
    RecursionError for very deeply nested JSON like "[[[[...").

    >>> parse_tool_calls('Let me compute. <tool_call>{"name": "multiply", "arguments": {"a": 6, "b": 7}}</tool_call>')
    [{'name': 'multiply', 'arguments': {'a': 6, 'b': 7}}]
    >>> parse_tool_calls("The answer is 42.")
    []
    >>> parse_tool_calls('<tool_call>{"name": "multiply"}</tool_call>')
    Traceback (most recent call last):
    ...
    tool_calls.ToolCallError: the tool call has no "arguments" object: '{"name": "multiply"}'
    """
    ### BEGIN SOLUTION
    calls = []
    start = text.find(OPEN)
    while start != -1:
        end = text.find(CLOSE, start + len(OPEN))
        if end == -1:
            raise ToolCallError(f"a tool call is never closed: {text[start:start + 60]!r}")
        body = text[start + len(OPEN):end]
        try:
            call = json.loads(body)
        except (ValueError, RecursionError):  # json.JSONDecodeError is a ValueError
            raise ToolCallError(f"the tool call is not valid JSON: {body!r}") from None
        if not isinstance(call, dict):
            raise ToolCallError(f"the tool call is not a JSON object: {body!r}")
        if not isinstance(call.get("name"), str):
            raise ToolCallError(f"the tool call has no \"name\" string: {body!r}")
        if not isinstance(call.get("arguments"), dict):
            raise ToolCallError(f"the tool call has no \"arguments\" object: {body!r}")
        calls.append({"name": call["name"], "arguments": call["arguments"]})
        start = text.find(OPEN, end + len(CLOSE))
    return calls
    ### END SOLUTION


def safe_calc(expression: str) -> int:
    """Evaluate integer arithmetic written as Python, without ever running the text as code.

    expression: parsed with ast.parse(expression.strip(), mode="eval"), so Python's precedence and
        associativity apply (2 + 3 * 4 == 14, -2 ** 2 == -4, 2 ** 3 ** 2 == 512). Allowed: int
        literals (not True or False, which Python counts as ints), parentheses, binary + - * // % **,
        and a sign: unary - or +. The result is exactly Python's (// and % round towards minus
        infinity: 7 // -2 == -4, -7 % 3 == 2).
    Raises ValueError for anything else: text that does not parse, names, calls, attributes, float
    or string literals, true division /, comparisons... Also raises ValueError for a ** whose
    exponent is negative (the result would be a fraction) or above MAX_EXPONENT, so that one power
    cannot make the tool run for minutes. (A real tool would also bound the size of every value and
    run under a time limit.) x // 0 and x % 0 raise ZeroDivisionError, as in Python.
    The work is split in two: safe_calc parses, and evaluate_node (below) computes the tree's value.

    >>> safe_calc("294712*12828")
    3780565536
    >>> safe_calc("-(7 + 3) // 4 % 5")
    2
    >>> safe_calc("__import__('os').system('ls')")
    Traceback (most recent call last):
    ...
    ValueError: not allowed in a calculation: "__import__('os').system('ls')"
    """
    ### BEGIN SOLUTION
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError:
        raise ValueError(f"not an arithmetic expression: {expression!r}") from None
    return evaluate_node(tree.body)
    ### END SOLUTION


def evaluate_node(node: ast.AST) -> int:
    """The value of one node of an expression's syntax tree, computed recursively (safe_calc's helper).

    node: a node from ast.parse(..., mode="eval").body. An int Constant (not a bool) is its value;
    a UnaryOp with USub or UAdd, and a BinOp with Add, Sub, Mult, FloorDiv, Mod or Pow, apply their
    operator to the values of their operands (see the `operator` module). Any other node raises
    ValueError, and so does a Pow whose exponent is not between 0 and MAX_EXPONENT.

    >>> evaluate_node(ast.parse("6 * -7", mode="eval").body)
    -42
    >>> ast.dump(ast.parse("6 * -7", mode="eval").body)
    'BinOp(left=Constant(value=6), op=Mult(), right=UnaryOp(op=USub(), operand=Constant(value=7)))'
    """
    ### BEGIN SOLUTION
    binary = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
              ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow}
    unary = {ast.USub: operator.neg, ast.UAdd: operator.pos}
    if isinstance(node, ast.Constant) and type(node.value) is int:  # `is`: rejects True and False
        return node.value
    if isinstance(node, ast.UnaryOp) and type(node.op) in unary:
        return unary[type(node.op)](evaluate_node(node.operand))
    if isinstance(node, ast.BinOp) and type(node.op) in binary:
        left, right = evaluate_node(node.left), evaluate_node(node.right)
        if isinstance(node.op, ast.Pow) and not 0 <= right <= MAX_EXPONENT:
            raise ValueError(f"exponents must be between 0 and {MAX_EXPONENT}, got {right}")
        return binary[type(node.op)](left, right)
    raise ValueError(f"not allowed in a calculation: {ast.unparse(node)!r}")
    ### END SOLUTION
