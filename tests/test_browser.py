"""The site in a real headless Chromium (Debian's, driven by Playwright): pages load with no console
error and no request leaving 127.0.0.1, math and diagrams render, and quizzes give feedback and
remember answers. Skipped with a reason where Chromium is absent, except in CI, where it must run."""

import pytest

from course import quiz
from course.syllabus import load

SYLLABUS = load()
pytestmark = pytest.mark.xdist_group("site")
# The fixtures `server`, `browser` and `page` are in conftest.py, shared with test_widgets.py.


@pytest.mark.parametrize("chapter", SYLLABUS.chapters, ids=lambda c: c.id)
def test_chapter_page_loads_with_math_and_diagrams_rendered(page, chapter):
    page.goto(f"{page.base}/{chapter.id}/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".llmq-question").count() >= quiz.MIN_QUESTIONS
    if page.locator(".arithmatex").count():
        assert page.locator(".arithmatex .katex").count() > 0, "math was not typeset"
    if page.locator(".mermaid").count():
        # mkdocs-material draws each diagram into a closed shadow root on a div.mermaid that replaces
        # the <pre class="mermaid"> source: rendered means no source left and every host has a size.
        page.wait_for_function("""() => !document.querySelector("pre.mermaid") && [...document.querySelectorAll(
            "div.mermaid")].every(host => host.getBoundingClientRect().height > 20)""", timeout=15000)


def _question(page, chapter_quiz, kind):
    question = next(q for q in chapter_quiz.questions if q.kind == kind)
    return question, page.locator(f"#quiz-{question.id}")


def _first_chapter_with(kinds):
    for chapter in SYLLABUS.chapters:
        if kinds <= {q.kind for q in quiz.load(chapter.id).questions}:
            return chapter.id
    raise AssertionError(f"no chapter quiz has all of {kinds}")


def test_quiz_gives_feedback_and_remembers_answers_after_reload(page):
    chapter = _first_chapter_with({"single", "multiple", "numeric"})
    chapter_quiz = quiz.load(chapter)
    page.goto(f"{page.base}/{chapter}/")

    single, box = _question(page, chapter_quiz, "single")
    wrong = next(i for i, o in enumerate(single.options) if not o.correct)
    right = next(i for i, o in enumerate(single.options) if o.correct)
    box.locator(f"input[value='{wrong}']").check()
    box.locator("button[type=submit]").click()
    assert "Not quite" in box.locator(".llmq-feedback").inner_text()
    assert box.locator(".llmq-explanation").is_visible()
    box.locator(f"input[value='{right}']").check()
    box.locator("button[type=submit]").click()
    assert box.locator(".llmq-feedback").inner_text() == "Correct."

    multiple, box = _question(page, chapter_quiz, "multiple")
    for i, option in enumerate(multiple.options):
        if option.correct:
            box.locator(f"input[value='{i}']").check()
    box.locator("button[type=submit]").click()
    assert box.locator(".llmq-feedback").inner_text() == "Correct."

    numeric, box = _question(page, chapter_quiz, "numeric")
    box.locator(".llmq-answer").fill("not a number")
    box.locator("button[type=submit]").click()
    assert "Enter a number" in box.locator(".llmq-feedback").inner_text()
    box.locator(".llmq-answer").fill(f"{numeric.answer + numeric.tolerance + 1:g}")
    box.locator("button[type=submit]").click()
    assert "Not quite" in box.locator(".llmq-feedback").inner_text()
    box.locator(".llmq-answer").fill(f"{numeric.answer:g}")
    box.locator("button[type=submit]").click()
    assert box.locator(".llmq-feedback").inner_text() == "Correct."

    page.reload()
    _, box = _question(page, chapter_quiz, "single")
    assert box.locator(".llmq-feedback").inner_text() == "Correct."
    assert box.locator(f"input[value='{right}']").is_checked()
    total = len(chapter_quiz.questions)
    assert page.locator(".llmq-progress").inner_text().startswith(f"3 of {total} answered correctly")

    page.locator(".llmq-reset").click()
    assert page.locator(".llmq-progress").inner_text().startswith(f"{total} questions")


def test_short_answers_ignore_case_and_spacing(page):
    chapter = _first_chapter_with({"short"})
    short, box = _question(page, quiz.load(chapter), "short")
    page.goto(f"{page.base}/{chapter}/")
    box.locator(".llmq-answer").fill(f"  {short.answers[0].upper()}  ")
    box.locator("button[type=submit]").click()
    assert box.locator(".llmq-feedback").inner_text() == "Correct."
