"""Hidden checks for exercises/hallucination/self_knowledge.py: knowledge probes, refusal data, FLOPs.

The model and the judge are functions the grader passes (they run in the grader; see grader/wire.py).
The toy model answers each question from a fixed pattern of right and wrong answers, so a question's
fraction of correct answers is known in advance; both functions record their calls, so the checks
can see how the learner's code used them. Results are bools, strings and Python ints, compared
exactly: no tolerance. Fractions are compared as the docstring says (correct / n >= threshold); the
boundary cases pinned here (3 of 5 at 0.6, 1 of 2 at 0.5, ...) are exact in floating point.
"""

from hypothesis import assume, example, given, settings, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises

REFUSAL = "I'm sorry, I don't know."
GOLD = {
    "What is the capital of France?": "Paris",
    "Who is Zhang Xiaoming?": "A teacher in Chengdu",
    "What is 294712 x 12828?": "3780565536",
    "How many r's are in strawberry?": "3",
    "Who trained you?": "The lab that made me",
    "你好吗？": "我很好",
}
QUESTIONS = list(GOLD)


class Toy:
    """A toy model with a spy: question -> pattern of right (True) and wrong (False) sampled answers."""

    def __init__(self, patterns: dict[str, list[bool]], extra: int = 0):
        self.patterns, self.extra = patterns, extra
        self.sampled: list[tuple[str, int]] = []
        self.judged: list[tuple[str, str]] = []

    def answers(self, question: str, n: int) -> list[str]:
        pattern = self.patterns[question]
        return [GOLD[question] if pattern[i % len(pattern)] else f"wrong answer {i}"
                for i in range(n + self.extra)]

    def functions(self):
        def sample_answers(question, n):
            self.sampled.append((question, n))
            return self.answers(question, n)

        def is_correct(question, answer):
            self.judged.append((question, answer))
            return answer == GOLD.get(question)

        return sample_answers, is_correct


def known(pattern: list[bool], n: int, threshold: float) -> bool:
    """The expected verdict, computed here from the definition."""
    correct = sum(pattern[i % len(pattern)] for i in range(n))
    return correct / n >= threshold


thresholds = st.one_of(st.sampled_from([0.0, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0]), st.floats(0, 1))


@st.composite
def probes(draw):
    """(question, pattern, n): a question whose n sampled answers follow `pattern`."""
    n = draw(st.integers(1, 6))
    return draw(st.sampled_from(QUESTIONS)), draw(st.lists(st.booleans(), min_size=n, max_size=n)), n


@st.composite
def datasets(draw, max_items: int = 4):
    """(items, patterns, n): (question, gold) items, questions possibly repeated, and each one's pattern."""
    n = draw(st.integers(1, 5))
    questions = draw(st.lists(st.sampled_from(QUESTIONS), max_size=max_items))
    patterns = {q: draw(st.lists(st.booleans(), min_size=n, max_size=n)) for q in QUESTIONS}
    return [(q, GOLD[q]) for q in questions], patterns, n


def _probe_call(question, n, threshold) -> str:
    return f"probe_knowledge({question!r}, sample_answers, is_correct, n={n}, threshold={threshold!r})"


def _build_call(items, n, threshold) -> str:
    return f"build_refusal_data({items!r}, sample_answers, is_correct, n={n}, threshold={threshold!r})"


def _assert_bool(got, expected: bool, what: str) -> None:
    if not isinstance(got, bool):
        fail(f"{what} should return True or False, not a {type(got).__name__}", expected, got)
    if got != expected:
        fail(f"{what} is wrong", expected, got)


def _assert_pairs(got, expected: list, what: str) -> None:
    """A list of (question, target) tuples equal to `expected`; on a difference, name the first item."""
    if not isinstance(got, list):
        fail(f"{what} should return a list of (question, answer) tuples, not a {type(got).__name__}",
             expected, got)
    if len(got) != len(expected):
        fail(f"{what} returned {len(got)} pairs for {len(expected)} items; expected one per item", expected, got)
    for i, (g, e) in enumerate(zip(got, expected)):
        if g != e or not isinstance(g, tuple):
            fail(f"{what}: item {i} should be the tuple {e!r}", e, g)


# --- probing --------------------------------------------------------------------------------------

@check(points=2, section="i-dont-know",
       hint="Count the answers is_correct accepts, divide by n, and compare with >= threshold.")
