"""One training step of the capstone's numpy GPT against the same model in PyTorch (CPU).

Same configuration as the capstone (vocabulary 512, context 64, d_model 64, 2 layers, 4 heads, batch
16), same weights, same batch, both in float64. A step is forward, cross-entropy, backward and AdamW.
The gradients of one step are compared first, so the two sides provably compute the same thing.

Achieved FLOP/s is set against the machine's numpy matmul FLOP/s, the ceiling for code whose work is
matrix products. PyTorch is an optional benchmark dependency: `pip install torch==2.13.0` (a CPU build).
"""

from __future__ import annotations

import numpy as np

from benchmarks.timing import measure
from course.capstone import model

CONFIG = model.Config(vocab_size=512, n_ctx=64, d_model=64, n_layers=2, n_heads=4)
BATCH = 16
LR, WEIGHT_DECAY = 1e-3, 0.01


def step_flops(config: model.Config = CONFIG, batch: int = BATCH) -> int:
    """Multiply-adds x 2 of one training step: the backward pass costs twice the forward pass.

    Per token and layer, the projections and the MLP are 12 d^2 weights, and attention scores and
    mixes take 2 T d multiply-adds (the full T x T matrix is computed, masked or not); the tied
    unembedding is V d. One multiply-add is 2 FLOPs.
    """
    d, T, L, V = config.d_model, config.n_ctx, config.n_layers, config.vocab_size
    forward_per_token = 2 * (12 * d * d * L + 2 * T * d * L + V * d)
    return 3 * forward_per_token * T * batch


def matmul_flops_per_second(n: int = 512) -> float:
    """float64 (n x n) @ (n x n): the machine's practical ceiling for numpy."""
    a, b = np.random.default_rng(0).normal(size=(2, n, n))
    return 2 * n**3 / measure(lambda: a @ b, runs=9, warmup=2).median


def numpy_step(params, state, x, y):
    logits, tape = model.forward(params, x, CONFIG.n_heads)
    loss, d_logits = model.cross_entropy(logits, y)
    grads = model.backward(params, tape, d_logits)
    return model.adamw(params, grads, state, lr=LR, weight_decay=WEIGHT_DECAY), loss, grads


def torch_model(params: dict[str, np.ndarray]):
    """The same GPT in PyTorch: a loss function of (x, y) and its parameters, initialised from `params`."""
    import torch
    import torch.nn.functional as F

    weights = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in params.items()}
    d, H = CONFIG.d_model, CONFIG.n_heads

    def loss_of(x, y):
        B, T = x.shape
        h = weights["wte"][x] + weights["wpe"][:T]
        for i in range(CONFIG.n_layers):
            w = {k[len(f"h{i}."):]: v for k, v in weights.items() if k.startswith(f"h{i}.")}
            a = F.layer_norm(h, (d,), w["ln1_g"], w["ln1_b"], eps=model.EPS)
            q, k, v = ((a @ w[name]).view(B, T, H, d // H).transpose(1, 2) for name in ("w_q", "w_k", "w_v"))
            heads = F.scaled_dot_product_attention(q, k, v, is_causal=True)
            h = h + heads.transpose(1, 2).reshape(B, T, d) @ w["w_o"]
            m = F.layer_norm(h, (d,), w["ln2_g"], w["ln2_b"], eps=model.EPS)
            h = h + F.gelu(m @ w["w1"] + w["b1"], approximate="tanh") @ w["w2"] + w["b2"]
        h = F.layer_norm(h, (d,), weights["lnf_g"], weights["lnf_b"], eps=model.EPS)
        logits = h @ weights["wte"].T
        return F.cross_entropy(logits.reshape(-1, CONFIG.vocab_size), y.reshape(-1))

    return loss_of, weights


def run() -> dict:
    rng = np.random.default_rng(0)
    params = model.init_params(CONFIG, rng)
    x = rng.integers(0, CONFIG.vocab_size, (BATCH, CONFIG.n_ctx))
    y = rng.integers(0, CONFIG.vocab_size, (BATCH, CONFIG.n_ctx))
    tokens = BATCH * CONFIG.n_ctx
    result = {"config": f"V {CONFIG.vocab_size}, T {CONFIG.n_ctx}, d {CONFIG.d_model}, "
                        f"{CONFIG.n_layers} layers, {CONFIG.n_heads} heads, batch {BATCH}, float64",
              "step_gflop": step_flops() / 1e9, "matmul_gflops": matmul_flops_per_second() / 1e9}

    state: dict = {}

    def one_numpy_step():
        nonlocal params, state
        (params, state), _, _ = numpy_step(params, state, x, y)

    numpy_time = measure(one_numpy_step, runs=15, warmup=3)
    result["numpy"] = {"seconds_per_step": numpy_time.median, "tokens_per_second": tokens / numpy_time.median,
                       "gflops": step_flops() / numpy_time.median / 1e9}
    try:
        import torch
    except ImportError:
        result["torch"] = None
        return result

    fresh = model.init_params(CONFIG, np.random.default_rng(0))
    _, loss, grads = numpy_step(fresh, {}, x, y)
    loss_of, weights = torch_model(fresh)
    tx, ty = torch.tensor(x), torch.tensor(y)
    torch_loss = loss_of(tx, ty)
    torch_loss.backward()
    result["max_abs_gradient_difference"] = max(float(np.max(np.abs(weights[k].grad.numpy() - g)))
                                                for k, g in grads.items())
    result["loss_difference"] = abs(float(torch_loss.detach()) - loss)

    optimiser = torch.optim.AdamW(weights.values(), lr=LR, betas=(0.9, 0.999), eps=1e-8, weight_decay=WEIGHT_DECAY)

    def one_torch_step():
        optimiser.zero_grad()
        loss_of(tx, ty).backward()
        optimiser.step()

    torch_time = measure(one_torch_step, runs=15, warmup=3)
    result["torch"] = {"version": torch.__version__, "threads": torch.get_num_threads(),
                       "seconds_per_step": torch_time.median, "tokens_per_second": tokens / torch_time.median,
                       "gflops": step_flops() / torch_time.median / 1e9}
    result["numpy_over_torch"] = result["numpy"]["tokens_per_second"] / result["torch"]["tokens_per_second"]
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
