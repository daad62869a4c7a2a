"""Hidden checks for exercises/context_window/truncation.py: fitting a chat into the context window.

The token counter is a function the grader passes (it runs in the grader): it counts words, and it
records every text it is asked about, so the checks can see how often it was called. Results are
lists of message dicts and must match exactly.
"""

from hypothesis import example, given, settings, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises

WORDS = ["token", "window", "cache", "model", "attention", "reply", "system", "user"]
SYSTEM = {"role": "system", "content": "answer briefly"}


def counter(seen: list | None = None):
    """count_tokens for the checks: one token per word; records each text it is given in `seen`."""
    def count_words(text):
        if seen is not None:
            seen.append(text)
        return len(text.split())
    return count_words


def turns(min_size: int = 0, max_size: int = 7) -> st.SearchStrategy[list[dict[str, str]]]:
    """Alternating user/assistant messages of 0 to 6 words each (unique contents, to tell them apart)."""
    def build(lengths: list[int]) -> list[dict[str, str]]:
        return [{"role": "user" if i % 2 == 0 else "assistant",
                 "content": " ".join([f"m{i}"] + WORDS[:length])} for i, length in enumerate(lengths)]
    return st.lists(st.integers(0, 6), min_size=min_size, max_size=max_size).map(build)


def chats() -> st.SearchStrategy[list[dict[str, str]]]:
    """Conversations, with or without a system prompt first."""
    return st.tuples(st.booleans(), turns()).map(lambda pair: [SYSTEM] * pair[0] + pair[1])


def cost(messages: list[dict[str, str]], per_message: int = 0) -> int:
    return sum(len(m["content"].split()) + per_message for m in messages)


TABLE = [SYSTEM | {"content": " ".join(["w"] * 300)}] + [
    {"role": role, "content": " ".join(["w"] * n)} for role, n in
    [("user", 800), ("assistant", 1500), ("user", 400), ("assistant", 900), ("user", 250)]]
"""The chapter's worked example: 3,072 tokens of room keep the system prompt and the last three turns."""


def _call(messages, max_tokens, **options) -> str:
    extra = "".join(f", {key}={value!r}" for key, value in options.items())
    return f"truncate_messages(messages, max_tokens={max_tokens}, count_tokens=count_words{extra})"


@check(points=3, section="overflow",
       hint="Walk backwards from the newest message, adding each while it fits; stop at the first that does not.")
@given(messages=chats(), max_tokens=st.integers(0, 30), per_message=st.sampled_from([0, 0, 1, 4]))
@example(messages=TABLE, max_tokens=3072, per_message=0)
@example(messages=[SYSTEM, {"role": "user", "content": "one two three four five six"},
                   {"role": "assistant", "content": "ok"}, {"role": "user", "content": "a b c"}],
         max_tokens=8, per_message=0)
@example(messages=[SYSTEM, {"role": "user", "content": "one two three four five six"},
                   {"role": "assistant", "content": "ok"}, {"role": "user", "content": "a b c"}],
         max_tokens=6, per_message=0)  # an exact fit: 2 + 1 + 3 == 6
def truncate_matches_the_reference(learner, reference, messages, max_tokens, per_message):
    """the result is the system prompt plus the newest messages that fit, stopping at the first that does not"""
    try:
        expected = reference.truncate_messages(messages, max_tokens, counter(), per_message=per_message)
    except ValueError:
        with raises(ValueError, _call(messages, max_tokens, per_message=per_message) + " with a system prompt too long"):
            learner.truncate_messages(messages, max_tokens, counter(), per_message=per_message)
        return
    got = learner.truncate_messages(messages, max_tokens, counter(), per_message=per_message)
    assert_equal(got, expected, _call(messages, max_tokens, per_message=per_message) + f" with messages = {messages}")


@check(points=2, section="overflow")
@given(messages=chats(), max_tokens=st.integers(4, 30), per_message=st.sampled_from([0, 2]))
def the_result_fits_and_keeps_the_newest_messages(learner, reference, messages, max_tokens, per_message):
    """the kept messages cost at most max_tokens, and after the system prompt they are the newest ones, in order"""
    got = learner.truncate_messages(messages, max_tokens, counter(), per_message=per_message)
    what = _call(messages, max_tokens, per_message=per_message)
    assert_true(isinstance(got, list), f"{what} should return a list, not a {type(got).__name__}")
    if cost(got, per_message) > max_tokens:
        fail(f"{what} returned messages costing {cost(got, per_message)} tokens, more than {max_tokens}",
             expected=f"at most {max_tokens} tokens", got=got)
    system = 1 if messages and messages[0] == SYSTEM and got and got[0] == SYSTEM else 0
    rest, others = got[system:], messages[system:]
    if rest and rest != others[len(others) - len(rest):]:
        fail(f"{what}: the kept messages are not the newest ones of the conversation, in order",
             expected=others[len(others) - len(rest):], got=rest)


