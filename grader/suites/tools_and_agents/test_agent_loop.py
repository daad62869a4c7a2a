"""Hidden checks for exercises/tools_and_agents/agent_loop.py: the bounded tool-use loop.

The model and the tools are functions the grader passes (they run in the grader; see grader/wire.py).
The toy models play a script of replies, or react to the last message, and record every conversation
they are shown, so the checks can see what the learner's loop sent and how many times it called.
Everything is strings and dicts, compared exactly, except the text of error messages: the docstring
fixes only that they start with "error: ", so conversations are compared with that text blanked.
"""

import json

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises

OPEN, CLOSE = "<tool_call>", "</tool_call>"
QUESTION = "What is 294712 x 12828?"
CITIES = {"paris": "Paris: 2.1 million people", "tokyo": "Tokyo: 14 million people"}


def call_text(name: str, arguments: dict) -> str:
    return OPEN + json.dumps({"name": name, "arguments": arguments}) + CLOSE


class Tool:
    """A tool function with a readable repr: the feedback shows the tools dict as {'multiply': multiply, ...}
    (a plain function's repr holds a memory address, which would make reports differ from run to run)."""

    def __init__(self, function):
        self.function, self.__name__ = function, function.__name__

    def __call__(self, arguments):
        return self.function(arguments)

    def __repr__(self):
        return self.__name__


def make_tools(log: list | None = None) -> dict:
    """multiply and divide (ints in, int out), lookup (KeyError for an unknown city); calls go to `log`."""
    def multiply(arguments):
        if log is not None:
            log.append(("multiply", arguments))
        return arguments["a"] * arguments["b"]

    def divide(arguments):
        if log is not None:
            log.append(("divide", arguments))
        return arguments["a"] // arguments["b"]  # ZeroDivisionError for b == 0

    def lookup(arguments):
        if log is not None:
            log.append(("lookup", arguments))
        return CITIES[arguments["city"]]  # KeyError for a city it does not know

    return {"multiply": Tool(multiply), "divide": Tool(divide), "lookup": Tool(lookup)}


def scripted_model(replies: list[str], seen: list):
    """A model that gives `replies` in order (then "Done.") and records every conversation it is shown."""
    def scripted_model(messages):
        seen.append(messages)
        return replies[len(seen) - 1] if len(seen) <= len(replies) else "Done."
    return scripted_model


def calculator_model(messages):
    """Calls multiply on the user's first turn, then answers with the last tool result."""
    if messages[-1]["role"] == "user":
        return "Let me use the calculator. " + call_text("multiply", {"a": 294712, "b": 12828})
    return "294712 x 12828 = " + str(messages[-1]["content"])


def never_answering_model(calls: list):
    """A model that calls multiply at every step and never answers; records each call in `calls`."""
    def never_answering_model(messages):
        calls.append(len(messages))
        return call_text("multiply", {"a": len(calls), "b": 10})
    return never_answering_model


def blanked(messages):
    """The conversation with the text after "error: " blanked out (only the prefix is specified)."""
    if not isinstance(messages, list):
        return messages
    out = []
    for message in messages:
        if (isinstance(message, dict) and message.get("role") == "tool" and isinstance(message.get("content"), str)
                and message["content"].startswith("error: ")):
            message = {**message, "content": "error: ..."}
        out.append(message)
    return out


def assert_same_conversation(got, expected, what: str) -> None:
    """Compare two conversations message by message, naming the first one that differs."""
    if not isinstance(got, list):
        fail(f"{what} should return a list of messages, not {type(got).__name__}", expected, got)
    got, expected = blanked(got), blanked(expected)
    for i, (g, e) in enumerate(zip(got, expected)):
        if g != e:
            fail(f"{what}: message {i} is not what it should be (error texts are shown as 'error: ...')", e, g)
    if len(got) != len(expected):
        fail(f"{what} returned {len(got)} messages; expected {len(expected)}", expected[len(got):] or expected[-1:],
             got[len(expected):] or got[-1:])


replies = st.one_of(
    st.sampled_from(["The answer is 42.", "I don't know.", "", "Almost: <tool_ call>"]),
    st.text(max_size=12).filter(lambda t: OPEN not in t),
    st.builds(lambda a, b: call_text("multiply", {"a": a, "b": b}), st.integers(-50, 50), st.integers(-50, 50)),
    st.builds(lambda a, b: call_text("divide", {"a": a, "b": b}), st.integers(-50, 50), st.integers(0, 3)),
    st.sampled_from(["paris", "tokyo", "atlantis"]).map(lambda c: "Let me look. " + call_text("lookup", {"city": c})),
    st.just(call_text("search", {"query": "Tour de France 2024"})),  # no such tool
    st.just(call_text("multiply", {"a": 2, "b": 3}) + " and " + call_text("lookup", {"city": "paris"})),
    st.just(OPEN + '{"name": "multiply", "arguments": {"a": 2, "b": 3}'),  # never closed
    st.just(OPEN + "multiply(2, 3)" + CLOSE),
)
scripts = st.lists(replies, min_size=1, max_size=6)