@given(probe=probes(), threshold=thresholds)
@example(probe=("What is the capital of France?", [True, False, True, True, False], 5), threshold=0.6)
@example(probe=("What is the capital of France?", [True] * 5, 5), threshold=1.0)
@example(probe=("Who is Zhang Xiaoming?", [False] * 5, 5), threshold=0.0)
@example(probe=("Who is Zhang Xiaoming?", [False, True, False, False, False], 5), threshold=0.6)
def probe_knowledge_matches_the_reference(learner, reference, probe, threshold):
    """probe_knowledge is True exactly when the fraction of correct answers is at least the threshold"""
    question, pattern, n = probe
    sample_answers, is_correct = Toy({question: pattern}).functions()
    _assert_bool(learner.probe_knowledge(question, sample_answers, is_correct, n=n, threshold=threshold),
                 known(pattern, n, threshold), _probe_call(question, n, threshold) + f" (pattern {pattern})")


@check(points=2, section="i-dont-know",
       hint="The boundary counts as known: use >=, not >. 3 right out of 5 is 0.6, which meets 0.6.")
@given(case=st.sampled_from([(3, 5, 0.6), (2, 5, 0.4), (1, 2, 0.5), (5, 5, 1.0), (1, 4, 0.25), (0, 3, 0.0),
                             (2, 5, 0.6), (4, 5, 1.0), (0, 1, 0.5), (1, 3, 0.5)]))
@example(case=(3, 5, 0.6))
@example(case=(2, 5, 0.6))
def the_threshold_itself_counts_as_known(learner, reference, case):
    """exactly at the threshold the question is known: 3 of 5 right at 0.6 is True, 2 of 5 is False"""
    correct, n, threshold = case
    pattern = [True] * correct + [False] * (n - correct)
    question = QUESTIONS[0]
    sample_answers, is_correct = Toy({question: pattern}).functions()
    got = learner.probe_knowledge(question, sample_answers, is_correct, n=n, threshold=threshold)
    _assert_bool(got, correct / n >= threshold,
                 f"{_probe_call(question, n, threshold)} with {correct} of {n} answers right")


@check(points=2, section="i-dont-know",
       hint="Call sample_answers(question, n) once and judge the answers it returns; do not ask n times for one.")
@given(probe=probes(), threshold=thresholds)
@example(probe=("What is the capital of France?", [True, False, True, True, False], 5), threshold=0.6)
def the_model_is_asked_once_and_every_answer_judged(learner, reference, probe, threshold):
    """probe_knowledge calls sample_answers(question, n) once, then is_correct(question, answer) for each answer in order"""
    question, pattern, n = probe
    toy = Toy({question: pattern})
    learner.probe_knowledge(question, *toy.functions(), n=n, threshold=threshold)
    what = _probe_call(question, n, threshold)
    if toy.sampled != [(question, n)]:
        fail(f"{what} should call sample_answers once, as sample_answers({question!r}, {n})",
             expected=[(question, n)], got=toy.sampled)
    expected = [(question, answer) for answer in toy.answers(question, n)]
    if toy.judged != expected:
        fail(f"{what} should call is_correct(question, answer) once for each of the {n} answers, in order",
             expected=expected, got=toy.judged)


@check(points=1, section="i-dont-know",
       hint="Check n >= 1 and 0 <= threshold <= 1 first, before calling sample_answers.")
@given(bad=st.one_of(
    st.tuples(st.integers(-3, 0), st.just(0.6)),
    st.tuples(st.just(5), st.one_of(st.floats(-10, -1e-9), st.floats(1 + 1e-9, 10)))))
@example(bad=(0, 0.6))
@example(bad=(5, 1.5))
@example(bad=(5, -0.1))
def invalid_n_or_threshold_raises_before_sampling(learner, reference, bad):
    """n < 1 or a threshold outside [0, 1] raises ValueError without asking the model anything"""
    n, threshold = bad
    question = QUESTIONS[0]
    toy = Toy({question: [True]})
    with raises(ValueError, _probe_call(question, n, threshold)):
        learner.probe_knowledge(question, *toy.functions(), n=n, threshold=threshold)
    assert_true(not toy.sampled, f"{_probe_call(question, n, threshold)} called sample_answers {toy.sampled}; "
                                 f"check the arguments before asking the model")


@check(points=1, section="i-dont-know",
       hint="If len(answers) != n, raise ValueError: the fraction would be computed over the wrong count.")
