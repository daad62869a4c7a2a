"""Never checks that the prompt without passages fits: returns a prompt longer than max_chars instead of
raising ValueError."""

CAUGHT_BY = ["a_question_that_cannot_fit_raises_value_error"]


def build_rag_prompt(question, passages, max_chars):
    prompt = PROMPT_HEADER
    tail = f"Question: {question}\nAnswer:"
    for n, passage in enumerate(passages, start=1):
        block = f"[{n}] {passage}\n\n"
        if len(prompt) + len(block) + len(tail) > max_chars:
            break
        prompt += block
    return prompt + tail
