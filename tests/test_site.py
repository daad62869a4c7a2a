"""The course site: builds with --strict, loads nothing from the network, and every promise the rest of
the course makes about it holds (concept anchors, quizzes, the sections the grader links to)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from course import paths
from course.syllabus import load
from grader.suite import load_checks

SYLLABUS = load()
pytestmark = pytest.mark.xdist_group("site")


class _Page(HTMLParser):
    """Collects element ids and every URL a page would load (scripts, styles, images, frames)."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.loads: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag in ("script", "img", "iframe", "source", "audio", "video") and attrs.get("src"):
            self.loads.append(attrs["src"])
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "icon", "modulepreload") and attrs.get("href"):
            self.loads.append(attrs["href"])


def parse(html_file: Path) -> _Page:
    page = _Page()
    page.feed(html_file.read_text(encoding="utf-8"))
    return page


def chapter_page(site: Path, chapter: str) -> _Page:
    return parse(site / chapter / "index.html")


def test_no_page_loads_anything_from_another_host(site):
    remote = re.compile(r"^(https?:)?//", re.I)
    for html in site.rglob("*.html"):
        assert not [url for url in parse(html).loads if remote.match(url)], html
    for css in site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css


@pytest.mark.parametrize("chapter", SYLLABUS.chapters, ids=lambda c: c.id)
def test_every_concept_and_correction_is_anchored_in_its_chapter(site, chapter):
    missing = [cid for cid in chapter.concepts + chapter.corrections if cid not in chapter_page(site, chapter.id).ids]
    assert not missing, f"{chapter.id} lacks anchors for {missing}"


@pytest.mark.parametrize("chapter", SYLLABUS.chapters, ids=lambda c: c.id)
def test_every_chapter_renders_its_quiz(site, chapter):
    html = (site / chapter.id / "index.html").read_text(encoding="utf-8")
    assert html.count('class="llmq-quiz"') == 1
    assert "<!-- quiz -->" not in html


@pytest.mark.parametrize("exercise", SYLLABUS.exercises, ids=lambda e: e.name)
def test_every_check_links_to_a_section_of_its_chapter(site, exercise):
    ids = chapter_page(site, exercise.chapter).ids
    missing = sorted({c.info.section for c in load_checks(exercise)} - ids)
    assert not missing, f"{exercise.name}: sections {missing} are not headings of {exercise.chapter}"


@pytest.mark.parametrize("exercise", SYLLABUS.exercises, ids=lambda e: e.name)
def test_every_exercise_is_introduced_in_its_chapter(exercise):
    text = (paths.DOCS / exercise.chapter / "index.md").read_text(encoding="utf-8")
    assert f"exercises/{exercise.chapter}/{exercise.name}.py" in text
    assert f"llm-course grade {exercise.name}" in text