@given(n=st.integers(1, 5), extra=st.sampled_from([-1, 1, 2]), threshold=thresholds)
@example(n=5, extra=-1, threshold=0.6)
@example(n=1, extra=-1, threshold=0.0)
@example(n=3, extra=1, threshold=0.6)
def a_model_giving_the_wrong_number_of_answers_raises(learner, reference, n, extra, threshold):
    """when sample_answers returns more or fewer than n answers, probe_knowledge raises ValueError"""
    question = QUESTIONS[0]
    toy = Toy({question: [True]}, extra=extra)
    with raises(ValueError, _probe_call(question, n, threshold) + f" when the model returns {n + extra} answers"):
        learner.probe_knowledge(question, *toy.functions(), n=n, threshold=threshold)


# --- building the data ----------------------------------------------------------------------------

@check(points=3, section="i-dont-know",
       hint="For each (question, gold): keep gold if probe_knowledge says the model knows it, else the refusal.")
@settings(max_examples=30)
@given(data=datasets(), threshold=thresholds)
@example(data=([("What is the capital of France?", "Paris"), ("Who is Zhang Xiaoming?", "A teacher in Chengdu")],
               {**{q: [False] * 5 for q in QUESTIONS}, "What is the capital of France?": [True] * 5}, 5),
         threshold=0.6)
@example(data=([], {q: [True] for q in QUESTIONS}, 1), threshold=0.6)
def build_refusal_data_matches_the_reference(learner, reference, data, threshold):
    """each question keeps its gold answer if the model knows it and gets the refusal if not, in the same order"""
    items, patterns, n = data
    expected = [(q, gold if known(patterns[q], n, threshold) else REFUSAL) for q, gold in items]
    sample_answers, is_correct = Toy(patterns).functions()
    _assert_pairs(learner.build_refusal_data(items, sample_answers, is_correct, n=n, threshold=threshold),
                  expected, _build_call(items, n, threshold))


@check(points=1, section="i-dont-know", hint="Use the `refusal` argument, not a fixed string.")
@settings(max_examples=15)
@given(data=datasets(max_items=3), refusal=st.sampled_from(["I don't know.", "不知道", "", "?"]))
@example(data=([("Who trained you?", "The lab that made me")], {q: [False] for q in QUESTIONS}, 1),
         refusal="I don't know.")
def the_refusal_text_is_the_one_given(learner, reference, data, refusal):
    """a question the model does not know gets exactly the `refusal` text passed in"""
    items, patterns, n = data
    expected = [(q, gold if known(patterns[q], n, 0.6) else refusal) for q, gold in items]
    sample_answers, is_correct = Toy(patterns).functions()
    got = learner.build_refusal_data(items, sample_answers, is_correct, n=n, threshold=0.6, refusal=refusal)
    _assert_pairs(got, expected, _build_call(items, n, 0.6)[:-1] + f", refusal={refusal!r})")


@check(points=1, section="i-dont-know", hint="Build a new list; never assign into `items`.")
@example(data=([("What is the capital of France?", "Paris"), ("Who trained you?", "The lab that made me")],
               {q: [False] for q in QUESTIONS}, 1))
@settings(max_examples=10)
@given(data=datasets(max_items=3))
def the_items_are_left_unchanged(learner, reference, data):
    """build_refusal_data returns a new list and leaves the items it was given unchanged"""
    items, patterns, n = data
    sample_answers, is_correct = Toy(patterns).functions()
    _, args, _ = learner.call_and_inputs("build_refusal_data", [tuple(item) for item in items], sample_answers,
                                         is_correct, n, 0.6)
    if args[0] != items:
        fail(f"{_build_call(items, n, 0.6)} changed its items", expected=items, got=args[0])


@check(points=2, section="i-dont-know",
       hint="Probe every item once, in the order of the list, even when a question appears twice.")
@settings(max_examples=20)
@given(data=datasets(), threshold=thresholds)
@example(data=([("What is the capital of France?", "Paris")] * 2 + [("Who trained you?", "The lab that made me")],
               {q: [True, False] for q in QUESTIONS}, 2), threshold=0.5)
def each_item_is_probed_once_in_order(learner, reference, data, threshold):
    """build_refusal_data calls sample_answers(question, n) once per item, in the order of the items"""
    items, patterns, n = data
    toy = Toy(patterns)
    learner.build_refusal_data(items, *toy.functions(), n=n, threshold=threshold)
    expected = [(q, n) for q, _ in items]
    if toy.sampled != expected:
        fail(f"{_build_call(items, n, threshold)} should call sample_answers once per item, in order",
             expected=expected, got=toy.sampled)


@check(points=1, section="i-dont-know",
       hint="Use the same rule for every item: correct / n >= threshold. A stricter threshold only adds refusals.")