@check(points=2, section="tool-use", hint="No tool call in the reply means it is the final answer: return at once.")
@given(answer=st.sampled_from(["The answer is 42.", "", "Use the </tool_call> tag to call tools."]),
       max_steps=st.integers(1, 5))
def a_reply_without_a_tool_call_is_the_answer(learner, reference, answer, max_steps):
    """a reply with no tool call ends the loop after one model call: [user, assistant]"""
    seen = []
    got = learner.run_agent(scripted_model([answer], seen), make_tools(), "Hi", max_steps=max_steps)
    expected = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": answer}]
    assert_same_conversation(got, expected, f"run_agent(model answering {answer!r}, tools, 'Hi', max_steps={max_steps})")
    assert_true(len(seen) == 1, f"the model was called {len(seen)} times; once is enough when it answers at once")


@check(points=3, section="tool-use",
       hint='Append {"role": "tool", "name": name, "content": str(result)} after the assistant message, then call the model again.')
@given(max_steps=st.integers(2, 5))
def tool_results_go_back_into_the_conversation(learner, reference, max_steps):
    """the tool's result is appended as a tool message, and the model answers from it on the next step"""
    got = learner.run_agent(calculator_model, make_tools(), QUESTION, max_steps=max_steps)
    expected = [
        {"role": "user", "content": QUESTION},
        {"role": "assistant", "content": "Let me use the calculator. " + call_text("multiply", {"a": 294712, "b": 12828})},
        {"role": "tool", "name": "multiply", "content": "3780565536"},
        {"role": "assistant", "content": "294712 x 12828 = 3780565536"},
    ]
    assert_same_conversation(got, expected, f"run_agent(calculator_model, tools, {QUESTION!r}, max_steps={max_steps})")


@check(points=3, section="agents")
@given(script=scripts, max_steps=st.integers(1, 6))
@example(script=[call_text("lookup", {"city": "atlantis"}), call_text("lookup", {"city": "tokyo"}), "Tokyo."],
         max_steps=5)
def scripted_conversations_match_the_reference(learner, reference, script, max_steps):
    """over any script of replies (answers, calls, failing and broken calls) the conversation is right"""
    seen, expected_seen = [], []
    got = learner.run_agent(scripted_model(script, seen), make_tools(), "Go.", max_steps=max_steps)
    expected = reference.run_agent(scripted_model(script, expected_seen), make_tools(), "Go.", max_steps=max_steps)
    assert_same_conversation(got, expected, f"run_agent(model replying {script!r}, tools, 'Go.', max_steps={max_steps})")


@check(points=2, section="agents", hint="Call model(messages) with the whole conversation so far, tool messages included.")
@given(script=scripts, max_steps=st.integers(1, 6))
def the_model_sees_the_whole_conversation(learner, reference, script, max_steps):
    """each model call is shown every message so far: the user's, its own replies and all tool results"""
    seen, expected_seen = [], []
    learner.run_agent(scripted_model(script, seen), make_tools(), "Go.", max_steps=max_steps)
    reference.run_agent(scripted_model(script, expected_seen), make_tools(), "Go.", max_steps=max_steps)
    assert_true(len(seen) == len(expected_seen),
                f"with replies {script!r} and max_steps={max_steps} the model was called {len(seen)} times; "
                f"expected {len(expected_seen)}")
    for step, (got, expected) in enumerate(zip(seen, expected_seen), start=1):
        assert_same_conversation(got, expected, f"the conversation shown to the model at step {step} "
                                                f"(replies {script!r})")


@check(points=2, section="agents",
       hint="Count model calls, not messages: for step in range(max_steps), and stop there without a final answer.")
@given(max_steps=st.integers(1, 7))
@example(max_steps=1)
@example(max_steps=5)
def a_model_that_never_answers_is_called_exactly_max_steps_times(learner, reference, max_steps):
    """a model that keeps calling tools is called exactly max_steps times, and the messages are returned"""
    calls, expected_calls = [], []
    got = learner.run_agent(never_answering_model(calls), make_tools(), QUESTION, max_steps=max_steps)
    assert_true(len(calls) == max_steps, f"run_agent(never_answering_model, tools, question, max_steps={max_steps}) "
                                         f"called the model {len(calls)} times; expected exactly {max_steps}")
    expected = reference.run_agent(never_answering_model(expected_calls), make_tools(), QUESTION, max_steps=max_steps)
    assert_same_conversation(got, expected, f"run_agent(never_answering_model, tools, question, max_steps={max_steps})")


