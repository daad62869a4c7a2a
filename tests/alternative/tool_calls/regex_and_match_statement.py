"""A correct variant: calls found with one non-greedy DOTALL regex, and the calculator written as a
`match` statement over the ast nodes with explicit arithmetic."""

import ast
import json
import re

OPEN, CLOSE = "<tool_call>", "</tool_call>"
MAX_EXPONENT = 1000
CALL = re.compile(re.escape(OPEN) + r"(.*?)(" + re.escape(CLOSE) + r"|\Z)", re.S)


class ToolCallError(ValueError):
    pass


def format_tool_call(name, arguments):
    payload = {}
    payload["name"] = name
    payload["arguments"] = arguments
    return f"{OPEN}{json.dumps(payload)}{CLOSE}"


def parse_tool_calls(text):
    result = []
    for match in CALL.finditer(text):
        body, closer = match.groups()
        if not closer:
            raise ToolCallError("unclosed <tool_call>")
        try:
            call = json.loads(body)
        except Exception as error:  # JSONDecodeError, RecursionError
            raise ToolCallError(f"bad JSON: {error}") from None
        match call:
            case {"name": str(name), "arguments": dict(arguments)}:
                result.append({"name": name, "arguments": arguments})
            case _:
                raise ToolCallError("a tool call needs a string name and an object of arguments")
    return result


def _evaluate(node):
    match node:
        case ast.Constant(value=value) if type(value) is int:
            return value
        case ast.UnaryOp(op=ast.USub(), operand=operand):
            return -_evaluate(operand)
        case ast.UnaryOp(op=ast.UAdd(), operand=operand):
            return _evaluate(operand)
        case ast.BinOp(left=left, op=op, right=right):
            a, b = _evaluate(left), _evaluate(right)
            match op:
                case ast.Add():
                    return a + b
                case ast.Sub():
                    return a - b
                case ast.Mult():
                    return a * b
                case ast.FloorDiv():
                    return a // b
                case ast.Mod():
                    return a % b
                case ast.Pow():
                    if b < 0 or b > MAX_EXPONENT:
                        raise ValueError("exponent out of range")
                    return a ** b
    raise ValueError(f"unsupported: {type(node).__name__}")


def safe_calc(expression):
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as error:
        raise ValueError(str(error)) from None
    return _evaluate(tree.body)
