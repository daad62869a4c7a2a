"""Validates the text with assert: malformed text raises AssertionError instead of ValueError (and
python -O would remove the checks)."""

CAUGHT_BY = ["parse_chat_rejects_malformed_text", "parse_chat_parses_or_raises_value_error_on_any_text"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


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
