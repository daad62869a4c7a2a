"""Trusts the JSON's shape: call["name"] on a list or a dict without "name" leaks TypeError or
KeyError, and a wrongly typed name or arguments is passed on."""

import json

CAUGHT_BY = ["broken_calls_raise_tool_call_error", "any_text_gives_a_list_or_a_tool_call_error",
             "parse_matches_the_reference"]


def parse_tool_calls(text):
    calls = []
    start = text.find(OPEN)
    while start != -1:
        end = text.find(CLOSE, start)
        if end == -1:
            raise ToolCallError("unclosed tool call")
        try:
            call = json.loads(text[start + len(OPEN):end])
        except ValueError:
            raise ToolCallError("not JSON") from None
        calls.append({"name": call["name"], "arguments": call["arguments"]})
        start = text.find(OPEN, end)
    return calls
