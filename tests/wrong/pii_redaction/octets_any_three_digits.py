"""Takes any one to three digits as an octet: "999.1.1.1" and "10.0.0.300" are redacted as if they were IPs."""

import re

CAUGHT_BY = ["look_alikes_of_ips_stay"]

_IP = re.compile(r"(?<![0-9])(?<![0-9]\.)[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9])(?!\.[0-9])")


def redact_pii(text):
    return _IP.sub("<IP>", EMAIL.sub("<EMAIL>", text))
