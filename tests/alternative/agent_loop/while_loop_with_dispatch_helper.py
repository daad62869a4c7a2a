"""A correct variant: a while loop counting model calls, and a helper that turns one call into its tool
message, returning errors instead of raising them. Unknown tools surface as KeyError inside the helper."""

import json
import re

CALL = re.compile(r"<tool_call>(.*?)(</tool_call>|\Z)", re.S)


class ToolCallError(ValueError):
    pass


def format_tool_call(name, arguments):
    return "<tool_call>" + json.dumps({"name": name, "arguments": arguments}) + "</tool_call>"


def parse_tool_calls(text):
    calls = []
    for match in CALL.finditer(text):
        if not match.group(2):
            raise ToolCallError("unclosed tool call")
        try:
            call = json.loads(match.group(1))
        except (ValueError, RecursionError):
            raise ToolCallError("not JSON") from None
        if not (isinstance(call, dict) and isinstance(call.get("name"), str) and isinstance(call.get("arguments"), dict)):
            raise ToolCallError("bad tool call")
        calls.append({"name": call["name"], "arguments": call["arguments"]})
    return calls


def _tool_message(tools, call):
    try:
        result = tools[call["name"]](call["arguments"])  # KeyError for an unknown tool is reported too
    except Exception as problem:
        return {"role": "tool", "name": call["name"], "content": "error: " + repr(problem)}
    return {"role": "tool", "name": call["name"], "content": f"{result}"}


def run_agent(model, tools, user_message, max_steps=5):
    if not max_steps >= 1:
        raise ValueError("need at least one step")
    history = [{"role": "user", "content": user_message}]
    calls_made = 0
    while calls_made < max_steps:
        text = model([m.copy() for m in history])
        calls_made += 1
        history.append({"role": "assistant", "content": text})
        try:
            tool_calls = parse_tool_calls(text)
        except ValueError as problem:
            history.append({"role": "tool", "name": "", "content": "error: " + str(problem)})
            continue
        if len(tool_calls) == 0:
            return history
        history.extend(_tool_message(tools, call) for call in tool_calls)
    return history
