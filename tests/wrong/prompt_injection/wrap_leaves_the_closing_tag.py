"""Wraps the document in tags without escaping it, so "</document>" inside it ends the document early."""

CAUGHT_BY = ["wrapped_text_cannot_close_its_tag", "wrap_matches_the_reference"]


def wrap_untrusted(doc, tag="document"):
    opening, closing = _tags(tag)
    return opening + doc + closing


def unwrap_untrusted(wrapped, tag="document"):
    opening, closing = _tags(tag)
    if len(wrapped) < len(opening) + len(closing) or not (wrapped.startswith(opening) and wrapped.endswith(closing)):
        raise ValueError("not wrapped")
    return wrapped[len(opening):len(wrapped) - len(closing)]
