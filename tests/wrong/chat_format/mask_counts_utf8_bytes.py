"""Counts a content's UTF-8 bytes instead of its characters: Chinese and emoji get too many entries."""

CAUGHT_BY = ["loss_mask_matches_the_reference", "the_mask_has_one_boolean_per_token"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def loss_mask(messages):
    format_chat(messages)  # raises ValueError for invalid messages
    mask = []
    for message in messages:
        trained = message["role"] == "assistant"
        mask += [False] * len(tokenize_chat(IM_START + message["role"] + "\n"))
        mask += [trained] * len(message["content"].encode("utf-8"))
        mask.append(trained)  # <|im_end|>
        mask.append(False)  # "\n"
    return mask
