"""Ignores keep_system: the system prompt is dropped like any old message when the room runs out."""

CAUGHT_BY = ["the_system_prompt_stays_first", "truncate_matches_the_reference"]


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0 or per_message < 0:
        raise ValueError("negative")
    used, start = 0, len(messages)
    while start > 0:
        cost = count_tokens(messages[start - 1]["content"]) + per_message
        if used + cost > max_tokens:
            break
        used += cost
        start -= 1
    return messages[start:]
