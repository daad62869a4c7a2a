"""The catalogues of implementations that each hidden suite is tested against.

tests/wrong/<exercise>/<mistake>.py       plausible wrong implementations: the suite must fail them
tests/alternative/<exercise>/<way>.py     correct implementations written differently: full marks

Each file's docstring says what it does; a wrong one also names, in CAUGHT_BY, the checks that must
fail on it (read with ast, never imported here).

A wrong implementation holds only the function(s) with the mistake. It is graded as a *patch*: the
reference solution followed by the wrong file, so its definitions replace the reference's ones (and
the reference's other functions call the wrong ones, as a learner's own functions would).
"""

import ast
from pathlib import Path

from course.syllabus import load

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


def submission(path: Path, tmp_path: Path) -> Path:
    """The file to grade for a catalogue entry: an alternative as it is, a wrong one as a patch."""
    if path.parent.parent.name != "wrong":
        return path
    reference = load().exercise(exercise_of(path)).solution_path.read_text(encoding="utf-8")
    patch = "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                    if not line.startswith("from __future__ import"))
    patched = tmp_path / path.parent.name / f"{path.stem}.py"
    patched.parent.mkdir(parents=True, exist_ok=True)
    patched.write_text(f"{reference}\n\n# ---- {label(path)}: the mistake ----\n\n{patch}", encoding="utf-8")
    return patched


def label(path: Path) -> str:
    return f"{exercise_of(path)}/{path.stem}"
