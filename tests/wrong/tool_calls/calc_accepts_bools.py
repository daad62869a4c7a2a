"""Tests literals with isinstance(value, int), which accepts True and False (bool is a subclass of int)."""

import ast

CAUGHT_BY = ["code_and_non_integers_are_rejected"]


def safe_calc(expression):
    import operator
    binary = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
              ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow}
    unary = {ast.USub: operator.neg, ast.UAdd: operator.pos}

    def value(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.UnaryOp) and type(node.op) in unary:
            return unary[type(node.op)](value(node.operand))
        if isinstance(node, ast.BinOp) and type(node.op) in binary:
            left, right = value(node.left), value(node.right)
            if isinstance(node.op, ast.Pow) and not 0 <= right <= MAX_EXPONENT:
                raise ValueError("exponent out of range")
            return binary[type(node.op)](left, right)
        raise ValueError("not allowed")

    try:
        return value(ast.parse(expression.strip(), mode="eval").body)
    except SyntaxError:
        raise ValueError("not an expression") from None
