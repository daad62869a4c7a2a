"""Recounts every kept message at each step (sum over the kept list), asking count_tokens again and again."""

CAUGHT_BY = ["count_tokens_is_called_at_most_once_per_message"]


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0 or per_message < 0:
        raise ValueError("negative")
    has_system = keep_system and bool(messages) and messages[0].get("role") == "system"
    head, rest = (messages[:1], messages[1:]) if has_system else ([], messages)
    if sum(count_tokens(m["content"]) + per_message for m in head) > max_tokens:
        raise ValueError("the system prompt does not fit")
    start = len(rest)
    while start > 0:
        candidate = head + rest[start - 1:]
        if sum(count_tokens(m["content"]) + per_message for m in candidate) > max_tokens:
            break
        start -= 1
    return head + rest[start:]
