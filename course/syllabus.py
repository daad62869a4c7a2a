"""Load `syllabus.yaml`, the single list of chapters and exercises that everything else derives from."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from course import paths

_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
_CONCEPT_ID = re.compile(r"[A-Z]{1,2}\d+")


class SyllabusError(Exception):
    """The syllabus file breaks its own rules; the message names the entry."""


class UnknownName(LookupError):
    """A name given on the command line is neither an exercise nor a chapter."""

    def __init__(self, name: str, suggestion: str | None):
        hint = f" Did you mean '{suggestion}'?" if suggestion else ""
        super().__init__(f"There is no exercise or chapter called '{name}'.{hint} "
                         "Run `llm-course` to see them all.")
        self.name = name
        self.suggestion = suggestion


@dataclass(frozen=True)
class Exercise:
    """One learner module: `exercises/<chapter>/<name>.py`, graded by its hidden suite."""

    name: str
    title: str
    chapter: str
    hints: tuple[str, ...] = ()

    @property
    def relative_path(self) -> Path:
        """The file's path inside an exercises tree (or the solutions tree)."""
        return Path(self.chapter) / f"{self.name}.py"

    @property
    def solution_path(self) -> Path:
        return paths.SOLUTIONS / self.relative_path

    @property
    def suite_module(self) -> str:
        return f"grader.suites.{self.chapter}.test_{self.name}"


@dataclass(frozen=True)
class Chapter:
    """A page of the course with its concept ids and the exercises it hands out."""

    id: str
    title: str
    number: int
    concepts: tuple[str, ...]
    corrections: tuple[str, ...]
    exercises: tuple[Exercise, ...] = field(default=())

    def url(self, section: str | None = None) -> str:
        anchor = f"#{section}" if section else ""
        return f"{paths.SITE_URL}/{self.id}/{anchor}"


@dataclass(frozen=True)
class Syllabus:
    chapters: tuple[Chapter, ...]
    inventory: tuple[str, ...] = ()
    """Every concept and correction id of shared/syllabus.md; each must be taught by some chapter."""
    fixed_silently: tuple[str, ...] = ()
    """Inventory ids with nothing to teach (typos corrected in the course's own text)."""

    def untaught(self) -> list[str]:
        taught = {c for chapter in self.chapters for c in chapter.concepts + chapter.corrections}
        return [i for i in self.inventory if i not in taught and i not in self.fixed_silently]

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(e for c in self.chapters for e in c.exercises)

    def chapter(self, chapter_id: str) -> Chapter:
        for c in self.chapters:
            if c.id == chapter_id:
                return c
        raise UnknownName(chapter_id, self._closest(chapter_id))

    def exercise(self, name: str) -> Exercise:
        for e in self.exercises:
            if e.name == name:
                return e
        raise UnknownName(name, self._closest(name))

    def select(self, names: list[str]) -> list[Exercise]:
        """Resolve command-line names, each an exercise or a chapter, into exercises in course order."""
        wanted: set[str] = set()
        for name in names:
            if any(e.name == name for e in self.exercises):
                wanted.add(name)
            elif any(c.id == name for c in self.chapters):
                wanted.update(e.name for e in self.chapter(name).exercises)
            else:
                raise UnknownName(name, self._closest(name))
        return [e for e in self.exercises if e.name in wanted]

    def _closest(self, name: str) -> str | None:
        candidates = [e.name for e in self.exercises] + [c.id for c in self.chapters]
        match = difflib.get_close_matches(name, candidates, n=1, cutoff=0.5)
        return match[0] if match else None


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SyllabusError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _exercise(entry: object, chapter: str, where: str) -> Exercise:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise SyllabusError(f"{where}: each exercise needs a 'name'")
    name = entry["name"]
    if not _IDENTIFIER.fullmatch(name):
        raise SyllabusError(f"{where}: exercise name '{name}' must be a lowercase Python identifier")
    return Exercise(name=name, title=str(entry.get("title", name)), chapter=chapter,
                    hints=_strings(entry, "hints", f"{where}, exercise {name}"))


def parse(data: object) -> Syllabus:
    """Check the raw YAML structure and build the syllabus; raises SyllabusError on the first problem."""
    if not isinstance(data, dict) or not isinstance(data.get("chapters"), list):
        raise SyllabusError("the syllabus needs a top-level 'chapters' list")
    chapters = []
    for number, entry in enumerate(data["chapters"], start=1):
        where = f"chapter {number}"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise SyllabusError(f"{where}: needs an 'id'")
        cid = entry["id"]
        if not _IDENTIFIER.fullmatch(cid):
            raise SyllabusError(f"{where}: id '{cid}' must be a lowercase Python identifier")
        where = f"chapter '{cid}'"
        concepts = _strings(entry, "concepts", where) + _strings(entry, "corrections", where)
        for concept in concepts:
            if not _CONCEPT_ID.fullmatch(concept):
                raise SyllabusError(f"{where}: '{concept}' is not a concept id like C9 or N7")
        exercises = tuple(_exercise(e, cid, where) for e in entry.get("exercises") or [])
        chapters.append(Chapter(id=cid, title=str(entry.get("title", cid)), number=number,
                                concepts=_strings(entry, "concepts", where),
                                corrections=_strings(entry, "corrections", where),
                                exercises=exercises))
    _check_unique([c.id for c in chapters], "chapter id")
    _check_unique([e.name for c in chapters for e in c.exercises], "exercise name")
    inventory = data.get("inventory") or []
    if not isinstance(inventory, list) or not all(isinstance(g, list) for g in inventory):
        raise SyllabusError("'inventory' must be a list of lists of concept ids")
    return Syllabus(tuple(chapters), inventory=tuple(str(i) for group in inventory for i in group),
                    fixed_silently=_strings(data, "fixed_silently", "the syllabus"))


def _check_unique(names: list[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise SyllabusError(f"{what} '{name}' appears twice")
        seen.add(name)


@lru_cache(maxsize=None)
def load(path: Path = paths.SYLLABUS) -> Syllabus:
    with open(path, encoding="utf-8") as f:
        return parse(yaml.safe_load(f))
