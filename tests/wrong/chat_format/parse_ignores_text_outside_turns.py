"""Finds the turns with re.findall and ignores whatever lies between or around them, so junk, unclosed
turns and a trailing generation prompt all parse."""

import re

CAUGHT_BY = ["parse_chat_rejects_malformed_text", "parse_chat_parses_or_raises_value_error_on_any_text"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def parse_chat(text):
    turns = re.findall(r"<\|im_start\|>(\w+)\n(.*?)<\|im_end\|>\n", text, flags=re.DOTALL)
    messages = []
    for role, content in turns:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        messages.append({"role": role, "content": content})
    return messages
