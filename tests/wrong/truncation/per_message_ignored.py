"""Counts only the contents' tokens and forgets the per-message overhead of the chat format."""

CAUGHT_BY = ["truncate_matches_the_reference"]


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0:
        raise ValueError("negative")
    has_system = keep_system and bool(messages) and messages[0].get("role") == "system"
    head, rest = (messages[:1], messages[1:]) if has_system else ([], messages)
    used = sum(count_tokens(m["content"]) for m in head)
    if used > max_tokens:
        raise ValueError("the system prompt does not fit")
    start = len(rest)
    while start > 0:
        cost = count_tokens(rest[start - 1]["content"])
        if used + cost > max_tokens:
            break
        used += cost
        start -= 1
    return head + rest[start:]
