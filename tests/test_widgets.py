"""The interactive widgets (docs/assets/widgets.js) driven in a real headless Chromium, each compared
with the course's reference solutions on the data read back from the page: the temperature / top-k /
top-p explorer with solutions/sampling/softmax.py, the BPE stepper with solutions/tokenization/bpe.py,
the attention heatmap with solutions/attention/causal_attention.py. The `page` fixture (conftest.py)
also fails a test on any console error or any request that leaves 127.0.0.1."""

import json
import re

import numpy as np
import pytest

from course.syllabus import load
from grader.suite import load_reference

SYLLABUS = load()
pytestmark = pytest.mark.xdist_group("site")

SOFTMAX = load_reference(SYLLABUS.exercise("softmax"))
BPE = load_reference(SYLLABUS.exercise("bpe"))
ATTENTION = load_reference(SYLLABUS.exercise("causal_attention"))


def _open(page, chapter, widget):
    page.goto(f"{page.base}/{chapter}/")
    root = page.locator(f".llm-widget[data-widget={widget}]")
    root.locator("*").first.wait_for()  # built by widgets.js
    return root


def _set(control, value):
    """Set a range or number input as a user would, then fire `input`."""
    control.evaluate("(input, value) => { input.value = value; "
                     "input.dispatchEvent(new Event('input', { bubbles: true })); }", str(value))


# ---------- temperature, top-k, top-p ----------

def _bars(root) -> np.ndarray:
    return np.array([float(p) for p in root.locator(".llmw-bar").evaluate_all("rows => rows.map(r => r.dataset.p)")])


def _logits(root) -> np.ndarray:
    return np.log(np.array(json.loads(root.get_attribute("data-counts")), dtype=float))


def _course_distribution(z: np.ndarray, T: float, k: int, top_p: float) -> np.ndarray:
    """Temperature (the reference softmax), then top-k, then top-p, renormalising after each cut.
    Ties: the lower index ranks first (a stable sort of -z)."""
    p = SOFTMAX.softmax(z, temperature=T)
    order = np.argsort(-z, kind="stable")
    kept = np.zeros(len(z), dtype=bool)
    kept[order[:k]] = True
    p = np.where(kept, p, 0.0) / p[kept].sum()
    total = 0.0
    for i in order[:k]:
        if total >= top_p:
            kept[i] = False
        else:
            total += p[i]
    return np.where(kept, p, 0.0) / p[kept].sum()


def test_temperature_data_are_the_words_after_the_in_the_quoted_text(page):
    root = _open(page, "sampling", "temperature")
    text = page.locator("figure:has([data-widget=temperature]) figcaption q").inner_text()
    words = re.findall(r"[A-Za-z']+", text)
    followers = [b for a, b in zip(words, words[1:]) if a.lower() == root.get_attribute("data-context")]
    distinct = sorted(set(followers), key=lambda w: (-followers.count(w), followers.index(w)))
    assert json.loads(root.get_attribute("data-words")) == distinct
    assert json.loads(root.get_attribute("data-counts")) == [followers.count(w) for w in distinct]


def test_temperature_zero_puts_all_probability_on_the_first_largest_logit(page):
    root = _open(page, "sampling", "temperature")
    root.get_by_label("Temperature T").focus()
    page.keyboard.press("Home")  # keyboard-accessible: Home is the slider's minimum, T = 0
    expected = np.zeros(len(_logits(root)))
    expected[np.argmax(_logits(root))] = 1.0
    assert np.array_equal(_bars(root), expected)
    assert root.locator(".llmw-kept").get_attribute("data-value") == "1"
    assert float(root.locator(".llmw-entropy").get_attribute("data-value")) == 0.0


def test_temperature_one_gives_the_softmax_of_the_embedded_logits(page):
    root = _open(page, "sampling", "temperature")
    z = _logits(root)
    np.testing.assert_allclose(_bars(root), SOFTMAX.softmax(z), rtol=0, atol=1e-12)
    np.testing.assert_allclose(_bars(root), np.exp(z) / np.exp(z).sum(), rtol=0, atol=1e-12)  # count / total


def test_top_k_one_keeps_only_the_most_likely_token(page):
    root = _open(page, "sampling", "temperature")
    root.get_by_label("Top-k").focus()
    page.keyboard.press("Home")
    bars = _bars(root)
    assert np.count_nonzero(bars) == 1 and bars[0] == 1.0
    assert root.locator(".llmw-kept").get_attribute("data-value") == "1"


SETTINGS = [(0.5, 12, 1.0), (2.0, 12, 1.0), (3.0, 3, 1.0), (1.0, 2, 1.0), (1.0, 12, 0.5), (1.5, 5, 0.6),
            (0.25, 4, 0.9), (0.0, 4, 0.3), (3.0, 7, 0.05)]  # (T, top-k, top-p)