@check(points=1, section="tool-use", hint='An unknown name gets a tool message "error: ..."; then the loop goes on.')
@given(name=st.sampled_from(["search", "Multiply", "", "calc"]))
def an_unknown_tool_is_reported_to_the_model(learner, reference, name):
    """a call to a tool that does not exist gets a tool message starting with "error: ", and the loop goes on"""
    seen = []
    script = [call_text(name, {"q": 1}), "Sorry, I cannot do that."]
    got = learner.run_agent(scripted_model(script, seen), make_tools(), "Go.", max_steps=3)
    expected = [{"role": "user", "content": "Go."}, {"role": "assistant", "content": script[0]},
                {"role": "tool", "name": name, "content": "error: ..."},
                {"role": "assistant", "content": script[1]}]
    assert_same_conversation(got, expected, f"run_agent(model calling {name!r}, tools, 'Go.', max_steps=3)")


@check(points=2, section="tool-use",
       hint='Wrap the tool call in try/except Exception and append "error: ..." as its content.')
@given(call=st.sampled_from([("divide", {"a": 1, "b": 0}), ("lookup", {"city": "atlantis"}),
                             ("multiply", {"a": 2}), ("multiply", {"a": "x", "b": [1]})]))
def a_tool_that_raises_is_reported_to_the_model(learner, reference, call):
    """an exception in a tool becomes a tool message starting with "error: ", and the model is called again"""
    name, arguments = call
    seen = []
    script = [call_text(name, arguments), "That failed, sorry."]
    got = learner.run_agent(scripted_model(script, seen), make_tools(), "Go.", max_steps=3)
    expected = [{"role": "user", "content": "Go."}, {"role": "assistant", "content": script[0]},
                {"role": "tool", "name": name, "content": "error: ..."},
                {"role": "assistant", "content": script[1]}]
    assert_same_conversation(got, expected, f"run_agent(model calling {name}({arguments}), tools, 'Go.', max_steps=3)")


@check(points=1, section="tool-use",
       hint='Catch ToolCallError from parse_tool_calls and append {"role": "tool", "name": "", "content": "error: ..."}.')
@given(reply=st.sampled_from([OPEN + '{"name": "multiply", "arguments": {"a": 2, "b": 3}',
                              OPEN + "multiply(2, 3)" + CLOSE,
                              call_text("multiply", {"a": 2, "b": 3}) + OPEN + '{"name": "multiply"}' + CLOSE]))
def a_malformed_call_is_reported_and_runs_nothing(learner, reference, reply):
    """a reply with a malformed tool call runs no tool and gets one tool message named "" starting with "error: \""""
    seen, log = [], []
    got = learner.run_agent(scripted_model([reply, "Let me try again."], seen), make_tools(log), "Go.", max_steps=3)
    expected = [{"role": "user", "content": "Go."}, {"role": "assistant", "content": reply},
                {"role": "tool", "name": "", "content": "error: ..."},
                {"role": "assistant", "content": "Let me try again."}]
    assert_same_conversation(got, expected, f"run_agent(model replying {reply!r}, tools, 'Go.', max_steps=3)")
    assert_true(log == [], f"no tool should run for a reply with a broken call, but these ran: {log}")


@check(points=1, section="tool-use", hint="Run the calls in the order they appear, each with its own arguments dict.")
@given(pairs=st.lists(st.tuples(st.integers(-9, 9), st.integers(-9, 9)), min_size=2, max_size=4))
def several_calls_in_one_reply_run_in_order(learner, reference, pairs):
    """every call in a reply runs, in order, with its arguments dict, each followed by its tool message"""
    log, seen = [], []
    reply = " ".join(call_text("multiply", {"a": a, "b": b}) for a, b in pairs)
    got = learner.run_agent(scripted_model([reply, "Done."], seen), make_tools(log), "Go.", max_steps=2)
    assert_equal(log, [("multiply", {"a": a, "b": b}) for a, b in pairs], "the tool calls that ran, in order")
    expected = ([{"role": "user", "content": "Go."}, {"role": "assistant", "content": reply}]
                + [{"role": "tool", "name": "multiply", "content": str(a * b)} for a, b in pairs]
                + [{"role": "assistant", "content": "Done."}])
    assert_same_conversation(got, expected, f"run_agent(model replying {reply!r}, tools, 'Go.', max_steps=2)")


@check(points=1, section="agents")
@given(max_steps=st.sampled_from([0, -1]))
def max_steps_below_one_raises_value_error(learner, reference, max_steps):
    """max_steps below 1 raises ValueError before the model is called"""
    seen = []
    with raises(ValueError, f"run_agent(model, tools, 'Go.', max_steps={max_steps})"):
        learner.run_agent(scripted_model(["Hi."], seen), make_tools(), "Go.", max_steps=max_steps)
    assert_true(seen == [], f"the model was called {len(seen)} times before the ValueError; expected none")
