"""Correct, written differently: one regex matched turn after turn to parse, re.findall to tokenize,
and a loss mask from a small state machine walking the tokens of the formatted text."""

import re

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")

_SPECIAL = "|".join(re.escape(t) for t in SPECIAL_TOKENS)
# A whole turn; the content is any run of characters that does not start a special token.
_TURN = re.compile(rf"{re.escape(IM_START)}({'|'.join(ROLES)})\n((?:(?!{_SPECIAL}).)*){re.escape(IM_END)}\n",
                   re.DOTALL)
_TOKEN = re.compile(rf"{_SPECIAL}|.", re.DOTALL)


def format_chat(messages, add_generation_prompt=False):
    for message in messages:
        if sorted(message) != ["content", "role"]:
            raise ValueError(f"bad message keys: {sorted(message)}")
        if message["role"] not in ROLES:
            raise ValueError(f"bad role {message['role']!r}")
        if re.search(_SPECIAL, message["content"]):
            raise ValueError("special token in a content")
    turns = [f"{IM_START}{m['role']}\n{m['content']}{IM_END}\n" for m in messages]
    return "".join(turns) + (f"{IM_START}assistant\n" if add_generation_prompt else "")


def parse_chat(text):
    messages, pos = [], 0
    while pos < len(text):
        match = _TURN.match(text, pos)
        if match is None:
            raise ValueError(f"no well-formed turn at position {pos}")
        messages.append({"role": match[1], "content": match[2]})
        pos = match.end()
    return messages


def tokenize_chat(text):
    return _TOKEN.findall(text)


def loss_mask(messages):
    mask, state, role = [], "between", ""
    for token in tokenize_chat(format_chat(messages)):
        if token == IM_START:
            state, role = "role", ""
            mask.append(False)
        elif state == "role":
            mask.append(False)
            if token == "\n":
                state = "content"
            else:
                role += token
        elif state == "content":
            mask.append(role == "assistant")  # the content's characters and the <|im_end|> closing it
            if token == IM_END:
                state = "after"
        else:  # the newline after <|im_end|>
            mask.append(False)
            state = "between"
    return mask
