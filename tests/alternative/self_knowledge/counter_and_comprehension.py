"""A correct variant: collects the verdicts in a list and counts them, validates up front in a helper,
builds the data with comprehensions, and computes the FLOPs as (N + N) * tokens."""

from collections.abc import Callable


def _check(n: int, threshold: float) -> None:
    if n < 1:
        raise ValueError("n must be positive")
    if threshold < 0 or threshold > 1 or threshold != threshold:
        raise ValueError("threshold must be within [0, 1]")


def probe_knowledge(question: str, sample_answers: Callable[[str, int], list[str]],
                    is_correct: Callable[[str, str], bool], n: int = 5, threshold: float = 0.6) -> bool:
    _check(n, threshold)
    answers = list(sample_answers(question, n))
    if len(answers) != n:
        raise ValueError("the sampler returned the wrong number of answers")
    verdicts = [bool(is_correct(question, answer)) for answer in answers]
    return verdicts.count(True) / n >= threshold


def build_refusal_data(items: list[tuple[str, str]], sample_answers, is_correct, n: int = 5,
                       threshold: float = 0.6, refusal: str = "I'm sorry, I don't know.") -> list[tuple[str, str]]:
    _check(n, threshold)
    verdicts = [probe_knowledge(q, sample_answers, is_correct, n, threshold) for q, _ in items]
    return [(q, gold) if ok else (q, refusal) for (q, gold), ok in zip(items, verdicts)]


def forward_flops(n_params: int, n_tokens: int) -> int:
    if min(n_params, n_tokens) < 0:
        raise ValueError("negative count")
    per_token = n_params + n_params
    return per_token * n_tokens
