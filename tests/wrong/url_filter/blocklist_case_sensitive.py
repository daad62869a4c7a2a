"""Lowercases the URL's host but not the blocklist: a list entry "Evil.COM" blocks nothing."""

CAUGHT_BY = ["blocking_ignores_case"]


def url_is_blocked(url, blocked_domains):
    blocked = set(blocked_domains)
    labels = domain_of(url).split(".")
    return any(s and s in blocked for s in (".".join(labels[i:]) for i in range(len(labels))))
