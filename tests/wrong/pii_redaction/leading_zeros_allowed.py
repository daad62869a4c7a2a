"""Uses the popular octet pattern [01]?[0-9]?[0-9], which also accepts "01" and "007":
"192.168.01.1" is redacted although the docstring says octets have no leading zeros."""

import re

CAUGHT_BY = ["look_alikes_of_ips_stay"]

_OCT = r"(?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])"
_IP = re.compile(rf"(?<![0-9])(?<![0-9]\.){_OCT}(?:\.{_OCT}){{3}}(?![0-9])(?!\.[0-9])")


def redact_pii(text):
    return _IP.sub("<IP>", EMAIL.sub("<EMAIL>", text))
