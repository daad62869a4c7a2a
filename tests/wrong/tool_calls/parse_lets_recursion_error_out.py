"""Catches only json.JSONDecodeError: very deeply nested JSON ("[[[[...") makes json.loads raise
RecursionError, which escapes instead of becoming a ToolCallError."""

import json

CAUGHT_BY = ["any_text_gives_a_list_or_a_tool_call_error"]


def parse_tool_calls(text):
    calls = []
    start = text.find(OPEN)
    while start != -1:
        end = text.find(CLOSE, start + len(OPEN))
        if end == -1:
            raise ToolCallError("unclosed tool call")
        try:
            call = json.loads(text[start + len(OPEN):end])
        except json.JSONDecodeError:
            raise ToolCallError("not JSON") from None
        if not isinstance(call, dict) or not isinstance(call.get("name"), str) or not isinstance(call.get("arguments"), dict):
            raise ToolCallError("bad tool call")
        calls.append({"name": call["name"], "arguments": call["arguments"]})
        start = text.find(OPEN, end + len(CLOSE))
    return calls
