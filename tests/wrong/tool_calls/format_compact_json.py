"""Writes compact JSON (separators=(",", ":")) instead of json.dumps' default ", " and ": "."""

import json

CAUGHT_BY = ["format_matches_the_reference"]


def format_tool_call(name, arguments):
    return OPEN + json.dumps({"name": name, "arguments": arguments}, separators=(",", ":")) + CLOSE
