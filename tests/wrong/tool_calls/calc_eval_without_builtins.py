"""Calls eval with empty builtins after a character filter: never safe, and it also returns floats for
1.5 * 2 and 7 / 2 and ints for 5 & 3 instead of raising ValueError."""

CAUGHT_BY = ["code_and_non_integers_are_rejected"]


def safe_calc(expression):
    if any(c.isalpha() or c in "_'\"[]" for c in expression):
        raise ValueError("only digits and operators are allowed")
    try:
        return eval(expression, {"__builtins__": {}}, {})
    except SyntaxError:
        raise ValueError("not an expression") from None
