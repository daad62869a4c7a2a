"""The capstone run: parts are the learner's only when graded at full marks, and the run trains."""

import json
import shutil

import numpy as np
import pytest

from course import paths, progress
from course.capstone import corpus, model, parts
from course.capstone.assemble import assemble, exercise_layout
from course.capstone.run import REFERENCE_RUN, Settings, run
from course.syllabus import load

SYLLABUS = load()


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """An exercises tree holding the reference bpe as the learner's file, with its own progress file."""
    monkeypatch.setenv("LLM_COURSE_STATE_DIR", str(tmp_path / "state"))
    exercise = SYLLABUS.exercise("bpe")
    target = tmp_path / "exercises" / exercise.relative_path
    target.parent.mkdir(parents=True)
    shutil.copy(exercise.solution_path, target)
    return tmp_path / "exercises"


def record(tree, status, digest):
    progress._save(tree, {"version": 1, "quizzes": {},
                          "exercises": {"bpe": {"score": 24, "max_score": 24, "status": status, "sha256": digest}}})


def test_a_part_with_full_marks_for_the_file_as_it_stands_is_the_learners(tree):
    record(tree, "passed", progress.file_digest(tree / "tokenization" / "bpe.py"))
    part = parts.choose("bpe", tree)
    assert part.yours and part.module.__file__ == str(tree / "tokenization" / "bpe.py")


def test_a_part_changed_since_it_passed_falls_back_to_the_reference(tree):
    record(tree, "passed", progress.file_digest(tree / "tokenization" / "bpe.py"))
    (tree / "tokenization" / "bpe.py").write_text("# started again\n")
    part = parts.choose("bpe", tree)
    assert not part.yours and "changed since it passed" in part.why
    assert part.module.__file__ == str(SYLLABUS.exercise("bpe").solution_path)


def test_an_unfinished_part_falls_back_to_the_reference_and_says_so(tree):
    record(tree, "partial", "")
    part = parts.choose("bpe", tree)
    assert not part.yours and "not finished" in part.why and "llm-course grade bpe" in part.why


FORWARD_PARTS = ["causal_attention", "layer_norm", "gelu_mlp", "transformer_block", "gpt_forward"]


def small_model(seed=0):
    """A 2-block capstone model whose norms and biases are random too, so that every weight matters."""
    rng = np.random.default_rng(seed)
    params = model.init_params(model.Config(vocab_size=11, n_ctx=8, d_model=8, n_layers=2, n_heads=2), rng)
    params = {key: value + rng.normal(0, 0.5, value.shape) for key, value in params.items()}
    return params, rng.integers(0, 11, size=8)


def test_the_assembled_forward_pass_gives_the_engines_logits():
    params, ids = small_model()
    forward = assemble(*(parts.choose(name, force_reference=True) for name in FORWARD_PARTS))
    engine_logits, _ = model.forward(params, ids[None, :], n_heads=2)
    np.testing.assert_allclose(forward(ids, exercise_layout(params), 2), engine_logits[0], rtol=0, atol=1e-10)


def test_the_assembled_forward_pass_runs_the_learners_attention_in_every_block(tmp_path, monkeypatch):
    monkeypatch.setenv("LLM_COURSE_STATE_DIR", str(tmp_path / "state"))
    exercise = SYLLABUS.exercise("causal_attention")
    learner_file = tmp_path / "exercises" / exercise.relative_path
    learner_file.parent.mkdir(parents=True)
    learner_file.write_text(exercise.solution_path.read_text(encoding="utf-8") + (
        "\ncalls = []\n_finished = multi_head_attention\n\n\n"
        "def multi_head_attention(*args, **kwargs):\n    calls.append(args[-1])\n    return _finished(*args, **kwargs)\n"),
        encoding="utf-8")
    progress._save(tmp_path / "exercises", {"version": 1, "quizzes": {}, "exercises": {"causal_attention": {
        "score": 1, "max_score": 1, "status": "passed", "sha256": progress.file_digest(learner_file)}}})
    attention = parts.choose("causal_attention", tmp_path / "exercises")
    assert attention.yours
    others = (parts.choose(name, force_reference=True) for name in FORWARD_PARTS[1:])
    params, ids = small_model(seed=1)
    assemble(attention, *others)(ids, exercise_layout(params), 2)
    assert attention.module.calls == [2, 2], "the learner's attention did not run once per block"


def test_a_short_run_trains_and_samples(tree):
    lines = []
    result = run(Settings(steps=40, eval_every=20, samples=1, sample_tokens=10), say=lines.append)
    assert [step for step, *_ in result["history"]] == [20, 40]
    first, last = result["history"][0][2], result["history"][-1][2]
    assert last < first, "the validation loss did not fall"
    assert result["samples"][0].startswith(Settings.prompt)
    assert any("bpe" in line for line in lines)
    assert any("assembled forward pass gives the engine's logits" in line for line in lines)


def test_the_recorded_reference_run_beats_the_bigram_baseline_and_is_quoted_in_the_chapter():
    recorded = json.loads(REFERENCE_RUN.read_text(encoding="utf-8"))
    assert recorded["history"][-1][2] < recorded["bigram_validation_loss"] - 0.2
    assert all(why.startswith("reference") for why in recorded["parts"].values())
    page = (paths.DOCS / "capstone" / "index.md").read_text(encoding="utf-8")
    assert f"{recorded['bigram_validation_loss']:.2f}" in page
    assert f"{recorded['history'][-1][2]:.2f}" in page
    for sample in recorded["samples"]:
        assert sample in page


def test_the_shipped_corpus_is_plain_prose():
    text = corpus.read()
    assert len(text) > 100_000 and text.isascii()
    assert "```" not in text and "$$" not in text and "<span" not in text