def test_bars_follow_the_course_order_temperature_then_top_k_then_top_p(page):
    root = _open(page, "sampling", "temperature")
    sliders = [root.get_by_label(name) for name in ("Temperature T", "Top-k", "Top-p")]
    for setting in SETTINGS:
        for slider, value in zip(sliders, setting):
            _set(slider, value)
        T, k, top_p = (float(slider.input_value()) for slider in sliders)  # as the page holds them
        expected = _course_distribution(_logits(root), T, int(k), top_p)
        bars = _bars(root)
        np.testing.assert_allclose(bars, expected, rtol=0, atol=1e-12, err_msg=f"T, k, p = {setting}")
        assert abs(bars.sum() - 1) < 1e-12
        assert int(root.locator(".llmw-kept").get_attribute("data-value")) == np.count_nonzero(expected)
        nonzero = expected[expected > 0]
        assert float(root.locator(".llmw-entropy").get_attribute("data-value")) == pytest.approx(
            -(nonzero * np.log(nonzero)).sum(), abs=1e-12), f"T, k, p = {setting}"


def test_top_k_ties_keep_the_lower_index(page):
    root = _open(page, "sampling", "temperature")
    _set(root.get_by_label("Top-k"), 2)  # earth, face and darkness tie for second place
    kept = [w for w, p in zip(json.loads(root.get_attribute("data-words")), _bars(root)) if p > 0]
    assert kept == ["light", "earth"]
    assert root.locator(".llmw-bar[data-token=face] .llmw-bar-note").inner_text() == "cut by top-k"


def test_top_p_keeps_the_smallest_set_that_reaches_p(page):
    """At T = 1 the top three words hold 7/17 < 0.5 and the top four 9/17 >= 0.5: top-p 0.5 keeps
    exactly those four (stopping earlier misses p, going on keeps a word too many)."""
    root = _open(page, "sampling", "temperature")
    _set(root.get_by_label("Top-p"), 0.5)
    kept = [w for w, p in zip(json.loads(root.get_attribute("data-words")), _bars(root)) if p > 0]
    assert kept == ["light", "earth", "face", "darkness"]
    assert root.locator(".llmw-bar[data-token=beginning] .llmw-bar-note").inner_text() == "cut by top-p"


# ---------- BPE ----------

def _ids(root) -> list[int]:
    return json.loads(root.get_attribute("data-ids"))


def _merges(root) -> dict[tuple[int, int], int]:
    items = root.locator(".llmw-merges li").evaluate_all(
        "items => items.map(li => [Number(li.dataset.a), Number(li.dataset.b), Number(li.dataset.new)])")
    return {(a, b): new for a, b, new in items}


def _reference_steps(text: str, max_merges: int):
    """The reference's merges, and the sequence after each of them."""
    merges = BPE.train(text, 256 + max_merges)
    steps = [list(text.encode("utf-8"))]
    for pair, new_id in merges.items():
        steps.append(BPE.merge(steps[-1], pair, new_id))
    return merges, steps


def test_bpe_steps_through_aaabdaaabac_like_the_reference(page):
    root = _open(page, "tokenization", "bpe")
    merges, steps = _reference_steps("aaabdaaabac", 10)
    assert list(merges.items()) == [((97, 97), 256), ((256, 97), 257), ((257, 98), 258)]  # Z, Y, X
    assert _ids(root) == steps[0]
    winner = root.locator(".llmw-pair.llmw-winner")
    assert [winner.get_attribute(f"data-{name}") for name in ("a", "b", "count")] == ["97", "97", "4"]

    for step in range(1, 4):
        root.get_by_role("button", name="Next").click()
        assert _ids(root) == steps[step]
        assert _merges(root) == dict(list(merges.items())[:step])
    assert len(_ids(root)) == 5
    assert root.get_by_role("button", name="Next").is_disabled()
    assert root.locator(".llmw-winner").count() == 0
    assert "no pair occurs twice" in root.inner_text()

    root.get_by_role("button", name="Previous").click()
    assert _ids(root) == steps[2]
    winner = root.locator(".llmw-pair.llmw-winner")  # (257, 98) and (98, 100) both occur twice: first wins
    assert (winner.get_attribute("data-a"), winner.get_attribute("data-b")) == ("257", "98")
    root.get_by_role("button", name="Reset").click()
    assert _ids(root) == steps[0] and _merges(root) == {}


