"""Writes the email pattern with lowercase letters only: "Bob.Smith@Example.COM" is not redacted."""

import re

CAUGHT_BY = ["an_email_between_spaces_is_redacted", "matches_the_reference_on_mixed_text"]

_EMAIL = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")


def redact_pii(text):
    return IPV4.sub("<IP>", _EMAIL.sub("<EMAIL>", text))
