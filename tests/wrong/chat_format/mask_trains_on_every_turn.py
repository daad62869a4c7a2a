"""Trains on the content of every turn, system and user prompts included, not only the assistant's."""

CAUGHT_BY = ["loss_mask_matches_the_reference", "system_and_user_turns_are_never_supervised"]

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def loss_mask(messages):
    format_chat(messages)  # raises ValueError for invalid messages
    mask = []
    for message in messages:
        trained = True
        mask += [False] * len(tokenize_chat(IM_START + message["role"] + "\n"))
        mask += [trained] * len(tokenize_chat(message["content"]))
        mask.append(trained)  # <|im_end|>
        mask.append(False)  # "\n"
    return mask
