"""Blocks only the exact host: "www.evil.com" gets through a block on "evil.com"."""

CAUGHT_BY = ["subdomains_of_a_blocked_domain_are_blocked", "url_is_blocked_matches_the_reference"]


def url_is_blocked(url, blocked_domains):
    host = domain_of(url)
    return bool(host) and host in {d.lower().rstrip(".") for d in blocked_domains}
