"""Parses line by line (text.split on newlines), so a content with a newline in it breaks the parse."""

CAUGHT_BY = ["parse_chat_inverts_format_chat"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def format_chat(messages, add_generation_prompt=False):
    text = ""
    for message in messages:
        if set(message) != {"role", "content"}:
            raise ValueError("a message needs exactly the keys 'role' and 'content'")
        role, content = message["role"], message["content"]
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if IM_START in content or IM_END in content:
            raise ValueError("a content may not contain a special token")
        text += IM_START + role + "\n" + content + IM_END + "\n"
    if add_generation_prompt:
        text += IM_START + "assistant\n"
    return text


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


def tokenize_chat(text):
    tokens = []
    i = 0
    while i < len(text):
        for special in SPECIAL_TOKENS:
            if text.startswith(special, i):
                tokens.append(special)
                i += len(special)
                break
        else:
            tokens.append(text[i])
            i += 1
    return tokens


def loss_mask(messages):
    format_chat(messages)  # raises ValueError for invalid messages
    mask = []
    for message in messages:
        trained = message["role"] == "assistant"
        mask += [False] * len(tokenize_chat(IM_START + message["role"] + "\n"))
        mask += [trained] * len(tokenize_chat(message["content"]))
        mask.append(trained)  # <|im_end|>
        mask.append(False)  # "\n"
    return mask