def test_bpe_stops_at_the_number_of_merges_asked_for(page):
    root = _open(page, "tokenization", "bpe")
    _set(root.get_by_label("Merges at most"), 2)
    while not root.get_by_role("button", name="Next").is_disabled():
        root.get_by_role("button", name="Next").click()
    merges, steps = _reference_steps("aaabdaaabac", 2)
    assert _merges(root) == merges and _ids(root) == steps[-1]
    assert "number of merges asked for" in root.inner_text()


@pytest.mark.parametrize("text", ["今天天气很好，今天天气不错，今天天气很好", "héllo wörld, héllo wörld"],
                         ids=["chinese", "accents"])
def test_bpe_on_multibyte_text_matches_the_reference(page, text):
    root = _open(page, "tokenization", "bpe")
    root.get_by_label("Training text").fill(text)
    merges, steps = _reference_steps(text, 10)
    assert _ids(root) == steps[0] == list(text.encode("utf-8"))
    for step in range(1, len(steps)):
        root.get_by_role("button", name="Next").click()
        assert _ids(root) == steps[step]
    assert root.get_by_role("button", name="Next").is_disabled()
    assert _merges(root) == merges

    table = BPE.vocab(merges)
    shown = root.locator(".llmw-sequence .llmw-chip").evaluate_all("chips => chips.map(c => c.firstChild.textContent)")
    for token, label in zip(steps[-1], shown):
        try:
            assert label == table[token].decode("utf-8").replace(" ", "␣")  # whole characters as text
        except UnicodeDecodeError:
            assert "⟨" in label  # part of a character: at least one byte in hex


# ---------- attention ----------

def _weights(root) -> np.ndarray:
    rows = root.locator(".llmw-heatmap tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.querySelectorAll('.llmw-cell')].map(c => Number(c.dataset.weight)))")
    return np.array(rows)


def test_attention_weights_match_the_reference_with_and_without_the_mask(page):
    root = _open(page, "attention", "attention")
    q = np.array(json.loads(root.get_attribute("data-q")), dtype=float)
    k = np.array(json.loads(root.get_attribute("data-k")), dtype=float)
    T = len(json.loads(root.get_attribute("data-tokens")))
    future = np.triu(np.ones((T, T), dtype=bool), k=1)
    causal = root.get_by_label("Causal mask (a query sees only itself and earlier keys)")
    assert causal.is_checked()
    for scale in (1.0, 0.0, 3.5):  # softmax(scale * q k^T / sqrt(d)): uniform at 0, sharper at 3.5
        _set(root.get_by_label("Score scale"), scale)
        causal.check()
        w = _weights(root)
        np.testing.assert_allclose(w, ATTENTION.attention_weights(scale * q, k, causal=True), rtol=0, atol=1e-12)
        np.testing.assert_allclose(w.sum(axis=1), 1.0, rtol=0, atol=1e-12)
        assert np.all(w[future] == 0.0) and np.all(w[~future] > 0)
        assert root.locator(".llmw-cell.llmw-masked").count() == future.sum()

        causal.uncheck()
        w = _weights(root)
        np.testing.assert_allclose(w, ATTENTION.attention_weights(scale * q, k, causal=False), rtol=0, atol=1e-12)
        np.testing.assert_allclose(w.sum(axis=1), 1.0, rtol=0, atol=1e-12)
        assert np.all(w > 0) and root.locator(".llmw-cell.llmw-masked").count() == 0


def test_attention_query_row_follows_click_hover_and_keyboard(page):
    root = _open(page, "attention", "attention")
    rows = root.locator(".llmw-heatmap tbody tr")
    queries = root.locator("button.llmw-query")

    def selected():
        return [i for i in range(rows.count()) if "llmw-selected" in (rows.nth(i).get_attribute("class") or "")]

    queries.nth(2).click()
    assert selected() == [2] and queries.nth(2).get_attribute("aria-pressed") == "true"
    shown = [float(v) for v in root.locator(".llmw-detail .llmw-bar-value").all_inner_texts()]
    np.testing.assert_allclose(shown, _weights(root)[2], atol=5e-4)
    rows.nth(4).hover()
    assert selected() == [4]
    queries.nth(1).focus()
    page.keyboard.press("ArrowDown")
    assert selected() == [2]


# ---------- the page around them ----------

@pytest.mark.parametrize("chapter, widget", [("sampling", "temperature"), ("tokenization", "bpe"),
                                             ("attention", "attention")])
def test_widget_pages_keep_a_working_quiz(page, chapter, widget):
    _open(page, chapter, widget)
    question = page.locator(".llmq-question[data-kind=single]").first
    question.locator("input[data-correct]").check()
    question.locator("button[type=submit]").click()
    assert question.locator(".llmq-feedback").inner_text() == "Correct."
