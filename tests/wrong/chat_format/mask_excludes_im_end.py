"""Masks out the assistant's <|im_end|>: the model never learns to stop talking."""

CAUGHT_BY = ["loss_mask_matches_the_reference", "assistant_content_and_its_end_marker_are_supervised"]

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
        mask += [trained] * len(tokenize_chat(message["content"]))
        mask.append(False)  # <|im_end|>
        mask.append(False)  # "\n"
    return mask
