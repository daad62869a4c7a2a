"""Skips a passage that does not fit and keeps trying the later ones, so a shorter, lower-ranked passage
can get in after a better one was dropped (and takes the better one's number)."""

CAUGHT_BY = ["stops_at_the_first_passage_that_does_not_fit"]


def build_rag_prompt(question, passages, max_chars):
    tail = f"Question: {question}\nAnswer:"
    length = len(PROMPT_HEADER) + len(tail)
    if length > max_chars:
        raise ValueError("question too long")
    blocks = []
    for passage in passages:
        block = f"[{len(blocks) + 1}] {passage}\n\n"
        if length + len(block) <= max_chars:
            blocks.append(block)
            length += len(block)
    return PROMPT_HEADER + "".join(blocks) + tail
