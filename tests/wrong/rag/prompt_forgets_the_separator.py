"""Counts only "[n] " and the passage against max_chars, forgetting the blank line after each one, so
the prompt can come out longer than max_chars."""

CAUGHT_BY = ["prompt_matches_the_reference", "prompt_fits_and_keeps_whole_passages"]


def build_rag_prompt(question, passages, max_chars):
    tail = f"Question: {question}\nAnswer:"
    length = len(PROMPT_HEADER) + len(tail)
    if length > max_chars:
        raise ValueError("question too long")
    prompt = PROMPT_HEADER
    for n, passage in enumerate(passages, start=1):
        length += len(f"[{n}] {passage}")
        if length > max_chars:
            break
        prompt += f"[{n}] {passage}\n\n"
    return prompt + tail
