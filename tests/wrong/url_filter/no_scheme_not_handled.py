"""Uses urlsplit(url).hostname directly: "example.com/path" has no host at all, and in
"Example.com:8080" urlsplit takes "example.com" for the scheme."""

from urllib.parse import urlsplit

CAUGHT_BY = ["domain_of_finds_the_host", "domain_of_reads_urls_without_a_scheme"]


def domain_of(url):
    return (urlsplit(url.strip()).hostname or "").rstrip(".")
