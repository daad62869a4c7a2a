"""Computes a // b as int(a / b) and a % b as a - b * int(a / b): this rounds towards zero, so 7 // -2
gives -3 instead of -4 and -7 % 3 gives -1 instead of 2."""

import ast
import operator

CAUGHT_BY = ["safe_calc_equals_python_arithmetic", "precedence_signs_and_spaces"]


def safe_calc(expression):
    def floordiv(a, b):
        return int(a / b)

    def mod(a, b):
        return a - b * int(a / b)

    binary = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
              ast.FloorDiv: floordiv, ast.Mod: mod, ast.Pow: operator.pow}
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
        return value(ast.parse(expression.strip(), mode="eval").body)
    except SyntaxError:
        raise ValueError("not an expression") from None
