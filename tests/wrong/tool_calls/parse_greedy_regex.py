"""Uses a greedy regex, <tool_call>(.*)</tool_call>, so two calls in one reply are read as one broken call."""

import json
import re

CAUGHT_BY = ["parse_reads_back_what_format_wrote", "parse_matches_the_reference"]


def parse_tool_calls(text):
    if OPEN in text and CLOSE not in text[text.find(OPEN):]:
        raise ToolCallError("unclosed tool call")
    calls = []
    for body in re.findall(r"<tool_call>(.*)</tool_call>", text, re.S):
        try:
            call = json.loads(body)
        except (ValueError, RecursionError):
            raise ToolCallError("not JSON") from None
        if not isinstance(call, dict) or not isinstance(call.get("name"), str) or not isinstance(call.get("arguments"), dict):
            raise ToolCallError("bad tool call")
        calls.append({"name": call["name"], "arguments": call["arguments"]})
    return calls
