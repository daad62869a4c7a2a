"""The capstone's training text: the course's own chapters, as plain prose.

The course ships its corpus instead of downloading one. Its source is the course itself (written for
this project, under the project's licence), so its provenance is never in doubt, and a model trained
on it writes, charmingly badly, about tokens and attention. `python -m course.capstone.corpus`
rebuilds `course/capstone/data/course_text.txt` from `docs/*/index.md`; the file is committed, so a
run never depends on the current state of the docs (and the recorded reference run stays valid).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from course import paths
from course.syllabus import load

CORPUS = Path(__file__).parent / "data" / "course_text.txt"

_DROP_BLOCKS = re.compile(r"```.*?```|\$\$.*?\$\$|<!--.*?-->|^\?\?\?.*?$|^!!!.*?$", re.DOTALL | re.MULTILINE)
_INLINE = [
    (re.compile(r"\$[^$\n]+\$"), ""),                      # inline math
    (re.compile(r"\{[^}\n]*[#.][^}\n]*\}"), ""),            # attribute lists like { #quiz }
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),              # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),          # links keep their text
    (re.compile(r"<[^>\n]+>"), ""),                         # html tags
    (re.compile(r"[*_`]+"), ""),                            # emphasis and code marks
    (re.compile(r"^#+\s*", re.MULTILINE), ""),              # heading marks
    (re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.MULTILINE), ""),  # list bullets
]


def plain_text(markdown: str) -> str:
    """The prose of a chapter page: no code, math, tables, markup or blank-line runs."""
    text = _DROP_BLOCKS.sub("", markdown)
    text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("|", ">", "    ")))
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = "".join(ch for ch in text if ch.isascii() and (ch.isprintable() or ch == "\n"))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if len(p) > 40) + "\n"


def build(docs: Path = paths.DOCS) -> str:
    """All chapters' prose, in course order."""
    return "\n".join(plain_text((docs / chapter.id / "index.md").read_text(encoding="utf-8"))
                     for chapter in load().chapters)


def read() -> str:
    return CORPUS.read_text(encoding="utf-8")


if __name__ == "__main__":
    CORPUS.parent.mkdir(parents=True, exist_ok=True)
    CORPUS.write_text(build(), encoding="utf-8")
    sys.stdout.write(f"wrote {CORPUS} ({CORPUS.stat().st_size:,} bytes)\n")
