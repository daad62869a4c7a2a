"""Cuts the tag lengths off both ends without checking that the tags are there."""

CAUGHT_BY = ["unwrap_refuses_text_that_is_not_wrapped"]


def unwrap_untrusted(wrapped, tag="document"):
    opening, closing = _tags(tag)
    return unescape_special_tokens(wrapped[len(opening):len(wrapped) - len(closing)], [closing])
