"""Closes each turn with "<|im_end|>" but no newline after it (and parses and masks that way)."""

CAUGHT_BY = [
    "format_chat_matches_the_reference",
    "parse_chat_inverts_format_chat",
    "loss_mask_matches_the_reference",
    "the_mask_has_one_boolean_per_token",
]

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
        text += IM_START + role + "\n" + content + IM_END
    if add_generation_prompt:
        text += IM_START + "assistant\n"
    return text


def parse_chat(text):
    messages = []
    pos = 0
    while pos < len(text):
        if not text.startswith(IM_START, pos):
            raise ValueError("text outside a turn")
        newline = text.find("\n", pos)
        if newline == -1:
            raise ValueError("no newline after the role")
        role = text[pos + len(IM_START):newline]
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        end = text.find(IM_END, newline + 1)
        if end == -1:
            raise ValueError("a turn has no <|im_end|>")
        content = text[newline + 1:end]
        if IM_START in content:
            raise ValueError("a turn has no <|im_end|>")
        messages.append({"role": role, "content": content})
        pos = end + len(IM_END)
    return messages


def loss_mask(messages):
    format_chat(messages)  # raises ValueError for invalid messages
    mask = []
    for message in messages:
        trained = message["role"] == "assistant"
        mask += [False] * len(tokenize_chat(IM_START + message["role"] + "\n"))
        mask += [trained] * len(tokenize_chat(message["content"]))
        mask.append(trained)  # <|im_end|>
    return mask
