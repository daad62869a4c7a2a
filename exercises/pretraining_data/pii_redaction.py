"""PII anonymisation: replace email addresses and IPv4 addresses with placeholders.

The last step of the FineWeb pipeline removes personal information that is easy to spot by its
shape: email addresses and IP addresses. A model that never sees "bob.smith@example.com" cannot
repeat it. The work is in the patterns: catch the real addresses, and leave alone the look-alikes
that are everywhere in web text, such as version numbers ("1.2.3"), dates ("2024.01.02") and
numbers that are too big to be part of an address ("999.1.1.1").

Chapter: "Pre-training data", section "PII anonymisation".
Only numpy and the standard library may be imported.
"""

import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
"""An email address, ASCII only: a local part, "@", one or more domain labels, and a top-level
domain of at least two letters. "bob@localhost" and "bob@example.c" are not emails."""

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"  # 0..255, no leading zeros
IPV4 = re.compile(rf"(?<![0-9])(?<![0-9]\.){_OCTET}(?:\.{_OCTET}){{3}}(?![0-9])(?!\.[0-9])")
"""Four octets joined by dots, not part of a longer run of digits and dots."""


def redact_pii(text: str) -> str:
    """Replace every email address with "<EMAIL>" and then every IPv4 address with "<IP>".

    text: any str. Returns a new str; everything that is neither an email nor an IPv4 address is
    kept exactly as it was.

    Emails are the matches of this pattern (re.sub, leftmost match first, as EMAIL above):

        [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}

    So "first.last+tag@mail.example.co.uk" is one email; "bob@localhost", "bob@example.c" and
    "@example.com" are not emails. A full stop after an address stays: "mail a@b.com." gives
    "mail <EMAIL>.".

    IPv4 addresses are four octets joined by "." where each octet is a number from 0 to 255 written
    without leading zeros ("0", "7", "42", "255"; not "01" or "007", which is also what Python's
    `ipaddress` module accepts). The address must not be part of a longer run of digits and dots:
    it may not follow a digit or a digit and a dot, nor be followed by a digit or by a dot and a
    digit. So "1.2.3.4.5", "999.1.1.1", "256.1.1.1" and "1.2.3" stay as they are, while the
    sentence-ending dot in "ping 10.0.0.1." does not stop "10.0.0.1" from being redacted.

    Emails are replaced first, then IP addresses. Redacting twice changes nothing more:
    redact_pii(redact_pii(t)) == redact_pii(t).

    >>> redact_pii("Write to Bob.Smith@example.co.uk or ping 192.168.0.1.")
    'Write to <EMAIL> or ping <IP>.'
    >>> redact_pii("Python 3.11.4, build 999.1.1.1, contact me@localhost")
    'Python 3.11.4, build 999.1.1.1, contact me@localhost'
    """
    raise NotImplementedError("redact_pii: write it, then run `llm-course grade pii_redaction`")
