"""Correct, written differently: a regular expression spots the scheme, and the blocklist is matched
with host == d or host.endswith("." + d) instead of walking the parent domains."""

import re
from urllib.parse import urlsplit

_HAS_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:)?//")


def domain_of(url):
    url = url.strip()
    if not _HAS_SCHEME.match(url):
        url = "//" + url
    host = urlsplit(url).hostname
    if not host:
        return ""
    return host[:-1] if host.endswith(".") else host


def url_is_blocked(url, blocked_domains):
    host = domain_of(url)
    if not host:
        return False
    for domain in blocked_domains:
        domain = domain.lower()
        if domain.endswith("."):
            domain = domain[:-1]
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False
