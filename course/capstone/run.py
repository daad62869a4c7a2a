"""The capstone run: the learner's parts assembled into a tiny GPT, trained on the course's own text.

    tokenizer (bpe) -> ids -> split, batches (tiny_gpt)
    -> training: the engine's forward and backward passes (course/capstone/model.py), the loss and
       its gradient (cross_entropy_grad), AdamW (adamw) with the schedule (tiny_gpt)
    -> validation loss against the bigram baseline (tiny_gpt)
    -> samples from the GPT forward pass assembled from the transformer exercises (attention, layer
       norm, MLP, block, gpt_forward; see `assemble`), the top-k filter and the generation loop

Each part named in PARTS is the learner's own code once it has full marks, else the reference (see
`parts`). Only the training forward and backward passes are the engine's: a backward pass needs the
intermediate values of its forward pass, which the exercises do not return. After training, the run
checks that the assembled forward pass gives the engine's logits. The reference run's numbers are
recorded in `data/reference_run.json` and drawn as a figure in the course.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from course.capstone import corpus, model
from course.capstone.assemble import assemble, exercise_layout
from course.capstone.parts import Part, choose

REFERENCE_RUN = Path(__file__).parent / "data" / "reference_run.json"
PARTS = {"tokenizer": "bpe", "batches, schedule, baseline": "tiny_gpt",
         "loss and its gradient": "cross_entropy_grad", "optimiser": "adamw",
         "attention": "causal_attention", "layer norm": "layer_norm", "MLP": "gelu_mlp",
         "block": "transformer_block", "forward pass": "gpt_forward",
         "top-k filter": "top_k_top_p", "generation loop": "generation"}
ENGINE = "forward and backward passes for training"
AGREEMENT = 1e-6
"""How far the assembled forward pass's logits may stray from the engine's before the run warns."""
_PIECES = re.compile(r" ?[A-Za-z]+| ?[0-9]+| ?[^\sA-Za-z0-9]+|\s+")
"""How the text is cut before BPE, as GPT-2 does: merges never cross a word boundary."""


@dataclass(frozen=True)
class Settings:
    steps: int = 1500
    seed: int = 0
    merges: int = 256
    tokenizer_chars: int = 30_000
    block_size: int = 64
    batch_size: int = 16
    d_model: int = 64
    n_layers: int = 2
    n_heads: int = 4
    max_lr: float = 3e-3
    min_lr: float = 3e-4
    warmup_steps: int = 100
    weight_decay: float = 0.01
    eval_every: int = 100
    eval_batches: int = 8
    val_fraction: float = 0.1
    samples: int = 2
    sample_tokens: int = 120
    temperature: float = 0.8
    top_k: int = 20
    prompt: str = "The model"


def run(settings: Settings, force_reference: bool = False, say: Callable[[str], None] = print,
        on_step: Callable[[int], None] = lambda step: None) -> dict:
    """Train and sample; report through `say` (lines) and `on_step` (steps done); return the run's record."""
    started = time.monotonic()
    parts = {role: choose(name, force_reference=force_reference) for role, name in PARTS.items()}
    for role, part in parts.items():
        say(f"  {role:<28} {part.exercise.name:<20} {part.why}")
    say(f"  {ENGINE:<49} the course's engine (course/capstone/model.py)")
    bpe, plumbing = parts["tokenizer"].module, parts["batches, schedule, baseline"].module
    loss_part, optimiser = parts["loss and its gradient"].module, parts["optimiser"].module

    text = corpus.read()
    merges = bpe.train(text[: settings.tokenizer_chars], 256 + settings.merges)
    encode = _cached_encoder(bpe, merges)
    ids = np.array(encode(text))
    vocab_size = 256 + len(merges)
    train, val = plumbing.split_train_val(ids, settings.val_fraction)
    baseline = plumbing.bigram_baseline_loss(train, val, vocab_size)
    say(f"  {len(text):,} characters -> {len(ids):,} tokens ({vocab_size} in the vocabulary); "
        f"bigram baseline on validation: {baseline:.3f}")

    config = model.Config(vocab_size, settings.block_size, settings.d_model, settings.n_layers, settings.n_heads)
    rng = np.random.default_rng(settings.seed)
    params = model.init_params(config, rng)
    val_batches = [plumbing.get_batch(val, settings.block_size, settings.batch_size,
                                      np.random.default_rng(settings.seed + 1 + i)) for i in range(settings.eval_batches)]

    def loss_on(x: np.ndarray, y: np.ndarray) -> float:
        logits, _ = model.forward(params, x, settings.n_heads)
        return loss_part.cross_entropy(logits.reshape(-1, vocab_size), y.reshape(-1))

    history, state = [], {}
    for step in range(settings.steps):
        x, y = plumbing.get_batch(train, settings.block_size, settings.batch_size, rng)
        logits, tape = model.forward(params, x, settings.n_heads)
        flat_logits, flat_targets = logits.reshape(-1, vocab_size), y.reshape(-1)
        loss = loss_part.cross_entropy(flat_logits, flat_targets)
        d_logits = loss_part.cross_entropy_grad(flat_logits, flat_targets).reshape(logits.shape)
        grads = model.backward(params, tape, d_logits)
        lr = plumbing.learning_rate(step, settings.steps, settings.max_lr, settings.warmup_steps, settings.min_lr)
        params, state = optimiser.adamw_step(params, grads, state, lr=lr, weight_decay=settings.weight_decay)
        on_step(step + 1)
        if (step + 1) % settings.eval_every == 0 or step == settings.steps - 1:
            val_loss = float(np.mean([loss_on(vx, vy) for vx, vy in val_batches]))
            history.append([step + 1, round(loss, 4), round(val_loss, 4)])
            say(f"  step {step + 1:>5}  train loss {loss:.3f}  validation loss {val_loss:.3f}"
                f"  (bigram {baseline:.3f})  {time.monotonic() - started:.0f} s")

    gpt_forward = assemble(parts["attention"], parts["layer norm"], parts["MLP"], parts["block"],
                           parts["forward pass"])
    layout = exercise_layout(params)
    disagreement = _disagreement(gpt_forward, layout, params, val_batches[0][0][0], settings.n_heads)
    if disagreement <= AGREEMENT:
        say(f"  the assembled forward pass gives the engine's logits (largest difference {disagreement:.1e})")
    else:
        say(f"  warning: the assembled forward pass differs from the engine's by up to {disagreement:.3g}; "
            f"the samples below use it anyway")

    def next_logits(ids: list[int]) -> np.ndarray:
        return parts["top-k filter"].module.top_k_filter(gpt_forward(ids, layout, settings.n_heads)[-1], settings.top_k)

    samples = [_sample(parts, next_logits, settings, encode, merges, np.random.default_rng(settings.seed + 100 + i))
               for i in range(settings.samples)]
    return {"settings": asdict(settings), "parts": {role: part.why for role, part in parts.items()},
            "vocab_size": vocab_size, "tokens": {"train": int(len(train)), "validation": int(len(val))},
            "bigram_validation_loss": round(float(baseline), 4), "history": history, "samples": samples,
            "seconds": round(time.monotonic() - started)}


