"""Keeps the trailing dot of a fully qualified name: "http://evil.com./" slips past a block on "evil.com"."""

from urllib.parse import urlsplit

CAUGHT_BY = ["domain_of_finds_the_host", "blocking_ignores_case"]


def domain_of(url):
    url = url.strip()
    scheme = urlsplit(url).scheme
    if not url.startswith("//") and not url.lower().startswith(scheme + "://"):
        url = "//" + url
    return urlsplit(url).hostname or ""


def url_is_blocked(url, blocked_domains):
    blocked = {d.lower() for d in blocked_domains}
    labels = domain_of(url).split(".")
    return any(s and s in blocked for s in (".".join(labels[i:]) for i in range(len(labels))))
