"""Does the model know? Probing it, turning the answer into "I don't know" data, and compute per token.

A model makes things up partly because its SFT data always answered: nothing connected its own
uncertainty to the words "I don't know". The Llama 3 recipe adds that connection with data. Ask the
model the same factual question several times, judge its answers, and call the question known when
enough of them are right. Where it is known, the training example keeps the correct answer; where
it is not, the training answer becomes a refusal.

The model and the judge are functions passed in, so the same code works with a real model, a toy
table, or a test's spy. The last function is the arithmetic behind "models need tokens to think":
each token costs one forward pass of about 2N floating-point operations, whatever the question.

Left out: writing the questions from pre-training snippets, the sampling temperature, an LLM as the
judge, and the SFT run that learns from the data.

Chapter: "LLM psychology", sections "Fix 1: teach the model to say I don't know" and "Models need
tokens to think".
Only numpy and the standard library may be imported.
"""

from collections.abc import Callable

REFUSAL = "I'm sorry, I don't know."


def probe_knowledge(question: str, sample_answers: Callable[[str, int], list[str]],
                    is_correct: Callable[[str, str], bool], n: int = 5, threshold: float = 0.6) -> bool:
    """Decide whether the model knows the answer to `question`, from n sampled answers.

    question: the factual question to ask.
    sample_answers: the model. sample_answers(question, n) returns a list of n answers (str), sampled
        at a temperature above 0 so they can differ. It is called exactly once.
    is_correct: the judge. is_correct(question, answer) returns True when `answer` is right. It knows
        the right answer itself (in Llama 3's recipe the judge sees the source text). It is called
        once for each of the n answers, in the order they came.
    n: how many answers to sample, at least 1.
    threshold: the fraction of correct answers needed, from 0 to 1 inclusive.
    Returns True when correct / n >= threshold, with correct the number of answers judged right. The
    boundary counts as known: 3 correct out of 5 at threshold 0.6 is known, 2 out of 5 is not.

    Raises ValueError, before calling anything, when n < 1 or the threshold is outside [0, 1]; and
    raises ValueError when sample_answers returns a number of answers other than n.

    >>> model = lambda question, n: ["Paris", "Lyon", "Paris", "Paris", "Nice"][:n]
    >>> judge = lambda question, answer: answer == "Paris"
    >>> probe_knowledge("What is the capital of France?", model, judge)  # 3 of 5 right: 0.6 >= 0.6
    True
    >>> probe_knowledge("What is the capital of France?", model, judge, threshold=0.8)
    False
    """
    raise NotImplementedError("probe_knowledge: write it, then run `llm-course grade self_knowledge`")


def build_refusal_data(items: list[tuple[str, str]], sample_answers: Callable[[str, int], list[str]],
                       is_correct: Callable[[str, str], bool], n: int = 5, threshold: float = 0.6,
                       refusal: str = REFUSAL) -> list[tuple[str, str]]:
    """Make SFT pairs that teach the model to refuse exactly the questions it does not know.

    items: (question, gold answer) pairs. Not modified.
    sample_answers, is_correct, n, threshold: as in probe_knowledge, which decides each question.
    refusal: the training answer for a question the model does not know.
    Returns a new list with one (question, target) tuple per item, in the same order: target is the
    gold answer when probe_knowledge says the model knows the question, else `refusal`. Each item is
    probed once (one sample_answers call per item, in order, also when a question repeats).

    Raises ValueError as probe_knowledge does. n and threshold are checked before any question is
    probed, so an invalid value raises even when items is empty.

    >>> model = lambda question, n: ["Paris"] * n if "France" in question else ["Bob"] * n
    >>> judge = lambda question, answer: answer == "Paris"
    >>> build_refusal_data([("Capital of France?", "Paris"), ("Who is Zhang Xiaoming?", "A teacher")],
    ...                    model, judge)
    [('Capital of France?', 'Paris'), ('Who is Zhang Xiaoming?', "I'm sorry, I don't know.")]
    """
    raise NotImplementedError("build_refusal_data: write it, then run `llm-course grade self_knowledge`")


def forward_flops(n_params: int, n_tokens: int) -> int:
    """The floating-point operations a dense model spends to produce `n_tokens` tokens.

    n_params: the model's parameter count N, an int >= 0.
    n_tokens: how many tokens it processes, an int >= 0.
    Returns the Python int 2 * n_params * n_tokens: each token costs one forward pass, and each
    parameter takes part in about one multiply and one add. This is an approximation: it ignores the
    cost of attention over the context (which grows with its length), and a mixture-of-experts model
    counts only its active parameters. Exact int arithmetic, never a float, so huge values stay exact.
    Raises ValueError when either argument is negative.

    The point of it: the compute per token is fixed, so an answer written after 300 tokens of
    reasoning gets 300 times the compute of a one-token answer.

    >>> forward_flops(8_000_000_000, 1)  # an 8B model: 1.6e10 FLOPs per token
    16000000000
    >>> forward_flops(8_000_000_000, 300) // forward_flops(8_000_000_000, 1)
    300
    """
    raise NotImplementedError("forward_flops: write it, then run `llm-course grade self_knowledge`")
