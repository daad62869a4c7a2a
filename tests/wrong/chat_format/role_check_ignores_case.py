"""Compares roles case-insensitively, so "User" or "ASSISTANT" is written into the template."""

CAUGHT_BY = ["format_chat_rejects_unknown_roles_and_malformed_messages"]

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
        if role.lower() not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if IM_START in content or IM_END in content:
            raise ValueError("a content may not contain a special token")
        text += IM_START + role + "\n" + content + IM_END + "\n"
    if add_generation_prompt:
        text += IM_START + "assistant\n"
    return text
