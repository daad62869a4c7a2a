"""Decides "has a scheme" by looking for "://" anywhere: "example.com/?next=https://x.org" then has no host."""

from urllib.parse import urlsplit

CAUGHT_BY = ["domain_of_reads_urls_without_a_scheme"]


def domain_of(url):
    url = url.strip()
    if "://" not in url and not url.startswith("//"):
        url = "//" + url
    return (urlsplit(url).hostname or "").rstrip(".")
