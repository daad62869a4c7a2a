"""An agent loop: the model writes, the program runs its tool calls, the results go back, repeat.

The model never runs anything itself; it only writes text. The loop around it is ordinary code: call
the model on the conversation so far, run every tool call in its reply, append each result as a
"tool" message, and call the model again, until it replies without a tool call (its answer) or a
step limit is reached. Errors (an unknown tool, a tool that fails, a malformed call) are reported
back to the model as tool messages, so it can try again, instead of crashing the application.

Chapter: "RAG, tool use and agents", sections "Tool use" and "Agents".
Only numpy and the standard library may be imported. format_tool_call and parse_tool_calls are the
finished functions of exercises/tools_and_agents/tool_calls.py, copied here so this file stands alone.
"""

import json
from collections.abc import Callable

OPEN, CLOSE = "<tool_call>", "</tool_call>"


class ToolCallError(ValueError):
    """A tool call that cannot be run: an unclosed tag, invalid JSON, or a wrong name or arguments."""


def format_tool_call(name: str, arguments: dict) -> str:
    """The text a model writes to call tool `name` with `arguments` (given: see tool_calls.py).

    >>> format_tool_call("multiply", {"a": 6, "b": 7})
    '<tool_call>{"name": "multiply", "arguments": {"a": 6, "b": 7}}</tool_call>'
    """
    return OPEN + json.dumps({"name": name, "arguments": arguments}) + CLOSE


def parse_tool_calls(text: str) -> list[dict]:
    """Every tool call in `text`, in order, as {"name": str, "arguments": dict} (given: see tool_calls.py).

    Text without OPEN gives []. A broken call (unclosed, not JSON, no string "name" or no object
    "arguments") raises ToolCallError, and no other exception escapes.

    >>> parse_tool_calls('Sure. <tool_call>{"name": "multiply", "arguments": {"a": 6, "b": 7}}</tool_call>')
    [{'name': 'multiply', 'arguments': {'a': 6, 'b': 7}}]
    """
    calls = []
    start = text.find(OPEN)
    while start != -1:
        end = text.find(CLOSE, start + len(OPEN))
        if end == -1:
            raise ToolCallError(f"a tool call is never closed: {text[start:start + 60]!r}")
        body = text[start + len(OPEN):end]
        try:
            call = json.loads(body)
        except (ValueError, RecursionError):
            raise ToolCallError(f"the tool call is not valid JSON: {body!r}") from None
        if not isinstance(call, dict) or not isinstance(call.get("name"), str):
            raise ToolCallError(f"the tool call has no \"name\" string: {body!r}")
        if not isinstance(call.get("arguments"), dict):
            raise ToolCallError(f"the tool call has no \"arguments\" object: {body!r}")
        calls.append({"name": call["name"], "arguments": call["arguments"]})
        start = text.find(OPEN, end + len(CLOSE))
    return calls


def run_agent(model: Callable[[list[dict]], str], tools: dict[str, Callable[[dict], object]],
              user_message: str, max_steps: int = 5) -> list[dict]:
    """Run the tool-use loop for one user message and return the whole conversation.

    model: called as model(messages) with a copy of the conversation so far (a list of message
        dicts, oldest first); returns the assistant's next reply as a string.
    tools: maps a tool name to a function that takes the call's arguments dict and returns a result.
    user_message: the conversation starts as [{"role": "user", "content": user_message}].
    max_steps: the most model calls allowed; at least 1, else ValueError (before calling the model).

    One step: call the model, append {"role": "assistant", "content": reply}, then
    - if parse_tool_calls(reply) is [], the reply is the final answer: stop;
    - if it raises ToolCallError, run nothing and append one message
      {"role": "tool", "name": "", "content": "error: " + the error's message};
    - otherwise, for each call in order, append {"role": "tool", "name": call["name"], "content": c}
      where c is str(tools[name](arguments)), or, when `name` is not in `tools` or the tool raises an
      exception, "error: " followed by a description of the problem. Nothing is raised: the model
      reads the error in the next step and can recover.
    Then take the next step, unless max_steps model calls have been made: then stop, even though the
    last message is a tool message and there is no final answer.
    Returns the messages: the user message, then per step the assistant message and its tool messages.

    >>> def multiply(arguments):
    ...     return arguments["a"] * arguments["b"]
    >>> def calculator_model(messages):  # calls the tool first, then answers with its result
    ...     if messages[-1]["role"] == "user":
    ...         return format_tool_call("multiply", {"a": 294712, "b": 12828})
    ...     return "294712 x 12828 = " + messages[-1]["content"]
    >>> for message in run_agent(calculator_model, {"multiply": multiply}, "What is 294712 x 12828?"):
    ...     print(message)
    {'role': 'user', 'content': 'What is 294712 x 12828?'}
    {'role': 'assistant', 'content': '<tool_call>{"name": "multiply", "arguments": {"a": 294712, "b": 12828}}</tool_call>'}
    {'role': 'tool', 'name': 'multiply', 'content': '3780565536'}
    {'role': 'assistant', 'content': '294712 x 12828 = 3780565536'}
    >>> run_agent(calculator_model, {}, "What is 294712 x 12828?", max_steps=1)[-1]
    {'role': 'tool', 'name': 'multiply', 'content': "error: unknown tool 'multiply'"}
    """
    ### BEGIN SOLUTION
    if max_steps < 1:
        raise ValueError(f"max_steps must be at least 1, got {max_steps}")
    messages = [{"role": "user", "content": user_message}]
    for _ in range(max_steps):
        reply = model([dict(message) for message in messages])
        messages.append({"role": "assistant", "content": reply})
        try:
            calls = parse_tool_calls(reply)
        except ToolCallError as error:
            messages.append({"role": "tool", "name": "", "content": f"error: {error}"})
            continue
        if not calls:
            break  # no tool call: this reply is the answer
        for call in calls:
            name = call["name"]
            if name not in tools:
                content = f"error: unknown tool {name!r}"
            else:
                try:
                    content = str(tools[name](call["arguments"]))
                except Exception as error:  # a failing tool must not end the conversation
                    content = f"error: {type(error).__name__}: {error}"
            messages.append({"role": "tool", "name": name, "content": content})
    return messages
    ### END SOLUTION
