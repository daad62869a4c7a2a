"""Pops "role" and "content" off each message to find extra keys: the caller's dicts come back empty."""

CAUGHT_BY = ["format_chat_does_not_modify_the_messages"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def format_chat(messages, add_generation_prompt=False):
    text = ""
    for message in messages:
        role, content = message.pop("role", None), message.pop("content", None)
        if role is None or content is None or message:
            raise ValueError("a message needs exactly the keys 'role' and 'content'")
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if IM_START in content or IM_END in content:
            raise ValueError("a content may not contain a special token")
        text += IM_START + role + "\n" + content + IM_END + "\n"
    if add_generation_prompt:
        text += IM_START + "assistant\n"
    return text
