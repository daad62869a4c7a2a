"""Errors the CLI reports as one sentence (exit status 2), each saying what to do next."""


class UsageError(Exception):
    """A command was called wrongly; the message says how to call it."""

    exit_status = 2


NOTHING_TO_GRADE = "Name what to grade: `llm-course grade bpe`, a chapter (`llm-course grade tokenization`), or `llm-course grade --all`."
NO_SUCH_PATH = "There is no folder {path}. --path takes a folder laid out like exercises/ (for example --path solutions)."
SYNTAX_ERRORS = "Some files have syntax errors (shown above); fix them and grade again."
