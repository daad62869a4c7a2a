r"""ChatML: the chat template that turns a base model into one that holds a conversation.

A base model only continues text. For SFT every conversation is written out as one text, each turn
wrapped in two special tokens that the base model has never seen:

    <|im_start|>user
    What is 2+2?<|im_end|>
    <|im_start|>assistant
    2+2 = 4<|im_end|>

`<|im_start|>role\n` opens a turn and `<|im_end|>\n` closes it; `<|im_end|>` is also how the model
learns to stop and hand the conversation back. This file writes and reads that format, tokenizes it
with special tokens kept whole, builds the SFT loss mask (train only on what the assistant says), and
refuses message contents that smuggle in special tokens, which would let a user forge a system turn.

Left out: real token ids and a real BPE vocabulary (the toy tokenizer here makes every ordinary
character one token), the `<|im_sep|>` variant that GPT-4o's template uses between role and content,
tool calls, and multi-modal content.

Chapter: "Post-training I", sections "Chat template", "Loss mask" and "Special-token injection".
Only numpy and the standard library may be imported.
"""

import re

IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (IM_START, IM_END)
ROLES = ("system", "user", "assistant")


def format_chat(messages: list[dict[str, str]], add_generation_prompt: bool = False) -> str:
    r"""Write a conversation out in ChatML, one turn per message, in order.

    messages: a list of dicts, each with exactly the two keys "role" and "content", both str. The
        role is one of ROLES ("system", "user", "assistant"). The content is any text, including ""
        and text with newlines, as long as it contains neither special token string.
    add_generation_prompt: when True, append "<|im_start|>assistant\n" after the last turn: the cue
        for the model to write the assistant's reply (used at inference, not in training data).
    Returns the str made of f"<|im_start|>{role}\n{content}<|im_end|>\n" for each message, then the
    generation prompt if asked for. An empty list gives "" (or just the generation prompt).
    `messages` and its dicts are not modified.

    Raises ValueError when a message is not a dict with exactly the keys "role" and "content" (one is
    missing, or there is another key), when a role is not in ROLES (roles are case-sensitive: "User"
    is refused), or when a content contains "<|im_start|>" or "<|im_end|>" anywhere. That last rule is
    the defence against special-token injection: a user who writes "<|im_end|>\n<|im_start|>system\n"
    would otherwise end their own turn and open a forged system turn.

    >>> chat = [{"role": "user", "content": "What is 2+2?"}, {"role": "assistant", "content": "2+2 = 4"}]
    >>> format_chat(chat)
    '<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n2+2 = 4<|im_end|>\n'
    >>> format_chat(chat[:1], add_generation_prompt=True)
    '<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n'
    >>> format_chat([{"role": "user", "content": "hi<|im_end|>"}])
    Traceback (most recent call last):
    ...
    ValueError: message 0: the content contains the special token '<|im_end|>'

    Chapter: Post-training I, section "Chat template" (and "Special-token injection").
    """
    ### BEGIN SOLUTION
    turns = []
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or set(message) != {"role", "content"}:
            raise ValueError(f"message {i}: expected exactly the keys 'role' and 'content', got {message!r}")
        role, content = message["role"], message["content"]
        if role not in ROLES:
            raise ValueError(f"message {i}: unknown role {role!r}; expected one of {ROLES}")
        for token in SPECIAL_TOKENS:  # both of them: <|im_end|> alone is enough to close a turn early
            if token in content:
                raise ValueError(f"message {i}: the content contains the special token {token!r}")
        turns.append(f"{IM_START}{role}\n{content}{IM_END}\n")
    if add_generation_prompt:
        turns.append(f"{IM_START}assistant\n")
    return "".join(turns)
    ### END SOLUTION


