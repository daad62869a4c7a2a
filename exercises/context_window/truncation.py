"""Fitting a conversation into the context window: what the application does, not the model.

A model receives at most a fixed number of tokens. When a chat grows past that, the model does not
forget the oldest tokens by itself: the application chooses what to send. The usual choice keeps the
system prompt, then the newest turns that still fit, and drops the rest, whole messages at a time.
`sliding_window` is the same idea for a plain list of token ids, as a generation loop uses it.

Chapter: "The context window", section "When the conversation is too long".
Only numpy and the standard library may be imported.
"""

from collections.abc import Callable


def truncate_messages(messages: list[dict[str, str]], max_tokens: int, count_tokens: Callable[[str], int],
                      keep_system: bool = True, per_message: int = 0) -> list[dict[str, str]]:
    """The messages to send: the system prompt, then the newest messages that fit in `max_tokens`.

    messages: the conversation, oldest first; each a dict with at least "role" and "content".
        Not modified.
    max_tokens: how many tokens the prompt may use (the window minus what is kept for the reply).
    count_tokens: the tokenizer's count for a text; called at most once per message, on its "content".
    keep_system: when True and the first message has role "system", that message is always kept, in
        first place, and its cost counts toward `max_tokens`. When False it is treated like any other.
    per_message: tokens each message costs on top of its content (the role and the special tokens of
        the chat format: 4 or so in ChatML). A message costs count_tokens(content) + per_message.

    Walk from the newest message backwards, adding each one while the total stays <= max_tokens,
    and stop at the first one that does not fit: the kept messages (after the system prompt) are
    always the newest ones, a suffix of the conversation, never a selection with gaps. Whole messages
    are kept or dropped, never cut.
    Returns a new list holding the same dicts, in their original order. If everything fits, it equals
    `messages`. Raises ValueError when the kept system prompt alone costs more than max_tokens, or when
    max_tokens or per_message is negative.

    >>> words = lambda text: len(text.split())
    >>> chat = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi there"},
    ...         {"role": "assistant", "content": "hello"}, {"role": "user", "content": "what is BPE"}]
    >>> [m["content"] for m in truncate_messages(chat, 6, words)]   # 2 + 3 fit, then 1 more
    ['be brief', 'hello', 'what is BPE']
    >>> [m["content"] for m in truncate_messages(chat, 7, words, per_message=1)]   # 3 + 4, then 2 > 0 left
    ['be brief', 'what is BPE']

    Chapter: "The context window", section "When the conversation is too long".
    """
    raise NotImplementedError("truncate_messages: write it, then run `llm-course grade truncation`")


def sliding_window(ids: list[int], max_len: int) -> list[int]:
    """The last `max_len` token ids, as a generation loop feeds a model with a fixed context length.

    ids: the token ids so far. Not modified.
    max_len: the context length, >= 1; below 1 raises ValueError.
    Returns a new list: all of `ids` when it is short enough, else its last max_len ids.

    >>> sliding_window([5, 9, 2, 7, 1], 3)
    [2, 7, 1]
    >>> sliding_window([5, 9], 3)
    [5, 9]

    Chapter: "The context window", section "When the conversation is too long".
    """
    raise NotImplementedError("sliding_window: write it, then run `llm-course grade truncation`")
