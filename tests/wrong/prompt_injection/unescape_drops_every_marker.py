"""Unescapes by deleting every marker, so markers that were in the original text are lost too."""

CAUGHT_BY = ["unescape_undoes_escape", "unwrap_gives_back_the_document"]


def unescape_special_tokens(text, specials):
    _check_specials(specials)
    return text.replace(MARK, "")
