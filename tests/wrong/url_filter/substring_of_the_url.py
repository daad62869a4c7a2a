"""Looks for the blocked domain anywhere in the URL string: a query like "?next=evil.com" blocks a good site."""

CAUGHT_BY = ["only_the_host_counts", "blocking_follows_label_boundaries"]


def url_is_blocked(url, blocked_domains):
    return any(d.lower().rstrip(".") in url.lower() for d in blocked_domains)