@check(points=2, section="overflow", hint="The first message, if its role is \"system\", is always kept in front.")
@given(rest=turns(), max_tokens=st.integers(2, 12))
@example(rest=[{"role": "user", "content": "a b c d e f g h i j"}], max_tokens=2)
def the_system_prompt_stays_first(learner, reference, rest, max_tokens):
    """the system prompt is kept in first place however little room is left for the other messages"""
    got = learner.truncate_messages([SYSTEM] + rest, max_tokens, counter())
    assert_true(isinstance(got, list) and len(got) >= 1 and got[0] == SYSTEM,
                f"{_call([SYSTEM] + rest, max_tokens)} should start with the system prompt, got {got}")


@check(points=1, section="overflow")
@given(messages=chats(), max_tokens=st.integers(0, 12))
def keep_system_false_treats_it_like_any_message(learner, reference, messages, max_tokens):
    """with keep_system=False the system prompt gets no special place: it is kept only if it fits in the suffix"""
    expected = reference.truncate_messages(messages, max_tokens, counter(), keep_system=False)
    got = learner.truncate_messages(messages, max_tokens, counter(), keep_system=False)
    assert_equal(got, expected, _call(messages, max_tokens, keep_system=False) + f" with messages = {messages}")


@check(points=1, section="overflow")
@given(messages=chats())
def everything_that_fits_is_returned_unchanged(learner, reference, messages):
    """when the whole conversation fits, the result equals the input"""
    room = cost(messages, 4)
    got = learner.truncate_messages(messages, room, counter(), per_message=4)
    assert_equal(got, messages, _call(messages, room, per_message=4))


@check(points=1, section="overflow")
@settings(max_examples=30)
@given(messages=chats(), max_tokens=st.integers(2, 20))
def truncating_twice_changes_nothing(learner, reference, messages, max_tokens):
    """truncating an already truncated conversation with the same limit returns it unchanged"""
    once = learner.truncate_messages(messages, max_tokens, counter())
    twice = learner.truncate_messages(once, max_tokens, counter())
    assert_equal(twice, once, f"truncating the result of {_call(messages, max_tokens)} again")


@check(points=2, section="overflow", hint="Ask count_tokens about each message once, and stop at the first that does not fit.")
@given(messages=chats(), max_tokens=st.integers(2, 20))
@example(messages=[SYSTEM] + [{"role": "user", "content": "a b c"}] * 6, max_tokens=7)
def count_tokens_is_called_at_most_once_per_message(learner, reference, messages, max_tokens):
    """count_tokens is asked about each message's content at most once"""
    seen: list[str] = []
    learner.truncate_messages(messages, max_tokens, counter(seen))
    if len(seen) > len(messages):
        fail(f"{_call(messages, max_tokens)} called count_tokens {len(seen)} times for {len(messages)} messages",
             expected=f"at most {len(messages)} calls", got=seen)


@check(points=1, section="overflow")
@given(messages=chats(), max_tokens=st.integers(2, 20))
def the_input_is_not_modified(learner, reference, messages, max_tokens):
    """the conversation passed in is left unchanged"""
    _, args, _ = learner.call_and_inputs("truncate_messages", messages, max_tokens, counter())
    assert_equal(args[0], messages, f"the messages after {_call(messages, max_tokens)}")


@check(points=1, section="overflow")
@example(max_tokens=2)
@given(max_tokens=st.integers(-3, 1))
def a_system_prompt_that_does_not_fit_raises(learner, reference, max_tokens):
    """a system prompt that alone needs more than max_tokens raises ValueError, and so does a negative max_tokens"""
    with raises(ValueError, _call([SYSTEM, "..."], max_tokens, per_message=1)):
        learner.truncate_messages([SYSTEM, {"role": "user", "content": "hi"}], max_tokens, counter(), per_message=1)


@check(points=2, section="overflow", hint="A slice from the end: the last max_len items.")
@given(ids=st.lists(st.integers(0, 99), max_size=12), max_len=st.integers(1, 8))
@example(ids=[5, 9, 2, 7, 1], max_len=3)
@example(ids=[5, 9], max_len=3)
def sliding_window_keeps_the_last_ids(learner, reference, ids, max_len):
    """sliding_window returns the last min(len(ids), max_len) ids, in order"""
    assert_equal(learner.sliding_window(ids, max_len), ids[-max_len:], f"sliding_window({ids}, {max_len})")


@check(points=1, section="overflow")
@given(max_len=st.integers(-3, 0))
def sliding_window_rejects_a_length_below_one(learner, reference, max_len):
    """sliding_window raises ValueError for max_len below 1"""
    with raises(ValueError, f"sliding_window([1, 2, 3], {max_len})"):
        learner.sliding_window([1, 2, 3], max_len)