def _cached_encoder(bpe, merges) -> Callable[[str], list[int]]:
    """Encode text piece by piece with the learner's `encode`, each distinct piece once."""
    cache: dict[str, list[int]] = {}

    def encode(text: str) -> list[int]:
        ids: list[int] = []
        for piece in _PIECES.findall(text):
            if piece not in cache:
                cache[piece] = list(bpe.encode(piece, merges))
            ids += cache[piece]
        return ids

    return encode


def _disagreement(gpt_forward: Callable, layout: dict, params: dict, ids: np.ndarray, n_heads: int) -> float:
    """The largest difference between the assembled forward pass's logits and the engine's on `ids`."""
    engine_logits, _ = model.forward(params, ids[None, :], n_heads)
    return float(np.max(np.abs(np.asarray(gpt_forward(ids, layout, n_heads)) - engine_logits[0])))


def _sample(parts: dict[str, Part], next_logits: Callable[[list[int]], np.ndarray], settings: Settings,
            encode: Callable[[str], list[int]], merges, rng: np.random.Generator) -> str:
    prompt = encode(settings.prompt)
    ids = parts["generation loop"].module.generate(next_logits, prompt, settings.sample_tokens, rng,
                                                   temperature=settings.temperature, context_len=settings.block_size)
    return parts["tokenizer"].module.decode(list(ids), merges)


def record(result: dict, path: Path = REFERENCE_RUN) -> None:
    path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