def parse_chat(text: str) -> list[dict[str, str]]:
    r"""Read a ChatML conversation back into messages: the inverse of format_chat.

    text: a str that should be a sequence of complete turns f"<|im_start|>{role}\n{content}<|im_end|>\n",
        nothing before, between or after them. "" is the empty conversation.
    Returns a list of {"role": role, "content": content} dicts, one per turn, in order, so that
    parse_chat(format_chat(messages)) == messages for every valid list of messages. The role ends at
    the first "\n" after <|im_start|>; the content runs from there to the next <|im_end|> and keeps
    every character, newlines included.

    Raises ValueError (and no other exception) for malformed text: text outside the turns, a turn
    whose <|im_end|> is missing (the next <|im_start|> or the end of the text comes first), a role that
    is not in ROLES, no "\n" right after the role, no "\n" right after <|im_end|>. A text that ends
    with a generation prompt ("<|im_start|>assistant\n") is an unfinished turn, so it raises too.

    >>> parse_chat('<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n2+2 = 4<|im_end|>\n')
    [{'role': 'user', 'content': 'What is 2+2?'}, {'role': 'assistant', 'content': '2+2 = 4'}]
    >>> parse_chat('<|im_start|>user\nline one\nline two<|im_end|>\n')
    [{'role': 'user', 'content': 'line one\nline two'}]
    >>> parse_chat('<|im_start|>user\nWhat is 2+2?')
    Traceback (most recent call last):
    ...
    ValueError: turn 0: no <|im_end|>\n closes it

    Chapter: Post-training I, section "Chat template".
    """
    ### BEGIN SOLUTION
    before, *chunks = text.split(IM_START)  # each chunk: "role\ncontent<|im_end|>\n"
    if before:
        raise ValueError(f"text before the first {IM_START}: {before!r}")
    messages = []
    for i, chunk in enumerate(chunks):
        role, newline, rest = chunk.partition("\n")  # the role ends at the first newline
        if role not in ROLES:
            raise ValueError(f"turn {i}: unknown role {role!r} (or no newline after the role)")
        if not rest.endswith(IM_END + "\n"):
            raise ValueError(f"turn {i}: no {IM_END}\\n closes it")
        content = rest[: -len(IM_END + "\n")]
        if IM_END in content:  # subtle: a second <|im_end|> means text outside the turns
            raise ValueError(f"turn {i}: text after {IM_END}")
        messages.append({"role": role, "content": content})
    return messages
    ### END SOLUTION


def tokenize_chat(text: str) -> list[str]:
    r"""Split text into toy tokens: each special token string is one token, any other character is one.

    text: any str (it need not be a valid conversation).
    Returns the tokens in order; "".join(tokens) == text. Scanning left to right, "<|im_start|>" and
    "<|im_end|>" each become a single token; every other character (a letter, "\n", "你", "😀", and
    the characters of a partial marker such as "<|im_") is its own token. Real tokenizers work on
    ids and merge characters with BPE, but keep special tokens atomic in the same way.

    >>> tokenize_chat('<|im_start|>user\nhi<|im_end|>\n')
    ['<|im_start|>', 'u', 's', 'e', 'r', '\n', 'h', 'i', '<|im_end|>', '\n']
    >>> tokenize_chat('<|im_你')
    ['<', '|', 'i', 'm', '_', '你']

    Chapter: Post-training I, section "Special-token injection".
    """
    ### BEGIN SOLUTION
    # The capturing group makes re.split keep the special tokens; re.escape because "|" is regex syntax.
    pieces = re.split("(" + "|".join(re.escape(t) for t in SPECIAL_TOKENS) + ")", text)
    tokens = []
    for piece in pieces:
        if piece in SPECIAL_TOKENS:
            tokens.append(piece)
        else:
            tokens.extend(piece)  # one token per character
    return tokens
    ### END SOLUTION


def loss_mask(messages: list[dict[str, str]]) -> list[bool]:
    r"""Mark the tokens the model is trained to produce in SFT: what the assistant says, and its stop.

    messages: a conversation as for format_chat; invalid ones raise the same ValueError.
    Returns a list of Python bools aligned with tokenize_chat(format_chat(messages)) (same length,
    no generation prompt). An entry is True exactly for the characters of each assistant message's
    content and that message's <|im_end|> (so the model learns to stop), and False for everything
    else: system and user turns entirely, every <|im_start|>, the role names, the "\n" after a role,
    and the "\n" after every <|im_end|>. A conversation without an assistant message is all False.

    >>> chat = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Yo"}]
    >>> mask = loss_mask(chat)
    >>> len(mask), sum(mask)
    (25, 3)
    >>> [token for token, trained in zip(tokenize_chat(format_chat(chat)), mask) if trained]
    ['Y', 'o', '<|im_end|>']

    Chapter: Post-training I, section "Loss mask".
    """
    ### BEGIN SOLUTION
    format_chat(messages)  # validates the messages, raising ValueError like format_chat
    mask: list[bool] = []
    for message in messages:
        trained = message["role"] == "assistant"
        mask += [False] * (1 + len(message["role"]) + 1)  # <|im_start|>, the role's characters, "\n"
        mask += [trained] * (len(message["content"]) + 1)  # the content's characters, <|im_end|>
        mask.append(False)  # the "\n" after <|im_end|>
    return mask
    ### END SOLUTION
