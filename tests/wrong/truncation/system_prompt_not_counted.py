"""Keeps the system prompt but forgets to count its tokens, so the prompt can overflow the window."""

CAUGHT_BY = ["truncate_matches_the_reference", "the_result_fits_and_keeps_the_newest_messages"]


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0 or per_message < 0:
        raise ValueError("negative")
    has_system = keep_system and bool(messages) and messages[0].get("role") == "system"
    head, rest = (messages[:1], messages[1:]) if has_system else ([], messages)
    used, start = 0, len(rest)
    while start > 0:
        cost = count_tokens(rest[start - 1]["content"]) + per_message
        if used + cost > max_tokens:
            break
        used += cost
        start -= 1
    return head + rest[start:]
