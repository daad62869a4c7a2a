"""Adds a newline after <|fim_middle|>, so the model's first token is not the start of the middle."""

CAUGHT_BY = ["fim_prompt_ends_with_the_middle_sentinel"]


def fim_prompt(prefix, suffix):
    return format_fim_psm(prefix, "", suffix) + "\n"
