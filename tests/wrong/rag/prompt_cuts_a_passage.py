"""Fills the remaining room with the start of the passage that does not fit, cutting it mid-way."""

CAUGHT_BY = ["prompt_matches_the_reference", "prompt_fits_and_keeps_whole_passages"]


def build_rag_prompt(question, passages, max_chars):
    tail = f"Question: {question}\nAnswer:"
    length = len(PROMPT_HEADER) + len(tail)
    if length > max_chars:
        raise ValueError("question too long")
    blocks = []
    for n, passage in enumerate(passages, start=1):
        block = f"[{n}] {passage}\n\n"
        if length + len(block) > max_chars:
            room = max_chars - length - len(f"[{n}] \n\n")
            if room > 0:
                blocks.append(f"[{n}] {passage[:room]}\n\n")
            break
        blocks.append(block)
        length += len(block)
    return PROMPT_HEADER + "".join(blocks) + tail
