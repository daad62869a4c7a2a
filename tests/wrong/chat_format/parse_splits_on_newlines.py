"""Parses line by line (text.split on newlines), so a content with a newline in it breaks the parse."""

CAUGHT_BY = ["parse_chat_inverts_format_chat"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def parse_chat(text):
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) % 2 == 0:
        raise ValueError("a turn is two lines, each ending in a newline")
    messages = []
    for header, body in zip(lines[0:-1:2], lines[1:-1:2]):
        if not header.startswith(IM_START) or header[len(IM_START):] not in ROLES:
            raise ValueError(f"bad turn header {header!r}")
        if not body.endswith(IM_END):
            raise ValueError("a turn has no <|im_end|>")
        content = body[:-len(IM_END)]
        if IM_START in content or IM_END in content:
            raise ValueError("a special token inside a content")
        messages.append({"role": header[len(IM_START):], "content": content})
    return messages
