"""The catalogues of implementations that each hidden suite is tested against.

tests/wrong/<exercise>/<mistake>.py       plausible wrong implementations: the suite must fail them
tests/alternative/<exercise>/<way>.py     correct implementations written differently: full marks

Each file's docstring says what it does; a wrong one also names, in CAUGHT_BY, the checks that must
fail on it (read with ast, never imported here).
"""

import ast
from pathlib import Path

HERE = Path(__file__).parent
WRONG = sorted((HERE / "wrong").glob("*/*.py"))
ALTERNATIVE = sorted((HERE / "alternative").glob("*/*.py"))


def exercise_of(path: Path) -> str:
    return path.parent.name


def caught_by(path: Path) -> list[str]:
    """The CAUGHT_BY list of a wrong implementation (empty if it has none)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "CAUGHT_BY" for t in node.targets):
            return list(ast.literal_eval(node.value))
    return []


def label(path: Path) -> str:
    return f"{exercise_of(path)}/{path.stem}"
