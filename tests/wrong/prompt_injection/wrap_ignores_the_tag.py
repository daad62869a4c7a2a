"""Always escapes "</document>", whatever the tag: a document wrapped in <email> can still close it."""

CAUGHT_BY = ["wrapped_text_cannot_close_its_tag", "wrap_matches_the_reference"]


def wrap_untrusted(doc, tag="document"):
    opening, closing = _tags(tag)
    return opening + escape_special_tokens(doc, ["</document>"]) + closing


def unwrap_untrusted(wrapped, tag="document"):
    opening, closing = _tags(tag)
    if len(wrapped) < len(opening) + len(closing) or not (wrapped.startswith(opening) and wrapped.endswith(closing)):
        raise ValueError("not wrapped")
    return unescape_special_tokens(wrapped[len(opening):len(wrapped) - len(closing)], ["</document>"])
