"""Parses the expression without .strip(): leading spaces make ast.parse raise IndentationError, so
"  2 + 3" is refused instead of giving 5."""

import ast
import operator

CAUGHT_BY = ["precedence_signs_and_spaces"]


def safe_calc(expression):
    binary = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
              ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow}
    unary = {ast.USub: operator.neg, ast.UAdd: operator.pos}

    def value(node):
        if isinstance(node, ast.Constant) and type(node.value) is int:
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
        return value(ast.parse(expression, mode="eval").body)
    except SyntaxError:
        raise ValueError("not an expression") from None
