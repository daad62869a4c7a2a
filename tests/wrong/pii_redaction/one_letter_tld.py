"""Lets the top-level domain be a single letter: "me@example.c" is taken for an email."""

import re

CAUGHT_BY = ["emails_follow_the_stated_pattern"]

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]+")


def redact_pii(text):
    return IPV4.sub("<IP>", _EMAIL.sub("<EMAIL>", text))
