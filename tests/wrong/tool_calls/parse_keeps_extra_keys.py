"""Returns the parsed JSON object itself, so keys other than name and arguments leak into the result."""

import json

CAUGHT_BY = ["other_keys_are_left_out"]


def parse_tool_calls(text):
    calls = []
    start = text.find(OPEN)
    while start != -1:
        end = text.find(CLOSE, start + len(OPEN))
        if end == -1:
            raise ToolCallError("unclosed tool call")
        try:
            call = json.loads(text[start + len(OPEN):end])
        except (ValueError, RecursionError):
            raise ToolCallError("not JSON") from None
        if not isinstance(call, dict) or not isinstance(call.get("name"), str) or not isinstance(call.get("arguments"), dict):
            raise ToolCallError("bad tool call")
        calls.append(call)
        start = text.find(OPEN, end + len(CLOSE))
    return calls
