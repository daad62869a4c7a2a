"""Compares with >= instead of >: a passage that makes the prompt exactly max_chars long is left out."""

CAUGHT_BY = ["prompt_matches_the_reference"]


def build_rag_prompt(question, passages, max_chars):
    tail = f"Question: {question}\nAnswer:"
    length = len(PROMPT_HEADER) + len(tail)
    if length > max_chars:
        raise ValueError("question too long")
    blocks = []
    for n, passage in enumerate(passages, start=1):
        block = f"[{n}] {passage}\n\n"
        if length + len(block) >= max_chars:
            break
        blocks.append(block)
        length += len(block)
    return PROMPT_HEADER + "".join(blocks) + tail
