"""The figures on the chapter pages are exactly what their scripts draw, and every one is shown.

Byte-identical SVGs need the matplotlib version pinned in pyproject.toml (`pip install -e '.[dev]'`);
with another version, or none, the comparison is skipped and says why.
"""

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version

import pytest

from course import paths
from course.figures import FIGURES, svg_path

pytestmark = pytest.mark.xdist_group("figures")  # one worker draws them all, once


def pinned_matplotlib() -> str:
    """The exact matplotlib version of the `dev` extra in pyproject.toml."""
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dev = pyproject["project"]["optional-dependencies"]["dev"]
    return next(requirement.split("==")[1] for requirement in dev if requirement.startswith("matplotlib=="))


@pytest.fixture(scope="module")
def redrawn(tmp_path_factory):
    """Every figure drawn again by `python -m course.figures`, into a temporary docs folder."""
    try:
        installed = version("matplotlib")
    except PackageNotFoundError:
        pytest.skip(f"matplotlib is not installed; run `pip install -e '.[dev]'` (matplotlib=={pinned_matplotlib()})")
    if installed != pinned_matplotlib():
        pytest.skip(f"figures are byte-identical only with matplotlib=={pinned_matplotlib()}, not {installed}; "
                    "run `pip install -e '.[dev]'`")
    out = tmp_path_factory.mktemp("docs")
    run = subprocess.run([sys.executable, "-m", "course.figures", "--docs", str(out)], cwd=paths.ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-4000:]
    return out


@pytest.mark.parametrize("name", FIGURES)
def test_committed_figure_is_byte_identical_to_what_its_script_draws(redrawn, name):
    committed = svg_path(name)
    assert committed.is_file(), f"{committed.relative_to(paths.ROOT)} is missing; run `python -m course.figures {name}`"
    same = svg_path(name, redrawn).read_bytes() == committed.read_bytes()  # a bool: no 80 KB diff in the report
    assert same, (
        f"{committed.relative_to(paths.ROOT)} differs from what course/figures/{name}.py draws; "
        f"run `python -m course.figures {name}` and commit the result")


@pytest.mark.parametrize("name", FIGURES)
def test_every_figure_is_shown_on_its_chapter_page_with_alt_text_and_a_caption_naming_its_script(name):
    page = paths.DOCS / FIGURES[name] / "index.md"
    shown = re.search(rf"^!\[(?P<alt>[^\]]{{20,}})\]\(figures/{name}\.svg\)\n\n\*(?P<caption>[^\n]+)\*$",
                      page.read_text(encoding="utf-8"), re.MULTILINE)
    assert shown, (f"docs/{FIGURES[name]}/index.md should show figures/{name}.svg as `![alt text](figures/{name}.svg)`, "
                   "then a blank line and an italic caption")
    assert f"`course/figures/{name}.py`" in shown["caption"], "the caption should name the script that draws it"


def test_every_figure_file_has_a_script():
    """An SVG under docs/*/figures/ that no module draws would drift unnoticed. (The benchmark figure is
    drawn from measured timings by `python -m benchmarks`, so it cannot be redrawn byte for byte.)"""
    from benchmarks.__main__ import FIGURE as BENCHMARK_FIGURE

    drawn = {svg_path(name) for name in FIGURES} | {BENCHMARK_FIGURE}
    orphans = [str(f.relative_to(paths.ROOT)) for f in paths.DOCS.glob("*/figures/*") if f not in drawn]
    assert not orphans, f"no script draws {orphans}; add a module to course/figures/ or delete them"


@pytest.mark.parametrize("name", FIGURES)
def test_every_figure_module_documents_what_it_shows_and_where_its_numbers_come_from(name):
    module = ast.parse((paths.ROOT / "course" / "figures" / f"{name}.py").read_text(encoding="utf-8"))
    draw = next((node for node in module.body if isinstance(node, ast.FunctionDef) and node.name == "draw"), None)
    assert ast.get_docstring(module), f"course/figures/{name}.py needs a module docstring"
    assert draw is not None and ast.get_docstring(draw), f"course/figures/{name}.py needs a documented draw()"
