"""Tests host.endswith(domain) without the dot: "notevil.com" counts as a subdomain of "evil.com"."""

CAUGHT_BY = ["blocking_follows_label_boundaries"]


def url_is_blocked(url, blocked_domains):
    host = domain_of(url)
    return any(host and host.endswith(d.lower().rstrip(".")) for d in blocked_domains if d)
