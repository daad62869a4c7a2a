"""Validates the text with assert: malformed text raises AssertionError instead of ValueError (and
python -O would remove the checks)."""

CAUGHT_BY = ["parse_chat_rejects_malformed_text", "parse_chat_parses_or_raises_value_error_on_any_text"]

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
    messages = []
    for chunk in text.split(IM_START)[1:]:
        role, rest = chunk.split("\n", 1)
        assert role in ROLES, f"unknown role {role!r}"
        content, after = rest.split(IM_END, 1)
        assert after == "\n", "text after <|im_end|>"
        messages.append({"role": role, "content": content})
    assert text.startswith(IM_START) or not text, "text before the first turn"
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