@settings(max_examples=15)
@given(data=datasets(), thresholds=st.tuples(thresholds, thresholds))
def raising_the_threshold_never_turns_a_refusal_into_an_answer(learner, reference, data, thresholds):
    """with a higher threshold, every question refused before is still refused"""
    items, patterns, n = data
    low, high = sorted(thresholds)
    assume(items)
    results = []
    for threshold in (low, high):
        sample_answers, is_correct = Toy(patterns).functions()
        results.append(learner.build_refusal_data(items, sample_answers, is_correct, n=n, threshold=threshold))
    for result in results:
        if not isinstance(result, list) or len(result) != len(items):
            fail(f"build_refusal_data should return one pair per item, a list of {len(items)}", got=result)
    for i, (before, after) in enumerate(zip(*results)):
        if before[1] == REFUSAL and after[1] != REFUSAL:
            fail(f"item {i} ({items[i][0]!r}) is refused at threshold {low!r} but answered at the higher "
                 f"threshold {high!r}", expected=REFUSAL, got=after[1])


@check(points=1, section="i-dont-know", hint="Validate n and threshold at the top, before the loop.")
@given(items=st.lists(st.sampled_from(QUESTIONS).map(lambda q: (q, GOLD[q])), max_size=2),
       bad=st.sampled_from([(0, 0.6), (-1, 0.6), (5, 1.01), (5, -0.5)]))
@example(items=[], bad=(0, 0.6))
@example(items=[], bad=(5, 2.0))
def build_refusal_data_rejects_invalid_n_or_threshold(learner, reference, items, bad):
    """n < 1 or a threshold outside [0, 1] raises ValueError, even for an empty list of items"""
    n, threshold = bad
    toy = Toy({q: [True] for q in QUESTIONS})
    with raises(ValueError, _build_call(items, n, threshold)):
        learner.build_refusal_data(items, *toy.functions(), n=n, threshold=threshold)


# --- tokens-to-think ------------------------------------------------------------------------------

@check(points=2, section="tokens-to-think",
       hint="About 2N FLOPs per token: return 2 * n_params * n_tokens, with ints only (no float, no **).")
@given(n_params=st.integers(0, 10**12), n_tokens=st.integers(0, 10**6))
@example(n_params=8_000_000_000, n_tokens=1)
@example(n_params=671_000_000_000, n_tokens=300)
@example(n_params=124_439_808, n_tokens=1024)
@example(n_params=0, n_tokens=5)
@example(n_params=7, n_tokens=0)
@example(n_params=2**53 + 1, n_tokens=3)
def forward_flops_is_two_n_per_token(learner, reference, n_params, n_tokens):
    """forward_flops(N, tokens) is exactly the int 2 * N * tokens (an 8B model: 1.6e10 FLOPs per token)"""
    got = learner.forward_flops(n_params, n_tokens)
    if not isinstance(got, int) or isinstance(got, bool):
        fail(f"forward_flops({n_params}, {n_tokens}) should return a Python int, not a {type(got).__name__}",
             2 * n_params * n_tokens, got)
    assert_equal(got, 2 * n_params * n_tokens, f"forward_flops({n_params}, {n_tokens})")


@check(points=1, section="tokens-to-think")
@given(n_params=st.integers(1, 10**11), k=st.integers(1, 1000))
@example(n_params=8_000_000_000, k=300)
def a_k_token_answer_gets_k_times_the_compute(learner, reference, n_params, k):
    """the compute per token is fixed: k tokens cost exactly k times one token"""
    one, many = learner.forward_flops(n_params, 1), learner.forward_flops(n_params, k)
    assert_true(many == k * one, f"forward_flops({n_params}, {k}) = {many!r}, but {k} x "
                                 f"forward_flops({n_params}, 1) = {k * one!r}")


@check(points=1, section="tokens-to-think", hint="Raise ValueError when n_params or n_tokens is below 0.")
@given(n_params=st.integers(-10**9, 10**9), n_tokens=st.integers(-100, 100))
@example(n_params=-1, n_tokens=1)
@example(n_params=10, n_tokens=-1)
@example(n_params=-5, n_tokens=-5)
def negative_counts_raise_value_error(learner, reference, n_params, n_tokens):
    """a negative parameter or token count raises ValueError"""
    assume(n_params < 0 or n_tokens < 0)
    with raises(ValueError, f"forward_flops({n_params}, {n_tokens})"):
        learner.forward_flops(n_params, n_tokens)
