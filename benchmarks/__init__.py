"""Benchmarks, run on demand (`python -m benchmarks`), never by the test suite. See
docs/contributing/benchmarks.md for what they measure and the latest results."""
