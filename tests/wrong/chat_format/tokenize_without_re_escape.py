"""Splits on the special tokens with an unescaped regex: "|" means "or", so no special token stays
whole."""

import re

CAUGHT_BY = ["tokenize_chat_keeps_special_tokens_whole", "the_mask_has_one_boolean_per_token"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def tokenize_chat(text):
    pieces = re.split("(" + IM_START + "|" + IM_END + ")", text)  # bug: "|" is regex alternation
    tokens = []
    for piece in pieces:
        if piece in SPECIAL_TOKENS:
            tokens.append(piece)
        else:
            tokens.extend(piece)
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
