"""Uses re.findall without re.DOTALL, so a call whose JSON spans several lines is silently skipped, and
an unclosed tag is ignored instead of raising."""

import json
import re

CAUGHT_BY = ["parse_matches_the_reference", "broken_calls_raise_tool_call_error"]


def parse_tool_calls(text):
    calls = []
    for body in re.findall(r"<tool_call>(.*?)</tool_call>", text):
        try:
            call = json.loads(body)
        except (ValueError, RecursionError):
            raise ToolCallError("not JSON") from None
        if not isinstance(call, dict) or not isinstance(call.get("name"), str) or not isinstance(call.get("arguments"), dict):
            raise ToolCallError("bad tool call")
        calls.append({"name": call["name"], "arguments": call["arguments"]})
    return calls
